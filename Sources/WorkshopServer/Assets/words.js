'use strict';
// The words the room's scripts write, in the page's language: the page hands them in
// <meta name="workshop-words"> (the catalogue's `room.js.*`); `say('saved', { answer: 'Agree' })`
// fills `%{answer}`, `count('dots_left', 3)` picks the plural form the page's language uses
// (Intl.PluralRules, the same CLDR categories the server applies).
(function () {
  var meta = document.querySelector('meta[name=workshop-words]'), words = {};
  try { words = JSON.parse(meta ? meta.content : '{}'); } catch (e) { words = {}; }
  var lang = document.documentElement.lang || 'en', rules = null;
  try { rules = new Intl.PluralRules(lang); } catch (e) { rules = null; }
  function fill(text, values) {
    return String(text).replace(/%\{(\w+)\}/g, function (all, name) {
      return values && values[name] !== undefined ? String(values[name]) : all;
    });
  }
  function say(key, values) {
    var text = words[key];
    if (text === undefined) return key;
    if (typeof text === 'object') text = text.other;
    return fill(text, values);
  }
  function count(key, n, values) {
    var forms = words[key], all = Object.assign({ count: n }, values || {});
    if (forms === undefined) return key;
    if (typeof forms !== 'object') return fill(forms, all);
    var category = rules ? rules.select(n) : (n === 1 ? 'one' : 'other');
    return fill(forms[category] !== undefined ? forms[category] : forms.other, all);
  }
  window.workshopWords = { say: say, count: count, lang: lang };
})();
