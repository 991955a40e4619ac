package news.broadsheet.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A push service's room, on a clock the test moves: how it follows the push service's answers. */
class PushServiceRoomTest {

    private final AtomicLong now = new AtomicLong();
    private final PushServiceRoom room = new PushServiceRoom(100, 1_000, now::get);

    @Test
    void aDistantPushServiceGetsAsManyMessagesInFlightAsItsAnswerTimeNeedsUpToTheCeiling() {
        int inFlight = 0;
        for (int round = 0; round < 40; round++) {
            inFlight = roundTrip(Duration.ofMillis(50));
        }

        assertThat(room.limit()).isEqualTo(1_000);
        assertThat(inFlight).isEqualTo(1_000);
    }

    @Test
    void aPushServiceThatAnswersAsFastAsItCanButNoFasterKeepsTheLeastRoom() {
        int waiting = answerTwentyAMillisecond(Duration.ofSeconds(3));

        assertThat(room.limit()).isEqualTo(100);
        assertThat(waiting).as("messages waiting on it").isLessThanOrEqualTo(100);
    }

    @Test
    void aPushServiceThatStopsAnsweringHoldsNoMoreThanItsRoom() {
        roundTrip(Duration.ofMillis(50));
        int taken = 0;
        while (room.tryAcquire()) {
            taken++;
        }
        now.addAndGet(Duration.ofSeconds(30).toNanos());

        assertThat(taken).isEqualTo(room.limit());
        assertThat(room.tryAcquire()).isFalse();
        room.release();
        assertThat(room.tryAcquire()).as("a place given back without an answer").isTrue();
    }

    @Test
    void aPushServiceThatBecomesSlowerIsGivenMoreRoomOnceItsQuickAnswersAreForgotten() {
        answerTwentyAMillisecond(Duration.ofSeconds(1));
        assertThat(room.limit()).isEqualTo(100);

        for (int round = 0; round < 100; round++) {
            roundTrip(Duration.ofMillis(50));
        }
        assertThat(room.limit()).as("while its quick answers are remembered").isEqualTo(100);
        for (int round = 0; round < 200; round++) {
            roundTrip(Duration.ofMillis(50));
        }
        assertThat(room.limit()).isEqualTo(1_000);
    }

    /**
     * A push service a millisecond away that takes 20 messages a millisecond, the oldest first, however many
     * wait; returns how many wait at the end.
     */
    private int answerTwentyAMillisecond(Duration during) {
        Deque<Long> sentAt = new ArrayDeque<>();
        for (long millisecond = 0; millisecond < during.toMillis(); millisecond++) {
            while (room.tryAcquire()) {
                sentAt.add(now.get());
            }
            now.addAndGet(Duration.ofMillis(1).toNanos());
            for (int answer = 0; answer < 20 && !sentAt.isEmpty(); answer++) {
                room.answered(Duration.ofNanos(now.get() - sentAt.poll()));
            }
        }
        int waiting = sentAt.size();
        sentAt.forEach(message -> room.release());
        return waiting;
    }

    /** Sends as many messages as the room allows and answers them all after {@code answerTime}. */
    private int roundTrip(Duration answerTime) {
        int sent = 0;
        while (room.tryAcquire()) {
            sent++;
        }
        now.addAndGet(answerTime.toNanos());
        for (int i = 0; i < sent; i++) {
            room.answered(answerTime);
        }
        return sent;
    }
}
