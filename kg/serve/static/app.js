// The workbench: YASGUI on this server's /sparql, the query library as tabs
// and a picker with a form per parameterised query (form.js), entity and
// claim IRIs in results turned into links to their pages.
// Nothing here reaches another host: no prefix.cc, no LOV autocompletion,
// no CORS proxy, no endpoint catalogue beyond this server.
"use strict";

(async function main() {
  const endpoint = new URL("/sparql", window.location.href).href;
  document.getElementById("endpoint").textContent = endpoint;
  const config = await (await fetch("/page-config")).json();

  Yasgui.Yasr.plugins.table.defaults.openIriInNewWindow = false;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    copyEndpointOnNewTab: true,
    persistenceId: null,          // every visit starts from the library, nothing in localStorage
    populateFromUrl: false,
    autoAddOnInit: false,
    corsProxy: undefined,
    yasqe: { autocompleters: ["prefixes", "variables"], prefixCcApi: null, persistenceId: null },
  });

  // Entity IRIs -> entity pages (also for links drawn later, e.g. next page of a table).
  const pageFor = (iri) => kgLinkFor(iri, config);  // entities, claims (form.js)
  const rewrite = (root) => {
    root.querySelectorAll("a.iri").forEach((a) => {
      const iri = a.getAttribute("href") || "";
      if (iri.startsWith(config.id_ns) && !a.dataset.kg) {
        a.dataset.kg = iri;
        a.setAttribute("href", pageFor(iri));
        a.removeAttribute("target");
        a.title = iri;
      }
    });
    // Literals as plain values: "20" for "20"^^xsd:integer, 2022-09-10 for a typed date
    // (the datatype stays in the tooltip). YASR's "simple view" would do this too, but it
    // misaligns its columns.
    root.querySelectorAll(".yasr span.nonIri").forEach((span) => {
      const sup = span.querySelector("sup");
      if (!sup || span.dataset.plain) return;
      span.dataset.plain = "true";
      span.title = sup.textContent.replace(/^\^\^/, "");
      sup.remove();
      span.textContent = span.textContent.replace(/^"([\s\S]*)"$/, "$1");
    });
  };
  new MutationObserver(() => rewrite(document)).observe(
    document.getElementById("yasgui"), { childList: true, subtree: true });

  const library = await (await fetch("/queries")).json();
  const picker = document.getElementById("library");
  const doc = document.getElementById("library-doc");
  const tabs = {};
  const open = (q, values, run) => {
    picker.value = q.name;  // first: selecting the tab below fires tabSelect
    if (tabs[q.name] && yasgui.getTab(tabs[q.name])) {
      yasgui.selectTabId(tabs[q.name]);
    } else {
      // Full cells (no ellipsis: a collapsed cell swallows the first click on its link).
      const yasr = { settings: { selectedPlugin: "table",
        pluginsConfig: { table: { isEllipsed: false, compact: false } } }, response: undefined };
      const tab = yasgui.addTab(true, { name: q.name, yasqe: { value: q.text }, yasr: yasr });
      tabs[q.name] = tab.getId();
    }
    const params = q.params.map((p) => p.name + (p.example ? " (e.g. " + p.example + ")" : ""));
    doc.textContent = (q.title ? q.title + ": " : "") + q.doc +
      (params.length ? "  Parameters: " + params.join(", ") + " — fill in the form and run it (bound through " +
       q.url.split("?")[0] + "), or run the SPARQL below unbound." : "");
    kgQueryForm(q, config, values, run);
  };
  yasgui.on("tabSelect", (_yasgui, id) => {   // the form follows the tab
    const q = all.find((x) => tabs[x.name] === id);
    if (q && picker.value !== q.name) open(q);
  });
  // The overview query opens first when the library has no "entities" query.
  const start = library.find((q) => q.name === "entities") ||
    { name: "overview", title: "Entities", doc: "Every named entity.", params: [], url: "", text: config.start_query };
  const all = library.includes(start) ? library : [start, ...library];
  for (const q of all) {
    const opt = document.createElement("option");
    opt.value = q.name;
    opt.textContent = q.title ? q.name + " — " + q.title : q.name;
    picker.appendChild(opt);
  }
  picker.addEventListener("change", () => {
    const q = all.find((x) => x.name === picker.value);
    if (q) open(q);
  });
  all.forEach((q) => open(q));  // every library query as a tab, all in the picker too
  // /?query=NAME&PARAM=VALUE (an entity page's links): that query, filled in and run.
  const asked = new URLSearchParams(window.location.search);
  const wanted = all.find((q) => q.name === asked.get("query"));
  if (wanted) {
    const values = Object.fromEntries(wanted.params.map((p) => [p.name, asked.get(p.name) || ""]));
    open(wanted, values, wanted.params.every((p) => values[p.name]));
  } else {
    open(start);
  }
  window.kgWorkbench = { yasgui: yasgui, library: library };
  document.body.dataset.ready = "true";
})().catch((err) => {
  document.getElementById("library-doc").textContent = "Could not load the workbench: " + err;
  throw err;
});
