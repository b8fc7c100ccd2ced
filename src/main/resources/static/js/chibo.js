/*
 * On every page. "Quay lại" links go back in the browser's history (their address is the start
 * page, for a browser without scripts). Signing out removes every draft kept in this browser, so
 * the next person at a shared computer never sees them.
 */
(function () {
  'use strict';
  document.querySelectorAll('a[data-back]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  });
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  document.querySelectorAll('form[data-sign-out]').forEach(function (form) {
    form.addEventListener('submit', function () {
      for (var i = localStorage.length - 1; i >= 0; i--) {
        var key = localStorage.key(i);
        if (key && key.indexOf('chibo-draft:') === 0) { localStorage.removeItem(key); }
      }
    });
  });
}());
