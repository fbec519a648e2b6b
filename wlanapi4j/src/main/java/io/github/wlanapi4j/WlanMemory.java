package io.github.wlanapi4j;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.UUID;

/**
 * The one place that owns memory the service hands out: every buffer a {@code Wlan*} function
 * returns is read into Java values and freed with {@code WlanFreeMemory} exactly once, on every
 * path: success, an error code, a failing read, a malformed buffer, an exception from anywhere in
 * between. Callers never see the address.
 *
 * <p>The out-parameter is cleared before the call, so whatever address is in it afterwards was
 * written by the service and is freed, even when the call reported an error (Windows does not
 * promise to write nothing on failure, and a buffer it did write must not leak).
 */
final class WlanMemory {
    /** A native function that hands out one buffer through {@code buffer}, and maybe its size. */
    interface Call {
        int call(WlanApi api, WinNT.HANDLE handle, Guid.GUID iface, PointerByReference buffer, IntByReference size);
    }

    /** Copies a buffer of {@code size} bytes (0 where the function reports no size) into values. */
    interface Reader<T> {
        T read(String function, long address, int size);
    }

    private WlanMemory() {}

    /**
     * Makes the call with {@code handle}, reads what it returned, and frees it.
     *
     * @param locationGated whether {@code ERROR_ACCESS_DENIED} from this call means missing location
     *     consent (Windows 11 24H2)
     * @throws WlanException the typed exception for an error code
     * @throws IllegalStateException if the service reported success without a buffer, or the
     *     buffer is malformed
     */
    static <T> T read(WlanApi api, WinNT.HANDLE handle, Guid.GUID iface, String function, boolean locationGated,
            Call call, Reader<T> reader) {
        OutParams out = OutParams.take();
        long address = 0;
        int size = 0;
        Throwable failure = null;
        try {
            int code;
            try {
                code = call.call(api, handle, iface, out.buffer, out.dword);
            } finally {
                address = out.bufferAddress(); // written even if the call then failed: still ours to free
                size = out.dwordValue();
                out.giveBack();
            }
            if (code != WlanErrors.ERROR_SUCCESS) {
                throw ErrorTable.exception(function, code, locationGated);
            }
            if (address == 0) {
                throw new IllegalStateException(function + " reported success but returned no buffer");
            }
            Seams.reach(Seams.Point.READING_BUFFER);
            return reader.read(function, address, size);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            if (address != 0) {
                free(api, address, failure);
            }
        }
    }

    /**
     * {@link #read} with the handle borrowed from {@code guard} for the call, the interface
     * named in an exception's message.
     *
     * @throws IllegalStateException if the handle is closed
     */
    static <T> T query(WlanApi api, HandleGuard guard, String function, UUID iface, boolean locationGated, Call call,
            Reader<T> reader) {
        Guid.GUID g = iface == null ? null : Guids.toGuid(iface);
        try {
            return guard.borrow(h -> read(api, h, g, function, locationGated, call, reader));
        } catch (WlanException e) {
            throw iface == null ? e : e.withContext("interface " + iface);
        }
    }

    /** Frees; a failure of the free itself is added to the one already propagating, not lost. */
    private static void free(WlanApi api, long address, Throwable failure) {
        try {
            api.WlanFreeMemory(new Pointer(address));
        } catch (RuntimeException | Error e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }
}
