/*
 * Nothing typed is lost: a form marked data-draft="key" keeps a copy of its text fields in the
 * browser while the user types. If the save does not go through (a lost connection, a session
 * that timed out and sent the user to the login page), the next visit offers the copy back.
 * A page that confirms the save (data-clear-draft="key") removes the copy. Drafts are kept under
 * the signed-in account (the page's chibo-account), and signing out removes them (chibo.js).
 */
(function () {
  'use strict';
  var account = document.querySelector('meta[name="chibo-account"]');
  var PREFIX = 'chibo-draft:' + (account ? account.getAttribute('content') : '') + ':';

  document.querySelectorAll('[data-clear-draft]').forEach(function (el) {
    localStorage.removeItem(PREFIX + el.getAttribute('data-clear-draft'));
  });

  var form = document.querySelector('form[data-draft]');
  if (!form) { return; }
  var key = PREFIX + form.getAttribute('data-draft');
  var fields = Array.prototype.slice.call(form.querySelectorAll('textarea, input[type=text]'));

  function snapshot() {
    var values = {};
    fields.forEach(function (field) { values[field.name] = field.value; });
    return values;
  }

  var saved = null;
  try { saved = JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { saved = null; }
  var current = snapshot();
  var differs = saved && Object.keys(saved.values || {}).some(function (name) {
    return Object.prototype.hasOwnProperty.call(current, name) && saved.values[name] !== current[name];
  });
  var banner = document.querySelector('[data-draft-banner]');
  if (differs && banner) {
    banner.classList.remove('d-none');
    banner.querySelector('[data-draft-restore]').addEventListener('click', function () {
      fields.forEach(function (field) {
        if (Object.prototype.hasOwnProperty.call(saved.values, field.name)) { field.value = saved.values[field.name]; }
      });
      banner.classList.add('d-none');
    });
    banner.querySelector('[data-draft-discard]').addEventListener('click', function () {
      localStorage.removeItem(key);
      banner.classList.add('d-none');
    });
  } else if (!differs) {
    localStorage.removeItem(key);
  }

  var timer = null;
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      localStorage.setItem(key, JSON.stringify({ at: Date.now(), values: snapshot() }));
    }, 400);
  });
  form.addEventListener('submit', function () {
    localStorage.setItem(key, JSON.stringify({ at: Date.now(), values: snapshot() }));
  });
}());
