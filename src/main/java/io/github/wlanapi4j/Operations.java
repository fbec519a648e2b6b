package io.github.wlanapi4j;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;

/**
 * The asynchronous operations of one client: scans, connects and disconnects, each a future that
 * the interface's ACM notification completes. {@code WlanScan}, {@code WlanConnect} and
 * {@code WlanDisconnect} return at once; the outcome comes later, to the client's one
 * notification registration (this class subscribes to ACM on the first operation).
 *
 * <p>Every operation is pending here until exactly one thing settles it: its notification, its
 * call's error code, its deadline, a later connect that supersedes it, or the client's close.
 * Whoever removes it from {@link #pending} completes it, and nothing else does. Futures complete
 * on a delivery thread, never on the service's thread or the caller's, so a completion stage may
 * call anything on the client, including {@code close()}. Callers get a {@code copy()}: cancelling
 * one stops nobody else's wait, and cannot stop the native operation in any case.
 *
 * <p>This class refers to the binding, the guard and the hub, never to the client (law 8); the
 * hub owns it and closes it first.
 */
final class Operations {
    /** Windows requires drivers to finish a scan within 4 s; this leaves room for a busy service. */
    static final Duration SCAN_TIMEOUT = Duration.ofSeconds(10);
    /** Association, 802.1X and DHCP-free completion; attempts Windows gives up on end sooner. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    static final Duration DISCONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final int MODE_PROFILE = 0;
    private static final int MODE_TEMPORARY_PROFILE = 1;

    private final WlanApi api;
    private final HandleGuard guard;
    private final Notifications hub;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final List<Pending<?>> pending = new ArrayList<>();
    private boolean closed;
    /** Operations between their {@code add} and the end of {@link #start}; guarded by {@link #lock}. */
    private int starting;
    private WlanClient.Subscription subscription;

    Operations(WlanApi api, HandleGuard guard, Notifications hub) {
        this.api = api;
        this.guard = guard;
        this.hub = hub;
    }

    /** An operation between its start and its outcome. */
    private abstract static class Pending<T> {
        final UUID iface;
        final String function;
        final CompletableFuture<T> future = new CompletableFuture<>();
        /** The latest of its callers' deadlines, in {@link System#nanoTime()} terms; guarded by the lock. */
        long until;

        Pending(UUID iface, String function) {
            this.iface = iface;
            this.function = function;
        }

        abstract String what();
    }

    private static final class Scan extends Pending<List<BssEntry>> {
        final Ssid ssid; // null: every network

        Scan(UUID iface, Ssid ssid) {
            super(iface, "WlanScan");
            this.ssid = ssid;
        }

        @Override
        String what() {
            return "the scan of interface " + iface + (ssid == null ? "" : " for " + ssid);
        }
    }

    private static final class Connect extends Pending<Connection> {
        final String profile;

        Connect(UUID iface, String profile) {
            super(iface, "WlanConnect");
            this.profile = profile;
        }

        @Override
        String what() {
            return "connecting interface " + iface + " to profile \"" + profile + "\"";
        }
    }

    private static final class Disconnect extends Pending<Void> {
        Disconnect(UUID iface) {
            super(iface, "WlanDisconnect");
        }

        @Override
        String what() {
            return "disconnecting interface " + iface;
        }
    }

    /** A native call with the handle and the interface's GUID. */
    private interface Call {
        int call(WinNT.HANDLE handle, Guid.GUID iface);
    }

    CompletableFuture<List<BssEntry>> scan(UUID iface, Ssid ssid, Duration timeout) {
        long until = until(timeout);
        Scan scan;
        synchronized (lock) {
            requireOpen();
            for (Pending<?> p : pending) {
                if (p instanceof Scan && p.iface.equals(iface) && Objects.equals(((Scan) p).ssid, ssid)) {
                    return join((Scan) p, timeout); // concurrent scans of one interface share one native scan
                }
            }
            scan = add(new Scan(iface, ssid), until);
        }
        byte[] dot11Ssid = ssid == null ? null : ssid.toDot11Ssid();
        return start(scan, timeout, until, true, (h, g) -> api.WlanScan(h, g, dot11Ssid, null, null));
    }

    /**
     * A caller's share of a pending operation, with the caller's own deadline: the operation waits
     * as long as its longest-waiting caller, and a caller with a shorter deadline times out alone.
     * Holds the lock.
     */
    private <T> CompletableFuture<T> join(Pending<T> shared, Duration timeout) {
        long until = until(timeout);
        shared.until = until - shared.until > 0 ? until : shared.until;
        return deadline(shared, timeout, until);
    }

    /**
     * The one deadline mechanism: a caller's copy of an operation, failed with a
     * {@link TimeoutException} at the caller's deadline ({@code until}) unless the operation was
     * settled first; the last caller's deadline settles the operation itself, so nothing stays
     * pending. The timer task goes as soon as the copy completes.
     */
    private <T> CompletableFuture<T> deadline(Pending<T> shared, Duration timeout, long until) {
        CompletableFuture<T> mine = shared.future.copy();
        ScheduledFuture<?> timer = CallbackContexts.schedule(until - System.nanoTime(), () -> {
            boolean last;
            synchronized (lock) {
                last = until - shared.until >= 0;
            }
            if (last) {
                settle(shared, null, expired(shared, timeout));
            }
            mine.completeExceptionally(expired(shared, timeout));
        });
        mine.whenComplete((r, e) -> timer.cancel(false));
        return mine;
    }

    private static TimeoutException expired(Pending<?> p, Duration timeout) {
        return new TimeoutException(p.what() + " had no outcome within " + timeout + " (the service's notification "
                + "was lost, or the driver is slow)");
    }

    CompletableFuture<Connection> connect(UUID iface, String profileName, String temporaryXml, Duration timeout) {
        long until = until(timeout);
        Connect connect;
        Pending<?> superseded = null;
        synchronized (lock) {
            requireOpen();
            for (Pending<?> p : pending) {
                if (p instanceof Connect && p.iface.equals(iface)) {
                    superseded = p;
                }
            }
            pending.remove(superseded);
            connect = add(new Connect(iface, profileName), until);
        }
        if (superseded != null) { // handed off: no user code runs inside a start, which close() waits for
            complete(superseded, false, null, new WlanCancelledException("WlanConnect", WlanErrors.ERROR_CANCELLED)
                    .withContext(superseded.what() + " was superseded by a connect to profile \"" + profileName + "\""));
        }
        Memory parameters = temporaryXml == null
                ? WlanStructs.connectionParameters(MODE_PROFILE, profileName, BssType.INFRASTRUCTURE.code())
                : WlanStructs.connectionParameters(MODE_TEMPORARY_PROFILE, temporaryXml, BssType.INFRASTRUCTURE.code());
        return start(connect, timeout, until, false, (h, g) -> api.WlanConnect(h, g, parameters, null));
    }

    CompletableFuture<Void> disconnect(UUID iface, Duration timeout) {
        long until = until(timeout);
        Disconnect disconnect;
        synchronized (lock) {
            requireOpen();
            for (Pending<?> p : pending) {
                if (p instanceof Disconnect && p.iface.equals(iface)) {
                    return join((Disconnect) p, timeout);
                }
            }
            disconnect = add(new Disconnect(iface), until);
        }
        CompletableFuture<Void> mine = start(disconnect, timeout, until, false, (h, g) -> api.WlanDisconnect(h, g, null));
        if (!disconnect.future.isDone()) {
            // Windows reports nothing when there was nothing to disconnect: look.
            try {
                Optional<WlanInterface> now = WlanClient.interfaces(api, guard).stream()
                        .filter(i -> i.guid().equals(iface)).findFirst();
                InterfaceState state = now.map(WlanInterface::state).orElse(InterfaceState.NOT_READY);
                if (state == InterfaceState.DISCONNECTED || state == InterfaceState.NOT_READY) {
                    settle(disconnect, null, null);
                }
            } catch (RuntimeException e) { // the notification or the deadline settles it
            }
        }
        return mine;
    }

    /** When a deadline {@code timeout} from now falls, in {@link System#nanoTime()} terms. */
    private static long until(Duration timeout) {
        return System.nanoTime() + Checks.saturatedNanos(timeout);
    }

    /** Adds {@code p}, due at {@code until}, counted as starting until {@link #start} ends. Holds the lock. */
    private <P extends Pending<?>> P add(P p, long until) {
        p.until = until;
        pending.add(p);
        starting++;
        return p;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("WlanClient is closed");
        }
    }

    /**
     * Subscribes, makes the call and returns the starting caller's copy, due at {@code until}; a failure of
     * either settles {@code p}. Counted in {@link #starting} from its {@code add}: {@link #close()}
     * waits for it, so no call starts for an operation close has cancelled. Nothing here runs user
     * code.
     */
    private <T> CompletableFuture<T> start(Pending<T> p, Duration timeout, long until, boolean locationGated,
            Call call) {
        CompletableFuture<T> mine = deadline(p, timeout, until);
        try {
            subscribe();
            Guid.GUID g = Guids.toGuid(p.iface);
            int code = guard.borrow(h -> isPending(p) ? call.call(h, g) : WlanErrors.ERROR_SUCCESS);
            if (code != WlanErrors.ERROR_SUCCESS) {
                settleLater(p, ErrorTable.exception(p.function, code, locationGated).withContext("interface " + p.iface));
            }
        } catch (RuntimeException | Error e) { // closed meanwhile, the subscription failed, or the binding threw
            settleLater(p, e);
        } finally {
            synchronized (lock) {
                if (--starting == 0) {
                    lock.notifyAll();
                }
            }
        }
        return mine;
    }

    private boolean isPending(Pending<?> p) {
        synchronized (lock) {
            return pending.contains(p);
        }
    }

    private void subscribe() {
        synchronized (lock) {
            if (subscription == null) {
                subscription = hub.subscribe(EnumSet.of(WlanNotificationSource.ACM), this::received);
            }
        }
    }

    /** On a delivery thread: the ACM notifications that settle operations. */
    private void received(WlanNotification n) {
        AcmEvent event = n.acmEvent().orElse(AcmEvent.UNKNOWN);
        switch (event) {
            case SCAN_COMPLETE:
            case SCAN_FAIL:
                scanned(n.interfaceGuid(), event == AcmEvent.SCAN_FAIL, n.reasonCode().orElse(0));
                break;
            case CONNECTION_ATTEMPT_FAIL:
            case CONNECTION_COMPLETE:
                n.connection().ifPresent(c -> connected(n.interfaceGuid(), event, c));
                break;
            case DISCONNECTED:
                for (Pending<?> p : take(n.interfaceGuid(), Disconnect.class, null)) {
                    complete(p, null, null);
                }
                break;
            default:
                break;
        }
    }

    /** A scan of {@code iface} ended: complete, or failed with {@code reason}. */
    private void scanned(UUID iface, boolean failed, int reason) {
        List<Scan> scans = take(iface, Scan.class, null);
        if (scans.isEmpty()) {
            return;
        }
        if (failed) {
            for (Scan s : scans) {
                complete(s, null, new WlanException("WlanScan", WlanErrors.ERROR_SUCCESS,
                        s.what() + " failed: " + reasonText(api, reason)).withReasonCode(reason));
            }
            return;
        }
        List<BssEntry> all;
        try {
            all = WlanClient.bssList(api, guard, iface);
        } catch (RuntimeException e) {
            for (Scan s : scans) {
                complete(s, null, e);
            }
            return;
        }
        for (Scan s : scans) {
            complete(s, s.ssid == null ? all : WlanClient.only(all, s.ssid), null);
        }
    }

    private void connected(UUID iface, AcmEvent event, ConnectionNotification c) {
        for (Connect p : take(iface, Connect.class, c.profileName())) {
            if (event == AcmEvent.CONNECTION_ATTEMPT_FAIL || c.reasonCode() != 0) {
                String text = reasonText(api, c.reasonCode());
                complete(p, null, new WlanConnectionException(c.reasonCode(), text, p.what() + " failed: " + text));
                continue;
            }
            try {
                Optional<Connection> now = WlanClient.connection(api, guard, iface);
                complete(p, now.orElse(null), now.isPresent() ? null : new WlanConnectionException(0, "",
                        p.what() + ": it connected, then the connection ended before it could be read"));
            } catch (RuntimeException e) {
                complete(p, null, e);
            }
        }
    }

    /** Removes and returns the pending operations of a kind on {@code iface} (and of {@code profile}, if given). */
    private <P extends Pending<?>> List<P> take(UUID iface, Class<P> kind, String profile) {
        List<P> taken = new ArrayList<>(1);
        synchronized (lock) {
            for (Pending<?> p : pending) {
                if (kind.isInstance(p) && p.iface.equals(iface)
                        && (profile == null || ((Connect) p).profile.equals(profile))) {
                    taken.add(kind.cast(p));
                }
            }
            pending.removeAll(taken);
        }
        return taken;
    }

    /** Settles {@code p} if it is still pending; else something settled it first, and nothing happens. */
    private void settle(Pending<?> p, Object value, Throwable failure) {
        if (take(p)) {
            complete(p, true, value, failure);
        }
    }

    /** As {@link #settle} with a failure, but always handed off to a delivery thread (from a start). */
    private void settleLater(Pending<?> p, Throwable failure) {
        if (take(p)) {
            complete(p, false, null, failure);
        }
    }

    private boolean take(Pending<?> p) {
        synchronized (lock) {
            return pending.remove(p);
        }
    }

    /**
     * Completes {@code p} with {@code value}, or fails it with {@code failure}, on a delivery
     * thread: this one if it is one and {@code inline} allows, else handed off. Only for an
     * operation the caller removed from {@link #pending}: so exactly once.
     */
    @SuppressWarnings("unchecked")
    private static void complete(Pending<?> p, boolean inline, Object value, Throwable failure) {
        Runnable complete = () -> {
            if (failure != null) {
                p.future.completeExceptionally(failure);
            } else {
                ((CompletableFuture<Object>) p.future).complete(value);
            }
        };
        if (inline && CallbackContexts.onDeliveryThread()) {
            complete.run();
        } else {
            CallbackContexts.deliver(complete);
        }
    }

    private void complete(Pending<?> p, Object value, Throwable failure) {
        complete(p, true, value, failure);
    }

    /** Ends every pending operation with {@link WlanCancelledException}; no operation starts after. */
    void close() {
        List<Pending<?>> all;
        boolean interrupted = false;
        synchronized (lock) {
            closed = true;
            while (starting > 0) { // a start in progress: its call is made, or skipped, before we cancel
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            all = new ArrayList<>(pending);
            pending.clear();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Pending<?> p : all) {
            complete(p, null, new WlanCancelledException(p.function, WlanErrors.ERROR_CANCELLED)
                    .withContext("the client was closed before " + p.what() + " had an outcome"));
        }
    }

    int pendingCount() {
        synchronized (lock) {
            return pending.size();
        }
    }

    /** The service's text for a {@code WLAN_REASON_CODE}, or the code itself where there is none. */
    static String reasonText(WlanApi api, int reason) {
        char[] buffer = new char[512];
        int code;
        try {
            code = api.WlanReasonCodeToString(reason, buffer.length, buffer, null);
        } catch (RuntimeException e) {
            code = -1;
        }
        int n = 0;
        while (code == WlanErrors.ERROR_SUCCESS && n < buffer.length && buffer[n] != 0) {
            n++;
        }
        return n > 0 ? new String(buffer, 0, n) : "WLAN reason code 0x" + Integer.toHexString(reason);
    }
}
