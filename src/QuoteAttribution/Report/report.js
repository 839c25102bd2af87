(function () {
  'use strict';
  // The quotes table is drawn from the report-data block one page at a time: thousands of rows in the
  // document would take seconds to lay out, one page takes milliseconds. Every field is set as text.
  var quotes = JSON.parse(document.getElementById('report-data').textContent).quotes;
  var table = document.getElementById('quotes-table');
  var body = table.tBodies[0];
  var speaker = document.getElementById('f-speaker');
  var kind = document.getElementById('f-kind');
  var text = document.getElementById('f-text');
  var size = document.getElementById('f-size');
  var count = document.getElementById('f-count');
  var pagers = Array.prototype.slice.call(document.querySelectorAll('.pager'));
  // order: every index in the chosen sort; shown: those the filters keep; current: the row a #q-N link chose.
  var view = { order: quotes.map(function (q, i) { return i; }), shown: [], page: 0, current: -1 };

  // The value each column of the quotes table sorts by, in column order.
  var sortKeys = [
    function (q, i) { return i; },
    function (q) { return q.date; },
    function (q) { return q.speaker; },
    function (q) { return q.kind; },
    function (q) { return q.text; },
    function (q) { return q.rule; },
    function (q) { return q.confidence; }
  ];

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function pageSize() { return Number(size.value) || 50; }

  function pageCount() { return Math.max(1, Math.ceil(view.shown.length / pageSize())); }

  function add(parent, tag, className, content) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (content !== undefined) { element.textContent = content; }
    parent.appendChild(element);
    return element;
  }

  function speakerCell(td, q) {
    if (!q.speaker) { add(td, 'em', 'none', 'no speaker'); return; }
    td.appendChild(document.createTextNode(q.speaker));
    if (q.position) { add(td, 'br'); add(td, 'span', 'position', q.position); }
  }

  function contextCell(td, q) {
    q.context.forEach(function (segment) {
      var kindOf = segment[0], words = segment[1];
      if (kindOf === 's') { add(td, 'mark', '', words); }
      else if (kindOf === 'm') { add(td, 'strong', 'mention', words); }
      else if (kindOf === 'c') { add(td, 'span', 'cut', '\u2026').setAttribute('aria-label', 'text left out'); }
      else { td.appendChild(document.createTextNode(words)); }
    });
  }

  function ruleCell(td, q) {
    if (q.rule) { add(td, 'code', '', q.rule); } else { add(td, 'em', 'none', 'none'); }
    if (q.cue) {
      add(td, 'br');
      var cue = add(td, 'span', 'cue', 'cue ');
      add(cue, 'em', '', q.cue);
    }
    if (q.addressee) { add(td, 'br'); add(td, 'span', 'cue', 'to ' + q.addressee); }
  }

  function row(i) {
    var q = quotes[i];
    var tr = document.createElement('tr');
    tr.id = 'q-' + (i + 1);
    tr.setAttribute('data-i', String(i));
    tr.setAttribute('data-speaker', q.speaker_key);
    tr.setAttribute('data-kind', q.kind);
    if (i === view.current) { tr.className = 'current'; tr.tabIndex = -1; }
    add(add(tr, 'td'), 'span', 'qid', q.short_id).title = q.quote_id;
    add(tr, 'td', 'date', q.date);
    speakerCell(add(tr, 'td'), q);
    add(tr, 'td', '', q.kind);
    contextCell(add(tr, 'td', 'ctx'), q);
    ruleCell(add(tr, 'td'), q);
    add(tr, 'td', 'num', q.confidence.toFixed(2));
    return tr;
  }

  function draw() {
    view.page = Math.min(Math.max(view.page, 0), pageCount() - 1);
    var from = view.page * pageSize();
    var rows = document.createDocumentFragment();
    view.shown.slice(from, from + pageSize()).forEach(function (i) { rows.appendChild(row(i)); });
    body.textContent = '';
    body.appendChild(rows);
    var status = view.shown.length === 0
      ? 'No statement to show'
      : 'Page ' + (view.page + 1) + ' of ' + pageCount() + ' (rows ' + (from + 1) + '\u2013'
        + Math.min(from + pageSize(), view.shown.length) + ')';
    pagers.forEach(function (pager) {
      pager.querySelector('.p-status').textContent = status;
      Array.prototype.forEach.call(pager.querySelectorAll('button'), function (button) {
        var go = button.getAttribute('data-go');
        button.disabled = (go === 'first' || go === 'prev') ? view.page === 0 : view.page >= pageCount() - 1;
      });
    });
  }

  function applyFilter() {
    var s = speaker.value, k = kind.value, t = text.value.trim().toLowerCase();
    view.shown = view.order.filter(function (i) {
      var q = quotes[i];
      return (!s || q.speaker_key === s) && (!k || q.kind === k) && (!t || q.text.toLowerCase().indexOf(t) >= 0);
    });
    count.textContent = view.shown.length === quotes.length
      ? plural(quotes.length, 'statement')
      : 'Showing ' + view.shown.length + ' of ' + plural(quotes.length, 'statement');
  }

  function refilter() {
    applyFilter();
    view.page = 0;
    draw();
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

  function sortQuotes(th) {
    var dir = nextDirection(th), key = sortKeys[th.cellIndex];
    var list = quotes.map(function (q, i) { return { i: i, v: key(q, i) }; });
    sortList(list, dir);
    view.order = list.map(function (x) { return x.i; });
    refilter();
  }

  // The other tables are small (one row per speaker or per topic date): they sort their own rows.
  function sortRows(tbl, th) {
    var dir = nextDirection(th), col = th.cellIndex, rowsOf = tbl.tBodies[0];
    var list = Array.prototype.slice.call(rowsOf.rows).map(function (r, i) {
      var cell = r.cells[col], v = cell.getAttribute('data-v');
      return { row: r, i: i, v: v === null ? cell.textContent.trim() : v };
    });
    sortList(list, dir);
    list.forEach(function (x) { rowsOf.appendChild(x.row); });
  }

  // A #q-N link (from the comparison, or typed) shows row N: filters that hide it are cleared, and the
  // table turns to the page that holds it in the current sort.
  function showQuote(i) {
    if (!(i >= 0 && i < quotes.length)) { return; }
    var at = view.shown.indexOf(i);
    if (at < 0) {
      speaker.value = ''; kind.value = ''; text.value = '';
      applyFilter();
      at = view.shown.indexOf(i);
    }
    view.current = i;
    view.page = Math.floor(at / pageSize());
    draw();
    var tr = document.getElementById('q-' + (i + 1));
    tr.scrollIntoView({ block: 'center' });
    tr.focus({ preventScroll: true });
  }

  function fromHash() {
    var m = /^#q-(\d+)$/.exec(window.location.hash);
    if (m) { showQuote(Number(m[1]) - 1); return true; }
    return false;
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.querySelector('button.sort').addEventListener('click', function () { sortQuotes(th); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (tbl) {
    Array.prototype.forEach.call(tbl.tHead.rows[0].cells, function (th) {
      var button = th.querySelector('button.sort');
      if (button) { button.addEventListener('click', function () { sortRows(tbl, th); }); }
    });
  });
  pagers.forEach(function (pager) {
    pager.addEventListener('click', function (e) {
      var go = e.target.getAttribute && e.target.getAttribute('data-go');
      if (!go) { return; }
      view.page = go === 'first' ? 0 : go === 'prev' ? view.page - 1 : go === 'next' ? view.page + 1 : pageCount() - 1;
      draw();
    });
  });
  size.addEventListener('change', function () {
    view.page = 0;
    draw();
  });
  // A link to the row already in the address bar fires no hashchange: show it again all the same.
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a[href^="#q-"]') : null;
    if (link && link.getAttribute('href') === window.location.hash) { e.preventDefault(); fromHash(); }
  });
  window.addEventListener('hashchange', fromHash);
  speaker.addEventListener('change', refilter);
  kind.addEventListener('change', refilter);
  text.addEventListener('input', refilter);
  applyFilter();
  if (!fromHash()) { draw(); }
}());
