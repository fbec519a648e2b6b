package io.github.wlanapi4j;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lifecycle law 8: a wrapper that becomes unreachable without being closed is reported once
 * through {@link System.Logger} and its handle is closed.
 *
 * <p>Each wrapper has a {@link Tracker}: a phantom reference to the wrapper that holds its
 * {@link HandleGuard}, never the wrapper (as the JDK's {@code FileCleanable} holds a descriptor's
 * number). That is the whole cost of tracking, one small object and one uncontended CAS per
 * handle: a {@link java.lang.ref.Cleaner} registration costs about twice that (a larger object,
 * a lock to link it and another to unlink it, and a JNI call to clear it before JDK 24). Here a
 * close does nothing with its tracker. Trackers are kept reachable on a lock-free stack; the
 * reaper thread, the only one that unlinks, drops those whose guard is closed in an occasional
 * sweep, and acts on those the collector enqueues.
 *
 * <p>The same thread also runs other cleanups that must follow a collection ({@link Reaped}),
 * such as dropping a collected target's entry from {@link CallbackContexts}.
 *
 * <p>Where a wrapper was opened is recorded only when the system property
 * {@code wlanapi4j.leakStacks} is {@code true}: a stack trace per open is not free.
 */
final class Leaks {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /** The newest tracker; each links to the one pushed before it. */
    private static final AtomicReference<Tracker> TOP = new AtomicReference<>();
    /** How often the reaper sweeps when nothing is enqueued (closed wrappers kept alive). */
    private static final long SWEEP_PERIOD_MS = TimeUnit.SECONDS.toMillis(30);
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

    /** Watches {@code wrapper}: if it is collected while {@code guard} is open, reports and closes. */
    static void watch(Object wrapper, HandleGuard guard) {
        Tracker t = new Tracker(wrapper, guard,
                recordStacks ? new Throwable("where the unclosed " + guard.owner() + " was opened") : null);
        Tracker top;
        do {
            top = TOP.get();
            t.next = top;
        } while (!TOP.compareAndSet(top, t));
    }

    /** Trackers on the stack, live or not yet swept (for tests). */
    static int tracked() {
        int n = 0;
        for (Tracker t = TOP.get(); t != null; t = t.next) {
            n++;
        }
        return n;
    }

    /** The reaper thread's loop: act on what the collector enqueues, sweep now and then. */
    private static void reap() {
        int reapedSinceSweep = 0;
        int sweepAfter = 64;
        while (true) {
            try {
                Reference<?> r = QUEUE.remove(SWEEP_PERIOD_MS);
                if (r != null) {
                    ((Reaped) r).reaped();
                    reapedSinceSweep++;
                }
                if (r == null || reapedSinceSweep >= sweepAfter) {
                    sweepAfter = Math.max(64, sweep() / 2);
                    reapedSinceSweep = 0;
                }
            } catch (InterruptedException e) {
                // a daemon for the life of the JVM: nothing interrupts it on purpose
            } catch (Throwable t) {
                try {
                    LOG.log(System.Logger.Level.ERROR, "wlanapi4j's reaper failed to clean up after a collection", t);
                } catch (Throwable logFailed) {
                    // the reaper must outlive a broken log handler
                }
            }
        }
    }

    /**
     * Unlinks the trackers of closed handles; they have nothing left to do. The top one stays
     * (pushers race for it); the next sweep takes it. Only the reaper thread writes the links of
     * trackers already pushed, so this needs no lock.
     *
     * @return how many trackers remain
     */
    private static int sweep() {
        Tracker kept = TOP.get();
        if (kept == null) {
            return 0;
        }
        int remaining = 1;
        for (Tracker t = kept.next; t != null; t = t.next) {
            if (t.guard.isClosed()) {
                kept.next = t.next;
            } else {
                kept = t;
                remaining++;
            }
        }
        return remaining;
    }

    /** The phantom of one wrapper; refers to its guard, never to the wrapper. */
    private static final class Tracker extends PhantomReference<Object> implements Reaped {
        private final HandleGuard guard;
        private final Throwable openedAt;
        /** The tracker pushed before this one; written before the push, then only by the reaper. */
        Tracker next;

        Tracker(Object wrapper, HandleGuard guard, Throwable openedAt) {
            super(wrapper, QUEUE);
            this.guard = guard;
            this.openedAt = openedAt;
        }

        /** The wrapper was collected: if it was never closed, report it and close its handle. */
        @Override
        public void reaped() {
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
