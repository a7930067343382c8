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

  // Documents holding every word of the query, the most relevant first; a word also matches longer words it
  // begins, and a country's name in any language of the briefing matches the articles that name the country.
  // A word scores 3 as written, 2 as a country, 1 as the start of a longer word, and 2 more in the headline.
  // Words are filed under spelling-tolerant keys, so a country's name shares its key with other words (Colombia's
  // with the surname Collomb): in an article that does not name the country, such a word scores 1, headline or not.
  function search(index, query) {
    var words = query.match(WORD) || [];
    if (!index.sortedTerms) { index.sortedTerms = Object.keys(index.terms).sort(); }
    var hits = null;
    var score = {};
    words.forEach(function (w) {
      var t = term(w);
      var found = {};
      var named = null;
      (index.places[t] || []).forEach(function (place) {
        named = named || {};
        (index.terms['@' + place] || []).forEach(function (d) { named[d] = true; found[d] = 2; });
      });
      var alike = {};
      (index.terms[t] || []).forEach(function (d) {
        if (named && !named[d]) { alike[d] = true; found[d] = 1; } else { found[d] = 3; }
      });
      if (t.length >= 3) {
        for (var i = lowerBound(index.sortedTerms, t); i < index.sortedTerms.length && index.sortedTerms[i].indexOf(t) === 0; i++) {
          index.terms[index.sortedTerms[i]].forEach(function (d) { found[d] = found[d] || 1; });
        }
      }
      var next = {};
      Object.keys(found).forEach(function (d) {
        if (hits === null || hits[d]) {
          next[d] = true;
          score[d] = (score[d] || 0) + found[d] + (!alike[d] && inHeadline(index, d, t) ? 2 : 0);
        }
      });
      hits = next;
    });
    return Object.keys(hits || {}).map(Number).sort(function (a, b) {
      var da = index.docs[a][3] || '', db = index.docs[b][3] || '';
      return score[b] - score[a] || (da < db ? 1 : da > db ? -1 : a - b);
    });
  }

  // Whether a word of the document's headline is filed under the term, or begins with it (as the search reads it).
  // Each headline's terms are worked out once, each distinct word's once: a common word finds thousands.
  function inHeadline(index, d, t) {
    if (!index.headlines) { index.headlines = {}; index.headlineWords = Object.create(null); }
    var terms = index.headlines[d];
    if (!terms) {
      terms = index.headlines[d] = (index.docs[d][1] || '').match(WORD) || [];
      terms.forEach(function (w, i) {
        terms[i] = index.headlineWords[w] || (index.headlineWords[w] = term(w));
      });
    }
    return terms.some(function (h) { return h === t || t.length >= 3 && h.indexOf(t) === 0; });
  }

  // The ranked documents as the list shows them: a text that several articles carry (a wire story run by several
  // outlets; such a document names its group's first document) once, where its best-ranked copy comes, with its
  // other copies, so that copies do not crowd out the other articles.
  function texts(index, ranked) {
    if (!index.copies) {
      index.copies = {};
      index.docs.forEach(function (doc, d) {
        if (doc[6] !== undefined) { (index.copies[doc[6]] = index.copies[doc[6]] || []).push(d); }
      });
    }
    var shown = {};
    var results = [];
    ranked.forEach(function (d) {
      var first = index.docs[d][6];
      if (first === undefined) {
        results.push({doc: d, copies: []});
      } else if (!shown[first]) {
        shown[first] = true;
        results.push({doc: d, first: first, copies: index.copies[first].filter(function (c) { return c !== d; })});
      }
    });
    return results;
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

  function element(name, className, text) {
    var el = document.createElement(name);
    if (className) { el.className = className; }
    if (text) { el.textContent = text; }
    return el;
  }

  function link(doc, text) {
    var a = element('a', null, text);
    a.href = root + doc[0];
    if (doc[2]) { a.lang = doc[2]; }
    return a;
  }

  function date(doc) {
    return doc[3] ? (doc[4] ? '\u2248 ' + doc[3] + ' (inferred)' : doc[3]) : 'date unknown';
  }

  // A text's other copies, folded away: how many, and which outlets ran them; opened, each copy and the page that
  // reads the text once with each copy's differences (named after its first article's page).
  function copiesOf(index, result) {
    var others = result.copies.map(function (c) { return index.docs[c]; });
    var outlets = [];
    others.forEach(function (doc) { if (doc[5] && outlets.indexOf(doc[5]) < 0) { outlets.push(doc[5]); } });
    var summary = 'Also in ' + others.length + ' other ' + (outlets.length === others.length ? 'outlet' : 'article')
      + (others.length === 1 ? '' : 's');
    if (outlets.length) {
      summary += ': ' + outlets.slice(0, 3).join(', ') + (outlets.length > 3 ? ' and ' + (outlets.length - 3) + ' more' : '');
    }
    var details = element('details', 'copies');
    details.appendChild(element('summary', null, summary));
    var list = element('ul');
    var headline = index.docs[result.doc][1];
    // Each copy by its outlet, and its headline where it has one of its own; by its headline when no outlet is known.
    others.forEach(function (doc) {
      var li = element('li');
      li.appendChild(link(doc, doc[5] || doc[1]));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(element('span', 'meta', date(doc) + ' \u00b7 ' + (doc[2] || 'language unknown')
        + (doc[5] && doc[1] !== headline ? ' \u00b7 \u201c' + doc[1] + '\u201d' : '')));
      list.appendChild(li);
    });
    details.appendChild(list);
    var page = element('a', null, 'The text once, with each copy\u2019s differences');
    page.href = root + index.docs[result.first][0].replace(/^articles\//, 'copies/');
    details.appendChild(page);
    return details;
  }

  function show(index, query, ranked) {
    var list = document.getElementById('search-results');
    list.textContent = '';
    var results = texts(index, ranked);
    results.slice(0, MAX_RESULTS).forEach(function (result) {
      var doc = index.docs[result.doc];
      var li = element('li');
      li.appendChild(link(doc, doc[1]));
      li.appendChild(element('span', 'meta', date(doc) + ' \u00b7 ' + (doc[5] || 'outlet unknown') + ' \u00b7 '
        + (doc[2] || 'language unknown')));
      if (result.copies.length) { li.appendChild(copiesOf(index, result)); }
      list.appendChild(li);
    });
    var n = ranked.length;
    var shown = results.length;
    status(n === 0 ? 'No article matches \u201c' + query + '\u201d.'
      : n + (n === 1 ? ' article matches' : ' articles match') + ' \u201c' + query + '\u201d'
        + (shown < n ? ', listed as ' + shown + ': a text several outlets ran is listed once' : '')
        + (shown > MAX_RESULTS ? '; the first ' + MAX_RESULTS + ' are shown.' : '.'));
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
