// What the exercise widgets (pacer.js, surf-timer.js) have in common. A widget's parts are
// marked data-<prefix>-<part>, and its controls (data-<prefix>-controls) stay hidden until a
// script shows them, so that without JavaScript the page offers only the plain steps. Its words
// come from its data-say-* attributes, written by the server in the page's language, with the
// English as a fallback.

export const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

export function setUpEach(selector, prefix, setUp) {
  for (const root of document.querySelectorAll(selector)) {
    const part = (key) => root.querySelector(`[data-${prefix}-${key}]`);
    const say = (key, fallback) => root.dataset[key] || fallback;
    part("controls").hidden = false;
    setUp(root, part, say);
  }
}
