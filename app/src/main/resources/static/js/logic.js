// JSONLogic as the server evaluates it (it.modulistica.engine.logic.Logic): json-logic-js with
// "var" by JSON pointer from the root of the data ("*" = the current row of that group, or the
// list of every row when there is none) and the platform's date operators. The shared table of
// cases (engine test resources, logic/cases.json) is run against both.
(function () {
  'use strict';
  var jsonLogic = window.jsonLogic;
  if (!jsonLogic) {
    return;
  }
  var context = { root: null, rows: [], today: null };
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

  var unescape = function (token) {
    return token.replace(/~1/g, '/').replace(/~0/g, '~');
  };

  var walk = function (node, tokens, index, row, found) {
    if (index === tokens.length) {
      found.push(node);
      return false;
    }
    var token = tokens[index];
    if (token === '*' && row >= context.rows.length) {
      if (Array.isArray(node)) {
        node.forEach(function (item) { walk(item, tokens, index + 1, row + 1, found); });
      }
      return true;
    }
    var next;
    var nextRow = row;
    if (token === '*') {
      next = Array.isArray(node) ? node[context.rows[row]] : undefined;
      nextRow++;
    } else if (Array.isArray(node)) {
      next = /^\d{1,9}$/.test(token) ? node[parseInt(token, 10)] : undefined;
    } else if (node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, token)) {
      next = node[token];
    }
    if (next === undefined) {
      return false;
    }
    return walk(next, tokens, index + 1, nextRow, found);
  };

  // The standard "var" of json-logic-js for names without a leading "/" (items of map, filter...).
  var relative = function (data, name, notFound) {
    if (typeof name === 'undefined' || name === '' || name === null) {
      return data;
    }
    var keys = String(name).split('.');
    for (var i = 0; i < keys.length; i++) {
      if (data === null || data === undefined) {
        return notFound;
      }
      data = data[keys[i]];
      if (data === undefined) {
        return notFound;
      }
    }
    return data;
  };

  jsonLogic.add_operation('var', function (name, fallback) {
    var notFound = fallback === undefined ? null : fallback;
    var path = name === null || name === undefined ? '' : String(name);
    if (path.charAt(0) !== '/') {
      return relative(this, name, notFound);
    }
    var found = [];
    var spread = walk(context.root, path.substring(1).split('/').map(unescape), 0, 0, found);
    if (spread) {
      return found;
    }
    return found.length ? found[0] : notFound;
  });

  var parseDay = function (value) {
    var match = typeof value === 'string' ? DAY.exec(value) : null;
    if (!match) {
      return null;
    }
    var y = +match[1];
    var m = +match[2];
    var d = +match[3];
    var date = new Date(Date.UTC(y, m - 1, d));
    date.setUTCFullYear(y);
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      return null;
    }
    return { y: y, m: m, d: d, time: date.getTime() };
  };

  var yearsBetween = function (from, to) {
    if (to.time < from.time) {
      return -yearsBetween(to, from);
    }
    var years = to.y - from.y;
    if (to.m < from.m || (to.m === from.m && to.d < from.d)) {
      years--;
    }
    return years;
  };

  var pad = function (n, width) {
    var text = String(n);
    while (text.length < width) {
      text = '0' + text;
    }
    return text;
  };

  jsonLogic.add_operation('today', function () {
    return context.today;
  });
  jsonLogic.add_operation('years_between', function (a, b) {
    var from = parseDay(a);
    var to = parseDay(b);
    return from && to ? yearsBetween(from, to) : null;
  });
  jsonLogic.add_operation('days_between', function (a, b) {
    var from = parseDay(a);
    var to = parseDay(b);
    return from && to ? Math.round((to.time - from.time) / 86400000) : null;
  });
  jsonLogic.add_operation('add_days', function (a, n) {
    var from = parseDay(a);
    var days = Number(n);
    if (!from || isNaN(days) || days !== Math.floor(days)) {
      return null;
    }
    var date = new Date(from.time + days * 86400000);
    return pad(date.getUTCFullYear(), 4) + '-' + pad(date.getUTCMonth() + 1, 2) + '-' + pad(date.getUTCDate(), 2);
  });

  window.ModulisticaLogic = {
    /** The value of an expression for the data, in the given rows, on the given day (YYYY-MM-DD). */
    evaluate: function (logic, root, rows, today) {
      var saved = context;
      context = { root: root, rows: rows || [], today: today };
      try {
        return jsonLogic.apply(logic, root);
      } finally {
        context = saved;
      }
    },
    holds: function (logic, root, rows, today) {
      return jsonLogic.truthy(this.evaluate(logic, root, rows, today));
    }
  };
}());
