// Respondent page comfort: answers are kept in this browser while the respondent answers (so a reload, a lost
// connection or coming back later resumes where they were), and a progress line counts the visible questions
// answered. The saved answers are removed once the thank-you page is reached. Nothing here is needed to answer:
// without scripts the page works the same, only without these two aids.
(function () {
  'use strict';

  function storageKey(form) {
    return 'peakxm-draft-' + form.getAttribute('data-survey-id');
  }

  function save(form) {
    var entries = [];
    var data = new FormData(form);
    data.forEach(function (value, name) {
      if (name.indexOf('q.') === 0) { entries.push([name, value]); }
    });
    try { window.localStorage.setItem(storageKey(form), JSON.stringify({ at: Date.now(), entries: entries })); } catch (e) { }
  }

  function restore(form) {
    var saved;
    try { saved = JSON.parse(window.localStorage.getItem(storageKey(form)) || 'null'); } catch (e) { saved = null; }
    if (!saved || Date.now() - saved.at > 7 * 24 * 3600 * 1000) { return; }
    saved.entries.forEach(function (entry) {
      var fields = form.querySelectorAll('[name="' + entry[0].replace(/"/g, '') + '"]');
      for (var i = 0; i < fields.length; i++) {
        var field = fields[i];
        if (field.type === 'radio' || field.type === 'checkbox') {
          if (field.value === entry[1]) { field.checked = true; }
        } else if (field.value === '') {
          field.value = entry[1];
        }
      }
    });
  }

  function progress(form, line) {
    var questions = form.querySelectorAll('.question');
    var shown = 0;
    var answered = 0;
    for (var i = 0; i < questions.length; i++) {
      var q = questions[i];
      if (q.hidden) { continue; }
      shown++;
      var inputs = q.querySelectorAll('input, textarea, select');
      for (var j = 0; j < inputs.length; j++) {
        var input = inputs[j];
        var filled = (input.type === 'radio' || input.type === 'checkbox') ? input.checked && input.value !== '' : input.value !== '';
        if (filled && input.type !== 'hidden') { answered++; break; }
      }
    }
    line.textContent = (line.getAttribute('data-label') || '{0} / {1}').replace('{0}', answered).replace('{1}', shown);
    line.hidden = shown === 0;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var done = document.querySelector('[data-survey-done]');
    if (done) {
      try { window.localStorage.removeItem('peakxm-draft-' + done.getAttribute('data-survey-done')); } catch (e) { }
      return;
    }
    var form = document.querySelector('form[data-survey][data-survey-id]');
    if (!form || form.hasAttribute('data-kiosk-key')) { return; }
    var line = document.querySelector('[data-progress]');
    restore(form);
    form.dispatchEvent(new Event('change'));
    function update() { save(form); if (line) { progress(form, line); } }
    form.addEventListener('change', update);
    form.addEventListener('input', update);
    if (line) { window.setTimeout(function () { progress(form, line); }, 0); }
  });
})();
