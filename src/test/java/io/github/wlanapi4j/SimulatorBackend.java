package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.platform.win32.WinNT;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The contract tests' view of {@link WlanSimulator}. */
final class SimulatorBackend implements Backend {
    private final WlanSimulator sim = new WlanSimulator();
    /** Stale-handle calls a test made on purpose before it reset. */
    private int staleBaseline;
    private final java.util.concurrent.atomic.AtomicInteger rawCalls = new java.util.concurrent.atomic.AtomicInteger();

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
    }

    @Override
    public void close() {
        sim.close();
    }

    @Override
    public void failNext(String function, int code) {
        sim.failNext(function, code);
    }

    @Override
    public void set(String name, int value) {
        switch (name) {
            case "service_running":
                sim.serviceRunning(value != 0);
                break;
            case "server_version":
                sim.serverVersion(value);
                break;
            case "wfd_policy_disabled":
                sim.wifiDirectDisabledByPolicy(value != 0);
                break;
            case "wlan_limit":
            case "wfd_limit":
                sim.handleLimit(value);
                break;
            case "enum_delay_us":
                break; // a timing aid of the stand-in's only: nothing to simulate
            default:
                assumeTrue(false, "the simulator has no setting " + name);
        }
    }

    @Override
    public int get(String name) {
        switch (name) {
            case "wlan_handles":
            case "wfd_handles":
                return countHandles(name);
            case "sessions":
                return sim.openSessions();
            case "stale_calls":
                return sim.staleHandleCalls() - staleBaseline;
            case "threads_running":
                return idle() ? 0 : 1;
            case "callbacks_fired":
                return sim.completionsDelivered();
            case "session_closes":
                return sim.sessionsClosed();
            case "cancels":
                return sim.calls("WFDCancelOpenSession");
            default:
                if (name.startsWith("calls:")) {
                    return calls(name.substring(6));
                }
                assumeTrue(false, "the simulator does not count " + name);
                return -1;
        }
    }

    private int countHandles(String name) {
        return name.equals("wlan_handles") ? sim.openWlanHandles() : sim.openWfdHandles();
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
        // enumInterfaces below stands in for the stand-in's WlanEnumInterfaces: count it as such.
        return function.equals("WlanEnumInterfaces") ? rawCalls.get() : sim.calls(function);
    }

    @Override
    public long[] lastArgs(String function) {
        assumeTrue(false, "the simulator does not record arguments (the stand-in checks marshalling)");
        return null;
    }

    @Override
    public void await(String name, int value) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (get(name) != value) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + name + " to reach " + value + " (it is " + get(name) + ")");
            }
            LockSupport.parkNanos(1_000_000);
        }
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
    public int enumInterfaces(WinNT.HANDLE handle) {
        // The simulator has no WlanEnumInterfaces; an unregistration is as harmless a raw call.
        rawCalls.incrementAndGet();
        return sim.WlanRegisterNotification(handle, 0, false, null, null, null, null);
    }

    @Override
    public void assertInvariants() {
        assertEquals(staleBaseline, sim.staleHandleCalls(), "calls made with a handle that was not open");
        assertTrue(idle() || get("threads_running") == 0);
    }
}
