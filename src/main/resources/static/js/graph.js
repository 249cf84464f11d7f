// Draws every element with a data-graph attribute: fetches the JSON at that address (/api/graph,
// capped on the server) and renders it with Cytoscape.js. Selecting a node opens its page.
(function () {
  'use strict';

  var colours = { company: '#1f6feb', tool: '#2da44e', practice: '#bf8700', tag: '#8250df' };

  function style() {
    var rules = [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, width: 14, height: 14,
        'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': '#888' } },
      { selector: 'node.focus', style: { width: 24, height: 24, 'border-width': 3, 'border-color': '#000' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#bbb', 'curve-style': 'haystack' } }
    ];
    Object.keys(colours).forEach(function (kind) {
      rules.push({ selector: 'node[kind = "' + kind + '"]', style: { 'background-color': colours[kind] } });
    });
    return rules;
  }

  function draw(container) {
    var status = document.querySelector('.graph-status');
    var focus = new URL(container.dataset.graph, window.location.href).searchParams.get('focus');
    fetch(container.dataset.graph, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (graph) {
        var elements = graph.nodes.map(function (n) {
          return { data: n, classes: n.id === focus ? 'focus' : '' };
        }).concat(graph.edges.map(function (e) {
          return { data: { source: e.source, target: e.target, relation: e.relation } };
        }));
        var cy = window.cytoscape({
          container: container,
          elements: elements,
          style: style(),
          layout: { name: graph.nodes.length > 400 ? 'concentric' : 'cose', animate: false },
          minZoom: 0.2,
          maxZoom: 3
        });
        cy.on('tap', 'node', function (event) {
          window.location.href = event.target.data('href');
        });
        if (status) {
          status.textContent = graph.nodes.length + ' of ' + graph.total + ' entries shown'
            + (graph.truncated ? ' (capped: centre on an entry to see more of its neighbourhood)' : '') + '.';
        }
      })
      .catch(function (error) {
        if (status) { status.textContent = 'The graph could not be loaded: ' + error.message; }
      });
  }

  // Cytoscape.js inserts a <style> element unless an element with this id exists; the strict
  // Content-Security-Policy forbids inline styles, so mark it present: casebook.css has the rule.
  function claimStylesheet() {
    var id = '__________cytoscape_stylesheet';
    if (!document.getElementById(id)) {
      var marker = document.createElement('meta');
      marker.id = id;
      document.head.appendChild(marker);
    }
  }

  function start() {
    if (!window.cytoscape) { return; }
    claimStylesheet();
    document.querySelectorAll('[data-graph]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
