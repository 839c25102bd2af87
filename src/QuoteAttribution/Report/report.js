(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var table = document.getElementById('quotes-table');
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var speaker = document.getElementById('f-speaker');
  var kind = document.getElementById('f-kind');
  var text = document.getElementById('f-text');
  var count = document.getElementById('f-count');

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function applyFilter() {
    var s = speaker.value, k = kind.value, t = text.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var q = data.quotes[Number(row.getAttribute('data-i'))];
      var keep = (!s || q.speaker_key === s) && (!k || q.kind === k) && (!t || q.text.toLowerCase().indexOf(t) >= 0);
      row.hidden = !keep;
      if (keep) { shown++; }
    });
    count.textContent = shown === rows.length
      ? plural(rows.length, 'statement')
      : 'Showing ' + shown + ' of ' + plural(rows.length, 'statement');
  }

  function sortValue(row, col) {
    var cell = row.cells[col];
    var v = cell.getAttribute('data-v');
    return v === null ? cell.textContent.trim() : v;
  }

  function compare(a, b) {
    var na = Number(a), nb = Number(b);
    if (a !== '' && b !== '' && !isNaN(na) && !isNaN(nb)) { return na - nb; }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function sortBy(tbl, th) {
    var col = th.cellIndex;
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', dir);
    var body = tbl.tBodies[0];
    var list = Array.prototype.slice.call(body.rows).map(function (row, i) { return { row: row, i: i, v: sortValue(row, col) }; });
    // Empty cells (no date, no speaker) stay at the bottom in both directions.
    list.sort(function (x, y) {
      if ((x.v === '') !== (y.v === '')) { return x.v === '' ? 1 : -1; }
      return (dir === 'ascending' ? compare(x.v, y.v) : compare(y.v, x.v)) || x.i - y.i;
    });
    list.forEach(function (x) { body.appendChild(x.row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (tbl) {
    Array.prototype.forEach.call(tbl.tHead.rows[0].cells, function (th) {
      var button = th.querySelector('button.sort');
      if (button) { button.addEventListener('click', function () { sortBy(tbl, th); }); }
    });
  });

  speaker.addEventListener('change', applyFilter);
  kind.addEventListener('change', applyFilter);
  text.addEventListener('input', applyFilter);
  applyFilter();
}());
