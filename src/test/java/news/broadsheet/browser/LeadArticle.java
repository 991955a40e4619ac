package news.broadsheet.browser;

/** The lead demo article, {@code demo/articles/01-marsh-volkov-sochi-talks-varossa.md}, as a reader sees it. */
final class LeadArticle {

    static final String PATH = "/articles/marsh-volkov-sochi-talks-varossa";

    static final String HEADLINE = "'Varossa cannot afford another winter of war,' says Helen Marsh after Sochi talks"
            + " with Arkady Volkov";

    static final String STANDFIRST = "The prime minister and the Russian president spoke warmly of trade at a Black Sea"
            + " residence, but offered no sign of a shared plan to end the fighting.";

    static final String HERO_ALT = "Illustration: two flags on tall poles in front of a low orange sun setting over the"
            + " Black Sea, with a row of dark cypress trees along the shore";

    static final String HERO_CAPTION = "Helen Marsh and Arkady Volkov met at the Russian president's residence outside"
            + " Sochi for almost four hours";

    private LeadArticle() {
    }
}
