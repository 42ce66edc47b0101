// Paced breathing: a circle that grows while you breathe in and shrinks while you breathe out.
// Reads its pace from data attributes set by the server; without this script the page shows
// the same exercise as plain steps. With prefers-reduced-motion the circle does not move: the
// words and the count carry the rhythm instead. The words come from data-say-* attributes, in
// the page's language.

import { reducedMotion, setUpEach } from "./widget.js";

const MIN_R = 40;
const MAX_R = 90;

setUpEach("[data-pacer]", "pacer", (root, part, say) => {
  const inhale = Number(root.dataset.inhale) * 1000;
  const exhale = Number(root.dataset.exhale) * 1000;
  const cycles = Number(root.dataset.cycles);
  const circle = part("circle");
  const phase = part("phase");
  const count = part("count");
  const toggle = part("toggle");
  let running = false;
  let frame = 0;
  let startedAt = 0;

  function draw(now) {
    const period = inhale + exhale;
    const elapsed = now - startedAt;
    const breath = Math.floor(elapsed / period);
    if (breath >= cycles) {
      finish();
      return;
    }
    const within = elapsed - breath * period;
    const breathingIn = within < inhale;
    const secondsLeft = Math.ceil(((breathingIn ? inhale : period) - within) / 1000);
    const words = breathingIn ? say("sayIn", "Breathe in") : say("sayOut", "Breathe out");
    if (phase.dataset.words !== words) {
      phase.dataset.words = words;
      phase.textContent = words;
    }
    count.textContent = say("sayCount", "{seconds} · breath {breath} of {cycles}")
      .replace("{seconds}", String(secondsLeft))
      .replace("{breath}", String(breath + 1))
      .replace("{cycles}", String(cycles));
    circle.classList.toggle("is-out", !breathingIn);
    if (!reducedMotion.matches) {
      const progress = breathingIn ? within / inhale : 1 - (within - inhale) / exhale;
      // Ease in and out so the edge of the circle moves like a breath, not a machine.
      const eased = 0.5 - Math.cos(Math.PI * progress) / 2;
      circle.setAttribute("r", String(MIN_R + (MAX_R - MIN_R) * eased));
    }
    frame = requestAnimationFrame(draw);
  }

  function start() {
    running = true;
    toggle.textContent = say("sayStop", "Stop");
    startedAt = performance.now();
    phase.dataset.words = "";
    frame = requestAnimationFrame(draw);
  }

  function stop(message) {
    running = false;
    cancelAnimationFrame(frame);
    toggle.textContent = say("sayAgain", "Start again");
    circle.setAttribute("r", String(MIN_R));
    circle.classList.remove("is-out");
    phase.dataset.words = "";
    phase.textContent = message;
  }

  function finish() {
    stop(say("sayLast", "That's the last breath. Notice how your body feels now."));
    count.textContent = "";
  }

  toggle.addEventListener("click", () => {
    if (running) {
      stop(say("sayStopped", "Stopped. Start again whenever you like."));
    } else {
      start();
    }
  });
});
