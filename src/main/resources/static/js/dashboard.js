/*
 * Draws the dashboard's monthly charts from the figures table on the same page (#monthly-figures),
 * so the picture and the accessible table can never disagree. ECharts is served by the app.
 */
(function () {
  'use strict';
  function start() {
    if (typeof echarts === 'undefined') { return; }
    var table = document.getElementById('monthly-figures');
    if (!table) { return; }
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var rows = Array.prototype.map.call(table.tBodies[0].rows, function (r) {
      return Array.prototype.map.call(r.cells, function (c) { return c.textContent.trim(); });
    });
    var months = rows.map(function (r) { return r[0]; });
    function column(i) { return rows.map(function (r) { return Number(r[i]); }); }
    function stacked(columns, colors) {
      return columns.map(function (i, k) {
        return { name: heads[i], type: 'bar', stack: 'all', data: column(i), itemStyle: { color: colors[k] } };
      });
    }
    var base = { tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: months }, yAxis: { type: 'value' }, legend: { top: 0, type: 'scroll' } };
    var charts = {
      ratings: Object.assign({}, base, { series: stacked([1, 2, 3, 4], ['#198754', '#75b798', '#ffc107', '#dc3545']) }),
      attendance: Object.assign({}, base, { yAxis: { type: 'value', max: 100 },
        series: [{ name: heads[5], type: 'line', data: column(5), itemStyle: { color: '#a4161a' } }] }),
      quality: Object.assign({}, base, { series: stacked([6, 7, 8, 9], ['#198754', '#75b798', '#ffc107', '#dc3545']) })
    };
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var chart = echarts.init(el);
      chart.setOption(charts[el.getAttribute('data-chart')]);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
