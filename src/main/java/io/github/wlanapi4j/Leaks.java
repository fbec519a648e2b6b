package io.github.wlanapi4j;

import java.lang.ref.Cleaner;

/**
 * Lifecycle law 8: a wrapper that becomes unreachable without being closed is reported once
 * through {@link System.Logger} and its handle is closed.
 *
 * <p>One {@link Cleaner} for the library. The action holds the wrapper's guard (and whatever else
 * must end with it), never the wrapper, or the wrapper could not become unreachable. Where the
 * wrapper was opened is recorded only when the system property {@code wlanapi4j.leakStacks} is
 * {@code true}, since a stack trace per open is not free.
 */
final class Leaks {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "wlanapi4j-cleaner");
        t.setDaemon(true);
        return t;
    });
    /** Whether to record where each wrapper was opened; read at startup, tests may switch it. */
    static volatile boolean recordStacks = Boolean.getBoolean("wlanapi4j.leakStacks");

    private Leaks() {}

    /**
     * Watches {@code wrapper}; call {@link Cleaner.Cleanable#clean()} from its {@code close()}.
     *
     * @param alsoEnd ended before the guard is closed (a client's notifications), or null
     */
    static Cleaner.Cleanable watch(Object wrapper, HandleGuard guard, Runnable alsoEnd) {
        Throwable openedAt = recordStacks ? new Throwable("where the unclosed " + guard.owner() + " was opened") : null;
        return CLEANER.register(wrapper, new Leak(guard, alsoEnd, openedAt));
    }

    /** The action: must not refer to the wrapper. */
    private static final class Leak implements Runnable {
        private final HandleGuard guard;
        private final Runnable alsoEnd;
        private final Throwable openedAt;

        Leak(HandleGuard guard, Runnable alsoEnd, Throwable openedAt) {
            this.guard = guard;
            this.alsoEnd = alsoEnd;
            this.openedAt = openedAt;
        }

        @Override
        public void run() {
            if (guard.isClosed()) {
                return; // closed properly; clean() was called by close()
            }
            LOG.log(System.Logger.Level.WARNING, guard + " was garbage-collected without close(); closing it now"
                    + (openedAt == null ? " (run with -Dwlanapi4j.leakStacks=true to see where it was opened)" : ""),
                    openedAt);
            try {
                if (alsoEnd != null) {
                    alsoEnd.run();
                }
            } finally {
                WlanException failure = guard.close();
                if (failure != null) {
                    LOG.log(System.Logger.Level.WARNING, "closing the unclosed " + guard.owner() + " failed", failure);
                }
            }
        }
    }
}
