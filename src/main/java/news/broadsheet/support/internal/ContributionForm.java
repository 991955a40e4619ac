package news.broadsheet.support.internal;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import news.broadsheet.edition.Edition;

/**
 * The contribution form as typed: {@code amount} is a chosen preset (minor units) and {@code otherAmount}
 * an amount the reader typed in major units, which wins when given. Every field is hostile until checked.
 */
public record ContributionForm(String frequency, String amount, String otherAmount, String currency, String message,
                               String email, boolean fromAppeal) {

    public static final int MAX_MESSAGE = 500;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{1,60}");

    /** The checked request, or the problems by field name. */
    Checked check(Edition edition, SupportSettings settings, Long readerId) {
        Map<String, String> problems = new LinkedHashMap<>();
        Currency currency = edition.currency();
        Locale locale = edition.locale();
        Frequency chosen = Frequency.of(frequency).orElse(null);
        if (chosen == null) {
            problems.put("frequency", "Choose one-off or monthly.");
        }
        if (!currency.getCurrencyCode().equals(this.currency)) {
            problems.put("amount", "The " + edition.name() + " takes contributions in " + currency.getCurrencyCode()
                    + ", not " + shortened(this.currency) + ". Choose an amount again.");
        }
        long minor = 0;
        if (!problems.containsKey("amount")) {
            Amounts.Parsed parsed = otherAmount != null && !otherAmount.isBlank()
                    ? Amounts.parse(otherAmount, currency, locale, settings.minimum(), settings.maximum())
                    : preset(settings, currency, locale);
            if (parsed.ok()) {
                minor = parsed.minorUnits();
            } else {
                problems.put("amount", parsed.problem());
            }
        }
        String cleanMessage = message == null ? "" : message.strip().replace("\r\n", "\n");
        if (cleanMessage.length() > MAX_MESSAGE) {
            problems.put("message", "Keep the message to " + MAX_MESSAGE + " characters; it has " + cleanMessage.length() + ".");
        } else if (cleanMessage.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            problems.put("message", "The message has control characters; please type it again.");
        }
        String cleanEmail = email == null ? "" : email.strip();
        if (readerId == null && (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches())) {
            problems.put("email", "Enter your e-mail address, such as name@example.com, for your receipt.");
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new ContributionRequest(edition.code(), chosen, minor, currency.getCurrencyCode(),
                cleanMessage.isEmpty() ? null : cleanMessage, readerId == null ? cleanEmail : null, readerId,
                fromAppeal), Map.of());
    }

    private Amounts.Parsed preset(SupportSettings settings, Currency currency, Locale locale) {
        if (amount == null || amount.isBlank()) {
            return Amounts.Parsed.problem("Choose an amount or enter your own.");
        }
        if (!amount.matches("-?\\d{1,12}")) {
            return Amounts.Parsed.problem("Choose one of the amounts shown, or enter your own.");
        }
        long chosen = Long.parseLong(amount);
        if (chosen > 0 && !settings.presets().contains(chosen)) {
            return Amounts.Parsed.problem("Choose one of the amounts shown, or enter your own.");
        }
        return Amounts.checked(chosen, currency, locale, settings.minimum(), settings.maximum());
    }

    private static String shortened(String text) {
        if (text == null || text.isBlank()) {
            return "no currency";
        }
        String letters = text.replaceAll("[^A-Za-z]", "");
        return letters.isEmpty() ? "that" : letters.substring(0, Math.min(3, letters.length())).toUpperCase(Locale.ROOT);
    }

    record Checked(ContributionRequest request, Map<String, String> problems) {
    }
}
