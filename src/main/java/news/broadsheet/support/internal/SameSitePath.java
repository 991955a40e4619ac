package news.broadsheet.support.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** A path on this site taken from a typed value or a Referer, so a return address cannot lead elsewhere. */
final class SameSitePath {

    private SameSitePath() {
    }

    static Optional<String> of(String value) {
        if (value == null || value.isBlank() || value.length() > 500) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
                return Optional.empty();
            }
            return Optional.of(path);
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
