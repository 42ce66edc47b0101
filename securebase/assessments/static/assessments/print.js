// A "Print or save as PDF" button; without this script, the browser's own print command does
// the same job, so the button stays hidden.
for (const button of document.querySelectorAll("button[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
