// Show slot times in the visitor's own time zone. Where the page does not know it yet, read it
// from the browser: on the booking start page just preselect it in the menu
// (data-detect-time-zone="fill"); on the slot picker also load the picker again.
// Without JavaScript the menus and their buttons still work.
function useBrowserZone() {
  const select = document.querySelector("select[data-detect-time-zone]");
  if (!select) return;
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
    return;
  }
  if (!zone || zone === select.value) return;
  if (![...select.options].some((option) => option.value === zone)) {
    select.add(new Option(zone.replaceAll("_", " "), zone), 0);
  }
  select.value = zone;
  if (select.dataset.detectTimeZone === "fill") return;
  if (window.htmx) {
    // The form's hx-trigger="change" fetches just the picker.
    select.dispatchEvent(new Event("change", { bubbles: true }));
  } else {
    select.form.requestSubmit();
  }
}

// After DOMContentLoaded, so htmx (loaded earlier) has wired up the form.
document.addEventListener("DOMContentLoaded", useBrowserZone);
