// The dashboard's trend: installs ÷ smartphones and Greenzone users ÷ residents per day, as two separate lines
// (never added together), with the target as a dashed line. The data comes from the canvas's data attribute.
(function () {
  'use strict';
  var canvas = document.getElementById('trend-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.dataset.chart);
  var datasets = [
    {label: canvas.dataset.installs, data: data.installs, borderColor: '#1c7c54', backgroundColor: '#1c7c54',
      spanGaps: true, tension: 0.2},
    {label: canvas.dataset.users, data: data.users, borderColor: '#1864ab', backgroundColor: '#1864ab',
      spanGaps: true, tension: 0.2}
  ];
  if (data.target !== null) {
    datasets.push({label: canvas.dataset.target, data: data.labels.map(function () { return data.target; }),
      borderColor: '#d9480f', borderDash: [6, 4], pointRadius: 0, fill: false});
  }
  new Chart(canvas, {
    type: 'line',
    data: {labels: data.labels, datasets: datasets},
    options: {responsive: true, maintainAspectRatio: false, animation: false,
      scales: {y: {beginAtZero: true, suggestedMax: 100, ticks: {callback: function (v) { return v + ' %'; }}}},
      plugins: {legend: {position: 'bottom', labels: {boxWidth: 12}}}}
  });
}());
