package news.broadsheet.article.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import news.broadsheet.article.FrontChangeRefused;
import news.broadsheet.article.FrontDesk;
import news.broadsheet.article.FrontMove;
import org.junit.jupiter.api.Test;

class FrontOrderTest {

    private final FrontOrder order = new FrontOrder(List.of(1L, 2L, 3L));

    @Test
    void storiesMoveToTheLeadAndOnePlaceUpOrDown() {
        order.move(3, FrontMove.LEAD);
        assertThat(order.ids()).containsExactly(3L, 1L, 2L);
        order.move(2, FrontMove.UP);
        assertThat(order.ids()).containsExactly(3L, 2L, 1L);
        order.move(3, FrontMove.DOWN);
        assertThat(order.ids()).containsExactly(2L, 3L, 1L);
    }

    @Test
    void movesPastEitherEndChangeNothing() {
        order.move(1, FrontMove.UP);
        order.move(3, FrontMove.DOWN);
        order.move(1, FrontMove.LEAD);
        assertThat(order.ids()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void onlyCuratedStoriesMoveOrLeave() {
        assertThatThrownBy(() -> order.move(9, FrontMove.UP)).isInstanceOf(FrontChangeRefused.class)
                .hasMessageContaining("not on the front");
        assertThatThrownBy(() -> order.remove(9)).isInstanceOf(FrontChangeRefused.class);
        order.remove(2);
        assertThat(order.ids()).containsExactly(1L, 3L);
    }

    @Test
    void addingPutsTheStoryLastOnceAndUpToTheLimit() {
        order.add(4);
        assertThat(order.ids()).containsExactly(1L, 2L, 3L, 4L);
        assertThatThrownBy(() -> order.add(4)).hasMessageContaining("already on the front");

        FrontOrder full = new FrontOrder(LongStream.rangeClosed(1, FrontDesk.MAX_CURATED).boxed().toList());
        assertThatThrownBy(() -> full.add(99)).isInstanceOf(FrontChangeRefused.class).hasMessageContaining("Remove one");
    }

    @Test
    void aNewOrderMustHoldExactlyTheSameStories() {
        order.reorder(List.of(3L, 1L, 2L));
        assertThat(order.ids()).containsExactly(3L, 1L, 2L);

        assertThatThrownBy(() -> order.reorder(List.of(3L, 1L))).hasMessageContaining("changed while you were");
        assertThatThrownBy(() -> order.reorder(List.of(3L, 3L, 1L))).isInstanceOf(FrontChangeRefused.class);
        assertThatThrownBy(() -> order.reorder(List.of(3L, 1L, 4L))).isInstanceOf(FrontChangeRefused.class);
        assertThat(order.ids()).containsExactly(3L, 1L, 2L);
    }
}
