// The review page's keyboard and selection (a static file: the Content-Security-Policy allows no inline script).
//   a accept · x reject · e fix · j/k next/previous event · n next document · c add an event
//   select words in the document: the "add" form opens, prefilled by the extractor reading that span.
// Every action is an ordinary form post (CSRF token and version inside): without this script the page still works.
(function () {
  "use strict";
  var root = document.getElementById("review");
  if (!root) { return; }
  var cards = Array.prototype.slice.call(root.querySelectorAll(".rv-card"));
  var current = -1;

  function typing(el) {
    if (!el) { return false; }
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  function marksOf(card) {
    return root.querySelectorAll('.rv-text mark[data-ev~="' + card.getAttribute("data-event") + '"]');
  }

  function select(i) {
    if (!cards.length) { return; }
    i = Math.max(0, Math.min(cards.length - 1, i));
    if (current >= 0 && cards[current]) {
      cards[current].classList.remove("current");
      marksOf(cards[current]).forEach(function (m) { m.classList.remove("current"); });
    }
    current = i;
    var card = cards[i];
    card.classList.add("current");
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
    var marks = marksOf(card);
    marks.forEach(function (m) { m.classList.add("current"); });
    if (marks.length) {
      var box = marks[0].closest(".doctext");
      if (box) { box.scrollTop = Math.max(0, marks[0].offsetTop - box.offsetTop - 60); }
    }
    root.setAttribute("data-current", card.getAttribute("data-event"));
  }

  function open(card, cls) {
    var panel = card.querySelector("details." + cls);
    if (!panel) { return; }
    panel.open = true;
    var first = panel.querySelector("input:not([type=hidden]), select, textarea");
    if (first) { first.focus(); if (first.select && first.tagName === "INPUT") { first.select(); } }
  }

  function submit(form) {
    if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
  }

  function pendingFrom(i) {
    for (var k = i; k < cards.length; k++) {
      if (cards[k].getAttribute("data-state") === "pending") { return k; }
    }
    return -1;
  }

  // The card to start on: after a decision (#ev-12 in the URL) the next event still to review, as annotation
  // tools move on; a link to an undecided card: that card; else the first undecided one.
  var start = Math.max(0, pendingFrom(0));
  var wanted = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  var at = wanted ? cards.indexOf(wanted) : -1;
  if (at >= 0) {
    start = at;
    if (wanted.getAttribute("data-state") !== "pending") {
      var next = pendingFrom(at + 1);
      start = next >= 0 ? next : (pendingFrom(0) >= 0 ? pendingFrom(0) : at);
    }
  }
  if (cards.length) { select(start); }

  cards.forEach(function (card, i) {
    card.addEventListener("click", function (ev) {
      if (!ev.target.closest("form, summary, a, button")) { select(i); }
    });
  });
  root.querySelectorAll(".rv-text mark[data-ev]").forEach(function (m) {
    m.addEventListener("click", function () {
      var id = (m.getAttribute("data-ev") || "").split(" ")[0];
      var card = document.getElementById("ev-" + id);
      if (card) { select(cards.indexOf(card)); }
    });
  });

  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && t && t.form && t.form.classList.contains("rv-form")) {
      ev.preventDefault();  // Ctrl+Enter sends the form from anywhere in it, a text area too
      submit(t.form);
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (ev.key === "Escape") {
      var det = t && t.closest ? t.closest("details") : null;
      if (det) { det.open = false; if (current >= 0) { cards[current].focus(); } ev.preventDefault(); }
      return;
    }
    if (typing(t)) {
      // Enter on a choice list sends its form (a text field does so by itself).
      if (ev.key === "Enter" && t.tagName === "SELECT" && t.form) { ev.preventDefault(); submit(t.form); }
      return;
    }
    var card = current >= 0 ? cards[current] : null;
    switch (ev.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": if (card && card.querySelector("form.rv-accept")) { submit(card.querySelector("form.rv-accept")); } break;
      case "x": if (card) { open(card, "rv-reject-panel"); } break;
      case "e": if (card) { open(card, "rv-fix-panel"); } break;
      case "c": openAdd(); break;
      case "n": var next = document.getElementById("next-doc"); if (next) { location.href = next.href; } break;
      default: return;
    }
    ev.preventDefault();
  });

  // ------------------------------------------------------------ select words, then add
  var add = document.getElementById("rv-add");
  var text = root.querySelector(".rv-text .doctext");

  function openAdd() {
    if (!add) { return; }
    add.open = true;
    var first = add.querySelector("select, input:not([type=hidden])");
    if (first) { first.focus(); }
    add.scrollIntoView({ block: "nearest" });
  }

  function codePoints(s) { return Array.from(s).length; }

  // The document offset (in code points, as the server counts) of a point in the rendered text.
  function offsetOf(node, off) {
    var el = node.nodeType === 3 ? node.parentElement : node;
    var piece = el && el.closest ? el.closest("[data-start]") : null;
    if (!piece || !text.contains(piece)) { return null; }
    var base = parseInt(piece.getAttribute("data-start"), 10);
    if (node.nodeType !== 3) {
      return off > 0 ? base + codePoints(piece.textContent) : base;
    }
    var before = 0;
    var walker = document.createTreeWalker(piece, NodeFilter.SHOW_TEXT);
    var n;
    while ((n = walker.nextNode()) && n !== node) { before += codePoints(n.data); }
    return base + before + codePoints(node.data.slice(0, off));
  }

  function fill(name, value) {
    var f = add.querySelector('[name="' + name + '"]');
    if (f && value !== undefined && value !== null) { f.value = value; }
  }

  function actors(list) {
    return (list || []).map(function (a) { return a.key || a.name; }).join(", ");
  }

  function lines(list, a, b, c) {
    return (list || []).map(function (x) {
      return [x[a], x[b] === null || x[b] === undefined ? "" : x[b], x[c] || ""].join(" ").trim();
    }).join("\n");
  }

  function prefill(found) {
    fill("evidence", found.evidence);
    fill("start", found.evidence_span[0]);
    fill("end", found.evidence_span[1]);
    var ev = found.events[0];
    var note = add.querySelector(".rv-prefill-note");
    if (note) { note.hidden = !!ev; }
    if (!ev) {  // nothing read there: the person fills the fields in, nothing left from an earlier selection
      ev = { type: add.querySelector('[name="type"]').value, from: [], to: [], date: null, items: [], money: [] };
    }
    fill("type", ev.type);
    fill("from", actors(ev.from));
    fill("to", actors(ev.to));
    fill("date", ev.date ? ev.date.value : "");
    fill("date_qualifier", ev.date ? ev.date.qualifier : "on");
    fill("items", lines(ev.items, "item", "quantity", "unit"));
    fill("money", lines(ev.money, "amount", "currency", "x"));
  }

  function selected() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !text) { return null; }
    var r = sel.getRangeAt(0);
    if (!text.contains(r.commonAncestorContainer)) { return null; }
    var s = offsetOf(r.startContainer, r.startOffset), e = offsetOf(r.endContainer, r.endOffset);
    if (s === null || e === null || e <= s) { return null; }
    return [s, e];
  }

  function onSelect() {
    var span = selected();
    if (!span || !add) { return; }
    var url = add.getAttribute("data-read") + "&start=" + span[0] + "&end=" + span[1];
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (found) {
        if (!found) { return; }
        prefill(found);
        add.open = true;
        add.scrollIntoView({ block: "nearest" });
        add.setAttribute("data-ready", "1");
      });
  }

  if (add) {  // evidence typed by hand replaces a selected span: the server then finds the words themselves
    var evField = add.querySelector('[name="evidence"]');
    if (evField) {
      evField.addEventListener("input", function () { fill("start", ""); fill("end", ""); });
    }
  }
  if (text && add) {
    text.addEventListener("mouseup", function () { setTimeout(onSelect, 0); });
    text.addEventListener("keyup", function (ev) { if (ev.shiftKey) { onSelect(); } });
  }
})();
