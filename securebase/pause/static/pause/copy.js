// The "Copy the message" button on the ask-directly page. Without this script the draft is
// still on the page in a text box, ready to select and copy by hand; the button stays hidden.
// The words come from the button's data-say-* attributes, in the page's language.

function setUp(button) {
  const source = document.querySelector("[data-copy-source]");
  const status = document.querySelector("[data-copy-status]");
  if (!source || !navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.value);
      status.textContent = button.dataset.sayCopied || "Copied.";
    } catch {
      source.select();
      status.textContent =
        button.dataset.saySelected || "Selected — copy it with your device's copy command.";
    }
  });
}

document.querySelectorAll("[data-copy-button]").forEach(setUp);
