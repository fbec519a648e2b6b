package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The service's threads as the JVM sees them (CallingConvention.KEEP_THREADS_ATTACHED): kept
 * attached between callbacks where that is safe, attached for each call on Windows, and in both
 * cases no notification lost and no JVM thread left once the native threads end. Each test runs
 * beside the two things that make a thread's end dangerous on Windows (a garbage collection, which
 * a detaching thread waits for, and Java threads starting, which wait for the loader lock), and
 * in the Wine lane on Windows' thread model. Stand-in only: the simulator's threads are Java
 * threads.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = Binding.class, names = {"DIRECT", "INTERFACE"})
class CallbackThreadsTest extends ContractSuite {
    static final UUID IFACE = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");

    /** Every thread that ran the notification callback, by identity. */
    private final Set<Thread> callbackThreads = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final AtomicBoolean pressing = new AtomicBoolean(true);
    private final List<Thread> pressure = new CopyOnWriteArrayList<>();

    CallbackThreadsTest(Binding binding) {
        super(binding);
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        Seams.install(null);
        pressing.set(false);
        for (Thread t : pressure) {
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
        if (backend instanceof StandIn) { // null when the stand-in is missing (the test skipped)
            ((StandIn) backend).control.standin_senders_stop();
            backend.await(Counter.SENDERS_RUNNING, 0);
        }
    }

    /** Records the callbacks' threads, and starts threads and collections until the test ends. */
    private void watchAndPress() {
        Seams.install(point -> {
            if (point == Seams.Point.IN_NOTIFICATION_CALLBACK) {
                callbackThreads.add(Thread.currentThread());
            }
        });
        Thread starter = new Thread(() -> {
            while (pressing.get()) {
                Thread t = new Thread(() -> { });
                t.start();
                try {
                    t.join();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "pressure-thread-starts");
        Thread collector = new Thread(() -> {
            while (pressing.get()) {
                System.gc();
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2)); // a pace, not a wait: collections stay frequent
            }
        }, "pressure-gc");
        pressure.add(starter);
        pressure.add(collector);
        starter.start();
        collector.start();
    }

    /** Waits until every thread that ran a callback has left the JVM (an attached thread's end is its detach). */
    private void assertNoCallbackThreadLeft() throws InterruptedException {
        List<Thread> threads;
        synchronized (callbackThreads) {
            threads = List.copyOf(callbackThreads);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            assertFalse(t.isAlive(), t + " is still attached after its native thread ended");
        }
    }

    /**
     * Windows calls back on threads it keeps. Four long-lived native threads send 500 each: every
     * one arrives; kept attached, they ran on four daemon JVM threads (not 2,000), named so; once
     * the native threads end, those JVM threads are gone.
     */
    @Test
    void longLivedServiceThreadsLoseNothingAndLeaveNothing() throws Exception {
        int senders = 4;
        int each = 500;
        CountDownLatch all = new CountDownLatch(senders * each);
        Semaphore inFlight = new Semaphore(64);
        StandIn.Control control = ((StandIn) backend).control;
        byte[] guid = StandIn.guidBytes(IFACE);
        watchAndPress();
        try (WlanClient wlan = WlanClient.open(api);
                WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                    all.countDown();
                    inFlight.release();
                })) {
            for (int i = 0; i < senders * each; i++) {
                assertTrue(inFlight.tryAcquire(20, TimeUnit.SECONDS), "a notification was lost: "
                        + all.getCount() + " of " + senders * each + " missing");
                assertEquals(1, control.standin_sender_send(i % senders, WlanNotificationSource.ACM.bits(), 1, guid));
            }
            assertTrue(all.await(20, TimeUnit.SECONDS), all.getCount() + " notifications lost");
        }
        pressing.set(false);
        if (CallingConvention.KEEP_THREADS_ATTACHED) {
            assertTrue(callbackThreads.size() <= senders, callbackThreads.size() + " JVM threads for " + senders
                    + " native ones: the service's threads were not kept attached");
            for (Thread t : List.copyOf(callbackThreads)) {
                assertEquals(CallingConvention.SERVICE_THREAD_NAME, t.getName());
                assertTrue(t.isDaemon(), t + " would keep the JVM alive");
            }
        } else {
            assertTrue(callbackThreads.size() > senders, "on Windows each callback attaches anew (JNA's default)");
        }
        control.standin_senders_stop();
        backend.await(Counter.SENDERS_RUNNING, 0);
        assertNoCallbackThreadLeft();
    }

    /**
     * The Wi-Fi Direct completion callback is the library's other service callback: kept attached
     * the same way (named so, a daemon), or attached per call on Windows; and it too leaves no JVM
     * thread behind once the service's thread ends.
     */
    @Test
    void wifiDirectCompletionsRunOnServiceThreadsTheSameWay() throws Exception {
        MacAddress peer = MacAddress.parse("02:11:22:33:44:55");
        backend.peer(peer, 0, 0, 0, IFACE);
        Seams.install(point -> {
            if (point == Seams.Point.IN_OPEN_COMPLETE_CALLBACK) {
                callbackThreads.add(Thread.currentThread());
            }
        });
        try (WfdClient wfd = WfdClient.open(api)) {
            for (int i = 0; i < 3; i++) {
                wfd.openSession(peer, java.time.Duration.ofSeconds(10)).close();
            }
        }
        assertEquals(3, callbackThreads.size(), "one completion per open, each on the stand-in's thread of that open");
        for (Thread t : List.copyOf(callbackThreads)) {
            assertEquals(CallingConvention.KEEP_THREADS_ATTACHED, t.getName().equals(CallingConvention.SERVICE_THREAD_NAME),
                    t.getName());
            assertTrue(t.isDaemon() || !CallingConvention.KEEP_THREADS_ATTACHED, t + " would keep the JVM alive");
        }
        backend.await(Counter.THREADS_RUNNING, 0);
        assertNoCallbackThreadLeft();
    }

    /**
     * 2,000 service threads that each end after one callback (as standin_notify's do): the ends
     * that, with threads kept attached on Windows, lost every callback after about 1,400 under
     * Wine. None is lost here, and no JVM thread outlives its native thread.
     */
    @Test
    void twoThousandServiceThreadsThatEndLoseNothingAndLeaveNothing() throws Exception {
        int total = 2_000;
        CountDownLatch all = new CountDownLatch(total);
        Semaphore inFlight = new Semaphore(64);
        watchAndPress();
        try (WlanClient wlan = WlanClient.open(api);
                WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                    all.countDown();
                    inFlight.release();
                })) {
            for (int i = 0; i < total; i++) {
                assertTrue(inFlight.tryAcquire(20, TimeUnit.SECONDS), "a notification was lost: "
                        + all.getCount() + " of " + total + " missing");
                backend.notify(WlanNotificationSource.ACM, 1, IFACE, 1);
            }
            assertTrue(all.await(20, TimeUnit.SECONDS), all.getCount() + " notifications lost");
        }
        pressing.set(false);
        backend.await(Counter.THREADS_RUNNING, 0);
        assertNoCallbackThreadLeft();
    }
}
