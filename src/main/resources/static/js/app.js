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

  // An upload reloads the report's edit page. A form marked data-keeps-draft="<id of the report form>"
  // keeps that form's typed values (not yet saved) in this tab's sessionStorage as it is sent; the next
  // page puts them back if it shows the same report at the same version (data-draft-key), says so, and
  // forgets them either way. Saving stays the person's choice.
  var DRAFT = 'tracker-unsaved-draft';

  function draftFields(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || /^(hidden|file|submit|button|reset)$/.test(field.type)) {
        return;
      }
      if (field.type === 'radio' || field.type === 'checkbox') {
        if (field.checked) {
          fields[field.name] = field.value;
        }
      } else {
        fields[field.name] = field.value;
      }
    });
    return fields;
  }

  document.addEventListener('submit', function (event) {
    var draft = event.target.dataset && document.getElementById(event.target.dataset.keepsDraft || '');
    if (!draft || event.defaultPrevented) {
      return;
    }
    try {
      sessionStorage.setItem(DRAFT, JSON.stringify({ key: draft.dataset.draftKey, fields: draftFields(draft) }));
    } catch (storageUnavailable) {
      // private windows may refuse storage: the upload goes ahead as before
    }
  });

  (function restoreDraft() {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(DRAFT) || 'null');
      sessionStorage.removeItem(DRAFT);
    } catch (unreadable) {
      return;
    }
    var form = saved && Array.prototype.find.call(document.querySelectorAll('form[data-draft-key]'),
      function (candidate) { return candidate.dataset.draftKey === saved.key; });
    if (!form) {
      return;
    }
    var changed = false;
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || !Object.prototype.hasOwnProperty.call(saved.fields, field.name)) {
        return;
      }
      var value = saved.fields[field.name];
      if (field.type === 'radio' || field.type === 'checkbox') {
        if (field.value === value && !field.checked) {
          field.checked = true;
          changed = true;
        }
      } else if (field.value !== value) {
        field.value = value;
        changed = true;
      }
    });
    var note = document.querySelector('[data-draft-kept]');
    if (changed && note) {
      note.classList.remove('d-none');
    }
  })();
})();
