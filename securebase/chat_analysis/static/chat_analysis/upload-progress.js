// Upload a chat export with a progress bar. Without this script the form posts normally.
// The words come from the form's data-msg-* attributes, translated by the page.
const form = document.querySelector("form[data-upload-progress]");

if (form && window.FormData && window.XMLHttpRequest) {
  const box = form.querySelector(".upload-progress");
  const bar = form.querySelector("progress");
  const status = form.querySelector("[data-upload-status]");
  const errors = form.querySelector("#upload-errors");
  const button = form.querySelector("button[type=submit]");
  const input = form.querySelector("input[type=file]");
  const limit = Number(input.dataset.maxBytes || 0);
  const words = form.dataset;

  const showError = (message) => {
    errors.replaceChildren();
    const item = document.createElement("li");
    item.textContent = message;
    errors.append(item);
    box.hidden = true;
    button.disabled = false;
    input.focus();
  };

  form.addEventListener("submit", (event) => {
    const file = input.files && input.files[0];
    if (!file) {
      return; // let the server say that a file is needed
    }
    if (limit && file.size > limit) {
      event.preventDefault();
      showError(words.msgTooLarge);
      return;
    }
    event.preventDefault();
    errors.replaceChildren();
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    request.upload.addEventListener("progress", (progress) => {
      if (progress.lengthComputable) {
        bar.max = progress.total;
        bar.value = progress.loaded;
        const percent = Math.round((100 * progress.loaded) / progress.total);
        status.textContent = `${words.msgUploadingShare} ${percent}%`;
      }
    });
    request.upload.addEventListener("load", () => {
      bar.removeAttribute("value");
      status.textContent = words.msgReading;
    });
    request.addEventListener("load", () => {
      let answer = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        answer = null;
      }
      if (answer && answer.redirect) {
        window.location.assign(answer.redirect);
      } else {
        showError(answer && answer.error ? answer.error : words.msgFailed);
      }
    });
    request.addEventListener("error", () => {
      showError(words.msgInterrupted);
    });
    box.hidden = false;
    button.disabled = true;
    status.textContent = words.msgUploading;
    request.send(new FormData(form));
  });
}
