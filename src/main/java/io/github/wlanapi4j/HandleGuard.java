package io.github.wlanapi4j;

import com.sun.jna.platform.win32.WinNT;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Owns one native handle and guarantees that it is closed exactly once, never while a call on it
 * is in flight, and never used after close. A port of .NET's {@code SafeHandle}.
 *
 * <p>One atomic word holds a reference count (in steps of {@link #REF}) and a closed bit. The
 * owner holds one reference from the start; every call on the handle borrows another for its
 * duration. {@link #close()} sets the closed bit, after which no borrow can begin, and drops the
 * owner's reference. Whichever release brings the count to zero, the owner's or the last
 * borrower's, runs the native close: so it runs once, and only when no call is in flight, which
 * also rules out the service recycling the handle value under a running call.
 *
 * <p>Lock-free; a borrow is two atomic operations and allocates nothing.
 */
final class HandleGuard {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    private static final int CLOSED = 1;
    private static final int REF = 2;

    /** Closes the native handle and returns the function's {@code DWORD} result. */
    interface Closer {
        int close(WinNT.HANDLE handle);
    }

    private final AtomicInteger state = new AtomicInteger(REF);
    private final String owner;
    private final WinNT.HANDLE handle;
    private final String closeFunction;
    private final Closer closer;

    /**
     * @param owner the wrapper's type, for messages ("WlanClient")
     * @param handle the open handle, owned from now on
     * @param closeFunction the native close function's name, for its error
     * @param closer runs the native close; must not refer to the wrapper (a Cleaner may hold it)
     */
    HandleGuard(String owner, WinNT.HANDLE handle, String closeFunction, Closer closer) {
        this.owner = owner;
        this.handle = handle;
        this.closeFunction = closeFunction;
        this.closer = closer;
    }

    /**
     * Borrows the handle for one call. Pair every successful acquire with one {@link #release()}.
     *
     * @throws IllegalStateException if the handle is closed (no native call is made)
     */
    WinNT.HANDLE acquire() {
        for (;;) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                throw new IllegalStateException(owner + " is closed");
            }
            if (s > Integer.MAX_VALUE - REF) {
                throw new IllegalStateException("too many calls in flight on one " + owner);
            }
            if (state.compareAndSet(s, s + REF)) {
                return handle;
            }
        }
    }

    /**
     * Ends a borrow (or the owner's reference). If it was the last reference after close, runs
     * the native close here and returns its failure, if any.
     */
    WlanException release() {
        return state.addAndGet(-REF) == CLOSED ? closeNative() : null;
    }

    /**
     * Ends a borrow where nobody is left to tell of a failed native close (the owner's
     * {@code close()} has returned): such a failure is logged.
     */
    void releaseAndLog() {
        WlanException e = release();
        if (e != null) {
            LOG.log(System.Logger.Level.WARNING, "closing " + owner + " after its last use failed", e);
        }
    }

    /** Runs {@code action} with the handle borrowed; a failed deferred close is logged, not thrown. */
    <T> T borrow(Function<? super WinNT.HANDLE, ? extends T> action) {
        WinNT.HANDLE h = acquire();
        try {
            return action.apply(h);
        } finally {
            releaseAndLog();
        }
    }

    /**
     * Closes: no new borrow can begin, and the native close runs now if no call is in flight,
     * else when the last one ends. Idempotent and thread-safe.
     *
     * @return the failure of the native close if this call ran it and it failed, else null
     */
    WlanException close() {
        for (;;) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                return null;
            }
            if (state.compareAndSet(s, s | CLOSED)) {
                return release();
            }
        }
    }

    String owner() {
        return owner;
    }

    boolean isClosed() {
        return (state.get() & CLOSED) != 0;
    }

    /** Number of references held: the owner's (until close) plus the calls in flight. */
    int references() {
        return state.get() / REF;
    }

    private WlanException closeNative() {
        int code = closer.close(handle);
        return code == ErrorTable.ERROR_SUCCESS ? null : ErrorTable.exception(closeFunction, code);
    }

    @Override
    public String toString() {
        return owner + "[handle=0x" + Long.toHexString(com.sun.jna.Pointer.nativeValue(handle.getPointer()))
                + (isClosed() ? ", closed]" : "]");
    }
}
