package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Random sequences of operations (opens, closes, double closes, use after close, borrows,
 * subscriptions, notifications, Wi-Fi Direct opens, cancels, session closes, legacy sessions,
 * injected faults, the service stopping and restarting) against the library over the stand-in.
 * A small model predicts each outcome; after every step the library, the model and the stand-in
 * must agree, and the stand-in's invariants must hold.
 *
 * <p>A failure names its seed; {@code -Dwlanapi4j.seed=N} runs just that one again.
 */
class ModelBasedTest {
    static final int SEEDS = Integer.getInteger("wlanapi4j.seeds", 100);
    static final int STEPS = Integer.getInteger("wlanapi4j.steps", 500);
    static final Long ONLY_SEED = Long.getLong("wlanapi4j.seed");
    static final UUID IFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    static final String[] FAULTY = {"WlanOpenHandle", "WlanCloseHandle", "WFDOpenHandle", "WFDStartOpenSession"};
    static final int[] CODES = {5, 8, 87, 1722, 1726, 5023};
    /** Counted across all runs, for the report. */
    static final AtomicInteger OPERATIONS = new AtomicInteger();
    static final AtomicInteger FAULTS = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> randomSequences() {
        LongStream seeds = ONLY_SEED != null ? LongStream.of(ONLY_SEED)
                : LongStream.range(0, SEEDS).map(i -> 0x5EED0000L + i);
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            StandIn standIn = StandIn.require();
            new Run(standIn, new Random(seed), seed, true).go(STEPS);
        }));
    }

    /** The same operations on four threads at once, each with its own clients, plus one shared client. */
    @Test
    void randomSequencesOnSeveralThreads() throws Exception {
        StandIn standIn = StandIn.require();
        standIn.set(Setting.WLAN_LIMIT, 1000); // the limit is global: not predictable per thread
        standIn.set(Setting.WFD_LIMIT, 1000);
        WlanClient shared = WlanClient.open(standIn.directBinding());
        int threads = 4;
        long seed = ONLY_SEED != null ? ONLY_SEED : 0xC0FFEEL;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicInteger sharedCalls = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            long threadSeed = seed + t;
            int closer = t;
            new Thread(() -> {
                try {
                    Run run = new Run(standIn, new Random(threadSeed), threadSeed, false);
                    run.shared = shared;
                    run.sharedCalls = sharedCalls;
                    run.closesShared = closer == 0;
                    run.go(STEPS);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        assertTrue(done.await(120, TimeUnit.SECONDS), "the threads did not finish");
        if (failure.get() != null) {
            throw new AssertionError("seed " + seed + " (threads use seed+0..3)", failure.get());
        }
        shared.close();
        standIn.await(Counter.THREADS_RUNNING, 0);
        assertEquals(0, standIn.get(Counter.WLAN_HANDLES));
        assertEquals(0, standIn.get(Counter.WFD_HANDLES));
        assertEquals(0, standIn.get(Counter.SESSIONS));
        standIn.assertInvariants();
        System.out.println("[model] " + OPERATIONS.get() + " operations, " + FAULTS.get() + " faults injected, "
                + sharedCalls.get() + " calls on the shared client");
    }

    /** One random sequence and its model. */
    static final class Run {
        final StandIn standIn;
        final WlanApi api;
        final Random random;
        final long seed;
        /** Single-threaded: predicts global counts, injects faults, stops the service. */
        final boolean solo;
        final Deque<String> recent = new ArrayDeque<>();
        final List<WlanClient> wlanOpen = new ArrayList<>();
        final List<WlanClient> wlanClosed = new ArrayList<>();
        final List<WlanClient.Subscription> subscriptions = new ArrayList<>();
        final List<WfdClient> wfdOpen = new ArrayList<>();
        final List<WfdClient> wfdClosed = new ArrayList<>();
        final List<CompletableFuture<WfdSession>> futures = new ArrayList<>();
        final List<WfdSession> sessions = new ArrayList<>();
        String pendingFault; // function whose next call fails
        int pendingCode;
        int wlanKeptByFault; // handles an injected close failure left open on the native side
        int wfdKeptByFault;
        boolean serviceRunning = true;
        WlanClient shared;
        AtomicInteger sharedCalls;
        boolean closesShared;

        Run(StandIn standIn, Random random, long seed, boolean solo) {
            this.standIn = standIn;
            this.api = standIn.directBinding();
            this.random = random;
            this.seed = seed;
            this.solo = solo;
        }

        void go(int steps) {
            int step = 0;
            try {
                for (; step < steps; step++) {
                    step(step);
                    OPERATIONS.incrementAndGet();
                    if (solo) {
                        check();
                    }
                }
                finish();
            } catch (Throwable e) {
                throw new AssertionError("seed " + seed + ", step " + step + "; last steps: " + recent, e);
            }
        }

        void log(String op) {
            recent.addLast(op);
            if (recent.size() > 15) {
                recent.removeFirst();
            }
        }

        <T> T any(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        /** Runs {@code op}, expecting the exception type for {@code code}, or none for 0. */
        void expect(int code, Runnable op) {
            try {
                op.run();
                if (code != 0) {
                    fail("expected " + ErrorTable.describeCode(code) + ", but it succeeded");
                }
            } catch (WlanException e) {
                if (code == 0) {
                    throw e;
                }
                assertEquals(WlanException.of("x", code).getClass(), e.getClass());
                assertEquals(code, e.errorCode());
            }
        }

        /** The code the next call of {@code function} will return first: an injected fault, else 0. */
        int takeFault(String function) {
            if (function.equals(pendingFault)) {
                pendingFault = null;
                return pendingCode;
            }
            return 0;
        }

        void step(int step) throws Exception {
            int op = random.nextInt(solo ? 17 : 14);
            switch (op) {
                case 0: { // open a WLAN client
                    log("openWlan");
                    int fault = takeFault("WlanOpenHandle");
                    int code = fault != 0 ? fault : !serviceRunning ? 1062
                            : solo && wlanOpen.size() + wlanKeptByFault >= 16 ? 1220 : 0;
                    expect(code, () -> wlanOpen.add(WlanClient.open(api)));
                    break;
                }
                case 1: { // close one
                    if (wlanOpen.isEmpty()) {
                        break;
                    }
                    WlanClient c = any(wlanOpen);
                    log("closeWlan");
                    int fault = takeFault("WlanCloseHandle");
                    wlanOpen.remove(c);
                    wlanClosed.add(c);
                    expect(fault, c::close);
                    if (fault != 0) {
                        wlanKeptByFault++;
                    }
                    break;
                }
                case 2: { // close again, use after close: no native call
                    if (wlanClosed.isEmpty()) {
                        break;
                    }
                    WlanClient c = any(wlanClosed);
                    log("reuseClosedWlan");
                    int closes = standIn.calls("WlanCloseHandle");
                    c.close();
                    try {
                        c.withHandle(standIn::enumInterfaces);
                        fail("use after close did not throw");
                    } catch (IllegalStateException expected) {
                        // no native call
                    }
                    if (solo) {
                        assertEquals(closes, standIn.calls("WlanCloseHandle"));
                    }
                    break;
                }
                case 3: { // a borrowed raw call
                    if (wlanOpen.isEmpty()) {
                        break;
                    }
                    log("borrow");
                    // a handle opened before the service stopped answers 1062 while it is stopped
                    assertEquals(serviceRunning ? 0 : 1062, (int) any(wlanOpen).withHandle(standIn::enumInterfaces));
                    break;
                }
                case 4: { // subscribe, or end a subscription
                    if (!subscriptions.isEmpty() && random.nextBoolean()) {
                        log("unsubscribe");
                        WlanClient.Subscription s = subscriptions.remove(random.nextInt(subscriptions.size()));
                        try {
                            s.close();
                        } catch (WlanServiceNotActiveException stopped) {
                            // narrowing the registration needs the service; the listener is gone anyway
                        }
                    } else if (!wlanOpen.isEmpty()) {
                        log("subscribe");
                        WlanClient c = any(wlanOpen);
                        WlanNotificationSource source = random.nextBoolean() ? WlanNotificationSource.ACM
                                : WlanNotificationSource.MSM;
                        try {
                            subscriptions.add(c.subscribe(EnumSet.of(source), n -> { }));
                        } catch (WlanServiceNotActiveException e) {
                            assertTrue(!serviceRunning, "1062 with the service running");
                        }
                    }
                    break;
                }
                case 5: { // notifications flow
                    log("notify");
                    standIn.notify(WlanNotificationSource.ACM, 1, IFACE, 1 + random.nextInt(20));
                    break;
                }
                case 6: { // open a Wi-Fi Direct client
                    log("openWfd");
                    int fault = takeFault("WFDOpenHandle");
                    int code = fault != 0 ? fault : !serviceRunning ? 1062
                            : solo && wfdOpen.size() + wfdKeptByFault >= 16 ? 1220 : 0;
                    expect(code, () -> wfdOpen.add(WfdClient.open(api)));
                    break;
                }
                case 7:
                case 8: { // start an open
                    if (wfdOpen.isEmpty()) {
                        break;
                    }
                    MacAddress peer = MacAddress.of(new byte[] {2, 0, 0, 0, (byte) random.nextInt(4), (byte) seed});
                    int[] errors = {0, 0, 0, 5023, 1722};
                    standIn.peer(peer, random.nextInt(4), errors[random.nextInt(errors.length)], 3, IFACE);
                    log("startOpen " + peer);
                    int fault = takeFault("WFDStartOpenSession");
                    CompletableFuture<WfdSession> f = any(wfdOpen).startOpenSession(peer);
                    if (fault != 0 || !serviceRunning) {
                        assertTrue(f.isCompletedExceptionally(), "a synchronous failure fails the future at once");
                    }
                    futures.add(f);
                    break;
                }
                case 9: { // cancel one
                    if (futures.isEmpty()) {
                        break;
                    }
                    log("cancel");
                    any(futures).cancel(random.nextBoolean());
                    break;
                }
                case 10: { // collect finished opens; close some sessions
                    log("sessions");
                    for (CompletableFuture<WfdSession> f : new ArrayList<>(futures)) {
                        if (f.isDone()) {
                            futures.remove(f);
                            if (!f.isCompletedExceptionally() && !f.isCancelled()) {
                                sessions.add(f.join());
                            }
                        }
                    }
                    if (!sessions.isEmpty()) {
                        WfdSession s = sessions.remove(random.nextInt(sessions.size()));
                        s.close();
                        s.close();
                    }
                    break;
                }
                case 11: { // a legacy session
                    if (wfdOpen.isEmpty()) {
                        break;
                    }
                    log("legacy");
                    MacAddress peer = MacAddress.parse("0a:00:00:00:00:01");
                    standIn.peer(peer, 0, 0, 0, IFACE);
                    try {
                        sessions.add(any(wfdOpen).openLegacySession(peer));
                    } catch (WlanServiceNotActiveException e) {
                        assertTrue(!serviceRunning);
                    }
                    break;
                }
                case 12: { // close a Wi-Fi Direct client (ends its sessions and opens)
                    if (wfdOpen.isEmpty()) {
                        break;
                    }
                    WfdClient c = any(wfdOpen);
                    log("closeWfd");
                    wfdOpen.remove(c);
                    wfdClosed.add(c);
                    c.close();
                    try {
                        c.startOpenSession(MacAddress.parse("02:00:00:00:00:00"));
                        fail("use after close did not throw");
                    } catch (IllegalStateException expected) {
                        // no native call
                    }
                    break;
                }
                case 13: { // the shared client (concurrent runs only), or a no-op
                    if (shared == null) {
                        break;
                    }
                    if (closesShared && random.nextInt(50) == 0) {
                        log("closeShared");
                        shared.close();
                    } else {
                        log("borrowShared");
                        try {
                            assertEquals(0, (int) shared.withHandle(standIn::enumInterfaces));
                            sharedCalls.incrementAndGet();
                        } catch (IllegalStateException closed) {
                            // closed by the other thread: no native call was made
                        }
                    }
                    break;
                }
                case 14: { // inject a fault into the next call of a function
                    if (pendingFault != null) {
                        break;
                    }
                    pendingFault = FAULTY[random.nextInt(FAULTY.length)];
                    pendingCode = CODES[random.nextInt(CODES.length)];
                    log("fault " + pendingFault + " " + pendingCode);
                    standIn.failNext(pendingFault, pendingCode);
                    FAULTS.incrementAndGet();
                    break;
                }
                case 15: { // the service stops, or starts again
                    serviceRunning = !serviceRunning;
                    log(serviceRunning ? "serviceStart" : "serviceStop");
                    standIn.set(Setting.SERVICE_RUNNING, serviceRunning ? 1 : 0);
                    break;
                }
                default: { // a WFD client close that fails
                    if (wfdOpen.isEmpty() || pendingFault != null) {
                        break;
                    }
                    WfdClient c = any(wfdOpen);
                    log("closeWfd with fault");
                    wfdOpen.remove(c);
                    wfdClosed.add(c);
                    standIn.failNext("WFDCloseHandle", 1722);
                    FAULTS.incrementAndGet();
                    expect(1722, c::close);
                    wfdKeptByFault++;
                    break;
                }
            }
        }

        /** After every step of a solo run: the stand-in agrees with the model. */
        void check() {
            assertEquals(wlanOpen.size() + wlanKeptByFault, standIn.get(Counter.WLAN_HANDLES), "WLAN handles");
            assertEquals(wfdOpen.size() + wfdKeptByFault, standIn.get(Counter.WFD_HANDLES), "WFD handles");
            assertEquals(0, standIn.get(Counter.STALE_CALLS), "stale-handle calls");
            assertEquals(0, standIn.get(Counter.CLOSE_RACES), "closes under a call in flight");
            assertEquals(0, standIn.get(Counter.CALLBACK_THREAD_CLOSES), "closes on a callback thread");
        }

        /** Ends everything; every future completes, nothing is left but what faults kept. */
        void finish() throws Exception {
            log("finish");
            if (pendingFault != null) {
                standIn.stopFailing(pendingFault);
            }
            if (solo) {
                standIn.set(Setting.SERVICE_RUNNING, 1);
            }
            subscriptions.clear();
            wlanOpen.forEach(WlanClient::close);
            wfdOpen.forEach(WfdClient::close);
            sessions.forEach(WfdSession::close);
            for (CompletableFuture<WfdSession> f : futures) {
                try {
                    f.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException | java.util.concurrent.CancellationException ended) {
                    // completed, one way or another
                }
            }
            if (solo) {
                standIn.await(Counter.THREADS_RUNNING, 0);
                assertEquals(wlanKeptByFault, standIn.get(Counter.WLAN_HANDLES));
                assertEquals(wfdKeptByFault, standIn.get(Counter.WFD_HANDLES));
                standIn.assertInvariantsIgnoringOrphans(wfdKeptByFault > 0);
                standIn.reset();
            }
        }
    }
}
