package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.platform.win32.WinNT;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.net.Inet4Address;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The contract tests' view of {@link WlanSimulator}. */
final class SimulatorBackend implements Backend {
    private final WlanSimulator sim = new WlanSimulator();
    /** Stale-handle calls a test made on purpose before it reset. */
    private int staleBaseline;

    @Override
    public WlanApi directBinding() {
        return sim;
    }

    @Override
    public WlanApi interfaceBinding() {
        assumeTrue(false, "the simulator is Java: there is no JNA interface mapping of it");
        return null;
    }

    /** The tests hold the simulator as their api: it stays; only the deliberate misuse is forgiven. */
    @Override
    public void reset() {
        staleBaseline = sim.staleHandleCalls();
        scanDelayMs = connectDelayMs = 10;
        scanReason = connectReason = 0;
        sim.scanOutcome(Duration.ofMillis(scanDelayMs), scanReason).connectOutcome(Duration.ofMillis(connectDelayMs),
                connectReason).operationsReport(true).duplicateNotifications(false).rejectProfiles(0)
                .locationAccess(true);
    }

    // The simulator takes each outcome's delay and reason together; the stand-in, one at a time.
    private int scanDelayMs = 10;
    private int scanReason;
    private int connectDelayMs = 10;
    private int connectReason;

    @Override
    public void close() {
        sim.close();
    }

    @Override
    public void failNext(String function, int code) {
        sim.failNext(function, code);
    }

    @Override
    public void set(Setting setting, int value) {
        switch (setting) {
            case SERVICE_RUNNING:
                sim.serviceRunning(value != 0);
                break;
            case SERVER_VERSION:
                sim.serverVersion(value);
                break;
            case WFD_POLICY_DISABLED:
                sim.wifiDirectDisabledByPolicy(value != 0);
                break;
            case WLAN_LIMIT:
            case WFD_LIMIT:
                sim.handleLimit(value);
                break;
            case ENUM_DELAY_US:
                break; // a timing aid of the stand-in's only: nothing to simulate
            case LOCATION_DENIED:
                sim.locationAccess(value == 0);
                break;
            case SCAN_DELAY_MS:
            case SCAN_REASON:
                scanDelayMs = setting == Setting.SCAN_DELAY_MS ? value : scanDelayMs;
                scanReason = setting == Setting.SCAN_REASON ? value : scanReason;
                sim.scanOutcome(Duration.ofMillis(scanDelayMs), scanReason);
                break;
            case CONNECT_DELAY_MS:
            case CONNECT_REASON:
                connectDelayMs = setting == Setting.CONNECT_DELAY_MS ? value : connectDelayMs;
                connectReason = setting == Setting.CONNECT_REASON ? value : connectReason;
                sim.connectOutcome(Duration.ofMillis(connectDelayMs), connectReason);
                break;
            case REPORTS:
                sim.operationsReport(value != 0);
                break;
            case DUPLICATE_EVENTS:
                sim.duplicateNotifications(value != 0);
                break;
            case PROFILE_REJECT_REASON:
                sim.rejectProfiles(value);
                break;
            case ELEVATED:
                sim.elevated(value != 0);
                break;
            default:
                assumeTrue(false, "the simulator has no setting " + setting);
        }
    }

    @Override
    public int get(Counter counter) {
        switch (counter) {
            case WLAN_HANDLES:
                return sim.openWlanHandles();
            case WFD_HANDLES:
                return sim.openWfdHandles();
            case SESSIONS:
                return sim.openSessions();
            case STALE_CALLS:
                return sim.staleHandleCalls() - staleBaseline;
            case THREADS_RUNNING:
                return idle() ? 0 : 1;
            case CALLBACKS_FIRED:
                return sim.completionsDelivered();
            case SESSION_CLOSES:
                return sim.sessionsClosed();
            case CANCELS:
                return sim.calls("WFDCancelOpenSession");
            case MEMORY_OUTSTANDING:
                return sim.buffersOutstanding();
            case BUFFERS_HANDED_OUT:
                return sim.buffersHandedOut();
            case BUFFERS_FREED:
                return sim.buffersHandedOut() - sim.buffersOutstanding();
            case UNKNOWN_FREES:
                return sim.invalidFrees() - sim.doubleFrees();
            case DOUBLE_FREES:
                return sim.doubleFrees();
            case OPS_PENDING:
                return sim.operationsPending();
            default:
                assumeTrue(false, "the simulator does not count " + counter);
                return -1;
        }
    }

    private boolean idle() {
        try {
            return sim.awaitIdle(Duration.ofMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int calls(String function) {
        return sim.calls(function);
    }

    @Override
    public long[] lastArgs(String function) {
        assumeTrue(false, "the simulator does not record arguments (the stand-in checks marshalling)");
        return null;
    }


    @Override
    public void peer(MacAddress peer, int delayMs, int error, int reason, UUID iface) {
        if (error == 0) {
            sim.peer(peer, Duration.ofMillis(delayMs), iface);
        } else {
            sim.failingPeer(peer, Duration.ofMillis(delayMs), error, reason);
        }
    }

    @Override
    public void notify(WlanNotificationSource source, int code, UUID iface, int count) {
        for (int i = 0; i < count; i++) {
            sim.notify(source, code, iface, new byte[] {(byte) i, (byte) (i >> 8), (byte) (i >> 16), (byte) (i >> 24),
                (byte) 0xA5, (byte) 0xA5, (byte) 0xA5, (byte) 0xA5});
        }
    }

    @Override
    public void notify(WlanNotificationSource source, int code, UUID iface, byte[] data) {
        sim.notify(source, code, iface, data);
    }

    @Override
    public int enumInterfaces(WinNT.HANDLE handle) {
        com.sun.jna.ptr.PointerByReference list = new com.sun.jna.ptr.PointerByReference();
        int code = sim.WlanEnumInterfaces(handle, null, list);
        if (code == 0) {
            sim.WlanFreeMemory(list.getValue());
        }
        return code;
    }

    @Override
    public void addInterface(WlanInterface iface) {
        sim.addInterface(iface);
    }

    @Override
    public void addNetwork(UUID iface, AvailableNetwork network) {
        sim.addNetwork(iface, network);
    }

    @Override
    public void addBss(UUID iface, BssEntry entry) {
        sim.addBss(iface, entry);
    }

    @Override
    public void connection(UUID iface, Connection connection) {
        sim.connection(iface, connection);
    }

    @Override
    public void adapter(UUID iface, MacAddress mac, int index, Inet4Address addressWhenConnected) {
        sim.adapter(iface, mac, index, addressWhenConnected);
    }

    @Override
    public void radio(UUID iface, RadioState radio) {
        sim.radio(iface, radio);
    }

    @Override
    public void assertInvariants() {
        assertEquals(staleBaseline, sim.staleHandleCalls(), "calls made with a handle that was not open");
        assertEquals(0, sim.buffersOutstanding(), "WlanFreeMemory not called for a returned buffer");
        assertEquals(0, sim.invalidFrees(), "WlanFreeMemory called with an unknown or already freed address");
        assertTrue(idle() || get(Counter.THREADS_RUNNING) == 0);
    }
}
