// Small progressive enhancements; every page works without script.
(function () {
  'use strict';
  // Mark the current section in the navigation for screen readers and sighted readers alike.
  var here = location.pathname.split('/').pop() || 'index.html';
  document.querySelectorAll('nav a').forEach(function (a) {
    if (a.getAttribute('href').split('/').pop() === here) { a.setAttribute('aria-current', 'page'); }
  });
})();
