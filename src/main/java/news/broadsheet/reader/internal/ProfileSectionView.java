package news.broadsheet.reader.internal;

import java.util.List;
import news.broadsheet.edition.Edition;
import news.broadsheet.reader.ProfileSection;

/** A section another module gave for a profile, with times in the reader's edition and only same-site links. */
public record ProfileSectionView(String heading, String emptyText, List<Entry> entries) {

    public record Entry(String text, String href, String time, String timeIso) {
    }

    static ProfileSectionView of(ProfileSection section, Edition edition) {
        return new ProfileSectionView(section.heading(), section.emptyText(), section.entries().stream()
                .map(entry -> new Entry(entry.text(), sameSite(entry.href()),
                        entry.at() == null ? null : edition.formatTime(entry.at()),
                        entry.at() == null ? null : entry.at().toString()))
                .toList());
    }

    private static String sameSite(String href) {
        return href != null && href.startsWith("/") && !href.startsWith("//") && !href.contains("\\") ? href : null;
    }
}
