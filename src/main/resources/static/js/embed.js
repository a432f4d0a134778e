// PeakXM survey embed: add to any web page
//   <script src="https://your-peakxm/js/embed.js" data-survey="LINK-ID" data-label="Feedback" data-lang="en" async></script>
// It shows a button; the button opens the survey in a panel (an iframe of the survey page, channel "embed").
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) { return; }
  var survey = script.getAttribute('data-survey');
  if (!survey || !/^[A-Za-z0-9]{1,32}$/.test(survey)) { return; }
  var base = new URL(script.src, window.location.href).origin;
  var lang = script.getAttribute('data-lang') === 'zh-CN' ? 'zh-CN' : 'en';
  var label = script.getAttribute('data-label') || (lang === 'zh-CN' ? '反馈' : 'Feedback');

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483000;padding:10px 16px;border:0;' +
    'border-radius:999px;background:#0f766e;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer;' +
    'box-shadow:0 4px 14px rgba(0,0,0,.2)';

  var panel = document.createElement('div');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', label);
  panel.style.cssText = 'position:fixed;right:16px;bottom:68px;z-index:2147483000;width:min(400px,calc(100vw - 32px));' +
    'height:min(640px,calc(100vh - 100px));border-radius:12px;overflow:hidden;background:#fff;display:none;' +
    'box-shadow:0 8px 30px rgba(0,0,0,.25)';
  var frame = null;

  button.addEventListener('click', function () {
    var open = panel.style.display === 'none';
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.src = base + '/s/' + encodeURIComponent(survey) + '?ch=embed&lang=' + lang;
      frame.title = label;
      frame.style.cssText = 'width:100%;height:100%;border:0';
      panel.appendChild(frame);
    }
    panel.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });

  document.body.appendChild(panel);
  document.body.appendChild(button);
})();
