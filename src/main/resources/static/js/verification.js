// Draws each carrier's chart on a verification case page from its data-chart attribute (no inline
// scripts: CSP): measured baseline, the baseline model (dashed; in the reporting period the adjusted
// baseline) and measured reporting consumption.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") { return; }
  var colours = { baseline: "#1f77b4", adjusted: "#595959", reporting: "#2c7a2c" };
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var spec = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: "line",
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (set) {
          return {
            label: set.label, data: set.data, borderColor: colours[set.key], backgroundColor: colours[set.key],
            borderWidth: 2, borderDash: set.key === "adjusted" ? [6, 4] : [], pointRadius: 2, tension: 0, spanGaps: false
          };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "top" } },
        scales: { y: { beginAtZero: false } }
      }
    });
  });
});
