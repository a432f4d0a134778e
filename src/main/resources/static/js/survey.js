// Display logic on the respondent page: a question with a condition is shown only while the earlier answer
// matches. The server applies the same rules (answers to hidden questions are dropped), so this only helps
// the respondent; nothing depends on it. Loaded as a file: the Content-Security-Policy forbids inline scripts.
(function () {
  'use strict';

  function answers(form, key) {
    var values = [];
    var prefix = 'q.' + key;
    var inputs = form.querySelectorAll('[name="' + prefix + '"]');
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if ((input.type === 'radio' || input.type === 'checkbox') ? input.checked : input.value !== '') {
        values.push(input.value);
      }
    }
    return values;
  }

  function matches(form, element) {
    var key = element.getAttribute('data-cond-key');
    if (!key) { return true; }
    var earlier = form.querySelector('[data-key="' + key + '"]');
    if (earlier && earlier.hidden) { return false; }
    var given = answers(form, key);
    if (given.length === 0) { return false; }
    var op = element.getAttribute('data-cond-op');
    var wanted = (element.getAttribute('data-cond-values') || '').split(',');
    var number = parseFloat(given[0]);
    var threshold = parseFloat(wanted[0]);
    switch (op) {
      case 'ANSWERED': return true;
      case 'ANY_OF': return given.some(function (v) { return wanted.indexOf(v) >= 0; });
      case 'LESS_OR_EQUAL': return number <= threshold;
      case 'GREATER_OR_EQUAL': return number >= threshold;
      case 'EQUALS': return number === threshold;
      case 'NOT_EQUALS': return number !== threshold;
      default: return true;
    }
  }

  function update(form) {
    var conditional = form.querySelectorAll('[data-cond-key]');
    for (var i = 0; i < conditional.length; i++) {
      conditional[i].hidden = !matches(form, conditional[i]);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-survey]');
    if (!form) { return; }
    form.addEventListener('change', function () { update(form); });
    form.addEventListener('input', function () { update(form); });
    update(form);
  });
})();

// Ratings in the "stars" style light every star up to the chosen one, like a row of stars people know; the
// radio buttons underneath stay what is sent. Loaded as a file (strict Content-Security-Policy).
(function () {
  'use strict';

  function light(input) {
    var group = document.querySelectorAll('input[type=radio][name="' + input.name + '"]');
    var chosen = Number(input.value);
    for (var i = 0; i < group.length; i++) {
      var label = group[i].closest('label');
      if (label) {
        label.classList.toggle('lit', input.value !== '' && group[i].value !== '' && Number(group[i].value) <= chosen);
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var checked = document.querySelectorAll('.stars input[type=radio]:checked');
    for (var i = 0; i < checked.length; i++) { light(checked[i]); }
    document.addEventListener('change', function (event) {
      var input = event.target;
      if (input && input.type === 'radio' && input.closest('.stars')) { light(input); }
    });
  });
})();
