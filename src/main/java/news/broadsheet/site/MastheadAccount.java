package news.broadsheet.site;

/**
 * The signed-in reader as the masthead shows them: their name, a link to their account, the CSRF token the
 * sign-out form must carry, and their unread notifications with the page that lists them
 * ({@code notificationsHref} null when the site keeps none). Only ever on a personal page, never on one kept
 * in the shared cache.
 */
public record MastheadAccount(String displayName, String accountHref, String signOutAction, String csrfParameter,
                              String csrfToken, String notificationsHref, int unreadNotifications) {
}
