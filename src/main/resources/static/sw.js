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

// A worker may bring a window forward or open one only while it answers a real click on its notification.
// These are the click's only two steps that need it; openAlert does the rest and is handed these two.
const asTheReaderClicked = {
  focus: (tab) => tab.focus(),
  open: (url) => self.clients.openWindow(url),
};

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openAlert(event.notification.data, asTheReaderClicked));
});

// A tab already showing the story is brought forward. Otherwise the reader's most recently used tab of this
// site is reused: the story replaces what it showed, which the back button brings back, rather than adding
// one more tab per alert. Only a tab this worker controls can be sent elsewhere by it, and a newsroom tab
// may hold an editor's unsaved work, so where no other tab of this site is open the story opens in a new
// window.
async function openAlert(data, windows) {
  const story = alertStory(data);
  const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const showing = tabs.find((tab) => withoutFragment(tab.url) === story.article);
  if (showing) {
    await Promise.all([windows.focus(showing), countOpen(story)]);
    return;
  }
  const controlled = await self.clients.matchAll({ type: 'window' });
  const reusable = controlled.find((tab) => !isNewsroom(tab.url));
  if (reusable) {
    await Promise.all([windows.focus(reusable), reusable.navigate(story.click)]);
    return;
  }
  await windows.open(story.click);
}

// Alerts lead through /alerts/{id}/open?to={story}, which counts the open and redirects to the story. Only
// addresses on this site are followed: anything else leads to the front page, so a push message cannot
// send readers to another site under this one's name.
function alertStory(data) {
  const click = onThisSite(data && data.url);
  const counted = /^\/alerts\/\d+\/open$/.test(click.pathname) && click.searchParams.has('to');
  const article = counted ? onThisSite(click.searchParams.get('to')) : click;
  return { click: click.href, article: withoutFragment(article.href), counted };
}

function onThisSite(address) {
  let url;
  try {
    url = new URL(address || '/', self.location.origin);
  } catch (malformed) {
    url = null;
  }
  return url && url.origin === self.location.origin ? url : new URL('/', self.location.origin);
}

function withoutFragment(address) {
  const url = new URL(address);
  url.hash = '';
  return url.href;
}

function isNewsroom(address) {
  const path = new URL(address).pathname;
  return path === '/newsroom' || path.startsWith('/newsroom/');
}

// A reader brought back to a tab already showing the story never passes through the counting address, so
// the open is counted by asking for that address without following its redirect to the story.
async function countOpen(story) {
  if (story.counted) {
    await fetch(story.click, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' });
  }
}

// The push service replaced this browser's subscription: subscribe again with the same choices and tell
// the server, so alerts keep arriving without the reader doing anything.
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(resubscribe(event.oldSubscription, event.newSubscription));
});

// The new subscription is stored before the old one is removed, so a failure on the way leaves the reader
// with alerts rather than without.
async function resubscribe(oldSubscription, newSubscription) {
  const options = await (await fetch('/alerts/options', { credentials: 'same-origin', cache: 'no-store' })).json();
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  headers[options.csrf.header] = options.csrf.token;
  const post = (path, body) => fetch(path, {
    method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body),
  });
  let choices = { edition: options.editions[0].code, topics: ['breaking'] };
  if (oldSubscription) {
    const found = await post('/alerts/subscriptions/lookup', { endpoint: oldSubscription.endpoint });
    if (found.ok) {
      choices = await found.json();
    }
  }
  const subscription = newSubscription || await self.registration.pushManager.subscribe({
    userVisibleOnly: true, applicationServerKey: options.publicKey,
  });
  const json = subscription.toJSON();
  // Naming the subscription it replaces lets the new one keep the old one's tie to the reader's account,
  // and with it alerts about replies to their comments, even while the reader is signed out.
  const saved = await post('/alerts/subscriptions', {
    endpoint: json.endpoint, keys: json.keys, edition: choices.edition, topics: choices.topics,
    replaces: oldSubscription ? oldSubscription.endpoint : undefined,
  });
  if (!saved.ok) {
    const problem = await saved.json().catch(() => ({}));
    throw new Error(`The server refused the renewed subscription: ${problem.reason || saved.status}`);
  }
  if (oldSubscription && oldSubscription.endpoint !== json.endpoint) {
    await post('/alerts/subscriptions/remove', { endpoint: oldSubscription.endpoint });
  }
}
