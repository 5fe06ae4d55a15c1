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

  // Conditional parts (x-visible-when) appear and disappear as the answers they depend on change,
  // without a save; a hidden part's fields are disabled, so they post nothing, as the server expects.
  // The conditions are JSONLogic, evaluated (logic.js) on the saved data with this step's answers
  // laid over it, each typed as its field declares.
  document.querySelectorAll('form.wizard-form').forEach(function (form) {
    var parts = form.querySelectorAll('[data-visible-when]');
    var step = form.querySelector('[data-logic-data]');
    if (parts.length === 0 || !step || !window.ModulisticaLogic) {
      return;
    }
    var saved = JSON.parse(step.getAttribute('data-logic-data') || '{}');
    var types = JSON.parse(step.getAttribute('data-field-types') || '{}');
    var today = step.getAttribute('data-today');
    var typed = function (type, text) {
      if (type === 'boolean') {
        return text === 'true' ? true : text === 'false' ? false : text;
      }
      if (type === 'number' || type === 'integer') {
        var number = Number(text.replace(',', '.'));
        return isNaN(number) ? text : number;
      }
      return type === 'string' ? text.trim() : text;
    };
    var put = function (data, pointer, value) {
      var tokens = pointer.substring(1).split('/');
      var node = data;
      for (var i = 0; i < tokens.length - 1; i++) {
        var key = tokens[i];
        if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
          node[key] = /^\d+$/.test(tokens[i + 1]) ? [] : {};
        }
        node = node[key];
      }
      var last = tokens[tokens.length - 1];
      if (value === undefined) {
        delete node[last];
      } else {
        node[last] = value;
      }
    };
    var answers = function () {
      var data = JSON.parse(JSON.stringify(saved));
      var values = {};
      form.querySelectorAll('[name^="/"]').forEach(function (field) {
        var name = field.name;
        var type = types[name.replace(/\/\d+(?=\/|$)/g, '/*')];
        if (!(name in values)) {
          values[name] = { type: type, value: undefined, list: [] };
        }
        if (field.disabled || field.type === 'file') {
          return;
        }
        var entry = values[name];
        if (type === 'array') {
          if (field.multiple) {
            Array.prototype.forEach.call(field.selectedOptions, function (option) { entry.list.push(option.value); });
          } else if (field.type === 'hidden' && field.value !== '') {
            entry.list.push(JSON.parse(field.value));
          } else if ((field.type !== 'checkbox' || field.checked) && field.value !== '') {
            entry.list.push(field.value);
          }
          entry.value = entry.list.length ? entry.list : undefined;
        } else if (field.type === 'radio' || field.type === 'checkbox') {
          if (field.checked) {
            entry.value = typed(type, field.value);
          }
        } else if (field.type !== 'hidden' || entry.value === undefined) {
          entry.value = field.value === '' ? undefined : typed(type, field.value);
        }
      });
      Object.keys(values).forEach(function (name) {
        put(data, name, values[name].value);
      });
      return data;
    };
    var refresh = function () {
      var data = answers();
      parts.forEach(function (part) {
        var logic = JSON.parse(part.getAttribute('data-visible-when'));
        var rows = JSON.parse(part.getAttribute('data-visible-rows') || '[]');
        part.hidden = !window.ModulisticaLogic.holds(logic, data, rows, today);
      });
      parts.forEach(function (part) {
        part.querySelectorAll('input, select, textarea, button').forEach(function (field) {
          field.disabled = field.closest('[hidden]') !== null;
        });
      });
    };
    ['change', 'input'].forEach(function (event) {
      form.addEventListener(event, function () {
        // Twice, so that a part depending on a part just hidden or shown follows it.
        refresh();
        refresh();
      });
    });
  });

  // Warn before leaving a wizard step with unsaved changes; its own buttons save, so they do not warn.
  // Changes are also saved in the background a few seconds after the user stops typing (autosave):
  // the server answers 204 when the draft took them, so nothing typed is lost with the window.
  document.querySelectorAll('form.wizard-form').forEach(function (form) {
    var dirty = false;
    var timer = null;
    var status = document.createElement('p');
    status.className = 'autosave-status small text-muted mt-2';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    form.appendChild(status);
    var autosave = function () {
      if (!dirty) {
        return;
      }
      // Files are uploaded by the step's own post; the background save sends the text fields only.
      var body = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (typeof value === 'string') {
          body.append(key, value);
        }
      });
      body.set('_move', 'autosave');
      dirty = false;
      fetch(form.getAttribute('action') || window.location.pathname, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: body
      }).then(function (response) {
        if (response.status === 204) {
          var now = new Date();
          status.textContent = (form.getAttribute('data-autosaved') || 'Bozza salvata alle') + ' '
            + String(now.getHours()).padStart(2, '0') + ':' + String(now.getMinutes()).padStart(2, '0');
        } else {
          dirty = true;
        }
      }).catch(function () { dirty = true; });
    };
    var changed = function () {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(autosave, 5000);
    };
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', function () { dirty = false; clearTimeout(timer); });
    window.addEventListener('beforeunload', function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = form.getAttribute('data-unsaved-warning');
      }
    });
  });

  // "+ Aggiungi ..." adds a row in the page: a copy of the last row, emptied and renumbered; "Rimuovi"
  // (the X at the top right of a row) takes a row out in the page and renumbers those after it. The
  // fields post like the server's rows; the limits of the group are checked by the server on save.
  var counters = function (root) {
    root.querySelectorAll('.char-counter').forEach(function (counter) { counter.remove(); });
    root.querySelectorAll('[data-maxlength]').forEach(function (field) {
      var max = parseInt(field.getAttribute('data-maxlength'), 10);
      var counter = document.createElement('div');
      counter.className = 'char-counter';
      counter.setAttribute('aria-live', 'polite');
      var update = function () { counter.textContent = field.value.length + ' / ' + max; };
      field.insertAdjacentElement('afterend', counter);
      field.addEventListener('input', update);
      update();
    });
  };
  var quote = function (text) { return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); };
  // Gives a row of a group the position index: pointers, names, ids and the legend's number follow.
  var renumberRow = function (group, row, index) {
    var from = row.getAttribute('data-pointer');
    var to = group.getAttribute('data-pointer') + '/' + index;
    var fromId = row.id;
    var toId = fromId.replace(/_\d+$/, '_' + index);
    if (from === to) {
      return;
    }
    var renumber = function (value) {
      return value.split(from + '/').join(to + '/').split(fromId + '_').join(toId + '_')
        .replace(new RegExp('^' + quote(from) + '$'), to)
        .replace(new RegExp('^' + quote(fromId) + '$'), toId)
        .replace(new RegExp('(^| )' + quote(fromId) + '-'), '$1' + toId + '-');
    };
    [row].concat(Array.prototype.slice.call(row.querySelectorAll('*'))).forEach(function (element) {
      ['id', 'name', 'for', 'href', 'aria-describedby', 'data-pointer', 'data-visible-when', 'value'].forEach(function (name) {
        if (element.hasAttribute(name) && !(name === 'value' && element.tagName !== 'BUTTON')
            && !(name === 'href' && element.tagName !== 'A')) {
          element.setAttribute(name, renumber(element.getAttribute(name)));
        }
      });
    });
    var legend = row.querySelector(':scope > legend');
    if (legend) {
      legend.textContent = legend.textContent.replace(/\d+\s*$/, String(index + 1));
    }
  };
  document.querySelectorAll('fieldset.repeatable-group').forEach(function (group) {
    var add = group.querySelector(':scope > button[name="_add"]');
    var rows = function () { return group.querySelectorAll(':scope > fieldset.repeatable-row'); };
    if (rows().length === 0 || group.querySelector('fieldset.repeatable-row fieldset.repeatable-group')) {
      return;
    }
    var minimum = parseInt(group.getAttribute('data-min-items') || '0', 10);
    var removeLabel = group.getAttribute('data-remove-label') || 'Rimuovi';
    // Every row gets its remove button; those are shown while the group has more rows than its minimum.
    var buttons = function () {
      var all = rows();
      all.forEach(function (row) {
        var remove = row.querySelector(':scope > button.row-remove');
        if (!remove) {
          remove = document.createElement('button');
          remove.type = 'submit';
          remove.name = '_remove';
          remove.value = row.getAttribute('data-pointer');
          remove.className = 'btn btn-outline-danger btn-sm row-remove';
          remove.setAttribute('formnovalidate', 'formnovalidate');
          remove.textContent = removeLabel;
          row.appendChild(remove);
        }
        remove.hidden = all.length <= minimum;
        var legend = row.querySelector(':scope > legend');
        var label = remove.querySelector('.visually-hidden') || remove.appendChild(document.createElement('span'));
        label.className = 'visually-hidden';
        label.textContent = legend ? ' ' + legend.textContent : '';
      });
    };
    group.addEventListener('click', function (event) {
      var remove = event.target.closest('button.row-remove');
      if (!remove || remove.parentElement.parentElement !== group) {
        return;
      }
      event.preventDefault();
      var row = remove.parentElement;
      var all = Array.prototype.slice.call(rows());
      if (all.length <= minimum) {
        return;
      }
      var index = all.indexOf(row);
      var focus = all[index + 1] || all[index - 1];
      row.remove();
      all.slice(index + 1).forEach(function (later, i) { renumberRow(group, later, index + i); });
      buttons();
      form(group).dispatchEvent(new Event('change', { bubbles: true }));
      var next = focus && focus.querySelector('input:not([type=hidden]), textarea, select');
      (next || add || group).focus();
    });
    var form = function (element) { return element.closest('form') || element; };
    buttons();
    if (!add) {
      return;
    }
    add.addEventListener('click', function (event) {
      event.preventDefault();
      var all = rows();
      var last = all[all.length - 1];
      var row = last.cloneNode(true);
      renumberRow(group, row, all.length);
      [row].concat(Array.prototype.slice.call(row.querySelectorAll('*'))).forEach(function (element) {
        element.classList.remove('is-invalid');
        element.removeAttribute('aria-invalid');
        if (element.hasAttribute('aria-describedby')) {
          var described = element.getAttribute('aria-describedby').split(' ')
            .filter(function (id) { return id && !/-error$/.test(id); }).join(' ');
          if (described) {
            element.setAttribute('aria-describedby', described);
          } else {
            element.removeAttribute('aria-describedby');
          }
        }
      });
      row.querySelectorAll('.invalid-feedback').forEach(function (feedback) { feedback.remove(); });
      row.querySelectorAll('input, textarea, select').forEach(function (field) {
        if (field.type === 'checkbox' || field.type === 'radio') {
          field.checked = false;
        } else if (field.type === 'hidden' && field.value === 'false') {
          return;
        } else if (field.tagName === 'SELECT') {
          field.selectedIndex = 0;
        } else {
          field.value = '';
        }
      });
      last.insertAdjacentElement('afterend', row);
      counters(row);
      buttons();
      var first = row.querySelector('input:not([type=hidden]), textarea, select');
      if (first) {
        first.focus();
      }
    });
  });

  // A field shown in error loses its red mark and message once changed to a value the page accepts
  // (required, length, pattern); the server checks it again on save. The summary drops its line.
  document.querySelectorAll('form.wizard-form').forEach(function (form) {
    var clear = function (event) {
      var field = event.target;
      if (!field.classList || !field.classList.contains('is-invalid') || !field.checkValidity()) {
        return;
      }
      var fields = field.name ? form.querySelectorAll('[name="' + CSS.escape(field.name) + '"]') : [field];
      fields.forEach(function (same) {
        same.classList.remove('is-invalid');
        same.removeAttribute('aria-invalid');
      });
      var id = field.closest('fieldset.choice-group') ? field.closest('fieldset.choice-group').id : field.id;
      var feedback = document.getElementById(id + '-error');
      if (feedback) {
        feedback.remove();
      }
      fields.forEach(function (same) {
        var described = (same.getAttribute('aria-describedby') || '').split(' ')
          .filter(function (ref) { return ref && ref !== id + '-error'; }).join(' ');
        if (described) {
          same.setAttribute('aria-describedby', described);
        } else {
          same.removeAttribute('aria-describedby');
        }
      });
      var summary = document.getElementById('wizard-errors');
      if (summary) {
        summary.querySelectorAll('a[href="#' + CSS.escape(id) + '"]').forEach(function (link) {
          link.closest('li').remove();
        });
        if (!summary.querySelector('li')) {
          summary.hidden = true;
        }
      }
    };
    form.addEventListener('input', clear);
    form.addEventListener('change', clear);
  });

  // Selects whose choices depend on other fields (Comune after Provincia) are refreshed without a
  // reload; when the request fails the list stays as it is and the next save refreshes it on the server.
  document.querySelectorAll('form[data-form] select[data-depends-on]').forEach(function (select) {
    var form = select.form;
    var pointers = select.getAttribute('data-depends-on').split(' ');
    var refresh = function () {
      var query = new URLSearchParams({ field: select.name });
      pointers.forEach(function (pointer) {
        var field = form.elements.namedItem(pointer);
        if (field && field.value) {
          query.append(pointer, field.value);
        }
      });
      fetch('/api/forms/' + encodeURIComponent(form.getAttribute('data-form')) + '/options?' + query,
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('Choices not available: ' + response.status);
          }
          return response.json();
        })
        .then(function (choices) {
          var current = select.value;
          var placeholder = select.querySelector('option[value=""]');
          select.replaceChildren();
          if (placeholder) {
            select.appendChild(placeholder);
          }
          choices.forEach(function (choice) {
            select.appendChild(new Option(choice.label, choice.value, false, choice.value === current));
          });
          if (select.value !== current) {
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }
        })
        .catch(function (error) { console.warn(error); });
    };
    pointers.forEach(function (pointer) {
      var field = form.elements.namedItem(pointer);
      if (field) {
        field.addEventListener('change', refresh);
      }
    });
  });

  // Actions open their confirmation dialog instead of the confirmation page.
  document.querySelectorAll('a.action-link[data-action]').forEach(function (link) {
    var dialog = document.getElementById('dialog-' + link.getAttribute('data-action'));
    if (!dialog || typeof dialog.showModal !== 'function') {
      return;
    }
    link.addEventListener('click', function (event) {
      event.preventDefault();
      dialog.showModal();
    });
    dialog.querySelector('.dialog-cancel').addEventListener('click', function () {
      dialog.close();
      link.focus();
    });
  });

  // A couple of minutes before the session expires, warn and offer to stay signed in.
  var timeout = parseInt(document.body.getAttribute('data-session-timeout'), 10);
  var warning = document.getElementById('session-warning');
  if (timeout > 0 && warning) {
    var status = document.getElementById('session-status');
    var lead = 120;
    var timer;
    var arm = function () {
      clearTimeout(timer);
      timer = setTimeout(function () { warning.hidden = false; }, Math.max(timeout - lead, 0) * 1000);
    };
    document.getElementById('session-stay').addEventListener('click', function () {
      fetch('/sessione', { credentials: 'same-origin' }).then(function (response) {
        if (response.ok && !response.redirected) {
          warning.hidden = true;
          status.textContent = status.getAttribute('data-renewed');
          arm();
        } else {
          window.location.reload();
        }
      });
    });
    arm();
  }
})();
