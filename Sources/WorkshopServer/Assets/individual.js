// Individuals mode, on the room link's landing: a phone that joined this room before goes back
// to the link it kept (so a rescan of the poster keeps the same rater); a phone new to the room
// keeps the link it was just given and goes on to it. Without local storage it just goes on.
(function () {
  'use strict';
  var landing = document.getElementById('landing');
  if (!landing) return;
  var key = 'workshop-individual-' + landing.getAttribute('data-room');
  var mine = landing.getAttribute('data-link');
  var kept = null;
  try { kept = window.localStorage.getItem(key); } catch (e) { kept = null; }
  if (kept && /^(\/[A-Za-z0-9._~-]+)*\/g\/[1-9][0-9]{0,6}-[0-9a-f]{32}$/.test(kept)) {
    window.location.replace(kept);
    return;
  }
  try { window.localStorage.setItem(key, mine); } catch (e) { /* private browsing: a new rater next time */ }
  window.location.replace(mine);
})();
