package io.github.wlanapi4j;

import com.sun.jna.Function;
import com.sun.jna.Library;
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

    /** Returns a callback object that JNA will call with the platform's convention. */
    static WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK wfdCallback(WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK target) {
        return STDCALL ? new StdCallWfdCallback(target) : target;
    }

    /** Returns a notification callback object that JNA will call with the platform's convention. */
    static WlanApi.WLAN_NOTIFICATION_CALLBACK notificationCallback(WlanApi.WLAN_NOTIFICATION_CALLBACK target) {
        return STDCALL ? new StdCallNotificationCallback(target) : target;
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
