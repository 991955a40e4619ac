package news.broadsheet.alert.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * How many messages may wait on one push service's answers at once. The messages in flight divided by the
 * push service's answer time is the most a node can send it, so one tens of milliseconds away needs many in
 * flight; one on the same network needs few, and more than it needs only wait in our queues, costing memory
 * and the caches of the CPUs that encrypt. So the room follows the push service (as TCP Vegas follows a
 * path): twice its rate of answers times its quickest answer time, which is what it takes in flight with
 * nothing queued, never below {@code floor} nor above {@code ceiling}. A push service that stops answering
 * stops the room from growing, and holds at most {@code ceiling} messages.
 */
final class PushServiceRoom {

    /** How often the room is worked out again from the answers that came meanwhile. */
    private static final long WINDOW = TimeUnit.MILLISECONDS.toNanos(100);
    /** The quickest answer is forgotten after between one and two of these, so a slower path is noticed. */
    private static final long QUICKEST_KEPT = TimeUnit.SECONDS.toNanos(5);

    private final int floor;
    private final int ceiling;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private int limit;
    private int inFlight;
    private long windowStart;
    private int answersInWindow;
    private long quickest = Long.MAX_VALUE;
    private long previousQuickest = Long.MAX_VALUE;
    private long quickestSince;

    PushServiceRoom(int floor, int ceiling, LongSupplier nanoTime) {
        if (floor < 1 || ceiling < floor) {
            throw new IllegalArgumentException("room between " + floor + " and " + ceiling);
        }
        this.floor = floor;
        this.ceiling = ceiling;
        this.nanoTime = nanoTime;
        this.limit = floor;
        this.windowStart = nanoTime.getAsLong();
        this.quickestSince = windowStart;
    }

    /** A room of always the same size. */
    static PushServiceRoom fixed(int size) {
        return new PushServiceRoom(size, size, System::nanoTime);
    }

    /** Takes a place if one is free now. */
    boolean tryAcquire() {
        lock.lock();
        try {
            if (inFlight < limit) {
                inFlight++;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Takes a place, waiting for one to be freed. */
    void acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (inFlight >= limit) {
                freed.await();
            }
            inFlight++;
        } finally {
            lock.unlock();
        }
    }

    /** Gives the place back after an answer that took {@code answerTime}, whatever the answer said. */
    void answered(Duration answerTime) {
        lock.lock();
        try {
            inFlight--;
            int before = limit;
            learn(answerTime.toNanos());
            if (limit > before) {
                freed.signalAll();
            } else {
                freed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Gives the place back for a message that got no answer: never sent, failed, or given up on. */
    void release() {
        lock.lock();
        try {
            inFlight--;
            freed.signal();
        } finally {
            lock.unlock();
        }
    }

    int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    private void learn(long answerNanos) {
        long now = nanoTime.getAsLong();
        answersInWindow++;
        quickest = Math.min(quickest, answerNanos);
        if (now - quickestSince >= QUICKEST_KEPT) {
            previousQuickest = quickest;
            quickest = answerNanos;
            quickestSince = now;
        }
        long elapsed = now - windowStart;
        if (elapsed < WINDOW) {
            return;
        }
        double answersPerNano = (double) answersInWindow / elapsed;
        double needed = 2 * answersPerNano * Math.min(quickest, previousQuickest);
        limit = (int) Math.max(floor, Math.min(ceiling, Math.ceil(needed)));
        windowStart = now;
        answersInWindow = 0;
    }
}
