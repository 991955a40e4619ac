'use strict';
// The baseline of bench/alert-fanout.sh: the npm web-push library sending one alert to every subscription in
// a file (one JSON object a line: endpoint, p256dh, auth in base64url), with as many processes as the machine
// has CPUs, each keeping up to IN_FLIGHT messages in flight over keep-alive connections. Prints one JSON line
// with the messages sent, those refused and the elapsed milliseconds.
//
// Usage: node node-sender.js SUBSCRIPTIONS_FILE [PROCESSES] [IN_FLIGHT]

const { fork } = require('node:child_process');
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const webpush = require('web-push');

const [file, processesArg, inFlightArg] = process.argv.slice(2);
const processes = Number(processesArg || os.availableParallelism());
const inFlight = Number(inFlightArg || 200);

if (process.env.FANOUT_WORKER === undefined) {
  const vapid = webpush.generateVAPIDKeys();
  const started = Date.now();
  let sent = 0;
  let refused = 0;
  let running = processes;
  for (let worker = 0; worker < processes; worker++) {
    const child = fork(__filename, process.argv.slice(2), {
      env: { ...process.env, FANOUT_WORKER: String(worker), FANOUT_VAPID: JSON.stringify(vapid) },
    });
    child.on('message', (result) => {
      sent += result.sent;
      refused += result.refused;
    });
    child.on('exit', (code) => {
      if (code !== 0) {
        console.error('worker ' + worker + ' exited with ' + code);
        process.exitCode = 1;
      }
      if (--running === 0) {
        console.log(JSON.stringify({ sent, refused, millis: Date.now() - started, processes, inFlight }));
      }
    });
  }
} else {
  const worker = Number(process.env.FANOUT_WORKER);
  const vapid = JSON.parse(process.env.FANOUT_VAPID);
  const mine = fs.readFileSync(file, 'utf8').split('\n').filter((line, index) => line && index % processes === worker)
    .map((line) => JSON.parse(line));
  const payload = JSON.stringify({
    title: 'Talks in Sochi end with little progress',
    body: 'Negotiators leave without a date for the next round; both sides blame the other.',
    url: '/alerts/1/open?to=%2Farticles%2Fsochi-talks',
    tag: 'alert-1',
  });
  const options = {
    vapidDetails: { subject: 'mailto:newsroom@broadsheet.localhost', publicKey: vapid.publicKey, privateKey: vapid.privateKey },
    TTL: 3600,
    urgency: 'high',
    topic: 'alert-1',
    agent: new https.Agent({ keepAlive: true, maxSockets: inFlight }),
  };
  let next = 0;
  let sent = 0;
  let refused = 0;
  async function lane() {
    while (next < mine.length) {
      const subscription = mine[next++];
      try {
        await webpush.sendNotification({ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
          payload, options);
        sent++;
      } catch (error) {
        refused++;
      }
    }
  }
  Promise.all(Array.from({ length: inFlight }, lane)).then(() => {
    process.send({ sent, refused }, () => process.exit(0));
  });
}
