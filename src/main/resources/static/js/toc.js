// Table of contents that tracks the reader: the link of the section being read is marked with
// aria-current, so the table (in view beside the body on wide screens) shows where one is. Served
// as a file so the page needs no inline script; without JavaScript the table still links every heading.
(function () {
  'use strict';

  function track(toc) {
    var links = Array.prototype.slice.call(toc.querySelectorAll('a[href^="#"]'));
    var targets = links.map(function (link) {
      return document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    });
    if (targets.some(function (t) { return t === null; }) || !('IntersectionObserver' in window)) {
      return;
    }
    var visible = new Set();
    function mark() {
      var current = -1;
      for (var i = 0; i < targets.length; i++) {
        if (visible.has(targets[i]) || targets[i].getBoundingClientRect().top < window.innerHeight * 0.25) {
          current = i;
          if (visible.has(targets[i])) {
            break;
          }
        }
      }
      links.forEach(function (link, i) {
        if (i === current) {
          link.setAttribute('aria-current', 'location');
        } else {
          link.removeAttribute('aria-current');
        }
      });
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          visible.add(entry.target);
        } else {
          visible.delete(entry.target);
        }
      });
      mark();
    }, { rootMargin: '0px 0px -60% 0px' });
    targets.forEach(function (t) { observer.observe(t); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.contents .toc').forEach(track);
  });
})();
