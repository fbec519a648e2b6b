package io.github.wlanapi4j;

import java.util.Locale;

/**
 * What a {@link Backend} counts: a misspelt counter is a compile error, not a silent skip on one
 * backend. Each name is the stand-in's, in lower case ({@code standin_get}).
 */
enum Counter {
    WLAN_HANDLES,
    WFD_HANDLES,
    /** WFD sessions open or pending. */
    SESSIONS,
    SESSION_CLOSES,
    CANCELS,
    /** Calls made with a handle that was not open. */
    STALE_CALLS,
    /** Native closes that ran while a call on the handle was in flight. */
    CLOSE_RACES,
    CALLBACK_THREAD_CLOSES,
    CALLBACKS_FIRED,
    CALLBACKS_LOST,
    THREADS_RUNNING,
    SESSIONS_ORPHANED,
    /** Buffers handed out and not yet freed with WlanFreeMemory. */
    MEMORY_OUTSTANDING,
    BUFFERS_HANDED_OUT,
    BUFFERS_FREED,
    /** WlanFreeMemory of an address never handed out. */
    UNKNOWN_FREES,
    /** WlanFreeMemory of a buffer already freed. */
    DOUBLE_FREES,
    CLOSE_WHILE_PENDING,
    /** Scans, connects and disconnects started and not yet done reporting. */
    OPS_PENDING,
    /** The stand-in's long-lived sender threads still running (standin_sender_send). */
    SENDERS_RUNNING;

    /** The stand-in's name for it. */
    String standInName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
