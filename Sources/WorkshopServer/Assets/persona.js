// The persona card folds like any <details>; this keeps each table's choice (open or folded)
// across reloads, in the phone's local storage. Without JavaScript the card simply starts open.
(function () {
  'use strict';
  var card = document.querySelector('details[data-remember]');
  if (!card) return;
  var key = 'workshop:' + card.dataset.remember;
  var store = null;
  try { store = window.localStorage; } catch (e) { return; }
  if (store.getItem(key) === 'closed') card.open = false;
  card.addEventListener('toggle', function () {
    try { store.setItem(key, card.open ? 'open' : 'closed'); } catch (e) { /* full or private: forget */ }
  });
})();
