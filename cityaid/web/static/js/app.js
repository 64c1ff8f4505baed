// Small page behaviour (a static file: the Content-Security-Policy allows no inline script).
// Bring the first marked evidence into view inside its scrolling document box.
(function () {
  "use strict";
  document.querySelectorAll(".doctext").forEach(function (box) {
    var mark = box.querySelector("mark");
    if (mark) {
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 60);
    }
  });
})();
