package news.broadsheet.alert.internal;

/** A subscription that cannot be stored, naming the field at fault and why, for the JSON answer. */
class SubscriptionProblem extends RuntimeException {

    private final String field;

    SubscriptionProblem(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}
