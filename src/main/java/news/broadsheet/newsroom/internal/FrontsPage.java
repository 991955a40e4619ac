package news.broadsheet.newsroom.internal;

import java.util.List;
import news.broadsheet.article.ArticleCard;
import news.broadsheet.article.FrontDesk;
import news.broadsheet.article.FrontSlot;
import news.broadsheet.edition.Edition;

/**
 * The front curation page's model: the edition's chosen stories in order, the recent stories that could be
 * added, and the outcome of the last change ({@code problem} when it was refused).
 */
public record FrontsPage(Edition edition, List<Edition> editions, List<FrontSlot> curated,
                         List<ArticleCard> candidates, String problem, boolean changed, String orderScriptHref) {

    public boolean full() {
        return curated.size() >= FrontDesk.MAX_CURATED;
    }

    public boolean isLast(FrontSlot slot) {
        return slot.position() == curated.size();
    }

    public String action(String change) {
        return "/newsroom/fronts/" + edition.code() + "/" + change;
    }
}
