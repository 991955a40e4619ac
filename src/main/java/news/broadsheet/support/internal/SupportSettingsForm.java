package news.broadsheet.support.internal;

/** The support settings form as typed: amounts in major units, presets separated by commas or spaces. */
public record SupportSettingsForm(String presets, String minimum, String maximum, String afterParagraph) {
}
