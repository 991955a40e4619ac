// Newsroom enhancements. Every page works without this file; it only adds conveniences.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Says at once that a chosen picture is too large, rather than after the upload the server would refuse.
document.addEventListener('change', (event) => {
  const input = event.target;
  if (input instanceof HTMLInputElement && input.type === 'file' && input.dataset.maxBytes) {
    const tooLarge = Array.from(input.files || []).some((file) => file.size > Number(input.dataset.maxBytes));
    const megabytes = Math.floor(Number(input.dataset.maxBytes) / (1024 * 1024));
    input.setCustomValidity(tooLarge ? `This file is larger than ${megabytes} MB. Choose a smaller one.` : '');
    input.reportValidity();
  }
});
