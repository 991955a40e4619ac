package news.broadsheet.article;

import java.io.Serial;

/** A change to a front that cannot be made; the message says why in words an editor can act on. */
public class FrontChangeRefused extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public FrontChangeRefused(String message) {
        super(message);
    }
}
