// Small behaviours without inline scripts, so that the Content-Security-Policy can forbid them.
(function () {
  'use strict';

  // Ask before an irreversible action: a form, or the button that submits it, carries data-confirm.
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var message = (button && button.dataset.confirm) || event.target.dataset.confirm;
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // A checkbox marked data-select-all="name" ticks or clears every enabled checkbox of that name in its form;
  // with data-select-group="g" too, only those marked data-group="g" (one group of a list).
  document.addEventListener('change', function (event) {
    var all = event.target;
    if (all.matches('input[data-select-all]')) {
      var group = all.dataset.selectGroup ? '[data-group="' + all.dataset.selectGroup + '"]' : '';
      all.form.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]' + group + ':not(:disabled)')
        .forEach(function (box) { box.checked = all.checked; });
      if (!group) {
        all.form.querySelectorAll('input[type=checkbox][data-select-group]')
          .forEach(function (box) { box.checked = all.checked; });
      }
    }
  });

  // A select marked data-autosubmit reloads its form's page when its value changes (e.g. the month).
  document.addEventListener('change', function (event) {
    if (event.target.matches('select[data-autosubmit]')) {
      event.target.form.requestSubmit();
    }
  });
})();
