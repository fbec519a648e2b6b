package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever the service does wrong, the library answers with a typed exception or a completed
 * future: never a hang, a crash, a leaked handle or a second native close.
 */
class FaultInjectionTest {
    static final MacAddress PEER = MacAddress.parse("02:11:22:33:44:55");
    static final UUID IFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    StandIn standIn;
    WlanApi api;

    @BeforeEach
    void setUp() {
        standIn = StandIn.require();
        api = standIn.directBinding();
        definePeer();
    }

    /** Only defined peers open (an undefined one fails with ERROR_NOT_FOUND); a reset forgets them. */
    void definePeer() {
        standIn.peer(PEER, 0, 0, 0, IFACE);
    }

    @AfterEach
    void quiet() {
        standIn.await(Counter.THREADS_RUNNING, 0);
        standIn.reset();
    }

    static Throwable failure(CompletableFuture<?> f) {
        return assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void everyWfdFunctionsFaultArrivesTyped() throws Exception {
        standIn.failNext("WFDOpenHandle", 1722);
        assertSame(WlanRpcException.class, assertThrows(WlanException.class, () -> WfdClient.open(api)).getClass());

        WfdClient wfd = WfdClient.open(api);
        standIn.failNext("WFDStartOpenSession", 1722);
        assertSame(WlanRpcException.class, failure(wfd.startOpenSession(PEER)).getClass());

        standIn.failNext("WFDOpenLegacySession", 8);
        assertThrows(WlanNotEnoughMemoryException.class, () -> wfd.openLegacySession(PEER));

        WfdSession session = wfd.startOpenSession(PEER).get(10, TimeUnit.SECONDS);
        standIn.failNext("WFDCloseSession", 1726);
        assertThrows(WlanRpcException.class, session::close);
        session.close();
        assertEquals(1, standIn.calls("WFDCloseSession"), "never a second native close");

        standIn.failNext("WFDCloseHandle", 1722);
        assertThrows(WlanRpcException.class, wfd::close);
        wfd.close();
        assertEquals(1, standIn.calls("WFDCloseHandle"));
        assertEquals(0, standIn.get(Counter.STALE_CALLS));
    }

    @Test
    void aFailedCancelStillEndsTheOpenWithoutALeak() {
        standIn.peer(PEER, 100, 0, 0, IFACE);
        try (WfdClient wfd = WfdClient.open(api)) {
            standIn.failNext("WFDCancelOpenSession", 1722);
            CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
            assertTrue(f.cancel(false));
            standIn.await(Counter.SESSION_CLOSES, 1); // it succeeded after all, and was closed
        }
        assertEquals(0, standIn.get(Counter.SESSIONS));
        standIn.assertInvariants();
    }

    @Test
    void everyThirdOpenFails() {
        standIn.failEvery("WlanOpenHandle", 1722, 3);
        List<WlanClient> clients = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < 15; i++) {
            try {
                clients.add(WlanClient.open(api));
            } catch (WlanRpcException e) {
                failures++;
            }
        }
        clients.forEach(WlanClient::close);
        assertEquals(5, failures);
        assertEquals(0, standIn.get(Counter.WLAN_HANDLES));
        standIn.assertInvariants();
    }

    int randomStartFailures(int seed) throws Exception {
        standIn.reset();
        definePeer();
        standIn.failRandomly("WFDStartOpenSession", 1062, 4, seed);
        int failures = 0;
        try (WfdClient wfd = WfdClient.open(api)) {
            for (int i = 0; i < 60; i++) {
                CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
                try {
                    f.get(10, TimeUnit.SECONDS).close();
                } catch (ExecutionException e) {
                    assertSame(WlanServiceNotActiveException.class, e.getCause().getClass());
                    failures++;
                }
            }
        }
        standIn.await(Counter.THREADS_RUNNING, 0);
        assertEquals(0, standIn.get(Counter.SESSIONS));
        standIn.assertInvariants();
        return failures;
    }

    @Test
    void randomFaultsAreRepeatableFromTheirSeed() throws Exception {
        int first = randomStartFailures(42);
        assertTrue(first > 0 && first < 60, "some, not all, failed: " + first);
        assertEquals(first, randomStartFailures(42), "the same seed, the same faults");
    }

    @Test
    void theServiceStopsAndRestartsMidRun() throws Exception {
        WlanClient before = WlanClient.open(api);
        WfdClient wfd = WfdClient.open(api);
        standIn.set(Setting.SERVICE_RUNNING, 0);
        assertThrows(WlanServiceNotActiveException.class, () -> WlanClient.open(api));
        assertSame(WlanServiceNotActiveException.class, failure(wfd.startOpenSession(PEER)).getClass());
        assertThrows(WlanServiceNotActiveException.class,
                () -> before.subscribe(NotificationsContractTest.ACM, n -> { }));
        standIn.set(Setting.SERVICE_RUNNING, 1);
        WlanClient.open(api).close();
        wfd.startOpenSession(PEER).get(10, TimeUnit.SECONDS).close();
        before.close();
        wfd.close();
        assertEquals(0, standIn.get(Counter.WLAN_HANDLES));
        assertEquals(0, standIn.get(Counter.WFD_HANDLES));
        standIn.assertInvariants();
    }

    @Test
    void duplicatedCallbacksAreAbsorbed() throws Exception {
        standIn.set(Setting.WFD_CALLBACKS, 1);
        try (LogCapture log = new LogCapture(); WfdClient wfd = WfdClient.open(api)) {
            for (int i = 0; i < 10; i++) {
                wfd.startOpenSession(PEER).get(10, TimeUnit.SECONDS).close();
            }
            standIn.await(Counter.CALLBACKS_FIRED, 20);
            standIn.await(Counter.THREADS_RUNNING, 0);
            assertEquals(10, log.records().size(), "each duplicate reported once");
        }
        assertEquals(10, standIn.get(Counter.SESSION_CLOSES));
        assertEquals(0, standIn.get(Counter.WFD_HANDLES));
        standIn.assertInvariants();
    }

    @Test
    void aCallbackThatNeverComesNeitherHangsNorLeavesAFutureIncomplete() {
        standIn.set(Setting.WFD_CALLBACKS, 2);
        standIn.peer(PEER, 10, 0, 0, IFACE);
        WfdClient wfd = WfdClient.open(api);
        wfd.cancelWait(Duration.ofMillis(200));
        try (LogCapture log = new LogCapture()) {
            // Blocking: times out, cancels, waits the bound for a confirmation that never comes.
            assertThrows(WlanTimeoutException.class, () -> wfd.openSession(PEER, Duration.ofMillis(100)));
            // Asynchronous: close() gives up on it after the bound and completes the future.
            CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
            assertTimeoutPreemptively(Duration.ofSeconds(5), wfd::close);
            WlanTimeoutException e = (WlanTimeoutException) failure(f);
            assertTrue(e.getMessage().contains("did not report the outcome"), e.getMessage());
        }
        assertFalse(wfd.isOpen());
        standIn.await(Counter.CALLBACKS_LOST, 2);
        // The one thing left: the handle, kept for opens that Windows' WFDCloseHandle would wait
        // for forever. Closing it anyway would hang; this is documented.
        assertEquals(1, standIn.get(Counter.WFD_HANDLES));
        assertEquals(0, standIn.calls("WFDCloseHandle"));
    }
}
