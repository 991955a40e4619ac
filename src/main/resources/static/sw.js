// Broadsheet's service worker: shows breaking-news alerts and opens the story when one is clicked.
// It is served from the site root so that its scope is the whole site.

self.addEventListener('push', (event) => {
  let alert = {};
  if (event.data) {
    try {
      alert = event.data.json();
    } catch (notJson) {
      alert = { title: event.data.text() };
    }
  }
  const options = {
    body: alert.body || '',
    icon: '/assets/icon.svg',
    badge: '/assets/icon.svg',
    tag: alert.tag || undefined,
    data: { url: alert.url || '/' },
  };
  if (alert.image) {
    options.image = alert.image;
  }
  event.waitUntil(self.registration.showNotification(alert.title || 'News alert', options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url ? event.notification.data.url : '/', self.location.origin);
  if (target.origin !== self.location.origin) {
    return;
  }
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const open = windows.find((client) => client.url === target.href);
    if (open && 'focus' in open) {
      return open.focus();
    }
    return self.clients.openWindow(target.href);
  })());
});

// The push service replaced this browser's subscription: subscribe again with the same choices and tell
// the server, so alerts keep arriving without the reader doing anything.
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil((async () => {
    const options = await (await fetch('/alerts/options', { credentials: 'same-origin' })).json();
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[options.csrf.header] = options.csrf.token;
    let choices = { edition: options.editions[0].code, topics: ['breaking'] };
    if (event.oldSubscription) {
      const found = await fetch('/alerts/subscriptions/lookup', {
        method: 'POST', headers, credentials: 'same-origin',
        body: JSON.stringify({ endpoint: event.oldSubscription.endpoint }),
      });
      if (found.ok) {
        choices = await found.json();
      }
      await fetch('/alerts/subscriptions/remove', {
        method: 'POST', headers, credentials: 'same-origin',
        body: JSON.stringify({ endpoint: event.oldSubscription.endpoint }),
      });
    }
    const subscription = event.newSubscription || await self.registration.pushManager.subscribe({
      userVisibleOnly: true, applicationServerKey: options.publicKey,
    });
    const json = subscription.toJSON();
    await fetch('/alerts/subscriptions', {
      method: 'POST', headers, credentials: 'same-origin',
      body: JSON.stringify({ endpoint: json.endpoint, keys: json.keys, edition: choices.edition, topics: choices.topics }),
    });
  })());
});
