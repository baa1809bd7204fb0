'use strict';
(function () {
  var root = document.getElementById('projector');
  if (!root || !window.EventSource) return;
  var t = (window.workshopWords || { say: String }).say;
  function el(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }
  function render(view) {
    var done = view.coverage.filter(function (c) { return c.owes.length === 0; }).length;
    var line = t('summary', { done: done, total: view.coverage.length, answers: view.answers });
    document.getElementById('summary').textContent = view.hidden ? t('summary_hidden', { summary: line }) : line;
    var form = root.querySelector('form.reveal');
    form.elements.show.value = view.hidden ? '1' : '0';
    form.querySelector('button').textContent = t(view.hidden ? 'show_results' : 'hide_results');
    root.dataset.answers = String(view.answers);
    // The wall is redrawn here only while it is on show; the other slides are fetched whole (slides.js).
    var shown = document.getElementById('slide-body');
    if (view.slide === 'ideas' && shown && shown.dataset.slide === 'ideas') renderWall(view.ideas || []);
  }
  // The wall of ideas, as ProjectorWall.swift draws it. Ticked boxes and the focused one survive a
  // redraw, so an idea arriving while the facilitator themes with the keyboard loses nothing.
  // The projector's own address, under the prefix a proxy may add (`/stirling/f/TOKEN`).
  var home = root.dataset.events.replace(/\/events$/, '');
  function wallSection() {
    var wall = document.getElementById('wall');
    if (wall) return wall;
    wall = el('section', null, { id: 'wall', 'class': 'wall', 'aria-labelledby': 'wall-title' });
    wall.appendChild(el('h2', t('ideas'), { id: 'wall-title' }));
    wall.appendChild(el('div', null, { id: 'prompts' }));
    var form = el('form', null, { id: 'theme-form', 'class': 'theming', method: 'post', action: home + '/themes' });
    form.appendChild(el('label', t('put_in_theme'), { 'for': 'theme-name' }));
    form.appendChild(el('input', null, { id: 'theme-name', name: 'theme', list: 'theme-names', maxlength: '80', autocomplete: 'off' }));
    form.appendChild(el('datalist', null, { id: 'theme-names' }));
    form.appendChild(el('button', t('apply')));
    form.appendChild(el('small', t('leave_empty')));
    form.appendChild(el('p', null, { id: 'theme-status', 'class': 'status', role: 'status' }));
    wall.appendChild(form);
    (document.getElementById('slide-body') || root).appendChild(wall);
    hook(form);
    return wall;
  }
  function voteLine(vote) {
    var values = { voters: vote.voters, tables: vote.tables, dots: vote.dots };
    if (vote.open && vote.hidesCount) return t('vote_open_hidden', values);
    values.on = t(vote.on === 'themes' ? 'on_themes' : 'on_ideas');
    return t(vote.open ? 'vote_open' : 'vote_closed', values);
  }
  function results(vote) {
    var most = Math.max(1, Math.max.apply(null, vote.ranking.map(function (r) { return r.dots; })));
    var table = el('table', null, { 'class': 'results' });
    table.appendChild(el('caption', t(vote.open ? 'dots_so_far' : 'results')));
    var head = el('thead'), top = el('tr');
    [t('rank'), t(vote.on === 'themes' ? 'theme' : 'idea'), t('dots_column')].forEach(function (name) { top.appendChild(el('th', name, { scope: 'col' })); });
    head.appendChild(top); table.appendChild(head);
    var body = el('tbody');
    vote.ranking.forEach(function (r) {
      var tr = el('tr', null, r.rank === 1 && r.dots > 0 ? { 'class': 'winner' } : {});
      tr.appendChild(el('td', r.rankLabel, { 'class': 'rank' }));
      var name = el('th', null, { scope: 'row', dir: 'auto' });
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
    var label = el('label', null, { 'for': 'pick-' + idea.id, dir: 'auto' });
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
      var heading = el('h3', prompt.question, { id: 'prompt-' + prompt.prompt });
      if (root.dataset.planLang) heading.setAttribute('lang', root.dataset.planLang);
      section.appendChild(heading);
      if (prompt.vote) {
        section.appendChild(el('p', voteLine(prompt.vote), { 'class': 'vote ' + (prompt.vote.open ? 'open' : 'closed') }));
        if (prompt.vote.ranking && prompt.vote.ranking.length) section.appendChild(results(prompt.vote));
      }
      var themed = prompt.groups.some(function (g) { return g.theme !== undefined && g.theme !== null; });
      prompt.groups.forEach(function (group) {
        var theme = group.theme === undefined ? null : group.theme;
        if (theme !== null && names.indexOf(theme) < 0) names.push(theme);
        if (themed) {
          section.appendChild(el('h4', theme === null ? t('not_in_theme') : theme,
            { 'class': theme === null ? 'unthemed' : 'theme' }));
        }
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
          if (!response.ok) { status.textContent = t('not_saved', { reason: answer.error || response.status }); return; }
          // The stream may have redrawn the wall meanwhile: untick the boxes as they are now.
          var sent = boxes.map(function (box) { return box.value; });
          document.querySelectorAll('#prompts input[name=ideas]:checked').forEach(function (box) {
            if (sent.indexOf(box.value) >= 0) box.checked = false;
          });
          status.textContent = theme.trim() ? t('theme_saved', { count: boxes.length, theme: theme.trim() }) : t('theme_out', { count: boxes.length });
        });
      }).catch(function () { status.textContent = t('theme_failed'); });
    });
  }
  hook(document.getElementById('theme-form'));
  // slides.js listens to the event stream, hands each view to render, and hooks a fetched wall's form.
  window.workshopProjector = { render: render, hook: hook };
})();