package io.github.wlanapi4j;

import java.util.function.Consumer;

/**
 * Named points in the library where a test can hold a thread, to force an interleaving that
 * stress would hit only by luck. In production nothing is installed and reaching a point is one
 * volatile read.
 */
final class Seams {
    /** The points; each says where it is. */
    enum Point {
        /** A notification's delivery is about to decide whether to call a listener. */
        BEFORE_LISTENER_CALL,
        /** A Wi-Fi Direct open is registered with its client and about to call WFDStartOpenSession. */
        BEFORE_OPEN_STARTS,
        /** {@code WfdClient.openSession} has waited in vain and is about to cancel the open. */
        OPEN_WAIT_TIMED_OUT,
        /** A buffer the service handed out is about to be read (and then freed). */
        READING_BUFFER,
        /** A caller's future of an operation has completed; the caller is about to leave the operation. */
        CALLER_LEAVING,
        /** A connect is about to make its {@code WlanConnect} (before the lock that orders those calls). */
        BEFORE_CONNECT_CALL,
        /** The notification callback runs, on the service's thread. */
        IN_NOTIFICATION_CALLBACK,
        /** The Wi-Fi Direct open-completion callback runs, on the service's thread. */
        IN_OPEN_COMPLETE_CALLBACK,
    }

    private static volatile Consumer<Point> hook;

    private Seams() {}

    static void reach(Point point) {
        Consumer<Point> h = hook;
        if (h != null) {
            h.accept(point);
        }
    }

    /** Installs {@code h} (tests only), or removes it with null. */
    static void install(Consumer<Point> h) {
        hook = h;
    }
}
