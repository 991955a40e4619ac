package news.broadsheet.article;

/**
 * A published article found by a reader's search. {@code headlineHtml} and {@code snippetHtml} are escaped
 * text in which only the matched words are wrapped in {@code <mark>}; they are safe to embed as they are.
 */
public record SearchHit(ArticleCard card, String headlineHtml, String snippetHtml) {
}
