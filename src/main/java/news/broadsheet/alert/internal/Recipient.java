package news.broadsheet.alert.internal;

import news.broadsheet.alert.internal.push.PushTarget;

/** One subscription an alert goes to. */
record Recipient(long subscriptionId, PushTarget target) {
}
