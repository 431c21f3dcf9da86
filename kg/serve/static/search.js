// Name completion for the search box on every page (and the entity fields of
// the query forms, through kgComplete): /search?q= folds the typed text as
// entity labels are folded, so any spelling finds the entity.
"use strict";

// Show matches for `input` under it in `list` (a <ul>); pick(hit) runs on a
// click or Enter on a highlighted match.
function kgComplete(input, list, pick) {
  let timer = null, hits = [], active = -1, asked = "";
  const close = () => { list.hidden = true; list.replaceChildren(); active = -1; };
  const show = () => {
    list.replaceChildren(...hits.map((h, i) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = h.url;
      a.textContent = h.name;
      a.className = "hit" + (i === active ? " active" : "");
      const type = document.createElement("span");
      type.className = "type";
      type.textContent = " " + h.type;
      a.appendChild(type);
      a.addEventListener("mousedown", (e) => { e.preventDefault(); pick(h); close(); });
      li.appendChild(a);
      return li;
    }));
    list.hidden = hits.length === 0;
  };
  const ask = async () => {
    const q = input.value.trim();
    if (q.length < 2) { hits = []; close(); return; }
    asked = q;
    const r = await fetch("/search?q=" + encodeURIComponent(q));
    if (!r.ok || asked !== q) return;
    hits = await r.json();
    active = -1;
    show();
    input.dataset.hits = String(hits.length);
  };
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(ask, 150); });
  input.addEventListener("keydown", (e) => {
    if (list.hidden) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      show();
      e.preventDefault();
    } else if (e.key === "Enter" && active >= 0) {
      pick(hits[active]);
      close();
      e.preventDefault();
    } else if (e.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

(function searchBox() {
  const input = document.getElementById("kg-search");
  const list = document.getElementById("kg-search-hits");
  if (input && list) kgComplete(input, list, (hit) => { window.location.href = hit.url; });
})();
