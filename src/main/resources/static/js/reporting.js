// Draws every chart of the reporting pages from its data-chart attribute (no inline scripts: CSP).
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") { return; }
  var colours = ["#0b6e4f", "#e76f51", "#2a9d8f", "#e9c46a", "#264653", "#8ab17d", "#f4a261", "#6d597a", "#b5838d"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var spec = JSON.parse(canvas.dataset.chart);
    var doughnut = spec.type === "doughnut";
    var datasets = spec.datasets.map(function (set, i) {
      var colour = colours[i % colours.length];
      var line = spec.type === "line";
      var dashed = set.key === "plan";
      return {
        label: set.label, data: set.data,
        backgroundColor: doughnut ? colours.slice(0, set.data.length) : (line ? "transparent" : colour),
        borderColor: doughnut ? "#fff" : colour, borderWidth: line ? 2 : 1,
        borderDash: dashed ? [6, 4] : [], pointRadius: line ? 0 : undefined, tension: 0.1,
        type: spec.type === "bar" && set.key === "participants" ? "line" : undefined,
        yAxisID: set.key === "participants" ? "y2" : "y"
      };
    });
    var scales = doughnut ? {} : {
      x: { stacked: !!spec.stacked },
      y: { stacked: !!spec.stacked, beginAtZero: true, ticks: { precision: 0 } }
    };
    if (spec.datasets.some(function (s) { return s.key === "participants"; })) {
      scales.y2 = { position: "right", beginAtZero: true, grid: { drawOnChartArea: false }, ticks: { precision: 0 } };
    }
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false,
        interaction: { mode: doughnut ? "nearest" : "index", intersect: false },
        indexAxis: canvas.closest("[data-horizontal]") ? "y" : "x",
        plugins: { legend: { position: doughnut ? "right" : "top" } },
        scales: scales
      }
    });
  });
});
