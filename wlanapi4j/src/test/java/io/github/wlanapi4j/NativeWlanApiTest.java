package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.platform.win32.WinNT;
import org.junit.jupiter.api.Test;

/** The loader: caching, and what a user is told when something is missing. */
class NativeWlanApiTest {

    @Test
    void loadsOnceAndCaches() {
        StandIn standIn = StandIn.require();
        standIn.assertBoundByLoad();
        assertSame(WlanApi.load(), WlanApi.load());
        assertEquals("WlanApi[native wlanapi]", WlanApi.load().toString());
    }

    /** The first calls go through JNA Functions (a cold start registers nothing); from the 32nd, direct mapping. */
    @Test
    void theFirstCallsAreColdThenDirect() {
        StandIn.require();
        WlanApi api = WlanApi.load();
        for (int i = 0; i < 40; i++) { // whatever ran before in this JVM, 80 more calls pass the count
            WlanClient.open(api).close();
        }
        assertTrue(NativeWlanApi.direct(), "still calling through Functions after 80 calls");
        WlanClient.open(api).close(); // and the direct path works
    }

    @Test
    void aLibraryWithoutWifiDirectStillServesWlanButNotWfd() {
        StandIn.require();
        NativeLibrary windows7 = NativeLibrary.getInstance("wlanapi_nowfd", CallingConvention.libraryOptions());
        assertNull(NativeWlanApi.missingWlan(windows7));
        NativeWlanApi.Missing wfd = NativeWlanApi.missingWfd(windows7);
        WlanApi api = new NativeWlanApi(() -> wfd, false);

        WlanUnavailableException e = assertThrows(WlanUnavailableException.class,
                () -> api.WFDOpenHandle(1, new IntByReference(), new WinNT.HANDLEByReference()));
        assertEquals(127, e.errorCode());
        assertTrue(e.function().startsWith("WFD"), e.function());
        assertTrue(e.getMessage().matches(".*wlanapi_nowfd.* does not export WFD\\w+: Wi-Fi Direct needs Windows 8 "
                + "or later\\."), e.getMessage());
        assertEquals(WlanUnavailableException.missingExport(windows7.getFile().getName(), e.function()).getMessage(),
                e.getMessage(), "one message maker, which the simulator shares");
        assertTrue(e.getCause() instanceof UnsatisfiedLinkError);
        assertTrue(api.toString().contains("without Wi-Fi Direct"));
    }

    @Test
    void offWindowsTheMessageSaysWhy() {
        assumeFalse(Platform.isWindows(), "the message for a machine that is not Windows");
        String m = NativeWlanApi.libraryMissingMessage();
        assertTrue(m.startsWith("wlanapi.dll is not available: the Native Wifi API exists only on Windows, and this is "
                + System.getProperty("os.name")), m);
        assertTrue(m.contains("WlanClient.open(WlanApi)"), m);
    }
}
