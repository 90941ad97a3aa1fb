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
  // The words come with the page, in the rater's language: "Saved at {time}…", "Not saved: {reason}".
  var say = function (name, values) {
    return (status.getAttribute('data-' + name) || '').replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : whole;
    });
  };
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
    return new Date().toLocaleTimeString(document.documentElement.lang || [], { hour: '2-digit', minute: '2-digit' });
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
            show(say('saved', { time: clock() }), 'saved');
            return;
          }
          return refusal(response).then(function (reason) {
            show(say('not-saved', { reason: reason }), 'unsaved');
          });
        },
        function () {
          show(say('offline', {}), 'unsaved');
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
