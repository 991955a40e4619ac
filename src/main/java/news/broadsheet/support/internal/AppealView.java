package news.broadsheet.support.internal;

import java.util.List;
import news.broadsheet.edition.Edition;

/** The appeal's words and amounts for one edition, as its readers read them. */
public record AppealView(Edition edition, List<Preset> presets, String currency) {

    /** One amount offered: its value in minor units and how it reads ("£5"). */
    public record Preset(long amount, String label) {
    }

    static AppealView of(Edition edition, SupportSettings settings) {
        List<Preset> presets = settings.presets().stream()
                .map(amount -> new Preset(amount, Amounts.formatShort(amount, edition.currency(), edition.locale())))
                .toList();
        return new AppealView(edition, presets, edition.currency().getCurrencyCode());
    }
}
