package news.broadsheet.support.internal;

/** A checked request to contribute: amount in minor units of the edition's currency. */
record ContributionRequest(String editionCode, Frequency frequency, long amount, String currency, String message,
                           String email, Long readerId, boolean fromAppeal) {
}
