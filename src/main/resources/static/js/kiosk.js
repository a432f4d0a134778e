// Kiosk mode of the survey page (a shared tablet at a counter): answers are queued in the browser, sent with the
// device key, and kept while offline; the queue is replayed when the network is back. Each queued answer set
// carries its own page id (sid), so a replay after a lost acknowledgement never records a response twice.
(function () {
  'use strict';
  var KEY = 'peakxm-kiosk-queue';

  function load() {
    try { return JSON.parse(window.localStorage.getItem(KEY) || '[]'); } catch (e) { return []; }
  }

  function store(queue) {
    window.localStorage.setItem(KEY, JSON.stringify(queue));
  }

  function newSid() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-kiosk-key]');
    if (!form) { return; }
    var url = form.getAttribute('data-kiosk-url');
    var deviceKey = form.getAttribute('data-kiosk-key');
    var thanks = document.querySelector('[data-kiosk-thanks]');
    var pending = document.querySelector('[data-kiosk-queue]');
    var sending = false;

    function showPending() {
      var count = load().length;
      pending.hidden = count === 0;
      pending.textContent = (pending.getAttribute('data-label') || 'Waiting to send: {0}').replace('{0}', count);
    }

    function flush() {
      if (sending) { return; }
      var queue = load();
      if (queue.length === 0) { showPending(); return; }
      sending = true;
      var item = queue[0];
      fetch(url, { method: 'POST', headers: { 'X-Kiosk-Key': deviceKey,
        'Content-Type': 'application/x-www-form-urlencoded' }, body: item.body, credentials: 'omit' })
        .then(function (response) {
          // Sent, or refused for good (a bad answer set would never succeed): leave the queue either way.
          if (response.ok || (response.status >= 400 && response.status < 500)) {
            store(load().filter(function (q) { return q.sid !== item.sid; }));
          }
          sending = false;
          showPending();
          if (response.ok) { flush(); }
        })
        .catch(function () { sending = false; showPending(); });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var sidField = form.querySelector('input[name="sid"]');
      var data = new URLSearchParams(new FormData(form));
      var queue = load();
      queue.push({ sid: sidField.value, body: data.toString() });
      store(queue);
      form.reset();
      sidField.value = newSid();
      form.querySelector('input[name="started"]').value = String(Date.now());
      form.dispatchEvent(new Event('change'));
      thanks.hidden = false;
      window.setTimeout(function () { thanks.hidden = true; window.scrollTo(0, 0); }, 2500);
      showPending();
      flush();
    });

    window.addEventListener('online', flush);
    window.setInterval(flush, 15000);
    showPending();
    flush();
  });
})();
