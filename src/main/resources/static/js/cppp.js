// Sends the CSRF token with every htmx request that changes something.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && event.detail.verb !== "get") {
    event.detail.headers[header.content] = token.content;
  }
});
// Moves focus to a form's error summary so keyboard and screen-reader users hear it first.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
});
// Keeps the Import button disabled while the user's import runs (its progress polls in #import-job).
document.addEventListener("htmx:afterSettle", function () {
  var button = document.getElementById("import-start");
  if (button) {
    button.disabled = document.querySelector('#import-job[data-running="true"]') !== null;
  }
});
// A table wider than the screen scrolls inside its box: say so above it (columns such as Status
// may be out of view on a phone) and let the keyboard scroll it (focusable, named region).
function cpppMarkScrollingTables(root) {
  var hint = document.body.getAttribute("data-scroll-hint");
  (root || document).querySelectorAll(".table-responsive").forEach(function (box) {
    var scrolls = box.scrollWidth > box.clientWidth + 1;
    var note = box.previousElementSibling;
    var hasNote = note && note.classList.contains("cppp-scroll-hint");
    if (scrolls && !hasNote && hint) {
      note = document.createElement("p");
      note.className = "cppp-scroll-hint small text-body-secondary mb-1";
      note.id = "scroll-hint-" + Math.random().toString(36).slice(2);
      note.textContent = "\u2194 " + hint;
      box.parentNode.insertBefore(note, box);
      hasNote = true;
    }
    if (hasNote) {
      note.hidden = !scrolls;
    }
    if (scrolls) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      var caption = box.querySelector("caption");
      box.setAttribute("aria-label", caption ? caption.textContent.trim() : hint);
      if (hasNote) { box.setAttribute("aria-describedby", note.id); }
    } else {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
      box.removeAttribute("aria-describedby");
    }
  });
}
document.addEventListener("DOMContentLoaded", function () { cpppMarkScrollingTables(); });
window.addEventListener("resize", function () { cpppMarkScrollingTables(); });
document.addEventListener("htmx:afterSettle", function (event) { cpppMarkScrollingTables(event.target); });
