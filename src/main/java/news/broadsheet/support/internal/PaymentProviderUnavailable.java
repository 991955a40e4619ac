package news.broadsheet.support.internal;

import java.io.Serial;

/** The payment provider refused a request or did not answer; nothing was charged. */
class PaymentProviderUnavailable extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    PaymentProviderUnavailable(String message) {
        super(message);
    }

    PaymentProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
