package io.github.wlanapi4j;

import java.lang.ref.Cleaner;

/**
 * Lifecycle law 8: a wrapper that becomes unreachable without being closed is reported once
 * through {@link System.Logger} and its handle is closed (by its {@link HandleGuard}, which is
 * the Cleaner action and never refers to the wrapper).
 *
 * <p>One {@link Cleaner} for the library. Where a wrapper was opened is recorded only when the
 * system property {@code wlanapi4j.leakStacks} is {@code true}: a stack trace per open is not free.
 */
final class Leaks {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread t = new Thread(r, "wlanapi4j-cleaner");
        t.setDaemon(true);
        return t;
    });
    /** Whether to record where each wrapper was opened; read at startup, tests may switch it. */
    static volatile boolean recordStacks = Boolean.getBoolean("wlanapi4j.leakStacks");

    private Leaks() {}

    /** Watches {@code wrapper}; its guard's {@code close()} ends the watch. */
    static void watch(Object wrapper, HandleGuard guard) {
        guard.watch(wrapper, CLEANER,
                recordStacks ? new Throwable("where the unclosed " + guard.owner() + " was opened") : null);
    }
}
