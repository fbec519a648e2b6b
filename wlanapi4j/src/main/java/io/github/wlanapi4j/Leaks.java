package io.github.wlanapi4j;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Lifecycle law 8: a wrapper that becomes unreachable without being closed is reported once
 * through {@link System.Logger} and its handle is closed.
 *
 * <p>Each wrapper has a {@link Tracker}: a phantom reference to the wrapper that holds its
 * {@link HandleGuard}, never the wrapper (as the JDK's {@code FileCleanable} holds a descriptor's
 * number). Trackers are kept reachable in a table of slots: {@link #watch} claims a free slot
 * with a compare-and-set, {@link #forget} (called by close()) empties it with a plain store. A
 * forgotten tracker is garbage before its wrapper dies, so the collector never has to discover
 * or enqueue it, and nothing needs {@code Reference.clear()} (a JNI call before JDK 24). That is
 * less than a {@link java.lang.ref.Cleaner} registration costs (a larger object, a lock to link
 * it, another to unlink it, and the clear).
 *
 * <p>One reaper thread acts on the trackers the collector enqueues (the wrapper was collected
 * before close), and on other references whose cleanup must follow a collection
 * ({@link Reaped}), such as a collected target's entry in {@link CallbackContexts}.
 *
 * <p>Where a wrapper was opened is recorded only when the system property
 * {@code wlanapi4j.leakStacks} is {@code true}: a stack trace per open is not free.
 */
final class Leaks {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final int SEGMENT = 1024;
    /** The slots, in segments that never move once made; grows by a segment when full. */
    @SuppressWarnings("unchecked")
    private static volatile AtomicReferenceArray<Tracker>[] segments = new AtomicReferenceArray[] {
        new AtomicReferenceArray<Tracker>(SEGMENT)};
    /** Where the next claim starts looking: past the last claimed slot, so usually free. */
    private static final AtomicInteger CURSOR = new AtomicInteger();
    /** Whether to record where each wrapper was opened; read at startup, tests may switch it. */
    static volatile boolean recordStacks = Boolean.getBoolean("wlanapi4j.leakStacks");

    static {
        Thread reaper = new Thread(Leaks::reap, "wlanapi4j-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    private Leaks() {}

    /** Something the reaper thread runs once the collector has enqueued it on {@link #queue()}. */
    interface Reaped {
        void reaped();
    }

    /** The queue whose references the reaper thread acts on; they must implement {@link Reaped}. */
    static ReferenceQueue<Object> queue() {
        return QUEUE;
    }

    /**
     * Watches {@code wrapper}: if it is collected while {@code guard} is open, reports and closes.
     * The wrapper keeps the returned tracker and hands it to {@link #forget} when it closes.
     */
    static Object watch(Object wrapper, HandleGuard guard) {
        Tracker t = new Tracker(wrapper, guard,
                recordStacks ? new Throwable("where the unclosed " + guard.owner() + " was opened") : null);
        while (true) {
            AtomicReferenceArray<Tracker>[] segs = segments;
            int capacity = segs.length * SEGMENT;
            int start = CURSOR.getAndIncrement();
            for (int n = 0; n < capacity; n++) {
                int i = Math.floorMod(start + n, capacity);
                if (segs[i / SEGMENT].get(i % SEGMENT) == null && segs[i / SEGMENT].compareAndSet(i % SEGMENT, null, t)) {
                    t.slot = i;
                    return t;
                }
            }
            grow(segs);
        }
    }

    /** The wrapper closed: its tracker has nothing left to do and becomes garbage with it. */
    static void forget(Object tracker) {
        ((Tracker) tracker).release();
    }

    @SuppressWarnings("unchecked")
    private static synchronized void grow(AtomicReferenceArray<Tracker>[] full) {
        if (segments == full) {
            AtomicReferenceArray<Tracker>[] more = java.util.Arrays.copyOf(full, full.length + 1);
            more[full.length] = new AtomicReferenceArray<>(SEGMENT);
            segments = more;
        }
    }

    /** Trackers in the table (for tests: closed wrappers leave none). */
    static int tracked() {
        int n = 0;
        for (AtomicReferenceArray<Tracker> seg : segments) {
            for (int i = 0; i < SEGMENT; i++) {
                if (seg.get(i) != null) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The reaper thread's loop: act on what the collector enqueues. */
    private static void reap() {
        while (true) {
            try {
                ((Reaped) QUEUE.remove()).reaped();
            } catch (Throwable t) {
                try {
                    LOG.log(System.Logger.Level.ERROR, "wlanapi4j's reaper failed to clean up after a collection", t);
                } catch (Throwable logFailed) {
                    // the reaper must outlive a broken log handler
                }
            }
        }
    }

    /** The phantom of one wrapper; refers to its guard, never to the wrapper. */
    private static final class Tracker extends PhantomReference<Object> implements Reaped {
        private final HandleGuard guard;
        private final Throwable openedAt;
        /** Its slot in the table; set once, before anyone else can see the tracker. */
        int slot;

        Tracker(Object wrapper, HandleGuard guard, Throwable openedAt) {
            super(wrapper, QUEUE);
            this.guard = guard;
            this.openedAt = openedAt;
        }

        /** Empties its slot, if it still holds it. */
        void release() {
            segments[slot / SEGMENT].compareAndSet(slot % SEGMENT, this, null);
        }

        /** The wrapper was collected: if it was never closed, report it and close its handle. */
        @Override
        public void reaped() {
            release();
            if (guard.isClosed()) {
                return;
            }
            String what = guard.toString();
            WlanException failure = guard.close(); // first: a log handler that throws must not keep it open
            LOG.log(System.Logger.Level.WARNING, what + " was garbage-collected without close(); closed it now"
                    + (openedAt == null ? " (run with -Dwlanapi4j.leakStacks=true to see where it was opened)" : ""),
                    openedAt);
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "closing the unclosed " + guard.owner() + " failed", failure);
            }
        }
    }
}
