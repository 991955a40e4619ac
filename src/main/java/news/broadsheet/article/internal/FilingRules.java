package news.broadsheet.article.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the names, slugs and descriptions of sections and topics may be. */
final class FilingRules {

    static final int MAX_NAME = 80;
    static final int MAX_DESCRIPTION = 300;
    static final int MAX_SLUG = 80;
    /** Slugs a section cannot take because a route at the same place in an edition's paths would shadow it. */
    private static final Set<String> RESERVED_SLUGS = Set.of("feed");

    private FilingRules() {
    }

    static void checkName(String name, Map<String, String> problems) {
        if (name.isEmpty() || name.length() > MAX_NAME || TextRules.hasForbiddenInLine(name)) {
            problems.put("name", "Enter a name of 1 to " + MAX_NAME + " characters, without control characters.");
        }
    }

    static void checkDescription(String description, Map<String, String> problems) {
        if (description.length() > MAX_DESCRIPTION || TextRules.hasForbiddenInLine(description)) {
            problems.put("description", "Keep the description to one line of at most " + MAX_DESCRIPTION
                    + " characters, without control characters.");
        }
    }

    /** The slug as given, or made from the name when none is given. */
    static String sectionSlug(String name, String slug) {
        if (!slug.isEmpty()) {
            return slug;
        }
        String made = SlugRules.fromHeadline(name);
        return made.length() > MAX_SLUG ? made.substring(0, MAX_SLUG).replaceAll("-+$", "") : made;
    }

    static Optional<String> problemWithSectionSlug(String slug) {
        if (slug.isEmpty()) {
            return Optional.of("Enter a slug, or a name with at least one letter or digit to make one from.");
        }
        if (slug.length() > MAX_SLUG) {
            return Optional.of("A section's slug has at most " + MAX_SLUG + " characters.");
        }
        if (RESERVED_SLUGS.contains(slug)) {
            return Optional.of("The slug “" + slug + "” is taken by the edition's own pages; choose another.");
        }
        return SlugRules.problemWithForm(slug);
    }
}
