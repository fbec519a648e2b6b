package io.github.wlanapi4j;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Wi-Fi Direct client handle ({@code WFDOpenHandle}) and the sessions opened through it.
 *
 * <pre>{@code
 * try (WfdClient wfd = WfdClient.open();
 *      WfdSession session = wfd.openSession(MacAddress.parse("02:11:22:33:44:55"), Duration.ofSeconds(30))) {
 *     UUID iface = session.interfaceGuid();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Outcomes of {@link #startOpenSession(MacAddress)} are delivered on a library
 * thread, never on the service's callback thread, so code in a completion stage may call
 * anything, including {@code close()}. {@link #close()} ends the client's sessions first (cancels
 * pending opens, closes open sessions) and then closes the handle; it waits for cancelled opens
 * to report back for a bounded time only.
 */
public final class WfdClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    private static final String START = "WFDStartOpenSession";
    static final Duration DEFAULT_CANCEL_WAIT = Duration.ofSeconds(5);

    /**
     * The one callback object for every open. Static, so it stays reachable for as long as the
     * service may call it; each open is told apart by its context value, a key of PENDING.
     */
    private static final WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK CALLBACK =
            CallingConvention.wfdCallback(new OpenCompleteCallback());
    private static final ConcurrentHashMap<Long, PendingOpen> PENDING = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_CONTEXT = new AtomicLong();

    /** Where outcomes are delivered: the one hand-off from the service's thread. */
    private static final Executor DELIVERY = DeliveryThreads.newPool("wlanapi4j-wfd-delivery-");

    private final WlanApi api;
    private final Guard guard;
    private final int negotiatedVersion;
    private final Set<PendingOpen> pendingOpens = ConcurrentHashMap.newKeySet();
    private final Set<WfdSession> sessions = ConcurrentHashMap.newKeySet();
    /** How long close() and a timed-out openSession wait for cancelled opens to report back. */
    volatile Duration cancelWait = DEFAULT_CANCEL_WAIT;

    private WfdClient(WlanApi api, long handle, int negotiatedVersion) {
        this.api = api;
        this.negotiatedVersion = negotiatedVersion;
        this.guard = new Guard(api, handle);
        // Unreachable means no session and no pending open is left (each refers to the client), so
        // closing the guard is all that remains to do.
        Leaks.watch(this, guard);
    }

    /** The client handle's guard; static, so that it never refers to the client (law 8). */
    private static final class Guard extends HandleGuard {
        private static final long serialVersionUID = 1L;
        private final transient WlanApi api;

        Guard(WlanApi api, long handle) {
            super(handle);
            this.api = api;
        }

        @Override
        String owner() {
            return "WfdClient";
        }

        @Override
        String closeFunction() {
            return "WFDCloseHandle";
        }

        @Override
        int closeNative(WinNT.HANDLE handle) {
            return api.WFDCloseHandle(handle);
        }
    }

    /**
     * Opens a Wi-Fi Direct client handle on the system's {@code wlanapi.dll}.
     *
     * @return the open client; close it
     * @throws WlanUnavailableException if there is no {@code wlanapi.dll}, or it has no Wi-Fi
     *     Direct (before Windows 8)
     * @throws WlanException for an error of {@code WFDOpenHandle}, such as
     *     {@link WlanHandleLimitException}
     */
    public static WfdClient open() {
        return open(WlanApi.load());
    }

    /**
     * Opens a Wi-Fi Direct client handle through {@code api}, requesting
     * {@link WlanApi#WFD_API_VERSION_1_0}.
     *
     * @param api the binding, {@link WlanApi#load()} or a test double
     * @return the open client; close it
     * @throws WlanException as for {@link #open()}
     */
    public static WfdClient open(WlanApi api) {
        Objects.requireNonNull(api, "api");
        return OutParams.open("WFDOpenHandle",
                (version, handle) -> api.WFDOpenHandle(WlanApi.WFD_API_VERSION_1_0, version, handle),
                (handle, version) -> new WfdClient(api, handle, version));
    }

    /**
     * Returns the version the service negotiated.
     *
     * @return the negotiated version, {@link WlanApi#WFD_API_VERSION_1_0}
     */
    public int negotiatedVersion() {
        return negotiatedVersion;
    }

    /**
     * Returns whether {@link #close()} has not been called yet.
     *
     * @return {@code true} until {@code close()} is called
     */
    public boolean isOpen() {
        return !guard.isClosed();
    }

    /**
     * Starts opening a session to a paired peer ({@code WFDStartOpenSession}).
     *
     * <p>The future completes on a library thread: with the open session, or exceptionally with
     * the typed exception for the service's error code (its {@link WlanException#reasonCode()}
     * holds {@code dwReasonCode}). An error that {@code WFDStartOpenSession} returns at once
     * fails the future the same way. Cancelling the future ({@code cancel(...)}) cancels the open
     * at the service; should the service report success all the same, the session is closed.
     *
     * <pre>{@code
     * wfd.startOpenSession(peer)
     *    .thenAccept(session -> use(session))
     *    .exceptionally(e -> { log(e); return null; });
     * }</pre>
     *
     * @param peer the peer's address
     * @return the open in progress
     * @throws IllegalStateException if this client is closed
     */
    public CompletableFuture<WfdSession> startOpenSession(MacAddress peer) {
        Objects.requireNonNull(peer, "peer");
        // This reference on the handle belongs to the open until it completes, then to the session.
        WinNT.HANDLE handle = guard.acquire();
        PendingOpen open = new PendingOpen(this, peer);
        pendingOpens.add(open);
        PENDING.put(open.context, open);
        int code;
        OutParams out = OutParams.take();
        try {
            code = api.WFDStartOpenSession(handle, peer.toBytes(), new Pointer(open.context), CALLBACK, out.handle);
            if (code == ErrorTable.ERROR_SUCCESS) {
                open.started(out.handle.getValue());
            }
        } catch (RuntimeException | Error e) {
            abandon(open);
            throw e;
        } finally {
            out.giveBack();
        }
        if (code != ErrorTable.ERROR_SUCCESS) {
            abandon(open);
            open.future.completeExceptionally(ErrorTable.exception(START, code).withContext("peer " + peer));
        }
        return open.future;
    }

    /** Forgets an open that the service never took on; no callback will come for it. */
    private void abandon(PendingOpen open) {
        PENDING.remove(open.context);
        pendingOpens.remove(open);
        guard.releaseAndLog();
    }

    /**
     * Opens a session to a paired peer and waits for the outcome.
     *
     * @param peer the peer's address
     * @param timeout how long to wait; positive
     * @return the open session
     * @throws WlanTimeoutException if the open did not complete in time; it is then cancelled
     *     (and the call waits, for a bounded time, for the service to confirm)
     * @throws WlanCancelledException if the thread was interrupted; the open is cancelled and the
     *     thread's interrupt status is kept
     * @throws WlanException for the service's error code
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws IllegalStateException if this client is closed
     */
    public WfdSession openSession(MacAddress peer, Duration timeout) {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        PendingOpen open = ((OpenFuture) startOpenSession(peer)).open;
        try {
            return open.future.get(saturatedNanos(timeout), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (TimeoutException e) {
            if (!open.future.cancel(false)) {
                return open.future.join(); // completed just now
            }
            open.awaitFinished(cancelWait);
            throw ErrorTable.exception(START, ErrorTable.ERROR_TIMEOUT)
                    .withContext("no answer from peer " + peer + " within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (!open.future.cancel(false) && !open.future.isCompletedExceptionally()) {
                open.future.join().closeAndReport(); // completed just now, but the caller has gone
            }
            throw ErrorTable.exception(START, ErrorTable.ERROR_CANCELLED)
                    .withContext("interrupted while opening a session to peer " + peer);
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }

    /**
     * Opens a session to a legacy (non-Wi-Fi Direct) peer, synchronously
     * ({@code WFDOpenLegacySession}).
     *
     * @param peer the peer's address
     * @return the open session
     * @throws WlanException for the service's error code
     * @throws IllegalStateException if this client is closed
     */
    public WfdSession openLegacySession(MacAddress peer) {
        Objects.requireNonNull(peer, "peer");
        WinNT.HANDLE handle = guard.acquire(); // passes to the session if it opens
        WfdSession session = null;
        OutParams out = OutParams.take();
        try {
            Guid.GUID iface = new Guid.GUID();
            int code = api.WFDOpenLegacySession(handle, peer.toBytes(), out.handle, iface);
            if (code != ErrorTable.ERROR_SUCCESS) {
                throw ErrorTable.exception("WFDOpenLegacySession", code).withContext("peer " + peer);
            }
            session = new WfdSession(this, out.handleValue("WFDOpenLegacySession"), peer, Guids.toUuid(iface));
        } finally {
            out.giveBack();
            if (session == null) {
                guard.releaseAndLog();
            }
            Reference.reachabilityFence(this);
        }
        adopt(session);
        if (!session.isOpen()) {
            throw new IllegalStateException("WfdClient was closed while the session to " + peer + " opened");
        }
        return session;
    }

    /** Tracks an open session so that close() ends it; closes it if close() may have missed it. */
    private void adopt(WfdSession session) {
        sessions.add(session);
        if (!isOpen()) {
            session.closeAndReport(); // idempotent: close() may have closed it already
        }
    }

    void forget(WfdSession session) {
        sessions.remove(session);
    }

    WlanApi api() {
        return api;
    }

    HandleGuard guard() {
        return guard;
    }

    /**
     * Delivers the outcome of an open, on a delivery thread (never the service's). The open's
     * reference on the handle passes to the session, or is released.
     */
    private void finish(PendingOpen open, UUID iface, int error, int reason) {
        WfdSession session = null;
        WlanException failure = null;
        try {
            if (error == ErrorTable.ERROR_SUCCESS) {
                session = new WfdSession(this, Pointer.nativeValue(open.handle().getPointer()), open.peer, iface);
                adopt(session);
                if (open.cancelWanted()) {
                    session.closeAndReport();
                }
                if (!session.isOpen()) {
                    failure = ErrorTable.exception(START, ErrorTable.ERROR_CANCELLED).withContext(
                            "the open to peer " + open.peer + " succeeded after it was cancelled; the session is closed");
                }
            } else {
                guard.releaseAndLog();
                failure = ErrorTable.exception(START, error).withReasonCode(reason).withContext("peer " + open.peer);
            }
        } finally {
            pendingOpens.remove(open);
            open.finished.countDown();
        }
        if (failure != null) {
            open.future.completeExceptionally(failure);
        } else if (!open.future.complete(session)) {
            session.closeAndReport(); // cancelled just now: nobody will close it
        }
    }

    /**
     * Closes the client: cancels its pending opens and waits (bounded) for the service to report
     * them, closes its open sessions, then closes the handle ({@code WFDCloseHandle}).
     * Idempotent and thread-safe; each native close runs exactly once. An open whose cancellation
     * the service does not confirm within 5 seconds fails its future with
     * {@link WlanTimeoutException} and keeps the handle open until the service reports it
     * ({@code WFDCloseHandle} would wait for it); {@code close()} returns all the same, and that
     * late completion closes the handle.
     *
     * @throws WlanException the first native close of this call that failed; later ones are
     *     attached as suppressed exceptions
     */
    @Override
    public void close() {
        try {
            guard.acquire(); // held while ending sessions, so that the handle outlives them
        } catch (IllegalStateException closedAlready) {
            return;
        }
        List<WlanException> failures = new ArrayList<>();
        try {
            guard.close(); // no new operations; drops the owner's reference (ours keeps the handle)
            for (PendingOpen open : pendingOpens) {
                open.cancel();
            }
            long deadline = System.nanoTime() + saturatedNanos(cancelWait);
            for (PendingOpen open : pendingOpens) {
                if (!open.awaitFinished(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    // WFDCloseHandle would wait for this open forever: keep the handle for it (the
                    // completion, should it come, closes it), but let nobody wait any longer.
                    String why = "the service did not report the outcome of the open to peer " + open.peer + " within "
                            + cancelWait + " of its cancellation; the client's handle stays open until it does";
                    LOG.log(System.Logger.Level.WARNING, "WfdClient.close(): " + why);
                    open.future.completeExceptionally(
                            ErrorTable.exception(START, ErrorTable.ERROR_TIMEOUT).withContext(why));
                }
            }
            for (WfdSession session : sessions) {
                add(failures, session.closeAndReport());
            }
        } finally {
            add(failures, guard.release()); // the last reference runs WFDCloseHandle
        }
        if (!failures.isEmpty()) {
            WlanException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static void add(List<WlanException> failures, WlanException failure) {
        if (failure != null) {
            failures.add(failure);
        }
    }

    @Override
    public String toString() {
        return guard + "(" + sessions.size() + " sessions, " + pendingOpens.size() + " opening)";
    }

    /** The service's completion callback: bookkeeping here, everything else on a delivery thread. */
    private static final class OpenCompleteCallback implements WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK {
        @Override
        public void callback(WinNT.HANDLE hSessionHandle, Pointer pvContext, Guid.GUID.ByValue guidSessionInterface,
                int dwError, int dwReasonCode) {
            try { // nothing may propagate into native code
                PendingOpen open = PENDING.remove(Pointer.nativeValue(pvContext));
                if (open == null) {
                    LOG.log(System.Logger.Level.WARNING, "WFD open completion for an unknown context "
                            + Pointer.nativeValue(pvContext) + " (error " + dwError + "): ignored");
                    return;
                }
                open.called(hSessionHandle);
                UUID iface = dwError == ErrorTable.ERROR_SUCCESS ? Guids.toUuid(guidSessionInterface) : null;
                DELIVERY.execute(() -> open.client.finish(open, iface, dwError, dwReasonCode));
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "WFD open completion could not be delivered", t);
            }
        }
    }

    /** The future of an open; cancelling it cancels the open at the service. */
    private static final class OpenFuture extends CompletableFuture<WfdSession> {
        private final PendingOpen open;

        OpenFuture(PendingOpen open) {
            this.open = open;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                open.cancel();
            }
            return cancelled;
        }

        @Override
        public <U> CompletableFuture<U> newIncompleteFuture() {
            return new CompletableFuture<>(); // dependent stages are plain futures
        }
    }

    /** One open between WFDStartOpenSession and its callback. */
    private static final class PendingOpen {
        final long context = NEXT_CONTEXT.incrementAndGet();
        final WfdClient client;
        final MacAddress peer;
        final OpenFuture future;
        final CountDownLatch finished = new CountDownLatch(1);
        // Guarded by this. WFDCancelOpenSession is called under the lock, and the callback takes
        // it on arrival: so the session handle is never cancelled once the callback has returned.
        private WinNT.HANDLE handle;
        private boolean called;
        private boolean cancelWanted;

        PendingOpen(WfdClient client, MacAddress peer) {
            this.client = client;
            this.peer = peer;
            this.future = new OpenFuture(this);
        }

        /** WFDStartOpenSession returned this handle (the callback may have come first). */
        synchronized void started(WinNT.HANDLE h) {
            if (handle == null) {
                handle = h;
            }
            if (cancelWanted) {
                cancelAtService();
            }
        }

        synchronized void called(WinNT.HANDLE h) {
            if (handle == null) {
                handle = h;
            }
            called = true;
        }

        synchronized void cancel() {
            cancelWanted = true;
            cancelAtService();
        }

        private void cancelAtService() {
            if (handle != null && !called) {
                int code = client.api.WFDCancelOpenSession(handle);
                if (code != ErrorTable.ERROR_SUCCESS) {
                    LOG.log(System.Logger.Level.DEBUG, () -> "WFDCancelOpenSession for peer " + peer + " returned "
                            + ErrorTable.describeCode(code) + "; its completion will tell");
                }
            }
        }

        synchronized WinNT.HANDLE handle() {
            return handle;
        }

        synchronized boolean cancelWanted() {
            return cancelWanted;
        }

        boolean awaitFinished(Duration bound) {
            try {
                return finished.await(saturatedNanos(bound), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return finished.getCount() == 0;
            }
        }
    }
}
