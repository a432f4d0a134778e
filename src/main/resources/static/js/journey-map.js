// Draws the designed emotion curve of a journey map with Apache ECharts.
// Data comes from the data-chart attribute (JSON written by the server), labels from data-* attributes,
// so the page needs no inline script (strict Content-Security-Policy).
(function () {
  'use strict';

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var peakLabel = element.getAttribute('data-label-peak') || 'Peak';
    var endLabel = element.getAttribute('data-label-end') || 'End';
    var peaks = data.peaks.map(function (i) {
      return { coord: [i, data.emotions[i]], value: peakLabel, itemStyle: { color: '#f59e0b' } };
    });
    if (data.end !== null && data.end !== undefined) {
      peaks.push({ coord: [data.end, data.emotions[data.end]], value: endLabel, itemStyle: { color: '#0f766e' } });
    }
    var bands = data.stages.map(function (band, index) {
      return [{ name: band.name, xAxis: band.from - 0.45, itemStyle: { color: index % 2 ? 'rgba(15,118,110,0.06)' : 'rgba(245,158,11,0.06)' } },
              { xAxis: band.to + 0.45 }];
    });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 24, top: 48, bottom: 110 },
      toolbox: { right: 8, feature: { saveAsImage: { name: element.getAttribute('data-file-name') || 'journey-map', pixelRatio: 2,
        title: element.getAttribute('data-label-save') || 'Save as PNG' } } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.touchpoints, axisLabel: { interval: 0, rotate: 35, fontSize: 11 } },
      yAxis: { type: 'value', min: -2, max: 2, interval: 1, name: element.getAttribute('data-label-axis') || 'Designed emotion' },
      series: [{
        name: element.getAttribute('data-label-axis') || 'Designed emotion',
        type: 'line', smooth: true, data: data.emotions, symbolSize: 9,
        lineStyle: { width: 3, color: '#0f766e' }, itemStyle: { color: '#0f766e' },
        markPoint: { symbolSize: 46, label: { fontSize: 10 }, data: peaks },
        markArea: { silent: true, label: { position: 'top', fontSize: 11, color: '#374151' }, data: bands },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#9ca3af' }, data: [{ yAxis: 0 }] }
      }]
    });
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var elements = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < elements.length; i++) {
      draw(elements[i]);
    }
  });
})();
