// Draws the dashboard charts with Apache ECharts: the trend with its 95 % interval band and volume, the
// touchpoints' designed and measured emotion, and a distribution. Data comes from data-chart attributes written
// by the server (no inline script, strict Content-Security-Policy); every chart can be saved as PNG.
// Clicking a point or bar opens the responses behind it when the server sent their links (readers allowed to see
// responses); the tables under the charts carry the same links for keyboards and screen readers.
(function () {
  'use strict';

  var toolbox = window.PeakXm.toolbox;

  // NPS groups: detractors red, passives amber, promoters green (each ≥ 3:1 against white; the table names them).
  var NPS_COLOURS = { detractor: '#b91c1c', passive: '#b45309', promoter: '#15803d' };

  // The legend sits under the plot and the axis names along their axes, so neither meets the other nor the
  // save tool in the top right corner.
  function axisName(name) {
    return { name: name, nameLocation: 'middle', nameGap: 44, nameRotate: 90, nameTextStyle: { fontSize: 12 } };
  }

  function trend(element, data) {
    var lows = data.lows.map(function (v) { return v === null ? '-' : v; });
    var widths = data.highs.map(function (v, i) {
      return v === null || data.lows[i] === null ? '-' : Math.round((v - data.lows[i]) * 100) / 100;
    });
    return {
      animation: false, toolbox: toolbox(element),
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0, left: 'center', data: [data.label, data.countAxis] },
      grid: { left: 56, right: 56, top: 36, bottom: 44, containLabel: true },
      xAxis: { type: 'category', data: data.periods },
      yAxis: [Object.assign({ type: 'value', scale: true }, axisName(data.valueAxis)),
        Object.assign({ type: 'value', splitLine: { show: false } }, axisName(data.countAxis))],
      series: [
        { name: 'low', type: 'line', data: lows, stack: 'band', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true },
        { name: data.bandLabel, type: 'line', data: widths, stack: 'band', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(15,118,110,0.15)' }, tooltip: { show: false }, silent: true },
        { name: data.label, type: 'line', data: data.values, connectNulls: false, symbolSize: 9,
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
        { name: designed, type: 'line', data: data.designed, lineStyle: { type: 'dashed', color: '#9ca3af' }, silent: true,
          itemStyle: { color: '#9ca3af' }, markPoint: { symbolSize: 40, label: { fontSize: 10 }, data: marks, silent: true } },
        { name: measured, type: 'line', data: data.measured, connectNulls: false, symbolSize: 10,
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
      series: [{ type: 'bar', data: data.bars.map(function (b) {
        return { value: b.percent, itemStyle: { color: NPS_COLOURS[b.group] || '#0f766e' } };
      }) }]
    };
  }

  // The link behind a clicked data point: trend and touchpoints carry a list parallel to their points, the
  // distribution one per bar.
  function responsesAt(kind, data, index) {
    var links = kind === 'distribution' ? data.bars.map(function (b) { return b.responses; }) : data.responses;
    return links && links[index] ? links[index] : null;
  }

  function onClick(chart, element, data) {
    var kind = element.getAttribute('data-kind');
    chart.on('click', function (params) {
      var link = responsesAt(kind, data, params.dataIndex);
      if (link) {
        window.location.assign(link);
      }
    });
    // A pointer only where a click leads somewhere.
    chart.on('mouseover', function (params) {
      chart.getZr().setCursorStyle(responsesAt(kind, data, params.dataIndex) ? 'pointer' : 'default');
    });
  }

  window.PeakXm.charts({ trend: trend, touchpoints: touchpoints, distribution: distribution });

  // The charts are drawn on DOMContentLoaded by the listener registered just above, so this one runs after it.
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-kind][data-chart][data-rendered]').forEach(function (element) {
      var chart = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(element);
      if (chart) {
        onClick(chart, element, JSON.parse(element.getAttribute('data-chart')));
      }
    });
  });
}());
