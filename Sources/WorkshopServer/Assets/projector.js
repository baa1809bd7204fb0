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
    root.dataset.answers = String(view.answers);
    // The wall is redrawn here only while it is on show; the other slides are fetched whole (slides.js).
    var shown = document.getElementById('slide-body');
    if (view.slide === 'ideas' && shown && shown.dataset.slide === 'ideas') renderWall(view.ideas || []);
  }
  // The wall of ideas, as ProjectorWall.swift draws it. Ticked boxes and the focused one survive a
  // redraw, so an idea arriving while the facilitator themes with the keyboard loses nothing.
  var token = root.dataset.events.split('/')[2];
  function wallSection() {
    var wall = document.getElementById('wall');
    if (wall) return wall;
    wall = el('section', null, { id: 'wall', 'class': 'wall', 'aria-labelledby': 'wall-title' });
    wall.appendChild(el('h2', 'Ideas', { id: 'wall-title' }));
    wall.appendChild(el('div', null, { id: 'prompts' }));
    var form = el('form', null, { id: 'theme-form', 'class': 'theming', method: 'post', action: '/f/' + token + '/themes' });
    form.appendChild(el('label', 'Put selected in theme:', { 'for': 'theme-name' }));
    form.appendChild(el('input', null, { id: 'theme-name', name: 'theme', list: 'theme-names', maxlength: '80', autocomplete: 'off' }));
    form.appendChild(el('datalist', null, { id: 'theme-names' }));
    form.appendChild(el('button', 'Apply'));
    form.appendChild(el('small', 'Leave the name empty to take them out of their theme.'));
    form.appendChild(el('p', null, { id: 'theme-status', 'class': 'status', role: 'status' }));
    wall.appendChild(form);
    (document.getElementById('slide-body') || root).appendChild(wall);
    hook(form);
    return wall;
  }
  function voteLine(vote) {
    var tables = vote.voters + ' of ' + vote.tables + ' tables';
    if (vote.open && vote.hidesCount) return 'Voting open: ' + tables + ' have voted';
    var spend = vote.dots + ' dots each, on ' + vote.on;
    return vote.open ? 'Voting open: ' + tables + ' have voted · ' + spend : 'Voting closed: ' + tables + ' voted · ' + spend;
  }
  function results(vote) {
    var most = Math.max(1, Math.max.apply(null, vote.ranking.map(function (r) { return r.dots; })));
    var table = el('table', null, { 'class': 'results' });
    table.appendChild(el('caption', vote.open ? 'Dots so far' : 'Results'));
    var head = el('thead'), top = el('tr');
    ['Rank', vote.on === 'themes' ? 'Theme' : 'Idea', 'Dots'].forEach(function (name) { top.appendChild(el('th', name, { scope: 'col' })); });
    head.appendChild(top); table.appendChild(head);
    var body = el('tbody');
    vote.ranking.forEach(function (r) {
      var tr = el('tr', null, r.rank === 1 && r.dots > 0 ? { 'class': 'winner' } : {});
      tr.appendChild(el('td', r.rankLabel, { 'class': 'rank' }));
      var name = el('th', null, { scope: 'row' });
      if (r.text !== undefined && r.text !== null) { name.appendChild(el('b', r.label)); name.appendChild(document.createTextNode(' ' + r.text)); }
      else name.textContent = r.label;
      tr.appendChild(name);
      var dots = el('td', null, { 'class': 'dots' });
      dots.appendChild(el('span', null, { 'class': 'bar', 'data-w': String(Math.round(r.dots / most * 20)), 'aria-hidden': 'true' }));
      dots.appendChild(el('span', String(r.dots), { 'class': 'count' }));
      tr.appendChild(dots);
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }
  function card(idea, ticked) {
    var item = el('li', null, { 'class': 'idea', id: 'idea-' + idea.id });
    var box = el('input', null, { type: 'checkbox', form: 'theme-form', name: 'ideas', value: idea.id, id: 'pick-' + idea.id });
    box.checked = ticked.indexOf(idea.id) >= 0;
    item.appendChild(box);
    var label = el('label', null, { 'for': 'pick-' + idea.id });
    label.appendChild(el('b', idea.label));
    label.appendChild(document.createTextNode(' ' + idea.text));
    item.appendChild(label);
    item.appendChild(el('small', idea.group + (idea.persona ? ' · ' + idea.persona : '')));
    return item;
  }
  function renderWall(prompts) {
    if (!prompts.length && !document.getElementById('wall')) return;
    var wall = wallSection(), list = document.getElementById('prompts');
    var ticked = Array.prototype.map.call(list.querySelectorAll('input[name=ideas]:checked'), function (box) { return box.value; });
    var focused = document.activeElement && list.contains(document.activeElement) ? document.activeElement.id : null;
    list.replaceChildren();
    var names = [];
    prompts.forEach(function (prompt) {
      var section = el('section', null, { 'class': 'prompt', 'aria-labelledby': 'prompt-' + prompt.prompt });
      section.appendChild(el('h3', prompt.question, { id: 'prompt-' + prompt.prompt }));
      if (prompt.vote) {
        section.appendChild(el('p', voteLine(prompt.vote), { 'class': 'vote ' + (prompt.vote.open ? 'open' : 'closed') }));
        if (prompt.vote.ranking && prompt.vote.ranking.length) section.appendChild(results(prompt.vote));
      }
      var themed = prompt.groups.some(function (g) { return g.theme !== undefined && g.theme !== null; });
      prompt.groups.forEach(function (group) {
        var theme = group.theme === undefined ? null : group.theme;
        if (theme !== null && names.indexOf(theme) < 0) names.push(theme);
        if (themed) section.appendChild(el('h4', theme === null ? 'Not in a theme' : theme, { 'class': theme === null ? 'unthemed' : 'theme' }));
        var ul = el('ul', null, { 'class': 'ideas' });
        group.ideas.forEach(function (idea) { ul.appendChild(card(idea, ticked)); });
        section.appendChild(ul);
      });
      list.appendChild(section);
    });
    var options = document.getElementById('theme-names');
    options.replaceChildren();
    names.forEach(function (name) { options.appendChild(el('option', null, { value: name })); });
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
    wall.dataset.ideas = String(list.querySelectorAll('li.idea').length);
  }
  // Theming without a reload: the form posted as JSON; the stream then redraws the wall.
  function hook(form) {
    if (!form || !window.fetch) return;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var boxes = Array.prototype.slice.call(document.querySelectorAll('#prompts input[name=ideas]:checked'));
      var status = document.getElementById('theme-status');
      var theme = form.elements.theme.value;
      fetch(form.action, {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ ideas: boxes.map(function (box) { return box.value; }), theme: theme })
      }).then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok) { status.textContent = 'Not saved: ' + (answer.error || response.status); return; }
          // The stream may have redrawn the wall meanwhile: untick the boxes as they are now.
          var sent = boxes.map(function (box) { return box.value; });
          document.querySelectorAll('#prompts input[name=ideas]:checked').forEach(function (box) {
            if (sent.indexOf(box.value) >= 0) box.checked = false;
          });
          status.textContent = theme.trim() ? 'Saved: ' + boxes.length + ' in ‘' + theme.trim() + '’' : 'Saved: ' + boxes.length + ' taken out of their theme';
        });
      }).catch(function () { status.textContent = 'Not saved: the room did not answer; try again'; });
    });
  }
  hook(document.getElementById('theme-form'));
  // slides.js listens to the event stream, hands each view to render, and hooks a fetched wall's form.
  window.workshopProjector = { render: render, hook: hook };
})();