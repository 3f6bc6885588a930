/*
 * 长辈模式: text size (标准 / 大 / 特大) and high contrast, remembered in localStorage.
 * A classic blocking script in <head>: it sets data-text and data-contrast on <html> before the
 * body is parsed, so the first paint already has the reader's choice. It then wires the header's
 * form. ES5 and optional catch bindings (Chrome 66, iOS 11.3) for old WebViews; storage may be off (private mode), so every use is guarded.
 */
(function () {
  var KEY = 'hemei-reading';
  var root = document.documentElement;
  var choice = {};
  try {
    choice = JSON.parse(localStorage.getItem(KEY)) || {};
  } catch {
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
    var box = document.getElementById('reading-mode-options');
    if (!box) return;
    var size = box.querySelector(
      'input[name="text"][value="' + (root.getAttribute('data-text') || 'standard') + '"]',
    );
    var contrast = box.querySelector('input[name="contrast"]');
    if (size) size.checked = true;
    contrast.checked = choice.contrast === 'high';
    box.addEventListener('change', function () {
      var checked = box.querySelector('input[name="text"]:checked');
      choice = { text: checked ? checked.value : 'standard', contrast: contrast.checked ? 'high' : '' };
      apply();
      try {
        localStorage.setItem(KEY, JSON.stringify(choice));
      } catch {
        // Not remembered, but still applied to this page.
      }
    });
  });
})();
