package news.broadsheet.article.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import news.broadsheet.article.FrontChangeRefused;
import news.broadsheet.article.FrontDesk;
import news.broadsheet.article.FrontMove;

/** The ids of the stories curated on one front, lead first, and the changes editors make to that order. */
final class FrontOrder {

    private final List<Long> ids;

    FrontOrder(List<Long> ids) {
        this.ids = new ArrayList<>(ids);
    }

    List<Long> ids() {
        return List.copyOf(ids);
    }

    boolean contains(long articleId) {
        return ids.contains(articleId);
    }

    void add(long articleId) {
        if (contains(articleId)) {
            throw new FrontChangeRefused("That story is already on the front.");
        }
        if (ids.size() >= FrontDesk.MAX_CURATED) {
            throw new FrontChangeRefused("The front already holds " + FrontDesk.MAX_CURATED
                    + " chosen stories. Remove one before adding another.");
        }
        ids.add(articleId);
    }

    void remove(long articleId) {
        if (!ids.remove(articleId)) {
            throw notOnTheFront();
        }
    }

    /** Moves the story; a move past either end (up from the lead, down from the last) changes nothing. */
    void move(long articleId, FrontMove move) {
        int from = ids.indexOf(articleId);
        if (from < 0) {
            throw notOnTheFront();
        }
        int to = switch (move) {
            case LEAD -> 0;
            case UP -> Math.max(0, from - 1);
            case DOWN -> Math.min(ids.size() - 1, from + 1);
        };
        ids.add(to, ids.remove(from));
    }

    /** Takes the new order only if it holds the same stories, so a page opened before another change cannot undo it. */
    void reorder(List<Long> newOrder) {
        if (newOrder.size() != ids.size() || !new HashSet<>(newOrder).equals(new HashSet<>(ids))) {
            throw new FrontChangeRefused("The front changed while you were arranging it. Look at it again and retry.");
        }
        ids.clear();
        ids.addAll(newOrder);
    }

    private static FrontChangeRefused notOnTheFront() {
        return new FrontChangeRefused("That story is not on the front. Add it to the front first.");
    }
}
