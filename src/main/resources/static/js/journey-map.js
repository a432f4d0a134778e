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
    var reportedN = [];
    function word(value) { return words[String(value)] || String(value); }
    var option = {
      animation: false,
      grid: { left: 16, right: 24, top: 64, bottom: 16, containLabel: true },
      toolbox: { right: 8, top: 0, feature: { saveAsImage: { name: element.getAttribute('data-file-name') || 'journey-map',
        pixelRatio: 2, title: element.getAttribute('data-label-save') || 'Save as PNG' } } },
      tooltip: { trigger: 'item', formatter: function (p) {
        var i = p.data[0];
        var value = p.seriesIndex === 0 ? word(p.data[1])
          : (Math.round(p.data[1] * 100) / 100) + ' (n = ' + (reportedN[i] || 0) + ')';
        return escapeHtml((stageOf[i] ? stageOf[i] + ' · ' : '') + data.touchpoints[i]) + '<br>'
          + escapeHtml(p.seriesName + ': ' + value);
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
    };
    chart.setOption(option);
    window.PeakXm.describe(element, option);
    element.setAttribute('data-rendered', 'true');
    loadReports(element, chart, option, data, reportedN, null);
    loadWritten(element, chart, option, data);
    window.addEventListener('resize', function () { chart.resize(); });
    window.addEventListener('beforeprint', function () { chart.setOption({ toolbox: { show: false } }); chart.resize(); });
    window.addEventListener('afterprint', function () { chart.setOption({ toolbox: { show: true } }); chart.resize(); });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function fill(template, values) {
    return (template || '').replace(/\{(\w+)\}/g, function (m, key) {
      return values[key] !== undefined && values[key] !== null ? String(values[key]) : m;
    });
  }

  // What customers reported, from the metrics module's API (the journey module cannot read it itself): drawn as a
  // second line next to the designed one, with the survey, the period and n said in words under the chart.
  function loadReports(element, chart, option, data, reportedN, surveyId) {
    var url = element.getAttribute('data-reports-url');
    var note = document.querySelector('[data-reports-note]');
    if (!url || !note) { return; }
    if (surveyId) { url += '&survey=' + encodeURIComponent(surveyId); }
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (report) { showReports(element, chart, option, data, reportedN, report, note); })
      .catch(function () {
        note.textContent = element.getAttribute('data-text-unavailable');
        element.setAttribute('data-reports', 'unavailable');
      });
  }

  // What customers wrote, from the feedback module's API: the mean sentiment (−1…+1) of the clauses about each
  // touchpoint over the last 30 days, drawn on the designed scale (× 2, as ratings are), with the valley or peak in
  // words when the text shows one clearly.
  function loadWritten(element, chart, option, data) {
    var url = element.getAttribute('data-written-url');
    var note = document.querySelector('[data-written-note]');
    if (!url || !note) { return; }
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (curve) {
        var byId = {};
        curve.points.forEach(function (p) { byId[p.touchpointId] = p; });
        var points = data.ids.map(function (id, i) {
          var p = byId[id];
          return [i, !p || p.hidden ? '-' : Math.round(p.mean.value * 200) / 100];
        });
        var values = { from: curve.from, to: curve.to, n: curve.clauses, min: curve.minimumN,
          valley: curve.valley ? curve.valley.name[document.documentElement.lang.indexOf('zh') === 0 ? 'zh' : 'en'] || curve.valley.name.en : '',
          peak: curve.peak ? curve.peak.name[document.documentElement.lang.indexOf('zh') === 0 ? 'zh' : 'en'] || curve.peak.name.en : '' };
        if (curve.clauses === 0) {
          note.textContent = fill(element.getAttribute('data-written-none'), values);
          element.setAttribute('data-written', 'none');
          return;
        }
        var verdict = [];
        if (curve.valley && curve.valleyVersusRest.significant) { verdict.push(fill(element.getAttribute('data-written-valley'), values)); }
        if (curve.peak && curve.peakVersusRest.significant) { verdict.push(fill(element.getAttribute('data-written-peak'), values)); }
        if (verdict.length === 0) { verdict.push(element.getAttribute('data-written-flat')); }
        note.textContent = fill(element.getAttribute('data-written-summary'), values) + ' ' + verdict.join(' ');
        element.writtenSeries = { name: element.getAttribute('data-label-written') || 'Written', type: 'line', data: points,
          connectNulls: false, symbol: 'diamond', symbolSize: 8, lineStyle: { type: 'dotted', width: 2, color: '#6d28d9' },
          itemStyle: { color: '#6d28d9' } };
        option.series = option.series.concat([element.writtenSeries]);
        chart.setOption(option, true);
        window.PeakXm.describe(element, option);
        element.setAttribute('data-written', 'drawn');
      })
      .catch(function () { element.setAttribute('data-written', 'unavailable'); });
  }

  function showReports(element, chart, option, data, reportedN, report, note) {
    option.series = option.series.slice(0, 1).concat(element.writtenSeries ? [element.writtenSeries] : []);
    option.legend = undefined;
    reportedN.length = 0;
    chooser(element, chart, option, data, reportedN, report);
    if (!report.survey) {
      note.textContent = element.getAttribute('data-text-no-survey');
      element.setAttribute('data-reports', 'no-survey');
      chart.setOption(option, true);
      window.PeakXm.describe(element, option);
      return;
    }
    var byId = {};
    report.touchpoints.forEach(function (t) { byId[t.touchpointId] = t; });
    var points = [];
    var drawnN = [];
    var hidden = 0;
    data.ids.forEach(function (id, i) {
      var t = byId[id];
      if (!t) { return; }
      reportedN[i] = t.n;
      if (t.hidden || t.emotion === null || t.emotion === undefined) {
        if (t.n > 0) { hidden++; }
        points.push([i, '-']);
        return;
      }
      drawnN.push(t.n);
      points.push([i, t.emotion]);
    });
    var values = { survey: report.survey.title, from: report.from, to: report.to, min: report.minimumResponses,
      hidden: hidden, n: drawnN.length === 0 ? 0 : (Math.min.apply(null, drawnN) === Math.max.apply(null, drawnN)
        ? String(drawnN[0]) : Math.min.apply(null, drawnN) + '–' + Math.max.apply(null, drawnN)) };
    var text = drawnN.length === 0 ? fill(element.getAttribute('data-text-none'), values)
      : fill(element.getAttribute('data-text-summary'), values)
        + (hidden > 0 ? ' ' + fill(element.getAttribute('data-text-hidden'), values) : '');
    note.textContent = text + ' ';
    var link = document.createElement('a');
    link.href = element.getAttribute('data-dashboard-url') + '?survey=' + encodeURIComponent(report.survey.id);
    link.textContent = element.getAttribute('data-label-dashboard');
    note.appendChild(link);
    element.setAttribute('data-reports', drawnN.length === 0 ? 'none' : 'drawn');
    if (drawnN.length > 0) {
      var label = element.getAttribute('data-label-reported') || 'Reported';
      option.series.push({ name: label, type: 'line', data: points, connectNulls: false, symbolSize: 8,
        lineStyle: { width: 2, color: '#b45309' }, itemStyle: { color: '#b45309' } });
      option.legend = { top: 28, left: 'center', data: [option.series[0].name, label] };
    }
    chart.setOption(option, true);
    window.PeakXm.describe(element, option);
  }

  // Several surveys about the journey: the reader picks whose reports are drawn.
  function chooser(element, chart, option, data, reportedN, report) {
    var box = document.querySelector('[data-reports-choice]');
    if (!box || box.childElementCount > 0 || !report.surveys || report.surveys.length < 2) { return; }
    var label = document.createElement('label');
    label.setAttribute('for', 'reports-survey');
    label.textContent = element.getAttribute('data-label-survey') + ' ';
    var select = document.createElement('select');
    select.id = 'reports-survey';
    report.surveys.forEach(function (s) {
      var choice = document.createElement('option');
      choice.value = String(s.id);
      choice.textContent = s.title;
      choice.selected = report.survey && s.id === report.survey.id;
      select.appendChild(choice);
    });
    select.addEventListener('change', function () {
      loadReports(element, chart, option, data, reportedN, select.value);
    });
    box.appendChild(label);
    box.appendChild(select);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var elements = document.querySelectorAll('[data-chart]');
    for (var i = 0; i < elements.length; i++) {
      draw(elements[i]);
    }
  });
})();
