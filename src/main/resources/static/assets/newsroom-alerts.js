// Live progress of an alert being sent: asks the server for the figures every second until it is over.
// Without this script the page shows the figures as they were when it loaded.
(() => {
  const panel = document.querySelector('[data-alert-progress]');
  if (!panel) {
    return;
  }
  const bar = panel.querySelector('progress');
  const show = (progress) => {
    for (const field of panel.querySelectorAll('[data-field]')) {
      const value = progress[field.dataset.field];
      if (value !== undefined) {
        field.textContent = String(value);
      }
    }
    bar.max = Math.max(progress.queued, 1);
    bar.value = progress.done;
    bar.textContent = progress.done + ' of ' + progress.queued;
  };
  const poll = async () => {
    try {
      const response = await fetch(panel.dataset.alertProgress, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (response.ok) {
        const progress = await response.json();
        show(progress);
        if (progress.status === 'finished' || progress.status === 'cancelled') {
          return;
        }
      }
    } catch (offline) {
      // The next poll tries again: a dropped request should not stop the bar.
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
})();
