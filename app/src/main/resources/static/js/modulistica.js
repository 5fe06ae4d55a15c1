// Enhancements only: every page works without this file.
(function () {
  'use strict';

  // Character counters for fields with a maximum length.
  document.querySelectorAll('[data-maxlength]').forEach(function (field) {
    var max = parseInt(field.getAttribute('data-maxlength'), 10);
    var counter = document.createElement('div');
    counter.className = 'char-counter';
    counter.setAttribute('aria-live', 'polite');
    var update = function () { counter.textContent = field.value.length + ' / ' + max; };
    field.insertAdjacentElement('afterend', counter);
    field.addEventListener('input', update);
    update();
  });

  // Warn before leaving a wizard step with unsaved changes; its own buttons save, so they do not warn.
  document.querySelectorAll('form.wizard-form').forEach(function (form) {
    var dirty = false;
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('change', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = form.getAttribute('data-unsaved-warning');
      }
    });
  });
})();
