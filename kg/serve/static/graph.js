// Draw an entity's neighbourhood (Cytoscape elements) in the element with id `container`.
// Arrows carry their stance in words and colour; a click opens a node's page.
function kgDrawGraph(data, container) {
  const cy = cytoscape({
    container: document.getElementById(container),
    elements: { nodes: data.nodes, edges: data.edges },
    layout: { name: "concentric", concentric: (n) => (n.data("centre") ? 2 : 1),
              levelWidth: () => 1, minNodeSpacing: 60, padding: 30 },
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "label": "data(label)", "text-valign": "center", "text-wrap": "wrap",
        "text-max-width": 110, "font-size": 12, "width": 120, "height": 44, "shape": "round-rectangle",
        "background-color": "#e8eef8", "border-width": 1, "border-color": "#1d2330" } },
      { selector: "node[?centre]", style: { "background-color": "#ffe9a8", "font-weight": "bold" } },
      { selector: "edge", style: { "label": "data(label)", "curve-style": "bezier",
        "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
        "color": "data(colour)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 160,
        "text-background-color": "#fff", "text-background-opacity": 0.9, "width": 2,
        "control-point-step-size": 90, "text-rotation": "autorotate" } },
    ],
  });
  cy.on("tap", "node", (evt) => { window.location.href = evt.target.data("url"); });
  window.kgGraph = cy;
  return cy;
}
