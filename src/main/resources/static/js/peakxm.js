// PeakXM page behaviour. Loaded as a file: the Content-Security-Policy forbids inline scripts and handlers.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // <select class="autosubmit"> submits its form when changed (e.g. the workspace switcher).
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.classList && target.classList.contains('autosubmit') && target.form) {
      target.form.submit();
    }
  });

  // A file input with data-max-bytes refuses a larger file before the form is sent, with its data-too-large text
  // (the server would refuse it too, but only after the whole upload).
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input && input.type === 'file' && input.hasAttribute('data-max-bytes')) {
      var max = Number(input.getAttribute('data-max-bytes'));
      var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
      input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
      if (tooLarge) {
        input.reportValidity();
      }
    }
  });

  // Buttons with data-confirm ask before submitting.
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var message = submitter && submitter.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();

// Buttons with data-print open the browser's print dialog.
document.addEventListener('click', function (event) {
  var target = event.target;
  if (target && target.hasAttribute && target.hasAttribute('data-print')) {
    window.print();
  }
});

// Charts: a page script registers its chart builders by kind; each element with data-kind and data-chart (JSON
// written by the server) is drawn with Apache ECharts once the page has loaded, redrawn on resize, and marked
// data-rendered. Every chart gets the same "save as PNG" tool.
window.PeakXm = window.PeakXm || {};
window.PeakXm.toolbox = function (element) {
  return { right: 8, top: 0, feature: { saveAsImage: { name: element.getAttribute('data-file-name') || 'peakxm',
    pixelRatio: 2, title: element.getAttribute('data-label-save') || 'Save as PNG' } } };
};
window.PeakXm.charts = function (builders) {
  function draw(element) {
    var build = builders[element.getAttribute('data-kind')];
    if (!build || typeof echarts === 'undefined') {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var option = build(element, JSON.parse(element.getAttribute('data-chart')));
    chart.setOption(option);
    window.PeakXm.describe(element, option);
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-kind][data-chart]').forEach(draw);
  });
};

// A chart is a picture to screen readers: it gets role="img", a name (data-label-chart, else the heading of its
// section) and, in a visually hidden paragraph it points to with aria-describedby, its figures in words — each
// series with its points, labelled as the axis labels them (at most 60 points a series).
window.PeakXm.describe = function (element, option) {
  function first(value) { return Array.isArray(value) ? value[0] : value; }
  function number(v) { return typeof v === 'number' ? String(Math.round(v * 100) / 100) : (v === null || v === undefined ? '–' : String(v)); }
  var xAxis = first(option.xAxis) || {};
  var yAxis = first(option.yAxis) || {};
  var categories = xAxis.data || yAxis.data || null;
  var formatter = xAxis.axisLabel && typeof xAxis.axisLabel.formatter === 'function' ? xAxis.axisLabel.formatter : null;
  function labelOf(point, index) {
    if (point && typeof point === 'object' && !Array.isArray(point) && point.name) { return String(point.name); }
    if (Array.isArray(point) && formatter) { return String(formatter(point[0]) || point[0]); }
    if (categories && categories[index] !== undefined) {
      var c = categories[index];
      return String(c && typeof c === 'object' ? c.value : c);
    }
    return String(index + 1);
  }
  function valueOf(point) {
    if (point && typeof point === 'object' && !Array.isArray(point)) { point = point.value; }
    if (Array.isArray(point)) { return point.length > 1 ? number(point[1]) : number(point[0]); }
    return number(point);
  }
  var lines = [];
  (Array.isArray(option.series) ? option.series : [option.series]).forEach(function (series) {
    if (!series || !Array.isArray(series.data) || series.data.length === 0) { return; }
    var points = series.data.slice(0, 60).map(function (point, i) { return labelOf(point, i) + ': ' + valueOf(point); });
    lines.push((series.name ? series.name + ' — ' : '') + points.join('; ') + (series.data.length > 60 ? '; …' : '') + '.');
  });
  var section = element.closest('section, .card, article');
  var heading = section && section.querySelector('h2, h3');
  var name = element.getAttribute('data-label-chart') || (heading && heading.textContent.trim()) || document.title;
  if (!element.id) { element.id = 'chart-' + Math.random().toString(36).slice(2); }
  var summary = document.getElementById(element.id + '-summary');
  if (!summary) {
    summary = document.createElement('p');
    summary.className = 'sr-only';
    summary.id = element.id + '-summary';
    element.insertAdjacentElement('afterend', summary);
  }
  summary.textContent = lines.join(' ');
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', name);
  element.setAttribute('aria-describedby', summary.id);
};

// Scrolled boxes (a wide table on a narrow screen) can be scrolled with the keyboard: they take focus while their
// content is wider than they are.
(function () {
  function focusable() {
    document.querySelectorAll('.map-scroll, .table-scroll, .table').forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible';
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('data-scroll-focus', '');
      }
      else if (!scrolls && box.hasAttribute('data-scroll-focus')) {
        box.removeAttribute('tabindex');
        box.removeAttribute('data-scroll-focus');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', focusable);
  window.addEventListener('resize', focusable);
})();
