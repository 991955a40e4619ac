package news.broadsheet.site;

/**
 * The signed-in reader as the masthead shows them: their name, a link to their account and the CSRF token
 * the sign-out form must carry. Only ever on a personal page, never on one kept in the shared cache.
 */
public record MastheadAccount(String displayName, String accountHref, String signOutAction, String csrfParameter,
                              String csrfToken) {
}
