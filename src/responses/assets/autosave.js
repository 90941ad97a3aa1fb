// Saves the rater's answers as an encrypted draft while they type, and says so in the form's
// status line (role="status", so screen readers announce it). The form needs none of this:
// without JavaScript, "Save and finish later" posts the same fields.
(function () {
  'use strict';
  var DELAY_MS = 1200;
  var form = document.querySelector('form[data-autosave]');
  var status = document.getElementById('save-status');
  if (!form || !status || !window.fetch || !window.URLSearchParams || !window.FormData) return;
  var url = form.getAttribute('data-autosave');
  var timer = null;
  var saving = false;
  var pending = false;
  var lastSaved = fields();

  function fields() {
    return new URLSearchParams(new FormData(form)).toString();
  }

  function show(text, kind) {
    status.className = 'save-status ' + kind;
    status.textContent = text;
  }

  function clock() {
    return new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  function refusal(response) {
    return response.json().then(
      function (body) {
        return typeof body.message === 'string' ? body.message : 'the server said no (' + response.status + ')';
      },
      function () {
        return 'the server said no (' + response.status + ')';
      },
    );
  }

  function save() {
    timer = null;
    var body = fields();
    if (body === lastSaved) return;
    // One save at a time, so an older one never lands after a newer one.
    if (saving) {
      pending = true;
      return;
    }
    saving = true;
    fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    })
      .then(
        function (response) {
          if (response.ok) {
            lastSaved = body;
            show('Saved at ' + clock() + '. You can close this page and finish later from the link in your email.', 'saved');
            return;
          }
          return refusal(response).then(function (reason) {
            show('Not saved: ' + reason, 'unsaved');
          });
        },
        function () {
          show('Not saved: no connection. Your answers are still on this page; saving is tried again as you type.', 'unsaved');
        },
      )
      .then(function () {
        saving = false;
        if (pending) {
          pending = false;
          schedule();
        }
      });
  }

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, DELAY_MS);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
})();
