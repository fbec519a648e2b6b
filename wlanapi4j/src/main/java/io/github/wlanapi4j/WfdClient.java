package io.github.wlanapi4j;

import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * to report back for a bounded time only: 5 seconds, or what {@link #cancelWait(Duration)} sets.
 * Once {@code close()} has begun, no open starts.
 *
 * <p>A {@link WlanTimeoutException} from this class is the library's own wait running out when
 * its {@link WlanTimeoutException#isLibraryWait()} is {@code true}, and the service's
 * {@code ERROR_TIMEOUT} otherwise.
 */
public final class WfdClient implements AutoCloseable {
    static final Duration DEFAULT_CANCEL_WAIT = Duration.ofSeconds(5);

    private final Guard guard;
    private final int negotiatedVersion;
    private final WfdSessions sessions;
    /** Its leak tracker (lifecycle law 8); forgotten on close. */
    private final Object tracker;
    /** How long close() and a timed-out openSession wait for cancelled opens to report back. */
    private volatile Duration cancelWait = DEFAULT_CANCEL_WAIT;

    private WfdClient(WlanApi api, long handle, int negotiatedVersion) {
        this.negotiatedVersion = negotiatedVersion;
        this.guard = new Guard(api, handle);
        this.sessions = new WfdSessions(api, guard);
        // Sessions and pending opens hold references on the guard, so the handle outlives them
        // even when the client is collected first.
        this.tracker = Leaks.watch(this, guard);
    }

    /** The client handle's guard; static, so that it never refers to the client (law 8). */
    private static final class Guard extends HandleGuard {
        private final WlanApi api;

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
        int closeNative(long address) {
            return api.WFDCloseHandle(handleOf(address));
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
        return OutParams.open("WFDOpenHandle", api, WlanApi.WFD_API_VERSION_1_0,
                (a, requested, version, handle) -> a.WFDOpenHandle(requested, version, handle),
                WfdClient::new);
    }

    /**
     * Sets how long {@link #close()}, and {@link #openSession(MacAddress, Duration)} after its
     * timeout, wait for the service to report an open they cancelled (5 seconds by default).
     * An open not reported by then fails with a {@link WlanTimeoutException} whose
     * {@link WlanTimeoutException#isLibraryWait()} is {@code true}. Applies to waits that begin
     * after this call.
     *
     * <pre>{@code
     * try (WfdClient wfd = WfdClient.open().cancelWait(Duration.ofMillis(500))) { ... }
     * }</pre>
     *
     * @param wait the bound; positive
     * @return this client
     * @throws IllegalArgumentException if {@code wait} is zero or negative
     */
    public WfdClient cancelWait(Duration wait) {
        Objects.requireNonNull(wait, "wait");
        if (wait.isNegative() || wait.isZero()) {
            throw new IllegalArgumentException("cancelWait must be positive: " + wait);
        }
        cancelWait = wait;
        return this;
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
     * Closing the client cancels the open too, and the future fails with
     * {@link WlanCancelledException} before {@code close()} returns.
     *
     * <pre>{@code
     * wfd.startOpenSession(peer)
     *    .thenAccept(session -> use(session))
     *    .exceptionally(e -> { log(e); return null; });
     * }</pre>
     *
     * @param peer the peer's address
     * @return the open in progress
     * @throws IllegalStateException if this client is closed or closing
     */
    public CompletableFuture<WfdSession> startOpenSession(MacAddress peer) {
        Objects.requireNonNull(peer, "peer");
        try {
            return sessions.start(peer).future;
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Opens a session to a paired peer and waits for the outcome.
     *
     * @param peer the peer's address
     * @param timeout how long to wait; positive
     * @return the open session
     * @throws WlanTimeoutException if the open did not complete in time (its
     *     {@link WlanTimeoutException#isLibraryWait()} is {@code true}); it is then cancelled, and
     *     the call waits, for at most {@link #cancelWait(Duration)}, for the service to confirm
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
        try {
            WfdSessions.PendingOpen open = sessions.start(peer);
            try {
                open.future.get(Checks.saturatedNanos(timeout), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | CancellationException failed) {
                // read below
            } catch (TimeoutException e) {
                Seams.reach(Seams.Point.OPEN_WAIT_TIMED_OUT);
                if (open.future.cancel(false)) {
                    open.awaitSettled(System.nanoTime() + Checks.saturatedNanos(cancelWait));
                    throw WlanTimeoutException.libraryWait(WfdSessions.START)
                            .withContext("no answer from peer " + peer + " within " + timeout);
                }
                // it completed meanwhile: read below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (!open.future.cancel(false) && !open.future.isCompletedExceptionally()) {
                    open.future.join().closeAndLog("opened just as the caller was interrupted");
                }
                throw ErrorTable.exception(WfdSessions.START, WlanErrors.ERROR_CANCELLED)
                        .withContext("interrupted while opening a session to peer " + peer);
            }
            return outcome(open.future);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** The session of a completed open, or its failure as the typed exception (never a CompletionException). */
    private static WfdSession outcome(CompletableFuture<WfdSession> done) {
        try {
            return done.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } catch (CancellationException e) {
            throw (WlanException) ErrorTable.exception(WfdSessions.START, WlanErrors.ERROR_CANCELLED).initCause(e);
        }
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
            int code = guard.api.WFDOpenLegacySession(handle, peer.toBytes(), out.handle, iface);
            if (code != WlanErrors.ERROR_SUCCESS) {
                throw ErrorTable.exception("WFDOpenLegacySession", code).withContext("peer " + peer);
            }
            session = new WfdSession(sessions, out.handleValue("WFDOpenLegacySession"), peer, Guids.toUuid(iface));
        } finally {
            out.giveBack();
            if (session == null) {
                guard.releaseAndLog();
            }
            Reference.reachabilityFence(this);
        }
        if (!sessions.adopt(session)) {
            throw new IllegalStateException("WfdClient was closed while the session to " + peer + " opened");
        }
        return session;
    }

    /**
     * Closes the client: no open starts once this has begun; it cancels the pending opens and
     * waits (bounded) for the service to report them, closes the open sessions, then closes the
     * handle ({@code WFDCloseHandle}). Idempotent and thread-safe; each native close runs exactly
     * once. Every pending open's future is complete when this returns. An open whose cancellation
     * the service does not confirm within 5 seconds (or {@link #cancelWait(Duration)}) fails its
     * future with {@link WlanTimeoutException} ({@link WlanTimeoutException#isLibraryWait()}
     * {@code true}) and keeps the handle open until the service reports it
     * ({@code WFDCloseHandle} would wait for it); {@code close()} returns all the same, and that
     * late completion closes the handle. An interrupt does not cut the wait short; the thread's
     * interrupt status is kept.
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
            failures.addAll(sessions.close(cancelWait));
        } finally {
            WlanException failure = guard.release(); // the last reference runs WFDCloseHandle
            if (failure != null) {
                failures.add(failure);
            }
            Leaks.forget(tracker);
            Reference.reachabilityFence(this);
        }
        if (!failures.isEmpty()) {
            WlanException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    @Override
    public String toString() {
        return guard + "(" + sessions.sessionCount() + " sessions, " + sessions.pendingCount() + " opening)";
    }
}
