(function () {
  'use strict';
  // The quotes and speakers tables are drawn from the report-data block one page at a time: thousands
  // of rows in the document take seconds to parse and lay out, one page takes milliseconds. Every field
  // is set as text, never as markup.
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var quotes = data.quotes;
  var speaker = document.getElementById('f-speaker');
  var kind = document.getElementById('f-kind');
  var text = document.getElementById('f-text');
  var size = document.getElementById('f-size');
  var count = document.getElementById('f-count');

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function add(parent, tag, className, content) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (content !== undefined) { element.textContent = content; }
    parent.appendChild(element);
    return element;
  }

  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') { return a - b; }
    var na = Number(a), nb = Number(b);
    if (a !== '' && b !== '' && !isNaN(na) && !isNaN(nb)) { return na - nb; }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  // Empty values (no date, no speaker) stay at the bottom in both directions; ties keep their order.
  function sortList(list, dir) {
    list.sort(function (x, y) {
      if ((x.v === '') !== (y.v === '')) { return x.v === '' ? 1 : -1; }
      return (dir === 'ascending' ? compare(x.v, y.v) : compare(y.v, x.v)) || x.i - y.i;
    });
  }

  function nextDirection(th) {
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', dir);
    return dir;
  }

  // One table drawn a page at a time from items: sorted by its header buttons (sortKeys[column]),
  // filtered by keep(item), turned by the .pager buttons of its section. current is the row a link chose.
  function pagedTable(table, items, sortKeys, drawRow, pageSize) {
    var pagers = Array.prototype.slice.call(table.closest('section').querySelectorAll('.pager'));
    var view = { order: items.map(function (x, i) { return i; }), shown: [], page: 0, current: -1, keep: null };

    function pageCount() { return Math.max(1, Math.ceil(view.shown.length / pageSize())); }

    view.filter = function (keep) {
      if (keep !== undefined) { view.keep = keep; }
      view.shown = view.keep ? view.order.filter(function (i) { return view.keep(items[i]); }) : view.order.slice();
    };

    view.draw = function () {
      view.page = Math.min(Math.max(view.page, 0), pageCount() - 1);
      var from = view.page * pageSize(), rows = document.createDocumentFragment();
      view.shown.slice(from, from + pageSize()).forEach(function (i) {
        var tr = drawRow(items[i], i);
        if (i === view.current) { tr.className = 'current'; tr.tabIndex = -1; }
        rows.appendChild(tr);
      });
      table.tBodies[0].textContent = '';
      table.tBodies[0].appendChild(rows);
      var status = view.shown.length === 0
        ? 'No row to show'
        : 'Page ' + (view.page + 1) + ' of ' + pageCount() + ' (rows ' + (from + 1) + '\u2013'
          + Math.min(from + pageSize(), view.shown.length) + ')';
      pagers.forEach(function (pager) {
        pager.querySelector('.p-status').textContent = status;
        Array.prototype.forEach.call(pager.querySelectorAll('button'), function (button) {
          var go = button.getAttribute('data-go');
          button.disabled = (go === 'first' || go === 'prev') ? view.page === 0 : view.page >= pageCount() - 1;
        });
      });
    };

    // Shows item i on its page in the current sort; false when the filter hides it.
    view.show = function (i) {
      var at = view.shown.indexOf(i);
      if (at < 0) { return false; }
      view.current = i;
      view.page = Math.floor(at / pageSize());
      view.draw();
      return true;
    };

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.querySelector('button.sort').addEventListener('click', function () {
        var dir = nextDirection(th), key = sortKeys[th.cellIndex];
        var list = items.map(function (x, i) { return { i: i, v: key(x, i) }; });
        sortList(list, dir);
        view.order = list.map(function (x) { return x.i; });
        view.filter();
        view.page = 0;
        view.draw();
      });
    });
    pagers.forEach(function (pager) {
      pager.addEventListener('click', function (e) {
        var go = e.target.getAttribute && e.target.getAttribute('data-go');
        if (!go) { return; }
        view.page = go === 'first' ? 0 : go === 'prev' ? view.page - 1 : go === 'next' ? view.page + 1 : pageCount() - 1;
        view.draw();
      });
    });
    view.filter();
    return view;
  }

  function speakerCell(td, q) {
    if (!q.speaker) { add(td, 'em', 'none', 'no speaker'); return; }
    td.appendChild(document.createTextNode(q.speaker));
    if (q.position) { add(td, 'br'); add(td, 'span', 'position', q.position); }
  }

  function contextCell(td, q) {
    q.context.forEach(function (segment) {
      var kindOf = segment[0], words = segment[1];
      if (kindOf === 's') { add(td, 'mark', '', words === undefined ? q.text : words); }
      else if (kindOf === 'm') { add(td, 'strong', 'mention', words); }
      else if (kindOf === 'c') { add(td, 'span', 'cut', '\u2026').setAttribute('aria-label', 'text left out'); }
      else { td.appendChild(document.createTextNode(words)); }
    });
  }

  function ruleCell(td, q) {
    if (q.rule) { add(td, 'code', '', q.rule); } else { add(td, 'em', 'none', 'none'); }
    if (q.cue) {
      add(td, 'br');
      add(add(td, 'span', 'cue', 'cue '), 'em', '', q.cue);
    }
    if (q.addressee) { add(td, 'br'); add(td, 'span', 'cue', 'to ' + q.addressee); }
  }

  // The quote column: the article's title (cut to the column by the stylesheet) and the statement's
  // number, or the short id when the article has no title; the whole id and the origin on hover.
  function quoteLabel(parent, q) {
    var title = data.articles[q.article].title, label = add(parent, 'span', 'qid');
    label.title = q.origin ? q.quote_id + '\n' + q.origin : q.quote_id;
    if (!title) { label.textContent = q.short_id; return label; }
    add(label, 'span', 'atitle', title);
    add(label, 'span', 'n', q.quote_id.slice(q.quote_id.lastIndexOf('#')));
    return label;
  }

  function quoteRow(q, i) {
    var tr = document.createElement('tr');
    tr.id = 'q-' + (i + 1);
    tr.setAttribute('data-i', String(i));
    tr.setAttribute('data-speaker', q.speaker_key);
    tr.setAttribute('data-kind', q.kind);
    quoteLabel(add(tr, 'td'), q);
    add(tr, 'td', 'date', q.date);
    speakerCell(add(tr, 'td'), q);
    add(tr, 'td', '', q.kind);
    contextCell(add(tr, 'td', 'ctx'), q);
    ruleCell(add(tr, 'td'), q);
    add(tr, 'td', 'num', q.confidence.toFixed(2));
    return tr;
  }

  function speakerRow(s) {
    var tr = document.createElement('tr');
    var th = add(tr, 'th');
    th.scope = 'row';
    var who = add(th, 'a', 'who', s.name);
    who.href = '#quotes';
    who.setAttribute('data-speaker', s.key);
    if (s.id) { add(th, 'br'); add(th, 'code', 'sid', s.id); }
    add(tr, 'td', '', s.also);
    add(tr, 'td', '', s.type);
    add(tr, 'td', '', s.roles);
    add(tr, 'td', '', s.affiliations);
    add(tr, 'td', 'num', String(s.statements));
    add(tr, 'td', 'num', String(s.articles));
    add(tr, 'td', 'date', s.first);
    add(tr, 'td', 'date', s.last);
    return tr;
  }

  var quoteTable = pagedTable(document.getElementById('quotes-table'), quotes, [
    function (q, i) { return i; },
    function (q) { return q.date; },
    function (q) { return q.speaker; },
    function (q) { return q.kind; },
    function (q) { return q.text; },
    function (q) { return q.rule; },
    function (q) { return q.confidence; }
  ], quoteRow, function () { return Number(size.value) || 50; });

  var speakerTable = pagedTable(document.getElementById('speakers-table'), data.speakers, [
    function (s) { return s.name; },
    function (s) { return s.also; },
    function (s) { return s.type; },
    function (s) { return s.roles; },
    function (s) { return s.affiliations; },
    function (s) { return s.statements; },
    function (s) { return s.articles; },
    function (s) { return s.first; },
    function (s) { return s.last; }
  ], speakerRow, function () { return 50; });

  // A comparison topic is drawn when it is first opened: a table with a row per date and a cell per
  // side, the first rowsAtOnce dates, then a button for the rest.
  var rowsAtOnce = 20;

  function statementBlock(td, i) {
    var q = quotes[i], block = add(td, 'blockquote', 'stmt');
    contextCell(add(block, 'p'), q);
    var footer = add(block, 'footer'), link = add(footer, 'a');
    link.href = '#q-' + (i + 1);
    quoteLabel(link, q);
    footer.appendChild(document.createTextNode(' \u00B7 ' + q.kind + ' \u00B7 '));
    add(footer, 'code', '', q.rule);
  }

  function compareRows(tbody, rows, from, to) {
    rows.slice(from, to).forEach(function (row) {
      var tr = add(tbody, 'tr'), th = add(tr, 'th', '', row[0] || 'undated');
      th.scope = 'row';
      row.slice(1).forEach(function (cell) {
        var td = add(tr, 'td', cell.length ? '' : 'empty');
        if (!cell.length) { add(td, 'span', 'none', '\u2014'); }
        cell.forEach(function (i) { statementBlock(td, i); });
      });
    });
  }

  function drawTopic(details, topic, sides) {
    var table = add(details, 'table', 'data compare');
    add(table, 'caption', '', topic.term
      ? 'What each said about ' + topic.term + ', by date'
      : 'Statements that share no topic with the other side, by date');
    var head = add(add(table, 'thead'), 'tr');
    add(head, 'th', '', 'Date').scope = 'col';
    sides.forEach(function (side) { add(head, 'th', '', side).scope = 'col'; });
    var tbody = add(table, 'tbody');
    compareRows(tbody, topic.rows, 0, rowsAtOnce);
    if (topic.rows.length > rowsAtOnce) {
      var more = add(details, 'button', 'more', 'Show the other ' + plural(topic.rows.length - rowsAtOnce, 'date'));
      more.type = 'button';
      more.addEventListener('click', function () {
        compareRows(tbody, topic.rows, rowsAtOnce, topic.rows.length);
        more.remove();
      });
    }
  }

  if (data.comparison) {
    Array.prototype.forEach.call(document.querySelectorAll('#comparison details.topic'), function (details) {
      var topic = data.comparison.topics[Number(details.getAttribute('data-topic'))], drawn = false;
      function draw() {
        if (drawn || !details.open) { return; }
        drawn = true;
        drawTopic(details, topic, data.comparison.sides);
      }
      details.addEventListener('toggle', draw);
      draw();
    });
  }

  function applyFilter() {
    var s = speaker.value, k = kind.value, t = text.value.trim().toLowerCase();
    quoteTable.filter(function (q) {
      return (!s || q.speaker_key === s) && (!k || q.kind === k) && (!t || q.text.toLowerCase().indexOf(t) >= 0);
    });
    var shown = quoteTable.shown.length;
    count.textContent = shown === quotes.length
      ? plural(quotes.length, 'statement')
      : 'Showing ' + shown + ' of ' + plural(quotes.length, 'statement');
  }

  function refilter() {
    applyFilter();
    quoteTable.current = -1;
    quoteTable.page = 0;
    quoteTable.draw();
  }

  // A #q-N link (from the comparison, or typed) shows row N: filters that hide it are cleared, and the
  // table turns to the page that holds it in the current sort.
  function fromHash() {
    var m = /^#q-(\d+)$/.exec(window.location.hash), i = m ? Number(m[1]) - 1 : -1;
    if (!(i >= 0 && i < quotes.length)) { return false; }
    if (!quoteTable.show(i)) {
      speaker.value = ''; kind.value = ''; text.value = '';
      applyFilter();
      quoteTable.show(i);
    }
    var tr = document.getElementById('q-' + (i + 1));
    tr.scrollIntoView({ block: 'center' });
    tr.focus({ preventScroll: true });
    return true;
  }

  size.addEventListener('change', function () {
    quoteTable.page = 0;
    quoteTable.draw();
  });
  // A link to the row already in the address bar fires no hashchange: show it again all the same.
  // A speaker's name in the speakers table chooses that speaker in the filter, then the link goes to the table.
  document.addEventListener('click', function (e) {
    if (!e.target.closest) { return; }
    var link = e.target.closest('a[href^="#q-"]');
    if (link && link.getAttribute('href') === window.location.hash) { e.preventDefault(); fromHash(); }
    var who = e.target.closest('a.who');
    if (who) {
      speaker.value = who.getAttribute('data-speaker');
      refilter();
    }
  });
  window.addEventListener('hashchange', fromHash);
  speaker.addEventListener('change', refilter);
  kind.addEventListener('change', refilter);
  text.addEventListener('input', refilter);
  applyFilter();
  speakerTable.draw();
  if (!fromHash()) { quoteTable.draw(); }
}());
