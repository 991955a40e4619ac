package news.broadsheet.newsroom.internal;

import java.time.Instant;
import java.util.Map;
import news.broadsheet.edition.Edition;
import news.broadsheet.edition.EditionSettings;

/**
 * The edition form: the settings as stored or typed, the edition as readers would see it (null while the
 * settings have problems), and whether that preview is of settings not saved yet.
 */
public record EditionForm(EditionSettings settings, Edition preview, Map<String, String> problems, boolean previewed,
                          Instant now) {

    public String sampleTime() {
        return preview.formatTime(now);
    }
}
