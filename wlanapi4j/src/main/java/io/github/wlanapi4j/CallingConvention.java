package io.github.wlanapi4j;

import com.sun.jna.Callback;
import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.win32.StdCallLibrary;
import java.util.Map;

/**
 * The one place that decides the calling convention, for functions and callbacks alike.
 *
 * <p>{@code WINAPI} is stdcall on 32-bit Windows; every other platform has a single convention,
 * which JNA calls the C convention. JNA on Linux rejects stdcall outright ("Unrecognized calling
 * convention: 63"), and it takes a callback's convention from the callback object's class, not
 * from the library: so the library options and the callback objects must agree, and both come
 * from here.
 */
final class CallingConvention {
    /** True where WINAPI means stdcall. */
    static final boolean STDCALL = Platform.isWindows() && !Platform.is64Bit();

    private CallingConvention() {}

    /** Options for loading {@code wlanapi} with the platform's convention. */
    static Map<String, Object> libraryOptions() {
        return Map.of(Library.OPTION_CALLING_CONVENTION,
                STDCALL ? StdCallLibrary.STDCALL_CONVENTION : Function.C_CONVENTION);
    }

    /**
     * Where the service's threads stay attached to the JVM between callbacks: everywhere but
     * Windows. JNA attaches a native thread for each callback and detaches it after, which makes
     * a new {@code java.lang.Thread} every time, most of a notification's cost (docs/performance.md).
     * Kept attached, a thread is detached by JNA only when it ends: on POSIX in a thread-specific
     * data destructor, which runs under no lock. On Windows JNA does it in its {@code DllMain}
     * ({@code DLL_THREAD_DETACH}), under the loader lock: a {@code DetachCurrentThread} there that
     * waits for a safepoint while a starting Java thread waits for the loader lock deadlocks
     * (JNA issue 1479, open), and under Wine 8 with Windows JDK 11 callbacks were measured to be
     * lost without a trace once about 1,400 attached threads had ended (docs/design.md). Detaching
     * from a fiber-local-storage callback instead, which Windows runs before it takes the loader
     * lock, hung under Wine at the first thread's end. So on Windows the service's threads are
     * attached for each call, as JNA does by default; {@code CallbackThreadsTest} holds both.
     */
    static final boolean KEEP_THREADS_ATTACHED = !Platform.isWindows();

    /** Threads kept attached have this name (daemon threads: they never keep the JVM alive). */
    static final String SERVICE_THREAD_NAME = "wlanapi4j-service-callback";

    /** Returns a callback object that JNA will call with the platform's convention. */
    static WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK wfdCallback(WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK target) {
        return STDCALL ? new StdCallWfdCallback(target) : target;
    }

    /** Returns a notification callback object that JNA will call with the platform's convention. */
    static WlanApi.WLAN_NOTIFICATION_CALLBACK notificationCallback(WlanApi.WLAN_NOTIFICATION_CALLBACK target) {
        return STDCALL ? new StdCallNotificationCallback(target) : target;
    }

    /**
     * Returns {@code callback} with its calling threads kept attached where that is safe
     * ({@link #KEEP_THREADS_ATTACHED}); for the library's static callbacks, which live forever.
     * Each callback clears the thread's interrupt status first, so nothing passes from one call to
     * the next. A side effect JNA's model allows no way around: a user's own raw callback called
     * on a native thread the library keeps attached runs on that daemon thread, and its own
     * {@code CallbackThreadInitializer} is not applied (JNA applies one only when it attaches).
     */
    static <T extends Callback> T serviceCallback(T callback) {
        if (KEEP_THREADS_ATTACHED) {
            Native.setCallbackThreadInitializer(callback,
                    new CallbackThreadInitializer(true, false, SERVICE_THREAD_NAME));
        }
        return callback;
    }

    private static final class StdCallNotificationCallback
            implements WlanApi.WLAN_NOTIFICATION_CALLBACK, StdCallLibrary.StdCallCallback {
        private final WlanApi.WLAN_NOTIFICATION_CALLBACK target;

        StdCallNotificationCallback(WlanApi.WLAN_NOTIFICATION_CALLBACK target) {
            this.target = target;
        }

        @Override
        public void callback(WlanApi.WLAN_NOTIFICATION_DATA data, Pointer context) {
            target.callback(data, context);
        }
    }

    /** The stdcall flavour: the marker interface is what makes JNA use stdcall. */
    private static final class StdCallWfdCallback
            implements WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK, StdCallLibrary.StdCallCallback {
        private final WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK target;

        StdCallWfdCallback(WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK target) {
            this.target = target;
        }

        @Override
        public void callback(WinNT.HANDLE hSessionHandle, Pointer pvContext, Guid.GUID.ByValue guidSessionInterface,
                int dwError, int dwReasonCode) {
            target.callback(hSessionHandle, pvContext, guidSessionInterface, dwError, dwReasonCode);
        }
    }
}
