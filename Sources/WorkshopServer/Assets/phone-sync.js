'use strict';
// Every phone of a table shows what the others send: the table's view (`TableView`) arrives from
// /g/TOKEN/events after each change, and the cards, the progress and the ideas are brought up to it
// in place. What this page sent itself is its own; anything else that arrives is another phone's,
// and its card says so, once, in its status line. Loaded by phone.js; EventSource reconnects by itself.
(function () {
  if (!window.EventSource) return;
  var words = window.workshopWords || { say: String }, t = words.say;
  var forms = Object.create(null);
  var persona = document.querySelector('section.activity input[name=persona]');
  var progress = document.getElementById('progress');
  document.querySelectorAll('section.activity form').forEach(function (form) {
    var fields = form.elements;
    forms[fields.activity.value + '\u0000' + (fields.criterion ? fields.criterion.value : '')] = form;
    // What this page sent: the last answer's key, and every note's text.
    form.workshopSent = null; form.workshopNotes = Object.create(null);
    form.addEventListener('submit', function (event) {
      var button = event.submitter;
      if (button && button.name === 'answer') form.workshopSent = button.value;
      if (fields.note.value.trim()) form.workshopNotes[fields.note.value] = true;
    });
  });
  // The card's status line, with phone.js's reminder of a note typed and not sent.
  function say(form, text) {
    var status = form.querySelector('.status'), note = form.elements.note.value;
    var unsent = note.trim() !== '' && !form.workshopNotes[note];
    status.textContent = unsent ? t('with_note_unsent', { status: text }) : text;
  }
  function update(form, card) {
    var section = form.closest('section');
    // A tap on its way has the card; the newest view is kept and applied once it lands, so a
    // change another phone made meanwhile is not lost behind this phone's "Saved".
    if (section.classList.contains('saving')) { form.workshopPending = card; afterSaving(section, form); return; }
    form.workshopPending = null;
    var chosen = form.querySelector('button[name=answer].chosen'), now = chosen ? chosen.value : null;
    var key = card.key == null ? null : card.key, note = card.note || null, lines = [];
    if (key !== now) {
      form.querySelectorAll('button[name=answer]').forEach(function (b) { b.classList.toggle('chosen', b.value === key); b.setAttribute('aria-pressed', String(b.value === key)); });
      section.classList.toggle('answered', key !== null);
      // The answer in the page's words, from its button (the stream's view is the same for every phone).
      var button = key === null ? null : Array.from(form.querySelectorAll('button[name=answer]')).find(function (b) { return b.value === key; });
      var shown = button ? button.dataset.shown : card.saved;
      form.workshopAnswer = key === null ? null : shown;
      if (key !== null && key === form.workshopSent) lines.push(t('saved', { answer: shown }));
      else lines.push(key === null ? t('taken_back') : t('changed', { answer: shown }));
    }
    if (key !== form.workshopSent) form.workshopSent = null;
    // The first view only says which note is there already; a later one is news unless this page sent it.
    if (form.workshopNoteSeen !== undefined && note && note !== form.workshopNoteSeen && !form.workshopNotes[note]) {
      lines.push(t('note_from', { note: note }));
    }
    form.workshopNoteSeen = note;
    if (lines.length) say(form, lines.join(' · '));
  }
  function afterSaving(section, form) {
    if (form.workshopWatch) return;
    form.workshopWatch = new MutationObserver(function () {
      if (section.classList.contains('saving')) return;
      form.workshopWatch.disconnect(); form.workshopWatch = null;
      if (form.workshopPending) update(form, form.workshopPending);
    });
    form.workshopWatch.observe(section, { attributes: true, attributeFilter: ['class'] });
  }
  // Ideas: a prompt whose ideas or dots changed is redrawn from the page as the server renders it,
  // as phone.js does after a post, but never under a tap on its way or an edit being typed, and only
  // the parts whose words changed. A change within 1.5 s of this page's own post is taken as its own:
  // phone.js redraws after it, and two redraws would race.
  var seen = Object.create(null), later = null;
  document.addEventListener('submit', function (event) {
    var section = event.target.closest('section.prompt');
    if (section) section.workshopTouched = Date.now();
  }, true);
  function busy(section) {
    var typing = document.activeElement && section.querySelector('ul.mine') && section.querySelector('ul.mine').contains(document.activeElement);
    return typing || section.querySelector('ul.mine details[open], li.item.saving') ||
      Array.from(section.querySelectorAll('form')).some(function (f) { return f.workshopBusy; });
  }
  function swap(section, fresh, part) {
    var old = section.querySelector(part), now = fresh.querySelector(part);
    if (old && now && old.textContent === now.textContent) return;
    if (old && now) old.replaceWith(document.importNode(now, true));
    else if (old) old.remove();
    else if (now) section.querySelector('form.add-idea').before(document.importNode(now, true));
  }
  function ideas(list) {
    var changed = list.filter(function (entry) {
      var sign = JSON.stringify(entry), section = document.getElementById('i-' + entry.prompt), first = !(entry.prompt in seen);
      if (!section || seen[entry.prompt] === sign) return false;
      if (first || Date.now() - (section.workshopTouched || 0) < 1500) { seen[entry.prompt] = sign; return false; }
      if (busy(section)) { clearTimeout(later); later = setTimeout(function () { ideas(list); }, 1000); return false; }
      seen[entry.prompt] = sign;
      return true;
    });
    if (!changed.length) return;
    fetch(location.pathname + location.search, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (html) {
      var page = new DOMParser().parseFromString(html, 'text/html');
      var jumps = document.querySelector('nav.jumps'), now = page.querySelector('nav.jumps');
      if (jumps && now && now.textContent !== jumps.textContent) jumps.replaceWith(document.importNode(now, true));
      changed.forEach(function (entry) {
        var section = document.getElementById('i-' + entry.prompt), fresh = page.getElementById('i-' + entry.prompt);
        if (section && fresh) ['section.vote', 'h4.have-head', 'ul.mine'].forEach(function (part) { swap(section, fresh, part); });
      });
    }).catch(function () { changed.forEach(function (entry) { seen[entry.prompt] = ''; }); });
  }
  function view(event) {
    var table;
    try { table = JSON.parse(event.data); } catch (error) { return; }
    document.body.dataset.stream = 'live'; // for a test, and a stylesheet that cares
    if (persona && table.persona === persona.value) {
      table.cards.forEach(function (each) {
        var form = forms[each.activity + '\u0000' + (each.criterion || '')];
        if (form) update(form, each);
      });
      if (progress) progress.textContent = t('answered', { done: table.answered, total: table.total });
    }
    ideas(table.ideas || []);
  }
  function open() {
    var source = new EventSource(location.pathname.replace(/\/+$/, '') + '/events');
    source.onmessage = view;
    // A network error is retried by EventSource itself; a refusal (a full room) ends the stream: try again.
    source.onerror = function () { document.body.dataset.stream = 'lost'; if (source.readyState === EventSource.CLOSED) setTimeout(open, 5000); };
  }
  open();
})();
