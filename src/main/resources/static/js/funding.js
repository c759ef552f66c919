// Draws the budget burn chart from the data attributes of #burn-chart (no inline scripts: CSP).
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("burn-chart");
  if (!canvas || typeof Chart === "undefined") { return; }
  var numbers = function (name) { return JSON.parse(canvas.dataset[name] || "[]").map(Number); };
  new Chart(canvas, {
    type: "line",
    data: {
      labels: JSON.parse(canvas.dataset.months || "[]"),
      datasets: [
        { label: canvas.dataset.labelCommitted, data: numbers("committed"), borderColor: "#0b6e4f",
          backgroundColor: "rgba(11,110,79,0.15)", fill: true, pointRadius: 0, tension: 0.1 },
        { label: canvas.dataset.labelPaid, data: numbers("paid"), borderColor: "#e76f51",
          backgroundColor: "rgba(231,111,81,0.15)", fill: true, pointRadius: 0, tension: 0.1 }
      ]
    },
    options: {
      responsive: true, maintainAspectRatio: false, interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return "HK$" + Number(v).toLocaleString(); } } } }
    }
  });
});
