package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wlanapi4j.simulator.WlanSimulator;
import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Error paths found by a review of the lifecycle core: a binding that throws, a failure between
 * registering an open and starting it, a session abandoned while its client lives. Each failed
 * before its fix; against the simulator, through a proxy that injects the failure.
 */
class LifecycleFaultsTest {
    static final MacAddress PEER = MacAddress.parse("02:11:22:33:44:55");
    static final MacAddress PEER2 = MacAddress.parse("02:11:22:33:44:66");
    static final MacAddress LEGACY = MacAddress.parse("02:00:00:00:02:00");
    static final UUID IFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    WlanSimulator sim;

    @BeforeEach
    void setUp() {
        sim = new WlanSimulator();
        sim.peer(LEGACY, Duration.ZERO, IFACE); // only defined peers open
    }

    @AfterEach
    void tearDown() {
        Seams.install(null);
        sim.close();
    }

    /** The simulator, with {@code intercept} consulted first (return null to delegate). */
    WlanApi intercepting(BiFunction<String, Object[], Object> intercept) {
        return (WlanApi) Proxy.newProxyInstance(WlanApi.class.getClassLoader(), new Class<?>[] {WlanApi.class},
                (proxy, m, args) -> {
                    Object r = intercept.apply(m.getName(), args);
                    if (r != null) {
                        return r;
                    }
                    try {
                        return m.invoke(sim, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * WlanClient.close() used to never close the handle when unregistering notifications throws
     * (the binding throws, e.g. a JNA Error/RuntimeException). Notifications.close() catches only
     * IllegalStateException, WlanClient.close() has no try/finally, and a try-with-resources
     * never calls close() again.
     */
    @Test
    void wlanClientCloseStillClosesTheHandleWhenUnregisteringThrows() {
        WlanApi api = intercepting((name, args) -> {
            if (name.equals("WlanRegisterNotification") && (int) args[1] == 0) {
                throw new IllegalArgumentException("binding blew up");
            }
            return null;
        });
        WlanClient client = WlanClient.open(api);
        client.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> { });
        try (LogCapture log = new LogCapture()) {
            client.close(); // the binding's failure is logged: WlanCloseHandle drops the registration anyway
            assertEquals(1, log.records().size());
        }
        assertFalse(client.isOpen());
        assertEquals(0, sim.openWlanHandles(), "WlanCloseHandle never ran");
    }

    /**
     * WfdSessions.start: a throw between pending.add/CONTEXTS.add and the try block (the Seams
     * hook here; CONTEXTS.add, OutParams.take or 'new Pointer' failing under memory pressure in
     * production) leaks the open's reference on the guard, its context entry, and its pending
     * entry. WFDCloseHandle never runs.
     */
    @Test
    void aStartThatFailsBeforeTheNativeCallLeaksNothing() {
        WfdClient wfd = WfdClient.open(sim);
        wfd.cancelWait(Duration.ofMillis(50));
        int contextsBefore = WfdSessions.pendingContexts();
        Seams.install(p -> {
            if (p == Seams.Point.BEFORE_OPEN_STARTS) {
                throw new OutOfMemoryError("simulated");
            }
        });
        assertThrows(OutOfMemoryError.class, () -> wfd.startOpenSession(PEER));
        Seams.install(null);
        assertEquals(contextsBefore, WfdSessions.pendingContexts(), "context entry leaked");
        wfd.close();
        assertEquals(0, sim.openWfdHandles(), "the open's reference on the guard leaked: WFDCloseHandle never ran");
    }

    /**
     * WfdClient.close() used to stop at the first WFDCancelOpenSession that throws: later opens are
     * neither cancelled nor awaited (their futures stay incomplete after close() returned) and no
     * session is closed. A second close() returns at once (the guard is closed), so they stay.
     */
    @Test
    void closeEndsEverythingEvenWhenACancelThrows() {
        WlanApi api = intercepting((name, args) -> {
            if (name.equals("WFDCancelOpenSession")) {
                throw new IllegalStateException("binding blew up");
            }
            return null;
        });
        sim.peer(PEER, Duration.ofSeconds(30), IFACE);
        sim.peer(PEER2, Duration.ofSeconds(30), IFACE);
        WfdClient wfd = WfdClient.open(api);
        wfd.cancelWait(Duration.ofMillis(50));
        WfdSession legacy = wfd.openLegacySession(LEGACY);
        CompletableFuture<WfdSession> f1 = wfd.startOpenSession(PEER);
        CompletableFuture<WfdSession> f2 = wfd.startOpenSession(PEER2);
        try (LogCapture log = new LogCapture()) {
            wfd.close(); // each throwing cancel is logged; the rest still ends
        }
        assertTrue(f1.isDone() && f2.isDone(), "a future is incomplete after close() returned");
        assertFalse(legacy.isOpen(), "the legacy session was left open");
    }

    /**
     * Reachability (law 8): the static context table reaches a pending open, which reaches its
     * client's session table. That table held the session wrappers, so while any open of the
     * client was pending, an abandoned session was never reported or closed. It holds their
     * guards now.
     */
    @Test
    void anAbandonedSessionIsNotReachableFromAStaticRoot() throws Exception {
        sim.peer(PEER, Duration.ofSeconds(60), IFACE);
        List<WeakReference<?>> refs = abandonClientAndSession();
        WeakReference<?> client = refs.get(0);
        WeakReference<?> session = refs.get(1);
        LeaksTest.collectUntil(() -> client.get() == null, "the abandoned client was collected");
        LeaksTest.collectUntil(() -> session.get() == null,
                "the abandoned session was collected (not reachable from the static context table)");
        assertNull(session.get());
    }

    private List<WeakReference<?>> abandonClientAndSession() {
        WfdClient wfd = WfdClient.open(sim);
        WfdSession s = wfd.openLegacySession(LEGACY);
        wfd.startOpenSession(PEER); // pending for 60 s
        return List.of(new WeakReference<>(wfd), new WeakReference<>(s));
    }

    /**
     * The ordinary paths leave no context behind: twenty pending opens, then close().
     */
    @Test
    void controlOrdinaryPathsLeaveNoContexts() throws Exception {
        int before = WfdSessions.pendingContexts();
        WfdClient wfd = WfdClient.open(sim);
        List<CompletableFuture<WfdSession>> fs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fs.add(wfd.startOpenSession(MacAddress.of(new byte[] {2, 0, 0, 0, 9, (byte) i})));
        }
        wfd.close();
        for (CompletableFuture<WfdSession> f : fs) {
            assertTrue(f.isDone());
        }
        assertEquals(before, WfdSessions.pendingContexts());
        assertEquals(0, sim.openWfdHandles());
    }
}
