// The workbench: YASGUI on this server's /sparql, the query library as tabs
// and a picker, entity IRIs in results turned into links to entity pages.
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
  const pageFor = (iri) => iri.startsWith(config.entity_ns)
    ? "/entity/" + iri.slice(config.entity_ns.length)
    : "/entity?iri=" + encodeURIComponent(iri);
  const rewrite = (root) => root.querySelectorAll("a.iri").forEach((a) => {
    const iri = a.getAttribute("href") || "";
    if (iri.startsWith(config.id_ns) && !a.dataset.kg) {
      a.dataset.kg = iri;
      a.setAttribute("href", pageFor(iri));
      a.removeAttribute("target");
      a.title = iri;
    }
  });
  new MutationObserver(() => rewrite(document)).observe(
    document.getElementById("yasgui"), { childList: true, subtree: true });

  const library = await (await fetch("/queries")).json();
  const picker = document.getElementById("library");
  const doc = document.getElementById("library-doc");
  const tabs = {};
  const open = (q) => {
    if (tabs[q.name] && yasgui.getTab(tabs[q.name])) {
      yasgui.selectTabId(tabs[q.name]);
    } else {
      const tab = yasgui.addTab(true, { name: q.name, yasqe: { value: q.text } });
      tabs[q.name] = tab.getId();
    }
    const params = q.params.map((p) => p.name + (p.example ? " (e.g. " + p.example + ")" : ""));
    doc.textContent = (q.title ? q.title + ": " : "") + q.doc +
      (params.length ? "  Parameters: " + params.join(", ") + " — bound through " + q.url : "");
  };
  const start = {
    name: "entities",
    doc: "Every named entity with its preferred label.",
    params: [],
    text: config.start_query,
  };
  for (const q of [start, ...library]) {
    const opt = document.createElement("option");
    opt.value = q.name;
    opt.textContent = q.name;
    picker.appendChild(opt);
  }
  picker.addEventListener("change", () => {
    const q = [start, ...library].find((x) => x.name === picker.value);
    if (q) open(q);
  });
  library.slice(0, 6).forEach(open);  // the first few as tabs, all in the picker
  open(start);
  window.kgWorkbench = { yasgui: yasgui, library: library };
  document.body.dataset.ready = "true";
})().catch((err) => {
  document.getElementById("library-doc").textContent = "Could not load the workbench: " + err;
  throw err;
});
