package news.broadsheet.reader.internal;

import java.util.List;
import news.broadsheet.reader.AccountPreferences;

/** A group of choices another module added, as the account page shows it. */
public record PreferenceGroup(String key, String heading, List<AccountPreferences.Preference> preferences) {
}
