package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.PointerByReference;
import java.io.File;
import java.io.IOException;
import java.net.Inet4Address;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The C stand-in of {@code wlanapi.dll} (src/test/c), as the tests drive it: the same library
 * that {@link WlanApi#load()} binds, plus its control and inspection functions.
 *
 * <p>Where the stand-in was not built (no C compiler; Windows), tests that need it skip, saying
 * why; with {@code WLANAPI4J_REQUIRE_STANDIN=true} in the environment (as in CI) they fail
 * instead, so that the lane can never pass by skipping.
 */
final class StandIn implements Backend {
    /** The stand-in's own exports; C convention (its test-only functions are not WINAPI). */
    interface Control extends Library {
        int standin_reset(int timeoutMs);

        int standin_fail_next(String function, int code);

        int standin_fault(String function, int code, int mode, int n, int seed);

        int standin_set(String name, int value);

        int standin_get(String name);

        int standin_last_args(String function, long[] out);

        int standin_wfd_peer(byte[] mac, int delayMs, int error, int reason, byte[] guid);

        int standin_notify(int source, int code, byte[] guid, int count);

        int standin_notify_data(int source, int code, byte[] guid, byte[] data, int size);

        /** Sender {@code index}, a thread kept as Windows keeps its own, sends one notification (source 0: a pong). */
        int standin_sender_send(int index, int source, int code, byte[] guid);

        void standin_senders_stop();

        int standin_await_pong(int seen, int timeoutMs);

        /** The clock of the senders' send times, in nanoseconds. */
        long standin_now_ns();

        int standin_interface(byte[] guid, short[] description, int length, int state);

        int standin_network(byte[] guid, short[] profile, int profileLength, byte[] ssid, int ssidLength, int bssType,
                int bssids, int connectable, int notConnectableReason, int[] phyTypes, int phyCount, int signalQuality,
                int security, int auth, int cipher, int flags);

        int standin_bss(byte[] guid, byte[] ssid, int ssidLength, byte[] bssid, int bssType, int phyType, int phyId,
                int rssi, int linkQuality, int inRegDomain, int beaconPeriod, long timestamp, long hostTimestamp,
                int capability, int frequencyKhz, short[] rates, int rateCount, byte[] ies, int ieSize);

        int standin_connection(byte[] guid, int connected, int state, int mode, short[] profile, int profileLength,
                byte[] ssid, int ssidLength, int bssType, byte[] bssid, int phyType, int phyIndex, int quality,
                int rxRate, int txRate, int security, int oneX, int auth, int cipher);

        int standin_radio(byte[] guid, int phyCount, int[] software, int[] hardware);

        int standin_layout(String name);

        int standin_adapter(byte[] guid, byte[] mac, int ifIndex, byte[] ipv4);

        int WlanEnumInterfaces(WinNT.HANDLE hClientHandle, Pointer pReserved, PointerByReference ppInterfaceList);

        void WlanFreeMemory(Pointer pMemory);
    }

    private static final String LIBRARY = "wlanapi";
    private static StandIn instance;

    final Control control;
    final File file;

    private StandIn(Control control, File file) {
        this.control = control;
        this.file = file;
    }

    /** Returns the stand-in, reset to its defaults, or skips (or fails) the calling test. */
    static synchronized StandIn require() {
        if (instance == null) {
            String why = missingReason();
            if (why != null) {
                if (Boolean.parseBoolean(System.getenv("WLANAPI4J_REQUIRE_STANDIN"))) {
                    fail("the native stand-in is required (WLANAPI4J_REQUIRE_STANDIN=true) but " + why);
                }
                assumeTrue(false, "native stand-in lane skipped: " + why);
            }
            File file = new File(System.getProperty("wlanapi4j.standin.dir"), System.mapLibraryName(LIBRARY));
            instance = new StandIn(Native.load(LIBRARY, Control.class), file);
        }
        instance.reset();
        return instance;
    }

    private static String missingReason() {
        String dir = System.getProperty("wlanapi4j.standin.dir");
        if (dir == null) {
            return "the system property wlanapi4j.standin.dir is not set (run the tests through Maven)";
        }
        File skipped = new File(dir, "SKIPPED");
        if (skipped.isFile()) {
            try {
                return Files.readString(skipped.toPath(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                return "the stand-in build left " + skipped + " (unreadable: " + e + ")";
            }
        }
        File lib = new File(dir, System.mapLibraryName(LIBRARY));
        if (!lib.isFile()) {
            return lib + " was not built (the stand-in is built by Maven on Linux and macOS)";
        }
        return null;
    }

    /** Asserts that {@link WlanApi#load()} is bound to this stand-in, not to a system library. */
    void assertBoundByLoad() {
        File loaded = NativeLibrary.getInstance(LIBRARY, CallingConvention.libraryOptions()).getFile();
        try {
            assertEquals(file.getCanonicalFile(), loaded.getCanonicalFile(), "WlanApi.load() bound another library");
        } catch (IOException e) {
            fail(e);
        }
    }

    /** The library's default binding, {@link WlanApi#load()}, checked to be bound to the stand-in. */
    @Override
    public WlanApi directBinding() {
        assertBoundByLoad();
        return WlanApi.load();
    }

    /** {@link WlanApi} itself as a JNA interface mapping: proves its signatures marshal too. */
    @Override
    public WlanApi interfaceBinding() {
        return Native.load(LIBRARY, WlanApi.class, CallingConvention.libraryOptions());
    }

    @Override
    public void reset() {
        assertEquals(1, control.standin_reset(10_000), "stand-in service threads still running after 10 s");
    }

    @Override
    public void failNext(String function, int code) {
        assertEquals(1, control.standin_fail_next(function, code), "unknown function " + function);
    }

    /** Calls of {@code function} fail with {@code code}: every {@code n}-th call. */
    void failEvery(String function, int code, int n) {
        assertEquals(1, control.standin_fault(function, code, 2, n, 0));
    }

    /** Calls of {@code function} fail with {@code code}: one in {@code n} at random, repeatably from {@code seed}. */
    void failRandomly(String function, int code, int n, int seed) {
        assertEquals(1, control.standin_fault(function, code, 3, n, seed));
    }

    void stopFailing(String function) {
        assertEquals(1, control.standin_fault(function, 0, 0, 0, 0));
    }

    @Override
    public void set(Setting setting, int value) {
        assertEquals(1, control.standin_set(setting.standInName(), value), "the stand-in has no setting " + setting);
    }

    @Override
    public int get(Counter counter) {
        return count(counter.standInName());
    }

    private int count(String name) {
        int v = control.standin_get(name);
        assertTrue(v >= 0, "the stand-in has no counter " + name);
        return v;
    }

    @Override
    public int calls(String function) {
        return count("calls:" + function);
    }

    @Override
    public long[] lastArgs(String function) {
        long[] out = new long[6];
        assertEquals(1, control.standin_last_args(function, out), "unknown function " + function);
        return out;
    }

    /** The invariants every test must leave intact; tests that break them on purpose reset. */
    @Override
    public void assertInvariants() {
        assertInvariantsIgnoringOrphans(false);
    }

    /**
     * As {@link #assertInvariants()}; where an injected WFDCloseHandle failure left a client handle
     * open on the native side, the sessions it still had count as orphaned there, legitimately.
     */
    void assertInvariantsIgnoringOrphans(boolean orphansExpected) {
        assertEquals(0, get(Counter.STALE_CALLS), "calls made with a handle that was not open");
        assertEquals(0, get(Counter.CLOSE_RACES), "native closes that ran while a call on the handle was in flight");
        assertEquals(0, get(Counter.CALLBACK_THREAD_CLOSES), "native closes made on a callback thread");
        assertEquals(0, get(Counter.MEMORY_OUTSTANDING), "WlanFreeMemory not called for a returned buffer");
        assertEquals(0, get(Counter.UNKNOWN_FREES), "WlanFreeMemory called with an address never handed out");
        assertEquals(0, get(Counter.DOUBLE_FREES), "WlanFreeMemory called twice for one buffer");
        if (!orphansExpected) {
            assertEquals(0, get(Counter.SESSIONS_ORPHANED), "sessions still open when their client handle was closed");
        }
        assertEquals(0, get(Counter.CLOSE_WHILE_PENDING), "WFDCloseSession called on a session whose open was pending");
    }

    /** How opens to {@code peer} complete: after {@code delayMs}, with {@code error}, {@code reason} and {@code iface}. */
    @Override
    public void peer(MacAddress peer, int delayMs, int error, int reason, java.util.UUID iface) {
        assertEquals(1, control.standin_wfd_peer(peer.toBytes(), delayMs, error, reason, guidBytes(iface)));
    }

    /** Fires {@code count} notifications from a stand-in thread to every client registered for {@code source}. */
    @Override
    public void notify(WlanNotificationSource source, int code, java.util.UUID iface, int count) {
        assertEquals(1, control.standin_notify(source.bits(), code, guidBytes(iface), count));
    }

    @Override
    public void notify(WlanNotificationSource source, int code, java.util.UUID iface, byte[] data) {
        assertEquals(1, control.standin_notify_data(source.bits(), code, guidBytes(iface), data, data.length),
                "the stand-in sends at most " + WlanStructs.MSM_SIZE + " bytes of data, not " + data.length);
    }

    /** A GUID as it lies in memory: Data1..Data3 in the machine's byte order, Data4 as is. */
    static byte[] guidBytes(java.util.UUID u) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.nativeOrder());
        b.putInt((int) (u.getMostSignificantBits() >>> 32));
        b.putShort((short) (u.getMostSignificantBits() >>> 16));
        b.putShort((short) u.getMostSignificantBits());
        b.order(java.nio.ByteOrder.BIG_ENDIAN).putLong(u.getLeastSignificantBits());
        return b.array();
    }

    @Override
    public void addInterface(WlanInterface iface) {
        short[] d = utf16(iface.description());
        assertEquals(1, control.standin_interface(guidBytes(iface.guid()), d, d.length, iface.stateCode()));
    }

    @Override
    public void addNetwork(java.util.UUID iface, AvailableNetwork n) {
        short[] profile = utf16(n.profileName());
        byte[] ssid = n.ssid().bytes();
        int[] phys = n.phyTypes().stream().mapToInt(PhyType::code).toArray();
        assertEquals(1, control.standin_network(guidBytes(iface), profile, profile.length, ssid, ssid.length,
                n.bssTypeCode(), n.bssCount(), n.connectable() ? 1 : 0, n.notConnectableReason(), phys, phys.length,
                n.signalQuality(), n.securityEnabled() ? 1 : 0, n.authCode(), n.cipherCode(), n.flags()));
    }

    @Override
    public void addBss(java.util.UUID iface, BssEntry b) {
        byte[] ssid = b.ssid().bytes();
        byte[] ies = b.informationElements();
        assertEquals(1, control.standin_bss(guidBytes(iface), ssid, ssid.length, b.bssid().toBytes(), b.bssTypeCode(),
                b.phyTypeCode(), b.phyId(), b.rssi(), b.linkQuality(), b.inRegulatoryDomain() ? 1 : 0, b.beaconPeriod(),
                b.timestamp(), b.hostTimestamp(), b.capabilityInformation(), b.centerFrequencyKhz(), new short[0], 0,
                ies, ies.length));
    }

    @Override
    public void connection(java.util.UUID iface, Connection c) {
        if (c == null) {
            assertEquals(1, control.standin_connection(guidBytes(iface), 0, 0, 0, null, 0, null, 0, 0, new byte[6], 0, 0,
                    0, 0, 0, 0, 0, 0, 0));
            return;
        }
        short[] profile = utf16(c.profileName());
        byte[] ssid = c.ssid().bytes();
        assertEquals(1, control.standin_connection(guidBytes(iface), 1, c.stateCode(), c.modeCode(), profile,
                profile.length, ssid, ssid.length, c.bssTypeCode(), c.bssid().toBytes(), c.phyTypeCode(), c.phyIndex(),
                c.signalQuality(), c.rxRateKbps(), c.txRateKbps(), c.securityEnabled() ? 1 : 0, c.oneXEnabled() ? 1 : 0,
                c.authCode(), c.cipherCode()));
    }

    @Override
    public void adapter(java.util.UUID iface, MacAddress mac, int index, Inet4Address addressWhenConnected) {
        byte[] ipv4 = addressWhenConnected == null ? new byte[4] : addressWhenConnected.getAddress();
        assertEquals(1, control.standin_adapter(guidBytes(iface), mac.toBytes(), index, ipv4));
    }

    @Override
    public void radio(java.util.UUID iface, RadioState r) {
        int[] software = new int[r.phyCount()];
        int[] hardware = new int[r.phyCount()];
        for (int i = 0; i < r.phyCount(); i++) {
            software[i] = r.softwareOn(i) ? 1 : 2;
            hardware[i] = r.hardwareOn(i) ? 1 : 2;
        }
        assertEquals(1, control.standin_radio(guidBytes(iface), r.phyCount(), software, hardware));
    }

    private static short[] utf16(String s) {
        short[] out = new short[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) s.charAt(i);
        }
        return out;
    }

    /** A raw call through the stand-in with a borrowed handle; frees what it returns. */
    @Override
    public int enumInterfaces(WinNT.HANDLE handle) {
        PointerByReference list = new PointerByReference();
        int code = control.WlanEnumInterfaces(handle, null, list);
        if (code == 0) {
            control.WlanFreeMemory(list.getValue());
        }
        return code;
    }
}
