package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Wine's own {@code wlanapi.dll}, an implementation this project did not write, through the
 * library's binding on a Windows x64 JVM: the Win64 calling convention and the Windows code paths
 * for real. Runs only in the Wine lane's second run ({@code -Pwine}), where Wine's builtin DLL is
 * loaded. Asserts what Windows documents; where Wine 8 differs, the test says so.
 */
@EnabledIfSystemProperty(named = "wlanapi4j.lane", matches = "wine-builtin")
class WineWlanapiTest {
    final WlanApi api = WlanApi.load();

    @Test
    void bindsWinesBuiltinLibrary() {
        assertTrue(RealWindowsTest.isWine(), "this run is meant for Wine");
        NativeLibrary library = NativeLibrary.getInstance("wlanapi", CallingConvention.libraryOptions());
        assertThrows(UnsatisfiedLinkError.class, () -> library.getFunction("standin_get"), "not our stand-in");
    }

    @Test
    void negotiatesTheRequestedVersion() {
        try (WlanClient v1 = WlanClient.open(api, WlanApi.WLAN_API_VERSION_1_0);
             WlanClient v2 = WlanClient.open(api)) {
            assertEquals(1, v1.negotiatedVersion());
            assertEquals(2, v2.negotiatedVersion());
        }
    }

    @Test
    void unknownVersionsAreNotSupported() {
        for (int version : new int[] {0, 3}) {
            WlanNotSupportedException e = assertThrows(WlanNotSupportedException.class,
                    () -> WlanClient.open(api, version));
            assertEquals(50, e.errorCode());
        }
    }

    @Test
    void the17thHandleHitsTheLimit() {
        // Windows documents the error, not the number; Wine 8 allows 16 handles per process.
        List<WlanClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                clients.add(WlanClient.open(api));
            }
            WlanHandleLimitException e = assertThrows(WlanHandleLimitException.class, () -> WlanClient.open(api));
            assertEquals(1220, e.errorCode());
        } finally {
            clients.forEach(WlanClient::close);
        }
        WlanClient.open(api).close(); // all 16 were really closed
    }

    @Test
    void rawCallsFollowTheDocumentedContract() {
        IntByReference version = new IntByReference();
        WinNT.HANDLEByReference handle = new WinNT.HANDLEByReference();
        assertEquals(87, api.WlanOpenHandle(2, new com.sun.jna.Memory(8), version, handle));
        assertEquals(87, api.WlanOpenHandle(2, null, null, handle));
        assertEquals(0, api.WlanOpenHandle(2, null, version, handle));
        assertEquals(0, api.WlanCloseHandle(handle.getValue(), null));
        assertEquals(6, api.WlanCloseHandle(handle.getValue(), null), "a second close");
        assertEquals(87, api.WlanCloseHandle(null, null));
    }

    @Test
    void handleValuesAreRecycled() {
        // Wine 8 hands out small integers and reuses them at once (Windows documents handles as
        // opaque). A stale handle would reach another client: hence law 2, no native use after close.
        long first;
        try (WlanClient a = WlanClient.open(api)) {
            first = a.withHandle(h -> Pointer.nativeValue(h.getPointer()));
            assertTrue(first >= 1 && first <= 16, "handle " + first);
        }
        try (WlanClient b = WlanClient.open(api)) {
            assertEquals(first, (long) b.withHandle(h -> Pointer.nativeValue(h.getPointer())));
        }
    }

    @Test
    void wifiDirectIsUnavailableAndSaysWhy() {
        WlanUnavailableException e = assertThrows(WlanUnavailableException.class, () -> WfdClient.open(api));
        assertEquals(127, e.errorCode());
        assertEquals("WFDOpenHandle", e.function());
        assertEquals("wlanapi.dll does not export WFDOpenHandle: Wi-Fi Direct needs Windows 8 or later.", e.getMessage());
    }

    @Test
    void notificationsFailTypedWhereWineDoesNotImplementThem() {
        // Wine 8's WlanRegisterNotification is a stub answering ERROR_CALL_NOT_IMPLEMENTED; Windows
        // implements it. It must arrive as a typed exception, not a crash, and leave no listener.
        try (WlanClient wlan = WlanClient.open(api)) {
            WlanException e = assertThrows(WlanException.class,
                    () -> wlan.subscribe(java.util.EnumSet.of(WlanNotificationSource.ACM), n -> { }));
            assertEquals(120, e.errorCode());
            assertEquals("WlanRegisterNotification", e.function());
            assertEquals(0, wlan.registeredNotificationMask());
        }
    }

    /** Borrowed raw calls (jna-platform's binding) racing close never see a closed handle. */
    @Test
    void aCloseRacingBorrowedCallsNeverLeavesAStaleHandle() throws Exception {
        com.sun.jna.platform.win32.WlanApi raw = com.sun.jna.platform.win32.WlanApi.INSTANCE;
        int failures = 0;
        for (int i = 0; i < 50; i++) {
            failures += CloseRace.closeWhileBorrowing(WlanClient.open(api), 3, h -> {
                PointerByReference list = new PointerByReference();
                int c = raw.WlanEnumInterfaces(h, null, list);
                if (c == 0) {
                    raw.WlanFreeMemory(list.getValue());
                }
                return c;
            });
        }
        assertEquals(0, failures, "borrowed calls that failed (6 would be a stale handle)");
    }

    /**
     * The read model on Wine 8's DLL. Measured: WlanEnumInterfaces answers 0 with no interfaces;
     * WlanGetAvailableNetworkList and WlanQueryInterface answer 120; WlanGetNetworkBssList is an
     * "unimplemented function" stub that would kill the JVM, which the binding recognises and
     * answers 120 for, as WlanGetInterfaceCapability. Every one arrives as a typed result or a
     * typed exception.
     */
    @Test
    void theReadModelIsTypedWhereWineImplementsItAndWhereItDoesNot() {
        assertTrue(api.toString().contains("Wine's builtin"), api.toString());
        java.util.UUID iface = java.util.UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        try (WlanClient wlan = WlanClient.open(api)) {
            assertEquals(List.of(), wlan.interfaces());
            for (java.util.function.Supplier<?> query : List.<java.util.function.Supplier<?>>of(
                    () -> wlan.availableNetworks(iface), () -> wlan.bssList(iface), () -> wlan.connection(iface),
                    () -> wlan.radioState(iface), () -> wlan.rssi(iface), () -> wlan.channel(iface),
                    () -> wlan.setting(iface, InterfaceSetting.AUTO_CONFIG), () -> wlan.capability(iface),
                    () -> wlan.visibleNetworks(iface), () -> wlan.securityPairs(iface), () -> wlan.countryCodes(iface),
                    () -> wlan.statistics(iface))) {
                WlanException e = assertThrows(WlanException.class, query::get);
                assertEquals(120, e.errorCode(), e.getMessage());
            }
        }
    }

    /**
     * Wine 8 answers WlanScan with 120 and has "unimplemented function" stubs for the rest, which
     * would kill the JVM: every operation fails typed instead, and the JVM lives on to say so.
     */
    @Test
    void operationsFailTypedWhereWineDoesNotImplementThem() throws Exception {
        java.util.UUID iface = java.util.UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        try (WlanClient wlan = WlanClient.open(api)) {
            for (java.util.concurrent.CompletableFuture<?> f : List.<java.util.concurrent.CompletableFuture<?>>of(
                    wlan.scan(iface), wlan.connect(iface, "Home"), wlan.connect(iface, WlanProfile.open(Ssid.of("Home"))),
                    wlan.connect(iface, "Home", MacAddress.parse("02:00:00:00:00:01")), wlan.disconnect(iface))) {
                java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                        () -> f.get(10, java.util.concurrent.TimeUnit.SECONDS));
                WlanException w = assertInstanceOf(WlanException.class, e.getCause());
                assertEquals(120, w.errorCode(), w.getMessage());
            }
            for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
                    () -> wlan.profiles(iface), () -> wlan.profileXml(iface, "Home"),
                    () -> wlan.setProfile(iface, WlanProfile.open(Ssid.of("Home")).toXml(), true),
                    () -> wlan.deleteProfile(iface, "Home"), () -> wlan.setSoftwareRadio(iface, true),
                    () -> wlan.profile(iface, "Home"), () -> wlan.setProfilePosition(iface, "Home", 0),
                    () -> wlan.renameProfile(iface, "Home", "Away"), () -> wlan.setProfileOrder(iface, List.of("Home")),
                    () -> wlan.setPeapCredentials(iface, "Home", "jane", "secret"),
                    () -> wlan.setSetting(iface, InterfaceSetting.BACKGROUND_SCAN, false))) {
                assertEquals(120, assertThrows(WlanException.class, call).errorCode());
            }
            assertEquals("WLAN reason code 0x28002", wlan.reasonText(0x28002), "no text where the system has none");
            assertEquals(0, wlan.pendingOperations());
        }
    }

    /**
     * Wine's own iphlpapi.dll, an implementation of GetAdaptersAddresses this project did not
     * write, read by the library's reader: every adapter named by a GUID in braces, and the IPv4
     * addresses it finds are the ones the JDK's own (native) NetworkInterface code finds. No WLAN
     * interface exists under Wine, so an interface's adapter is absent, not an error.
     */
    @Test
    void winesOwnAdapterListIsReadAsTheJdkReadsIt() throws Exception {
        List<Adapters.Listed> all = Adapters.list(api);
        assertTrue(!all.isEmpty(), "Wine lists the host's adapters");
        java.util.Set<java.net.InetAddress> ours = new java.util.HashSet<>();
        for (Adapters.Listed a : all) {
            assertTrue(a.name.matches("\\{[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\\}"), a.name);
            a.addresses.stream().filter(x -> x instanceof java.net.Inet4Address).forEach(ours::add);
        }
        java.util.Set<java.net.InetAddress> jdk = new java.util.HashSet<>();
        for (java.net.NetworkInterface n : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            java.util.Collections.list(n.getInetAddresses()).stream().filter(x -> x instanceof java.net.Inet4Address)
                    .forEach(jdk::add);
        }
        assertEquals(jdk, ours, "IPv4 addresses: the JDK's against the library's reading of " + all.size()
                + " adapters");
        try (WlanClient wlan = WlanClient.open(api)) {
            assertTrue(wlan.adapter(java.util.UUID.randomUUID()).isEmpty());
        }
    }
}
