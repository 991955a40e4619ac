package news.broadsheet.article.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an article's slug may be: lower-case ASCII words joined by single hyphens, at most 120 characters. */
final class SlugRules {

    static final int MAX_LENGTH = 120;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private SlugRules() {
    }

    /** A slug made from a headline: "São Paulo's mayor" becomes "sao-paulo-s-mayor"; empty if nothing is left. */
    static String fromHeadline(String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") : slug;
    }

    /** Why the slug's form is refused, or empty when it is a good slug. */
    static Optional<String> problemWithForm(String slug) {
        if (slug.contains("/") || slug.contains("\\") || slug.contains(".")) {
            return Optional.of("A slug cannot contain slashes or dots: use lower-case letters, digits and hyphens.");
        }
        if (slug.codePoints().anyMatch(c -> c > 0x7F)) {
            return Optional.of("A slug uses only the letters a to z, digits and hyphens: no accented, foreign or "
                    + "look-alike characters.");
        }
        if (slug.length() > MAX_LENGTH) {
            return Optional.of("A slug has at most " + MAX_LENGTH + " characters.");
        }
        if (!SLUG.matcher(slug).matches()) {
            return Optional.of("A slug is lower-case letters and digits in words joined by single hyphens, "
                    + "like the-talks-in-sochi.");
        }
        return Optional.empty();
    }
}
