package io.github.wlanapi4j;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The Wi-Fi Direct sessions of one {@link WfdClient}, from {@code WFDStartOpenSession} to
 * {@code WFDCloseSession}: the opens between their start and their callback, and the sessions
 * they became. {@link WfdClient} owns the handle and the order in which things close; this class
 * owns everything that must end before the handle does.
 *
 * <p>Every pending open and every session holds a reference on the client's guard, so
 * {@code WFDCloseHandle} runs after the last of them has ended. This class refers to the guard and
 * the binding, never to the client: the static context table holds pending opens strongly, and
 * must not keep an abandoned client alive (lifecycle law 8).
 *
 * <p>Starting an open and {@link #close(Duration)} exclude each other (a read-write lock: starts
 * run side by side, close waits for those in flight). So once close has begun no open starts, and
 * every open that started is in close's hands. The service's callback never takes that lock.
 */
final class WfdSessions {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    static final String START = "WFDStartOpenSession";
    /** How long a completion callback waits for a WFDCancelOpenSession call in flight on its session. */
    private static final long CANCEL_CALL_WAIT_MS = 1_000;

    /**
     * The one callback object for every open. Static, so it stays reachable for as long as the
     * service may call it (law 5); each open is told apart by its context value.
     */
    private static final WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK CALLBACK =
            CallingConvention.serviceCallback(CallingConvention.wfdCallback(new OpenCompleteCallback()));
    private static final CallbackContexts<PendingOpen> CONTEXTS = new CallbackContexts<>();

    final WlanApi api;
    /** The client's guard. */
    final HandleGuard guard;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Set once, under the write lock. */
    private boolean closed;
    private final Set<PendingOpen> pending = ConcurrentHashMap.newKeySet();
    /**
     * The open sessions' guards, not the sessions: a pending open reaches this object from the
     * static context table, and must not keep a session its user abandoned alive (law 8).
     */
    private final Set<HandleGuard> sessions = ConcurrentHashMap.newKeySet();

    WfdSessions(WlanApi api, HandleGuard guard) {
        this.api = api;
        this.guard = guard;
    }

    /** Opens whose callback has not arrived yet, over all clients (for tests). */
    static int pendingContexts() {
        return CONTEXTS.size();
    }

    int pendingCount() {
        return pending.size();
    }

    int sessionCount() {
        return sessions.size();
    }

    /**
     * Starts an open. Its future fails (rather than this throwing) with the typed exception if
     * {@code WFDStartOpenSession} returns an error.
     *
     * @throws IllegalStateException if the client is closed or closing (no native call is made)
     */
    PendingOpen start(MacAddress peer) {
        // This reference on the handle belongs to the open until it completes, then to its session.
        // Taken first: close() closes the guard before it waits for starts in flight, so a start
        // that comes after close() has begun fails here at once.
        WinNT.HANDLE handle = guard.acquire();
        PendingOpen open = new PendingOpen(this, peer);
        int code;
        boolean taken = false; // whether the service took the open on: its callback then ends it
        Lock starting = lock.readLock();
        starting.lock();
        try {
            if (closed) {
                throw new IllegalStateException("WfdClient is closed");
            }
            pending.add(open);
            open.context = CONTEXTS.add(open);
            Seams.reach(Seams.Point.BEFORE_OPEN_STARTS);
            OutParams out = OutParams.take();
            try {
                code = api.WFDStartOpenSession(handle, peer.toBytes(), new Pointer(open.context), CALLBACK,
                        out.handle);
                taken = code == WlanErrors.ERROR_SUCCESS;
                if (taken) {
                    open.started(out.handle.getValue());
                }
            } finally {
                out.giveBack();
            }
        } finally {
            starting.unlock();
            if (!taken) {
                abandon(open); // on every path where no callback will come: an error, a throw, closed
            }
        }
        if (!taken) { // completed outside the lock: stages may run here
            open.settle(ErrorTable.exception(START, code).withContext("peer " + peer));
        }
        return open;
    }

    /** Forgets an open that the service never took on; no callback will come for it. */
    private void abandon(PendingOpen open) {
        if (open.context != 0) {
            CONTEXTS.remove(open.context);
        }
        pending.remove(open);
        guard.releaseAndLog();
    }

    /**
     * Tracks an open session so that close ends it, or closes it at once if close has begun
     * (reporting a failure of that close through the log).
     *
     * @return whether the session is tracked (false: it was closed)
     */
    boolean adopt(WfdSession session) {
        Lock adopting = lock.readLock();
        adopting.lock();
        try {
            if (!closed) {
                sessions.add(session.guard());
                return true;
            }
        } finally {
            adopting.unlock();
        }
        session.closeAndLog("opened while its client closed");
        return false;
    }

    void forget(HandleGuard session) {
        sessions.remove(session);
    }

    /**
     * Delivers the outcome of an open, on a delivery thread (never the service's). The open's
     * reference on the handle passes to the session, or is released.
     */
    private void finish(PendingOpen open, long sessionHandle, UUID iface, int error, int reason) {
        Object outcome;
        if (error == WlanErrors.ERROR_SUCCESS) {
            WfdSession session = new WfdSession(this, sessionHandle, open.peer, iface);
            if (adopt(session) && open.cancelWanted()) {
                session.closeAndLog("opened after its open was cancelled");
            }
            outcome = session.isOpen() ? session : ErrorTable.exception(START, WlanErrors.ERROR_CANCELLED).withContext(
                    "the open to peer " + open.peer + " succeeded after it was cancelled; the session is closed");
        } else {
            guard.releaseAndLog();
            outcome = ErrorTable.exception(START, error).withReasonCode(reason).withContext("peer " + open.peer);
        }
        open.settle(outcome);
    }

    /**
     * Ends every open and session: no open starts once this has begun; pending opens are
     * cancelled and awaited together, within {@code cancelWait} (an interrupt does not cut the
     * wait short; the thread's interrupt status is kept); then the open sessions are closed. When
     * this returns, every pending open's future is complete.
     *
     * @return the failures of the native closes this ran, in order
     */
    List<WlanException> close(Duration cancelWait) {
        List<PendingOpen> opens;
        Lock closing = lock.writeLock();
        closing.lock(); // waits for the starts in flight, which return at once
        try {
            if (closed) {
                return List.of();
            }
            closed = true;
            opens = new ArrayList<>(pending);
        } finally {
            closing.unlock();
        }
        List<WlanException> failures = new ArrayList<>();
        long deadline = System.nanoTime() + Checks.saturatedNanos(cancelWait); // the bound covers the cancels too
        for (PendingOpen open : opens) {
            try {
                open.cancel();
            } catch (RuntimeException e) { // the binding threw: the others are still ended
                LOG.log(System.Logger.Level.WARNING, "cancelling the open to peer " + open.peer + " failed", e);
            }
        }
        for (PendingOpen open : opens) {
            if (!open.awaitSettled(deadline)) {
                // WFDCloseHandle would wait for this open forever: keep the handle for it (the
                // completion, should it come, closes it), but let nobody wait any longer.
                String why = "the service did not report the outcome of the open to peer " + open.peer + " within "
                        + cancelWait + " of its cancellation; the client's handle stays open until it does";
                LOG.log(System.Logger.Level.WARNING, "WfdClient.close(): " + why);
                open.complete(WlanTimeoutException.libraryWait(START).withContext(why));
            } else {
                open.complete(open.outcome); // settled on a delivery thread that may not have completed it yet
            }
        }
        for (HandleGuard session : sessions) {
            try {
                WlanException failure = session.close();
                if (failure != null) {
                    failures.add(failure);
                }
            } catch (RuntimeException e) { // the binding threw: logged, as a throwing cancel is; the rest still close
                LOG.log(System.Logger.Level.WARNING, "closing a Wi-Fi Direct session failed", e);
            } finally {
                sessions.remove(session);
            }
        }
        return failures;
    }

    /** The service's completion callback: bookkeeping here, everything else on a delivery thread. */
    private static final class OpenCompleteCallback implements WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK {
        @Override
        public void callback(WinNT.HANDLE hSessionHandle, Pointer pvContext, Guid.GUID.ByValue guidSessionInterface,
                int dwError, int dwReasonCode) {
            try { // nothing may propagate into native code
                Thread.interrupted(); // a kept thread (CallingConvention) carries nothing from one callback to the next
                Seams.reach(Seams.Point.IN_OPEN_COMPLETE_CALLBACK);
                PendingOpen open = CONTEXTS.remove(Pointer.nativeValue(pvContext));
                if (open == null) {
                    LOG.log(System.Logger.Level.WARNING, "WFD open completion for an unknown context "
                            + Pointer.nativeValue(pvContext) + " (error " + dwError + "): ignored");
                    return;
                }
                long session = Pointer.nativeValue(hSessionHandle == null ? null : hSessionHandle.getPointer());
                UUID iface = dwError == WlanErrors.ERROR_SUCCESS ? Guids.toUuid(guidSessionInterface) : null;
                open.arrived(hSessionHandle);
                // Before the hand-off: a cancel call in flight must end before the service frees a
                // failed open's handle (when this returns) and before finish() may close a session.
                open.awaitCancelCalls(CANCEL_CALL_WAIT_MS);
                CallbackContexts.deliver(() -> open.owner.finish(open, session, iface, dwError, dwReasonCode));
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "WFD open completion could not be delivered", t);
            }
        }
    }

    /** The future of an open; cancelling it cancels the open at the service. */
    static final class OpenFuture extends CompletableFuture<WfdSession> {
        final PendingOpen open;

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

    /**
     * One open between WFDStartOpenSession and its callback.
     *
     * <p>Cancelling calls {@code WFDCancelOpenSession}, which needs the session handle and must
     * not run once the callback has returned (the service may have freed the handle). One atomic
     * word decides between the two without a lock held across any call into the service: a cancel
     * call registers itself in it, and only while the callback has not arrived; the callback marks
     * its arrival in it and, before returning, waits a bounded time for a registered call to end.
     */
    static final class PendingOpen {
        private static final int CANCEL_WANTED = 1;
        private static final int CANCEL_SENT = 2;
        private static final int ARRIVED = 4;
        /** The unit of the count of WFDCancelOpenSession calls in flight, in the bits above. */
        private static final int CANCEL_CALL = 8;

        final WfdSessions owner;
        final MacAddress peer;
        final OpenFuture future = new OpenFuture(this);
        /** Set under the start's lock, before the service can see it. */
        long context;
        private final AtomicInteger state = new AtomicInteger();
        /** From WFDStartOpenSession's out-parameter or from the callback, whichever comes first. */
        private volatile WinNT.HANDLE handle;
        /** The session or the exception, once known; set before {@link #settled} counts down. */
        private volatile Object outcome;
        private final CountDownLatch settled = new CountDownLatch(1);

        PendingOpen(WfdSessions owner, MacAddress peer) {
            this.owner = owner;
            this.peer = peer;
        }

        /** WFDStartOpenSession returned this handle (the callback may have come first). */
        void started(WinNT.HANDLE h) {
            if (handle == null) {
                handle = h;
            }
            cancelAtService(); // if a cancel came before the handle
        }

        /** The callback arrived with this handle: from now on no cancel call may start. */
        void arrived(WinNT.HANDLE h) {
            if (handle == null) {
                handle = h;
            }
            state.getAndUpdate(s -> s | ARRIVED);
        }

        /** Asks the service to cancel the open, now or as soon as its handle is known. */
        void cancel() {
            state.getAndUpdate(s -> s | CANCEL_WANTED);
            cancelAtService();
        }

        boolean cancelWanted() {
            return (state.get() & CANCEL_WANTED) != 0;
        }

        /** Calls WFDCancelOpenSession once, if wanted, the handle is known and the callback has not arrived. */
        private void cancelAtService() {
            WinNT.HANDLE h = handle;
            int s;
            do {
                s = state.get();
                if (h == null || (s & CANCEL_WANTED) == 0 || (s & (CANCEL_SENT | ARRIVED)) != 0) {
                    return;
                }
            } while (!state.compareAndSet(s, (s | CANCEL_SENT) + CANCEL_CALL));
            try {
                int code = owner.api.WFDCancelOpenSession(h);
                if (code != WlanErrors.ERROR_SUCCESS) {
                    LOG.log(System.Logger.Level.DEBUG, () -> "WFDCancelOpenSession for peer " + peer + " returned "
                            + ErrorTable.describeCode(code) + "; its completion will tell");
                }
            } finally {
                if ((state.addAndGet(-CANCEL_CALL) & ARRIVED) != 0) {
                    synchronized (this) {
                        notifyAll(); // the callback may be waiting for this call to end
                    }
                }
            }
        }

        /** On the callback's thread: waits, within the bound, for cancel calls in flight to end. */
        void awaitCancelCalls(long boundMs) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(boundMs);
            synchronized (this) {
                while (state.get() >= CANCEL_CALL) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        LOG.log(System.Logger.Level.DEBUG, () -> "WFDCancelOpenSession for peer " + peer
                                + " did not return within " + boundMs + " ms of the open's completion");
                        return;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            }
        }

        /**
         * Records the outcome (a WfdSession or a WlanException), completes the future, and only
         * then forgets the open: a close() that finds it still pending completes the future too,
         * so the future is complete whenever close() returns.
         */
        void settle(Object result) {
            outcome = result;
            settled.countDown();
            complete(result);
            owner.pending.remove(this);
        }

        /**
         * Completes the future with {@code result}, a WfdSession or a WlanException; the first
         * completion wins. A session that the future did not take (it was cancelled, or failed
         * by close() meanwhile) is closed: nobody else will.
         */
        void complete(Object result) {
            if (result instanceof WfdSession) {
                WfdSession session = (WfdSession) result;
                if (!future.complete(session) && (future.isCompletedExceptionally() || future.join() != session)) {
                    session.closeAndLog("no future took it");
                }
            } else if (result != null) {
                future.completeExceptionally((Throwable) result);
            }
        }

        /** Waits until settled or {@code deadline} (System.nanoTime()); an interrupt does not end the wait. */
        boolean awaitSettled(long deadline) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return settled.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
