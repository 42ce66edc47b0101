// Saves each answer as it is chosen, so a reload or a lost connection keeps it even before
// "Next". Without this script the page still works: answers are saved when it is submitted.
const form = document.querySelector("form[data-autosave]");

if (form) {
  let saving = Promise.resolve();
  let flushed = false;
  const answered = document.querySelector("[data-answered]");
  const bar = document.getElementById("progress-bar");

  const save = () =>
    fetch(form.dataset.autosave, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((progress) => {
        if (progress && answered && bar) {
          answered.textContent = String(progress.answered);
          bar.value = progress.answered;
          bar.textContent = `${progress.answered} of ${progress.total}`;
        }
      })
      .catch(() => {});

  form.addEventListener("change", () => {
    // One request at a time, in order, so an older save never lands after a newer one.
    saving = saving.then(save);
  });

  form.addEventListener("submit", (event) => {
    if (flushed) return;
    // Let a save still on its way finish first: the session is written whole, so a late
    // save could otherwise undo what this submission records.
    event.preventDefault();
    const button = event.submitter;
    saving.finally(() => {
      flushed = true;
      // A fresh task: a form ignores submit requests while its submit event is still firing.
      setTimeout(() => form.requestSubmit(button), 0);
    });
  });
}
