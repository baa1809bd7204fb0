/// The files the pages load, compiled into the binary: the room needs no network beyond the laptop,
/// and nothing outside this table can be asked for (no path reaches the disk).
enum Assets {
    static func file(_ name: Substring) -> (type: String, body: String)? {
        switch name {
        case "room.css": return ("text/css; charset=utf-8", css)
        case "phone.js": return ("text/javascript; charset=utf-8", phoneScript)
        case "projector.js": return ("text/javascript; charset=utf-8", projectorScript)
        default: return nil
        }
    }

    static let css = """
        *{box-sizing:border-box}body{margin:0;font:18px/1.4 system-ui,sans-serif;color:#111;background:#fafafa}
        header,main{padding:12px 16px}h1{font-size:1.3em;margin:0 0 4px}h2{font-size:1.1em;margin:0 0 6px}
        .progress{font-weight:600;margin:4px 0 0}.flash{background:#d8f3dc;margin:0 16px;padding:8px 12px;border-radius:8px}
        .activity{background:#fff;border:1px solid #ddd;border-radius:12px;padding:12px;margin:0 0 14px}
        .activity.answered{border-color:#2d6a4f;box-shadow:inset 6px 0 0 #2d6a4f}.activity.saving{opacity:.7}
        .description{color:#444;font-size:.9em;margin:0 0 8px}.criterion{color:#555;font-weight:400}
        .buttons{display:flex;flex-wrap:wrap;gap:8px}
        .buttons button{flex:1 0 48px;min-height:56px;font-size:1.25em;border:2px solid #1d3557;border-radius:10px;
        background:#fff;color:#1d3557;padding:4px;font:inherit;font-size:1.25em}.buttons button small{display:block;font-size:.55em}
        .buttons button.chosen{background:#1d3557;color:#fff}.buttons .unsure{flex-basis:100%;min-height:44px;font-size:1em}
        details{margin:8px 0}textarea{width:100%;font:inherit}.save-note{margin-top:6px;min-height:44px;padding:6px 14px;
        font:inherit;border:2px solid #1d3557;border-radius:10px;background:#fff;color:#1d3557}.status{min-height:1.4em;margin:6px 0 0;font-weight:600;color:#2d6a4f}
        .choices{list-style:none;padding:0}.choice{display:block;padding:16px;margin:0 0 10px;border:2px solid #1d3557;
        border-radius:10px;text-decoration:none;color:#1d3557;font-size:1.2em}.choices small{display:block;color:#444;font-size:.7em;margin-top:4px}
        .message{max-width:40em}
        .projector{font-size:22px;padding:0 16px 16px}.projector header{padding-left:0}.projector table{border-collapse:collapse;width:100%;margin:8px 0 16px}
        .projector th,.projector td{border:2px solid #fff;padding:8px;text-align:center}
        .projector th[scope=row]{text-align:left;background:#eee}.projector td{font-size:1.5em;font-weight:700;background:#f1f1f1}
        .projector td small{display:block;font-size:.45em;font-weight:400}
        td[data-shade="0"]{background:#d73027;color:#fff}td[data-shade="1"]{background:#fc8d59}
        td[data-shade="2"]{background:#fee08b}td[data-shade="3"]{background:#91cf60}td[data-shade="4"]{background:#1a9850;color:#fff}
        .coverage li.done{color:#2d6a4f}.reveal button{font:inherit;font-size:.8em;padding:6px 10px}
        .cards{display:flex;flex-wrap:wrap;gap:16px}.card{width:9cm;border:1px dashed #999;padding:12px;break-inside:avoid}
        .qr{width:6cm;height:6cm}.link{font-family:monospace;font-size:12px;word-break:break-all}
        @media print{.card{page-break-inside:avoid}}
        """

    static let phoneScript = """
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
        """
}
