package news.broadsheet.newsroom.internal;

import java.util.List;
import java.util.Set;
import news.broadsheet.article.ArticleDraft;

/** The article editor's fields as the browser posts them. */
record ArticleForm(String headline, String standfirst, String slug, String body, Long sectionId, String topics,
                   List<Long> authorIds, Long heroImageId, Set<String> editions, Integer version) {

    ArticleDraft draft() {
        return new ArticleDraft(headline, standfirst, slug, body == null ? "" : body.replace("\r\n", "\n"),
                sectionId, topics, authorIds, heroImageId, editions);
    }
}
