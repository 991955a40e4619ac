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

// The article editor: a live preview rendered by the server exactly as the public page renders it, and
// autosave of work in progress. Without this script the form saves as usual and the preview shows the last save.
(() => {
  const form = document.querySelector('form[data-editor]');
  if (!form) {
    return;
  }
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  const postJson = (url, data) => fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', [header.content]: token.content },
    body: JSON.stringify(data),
  }).then((response) => {
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    return response.json();
  });

  const body = form.querySelector('[data-preview-source]');
  const preview = document.querySelector('[data-preview]');
  let previewTimer;
  const refreshPreview = () => {
    postJson('/newsroom/preview', { markdown: body.value })
      .then((result) => { preview.innerHTML = result.html; })
      .catch(() => { /* The preview keeps its last rendering; the form itself is unaffected. */ });
  };
  body.addEventListener('input', () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(refreshPreview, 400);
  });

  const autosaveUrl = form.dataset.autosaveUrl;
  const status = form.querySelector('[data-autosave-status]');
  if (!autosaveUrl) {
    return;
  }
  const AUTOSAVE_DELAY = 20000;
  let autosaveTimer;
  const autosave = () => {
    autosaveTimer = undefined;
    postJson(autosaveUrl, {
      headline: form.elements.headline.value,
      standfirst: form.elements.standfirst.value,
      body: body.value,
    })
      .then((result) => { status.textContent = `Saved draft at ${result.savedAt}`; })
      .catch(() => { status.textContent = 'Autosave failed; your text is still here. Save to keep it.'; });
  };
  form.addEventListener('input', () => {
    if (autosaveTimer === undefined) {
      autosaveTimer = setTimeout(autosave, AUTOSAVE_DELAY);
    }
  });
  form.addEventListener('submit', () => clearTimeout(autosaveTimer));
})();
