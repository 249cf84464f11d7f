// Draws every element with a data-graph attribute: fetches the JSON at that address (/api/graph,
// capped on the server) and renders it with Cytoscape.js. Selecting a node opens its page; buttons
// naming the element in aria-controls zoom it. The page lists the same graph for readers without it.
(function () {
  'use strict';

  var kinds = ['company', 'tool', 'practice', 'tag'];
  var scheme = window.matchMedia('(prefers-color-scheme: dark)');

  // Colours come from casebook.css, which switches them with the colour scheme, so the canvas
  // matches the page: Cytoscape.js paints on a canvas that CSS cannot reach.
  function colour(name) {
    return getComputedStyle(document.documentElement).getPropertyValue('--' + name).trim();
  }

  function style() {
    var rules = [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, width: 14, height: 14,
        'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': colour('kind-source'),
        color: colour('text'), 'text-background-color': colour('raised'), 'text-background-opacity': 0.8,
        'text-background-padding': 1, 'text-background-shape': 'roundrectangle' } },
      { selector: 'node.focus', style: { width: 24, height: 24, 'border-width': 3, 'border-color': colour('text') } },
      // --muted rather than --line: edges carry meaning, so they need contrast against the background.
      { selector: 'edge', style: { width: 1, 'line-color': colour('muted'), 'curve-style': 'haystack' } }
    ];
    kinds.forEach(function (kind) {
      rules.push({ selector: 'node[kind = "' + kind + '"]', style: { 'background-color': colour('kind-' + kind) } });
    });
    return rules;
  }

  // Zooms about the middle of the view, not the corner, so what the reader looks at stays in sight.
  function zoomBy(cy, factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // The buttons stay hidden without a script or before the drawing, where they would do nothing.
  function control(cy, container) {
    var buttons = document.querySelectorAll('button[aria-controls="' + container.id + '"][data-zoom]');
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        var zoom = button.dataset.zoom;
        if (zoom === 'in') { zoomBy(cy, 1.25); }
        if (zoom === 'out') { zoomBy(cy, 0.8); }
        if (zoom === 'fit') { cy.fit(cy.elements(), 20); }
      });
      button.parentElement.hidden = false;
    });
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
          // Strong repulsion and long edges spread a neighbourhood out far enough for its labels to be read.
          layout: graph.nodes.length > 400 ? { name: 'concentric', animate: false }
            : { name: 'cose', animate: false, nodeRepulsion: function () { return 450000; },
                idealEdgeLength: function () { return 100; }, nodeOverlap: 40, padding: 30 },
          minZoom: 0.2,
          maxZoom: 3
        });
        cy.on('tap', 'node', function (event) {
          window.location.href = event.target.data('href');
        });
        scheme.addEventListener('change', function () {
          cy.style().fromJson(style()).update();
        });
        control(cy, container);
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
