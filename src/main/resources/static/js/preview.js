// Link previews: hovering or focusing a link to another entry shows that entry's summary, taken
// from the link's data-summary attribute. Escape hides it. Served as a file so the page needs no
// inline script.
(function () {
  'use strict';

  var tip = null;
  var current = null;

  function tooltip() {
    if (tip === null) {
      tip = document.createElement('div');
      tip.id = 'link-preview';
      tip.className = 'link-preview';
      tip.setAttribute('role', 'tooltip');
      tip.hidden = true;
      document.body.appendChild(tip);
    }
    return tip;
  }

  function place(link, box) {
    var rect = link.getBoundingClientRect();
    var viewport = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(rect.left, viewport - box.offsetWidth - 8));
    var below = rect.bottom + 6;
    var top = (below + box.offsetHeight > window.innerHeight && rect.top > box.offsetHeight + 6)
      ? rect.top - box.offsetHeight - 6 : below;
    box.style.left = (left + window.scrollX) + 'px';
    box.style.top = (top + window.scrollY) + 'px';
  }

  function show(link) {
    if (link === current) {
      return;
    }
    hide();
    var box = tooltip();
    var kind = document.createElement('span');
    kind.className = 'link-preview-kind';
    kind.textContent = link.getAttribute('data-kind') || '';
    var summary = document.createElement('span');
    summary.textContent = link.getAttribute('data-summary');
    box.replaceChildren(kind, summary);
    box.hidden = false;
    place(link, box);
    link.setAttribute('aria-describedby', box.id);
    current = link;
  }

  function hide() {
    if (current !== null) {
      current.removeAttribute('aria-describedby');
      current = null;
    }
    if (tip !== null) {
      tip.hidden = true;
    }
  }

  function previewed(target) {
    return (target instanceof Element) ? target.closest('a[data-summary]') : null;
  }

  document.addEventListener('mouseover', function (event) {
    var link = previewed(event.target);
    if (link !== null) {
      show(link);
    }
  });
  document.addEventListener('mouseout', function (event) {
    var link = previewed(event.target);
    if (link !== null && !link.contains(event.relatedTarget)) {
      hide();
    }
  });
  document.addEventListener('focusin', function (event) {
    var link = previewed(event.target);
    if (link !== null) {
      show(link);
    }
    else {
      hide();
    }
  });
  document.addEventListener('focusout', function (event) {
    if (previewed(event.target) !== null) {
      hide();
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hide();
    }
  });
}());
