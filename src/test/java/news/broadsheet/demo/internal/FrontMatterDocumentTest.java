package news.broadsheet.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterDocumentTest {

    @Test
    void readsFieldsLiterallyAndTheBodyAfterTheFrontMatter() {
        FrontMatterDocument document = FrontMatterDocument.parse("a.md", """
                ---
                headline: 'Quoted,' says someone: twice
                topics: Russia, Diplomacy ,  Syria
                ---
                Body paragraph.
                """);

        assertThat(document.required("headline")).isEqualTo("'Quoted,' says someone: twice");
        assertThat(document.list("topics")).isEqualTo(List.of("Russia", "Diplomacy", "Syria"));
        assertThat(document.body()).isEqualTo("Body paragraph.");
        assertThat(document.optional("updated")).isNull();
    }

    @Test
    void refusesFilesWithoutClosedFrontMatterOrMissingFields() {
        assertThatThrownBy(() -> FrontMatterDocument.parse("a.md", "no front matter")).hasMessageContaining("a.md");
        assertThatThrownBy(() -> FrontMatterDocument.parse("b.md", "---\nkey: value\n")).hasMessageContaining("not closed");
        FrontMatterDocument document = FrontMatterDocument.parse("c.md", "---\nkey: value\n---\n");
        assertThatThrownBy(() -> document.required("slug")).hasMessageContaining("slug");
    }

    @Test
    void timeOffsetsCountBackFromTheLoad() {
        Instant now = Instant.parse("2026-01-10T12:00:00Z");
        assertThat(DemoContentLoader.ago(now, "-45m")).isEqualTo(Instant.parse("2026-01-10T11:15:00Z"));
        assertThat(DemoContentLoader.ago(now, "-3h")).isEqualTo(Instant.parse("2026-01-10T09:00:00Z"));
        assertThat(DemoContentLoader.ago(now, "-2d")).isEqualTo(Instant.parse("2026-01-08T12:00:00Z"));
        assertThatThrownBy(() -> DemoContentLoader.ago(now, "yesterday")).isInstanceOf(IllegalArgumentException.class);
    }
}
