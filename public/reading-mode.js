/*
 * 长辈模式: text size (标准 / 大 / 特大) and high contrast, remembered in localStorage.
 * A classic blocking script in <head>: it sets data-text and data-contrast on <html> before the
 * body is parsed, so the first paint already has the reader's choice. It then wires the header's
 * form. Plain ES5 for old WebViews; storage may be off (private mode), so every use is guarded.
 */
(function () {
  var KEY = 'hemei-reading';
  var root = document.documentElement;
  var choice = {};
  try {
    choice = JSON.parse(localStorage.getItem(KEY)) || {};
  } catch (e) {
    choice = {};
  }

  function apply() {
    if (choice.text === 'large' || choice.text === 'xlarge') root.setAttribute('data-text', choice.text);
    else root.removeAttribute('data-text');
    if (choice.contrast === 'high') root.setAttribute('data-contrast', 'high');
    else root.removeAttribute('data-contrast');
  }

  apply();
  // The control is shown only where this script runs (see .reading-mode in global.css).
  root.setAttribute('data-reading-mode', '');

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('reading-mode-form');
    if (!form) return;
    var fields = form.elements;
    fields.text.value = choice.text || 'standard';
    fields.contrast.checked = choice.contrast === 'high';
    form.addEventListener('change', function () {
      choice = { text: fields.text.value, contrast: fields.contrast.checked ? 'high' : '' };
      apply();
      try {
        localStorage.setItem(KEY, JSON.stringify(choice));
      } catch (e) {
        // Not remembered, but still applied to this page.
      }
    });
  });
})();
