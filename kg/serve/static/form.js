// A form per parameterised library query: a field per parameter (entity
// fields complete names from the store, any spelling), run through
// /queries/NAME with the values bound (never pasted into SPARQL), results
// as a table of plain values: numbers and dates as written, IRIs as linked
// names, internal columns (the bound name_key) left out.
"use strict";

const KG_HIDDEN = (name) => name.endsWith("_key");

function kgLinkFor(iri, config) {
  if (iri.startsWith(config.claim_ns)) return "/claim?iri=" + encodeURIComponent(iri);
  if (iri.startsWith(config.entity_ns)) return "/entity/" + iri.slice(config.entity_ns.length);
  if (iri.startsWith(config.id_ns)) return "/entity?iri=" + encodeURIComponent(iri);
  return null;  // an outside IRI (GeoNames, a source URL): linked as itself
}

// Names of the IRIs in `rows` from /names (one request for the whole table).
async function kgNames(iris) {
  const unique = [...new Set(iris)].slice(0, 200);
  if (!unique.length) return {};
  const r = await fetch("/names?" + unique.map((i) => "iri=" + encodeURIComponent(i)).join("&"));
  return r.ok ? r.json() : {};
}

async function kgRenderResults(box, data, config) {
  const vars = data.head.vars.filter((v) => !KG_HIDDEN(v));
  const rows = data.results.bindings;
  const iris = rows.flatMap((b) => vars.map((v) => b[v]).filter((c) => c && c.type === "uri").map((c) => c.value));
  const names = await kgNames(iris.filter((i) => i.startsWith(config.id_ns)));
  const table = document.createElement("table");
  table.className = "results";
  const head = table.createTHead().insertRow();
  for (const v of vars) {
    const th = document.createElement("th");
    th.textContent = v.replace(/_/g, " ");
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const b of rows) {
    const tr = body.insertRow();
    for (const v of vars) {
      const td = tr.insertCell();
      const cell = b[v];
      if (!cell) continue;
      if (cell.type === "uri") {
        const a = document.createElement("a");
        const page = kgLinkFor(cell.value, config);
        a.href = page || cell.value;
        a.className = "iri";
        a.title = cell.value;
        a.textContent = names[cell.value] ||
          (cell.value.startsWith(config.claim_ns) ? "timeline" : cell.value);
        if (!page) a.rel = "noopener noreferrer";
        td.appendChild(a);
      } else {
        td.textContent = cell.value;   // plain: "20", "2022-09-10", never "20"^^xsd:integer
        if (/#(integer|decimal|double|float|int|long)$/.test(cell.datatype || "")) td.className = "num";
      }
    }
  }
  const note = document.createElement("p");
  note.className = "doc";
  note.textContent = rows.length + " row" + (rows.length === 1 ? "" : "s");
  box.replaceChildren(note, table);
  box.hidden = false;
  box.dataset.rows = String(rows.length);
}

// Show the form of `q` (or hide it when q takes no parameter); `values` fills
// fields; `run` runs it at once.
function kgQueryForm(q, config, values, run) {
  const form = document.getElementById("params");
  const box = document.getElementById("form-results");
  form.replaceChildren();
  box.hidden = true;
  box.replaceChildren();
  if (!q.params || !q.params.length) { form.hidden = true; return; }
  for (const p of q.params) {
    const label = document.createElement("label");
    label.textContent = p.name + (p.description ? " — " + p.description : "");
    const input = document.createElement("input");
    input.name = p.name;
    input.required = true;
    input.autocomplete = "off";
    input.placeholder = p.example ? "e.g. " + p.example : "";
    input.value = (values && values[p.name]) || "";
    input.dataset.kind = p.kind;
    label.appendChild(input);
    if (p.kind === "entity") {   // names from the store, any spelling
      const list = document.createElement("ul");
      list.className = "hits";
      list.hidden = true;
      label.appendChild(list);
      kgComplete(input, list, (hit) => { input.value = hit.name; });
    }
    form.appendChild(label);
  }
  const button = document.createElement("button");
  button.type = "submit";
  button.id = "run-form";
  button.textContent = "Run " + q.name;
  form.appendChild(button);
  form.hidden = false;
  form.onsubmit = async (e) => {
    if (e) e.preventDefault();
    const params = new URLSearchParams(new FormData(form));
    params.set("format", "json");
    box.hidden = false;
    box.textContent = "Running…";
    const r = await fetch("/queries/" + encodeURIComponent(q.name) + "?" + params.toString());
    if (!r.ok) {
      const err = await r.json().catch(() => ({ error: r.statusText }));
      box.textContent = "Error: " + err.error;
      return;
    }
    await kgRenderResults(box, await r.json(), config);
    const url = new URL(window.location.href);
    url.search = "";
    url.searchParams.set("query", q.name);
    for (const [k, v] of new FormData(form)) url.searchParams.set(k, v);
    window.history.replaceState(null, "", url.toString());
  };
  if (run) form.onsubmit();
}
