// Draws the budget's charts from the data attributes of their canvases (no inline scripts: CSP).
// Each chart's figures are also in a table on the page and in a CSV download.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") { return; }
  var list = function (canvas, name) { return JSON.parse(canvas.dataset[name] || "[]"); };
  var ticks = { callback: function (v) { return "HK$" + Number(v).toLocaleString(); } };
  // series: [data attribute of the figures, of their label, colour]
  var draw = function (id, type, labels, series, filled) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    new Chart(canvas, {
      type: type,
      data: {
        labels: list(canvas, labels),
        datasets: series.map(function (s) {
          return { label: canvas.dataset[s[1]], data: list(canvas, s[0]).map(Number), borderColor: s[2],
            backgroundColor: filled ? s[2] + "26" : s[2], fill: filled, pointRadius: 0, tension: 0.1 };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, ticks: ticks } }
      }
    });
  };
  draw("burn-chart", "line", "months",
    [["committed", "labelCommitted", "#0b6e4f"], ["paid", "labelPaid", "#e76f51"]], true);
  draw("forecast-chart", "bar", "years",
    [["balance", "labelBalance", "#0b6e4f"], ["outstanding", "labelOutstanding", "#e76f51"]], false);
});
