package news.broadsheet.support.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/** Amounts as readers type and read them, and as stored: integer minor units (pence, cents). */
final class Amounts {

    private static final Pattern TYPED = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    private Amounts() {
    }

    /** "£5.00" in the edition's locale. */
    static String format(long minorUnits, Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()));
    }

    /** "£5" for whole amounts, "£7.50" otherwise: how preset buttons read. */
    static String formatShort(long minorUnits, Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = currency.getDefaultFractionDigits();
        long unit = (long) Math.pow(10, digits);
        if (minorUnits % unit == 0) {
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
        }
        return format.format(BigDecimal.valueOf(minorUnits, digits));
    }

    /**
     * The amount a reader typed in major units ("5", "7.50", "£10", "1,000"), in minor units; a problem in
     * words they can act on when it is not an amount this edition takes.
     */
    static Parsed parse(String typed, Currency currency, Locale locale, long minimum, long maximum) {
        String text = typed == null ? "" : typed.strip().replace(",", "").replace(" ", "")
                .replace(currency.getSymbol(locale), "");
        if (text.isEmpty()) {
            return Parsed.problem("Choose an amount or enter your own.");
        }
        if (text.startsWith("-")) {
            return Parsed.problem("An amount must be more than zero.");
        }
        int digits = currency.getDefaultFractionDigits();
        if (!TYPED.matcher(text).matches() || (digits == 0 && text.contains("."))) {
            return Parsed.problem(digits > 0 ? "Enter the amount as a number, such as 5 or 7.50."
                    : "Enter the amount as a whole number, such as 500.");
        }
        BigDecimal major = new BigDecimal(text);
        long minor = major.movePointRight(digits).longValueExact();
        return checked(minor, currency, locale, minimum, maximum);
    }

    /** A preset or stored amount in minor units, checked against the limits. */
    static Parsed checked(long minor, Currency currency, Locale locale, long minimum, long maximum) {
        if (minor <= 0) {
            return Parsed.problem("An amount must be more than zero.");
        }
        if (minor < minimum) {
            return Parsed.problem("The smallest contribution we can take is " + format(minimum, currency, locale) + ".");
        }
        if (minor > maximum || minor > SupportSettings.CEILING) {
            return Parsed.problem("The largest contribution we can take at once is "
                    + format(Math.min(maximum, SupportSettings.CEILING), currency, locale) + ".");
        }
        return new Parsed(minor, null);
    }

    record Parsed(long minorUnits, String problem) {

        static Parsed problem(String problem) {
            return new Parsed(0, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }
}
