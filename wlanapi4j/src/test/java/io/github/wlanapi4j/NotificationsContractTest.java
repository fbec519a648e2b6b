package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Notifications through real native threads calling back into the JVM, against a stand-in whose
 * WlanCloseHandle blocks while a callback of the handle runs, as Windows' does; and against the
 * simulator, held to the same contract ({@link Binding}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class NotificationsContractTest extends ContractSuite {
    static final UUID IFACE = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    static final Set<WlanNotificationSource> ACM = EnumSet.of(WlanNotificationSource.ACM);
    static final Set<WlanNotificationSource> MSM = EnumSet.of(WlanNotificationSource.MSM);




    /** The sequence number the stand-in puts in each notification's data. */
    static int sequence(WlanNotification n) {
        return ByteBuffer.wrap(n.data()).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out: " + latch.getCount() + " events missing");
    }

    WlanClient wlan;

    NotificationsContractTest(Binding binding) {
        super(binding);
    }

    @BeforeEach
    void openClient() {
        wlan = WlanClient.open(api);
    }

    @AfterEach
    void nothingLeaks() {
        wlan.close();
        assertEquals(0, backend.get(Counter.WLAN_HANDLES));
    }

    @Test
    void deliversCopiesInOrderOnALibraryThread() throws Exception {
        int count = 200;
        List<WlanNotification> got = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(count);
        try (WlanClient.Subscription s = wlan.subscribe(ACM, n -> {
            got.add(n);
            threads.add(Thread.currentThread().getName());
            all.countDown();
        })) {
            backend.notify(WlanNotificationSource.ACM, 7, IFACE, count);
            await(all);
        }
        for (int i = 0; i < count; i++) {
            WlanNotification n = got.get(i);
            assertEquals(i, sequence(n), "in the order sent");
            assertEquals(WlanNotificationSource.ACM, n.source());
            assertEquals(7, n.code());
            assertEquals(IFACE, n.interfaceGuid());
            assertArrayEquals(new byte[] {(byte) i, (byte) (i >> 8), 0, 0, (byte) 0xA5, (byte) 0xA5, (byte) 0xA5,
                    (byte) 0xA5}, n.data(), "a copy made while the buffer was valid");
        }
        assertTrue(threads.stream().allMatch(t -> t.startsWith("wlanapi4j-delivery-")), threads.get(0));
    }

    @Test
    void theNativeMaskFollowsTheListeners() throws Exception {
        assertEquals(0, wlan.registeredNotificationMask());
        WlanClient.Subscription acm = wlan.subscribe(ACM, n -> { });
        assertEquals(0x08, backend.lastArgs("WlanRegisterNotification")[1]);
        WlanClient.Subscription msm = wlan.subscribe(MSM, n -> { });
        assertEquals(0x18, backend.lastArgs("WlanRegisterNotification")[1]);
        WlanClient.Subscription again = wlan.subscribe(MSM, n -> { });
        assertEquals(2, backend.calls("WlanRegisterNotification"), "an unchanged mask is not registered again");
        acm.close();
        acm.close();
        assertEquals(0x10, backend.lastArgs("WlanRegisterNotification")[1]);
        msm.close();
        again.close();
        long[] args = backend.lastArgs("WlanRegisterNotification");
        assertEquals(0, args[1], "the last listener gone: unregistered (source NONE)");
        assertEquals(4, backend.calls("WlanRegisterNotification"));
        assertEquals(0, wlan.registeredNotificationMask());
    }

    @Test
    void eachListenerGetsOnlyItsSources() throws Exception {
        AtomicInteger acmSeen = new AtomicInteger();
        CountDownLatch msm = new CountDownLatch(5);
        wlan.subscribe(ACM, n -> acmSeen.incrementAndGet());
        wlan.subscribe(MSM, n -> msm.countDown());
        backend.notify(WlanNotificationSource.MSM, 1, IFACE, 5);
        await(msm);
        backend.await(Counter.THREADS_RUNNING, 0);
        assertEquals(0, acmSeen.get());
    }

    @Test
    void closingFromAListenerDoesNotDeadlock() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        wlan.subscribe(ACM, n -> {
            wlan.close();
            closed.countDown();
        });
        backend.notify(WlanNotificationSource.ACM, 1, IFACE, 50);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> await(closed));
        backend.await(Counter.WLAN_HANDLES, 0);
    }

    @Test
    void closeWhileNotificationsFlowWaitsForTheRunningListenerAndStartsNoOther() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger invocations = new AtomicInteger();
        wlan.subscribe(ACM, n -> {
            invocations.incrementAndGet();
            first.countDown();
            WlanClientContractTest.await(release); // a slow listener
        });
        backend.notify(WlanNotificationSource.ACM, 1, IFACE, 1000);
        await(first);

        AtomicInteger runningWhenCloseReturned = new AtomicInteger(-1);
        Thread closer = new Thread(() -> {
            wlan.close();
            runningWhenCloseReturned.set((int) release.getCount()); // 1: the listener still blocked
        }, "closer");
        closer.start();
        WfdClientContractTest.awaitState(closer, Thread.State.WAITING); // for the running listener
        release.countDown();
        closer.join(10_000);
        assertFalse(closer.isAlive());
        assertEquals(0, runningWhenCloseReturned.get(), "close() returned while the listener ran");
        assertEquals(0, backend.get(Counter.WLAN_HANDLES));
        backend.await(Counter.THREADS_RUNNING, 0);
        assertEquals(1, invocations.get(), "the running one finished; no other started");
    }

    @Test
    void closeFromAnotherThreadWhileCallbacksRunNeverDeadlocks() throws Exception {
        for (int i = 0; i < 30; i++) {
            WlanClient client = WlanClient.open(api);
            AtomicInteger seen = new AtomicInteger();
            CountDownLatch flowing = new CountDownLatch(1);
            client.subscribe(ACM, n -> {
                seen.incrementAndGet();
                flowing.countDown();
            });
            backend.notify(WlanNotificationSource.ACM, 1, IFACE, 2000);
            await(flowing);
            assertTimeoutPreemptively(Duration.ofSeconds(10), client::close);
            int atClose = seen.get();
            backend.await(Counter.THREADS_RUNNING, 0);
            assertTrue(seen.get() <= atClose + 1, "at most the listener already started may run after close");
        }
    }

    @Test
    void aThrowingListenerIsReportedAndOthersGoOn() throws Exception {
        try (LogCapture log = new LogCapture()) {
            CountDownLatch good = new CountDownLatch(10);
            wlan.subscribe(ACM, n -> {
                throw new IllegalStateException("listener bug " + sequence(n));
            });
            wlan.subscribe(ACM, n -> good.countDown());
            backend.notify(WlanNotificationSource.ACM, 1, IFACE, 10);
            await(good);
            backend.await(Counter.THREADS_RUNNING, 0);
            assertEquals(10, log.records().size());
            assertEquals("listener bug 0", log.records().get(0).getThrown().getMessage());
        }
    }

    @Test
    void aRegistrationFailureIsTypedAndLeavesNoListener() {
        backend.failNext("WlanRegisterNotification", 120); // as Wine answers
        WlanException e = assertThrows(WlanException.class, () -> wlan.subscribe(ACM, n -> { }));
        assertEquals(120, e.errorCode());
        assertEquals("WlanRegisterNotification", e.function());
        assertEquals(0, wlan.registeredNotificationMask());
        wlan.subscribe(ACM, n -> { }).close(); // and works afterwards
    }

    @Test
    void badArgumentsAndAClosedClientAreRejected() {
        assertThrows(NullPointerException.class, () -> wlan.subscribe(null, n -> { }));
        assertThrows(NullPointerException.class, () -> wlan.subscribe(ACM, null));
        assertThrows(IllegalArgumentException.class,
                () -> wlan.subscribe(EnumSet.noneOf(WlanNotificationSource.class), n -> { }));
        wlan.close();
        assertEquals("WlanClient is closed",
                assertThrows(IllegalStateException.class, () -> wlan.subscribe(ACM, n -> { })).getMessage());
        assertEquals(0, backend.calls("WlanRegisterNotification"));
    }

    /** Defect: the idiomatic immutable set made subscribe throw NullPointerException. */
    @Test
    void anImmutableSetOfSourcesIsAccepted() {
        wlan.subscribe(Set.of(WlanNotificationSource.ACM), n -> { }).close();
        Set<WlanNotificationSource> withNull = new java.util.HashSet<>(java.util.Arrays.asList(
                WlanNotificationSource.MSM, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> wlan.subscribe(withNull, n -> { }));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
    }

    /**
     * Defect: a listener could start after close() returned. Forced: a close() completes at
     * the seam where a delivery is about to decide whether to call the listener.
     */
    @Test
    void noListenerStartsAfterTheClientOrItsSubscriptionHasClosed() throws Exception {
        for (boolean wholeClient : new boolean[] {true, false}) {
            WlanClient client = WlanClient.open(api);
            AtomicInteger calls = new AtomicInteger();
            CountDownLatch closed = new CountDownLatch(1);
            WlanClient.Subscription s = client.subscribe(ACM, n -> calls.incrementAndGet());
            Seams.install(point -> {
                if (point == Seams.Point.BEFORE_LISTENER_CALL && closed.getCount() == 1) {
                    if (wholeClient) {
                        client.close();
                    } else {
                        s.close();
                    }
                    closed.countDown();
                }
            });
            try {
                backend.notify(WlanNotificationSource.ACM, 1, IFACE, 1);
                await(closed);
                backend.await(Counter.THREADS_RUNNING, 0);
            } finally {
                Seams.install(null);
                client.close();
            }
            assertEquals(0, calls.get(), (wholeClient ? "client" : "subscription") + " closed, yet called");
        }
    }

    /** Defect: the queue was unbounded; one stuck listener held every notification in the heap. */
    @Test
    void aStuckListenerCostsABoundedQueueAndTheDropsAreCountedAndLoggedOnce() throws Exception {
        int sent = Notifications.QUEUE_CAPACITY + 200;
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch queuedOnesDelivered = new CountDownLatch(1 + Notifications.QUEUE_CAPACITY);
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        try (LogCapture log = new LogCapture()) {
            wlan.subscribe(ACM, n -> {
                got.add(sequence(n));
                stuck.countDown();
                queuedOnesDelivered.countDown();
                WlanClientContractTest.await(release);
            });
            backend.notify(WlanNotificationSource.ACM, 1, IFACE, sent);
            await(stuck);
            backend.await(Counter.THREADS_RUNNING, 0); // all sent: 1 taken, a full queue, the rest dropped
            assertEquals(sent - 1 - Notifications.QUEUE_CAPACITY, wlan.droppedNotifications());
            release.countDown();
            await(queuedOnesDelivered);
            assertEquals(1 + Notifications.QUEUE_CAPACITY, got.size(), "the queued ones, in order");
            for (int i = 0; i < got.size(); i++) {
                assertEquals(i, got.get(i));
            }
            log.await(r -> r.getMessage().contains("dropped"), "the drops are logged"); // from a delivery thread
            assertEquals(1, log.records().stream().filter(r -> r.getMessage().contains("dropped")).count(),
                    "logged once");
        }
    }

    @Test
    void manyClientsUnderGcPressureGetEverything() throws Exception {
        int clients = 8;
        int perClient = 300;
        List<WlanClient> open = new ArrayList<>();
        CountDownLatch all = new CountDownLatch(clients * perClient);
        try {
            for (int c = 0; c < clients; c++) {
                WlanClient client = WlanClient.open(api);
                open.add(client);
                client.subscribe(ACM, n -> all.countDown());
            }
            backend.notify(WlanNotificationSource.ACM, 1, IFACE, perClient);
            for (int i = 0; i < 5; i++) {
                System.gc(); // callbacks must survive collections while registered
            }
            await(all);
        } finally {
            open.forEach(WlanClient::close);
        }
        assertFalse(open.get(0).isOpen());
    }
}
