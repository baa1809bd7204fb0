'use strict';
// The projector as a deck of slides (ProjectorPage.swift, SlideBody.swift): listens to the room's
// event stream, fetches the slide on show again as answers arrive (GET /f/TOKEN/slide), steps the
// deck and the matrix's pages with the arrow keys and PageUp/PageDown, shows or hides results with
// Ctrl+Shift+H, and says so in a banner when the server cannot be reached.
(function () {
  var root = document.getElementById('projector'), main = document.getElementById('slide');
  if (!root || !main || !window.EventSource || !window.fetch) return;
  // The projector's own address, under the prefix a proxy may add (`/stirling/f/TOKEN`).
  var home = root.dataset.events.replace(/\/events$/, ''), still = root.dataset.still === '1';
  var projector = window.workshopProjector, announce = document.getElementById('announce');
  var t = (window.workshopWords || { say: String }).say;
  var page = 0, pages = 1, loading = false, again = null, stepped = 0, wanted = null;
  var echoes = 1500;  // ms after a step in which the views its own posts cause still echo back
  function body() { return document.getElementById('slide-body'); }
  function current() { var b = body(); return b ? b.dataset.slide : null; }
  function say(text) { announce.textContent = text; }
  function name(id) { var b = body(); return (b && b.getAttribute('aria-label')) || id; }

  // The matrix's rows in pages that fit the screen's height, measured with every row shown.
  function paginate() {
    var table = document.getElementById('matrix'), note = document.getElementById('pages');
    if (!table || !note) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    rows.forEach(function (row) { row.hidden = false; });
    note.hidden = false;
    note.textContent = t('page_one');
    var heights = rows.map(function (row) { return row.getBoundingClientRect().height; });
    var all = heights.reduce(function (a, b) { return a + b; }, 0);
    var room = window.innerHeight - (document.documentElement.scrollHeight - all) - 12;
    var starts = [0], used = 0;
    heights.forEach(function (height, index) {
      if (used > 0 && used + height > room) { starts.push(index); used = 0; }
      used += height;
    });
    pages = starts.length;
    page = Math.max(0, Math.min(page, pages - 1));
    var from = starts[page], to = page + 1 < pages ? starts[page + 1] : rows.length;
    rows.forEach(function (row, index) { row.hidden = index < from || index >= to; });
    var code = function (row) { return row.querySelector('.code').textContent; };
    note.textContent = t(page + 1 < pages ? 'page_next' : 'page',
      { page: page + 1, pages: pages, from: code(rows[from]), to: code(rows[to - 1]) });
    note.hidden = pages < 2;
  }

  // A slide as the server renders it, swapped in; one fetch at a time, the latest wish kept.
  function load(id) {
    if (loading) { again = id; return; }
    loading = true;
    var was = current();
    var url = home + '/slide?slide=' + encodeURIComponent(id) + (still ? '&still=1' : '');
    fetch(url, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    }).then(function (html) {
      // A wish for another slide, made while this was on its way, wins: swapped in, a slide the
      // screen has just left would flash back, at the page the step set for the next one. (The
      // same slide wished again is swapped in, then fetched again: views come up to 10 a second.)
      if ((again !== null && again !== id) || (id !== wanted && Date.now() < stepped + echoes)) return;
      var parsed = new DOMParser().parseFromString(html, 'text/html');
      main.replaceChildren.apply(main, Array.prototype.slice.call(parsed.body.childNodes));
      if (current() === 'ideas') projector.hook(document.getElementById('theme-form'));
      paginate();
      if (current() !== was) {
        say(t(pages > 1 && current() === 'matrix' ? 'slide_page' : 'slide', { name: name(current()), page: page + 1, pages: pages }));
      }
    }).catch(function () { /* the stream's next view tries again */ }).then(function () {
      loading = false;
      if (again !== null) { var next = again; again = null; load(next); }
    });
  }

  // One post at a time, in order: two in flight could land the wrong way round and leave the
  // room on the slide this screen has just left.
  var posted = Promise.resolve();
  function post(id, at) {
    posted = posted.catch(function () {}).then(function () {
      return fetch(home + '/slide', {
        method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ slide: id, page: at })
      });
    });
    return posted;
  }
  function go(id, at) { page = at; stepped = Date.now(); wanted = id; post(id, at).then(function () { load(id); }, function () { /* offline: the banner says so */ }); }

  function step(forward) {
    var shown = body();
    if (!shown) return;
    if (shown.dataset.slide === 'matrix' && (forward ? page + 1 < pages : page > 0)) {
      page += forward ? 1 : -1;
      stepped = Date.now();
      wanted = 'matrix';
      paginate();
      post('matrix', page).catch(function () { /* offline: the banner says so */ });
      say(t('matrix_page', { page: page + 1, pages: pages }));
      return;
    }
    var target = forward ? shown.dataset.next : shown.dataset.prev;
    if (!target) { say(t(forward ? 'last_slide' : 'first_slide')); return; }
    go(target, forward ? 0 : 999);
  }

  // Results shown or hidden without leaving the page; the stream redraws the rest.
  var reveal = root.querySelector('form.reveal');
  function toggle() {
    var show = reveal.elements.show.value === '1';
    fetch(reveal.action, { method: 'POST', credentials: 'same-origin', redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'show=' + (show ? '1' : '0')
    }).then(function (response) {
      // The form's answer is a redirect, seen here as an opaque one; anything else was refused.
      if (response.type !== 'opaqueredirect' && !response.ok) throw new Error(String(response.status));
      say(t(show ? 'results_shown' : 'results_hidden'));
    }).catch(function () { say(t('not_changed')); });
  }
  reveal.addEventListener('submit', function (event) { event.preventDefault(); toggle(); });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey && event.shiftKey && !event.altKey && !event.metaKey && (event.key || '').toLowerCase() === 'h') {
      event.preventDefault();
      toggle();
      return;
    }
    var target = event.target;
    if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    var forward = { ArrowRight: true, PageDown: true, ArrowLeft: false, PageUp: false }[event.key];
    if (forward === undefined) return;
    event.preventDefault();
    step(forward);
  });
  // A click on a slide's link (the steps, a matrix row's code) moves every screen, not only this one.
  main.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href*="slide="]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var id = new URL(link.href).searchParams.get('slide');
    go(id, link.rel === 'prev' && id === 'matrix' ? 999 : 0);
  });

  // A screen that has just stepped keeps its own slide and page: the views its own posts cause
  // echo back meanwhile, an older one possibly last. Any other screen takes the room's.
  var latest = null, later = null;
  function onView(view) {
    projector.render(view);
    latest = view;
    var wait = stepped + echoes - Date.now();
    if (wait > 0 && view.slide !== wanted) {
      // Another screen may have moved the room meanwhile: looked at again once the echoes are over.
      clearTimeout(later);
      later = setTimeout(function () { onView(latest); }, wait + 10);
      return;
    }
    if (wait <= 0) page = view.page || 0;
    if (view.slide !== current() || view.slide !== 'ideas') load(view.slide);
  }

  // The banner: shown when the stream breaks, cleared when it is back (the phones queue meanwhile).
  var banner = document.getElementById('offline');
  function offline(lost) {
    if (lost && banner.hidden) {
      banner.textContent = t('server_lost');
      banner.hidden = false;
    } else if (!lost && !banner.hidden) {
      banner.hidden = true;
      banner.textContent = '';
      say(t('server_back'));
    }
  }
  function connect() {
    var source = new EventSource(root.dataset.events);
    source.onopen = function () { offline(false); };
    source.onmessage = function (event) { offline(false); onView(JSON.parse(event.data)); };
    source.onerror = function () {
      offline(true);
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 2000);
    };
  }

  var shown = body();
  page = shown ? Number(shown.dataset.page || 0) : 0;
  paginate();
  window.addEventListener('resize', paginate);
  // A link followed with ?slide= (a bookmark, another tab): that slide goes on every screen first.
  var asked = new URL(location.href).searchParams.get('slide');
  if (asked && shown && asked === shown.dataset.slide) post(asked, 0).then(connect, connect);
  else connect();
})();
