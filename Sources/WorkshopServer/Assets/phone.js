'use strict';
(function () {
  function newKey() {
    var bytes = new Uint8Array(16); crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }
  var progress = document.getElementById('progress');
  function count() {
    if (!progress) return;
    var done = document.querySelectorAll('section.activity.answered').length;
    progress.textContent = done + ' of ' + progress.dataset.total + ' answered';
  }
  function pause(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  // The same body, with the same key, until the server answers: a retry is never recorded twice.
  // A newer tap of the same kind (an answer, or the note) ends an older one's retries.
  function send(form, slot, body, say, attempt, tap) {
    if (form[slot] !== tap) return Promise.resolve({ superseded: true });
    return fetch(form.action, { method: 'POST', credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return { error: 'the server answered ' + response.status }; })
          .then(function (json) { return { ok: response.ok, json: json }; });
      }, function () {
        if (attempt >= 8) throw new Error('offline');
        say('No connection; trying again…');
        return pause(Math.min(4000, 250 * Math.pow(2, attempt))).then(function () { return send(form, slot, body, say, attempt + 1, tap); });
      });
  }
  document.querySelectorAll('section.activity form').forEach(function (form) {
    var status = form.querySelector('.status'), section = form.closest('section'), note = form.elements.note;
    var shown = /^Saved: (.*)$/.exec(status.textContent.trim());
    form.workshopAnswer = shown ? shown[1] : null;
    // Note texts on their way (alone or with an answer), each with its count of requests.
    var flying = Object.create(null), saved = '';
    function unsent() { return note.value.trim() !== '' && note.value !== saved && !flying[note.value]; }
    // Whatever else the card says (a reply, a retry), a note typed and not on its way says so.
    function say(text) {
      if (!unsent()) status.textContent = text;
      else status.textContent = text ? text + ' · note not saved yet: tap Save note' : 'Note not saved yet: tap Save note';
    }
    note.addEventListener('input', function () {
      if (note.value.trim()) status.textContent = 'Note not saved yet: tap Save note';
    });
    // Back and forward refill the box without an input event.
    window.addEventListener('pageshow', function () { say(status.textContent.trim()); });
    form.addEventListener('submit', function (event) {
      var button = event.submitter;
      if (!button || (button.name !== 'answer' && button.name !== 'save')) return;
      event.preventDefault();
      var alone = button.name === 'save', sent = note.value;
      if (alone && !sent.trim()) { say('Type a note first'); return; }
      // One note is one record: a text on its way (alone or with an answer) is not sent again.
      if (alone && flying[sent]) { say('Saving the note…'); return; }
      if (flying[sent]) sent = '';
      var carried = sent.trim() ? sent : null;
      if (carried) flying[carried] = (flying[carried] || 0) + 1;
      function landed() { if (carried && !--flying[carried]) delete flying[carried]; }
      var body = { activity: form.elements.activity.value, persona: form.elements.persona.value,
        note: sent, key: form.elements.key.value };
      if (!alone) body.answer = button.value;
      if (form.elements.criterion) body.criterion = form.elements.criterion.value;
      if (!alone) form.querySelectorAll('button[name=answer]').forEach(function (b) { b.classList.toggle('chosen', b === button); });
      section.classList.add('saving');
      say(alone ? 'Saving the note…' : 'Saving…');
      var slot = alone ? 'workshopNote' : 'workshopTap', tap = (form[slot] || 0) + 1;
      form[slot] = tap;
      send(form, slot, body, say, 0, tap).then(function (result) {
        landed();
        // The server has the note even when a newer tap has taken the card over.
        if (result.ok && result.json.noted) { saved = sent; if (note.value === sent) note.value = ''; }
        if (result.superseded || form[slot] !== tap) return;
        section.classList.remove('saving');
        if (!result.ok) { say('Not saved: ' + (result.json.error || 'try again')); return; }
        if (!alone) { form.workshopAnswer = result.json.answer; section.classList.add('answered'); count(); }
        say(alone ? 'Note saved' + (form.workshopAnswer ? ' · Saved: ' + form.workshopAnswer : '')
          : 'Saved: ' + result.json.answer + (result.json.noted ? ', with the note' : ''));
        // The key stands for what was sent (the server hashes it with the body), so the same
        // tap again is the same record; a new one only once this one is saved.
        form.elements.key.value = newKey();
      }, function () {
        landed();
        if (form[slot] !== tap) return;
        section.classList.remove('saving');
        say('Not confirmed: no connection. Tap again when the Wi-Fi is back.');
      });
    });
  });
})();