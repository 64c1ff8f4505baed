// The overview's world map: countries from the vendored world atlas, one arc per flow.
// Everything is local (/static/vendor, /overview.json); text from the ledger is only ever
// set with textContent / setAttribute, never parsed as HTML.
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || !window.d3 || !window.topojson) { return; }
  var SVG = "http://www.w3.org/2000/svg";
  var W = 960, H = 500;

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function status(text) {
    var p = box.querySelector(".map-status");
    if (p) { p.textContent = text; }
  }
  function getJSON(url) {
    return fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(url + ": " + r.status); } return r.json(); });
  }

  Promise.all([getJSON(box.dataset.atlas), getJSON(box.dataset.src)]).then(function (res) {
    var world = res[0], data = res[1];
    var countries = topojson.feature(world, world.objects.countries);
    var projection = d3.geoNaturalEarth1().fitSize([W, H], { type: "Sphere" });
    var path = d3.geoPath(projection);
    var centroid = {};
    countries.features.forEach(function (f) { centroid[String(f.id)] = d3.geoCentroid(f); });

    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, "class": "worldmap", role: "img",
                          "aria-label": "flows of aid between places" });
    el("path", { d: path({ type: "Sphere" }), "class": "sphere" }, svg);
    var land = el("g", { "class": "countries" }, svg);
    countries.features.forEach(function (f) {
      var p = el("path", { d: path(f), "class": "country" }, land);
      var t = el("title", {}, p); t.textContent = (f.properties && f.properties.name) || "";
    });

    function where(key) {
      var p = data.places[key];
      if (!p) { return null; }
      if (p.lat !== null && p.lon !== null) { return [p.lon, p.lat]; }
      if (p.iso_n3 && centroid[p.iso_n3]) { return centroid[p.iso_n3]; }
      return null;
    }
    var max = 1;
    data.flows.forEach(function (f) { max = Math.max(max, f.facts); });
    var arcs = el("g", { "class": "arcs" }, svg);
    var dots = el("g", { "class": "dots" }, svg);
    var drawn = 0, skipped = 0, seen = {};
    // lightest first, so heavy flows are drawn on top
    data.flows.slice().reverse().forEach(function (f) {
      var a = where(f.from), b = where(f.to);
      if (!a || !b) { skipped++; return; }
      var p0 = projection(a), p1 = projection(b);
      if (!p0 || !p1) { skipped++; return; }
      var dx = p1[0] - p0[0], dy = p1[1] - p0[1], dist = Math.sqrt(dx * dx + dy * dy);
      if (dist < 1) { skipped++; return; }
      // a quadratic curve bowed to one side: A->B and B->A stay apart
      var cx = (p0[0] + p1[0]) / 2 - dy * 0.25, cy = (p0[1] + p1[1]) / 2 + dx * 0.25;
      var link = el("a", { href: f.url }, arcs);
      var arc = el("path", {
        d: "M" + p0[0].toFixed(1) + "," + p0[1].toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) +
           " " + p1[0].toFixed(1) + "," + p1[1].toFixed(1),
        "class": "arc t-" + f.type,
        "stroke-width": (1.2 + 6 * Math.sqrt(f.facts / max)).toFixed(2),
        "data-from": f.from, "data-to": f.to
      }, link);
      var t = el("title", {}, arc);
      t.textContent = f.from + " \u2192 " + f.to + ": " + f.facts + " " + f.type + (f.facts > 1 ? " facts" : " fact");
      drawn++;
      [[f.from, p0], [f.to, p1]].forEach(function (e) {
        if (seen[e[0]]) { return; }
        seen[e[0]] = true;
        var pl = data.places[e[0]];
        var dl = el("a", { href: pl.url }, dots);
        var c = el("circle", { cx: e[1][0].toFixed(1), cy: e[1][1].toFixed(1), r: 3,
                               "class": "dot " + (pl.precision === "place" ? "exact" : "approx") }, dl);
        var tt = el("title", {}, c);
        tt.textContent = e[0] + (pl.precision === "place" ? "" : " (at its " + pl.precision + "'s position)");
      });
    });
    box.textContent = "";
    box.appendChild(svg);
    box.dataset.arcs = String(drawn);
    var note = document.createElement("p");
    note.className = "map-status";
    note.textContent = drawn + " flows drawn" + (skipped ? ", " + skipped + " not drawable (same spot or no position)" : "");
    box.appendChild(note);
  }).catch(function (err) {
    status("the map could not be drawn: " + err.message);
  });
})();
