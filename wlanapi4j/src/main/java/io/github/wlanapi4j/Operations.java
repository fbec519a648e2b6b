package io.github.wlanapi4j;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The asynchronous operations of one client: scans, connects and disconnects, each a future that
 * the interface's ACM notification completes. {@code WlanScan}, {@code WlanConnect} and
 * {@code WlanDisconnect} return at once; the outcome comes later, to the client's one
 * notification registration (this class subscribes to ACM on the first operation).
 *
 * <p>An operation is pending here from its start until exactly one thing settles it: its
 * notification, its call's error code, a later connect that supersedes it, the client's close,
 * or the departure of its last caller. Whoever removes it from {@link #pending} settles it, and
 * nothing else does; so every operation removed is settled, exactly once, whatever is thrown.
 *
 * <p>Each caller has a future of its own, with its own deadline: concurrent scans (or
 * disconnects) of one interface share one native operation, and a caller's future that
 * completes before the outcome (its deadline, {@code cancel}, {@code orTimeout}, or the caller
 * completing it) only takes that caller out of the operation. When the last caller has gone, the
 * operation is abandoned: nobody waits for its outcome, so it leaves {@link #pending}, and the
 * next caller starts a native operation of its own rather than joining one nobody settles. A
 * join and a departure decide under one lock, so a caller joins a live operation or starts a new
 * one, never one that is just being abandoned.
 *
 * <p>Outcomes are read on the hub's operations lane, which runs only this class's code (never a
 * listener's), and each caller's future is completed on a delivery thread of its own. So no user
 * code ever holds up a settlement or a deadline: a completion stage may block, or wait for
 * another operation of the same client, or close it.
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
    /**
     * Weakly: a caller's future refers to this class, and the hub to the listeners, which may
     * refer to their client; a future the user keeps (or the deadline timer) must not keep an
     * abandoned client alive (law 8). The client holds the hub for as long as it lives.
     */
    private final WeakReference<Notifications> hub;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private final List<Pending<?>> pending = new ArrayList<>();
    private boolean closed;
    /** Operations between their {@code add} and the end of {@link #start}; guarded by {@link #lock}. */
    private int starting;
    /** The connects each queued connection notification will end (see {@link #arrived}); guarded by {@link #lock}. */
    private final Map<WlanNotification, List<Connect>> ending = new IdentityHashMap<>();
    /** Held across each {@code WlanConnect}, so that the calls' order is the service's. */
    private final Object connectCalls = new Object();
    /** {@code WlanConnect} calls made so far; guarded by {@link #connectCalls}. */
    private long connectsCalled;
    private boolean subscribed;

    Operations(WlanApi api, HandleGuard guard, Notifications hub) {
        this.api = api;
        this.guard = guard;
        this.hub = new WeakReference<>(hub);
    }

    /** An operation between its start and its outcome. */
    private abstract static class Pending<T> {
        final UUID iface;
        final String function;
        /** The futures of the callers still waiting; guarded by the lock. */
        final List<CompletableFuture<T>> callers = new ArrayList<>(1);
        /** For a connect, when its {@code WlanConnect} was made (1, 2, ...), or 0 before; set under connectCalls. */
        volatile long order;

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
        /** Connection notifications queued on the lane that will end it; guarded by the lock. */
        int reported;

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
        byte[] dot11Ssid = ssid == null ? null : ssid.toDot11Ssid(); // before add(): nothing may throw between it and start()
        Scan scan;
        CompletableFuture<List<BssEntry>> mine;
        synchronized (lock) {
            requireOpen();
            for (Pending<?> p : pending) {
                if (p instanceof Scan && p.iface.equals(iface) && Objects.equals(((Scan) p).ssid, ssid)) {
                    return caller((Scan) p, timeout); // concurrent scans of one interface share one native scan
                }
            }
            scan = add(new Scan(iface, ssid));
            mine = caller(scan, timeout);
        }
        start(scan, true, (h, g) -> api.WlanScan(h, g, dot11Ssid, null, null));
        return mine;
    }

    /**
     * A new caller of {@code p}: its own future, failed with a {@link WlanTimeoutException} at its
     * own deadline unless the operation was settled first. Holds the lock.
     */
    private <T> CompletableFuture<T> caller(Pending<T> p, Duration timeout) {
        Caller<T> mine = new Caller<>(p);
        p.callers.add(mine);
        // Strongly, until the deadline: a user may wait on a stage's future holding neither the
        // client nor this one. A stage that refers to its client keeps it that long, and no
        // longer (the operations refer to the hub, and so to the listeners, only weakly).
        mine.timer = CallbackContexts.schedule(Checks.saturatedNanos(timeout),
                () -> mine.completeExceptionally(expired(p, timeout)));
        return mine;
    }

    /**
     * A caller's future. However it is completed (its deadline, the outcome, {@code cancel},
     * {@code orTimeout}, the caller itself), the caller leaves its operation and its deadline goes
     * first, before any stage runs: a stage that starts the same operation again never joins the
     * one its own caller has just left. (A {@code whenComplete} registered here would run after
     * the caller's own stages, which {@code CompletableFuture} runs last-registered first.) The
     * futures of its stages are plain ones.
     */
    private final class Caller<T> extends CompletableFuture<T> {
        private final Pending<T> operation;
        volatile ScheduledFuture<?> timer;

        Caller(Pending<T> operation) {
            this.operation = operation;
        }

        private void leaving() {
            ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
            leave(operation, this);
        }

        @Override
        public boolean complete(T value) {
            leaving();
            return super.complete(value);
        }

        @Override
        public boolean completeExceptionally(Throwable failure) {
            Objects.requireNonNull(failure, "failure"); // before leaving: a rejected completion completes nothing
            leaving();
            return super.completeExceptionally(failure);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            leaving();
            return super.cancel(mayInterruptIfRunning);
        }

        @Override
        public void obtrudeValue(T value) {
            leaving();
            super.obtrudeValue(value);
        }

        @Override
        public void obtrudeException(Throwable failure) {
            Objects.requireNonNull(failure, "failure");
            leaving();
            super.obtrudeException(failure);
        }

        @Override
        public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
            Objects.requireNonNull(supplier, "supplier");
            return super.completeAsync(() -> { // the JDK completes it internally, past complete()
                try {
                    return supplier.get();
                } finally {
                    leaving();
                }
            }, executor);
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CompletableFuture<>();
        }
    }

    /** {@code mine}'s caller no longer waits; if it was the last, the operation is abandoned. */
    private <T> void leave(Pending<T> p, CompletableFuture<T> mine) {
        Seams.reach(Seams.Point.CALLER_LEAVING);
        synchronized (lock) {
            if (p.callers.remove(mine) && p.callers.isEmpty()) {
                pending.remove(p); // nobody waits for its outcome, which cannot be stopped natively
            }
        }
    }

    private static WlanException expired(Pending<?> p, Duration timeout) {
        return WlanTimeoutException.libraryWait(p.function).withContext(p.what() + " had no outcome within " + timeout
                + " (the service's notification was lost, or the driver is slow)");
    }

    CompletableFuture<Connection> connect(UUID iface, String profileName, String temporaryXml, List<MacAddress> bssids,
            Duration timeout) {
        Memory parameters = temporaryXml == null // before add(): nothing may throw between it and start()
                ? WlanStructs.connectionParameters(MODE_PROFILE, profileName, BssType.INFRASTRUCTURE.code(), bssids)
                : WlanStructs.connectionParameters(MODE_TEMPORARY_PROFILE, temporaryXml, BssType.INFRASTRUCTURE.code(),
                        bssids);
        Connect connect;
        CompletableFuture<Connection> mine;
        synchronized (lock) {
            requireOpen();
            connect = add(new Connect(iface, profileName));
            mine = caller(connect, timeout);
        }
        if (start(connect, false, (h, g) -> api.WlanConnect(h, g, parameters, null))) {
            supersede(connect);
        }
        return mine;
    }

    /**
     * The service accepted {@code by}: the connects whose {@code WlanConnect} it took before on
     * the interface are superseded (cancelled). Not before: a connect whose call fails leaves the
     * one in progress be; and one whose call is still to be made will supersede this one.
     */
    private void supersede(Connect by) {
        List<Pending<?>> ended = new ArrayList<>(1);
        synchronized (lock) {
            for (Pending<?> p : pending) {
                if (p instanceof Connect && p.iface.equals(by.iface) && p.order > 0 && p.order < by.order
                        && ((Connect) p).reported == 0) {
                    ended.add(p);
                }
            }
            pending.removeAll(ended);
        }
        for (Pending<?> p : ended) {
            complete(p, null, new WlanCancelledException("WlanConnect", WlanErrors.ERROR_CANCELLED)
                    .withContext(p.what() + " was superseded by a connect to profile \"" + by.profile + "\""));
        }
    }

    CompletableFuture<Void> disconnect(UUID iface, Duration timeout) {
        Disconnect disconnect;
        CompletableFuture<Void> mine;
        synchronized (lock) {
            requireOpen();
            for (Pending<?> p : pending) {
                if (p instanceof Disconnect && p.iface.equals(iface)) {
                    return caller((Disconnect) p, timeout);
                }
            }
            disconnect = add(new Disconnect(iface));
            mine = caller(disconnect, timeout);
        }
        if (start(disconnect, false, (h, g) -> api.WlanDisconnect(h, g, null)) && isPending(disconnect)) {
            // Windows reports nothing when there was nothing to disconnect: look.
            try {
                Optional<WlanInterface> now = WlanClient.interfaces(api, guard).stream()
                        .filter(i -> i.guid().equals(iface)).findFirst();
                InterfaceState state = now.map(WlanInterface::state).orElse(InterfaceState.NOT_READY);
                if (state == InterfaceState.DISCONNECTED || state == InterfaceState.NOT_READY) {
                    settle(disconnect, null, null);
                }
            } catch (RuntimeException e) { // the notification or the deadline settles it
            } catch (Error e) { // thrown to nobody: the caller holds the future, which fails with it
                settle(disconnect, null, e);
            }
        }
        return mine;
    }

    /** Adds {@code p}, counted as starting until {@link #start} ends. Holds the lock. */
    private <P extends Pending<?>> P add(P p) {
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
     * Subscribes and makes the call, unless {@code p} was settled meanwhile; a failure of either
     * settles {@code p}. Counted in {@link #starting} from its {@code add}: {@link #close()}
     * waits for it, so no call starts for an operation close has cancelled. Nothing here runs user
     * code: completions are handed off.
     *
     * @return whether the call was made and the service accepted it
     */
    private boolean start(Pending<?> p, boolean locationGated, Call call) {
        boolean[] made = new boolean[1];
        try {
            subscribe();
            Guid.GUID g = Guids.toGuid(p.iface);
            boolean connect = p instanceof Connect;
            if (connect) {
                Seams.reach(Seams.Point.BEFORE_CONNECT_CALL);
            }
            // Connects one at a time, so that their order is the one the service took them in; the
            // others need no order. Whether to call is decided inside: a caller may have left, or
            // close() begun, while this waited.
            int code = guard.borrow(h -> {
                synchronized (connect ? connectCalls : p) {
                    synchronized (lock) {
                        if (closed || !pending.contains(p)) {
                            return WlanErrors.ERROR_SUCCESS;
                        }
                        if (connect) { // under the lock: a notification from now on may be its outcome
                            p.order = ++connectsCalled;
                        }
                    }
                    made[0] = true;
                    return call.call(h, g);
                }
            });
            if (code != WlanErrors.ERROR_SUCCESS) {
                settle(p, null, ErrorTable.exception(p.function, code, locationGated).withContext("interface " + p.iface));
                return false;
            }
            return made[0];
        } catch (RuntimeException | Error e) { // closed meanwhile, the subscription failed, or the binding threw
            settle(p, null, e);
            return false;
        } finally {
            synchronized (lock) {
                if (--starting == 0) {
                    lock.notifyAll();
                }
            }
        }
    }

    private boolean isPending(Pending<?> p) {
        synchronized (lock) {
            return pending.contains(p);
        }
    }

    /**
     * On the service's thread, as a connection notification is queued for the lane: the connects
     * it will end are recorded with it. Only those that were pending, with their call made, when
     * it arrived: an older notification is not a later connect's outcome, and one before a
     * connect's call is not its outcome either. A connect with a notification queued is not
     * superseded while its outcome waits its turn on the lane.
     */
    void arrived(WlanNotification n) {
        if (n.acmEvent().orElse(AcmEvent.UNKNOWN) != AcmEvent.CONNECTION_COMPLETE) {
            return;
        }
        String profile = WlanStructs.connectionNotificationProfile(n.data()); // null: unreadable, ends any
        synchronized (lock) {
            List<Connect> ends = new ArrayList<>(1);
            for (Pending<?> p : pending) {
                if (p instanceof Connect && p.iface.equals(n.interfaceGuid()) && p.order > 0
                        && (profile == null || ((Connect) p).profile.equals(profile))) {
                    ends.add((Connect) p);
                    ((Connect) p).reported++;
                }
            }
            if (!ends.isEmpty()) {
                ending.put(n, ends);
            }
        }
    }

    /** The connects {@code n} ends that are still pending (removed from it), as recorded on its arrival. */
    private List<Connect> takeEndedBy(WlanNotification n) {
        synchronized (lock) {
            List<Connect> ends = ending.remove(n);
            if (ends == null) {
                return List.of();
            }
            List<Connect> taken = new ArrayList<>(ends.size());
            for (Connect c : ends) {
                c.reported--;
                if (pending.remove(c)) {
                    taken.add(c);
                }
            }
            return taken;
        }
    }

    private void subscribe() {
        synchronized (lock) {
            if (!subscribed) {
                Notifications h = hub.get();
                if (h == null) {
                    throw new IllegalStateException("WlanClient is closed");
                }
                h.subscribeOperations();
                subscribed = true;
            }
        }
    }

    /**
     * On the hub's operations lane, in arrival order: the ACM notifications that settle
     * operations. Every operation this takes from {@link #pending} is settled before it returns,
     * whatever is thrown (an {@code Error} from a read is passed on once they are).
     */
    void received(WlanNotification n) {
        AcmEvent event = n.acmEvent().orElse(AcmEvent.UNKNOWN);
        switch (event) {
            case SCAN_COMPLETE:
            case SCAN_FAIL:
                scanned(n.interfaceGuid(), event == AcmEvent.SCAN_FAIL, n.reasonCode().orElse(0));
                break;
            case CONNECTION_COMPLETE: // the end of a connect, successful or not; any attempt_fail comes first
                connected(n);
                break;
            case DISCONNECTED:
                for (Pending<?> p : take(n.interfaceGuid(), Disconnect.class)) {
                    complete(p, null, null);
                }
                break;
            default:
                break;
        }
    }

    /** A scan of {@code iface} ended: complete, or failed with {@code reason}. */
    private void scanned(UUID iface, boolean failed, int reason) {
        settleTaken(take(iface, Scan.class), () -> {
            if (failed) {
                String text = reasonText(api, reason);
                return s -> Outcome.failed(new WlanException("WlanScan", WlanErrors.ERROR_SUCCESS,
                        s.what() + " failed: " + text).withReasonCode(reason));
            }
            List<BssEntry> all = WlanClient.bssList(api, guard, iface);
            return s -> Outcome.of(s.ssid == null ? all : WlanClient.only(all, s.ssid));
        });
    }

    /**
     * A connection on {@code n}'s interface ended ({@code connection_complete}, with a reason
     * code if it failed). Not {@code connection_attempt_fail}: Windows may make several attempts
     * for one connect, each failure reported so, before the one {@code connection_complete}. A
     * notification whose data cannot be read still ends the connect it names (or, if not even its
     * profile name is readable, the interface's one pending connect), failed with the
     * malformed-buffer error.
     */
    private void connected(WlanNotification n) {
        UUID iface = n.interfaceGuid();
        byte[] data = n.data();
        ConnectionNotification c;
        try {
            c = WlanStructs.requireConnectionNotification(data);
        } catch (IllegalStateException malformed) {
            settleTaken(takeEndedBy(n), () -> p -> Outcome.failed(malformed));
            return;
        }
        settleTaken(takeEndedBy(n), () -> {
            if (c.reasonCode() != 0) {
                String text = reasonText(api, c.reasonCode());
                return p -> Outcome.failed(new WlanConnectionException(c.reasonCode(), text,
                        p.what() + " failed: " + text + " (" + WlanReasonCodes.name(c.reasonCode()) + ")"));
            }
            Optional<Connection> now;
            try {
                now = WlanClient.connection(api, guard, iface);
            } catch (WlanLocationAccessDeniedException denied) { // 24H2: the connect succeeded, the query may not
                Connection announced = Connection.fromNotification(c);
                return p -> Outcome.of(announced);
            }
            return p -> now.isPresent() ? Outcome.of(now.get()) : Outcome.failed(new WlanConnectionException(0, "",
                    p.what() + ": it connected, then the connection ended before it could be read"));
        });
    }

    /** What one operation ends with: a value, or a failure. */
    private static final class Outcome {
        final Object value;
        final Throwable failure;

        private Outcome(Object value, Throwable failure) {
            this.value = value;
            this.failure = failure;
        }

        static Outcome of(Object value) {
            return new Outcome(value, null);
        }

        static Outcome failed(Throwable failure) {
            return new Outcome(null, failure);
        }
    }

    /**
     * Settles operations already {@code taken} from {@link #pending}, which nothing else would
     * settle: {@code decide} reads what it needs (the native reads, a reason's text) and gives
     * each one's outcome, all before any is completed. Whatever deciding throws, each fails with
     * that instead, and an {@code Error} is passed on once they have.
     */
    private <P extends Pending<?>> void settleTaken(List<P> taken, Supplier<Function<? super P, Outcome>> decide) {
        if (taken.isEmpty()) {
            return;
        }
        Outcome[] outcomes = new Outcome[taken.size()];
        Throwable thrown = null;
        try {
            Function<? super P, Outcome> outcome = decide.get();
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = outcome.apply(taken.get(i));
            }
        } catch (RuntimeException | Error e) {
            thrown = e;
        }
        // A read that found the handle closed: the client was closed (or collected) after the outcome arrived.
        boolean closedMeanwhile = thrown instanceof IllegalStateException && guard.isClosed();
        for (int i = 0; i < outcomes.length; i++) {
            P p = taken.get(i);
            Outcome o = closedMeanwhile ? Outcome.failed(cancelled(p))
                    : thrown == null ? outcomes[i] : Outcome.failed(thrown);
            complete(p, o.value, o.failure);
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
    }

    /** Removes and returns the pending scans or disconnects of {@code iface} (connects end by {@link #takeEndedBy}). */
    private <P extends Pending<?>> List<P> take(UUID iface, Class<P> kind) {
        List<P> taken = new ArrayList<>(1);
        synchronized (lock) {
            for (Pending<?> p : pending) {
                if (kind.isInstance(p) && p.iface.equals(iface)) {
                    taken.add(kind.cast(p));
                }
            }
            pending.removeAll(taken);
        }
        return taken;
    }

    /** Settles {@code p} if it is still pending; else something settled it first, and nothing happens. */
    private void settle(Pending<?> p, Object value, Throwable failure) {
        boolean mine;
        synchronized (lock) {
            mine = pending.remove(p);
        }
        if (mine) {
            complete(p, value, failure);
        }
    }

    /**
     * Completes each caller of {@code p} with {@code value}, or fails it with {@code failure},
     * each on a delivery thread of its own: a caller's completion stages run there, and can hold
     * up nobody else. Only for an operation the caller removed from {@link #pending}: so exactly
     * once.
     */
    @SuppressWarnings("unchecked")
    private void complete(Pending<?> p, Object value, Throwable failure) {
        List<CompletableFuture<Object>> callers;
        synchronized (lock) {
            callers = new ArrayList<>((List<CompletableFuture<Object>>) (List<?>) p.callers);
        }
        Notifications h = hub.get(); // null only once the client was collected: nobody awaits delivery then
        for (CompletableFuture<Object> f : callers) {
            Runnable completion = () -> {
                if (failure != null) {
                    f.completeExceptionally(failure);
                } else {
                    f.complete(value);
                }
            };
            if (h != null) {
                h.deliverCompletion(completion);
            } else {
                CallbackContexts.deliver(completion);
            }
        }
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
            ending.clear(); // the lane stops: nothing queued will be read
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Pending<?> p : all) {
            complete(p, null, cancelled(p));
        }
    }

    private static WlanException cancelled(Pending<?> p) {
        return new WlanCancelledException(p.function, WlanErrors.ERROR_CANCELLED)
                .withContext("the client was closed before " + p.what() + " had an outcome");
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
