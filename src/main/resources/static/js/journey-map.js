// Draws the designed emotion curve of a journey map with Apache ECharts.
// Data comes from the data-chart attribute (JSON written by the server) and labels from data-* attributes,
// so the page needs no inline script (strict Content-Security-Policy).
(function () {
  'use strict';

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var words = JSON.parse(element.getAttribute('data-emotion-words') || '{}');
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var peakLabel = element.getAttribute('data-label-peak') || 'Peak';
    var endLabel = element.getAttribute('data-label-end') || 'End';
    var axisName = element.getAttribute('data-label-axis') || 'Designed emotion';
    var narrow = element.clientWidth < 600;
    var stageOf = [];
    data.stages.forEach(function (band) {
      for (var i = band.from; i <= band.to; i++) { stageOf[i] = band.name; }
    });
    var points = data.emotions.map(function (e, i) { return [i, e]; });
    var indexes = data.emotions.map(function (e, i) { return i; });
    var marks = data.peaks.map(function (i) {
      return { coord: [i, data.emotions[i]], value: peakLabel, itemStyle: { color: '#f59e0b' } };
    });
    if (data.end !== null && data.end !== undefined) {
      marks.push({ coord: [data.end, data.emotions[data.end]], value: endLabel, itemStyle: { color: '#0f766e' } });
    }
    var bands = data.stages.map(function (band, index) {
      return [{ name: narrow ? '' : band.name, xAxis: band.from - 0.5,
                itemStyle: { color: index % 2 ? 'rgba(15,118,110,0.07)' : 'rgba(245,158,11,0.07)' } },
              { xAxis: band.to + 0.5 }];
    });
    function word(value) { return words[String(value)] || String(value); }
    chart.setOption({
      animation: false,
      grid: { left: 16, right: 24, top: 64, bottom: 16, containLabel: true },
      toolbox: { right: 8, top: 0, feature: { saveAsImage: { name: element.getAttribute('data-file-name') || 'journey-map',
        pixelRatio: 2, title: element.getAttribute('data-label-save') || 'Save as PNG' } } },
      tooltip: { trigger: 'item', formatter: function (p) {
        var i = p.data[0];
        return (stageOf[i] ? stageOf[i] + ' · ' : '') + data.touchpoints[i] + '<br>' + axisName + ': ' + word(p.data[1]);
      } },
      // A value axis (not a category axis) so that stage bands can start and end between touchpoints;
      // labels and ticks sit on the touchpoints themselves (customValues, ECharts 5.5).
      xAxis: { type: 'value', min: -0.5, max: data.touchpoints.length - 0.5, splitLine: { show: false },
        axisTick: { customValues: indexes },
        axisLabel: { rotate: 35, fontSize: 11, interval: 0, showMinLabel: false, showMaxLabel: false,
          customValues: indexes, formatter: function (v) {
            return Math.abs(v - Math.round(v)) < 1e-6 ? (data.touchpoints[Math.round(v)] || '') : ''; } } },
      yAxis: { type: 'value', min: -2, max: 2, interval: 1, name: axisName,
        axisLabel: { formatter: function (v) { return narrow ? String(v) : word(v); } } },
      series: [{
        name: axisName, type: 'line', smooth: true, data: points, symbolSize: 9,
        lineStyle: { width: 3, color: '#0f766e' }, itemStyle: { color: '#0f766e' },
        markPoint: { symbolSize: 44, label: { fontSize: 10 }, data: marks },
        markArea: { silent: true, label: { position: 'insideBottom', fontSize: 11, color: '#374151' }, data: bands },
        markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { type: 'dashed', color: '#9ca3af' },
          data: [{ yAxis: 0 }] }
      }]
    });
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.setOption({ toolbox: { show: false } }); chart.resize(); });
    window.addEventListener('afterprint', function () { chart.setOption({ toolbox: { show: true } }); chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var elements = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < elements.length; i++) {
      draw(elements[i]);
    }
  });
})();
