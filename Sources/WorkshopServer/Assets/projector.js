'use strict';
(function () {
  var root = document.getElementById('projector');
  if (!root || !window.EventSource) return;
  function el(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }
  function render(view) {
    var done = view.coverage.filter(function (c) { return c.owes.length === 0; }).length;
    var line = done + ' of ' + view.coverage.length + ' tables done · ' + view.answers + ' answers';
    document.getElementById('summary').textContent = view.hidden ? line + ' · results hidden until every table has answered' : line;
    var form = root.querySelector('form.reveal');
    form.elements.show.value = view.hidden ? '1' : '0';
    form.querySelector('button').textContent = view.hidden ? 'Show results now' : 'Hide results until all have answered';
    var table = document.getElementById('matrix');
    table.replaceChildren();
    var head = el('thead'), top = el('tr');
    top.appendChild(el('th'));
    view.personas.forEach(function (p) { top.appendChild(el('th', p.name, { scope: 'col' })); });
    head.appendChild(top); table.appendChild(head);
    var body = el('tbody');
    view.activities.forEach(function (activity, row) {
      var tr = el('tr');
      tr.appendChild(el('th', activity.name, { scope: 'row' }));
      view.cells[row].forEach(function (cell) {
        var attributes = cell.shade === undefined || cell.shade === null ? {} : { 'data-shade': String(Math.round(cell.shade * 4)) };
        var td = el('td', cell.text !== undefined && cell.text !== null ? cell.text : (cell.n > 0 ? '·' : ''), attributes);
        td.appendChild(el('small', 'n=' + cell.n));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    var list = document.getElementById('coverage');
    list.replaceChildren();
    view.coverage.forEach(function (c) {
      var item = el('li', null, { 'class': c.owes.length ? 'owing' : 'done' });
      item.appendChild(document.createTextNode(c.group));
      if (c.persona) item.appendChild(el('small', ' (' + c.persona + ')'));
      item.appendChild(document.createTextNode(': ' + (c.owes.length ? c.answered + '/' + c.total + ' · owes ' + (c.owes.length <= 3 ? c.owes.join(', ') : c.owes.length) : 'done')));
      list.appendChild(item);
    });
    root.dataset.answers = String(view.answers);
  }
  var source = new EventSource(root.dataset.events);
  source.onmessage = function (event) { render(JSON.parse(event.data)); };
})();