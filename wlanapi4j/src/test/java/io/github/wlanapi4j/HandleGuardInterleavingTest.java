package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle law 3, proven by exploring interleavings rather than hoping for them: every order of
 * the shared-memory steps of two borrowers and a close (and of a borrower and two closes) runs
 * against the real {@link HandleGuard}, through its state accessors. The same exploration finds
 * the defect of the guard it replaced, whose reference count was striped like a
 * {@code LongAdder}'s: its sum is not a snapshot, and a close could see zero while a borrow was in
 * flight.
 */
class HandleGuardInterleavingTest {

    /** What a scenario does with a guard. */
    interface Guard {
        /** Borrows; false if the guard is closed. */
        boolean tryAcquire();

        void release();

        void close();

        /** Whether the guard ends clean: closed, no reference left. */
        default void checkClean() {
        }
    }

    /** Counts native closes and catches one that runs while a borrow is in flight. */
    static final class Probe {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        final AtomicInteger closesUnderBorrow = new AtomicInteger();

        int closeNative() {
            if (inFlight.get() != 0) {
                closesUnderBorrow.incrementAndGet();
            }
            closes.incrementAndGet();
            return 0;
        }

        /** A borrow that stays in flight across one scheduling step. */
        void borrow(Guard guard) {
            if (guard.tryAcquire()) {
                inFlight.incrementAndGet();
                Interleavings.step();
                inFlight.decrementAndGet();
                guard.release();
            }
        }

        void check() {
            assertEquals(0, closesUnderBorrow.get(), "the native close ran while a borrow was in flight");
            assertEquals(1, closes.get(), "the native close must run exactly once");
        }
    }

    /**
     * The real guard, with a scheduling step before each read and each read-modify-write of its
     * state word. A compare-and-set always follows a read of the same word in a retry loop, so it
     * needs no step of its own: the schedules where another thread steps in between (and the
     * compare-and-set fails and retries) end as if that thread had stepped before the read.
     */
    static final class Stepped extends HandleGuard {
        private final Probe probe;

        Stepped(Probe probe) {
            super(0x40);
            this.probe = probe;
        }

        @Override
        long loadState() {
            Interleavings.step();
            return super.loadState();
        }

        @Override
        long addState(long delta) {
            Interleavings.step();
            return super.addState(delta);
        }

        /** This guard as a scenario uses it. */
        static Guard make(Probe probe) {
            Stepped g = new Stepped(probe);
            return new Guard() {
                @Override
                public boolean tryAcquire() {
                    try {
                        g.acquire();
                        return true;
                    } catch (IllegalStateException closed) {
                        return false;
                    }
                }

                @Override
                public void release() {
                    assertNull(g.release());
                }

                @Override
                public void close() {
                    assertNull(g.close());
                }

                @Override
                public void checkClean() {
                    assertEquals(0, g.references(), "references left");
                    assertTrue(g.isClosed());
                }
            };
        }

        @Override
        String owner() {
            return "Stepped";
        }

        @Override
        String closeFunction() {
            return "close";
        }

        @Override
        int closeNative(long address) {
            return probe.closeNative();
        }
    }

    /**
     * The algorithm of the guard this one replaced, step for step: a state field, and a count in
     * cells that a close sums one cell at a time. Which cell an update lands in is an explored
     * choice: in a {@code LongAdder} it follows the thread's probe, which changes when a CAS on a
     * cell fails under contention, so an increment and the decrement that undoes it can land in
     * different cells.
     */
    static final class Striped implements Guard {
        private static final int OPEN = 0;
        private static final int CLOSED = 1;
        private static final int DONE = 2;
        private final Probe probe;
        private final AtomicInteger state = new AtomicInteger(OPEN);
        private final AtomicLong[] cells = {new AtomicLong(), new AtomicLong()};

        Striped(Probe probe) {
            this.probe = probe;
        }

        private void add(long delta) {
            int cell = Interleavings.choose(cells.length);
            Interleavings.step();
            cells[cell].addAndGet(delta);
        }

        private int state() {
            Interleavings.step();
            return state.get();
        }

        private boolean cas(int expected, int update) {
            Interleavings.step();
            return state.compareAndSet(expected, update);
        }

        private long sum() {
            long sum = 0;
            for (AtomicLong cell : cells) {
                Interleavings.step();
                sum += cell.get();
            }
            return sum;
        }

        @Override
        public boolean tryAcquire() {
            if (state() == OPEN) {
                add(1);
                if (state() == OPEN) {
                    return true;
                }
                release(); // close() came between: back out
            }
            return false;
        }

        @Override
        public void release() {
            add(-1);
            if (state() != OPEN) {
                finishIfIdle();
            }
        }

        @Override
        public void close() {
            if (cas(OPEN, CLOSED)) {
                finishIfIdle();
            }
        }

        private void finishIfIdle() {
            if (sum() == 0 && cas(CLOSED, DONE)) {
                probe.closeNative();
            }
        }
    }

    /** Two threads borrow while a third closes. */
    static Interleavings.Scenario twoBorrowsAndAClose(java.util.function.Function<Probe, Guard> make) {
        Probe probe = new Probe();
        Guard guard = make.apply(probe);
        return new Interleavings.Scenario() {
            @Override
            public List<Runnable> threads() {
                return List.of(() -> probe.borrow(guard), () -> probe.borrow(guard), guard::close);
            }

            @Override
            public void check() {
                probe.check();
                guard.checkClean();
            }
        };
    }

    @Test
    void noScheduleOfTwoBorrowsAndACloseClosesUnderABorrowOrTwice() {
        Interleavings.Result r = Interleavings.explore(() -> twoBorrowsAndAClose(Stepped::make), 100_000);
        assertNull(r.failure, () -> "failed on schedule " + r.failingTrace + ": " + r.failure);
        assertTrue(r.schedules > 100, "the exploration must cover the interleavings: only " + r.schedules);
    }

    @Test
    void noScheduleOfTwoClosesAndABorrowClosesTwice() {
        Interleavings.Result r = Interleavings.explore(() -> {
            Probe probe = new Probe();
            Guard guard = Stepped.make(probe);
            return new Interleavings.Scenario() {
                @Override
                public List<Runnable> threads() {
                    return List.of(() -> probe.borrow(guard), guard::close, guard::close);
                }

                @Override
                public void check() {
                    probe.check();
                    guard.checkClean();
                }
            };
        }, 100_000);
        assertNull(r.failure, () -> "failed on schedule " + r.failingTrace + ": " + r.failure);
        assertTrue(r.schedules > 10, "only " + r.schedules + " schedules");
    }

    /** The exploration has teeth: it finds the defect of the striped guard this one replaced. */
    @Test
    void theSameExplorationFindsTheStripedCountersCloseUnderABorrow() {
        Interleavings.Result r = Interleavings.explore(() -> twoBorrowsAndAClose(Striped::new), 3, 100_000);
        assertNotNull(r.failure, "the striped guard's race was not found in " + r.schedules + " schedules");
        assertTrue(r.failure.getMessage().contains("while a borrow was in flight"), r.failure.getMessage());
    }
}
