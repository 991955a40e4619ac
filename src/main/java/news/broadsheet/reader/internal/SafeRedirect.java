package news.broadsheet.reader.internal;

import java.util.regex.Pattern;

/** Where to send a reader after signing in: a path on this site they came from, never another site. */
final class SafeRedirect {

    private static final Pattern SAME_SITE_PATH = Pattern.compile("/(?![/\\\\])[\\x21-\\x7E]{0,500}");

    private SafeRedirect() {
    }

    static String path(String next) {
        return next != null && SAME_SITE_PATH.matcher(next).matches() && !next.contains("\\") ? next : "/";
    }
}
