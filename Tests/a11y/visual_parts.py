"""The scripts visual_test.py runs in the page: WCAG contrast of computed colours (each against the
first opaque background behind it), what sticks out past the viewport, and motion still running."""

# Shared by the scripts below: a computed colour as [r, g, b, a]; the WCAG ratio of two colours;
# the colour behind an element (the first ancestor's opaque background, white at the top); the
# element's opacity as drawn (its own times its ancestors').
COLOUR = """
function rgba(text) { var m = /rgba?\\(([^)]+)\\)/.exec(text || ''); if (!m) return null;
  var p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
function lum(c) { return [0, 1, 2].map(function (i) { var v = c[i] / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
  .reduce(function (s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }
function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
function behind(e) { for (var n = e; n && n.nodeType === 1; n = n.parentElement) { var c = rgba(getComputedStyle(n).backgroundColor);
  if (c && c[3] > 0.99) return c; } return [255, 255, 255, 1]; }
function opacity(e) { var o = 1; for (var n = e; n && n.nodeType === 1; n = n.parentElement) o *= +getComputedStyle(n).opacity; return o; }
function named(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '') +
  (e.value ? '[' + e.value + ']' : ''); }
"""

# Every heatmap tone drawn on the page: its text against its own background, at full opacity, and
# the text on it or in its row (a figure, a key, a letter, a bar's count: colour is never the only sign, 1.4.1).
TONES = COLOUR + """
return Array.from(document.querySelectorAll('[data-tone]')).filter(function (e) { return e.getClientRects().length; }).map(function (e) {
  var s = getComputedStyle(e), bg = rgba(s.backgroundColor);
  return {what: named(e) + ' ' + (e.dataset.palette || '') + '/' + e.dataset.tone, ratio: ratio(rgba(s.color), bg[3] > 0.99 ? bg : behind(e)),
          opacity: opacity(e), want: 4.5, text: (e.textContent.trim() ? e : e.closest('tr, li') || e.parentElement).textContent.trim()};
});"""

# The UI states against their neighbours (3:1), and their text (4.5:1): a chosen answer's ring
# against the card, a saved card's bar, a disabled button's text and edge.
STATES = COLOUR + """
var out = [];
document.querySelectorAll('.buttons button.chosen').forEach(function (b) {
  out.push({what: 'chosen ring ' + named(b), ratio: ratio(rgba(getComputedStyle(b).outlineColor), behind(b.parentElement)), opacity: opacity(b), want: 3});
});
document.querySelectorAll('section.activity.answered').forEach(function (s) {
  var bar = rgba(getComputedStyle(s).boxShadow) || rgba(getComputedStyle(s).borderLeftColor);
  out.push({what: 'saved bar ' + named(s), ratio: ratio(bar, behind(s)), opacity: opacity(s), want: 3});
  out.push({what: 'saved edge ' + named(s), ratio: ratio(rgba(getComputedStyle(s).borderTopColor), behind(s.parentElement)), opacity: 1, want: 3});
});
document.querySelectorAll('button:disabled').forEach(function (b) {
  var s = getComputedStyle(b), own = rgba(s.backgroundColor);
  own = own[3] > 0.99 ? own : behind(b);
  out.push({what: 'disabled text ' + named(b), ratio: ratio(rgba(s.color), own), opacity: opacity(b), want: 4.5});
  out.push({what: 'disabled edge ' + named(b), ratio: ratio(rgba(s.borderTopColor), behind(b.parentElement)), opacity: opacity(b), want: 3});
});
document.querySelectorAll('.status, [role=status], [role=alert]').forEach(function (e) {
  if (e.textContent.trim() && e.getClientRects().length)
    out.push({what: 'status ' + named(e), ratio: ratio(rgba(getComputedStyle(e).color), behind(e)), opacity: opacity(e), want: 4.5});
});
return out;"""

# The focused element's ring against what is behind it (3:1), and its width.
RING = COLOUR + """
var e = document.activeElement, s = getComputedStyle(e);
if (!e || e === document.body) return null;
var r = e.getBoundingClientRect(), top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
return {what: 'focus ring ' + named(e), ratio: ratio(rgba(s.outlineColor), behind(e.parentElement)), opacity: opacity(e), want: 3,
        width: parseFloat(s.outlineWidth), style: s.outlineStyle,
        seen: r.bottom > 0 && r.top < innerHeight && !!top && (top === e || e.contains(top) || top.contains(e) && top.tagName === 'LABEL')};"""

# Targets smaller than 24x24 CSS px (2.5.8), a link inside a sentence aside (the exception for
# inline targets); and the smallest size found.
TARGETS = """
var small = [], least = 1e9;
document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (!e.getClientRects().length || !r.width) return;
  if (e.tagName === 'A' && getComputedStyle(e).display === 'inline' && e.parentElement.textContent.trim() !== e.textContent.trim()) return;
  least = Math.min(least, r.width, r.height);
  if (r.width < 24 || r.height < 24) small.push(e.tagName.toLowerCase() + ' ' + e.textContent.trim().slice(0, 30) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
});
return {small: small.slice(0, 6), count: small.length, least: least};"""

# Elements whose box sticks out past the viewport's right edge (a visually hidden one aside).
WIDER = """
var w = document.documentElement.clientWidth, out = [];
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect(), s = getComputedStyle(e);
  if (!r.width || s.position === 'absolute' && (r.width <= 1 || s.clip !== 'auto')) return;
  if (r.right > w + 1 || r.left < -1) out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
});
return {scroll: document.documentElement.scrollWidth - w, out: out.slice(0, 5), count: out.length};"""

# Anything that would move: a transition or an animation on any element.
MOTION = """
return Array.from(document.querySelectorAll('*')).filter(function (e) {
  var s = getComputedStyle(e);
  return s.transitionDuration.split(',').some(function (d) { return parseFloat(d) > 0; }) || s.animationName !== 'none';
}).map(function (e) { return e.tagName + '.' + e.className; }).slice(0, 5);"""
