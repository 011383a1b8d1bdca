// Draws the table above as a bar chart (ECharts); the table stays the source, so the page works without it.
(function () {
  var element = document.getElementById('chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('main table tbody tr'));
  var cell = function (row, i) { return Number(row.cells[i].textContent) || 0; };
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: {},
    legend: { data: ['行政处罚决定', '行政强制措施', '行政检查'] },
    xAxis: { type: 'category', data: rows.map(function (r) { return r.cells[0].textContent; }) },
    yAxis: { type: 'value', name: '件' },
    series: [
      { name: '行政处罚决定', type: 'bar', data: rows.map(function (r) { return cell(r, 1); }) },
      { name: '行政强制措施', type: 'bar', data: rows.map(function (r) { return cell(r, 5); }) },
      { name: '行政检查', type: 'bar', data: rows.map(function (r) { return cell(r, 6); }) }
    ]
  });
  element.setAttribute('data-rendered', 'true');
})();
