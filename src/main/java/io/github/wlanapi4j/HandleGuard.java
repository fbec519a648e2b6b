package io.github.wlanapi4j;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Owns one native handle and guarantees that it is closed exactly once, never while a call on it
 * is in flight, and never used after close. A port of .NET's {@code SafeHandle}.
 *
 * <p>Every call on the handle borrows a reference for its duration ({@link #acquire()} /
 * {@link #release()}); so do a pending Wi-Fi Direct open and an open session, on their client's
 * guard. {@link #close()} marks the guard closed, after which no borrow can begin. Whichever
 * comes last, the close or the release of the last reference, runs the native close: so it runs
 * once, and only when no call is in flight, which also rules out the service recycling the
 * handle value under a running call.
 *
 * <p>The count of references is this object itself: it extends {@link LongAdder}, so that a
 * handle costs one object, and a borrow is one uncontended CAS, while borrows from many threads
 * on one shared handle go to per-thread cells and scale. The closed state is a separate volatile
 * field: a borrow adds to the count, then reads the state; a close writes the state, then sums
 * the count. Of two that race, the second always sees the first.
 *
 * <p>The guard is also its wrapper's Cleaner action (lifecycle law 8): it refers to the handle
 * and to how to close it, never to the wrapper. Subclasses are static for that reason.
 */
abstract class HandleGuard extends LongAdder implements Runnable {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    private static final int OPEN = 0;
    private static final int CLOSED = 1;
    private static final int DONE = 2;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(HandleGuard.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The handle's value; the HANDLE object for borrowers is made on the first borrow. */
    private final long address;
    private transient volatile WinNT.HANDLE handle;
    private volatile int state;
    /** Ended before a leaked handle is closed (a client's notifications); set at most once. */
    private transient volatile Runnable dependents;
    private transient Cleaner.Cleanable cleanable;
    private transient Throwable openedAt;

    HandleGuard(long address) {
        this.address = address;
    }

    /** The wrapper's type, for messages: "WlanClient". */
    abstract String owner();

    /** The native close function's name, for its error: "WlanCloseHandle". */
    abstract String closeFunction();

    /** Runs the native close and returns its {@code DWORD} result. */
    abstract int closeNative(WinNT.HANDLE handle);

    /** Has {@code wrapper}'s collection close this handle if it is still open (law 8). */
    final void watch(Object wrapper, Cleaner cleaner, Throwable openedAt) {
        this.openedAt = openedAt;
        this.cleanable = cleaner.register(wrapper, this);
    }

    final void endAlsoOnLeak(Runnable dependents) {
        this.dependents = dependents;
    }

    /**
     * Borrows the handle for one call. Pair every successful acquire with one {@link #release()}.
     *
     * @throws IllegalStateException if the handle is closed (no native call is made)
     */
    final WinNT.HANDLE acquire() {
        if (state == OPEN) {
            increment();
            if (state == OPEN) {
                return handle();
            }
            releaseAndLog(); // close() came between: back out (and close, if we were the last)
        }
        throw new IllegalStateException(owner() + " is closed");
    }

    /**
     * Ends a borrow. If the guard is closed and this was the last reference, runs the native
     * close here and returns its failure, if any.
     */
    final WlanException release() {
        decrement();
        return state == OPEN ? null : finishIfIdle();
    }

    /**
     * Ends a borrow where nobody is left to tell of a failed native close (the owner's
     * {@code close()} has returned): such a failure is logged.
     */
    final void releaseAndLog() {
        WlanException e = release();
        if (e != null) {
            LOG.log(System.Logger.Level.WARNING, "closing " + owner() + " after its last use failed", e);
        }
    }

    /** Runs {@code action} with the handle borrowed; a failed deferred close is logged, not thrown. */
    final <T> T borrow(Function<? super WinNT.HANDLE, ? extends T> action) {
        WinNT.HANDLE h = acquire();
        try {
            return action.apply(h);
        } finally {
            releaseAndLog();
        }
    }

    /**
     * Closes: no new borrow can begin, and the native close runs now if no reference is held,
     * else when the last one is released. Idempotent and thread-safe.
     *
     * @return the failure of the native close if this call ran it and it failed, else null
     */
    final WlanException close() {
        if (!STATE.compareAndSet(this, OPEN, CLOSED)) {
            return null;
        }
        if (cleanable != null) {
            cleanable.clean(); // closed properly: the Cleaner has nothing left to do (see run())
        }
        return finishIfIdle();
    }

    /** The HANDLE borrowers get: one per guard, made when first needed. */
    private WinNT.HANDLE handle() {
        WinNT.HANDLE h = handle;
        if (h == null) {
            h = new WinNT.HANDLE(new Pointer(address)); // a race makes two equal ones: harmless
            handle = h;
        }
        return h;
    }

    private WlanException finishIfIdle() {
        if (sum() != 0 || !STATE.compareAndSet(this, CLOSED, DONE)) {
            return null;
        }
        // Not handle(): a handle never borrowed needs no HANDLE object that outlives the call
        // (and the JIT can then avoid making one at all).
        WinNT.HANDLE h = handle;
        int code = closeNative(h != null ? h : new WinNT.HANDLE(new Pointer(address)));
        return code == ErrorTable.ERROR_SUCCESS ? null : ErrorTable.exception(closeFunction(), code);
    }

    final boolean isClosed() {
        return state != OPEN;
    }

    /** References held: the owner's (until close) plus the borrows. */
    final long references() {
        return sum() + (state == OPEN ? 1 : 0);
    }

    /** The Cleaner's action: the wrapper was collected; if it was never closed, report and close. */
    @Override
    public final void run() {
        if (state != OPEN) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, this + " was garbage-collected without close(); closing it now"
                + (openedAt == null ? " (run with -Dwlanapi4j.leakStacks=true to see where it was opened)" : ""),
                openedAt);
        try {
            Runnable d = dependents;
            if (d != null) {
                d.run();
            }
        } finally {
            WlanException failure = close();
            if (failure != null) {
                LOG.log(System.Logger.Level.WARNING, "closing the unclosed " + owner() + " failed", failure);
            }
        }
    }

    @Override
    public final String toString() {
        return owner() + "[handle=0x" + Long.toHexString(address)
                + (isClosed() ? ", closed]" : "]");
    }
}
