// Header search: "/" focuses the box; suggestions from /api/suggest as the user types, following
// the ARIA combobox pattern (arrow keys move, Enter opens, Escape closes).
(function () {
  'use strict';

  var DELAY_MS = 150;

  function isTyping(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  function setUp(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var options = [];
    var active = -1;
    var timer = null;
    var pending = null;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      options = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function show(suggestions) {
      close();
      if (suggestions.length === 0 || document.activeElement !== input) {
        return;
      }
      suggestions.forEach(function (suggestion, i) {
        var option = document.createElement('li');
        option.id = list.id + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.path = suggestion.path;
        var title = document.createElement('span');
        title.textContent = suggestion.title;
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = suggestion.kind;
        option.append(title, kind);
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          window.location.assign(suggestion.path);
        });
        list.appendChild(option);
        options.push(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (pending) {
        pending.abort();
      }
      if (text === '') {
        close();
        return;
      }
      pending = new AbortController();
      fetch('/api/suggest?q=' + encodeURIComponent(text.slice(0, 200)), {
        headers: { Accept: 'application/json' },
        signal: pending.signal
      })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(show)
        .catch(function () { /* aborted or offline: keep the plain search box */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (options.length === 0) {
          return;
        }
        event.preventDefault();
        // -1 is the text box itself: moving past either end of the list comes back to it.
        var next = active + (event.key === 'ArrowDown' ? 1 : -1);
        highlight(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.assign(options[active].dataset.path);
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else {
          input.value = '';
        }
      }
    });

    input.addEventListener('blur', close);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var input = document.getElementById('site-search-q');
    if (!input) {
      return;
    }
    setUp(input);
    document.addEventListener('keydown', function (event) {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  });
}());
