// Client-side search across languages; every other page works without script.
// The index is scripts: assets/search-index.js sets window.BRIEFING_SEARCH and names its parts (assets/search/),
// each of which fills its place in it; <script> tags load them from file:// and from any sub-path, where fetch() of
// a JSON file would be refused. Joined, the parts are one index: docs (by number), terms and places.
(function () {
  'use strict';
  var me = document.currentScript;
  var root = me ? me.src.replace(/assets\/briefing\.js([?#].*)?$/, '') : '';
  var WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.,'\u2019-][\p{L}\p{M}\p{N}]+)*/gu;
  var MAX_RESULTS = 100;
  var loading = null;
  var joined = null;

  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  }

  // The spelling-tolerant key of a name; the same folding as the engine's NameKey (Colombia = Kolombia).
  function nameKey(ascii) {
    var s = ascii.replace(/['\u2019]s$|['\u2019-]+$/, '').replace(/[^a-z]/g, '');
    s = s.split('ph').join('f').split('sch').join('sh').split('tsch').join('ch')
      .split('c').join('k').split('q').join('k').split('x').join('ks').split('z').join('s')
      .split('y').join('i').split('j').join('i').split('w').join('v').split('h').join('');
    var folded = '';
    for (var i = 0; i < s.length; i++) {
      if (i === 0 || s[i] !== s[i - 1]) { folded += s[i]; }
    }
    var end = folded.length;
    while (end > 3 && 'aeiou'.indexOf(folded[end - 1]) >= 0) { end--; }
    return folded.substring(0, end);
  }

  // What the index files a word under: its key where it is ASCII once folded, else the folded word.
  function term(word) {
    var f = fold(word);
    if (/[^\x00-\x7f]/.test(f)) { return f; }
    var k = nameKey(f);
    return k === '' ? f : k;
  }

  function script(src, loaded) {
    var s = document.createElement('script');
    s.src = root + 'assets/' + src;
    s.onload = loaded;
    s.onerror = function () { status('The search index could not be loaded.'); };
    document.head.appendChild(s);
  }

  // The head, then all its parts at once; the index is joined when the last one has come.
  function load(done) {
    if (joined) { done(joined); return; }
    if (!loading) {
      loading = [];
      script('search-index.js', function () {
        var head = window.BRIEFING_SEARCH;
        var parts = head.docParts.concat(head.termParts);
        var left = parts.length;
        var join = function () {
          joined = {docs: [].concat.apply([], head.docs), terms: Object.assign.apply(null, [{}].concat(head.terms)),
            places: head.places};
          loading.forEach(function (f) { f(joined); });
        };
        if (left === 0) { join(); }
        parts.forEach(function (part) { script(part, function () { if (--left === 0) { join(); } }); });
      });
    }
    loading.push(done);
  }

  // Documents holding every word of the query; a word also matches longer words it begins, and a country's name
  // in any language of the briefing matches the articles that name the country.
  function search(index, query) {
    var words = query.match(WORD) || [];
    if (!index.sortedTerms) { index.sortedTerms = Object.keys(index.terms).sort(); }
    var hits = null;
    var score = {};
    words.forEach(function (w) {
      var t = term(w);
      var found = {};
      (index.terms[t] || []).forEach(function (d) { found[d] = 3; });
      (index.places[t] || []).forEach(function (place) {
        (index.terms['@' + place] || []).forEach(function (d) { found[d] = Math.max(found[d] || 0, 2); });
      });
      if (t.length >= 3) {
        for (var i = lowerBound(index.sortedTerms, t); i < index.sortedTerms.length && index.sortedTerms[i].indexOf(t) === 0; i++) {
          index.terms[index.sortedTerms[i]].forEach(function (d) { found[d] = found[d] || 1; });
        }
      }
      var next = {};
      Object.keys(found).forEach(function (d) {
        if (hits === null || hits[d]) { next[d] = true; score[d] = (score[d] || 0) + found[d]; }
      });
      hits = next;
    });
    return Object.keys(hits || {}).map(Number).sort(function (a, b) {
      var da = index.docs[a][3] || '', db = index.docs[b][3] || '';
      return score[b] - score[a] || (da < db ? 1 : da > db ? -1 : a - b);
    });
  }

  function lowerBound(sorted, t) {
    var lo = 0, hi = sorted.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (sorted[mid] < t) { lo = mid + 1; } else { hi = mid; } }
    return lo;
  }

  function status(text) {
    var el = document.getElementById('search-status');
    if (el) { el.textContent = text; }
  }

  function show(index, query, results) {
    var list = document.getElementById('search-results');
    list.textContent = '';
    results.slice(0, MAX_RESULTS).forEach(function (d) {
      var doc = index.docs[d];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + doc[0];
      a.textContent = doc[1];
      if (doc[2]) { a.lang = doc[2]; }
      var meta = document.createElement('span');
      meta.className = 'meta';
      var date = doc[3] ? (doc[4] ? '\u2248 ' + doc[3] + ' (inferred)' : doc[3]) : 'date unknown';
      meta.textContent = date + ' \u00b7 ' + (doc[5] || 'outlet unknown') + ' \u00b7 ' + (doc[2] || 'language unknown');
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
    var n = results.length;
    status(n === 0 ? 'No article matches \u201c' + query + '\u201d.'
      : n + (n === 1 ? ' article matches' : ' articles match') + ' \u201c' + query + '\u201d'
        + (n > MAX_RESULTS ? '; the first ' + MAX_RESULTS + ' are shown.' : '.'));
  }

  function run(query) {
    if (!query.trim()) { status(''); document.getElementById('search-results').textContent = ''; return; }
    status('Searching\u2026');
    load(function (index) { show(index, query, search(index, query)); });
  }

  // For tests and other scripts: the key a word is filed under, and every article a query finds (a promise).
  window.briefingSearch = {
    term: term,
    run: run,
    find: function (query) {
      return new Promise(function (resolve) {
        load(function (index) { resolve(search(index, query).map(function (d) { return index.docs[d][0]; })); });
      });
    }
  };

  var input = document.getElementById('search-query');
  if (input) {
    var q = new URLSearchParams(location.search).get('q') || '';
    input.value = q;
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(input.value); }, 150);
    });
    input.form.addEventListener('submit', function (e) {
      e.preventDefault();
      run(input.value);
    });
    if (q) { run(q); }
  }
})();
