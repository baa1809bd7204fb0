'use strict';
(function () {
  var words = window.workshopWords || { say: String, count: String }, t = words.say, n = words.count; // words.js
  function newKey() {
    var bytes = new Uint8Array(16); crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }
  var progress = document.getElementById('progress');
  function count() {
    if (!progress) return;
    var done = document.querySelectorAll('section.activity.answered').length;
    progress.textContent = t('answered', { done: done, total: progress.dataset.total });
  }
  function pause(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  // The same body, with the same key, until the server answers: a retry is never recorded twice.
  // A newer tap of the same kind (an answer, or the note) ends an older one's retries.
  function send(form, slot, body, say, attempt, tap) {
    if (form[slot] !== tap) return Promise.resolve({ superseded: true });
    return fetch(form.action, { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return { error: t('server_answered', { status: response.status }) }; })
          .then(function (json) { return { ok: response.ok, json: json }; });
      }, function () {
        if (attempt >= 8) throw new Error('offline');
        say(t('retrying'));
        return pause(Math.min(4000, 250 * Math.pow(2, attempt))).then(function () { return send(form, slot, body, say, attempt + 1, tap); });
      });
  }
  document.querySelectorAll('section.activity form').forEach(function (form) {
    var status = form.querySelector('.status'), section = form.closest('section'), note = form.elements.note;
    form.workshopAnswer = status.dataset.answer || null;
    // Note texts on their way (alone or with an answer), each with its count of requests.
    var flying = Object.create(null), saved = '';
    function unsent() { return note.value.trim() !== '' && note.value !== saved && !flying[note.value]; }
    // Whatever else the card says (a reply, a retry), a note typed and not on its way says so.
    function say(text) {
      if (!unsent()) status.textContent = text;
      else status.textContent = text ? t('with_note_unsent', { status: text }) : t('note_unsent');
    }
    note.addEventListener('input', function () {
      if (note.value.trim()) status.textContent = t('note_unsent');
    });
    // Back and forward refill the box without an input event.
    window.addEventListener('pageshow', function () { say(status.textContent.trim()); });
    form.addEventListener('submit', function (event) {
      var button = event.submitter;
      if (!button || (button.name !== 'answer' && button.name !== 'save')) return;
      event.preventDefault();
      var alone = button.name === 'save', sent = note.value;
      if (alone && !sent.trim()) { say(t('type_note')); return; }
      // One note is one record: a text on its way (alone or with an answer) is not sent again.
      if (alone && flying[sent]) { say(t('saving_note')); return; }
      if (flying[sent]) sent = '';
      var carried = sent.trim() ? sent : null;
      if (carried) flying[carried] = (flying[carried] || 0) + 1;
      function landed() { if (carried && !--flying[carried]) delete flying[carried]; }
      var body = { activity: form.elements.activity.value, persona: form.elements.persona.value,
        note: sent, key: form.elements.key.value };
      if (!alone) body.answer = button.value;
      if (form.elements.criterion) body.criterion = form.elements.criterion.value;
      if (!alone) form.querySelectorAll('button[name=answer]').forEach(function (b) { b.classList.toggle('chosen', b === button); b.setAttribute('aria-pressed', String(b === button)); });
      section.classList.add('saving');
      say(t(alone ? 'saving_note' : 'saving'));
      var slot = alone ? 'workshopNote' : 'workshopTap', tap = (form[slot] || 0) + 1;
      form[slot] = tap;
      send(form, slot, body, say, 0, tap).then(function (result) {
        landed();
        // The server has the note even when a newer tap has taken the card over.
        if (result.ok && result.json.noted) { saved = sent; if (note.value === sent) note.value = ''; }
        if (result.superseded || form[slot] !== tap) return;
        section.classList.remove('saving');
        if (!result.ok) { say(t('not_saved', { reason: result.json.error || t('try_again') })); return; }
        // The answer in the page's words: the button's own `data-shown`, not the server's English.
        if (!alone) { form.workshopAnswer = button.dataset.shown || result.json.answer; section.classList.add('answered'); count(); }
        say(alone ? (form.workshopAnswer ? t('note_saved_answer', { answer: form.workshopAnswer }) : t('note_saved'))
          : t(result.json.noted ? 'saved_with_note' : 'saved', { answer: form.workshopAnswer }));
        // The key stands for what was sent (the server hashes it with the body), so the same
        // tap again is the same record; a new one only once this one is saved.
        form.elements.key.value = newKey();
      }, function () {
        landed();
        if (form[slot] !== tap) return;
        section.classList.remove('saving');
        say(t('offline'));
      });
    });
  });
  // Ideas and dots: the plain forms' fields as JSON, a key kept across retries; the list and the
  // vote redrawn from the page the server renders, so they say what is on disk.
  var ideas = document.getElementById('ideas'), writing = 0;
  if (!ideas) return;
  // `send`'s retries with one key, for a request that no newer tap supersedes.
  function post(url, body, say) { return send({ action: url, tap: 1 }, 'tap', body, say, 0, 1); }
  // A part of a prompt's section replaced by the server's (a vote before the box, as the page has it).
  function swap(section, fresh, part) {
    var old = section.querySelector(part), now = fresh.querySelector(part);
    if (old && now) old.replaceWith(document.importNode(now, true));
    else if (old) old.remove();
    else if (now) section.querySelector('form.add-idea').before(document.importNode(now, true));
  }
  // The prompt's vote, count heading and list as the server now renders them.
  function redraw(section) {
    return fetch(location.pathname + location.search, { credentials: 'same-origin' }).then(function (r) { return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(section.id);
        if (!fresh) return;
        ['section.vote', 'h4.have-head', 'ul.mine'].forEach(function (part) { swap(section, fresh, part); });
      }).catch(function () {});
  }
  ideas.addEventListener('input', function (event) {
    var box = event.target, count = box.getAttribute('aria-describedby') && document.getElementById(box.getAttribute('aria-describedby'));
    if (!count) return;
    var limit = +count.dataset.limit, used = Array.from(box.value).length;
    count.textContent = t('characters', { used: used, limit: limit });
    count.classList.toggle('over', used > limit);
  });
  ideas.addEventListener('submit', function (event) {
    var form = event.target, section = form.closest('section.prompt');
    if (!section) return;
    event.preventDefault();
    if (form.classList.contains('dot')) { tapDot(form, section); return; }
    var status = section.querySelector('p.status'), say = function (text) { status.textContent = text; };
    if (form.workshopBusy) { say(t('saving')); return; }
    var fields = form.elements, body = { key: fields.key.value };
    ['prompt', 'text', 'persona'].forEach(function (name) { if (fields[name]) body[name] = fields[name].value; });
    if (fields.text && !fields.text.value.trim()) { say(t('type_idea')); return; }
    form.workshopBusy = true; writing++; say(t('saving'));
    post(form.action, body, say).then(function (result) {
      form.workshopBusy = false; writing--;
      if (!result.ok) { say(t('not_saved', { reason: result.json.error || t('try_again') })); return; }
      fields.key.value = newKey();
      var adding = form.classList.contains('add-idea');
      if (adding) { fields.text.value = ''; fields.text.dispatchEvent(new Event('input', { bubbles: true })); }
      say(adding ? t('idea_added', { label: '%' + result.json.number }) : /withdraw$/.test(form.action) ? t('idea_withdrawn') : t('idea_changed'));
      return redraw(section);
    }, function () {
      form.workshopBusy = false; writing--;
      say(t('offline'));
    });
  });
  // Dots move at once on the screen; the counts go to the server one at a time, the latest for
  // each item only, so the last tap is what is saved.
  var pending = [], busy = false;
  function tapDot(form, section) {
    var vote = form.closest('section.vote'), row = form.closest('li.item'), left = vote.querySelector('.left');
    var count = +row.dataset.count + (form.classList.contains('plus') ? 1 : -1);
    var rows = Array.from(vote.querySelectorAll('li.item')), most = vote.dataset.most ? +vote.dataset.most : Infinity;
    var spent = rows.reduce(function (sum, r) { return sum + (r === row ? count : +r.dataset.count); }, 0);
    if (count < 0 || count > most || spent > +vote.dataset.dots) return;
    row.dataset.count = count;
    row.querySelector('.have').textContent = n('dots', count);
    var remaining = +vote.dataset.dots - spent;
    left.textContent = n('dots_left', remaining);
    rows.forEach(function (r) {
      r.querySelector('form.minus button').disabled = +r.dataset.count === 0;
      r.querySelector('form.plus button').disabled = remaining === 0 || +r.dataset.count >= most;
    });
    row.classList.add('saving'); pending = pending.filter(function (p) { return p.row !== row; });
    pending.push({ row: row, section: section, url: form.action, body: { prompt: form.elements.prompt.value,
      item: row.dataset.item, count: count, key: newKey(), persona: form.elements.persona ? form.elements.persona.value : undefined } });
    pump();
  }
  function pump() {
    if (busy || !pending.length) return;
    var next = pending.shift(), status = next.section.querySelector('p.status');
    busy = true; // one count at a time, in the order tapped
    post(next.url, next.body, function (text) { status.textContent = text; }).then(function (result) {
      busy = false;
      if (!pending.some(function (p) { return p.row === next.row; })) next.row.classList.remove('saving');
      if (!result.ok) {
        status.textContent = t('dots_not_saved', { reason: result.json.error || t('try_again') });
        pending = pending.filter(function (p) { return p.section !== next.section; });
        redraw(next.section).then(pump);
        return;
      }
      status.textContent = t('dots_saved');
      pump();
    }, function () {
      busy = false; pending = [];
      status.textContent = t('dots_offline');
      redraw(next.section);
    });
  }
  // A vote opened, closed or changed while the page is open: the phone learns of it within seconds,
  // when nothing is typed or sent (the list and the boxes are left as they are).
  function voteOf(section) { var vote = section && section.querySelector('section.vote'); return vote ? vote.dataset.dots + vote.textContent : ''; }
  setInterval(function () {
    if (document.hidden || busy || pending.length || writing || document.activeElement.tagName === 'TEXTAREA') return;
    fetch(location.pathname + location.search, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (text) {
      var page = new DOMParser().parseFromString(text, 'text/html'), jumps = document.querySelector('nav.jumps');
      var now = page.querySelector('nav.jumps');
      if (jumps && now && now.textContent !== jumps.textContent) jumps.replaceWith(document.importNode(now, true));
      ideas.querySelectorAll('section.prompt').forEach(function (section) {
        var fresh = page.getElementById(section.id);
        if (fresh && !busy && !pending.length && voteOf(fresh) !== voteOf(section)) swap(section, fresh, 'section.vote');
      });
    }).catch(function () {});
  }, 8000);
})();
