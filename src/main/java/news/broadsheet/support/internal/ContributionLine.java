package news.broadsheet.support.internal;

/** One contribution as the reader's account lists it, in the words and time of its edition. */
public record ContributionLine(Contribution contribution, String amount, String when, String whenIso) {
}
