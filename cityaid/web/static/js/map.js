// The overview's world map: countries from the vendored world atlas, one arc per flow.
// Arcs follow the shorter great circle (d3-geo draws a LineString along great circles and cuts it at the
// map's edge); the map is centred on the meridian that cuts the fewest arcs, so a flow between
// California and China crosses the Pacific in the middle of the map, not both edges of it.
// Hovering, focusing or tapping an arc shows its facts in the panel below the map.
// Everything is local (/static/vendor, /overview.json); text from the ledger is only ever set with
// textContent / setAttribute, never parsed as HTML. Words come from the page (data-t-*), translated.
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || !window.d3 || !window.topojson) { return; }
  var SVG = "http://www.w3.org/2000/svg";
  var W = 960, H = 500;
  var T = box.dataset, lang = T.lang || "en";
  var panel = document.getElementById("map-facts");

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
  function fill(template, n) { return (template || "{n}").replace("{n}", String(n)); }
  function typeName(t) { return T["type" + t.replace(/(^|_)(\w)/g, function (m, s, c) { return c.toUpperCase(); })] || t; }

  // the central meridian (10° steps) whose antimeridian the fewest flows cross, China-centred on a tie
  function bestCentre(segments) {
    var best = 105, bestCut = Infinity;
    for (var c = -170; c <= 180; c += 10) {
      var edge = c + 180, cut = 0;
      segments.forEach(function (s) {
        for (var i = 1; i < s.pts.length; i++) {
          var d1 = ((s.pts[i - 1][0] - edge) % 360 + 540) % 360 - 180;
          var d2 = ((s.pts[i][0] - edge) % 360 + 540) % 360 - 180;
          if ((d1 < 0) !== (d2 < 0) && Math.abs(d1 - d2) < 180) { cut += s.w; break; }
        }
      });
      var tie = Math.abs(((c - 105) % 360 + 540) % 360 - 180) < Math.abs(((best - 105) % 360 + 540) % 360 - 180);
      if (cut < bestCut || (cut === bestCut && tie)) { best = c; bestCut = cut; }
    }
    return best;
  }

  Promise.all([getJSON(T.atlas), getJSON(T.src)]).then(function (res) {
    var world = res[0], data = res[1];
    var countries = topojson.feature(world, world.objects.countries);
    var centroid = {};
    countries.features.forEach(function (f) { centroid[String(f.id)] = d3.geoCentroid(f); });

    function where(key) {
      var p = data.places[key];
      if (!p) { return null; }
      if (p.lat !== null && p.lon !== null) { return [p.lon, p.lat]; }
      if (p.iso_n3 && centroid[p.iso_n3]) { return centroid[p.iso_n3]; }
      return null;
    }
    function label(key) {
      var p = data.places[key] || {};
      var zh = p.name_zh, en = p.name_en || key;
      if (!zh || zh === en) { return en; }
      return lang === "zh" ? zh + " " + en : en + " " + zh;
    }
    function short(key) {
      var p = data.places[key] || {};
      return (lang === "zh" ? (p.name_zh || p.name_en) : p.name_en) || key;
    }

    var max = 1, drawable = [], skipped = 0;
    data.flows.forEach(function (f) {
      max = Math.max(max, f.facts);
      var a = where(f.from), b = where(f.to);
      if (!a || !b || d3.geoDistance(a, b) < 1e-4) { skipped++; return; }
      var gc = d3.geoInterpolate(a, b), pts = [];
      for (var i = 0; i <= 16; i++) { pts.push(gc(i / 16)); }
      drawable.push({ f: f, a: a, b: b, pts: pts, w: f.facts });
    });
    var centre = bestCentre(drawable);
    var projection = d3.geoNaturalEarth1().rotate([-centre, 0]).fitSize([W, H], { type: "Sphere" });
    var path = d3.geoPath(projection);

    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, "class": "worldmap", role: "img",
                          "aria-label": T.tAria || "flows", "data-centre": String(centre) });
    el("path", { d: path({ type: "Sphere" }), "class": "sphere" }, svg);
    var land = el("g", { "class": "countries" }, svg);
    countries.features.forEach(function (f) {
      var p = el("path", { d: path(f), "class": "country" }, land);
      var t = el("title", {}, p); t.textContent = (f.properties && f.properties.name) || "";
    });

    function show(f) {
      if (!panel) { return; }
      panel.hidden = false;
      panel.textContent = "";
      var h = document.createElement("strong");
      h.textContent = label(f.from) + " \u2192 " + label(f.to);
      panel.appendChild(h);
      var p = document.createElement("span");
      p.textContent = " \u00b7 " + typeName(f.type) + " \u00b7 " + f.facts + " " +
        (f.facts > 1 ? (T.tFactsMany || "facts") : (T.tFactsOne || "fact")) + " \u00b7 ";
      panel.appendChild(p);
      var a = document.createElement("a");
      a.href = f.url;
      a.textContent = T.tOpen || "open";
      panel.appendChild(a);
      panel.dataset.from = f.from;
      panel.dataset.to = f.to;
    }

    var arcs = el("g", { "class": "arcs" }, svg);
    var dots = el("g", { "class": "dots" }, svg);
    var drawn = 0, seen = {};
    // lightest first, so heavy flows are drawn on top
    drawable.slice().reverse().forEach(function (d) {
      var f = d.f;
      // through a point a little beside the great circle's middle: A->B and B->A stay apart
      var mid = d3.geoInterpolate(d.a, d.b)(0.5), bow = 0.06 * d3.geoDistance(d.a, d.b) * 180 / Math.PI;
      var side = f.from < f.to ? 1 : -1;
      var geom = { type: "LineString", coordinates: [d.a, [mid[0], Math.max(-89, Math.min(89, mid[1] + side * bow))], d.b] };
      var link = el("a", { href: f.url, "class": "flow" }, arcs);
      var arc = el("path", {
        d: path(geom),
        "class": "arc t-" + f.type,
        "stroke-width": (1.2 + 6 * Math.sqrt(f.facts / max)).toFixed(2),
        "data-from": f.from, "data-to": f.to, tabindex: "0"
      }, link);
      var t = el("title", {}, arc);
      t.textContent = short(f.from) + " \u2192 " + short(f.to) + ": " + f.facts + " " + typeName(f.type);
      ["mouseenter", "focus", "touchstart"].forEach(function (ev) {
        arc.addEventListener(ev, function () { show(f); }, { passive: true });
      });
      drawn++;
      [[f.from, d.a], [f.to, d.b]].forEach(function (e) {
        if (seen[e[0]]) { return; }
        seen[e[0]] = true;
        var pl = data.places[e[0]], xy = projection(e[1]);
        if (!xy) { return; }
        var dl = el("a", { href: pl.url }, dots);
        var c = el("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: 3,
                               "class": "dot " + (pl.precision === "place" ? "exact" : "approx") }, dl);
        var tt = el("title", {}, c);
        tt.textContent = label(e[0]) + (pl.precision === "place" ? "" : " (" + (T.tApprox || pl.precision) + ")");
      });
    });
    box.textContent = "";
    box.appendChild(svg);
    box.dataset.arcs = String(drawn);
    var note = document.createElement("p");
    note.className = "map-status";
    note.textContent = fill(T.tDrawn, drawn) + (skipped ? " \u00b7 " + fill(T.tSkipped, skipped) : "");
    box.appendChild(note);
  }).catch(function (err) {
    status((T.tFailed || "the map could not be drawn:") + " " + err.message);
  });
})();
