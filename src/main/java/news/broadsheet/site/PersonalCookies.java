package news.broadsheet.site;

import java.util.Set;

/**
 * Cookies a module sets that change the page a visitor gets (a reader's sign-in, a choice about the
 * appeal). A request carrying one of them is personal: {@link Pages} renders it for that request and neither
 * the page cache nor its fast path ever answers it with the page everyone else shares.
 */
public interface PersonalCookies {

    Set<String> names();
}
