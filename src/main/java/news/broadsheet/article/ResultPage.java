package news.broadsheet.article;

import java.util.List;

/** One page of a longer list; {@code number} counts from 1. */
public record ResultPage<T>(List<T> items, int number, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    /** A page past the end of a list that has items is a URL that does not exist. */
    public boolean beyondEnd() {
        return number > totalPages();
    }
}
