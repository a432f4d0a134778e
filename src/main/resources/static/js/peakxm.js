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
    chart.setOption(build(element, JSON.parse(element.getAttribute('data-chart'))));
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-kind][data-chart]').forEach(draw);
  });
};
