// Draws the penalties of a published year (PM18) as a bar chart with ECharts; the same figures are in the table.
(function () {
  var container = document.getElementById('penalty-chart');
  if (!container || !window.echarts) {
    return;
  }
  fetch(container.getAttribute('data-source'))
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var kinds = data.figures.penaltiesByKind;
      var chart = window.echarts.init(container, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        grid: { left: 140, right: 24, top: 16, bottom: 24 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: kinds.map(function (k) { return k.label; }) },
        series: [{ type: 'bar', data: kinds.map(function (k) { return k.count; }), itemStyle: { color: '#9b1c1c' },
          label: { show: true, position: 'right' } }]
      });
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function (error) {
      container.textContent = '图表无法显示（' + error.message + '），数据见下表。';
    });
})();
