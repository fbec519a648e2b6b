package io.github.wlanapi4j;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Out-parameters for one native call, reused per thread: a new {@code ByReference} costs a
 * {@code malloc}, a {@code free} and a Cleaner registration, several times the cost of the call.
 *
 * <p>{@link #take()} removes the thread's instance while it is in use, so a nested call on the
 * same thread (a callback that opens another client, say) gets a fresh one instead of
 * overwriting outputs not yet read.
 */
final class OutParams {
    private static final ThreadLocal<OutParams> CACHED = new ThreadLocal<>();

    final IntByReference dword = new IntByReference();
    final WinNT.HANDLEByReference handle = new WinNT.HANDLEByReference();
    /** A buffer the service hands out ({@link WlanMemory} owns what it receives). */
    final PointerByReference buffer = new PointerByReference();
    // Views of the same native memory: their reads and writes are JIT intrinsics, where JNA's
    // Pointer.getInt/setLong are JNI calls.
    private final ByteBuffer dwordView = dword.getPointer().getByteBuffer(0, Integer.BYTES).order(ByteOrder.nativeOrder());
    private final ByteBuffer handleView = handle.getPointer().getByteBuffer(0, Native.POINTER_SIZE)
            .order(ByteOrder.nativeOrder());
    private final ByteBuffer bufferView = buffer.getPointer().getByteBuffer(0, Native.POINTER_SIZE)
            .order(ByteOrder.nativeOrder());

    static OutParams take() {
        OutParams p = CACHED.get();
        if (p == null) {
            p = new OutParams();
        } else {
            CACHED.set(null);
        }
        p.dwordView.putInt(0, 0);
        p.clearHandle(); // so that a binding that reports success without writing is caught
        clear(p.bufferView);
        return p;
    }

    void giveBack() {
        CACHED.set(this);
    }

    /**
     * A native function that opens a handle: {@code WlanOpenHandle}, {@code WFDOpenHandle}. The
     * binding and the requested version are passed in, so that callers can give non-capturing
     * lambdas, which cost no allocation.
     */
    interface OpenCall {
        int call(WlanApi api, int requestedVersion, IntByReference negotiatedVersion, WinNT.HANDLEByReference handle);
    }

    /** What becomes of the handle (its value) and the negotiated version once open. */
    interface Wrap<T> {
        T wrap(WlanApi api, long handle, int negotiatedVersion);
    }

    /**
     * Runs an open function with this thread's out-parameters and wraps its outputs.
     *
     * @throws WlanException the typed exception for a non-zero result
     */
    static <T> T open(String function, WlanApi api, int requestedVersion, OpenCall call, Wrap<T> wrap) {
        OutParams out = take();
        try {
            int code = call.call(api, requestedVersion, out.dword, out.handle);
            if (code != WlanErrors.ERROR_SUCCESS) {
                throw ErrorTable.exception(function, code);
            }
            return wrap.wrap(api, out.handleValue(function), out.dwordView.getInt(0));
        } finally {
            out.giveBack();
        }
    }

    /**
     * The value of the handle a successful call returned, read from the out-parameter's memory
     * (no HANDLE or Pointer object); a NULL one is a broken binding, not a handle.
     */
    long handleValue(String function) {
        long value = address(handleView);
        if (value == 0) {
            throw new IllegalStateException(function + " reported success but returned a NULL handle");
        }
        return value;
    }

    /** The address in {@link #buffer}: 0 unless the call wrote one. */
    long bufferAddress() {
        return address(bufferView);
    }

    /** The DWORD in {@link #dword}, such as a size the call reported. */
    int dwordValue() {
        return dwordView.getInt(0);
    }

    private void clearHandle() {
        clear(handleView);
    }

    private static long address(ByteBuffer view) {
        return NativeWlanApi.POINTER_IS_LONG ? view.getLong(0) : view.getInt(0) & 0xFFFF_FFFFL;
    }

    private static void clear(ByteBuffer view) {
        if (NativeWlanApi.POINTER_IS_LONG) {
            view.putLong(0, 0);
        } else {
            view.putInt(0, 0);
        }
    }
}
