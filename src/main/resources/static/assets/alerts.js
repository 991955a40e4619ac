// Alert opt-in, as an enhancement: nothing here runs where the browser cannot receive push messages.
// The browser's permission prompt appears only after the reader clicks "Turn on alerts".
(() => {
  const supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  const VIEWS = 'broadsheet.alerts.pageViews';
  const DISMISSED = 'broadsheet.alerts.dismissedAt';
  const DISMISS_FOR_MS = 30 * 24 * 60 * 60 * 1000;

  const storage = {
    get(key) { try { return window.localStorage.getItem(key); } catch (blocked) { return null; } },
    set(key, value) { try { window.localStorage.setItem(key, value); } catch (blocked) { /* private mode: forget */ } },
  };

  async function options() {
    const response = await fetch('/alerts/options', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('Alert options unavailable');
    return response.json();
  }

  async function send(path, body, csrf) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[csrf.header] = csrf.token;
    const response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
    if (!response.ok && response.status !== 404) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.reason || 'The server refused the change.');
    }
    return response;
  }

  async function registration() {
    return navigator.serviceWorker.register('/sw.js', { scope: '/' });
  }

  async function subscribe(edition, topics) {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      throw new Error('Notifications are blocked for this site. You can allow them in your browser settings.');
    }
    const settings = await options();
    const worker = await registration();
    await navigator.serviceWorker.ready;
    const subscription = await worker.pushManager.getSubscription()
      || await worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: settings.publicKey });
    const json = subscription.toJSON();
    await send('/alerts/subscriptions', { endpoint: json.endpoint, keys: json.keys, edition, topics }, settings.csrf);
  }

  async function currentSubscription() {
    const worker = await navigator.serviceWorker.getRegistration('/');
    return worker ? worker.pushManager.getSubscription() : null;
  }

  // "Replies to my comments" is offered to a signed-in reader, or where this browser's alerts already carry
  // them; the page itself is the same for everyone.
  function offerReplies(form, settings, chosen) {
    const replies = form.querySelector('[data-alert-replies]');
    const note = form.querySelector('[data-alert-replies-note]');
    const offered = settings.signedIn || (chosen || []).includes('replies');
    if (replies) replies.hidden = !offered;
    if (note) note.hidden = offered;
  }

  function chosenTopics(form) {
    return Array.from(form.querySelectorAll('input[name="topic"]:checked')).map((box) => box.value);
  }

  function say(form, text) {
    const status = form.querySelector('[role="status"]');
    if (status) status.textContent = text;
  }

  async function offer() {
    const aside = document.querySelector('[data-alert-offer]');
    if (!aside || Notification.permission === 'denied') return;
    if (await currentSubscription()) return;
    const dismissed = Number(storage.get(DISMISSED) || 0);
    if (Date.now() - dismissed < DISMISS_FOR_MS) return;
    const views = Number(storage.get(VIEWS) || 0);
    const form = aside.querySelector('form');
    const show = () => {
      aside.hidden = false;
      options().then((settings) => offerReplies(form, settings, [])).catch(() => { /* breaking news and sections stay */ });
    };
    if (views >= 2) {
      show();
    } else {
      const body = document.querySelector('.article-body');
      if (!body) return;
      // Shown once the middle of the story has been on screen: a reader who jumps to the end has read past it too.
      const middle = body.children[Math.floor(body.children.length / 2)];
      if (!middle) return;
      const check = () => {
        if (middle.getBoundingClientRect().top < window.innerHeight) {
          window.removeEventListener('scroll', check);
          show();
        }
      };
      window.addEventListener('scroll', check, { passive: true });
      check();
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const topics = chosenTopics(form);
      if (topics.length === 0) { say(form, 'Choose at least one kind of alert.'); return; }
      say(form, 'Turning on alerts…');
      try {
        await subscribe(aside.dataset.edition, topics);
        say(form, 'Alerts are on. You can change them on the Manage alerts page.');
        form.querySelector('button[type="submit"]').disabled = true;
      } catch (failure) {
        say(form, failure.message);
      }
    });
    aside.querySelector('[data-alert-dismiss]').addEventListener('click', () => {
      storage.set(DISMISSED, String(Date.now()));
      aside.hidden = true;
    });
  }

  async function manage() {
    const form = document.querySelector('[data-alert-manage]');
    if (!form) return;
    form.hidden = false;
    const off = form.querySelector('[data-alert-off]');
    const settings = await options();
    offerReplies(form, settings, []);
    const existing = await currentSubscription();
    if (existing) {
      const found = await send('/alerts/subscriptions/lookup', { endpoint: existing.endpoint }, settings.csrf);
      if (found.ok) {
        const choices = await found.json();
        form.querySelectorAll('input[name="topic"]').forEach((box) => { box.checked = choices.topics.includes(box.value); });
        form.querySelector('select[name="edition"]').value = choices.edition;
        offerReplies(form, settings, choices.topics);
        say(form, 'Alerts are on for this browser.');
      }
      off.hidden = false;
    } else {
      say(form, 'Alerts are off for this browser.');
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const topics = chosenTopics(form);
      if (topics.length === 0) { say(form, 'Choose at least one kind of alert, or turn alerts off.'); return; }
      try {
        await subscribe(form.querySelector('select[name="edition"]').value, topics);
        off.hidden = false;
        say(form, 'Saved. Alerts are on for this browser.');
      } catch (failure) {
        say(form, failure.message);
      }
    });
    off.addEventListener('click', async () => {
      const subscription = await currentSubscription();
      if (subscription) {
        await send('/alerts/subscriptions/remove', { endpoint: subscription.endpoint }, (await options()).csrf);
        await subscription.unsubscribe();
      }
      off.hidden = true;
      say(form, 'Alerts are off for this browser.');
    });
  }

  if (!supported) return;
  storage.set(VIEWS, String(Number(storage.get(VIEWS) || 0) + 1));
  const start = () => { offer(); manage(); };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
