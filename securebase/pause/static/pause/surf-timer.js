// Urge surfing: a countdown, with a marker riding the wave from its rise to where it has passed.
// Without this script the page offers the same exercise as plain steps. With
// prefers-reduced-motion the marker jumps once a minute instead of gliding. The words come from
// data-say-* attributes, in the page's language.

import { reducedMotion, setUpEach } from "./widget.js";

function format(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

setUpEach("[data-surf-timer]", "surf", (root, part, say) => {
  const total = Number(root.dataset.minutes) * 60;
  const display = part("display");
  const status = part("status");
  const toggle = part("toggle");
  const reset = part("reset");
  const path = document.querySelector("[data-surf-path]");
  const marker = document.querySelector("[data-surf-marker]");
  const length = path ? path.getTotalLength() : 0;
  let remaining = total;
  let timer = 0;
  let lastTick = 0;
  let halfwaySaid = false;

  function place() {
    if (!path || !marker) return;
    let done = (total - remaining) / total;
    if (reducedMotion.matches) {
      done = Math.floor((total - remaining) / 60) / (total / 60);
    }
    const point = path.getPointAtLength(length * done);
    marker.setAttribute("cx", point.x.toFixed(1));
    marker.setAttribute("cy", point.y.toFixed(1));
  }

  function tick() {
    const now = Date.now();
    // Count real elapsed seconds: a phone may throttle timers while the screen is off.
    const passed = Math.floor((now - lastTick) / 1000);
    if (passed < 1) return;
    lastTick += passed * 1000;
    remaining = Math.max(0, remaining - passed);
    display.textContent = format(remaining);
    place();
    if (!halfwaySaid && remaining <= total / 2) {
      halfwaySaid = true;
      status.textContent = say("sayHalfway", "Halfway. Where is the urge now, from 0 to 10?");
    }
    if (remaining === 0) {
      pause();
      toggle.textContent = say("sayAgain", "Start again");
      status.textContent = say(
        "sayTime",
        "Time. Notice where the urge is now. Whatever it is, you rode it.",
      );
    }
  }

  function start() {
    if (remaining === 0) restart();
    lastTick = Date.now();
    timer = window.setInterval(tick, 250);
    toggle.textContent = say("sayPause", "Pause the timer");
    status.textContent = say("sayRunning", "Timer running. Breathe, and watch the wave.");
  }

  function pause() {
    window.clearInterval(timer);
    timer = 0;
    toggle.textContent = say("sayCarryOn", "Carry on");
  }

  function restart() {
    pause();
    remaining = total;
    halfwaySaid = false;
    display.textContent = format(remaining);
    toggle.textContent = say("sayStart", "Start the timer");
    status.textContent = "";
    place();
  }

  toggle.addEventListener("click", () => (timer ? pause() : start()));
  reset.addEventListener("click", restart);
});
