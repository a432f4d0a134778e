// Draws the dashboard charts with Apache ECharts: the trend with its 95 % interval band and volume, the
// touchpoints' designed and measured emotion, and a distribution. Data comes from data-chart attributes written
// by the server (no inline script, strict Content-Security-Policy); every chart can be saved as PNG.
(function () {
  'use strict';

  var toolbox = window.PeakXm.toolbox;


  function trend(element, data) {
    var lows = data.lows.map(function (v) { return v === null ? '-' : v; });
    var widths = data.highs.map(function (v, i) {
      return v === null || data.lows[i] === null ? '-' : Math.round((v - data.lows[i]) * 100) / 100;
    });
    return {
      animation: false, toolbox: toolbox(element),
      tooltip: { trigger: 'axis' },
      legend: { top: 0, left: 0, data: [data.label, data.countAxis] },
      grid: { left: 16, right: 16, top: 40, bottom: 16, containLabel: true },
      xAxis: { type: 'category', data: data.periods },
      yAxis: [{ type: 'value', name: data.valueAxis, scale: true }, { type: 'value', name: data.countAxis, splitLine: { show: false } }],
      series: [
        { name: 'low', type: 'line', data: lows, stack: 'band', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: data.bandLabel, type: 'line', data: widths, stack: 'band', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(15,118,110,0.15)' }, tooltip: { show: false } },
        { name: data.label, type: 'line', data: data.values, connectNulls: false, symbolSize: 7,
          lineStyle: { width: 3, color: '#0f766e' }, itemStyle: { color: '#0f766e' } },
        { name: data.countAxis, type: 'bar', yAxisIndex: 1, data: data.counts, itemStyle: { color: 'rgba(107,114,128,0.25)' } }
      ]
    };
  }

  function touchpoints(element, data) {
    var marks = data.peaks.map(function (i) {
      return { coord: [i, data.designed[i]], value: element.getAttribute('data-label-peak') || 'Peak', itemStyle: { color: '#f59e0b' } };
    });
    if (data.end !== null && data.end !== undefined) {
      marks.push({ coord: [data.end, data.designed[data.end]], value: element.getAttribute('data-label-end') || 'End',
        itemStyle: { color: '#0f766e' } });
    }
    var designed = element.getAttribute('data-label-designed') || 'Designed';
    var measured = element.getAttribute('data-label-measured') || 'Measured';
    return {
      animation: false, toolbox: toolbox(element),
      tooltip: { trigger: 'axis' },
      legend: { top: 0, left: 0, data: [designed, measured] },
      grid: { left: 16, right: 16, top: 48, bottom: 16, containLabel: true },
      xAxis: { type: 'category', data: data.touchpoints, axisLabel: { rotate: 35, fontSize: 11, interval: 0 } },
      yAxis: { type: 'value', min: -2, max: 2, interval: 1 },
      series: [
        { name: designed, type: 'line', data: data.designed, lineStyle: { type: 'dashed', color: '#9ca3af' },
          itemStyle: { color: '#9ca3af' }, markPoint: { symbolSize: 40, label: { fontSize: 10 }, data: marks } },
        { name: measured, type: 'line', data: data.measured, connectNulls: false, symbolSize: 8,
          lineStyle: { width: 3, color: '#0f766e' }, itemStyle: { color: '#0f766e' } }
      ]
    };
  }

  function distribution(element, data) {
    return {
      animation: false, toolbox: toolbox(element),
      tooltip: { trigger: 'axis' },
      grid: { left: 16, right: 16, top: 32, bottom: 16, containLabel: true },
      xAxis: { type: 'category', data: data.bars.map(function (b) { return b.label; }) },
      yAxis: { type: 'value', name: '%' },
      series: [{ type: 'bar', data: data.bars.map(function (b) { return b.percent; }), itemStyle: { color: '#0f766e' } }]
    };
  }

  window.PeakXm.charts({ trend: trend, touchpoints: touchpoints, distribution: distribution });
}());
