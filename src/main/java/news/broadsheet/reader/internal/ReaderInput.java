package news.broadsheet.reader.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Checks what a reader types before anything is stored. Markup is allowed and escaped wherever it is shown;
 * what is refused is what escaping cannot make harmless: control characters, invisible characters and
 * direction overrides, which let a name pass for another or scramble the text around it, and sizes that
 * only an attack needs.
 */
final class ReaderInput {

    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 50;
    static final int MAX_BIO = 1000;
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    /** Direction overrides and isolates, zero-width spaces, word joiner, byte-order mark. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200B\\u2060\\uFEFF\\u00AD]");
    /** In a name, also the joiners and direction marks: a name is short and must look like what it is. */
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");
    private static final Pattern CONTROL_BUT_LINE_BREAK = Pattern.compile("[\\p{Cc}&&[^\\n]]");

    /** The checked value, or why it was refused (then {@code value} is null). */
    record Checked(String value, String problem) {

        static Checked ok(String value) {
            return new Checked(value, null);
        }

        static Checked refused(String problem) {
            return new Checked(null, problem);
        }

        boolean refused() {
            return problem != null;
        }
    }

    private ReaderInput() {
    }

    static Checked email(String raw) {
        String email = raw == null ? "" : raw.strip();
        if (email.isEmpty()) {
            return Checked.refused("Enter your e-mail address.");
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches() || email.codePoints().anyMatch(ReaderInput::unsafe)) {
            return Checked.refused("Enter an e-mail address like name@example.com.");
        }
        return Checked.ok(email);
    }

    static Checked displayName(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return Checked.refused("Enter the name other readers will see.");
        }
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            return Checked.refused("Your display name can be at most " + MAX_DISPLAY_NAME + " characters long.");
        }
        if (FORMAT.matcher(name).find() || name.codePoints().anyMatch(Character::isISOControl)) {
            return Checked.refused("Your display name cannot contain invisible characters or direction overrides.");
        }
        return Checked.ok(name);
    }

    static Checked bio(String raw) {
        String bio = raw == null ? "" : Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
        if (bio.codePointCount(0, bio.length()) > MAX_BIO) {
            return Checked.refused("Your bio can be at most " + MAX_BIO + " characters long.");
        }
        if (INVISIBLE.matcher(bio).find() || CONTROL_BUT_LINE_BREAK.matcher(bio).find()) {
            return Checked.refused("Your bio cannot contain invisible characters, control characters or direction overrides.");
        }
        return Checked.ok(bio);
    }

    static Checked password(String raw) {
        String password = raw == null ? "" : raw;
        if (password.length() < MIN_PASSWORD) {
            return Checked.refused("Choose a password of at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD) {
            return Checked.refused("Choose a password of at most " + MAX_PASSWORD + " characters.");
        }
        return Checked.ok(password);
    }

    private static boolean unsafe(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
