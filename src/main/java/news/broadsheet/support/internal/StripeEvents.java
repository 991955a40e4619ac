package news.broadsheet.support.internal;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Turns a Stripe event (already verified) into a {@link PaymentEvent}. Events this site does not act on
 * become {@link PaymentEvent.Kind#IGNORED}. Invoices name their subscription and its metadata in the
 * place older API versions used and in {@code parent.subscription_details}, where newer ones put it.
 */
final class StripeEvents {

    private StripeEvents() {
    }

    static PaymentEvent from(JsonNode event) {
        String id = event.path("id").asString("");
        String type = event.path("type").asString("");
        if (!id.matches("[A-Za-z0-9_]{1,255}") || type.isEmpty() || type.length() > 100) {
            throw new IllegalArgumentException("The body is not a Stripe event.");
        }
        JsonNode object = event.path("data").path("object");
        String provider = StripePaymentProvider.NAME;
        return switch (type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
                    object.path("payment_status").asString("").equals("paid")
                            ? session(id, type, PaymentEvent.Kind.CHECKOUT_PAID, object)
                            : PaymentEvent.ignored(provider, id, type);
            case "checkout.session.async_payment_failed" -> session(id, type, PaymentEvent.Kind.CHECKOUT_FAILED, object);
            case "checkout.session.expired" -> session(id, type, PaymentEvent.Kind.CHECKOUT_EXPIRED, object);
            case "invoice.paid" -> {
                JsonNode details = object.path("parent").path("subscription_details");
                String subscription = text(object.path("subscription"));
                if (subscription == null) {
                    subscription = text(details.path("subscription"));
                }
                String reference = text(object.path("subscription_details").path("metadata").path("contribution"));
                if (reference == null) {
                    reference = text(details.path("metadata").path("contribution"));
                }
                yield new PaymentEvent(provider, id, type, PaymentEvent.Kind.RECURRING_PAYMENT, uuid(reference),
                        null, text(object.path("id")), subscription, object.path("amount_paid").asLong(0),
                        text(object.path("currency")));
            }
            case "customer.subscription.deleted" -> new PaymentEvent(provider, id, type,
                    PaymentEvent.Kind.RECURRING_CANCELLED, uuid(text(object.path("metadata").path("contribution"))),
                    null, null, text(object.path("id")), 0, null);
            case "charge.refunded" -> object.path("refunded").asBoolean(false)
                    ? new PaymentEvent(provider, id, type, PaymentEvent.Kind.REFUNDED,
                    uuid(text(object.path("metadata").path("contribution"))), null,
                    text(object.path("payment_intent")), null, 0, null)
                    : PaymentEvent.ignored(provider, id, type);
            default -> PaymentEvent.ignored(provider, id, type);
        };
    }

    private static PaymentEvent session(String id, String type, PaymentEvent.Kind kind, JsonNode session) {
        String reference = text(session.path("client_reference_id"));
        if (reference == null) {
            reference = text(session.path("metadata").path("contribution"));
        }
        return new PaymentEvent(StripePaymentProvider.NAME, id, type, kind, uuid(reference), text(session.path("id")),
                text(session.path("payment_intent")), text(session.path("subscription")),
                session.path("amount_total").asLong(0), text(session.path("currency")));
    }

    private static String text(JsonNode node) {
        return node.isString() && !node.asString().isEmpty() && node.asString().length() <= 255 ? node.asString() : null;
    }

    private static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
