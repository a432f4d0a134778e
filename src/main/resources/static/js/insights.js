// Draws the insight charts with Apache ECharts: the emotional curve with its quartile band and designed emotion,
// the peak-end and mean-only models' standardized weights with bootstrap intervals, the key drivers' shares of R²
// with intervals, and the importance-performance matrix. Data comes from data-chart attributes written by the
// server (no inline script, strict Content-Security-Policy); labels come from data-label-* attributes. Names are
// data: tooltips escape them. Every chart can be saved as PNG.
(function () {
  'use strict';

  var BRAND = '#0f766e';
  var MUTED = '#9ca3af';
  var ACCENT = '#f59e0b';
  var DANGER = '#b91c1c';

  function label(element, name, fallback) {
    return element.getAttribute('data-label-' + name) || fallback;
  }

  function esc(text) {
    return echarts.format.encodeHTML(text === null || text === undefined ? '' : String(text));
  }

  function fixed(value, digits) {
    return value === null || value === undefined ? '–' : Number(value).toFixed(digits);
  }

  var toolbox = window.PeakXm.toolbox;


  // A whisker from low to high at each category, for a bar chart (vertical bars, or horizontal when 'horizontal').
  function whiskers(bars, horizontal, xAxisIndex, yAxisIndex) {
    return {
      type: 'custom', silent: true, z: 5, xAxisIndex: xAxisIndex || 0, yAxisIndex: yAxisIndex || 0,
      data: bars.map(function (b, i) { return [i, b.low, b.high]; }).filter(function (d) { return d[1] !== null && d[2] !== null; }),
      renderItem: function (params, api) {
        var category = api.value(0);
        var low = horizontal ? api.coord([api.value(1), category]) : api.coord([category, api.value(1)]);
        var high = horizontal ? api.coord([api.value(2), category]) : api.coord([category, api.value(2)]);
        var cap = (horizontal ? api.size([0, 1])[1] : api.size([1, 0])[0]) * 0.15;
        var style = { stroke: '#374151', lineWidth: 1.5 };
        function line(x1, y1, x2, y2) { return { type: 'line', shape: { x1: x1, y1: y1, x2: x2, y2: y2 }, style: style }; }
        return { type: 'group', children: horizontal ? [
          line(low[0], low[1], high[0], high[1]),
          line(low[0], low[1] - cap, low[0], low[1] + cap),
          line(high[0], high[1] - cap, high[0], high[1] + cap)
        ] : [
          line(low[0], low[1], high[0], high[1]),
          line(low[0] - cap, low[1], low[0] + cap, low[1]),
          line(high[0] - cap, high[1], high[0] + cap, high[1])
        ] };
      }
    };
  }

  function curve(element, data) {
    var measured = label(element, 'measured', 'Measured mean');
    var band = label(element, 'band', 'Lower to upper quartile');
    var designed = label(element, 'designed', 'Designed emotion');
    var written = label(element, 'written', 'What customers wrote');
    var marks = [];
    if (data.peak !== null && data.peak !== undefined) {
      marks.push({ coord: [data.peak, data.mean[data.peak]], symbol: 'triangle', symbolSize: 16,
        itemStyle: { color: ACCENT }, label: { show: true, position: 'top', formatter: label(element, 'peak', 'High point'), color: '#92400e' } });
    }
    if (data.trough !== null && data.trough !== undefined) {
      marks.push({ coord: [data.trough, data.mean[data.trough]], symbol: 'triangle', symbolRotate: 180, symbolSize: 16,
        itemStyle: { color: DANGER }, label: { show: true, position: 'bottom', formatter: label(element, 'trough', 'Low point'), color: DANGER } });
    }
    var widths = data.upper.map(function (v, i) {
      return v === null || data.lower[i] === null ? '-' : Math.round((v - data.lower[i]) * 1000) / 1000;
    });
    return {
      animation: false, toolbox: toolbox(element),
      tooltip: { trigger: 'axis', formatter: function (items) {
        var i = items[0].dataIndex;
        return '<strong>' + esc(data.touchpoints[i]) + '</strong> · ' + esc(data.stages[i]) + '<br>'
          + esc(measured) + ': ' + fixed(data.mean[i], 2) + ' (' + fixed(data.lower[i], 1) + ' … ' + fixed(data.upper[i], 1) + ')<br>'
          + esc(designed) + ': ' + fixed(data.designed[i], 2) + '<br>'
          + (data.written && data.written[i] !== null ? esc(written) + ': ' + fixed(data.written[i], 2) + '<br>' : '')
          + 'n = ' + data.counts[i] + ' · ▲ ' + fixed(data.peakShares[i], 0) + ' % · ▼ ' + fixed(data.troughShares[i], 0) + ' %';
      } },
      legend: { top: 0, left: 0, data: data.written ? [measured, band, designed, written] : [measured, band, designed] },
      grid: { left: 16, right: 24, top: 48, bottom: 16, containLabel: true },
      xAxis: { type: 'category', data: data.touchpoints, boundaryGap: true,
        axisLabel: { rotate: 35, fontSize: 11, interval: 0, width: 140, overflow: 'truncate' } },
      yAxis: { type: 'value', min: -1, max: 1, interval: 0.5 },
      series: [
        // stackStrategy 'all': a band from a negative lower quartile up must stack across zero.
        { name: 'lower', type: 'line', data: data.lower, stack: 'band', stackStrategy: 'all', symbol: 'none',
          lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: band, type: 'line', data: widths, stack: 'band', stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(15,118,110,0.15)' }, itemStyle: { color: 'rgba(15,118,110,0.3)' } },
        { name: designed, type: 'line', data: data.designed, symbol: 'emptyCircle', symbolSize: 6,
          lineStyle: { type: 'dashed', color: MUTED }, itemStyle: { color: MUTED } },
        { name: measured, type: 'line', data: data.mean, connectNulls: false, symbolSize: 8, z: 4,
          lineStyle: { width: 3, color: BRAND }, itemStyle: { color: BRAND }, markPoint: { data: marks } }
      ].concat(data.written ? [{ name: written, type: 'line', data: data.written.map(function (v) { return v === null ? '-' : v; }),
        connectNulls: false, symbol: 'diamond', symbolSize: 8, lineStyle: { type: 'dotted', width: 2, color: '#6d28d9' },
        itemStyle: { color: '#6d28d9' } }] : [])
    };
  }

  function peakEnd(element, data) {
    var peakEndName = label(element, 'peak-end', 'Peak-end model');
    var meanOnlyName = label(element, 'mean-only', 'Mean-only model');
    var meanOnly = data.meanOnly.filter(function (b) { return b.value !== null; });
    var values = [];
    data.peakEnd.concat(meanOnly).forEach(function (b) { values.push(b.value, b.low, b.high); });
    values = values.filter(function (v) { return v !== null; });
    var max = Math.ceil(Math.max.apply(null, values.concat([0.1])) * 10) / 10;
    var min = Math.floor(Math.min.apply(null, values.concat([0])) * 10) / 10;
    function bars(list) {
      return list.map(function (b) {
        // Grey: an interval that includes 0; light: a weight without an interval (the mean-only model).
        return { value: b.value, itemStyle: { color: b.low === null ? '#5eaaa3' : (b.strong ? BRAND : MUTED) } };
      });
    }
    function tip(list) {
      return function (item) {
        var b = list[item.dataIndex];
        return '<strong>' + esc(b.label) + '</strong><br>' + esc(label(element, 'weight', 'Standardized weight')) + ': '
          + fixed(b.value, 2) + (b.low === null ? '' : '<br>' + esc(label(element, 'interval', '95 % interval')) + ': '
          + fixed(b.low, 2) + ' – ' + fixed(b.high, 2));
      };
    }
    return {
      animation: false, toolbox: toolbox(element),
      title: [{ text: peakEndName, left: '2%', top: 4, textStyle: { fontSize: 13 } },
        { text: meanOnlyName, left: '72%', top: 4, textStyle: { fontSize: 13 } }],
      tooltip: { trigger: 'item' },
      grid: [{ left: '2%', width: '64%', top: 44, bottom: 16, containLabel: true },
        { left: '72%', width: '24%', top: 44, bottom: 16, containLabel: true }],
      xAxis: [{ type: 'category', gridIndex: 0, data: data.peakEnd.map(function (b) { return b.label; }) },
        { type: 'category', gridIndex: 1, data: meanOnly.map(function (b) { return b.label; }) }],
      yAxis: [{ type: 'value', gridIndex: 0, min: min, max: max }, { type: 'value', gridIndex: 1, min: min, max: max }],
      series: [
        { name: peakEndName, type: 'bar', xAxisIndex: 0, yAxisIndex: 0, barWidth: '45%', data: bars(data.peakEnd),
          tooltip: { formatter: tip(data.peakEnd) } },
        whiskers(data.peakEnd, false, 0, 0),
        { name: meanOnlyName, type: 'bar', xAxisIndex: 1, yAxisIndex: 1, barWidth: '45%', data: bars(meanOnly),
          tooltip: { formatter: tip(meanOnly) } },
        whiskers(meanOnly, false, 1, 1)
      ]
    };
  }

  function drivers(element, data) {
    var noise = label(element, 'noise', 'not above noise');
    var names = data.bars.map(function (b) { return b.label; });
    var highest = Math.max.apply(null, data.bars.map(function (b) { return b.high === null ? b.value || 0 : b.high; }).concat([1]));
    return {
      animation: false, toolbox: toolbox(element),
      tooltip: { trigger: 'item', formatter: function (item) {
        var b = data.bars[item.dataIndex];
        return '<strong>' + esc(b.label) + '</strong><br>' + esc(label(element, 'share', 'Share of R²')) + ': '
          + fixed(b.value, 1) + ' %<br>' + esc(label(element, 'interval', '95 % interval')) + ': ' + fixed(b.low, 1)
          + ' – ' + fixed(b.high, 1) + ' %' + (b.strong ? '' : '<br><em>' + esc(noise) + '</em>');
      } },
      grid: { left: 16, right: 32, top: 16, bottom: 16, containLabel: true },
      xAxis: { type: 'value', name: '%', min: 0, max: Math.ceil(highest / 5) * 5 },
      yAxis: { type: 'category', inverse: true, data: names, axisLabel: {
        formatter: function (value, index) {
          // Braces and bars would be read as rich-text markup.
          return data.bars[index].strong ? value : '{noise|' + String(value).replace(/[{}|]/g, ' ') + ' (' + noise + ')}';
        },
        rich: { noise: { color: MUTED, fontStyle: 'italic' } }
      } },
      series: [
        { type: 'bar', barWidth: '60%', data: data.bars.map(function (b) {
          return { value: b.value, itemStyle: { color: b.strong ? BRAND : '#d1d5db' } };
        }) },
        whiskers(data.bars, true)
      ]
    };
  }

  var QUADRANT_COLORS = { CONCENTRATE_HERE: DANGER, KEEP_UP: BRAND, LOW_PRIORITY: MUTED, POSSIBLE_OVERKILL: ACCENT };

  function matrix(element, data) {
    var performance = data.points.map(function (p) { return p.performance; }).filter(function (v) { return v !== null; });
    var importance = data.points.map(function (p) { return p.importance; }).filter(function (v) { return v !== null; });
    var xMin = Math.floor((Math.min.apply(null, performance.concat([data.performanceSplit])) - 0.1) * 10) / 10;
    var xMax = Math.ceil((Math.max.apply(null, performance.concat([data.performanceSplit])) + 0.1) * 10) / 10;
    var highest = Math.max.apply(null, importance.concat([data.importanceSplit * 2, 1]));
    var lowest = Math.min.apply(null, importance.concat([data.importanceSplit]));
    // One dominant driver squeezes all others onto the floor of a linear axis: spread them on a log axis then.
    var log = lowest > 0 && highest / lowest >= 8;
    var yMin = log ? Math.pow(10, Math.floor(Math.log10(lowest))) : 0;
    var yMax = log ? Math.pow(10, Math.ceil(Math.log10(highest * 1.1))) : Math.ceil(highest * 1.1);
    var importanceName = label(element, 'importance', 'Importance') + (log ? ' · ' + label(element, 'log', 'log scale') : '');
    function area(name, x1, y1, x2, y2, position, color) {
      return [{ name: label(element, name, name), xAxis: x1, yAxis: y1, itemStyle: { color: color },
        label: { position: position, color: '#374151', fontWeight: 600 } }, { xAxis: x2, yAxis: y2 }];
    }
    return {
      animation: false, toolbox: toolbox(element),
      tooltip: { trigger: 'item', formatter: function (item) {
        var p = data.points[item.dataIndex];
        return '<strong>' + esc(p.name) + '</strong><br>' + esc(label(element, 'performance', 'Performance')) + ': '
          + fixed(p.performance, 2) + '<br>' + esc(label(element, 'importance', 'Importance')) + ': ' + fixed(p.importance, 1);
      } },
      grid: { left: 24, right: 32, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'value', name: label(element, 'performance', 'Performance'), nameLocation: 'middle', nameGap: 28,
        min: xMin, max: xMax, splitLine: { show: false } },
      yAxis: { type: log ? 'log' : 'value', logBase: 10, name: importanceName, nameLocation: 'middle', nameGap: 36,
        min: yMin, max: yMax, splitLine: { show: false } },
      series: [{
        type: 'scatter', symbolSize: 12,
        data: data.points.map(function (p) {
          return { name: p.name, value: [p.performance, p.importance], itemStyle: { color: QUADRANT_COLORS[p.quadrant] } };
        }),
        label: { show: true, position: 'right', formatter: '{b}', fontSize: 11, color: '#1f2937' },
        labelLayout: { moveOverlap: 'shiftY' },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#6b7280' }, label: { show: false },
          data: [{ xAxis: data.performanceSplit }, { yAxis: data.importanceSplit }] },
        markArea: { silent: true, data: [
          area('concentrate-here', xMin, data.importanceSplit, data.performanceSplit, yMax, 'insideTopLeft', 'rgba(185,28,28,0.07)'),
          area('keep-up', data.performanceSplit, data.importanceSplit, xMax, yMax, 'insideTopRight', 'rgba(15,118,110,0.07)'),
          area('low-priority', xMin, yMin, data.performanceSplit, data.importanceSplit, 'insideBottomLeft', 'rgba(107,114,128,0.05)'),
          area('possible-overkill', data.performanceSplit, yMin, xMax, data.importanceSplit, 'insideBottomRight', 'rgba(245,158,11,0.07)')
        ] }
      }]
    };
  }

  window.PeakXm.charts({ curve: curve, peakEnd: peakEnd, drivers: drivers, matrix: matrix });
}());
