package io.github.wlanapi4j;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Function;

/**
 * Owns one native handle and guarantees that it is closed exactly once, never while a call on it
 * is in flight, and never used after close. A port of .NET's {@code SafeHandle}.
 *
 * <p>One atomic word holds the whole state: bit 0 says closed, the bits above count references.
 * The owner holds one reference from construction until {@link #close()}; every call on the handle
 * borrows one for its duration ({@link #acquire()} / {@link #release()}), and so do a pending
 * Wi-Fi Direct open and an open session, on their client's guard. A borrow is refused once the
 * closed bit is set, so the count can reach zero only after close, and only once: whoever takes it
 * there (the close, or the release of the last borrow) runs the native close. That decision is a
 * single atomic step, so the close runs once and never under a call in flight, which also rules
 * out the service recycling the handle value under a running call.
 *
 * <p>The trade-off: all borrowers of one handle update one word, so borrows of a handle shared by
 * many threads contend on one cache line. Striping the count (as a {@code LongAdder} does) would
 * scale better, but its sum is not a snapshot, and a close that reads a striped count can decide
 * "no borrows" while one is in flight. Correctness first.
 *
 * <p>Subclasses say how to close their kind of handle. They must not refer to their wrapper: the
 * leak tracker ({@link Leaks}) holds the guard after the wrapper has gone (lifecycle law 8).
 *
 * <p>The three accessors of the state word are package-private and overridable only so that a
 * test can pause a thread at every shared step and explore the interleavings
 * ({@code HandleGuardInterleavingTest}); no production class overrides them, so the JIT treats
 * them as final.
 */
abstract class HandleGuard {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    private static final long CLOSED = 1;
    private static final long ONE = 2;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(HandleGuard.class, "state", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** References × 2, plus 1 once closed. Starts with the owner's reference. */
    private volatile long state = ONE;
    /** The handle's value. */
    private final long address;
    /** The HANDLE borrowers get: one per guard, made on the first borrow. */
    private volatile WinNT.HANDLE handle;

    HandleGuard(long address) {
        this.address = address;
    }

    /** The wrapper's type, for messages: "WlanClient". */
    abstract String owner();

    /** The native close function's name, for its error: "WlanCloseHandle". */
    abstract String closeFunction();

    /** Runs the native close of the handle {@code address} and returns its {@code DWORD} result. */
    abstract int closeNative(long address);

    /** A HANDLE for {@code address}, for a close; made where it is used, so it need not escape. */
    static WinNT.HANDLE handleOf(long address) {
        return new WinNT.HANDLE(new Pointer(address));
    }

    long loadState() {
        return state;
    }

    boolean casState(long expected, long update) {
        return STATE.compareAndSet(this, expected, update);
    }

    /** Adds {@code delta} and returns the new state. */
    long addState(long delta) {
        return (long) STATE.getAndAdd(this, delta) + delta;
    }

    /**
     * Borrows the handle for one call. Pair every successful acquire with one {@link #release()}.
     *
     * @throws IllegalStateException if the handle is closed (no native call is made)
     */
    final WinNT.HANDLE acquire() {
        long s;
        do {
            s = loadState();
            if ((s & CLOSED) != 0) {
                throw new IllegalStateException(owner() + " is closed");
            }
        } while (!casState(s, s + ONE));
        return handle();
    }

    /**
     * Ends a borrow. If the guard is closed and this was the last reference, runs the native
     * close here and returns its failure, if any.
     */
    final WlanException release() {
        return addState(-ONE) == CLOSED ? closeNow() : null;
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
     * Closes: drops the owner's reference, after which no borrow can begin. The native close runs
     * now if no borrow is in flight, else when the last one is released. Idempotent and
     * thread-safe.
     *
     * @return the failure of the native close if this call ran it and it failed, else null
     */
    final WlanException close() {
        long s;
        do {
            s = loadState();
            if ((s & CLOSED) != 0) {
                return null;
            }
        } while (!casState(s, (s - ONE) | CLOSED));
        return s == ONE ? closeNow() : null;
    }

    /** The HANDLE borrowers get: one per guard, made when first needed. */
    private WinNT.HANDLE handle() {
        WinNT.HANDLE h = handle;
        if (h == null) {
            h = handleOf(address); // a race makes two equal ones: harmless
            handle = h;
        }
        return h;
    }

    private WlanException closeNow() {
        int code = closeNative(address);
        return code == WlanErrors.ERROR_SUCCESS ? null : ErrorTable.exception(closeFunction(), code);
    }

    final boolean isClosed() {
        return (loadState() & CLOSED) != 0;
    }

    /** References held: the owner's (until close) plus the borrows. */
    final long references() {
        return loadState() >>> 1;
    }

    @Override
    public final String toString() {
        return owner() + "[handle=0x" + Long.toHexString(address) + (isClosed() ? ", closed]" : "]");
    }
}
