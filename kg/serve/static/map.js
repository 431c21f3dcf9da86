// The map of places: Natural Earth country outlines (world-atlas, vendored)
// drawn with d3-geo, each place a circle sized by the statements about it,
// a time slider counting only reports up to a date. Offline: no tiles.
// A `.map` element gives data-src (the /map/places JSON) or holds its data in
// a <script type="application/json" class="map-data"> child (standalone HTML),
// and optionally data-focus (a place IRI) to centre on that place.
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function kgSvg(tag, attrs) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  return el;
}

// Statements about `place` reported up to `date` ("" : every report, undated too).
function kgCount(place, date) {
  let n = 0;
  for (const [d, c] of Object.entries(place.by_date)) {
    if (!date || (d && d <= date)) n += c;
  }
  return n;
}

function kgDrawMap(box, data, world) {
  const width = box.clientWidth || 900, height = box.clientHeight || 500;
  const countries = topojson.feature(world, world.objects.countries);
  const focus = box.dataset.focus || "";
  const shown = data.places;
  const projection = d3.geoNaturalEarth1();
  const focused = shown.find((p) => p.iri === focus);
  // Two corners, not a polygon: a ring wound the wrong way is the whole globe but the box.
  const around = (p, d) => ({ type: "MultiPoint", coordinates: [
    [p.lon - d, p.lat - d / 2], [p.lon + d, p.lat + d / 2]] });
  if (focused) {
    projection.fitExtent([[10, 10], [width - 10, height - 10]], around(focused, 12));
  } else if (shown.length) {
    const points = { type: "MultiPoint", coordinates: shown.map((p) => [p.lon, p.lat]) };
    projection.fitExtent([[40, 40], [width - 110, height - 40]], points);  // room for names on the right
    if (projection.scale() > 4000) projection.fitExtent([[10, 10], [width - 10, height - 10]], around(shown[0], 6));
  } else {
    projection.fitSize([width, height], { type: "Sphere" });
  }
  const path = d3.geoPath(projection);
  const svg = kgSvg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
                             "aria-label": "map of the places in the store" });
  const land = kgSvg("g");
  for (const f of countries.features) land.appendChild(kgSvg("path", { d: path(f) || "", class: "land" }));
  svg.appendChild(land);
  const dots = kgSvg("g");
  const circles = [];
  for (const p of [...shown].reverse()) {   // biggest last: drawn on top
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const a = kgSvg("a", { href: p.url });
    const c = kgSvg("circle", { cx: xy[0], cy: xy[1], r: 3,
                                class: "place" + (p.iri === focus ? " focus" : ""), "data-iri": p.iri });
    const title = kgSvg("title");
    a.appendChild(c);
    c.appendChild(title);
    const label = kgSvg("text", { class: "place-label" });
    label.textContent = p.name;
    a.appendChild(label);
    dots.appendChild(a);
    circles.push({ p, c, title, label });
  }
  svg.appendChild(dots);
  box.replaceChildren(svg);
  const most = Math.max(1, ...shown.map((p) => p.total));
  const update = (date) => {
    let visible = 0;
    const placed = [];   // label boxes already drawn: a name that would overlap one is left out
    const counted = circles.map((item) => ({ ...item, n: kgCount(item.p, date) }));
    counted.sort((a, b) => (b.p.iri === focus) - (a.p.iri === focus) || b.n - a.n);
    for (const { p, c, title, label, n } of counted) {
      const r = n ? 4 + 22 * Math.sqrt(n / most) : 2.5;
      c.setAttribute("r", r.toFixed(1));
      c.dataset.count = String(n);
      title.textContent = `${p.name}: ${n} statement${n === 1 ? "" : "s"} about it`;
      const x = Number(c.getAttribute("cx")) + r + 3, y = Number(c.getAttribute("cy")) + 4;
      const area = [x, y - 11, x + 6.5 * p.name.length, y + 2];
      const free = !placed.some((b) => area[0] < b[2] && b[0] < area[2] && area[1] < b[3] && b[1] < area[3]);
      const named = (n || p.iri === focus) && free;
      label.setAttribute("x", x.toFixed(1));
      label.setAttribute("y", y.toFixed(1));
      label.style.display = named ? "" : "none";
      if (named) placed.push(area);
      if (n) visible += 1;
    }
    box.dataset.placesShown = String(visible);
  };
  update("");
  return update;
}

async function kgMap(box) {
  const inline = box.querySelector("script.map-data");
  const data = inline ? JSON.parse(inline.textContent)
                      : await (await fetch(box.dataset.src)).json();
  const worldInline = document.getElementById("world-data");
  const world = worldInline ? JSON.parse(worldInline.textContent)
                            : await (await fetch("/static/vendor/world-atlas/countries-50m.json")).json();
  const update = kgDrawMap(box, data, world);
  const slider = document.getElementById("map-time");
  const shown = document.getElementById("map-date");
  if (slider && !box.dataset.focus) {
    slider.max = String(data.dates.length);      // the last step: every report, undated too
    slider.value = slider.max;
    const say = () => {
      const i = Number(slider.value);
      const date = i < data.dates.length ? data.dates[i] : "";
      shown.textContent = date ? "reports up to " + date : "every report (undated too)";
      update(date);
    };
    slider.addEventListener("input", say);
    say();
  }
  box.dataset.ready = "true";
  document.body.dataset.mapReady = "true";
}

document.querySelectorAll(".map").forEach((box) => {
  kgMap(box).catch((err) => { box.textContent = "Could not draw the map: " + err; });
});
