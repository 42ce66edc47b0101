// The "Copy the message" button on the ask-directly page. Without this script the draft is
// still on the page in a text box, ready to select and copy by hand; the button stays hidden.

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
      status.textContent = "Copied.";
    } catch {
      source.select();
      status.textContent = "Selected — copy it with your device's copy command.";
    }
  });
}

document.querySelectorAll("[data-copy-button]").forEach(setUp);
