package news.broadsheet.alert.internal;

/**
 * Paths on this site, as opposed to addresses that would take a reader elsewhere. "//host" and "/\host"
 * are refused because browsers read both as another host; whitespace and control characters because
 * browsers strip them before reading the rest.
 */
final class SameSitePaths {

    private SameSitePaths() {
    }

    static boolean isSameSite(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c <= ' ' || c == 0x7f || c == '\\');
    }
}
