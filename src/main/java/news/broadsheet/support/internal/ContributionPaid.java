package news.broadsheet.support.internal;

/** A contribution became paid; published inside the transaction that marked it, acted on after it commits. */
record ContributionPaid(long contributionId) {
}
