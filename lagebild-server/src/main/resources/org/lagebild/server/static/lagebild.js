// Small conveniences only; every page works without script.
(function () {
  'use strict';
  // "/" focuses the search box, as on many news sites.
  document.addEventListener('keydown', function (e) {
    var q = document.getElementById('q');
    if (e.key === '/' && q && document.activeElement !== q && !/input|textarea/i.test(document.activeElement.tagName)) {
      e.preventDefault();
      q.focus();
    }
  });
  // Filters the story list as one types (titles only; the server filters by date, outlet, entity).
  var filter = document.getElementById('story-filter');
  var list = document.getElementById('story-list');
  if (filter && list) {
    filter.addEventListener('input', function () {
      var needle = filter.value.toLocaleLowerCase('de');
      Array.prototype.forEach.call(list.children, function (li) {
        li.classList.toggle('hidden', needle !== '' && li.textContent.toLocaleLowerCase('de').indexOf(needle) < 0);
      });
    });
  }
})();
