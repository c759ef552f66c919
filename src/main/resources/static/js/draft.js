// The draft form (#draft-form) is saved as the user types (htmx autosave). Warns before leaving the
// page while something typed is not saved yet: a save still pending, or one that left fields unsaved
// (the status card #autosave says so in data-unsaved). No inline scripts: CSP.
(function () {
  var form = document.getElementById("draft-form");
  if (!form) { return; }
  var typedSinceSave = false;
  var unsaved = false;
  var changed = function () { typedSinceSave = true; };
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () { typedSinceSave = false; unsaved = false; });
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.elt === form) { typedSinceSave = false; }
  });
  document.body.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.elt !== form) { return; }
    var status = document.getElementById("autosave");
    unsaved = !event.detail.successful || (status !== null && status.dataset.unsaved === "true");
  });
  window.addEventListener("beforeunload", function (event) {
    if (typedSinceSave || unsaved) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
