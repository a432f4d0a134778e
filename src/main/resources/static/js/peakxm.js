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
