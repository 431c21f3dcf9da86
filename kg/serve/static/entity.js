// Load the neighbourhood JSON and draw it (kgDrawGraph from graph.js).
"use strict";
(async function loadGraph() {
  const box = document.getElementById("graph");
  const response = await fetch(box.dataset.src);
  if (!response.ok) { box.textContent = "Could not load the graph."; return; }
  kgDrawGraph(await response.json(), "graph");
  document.body.dataset.graphReady = "true";
})();
