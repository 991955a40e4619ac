package news.broadsheet.newsroom.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import news.broadsheet.article.ArticleDraft;
import news.broadsheet.article.Author;
import news.broadsheet.article.CorrectionKind;
import news.broadsheet.article.EditableArticle;
import news.broadsheet.article.Section;
import news.broadsheet.edition.Edition;
import news.broadsheet.media.Image;

/** The article editor's model: the state of the edit, the lists to choose from, and what this person may do. */
public record EditorPage(EditorState state, String previewHtml, List<Section> sections, List<Author> authors,
                         List<Edition> editions, List<Image> images, boolean mayPublish, boolean maySubmit) {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public EditableArticle article() {
        return state.article();
    }

    public ArticleDraft draft() {
        return state.draft();
    }

    public String title() {
        return article() == null ? "New article" : "Edit article";
    }

    public String action() {
        return article() == null ? "/newsroom/articles/new" : "/newsroom/articles/" + article().id();
    }

    public String problem(String field) {
        return state.problems().get(field);
    }

    public boolean invalid(String field) {
        return state.problems().containsKey(field);
    }

    public CorrectionKind[] correctionKinds() {
        return CorrectionKind.values();
    }

    /** The scheduled time as readers of the chosen edition will read it. */
    public String scheduledFor() {
        EditableArticle article = article();
        if (article == null || article.scheduledFor() == null) {
            return null;
        }
        Edition edition = editions.stream().filter(e -> e.code().equals(article.scheduledEdition()))
                .findFirst().orElse(editions.getFirst());
        return edition.formatTime(article.scheduledFor());
    }

    /** A suggestion for the schedule field: the next whole hour in the first edition's zone. */
    public String suggestedScheduleTime() {
        LocalDateTime next = LocalDateTime.now(editions.getFirst().zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        return LOCAL_INPUT.format(next);
    }

    public String clock(Instant instant) {
        return CLOCK.format(instant.atZone(editions.getFirst().zone()));
    }

    public String time(Instant instant) {
        return instant == null ? "" : editions.getFirst().formatTime(instant);
    }
}
