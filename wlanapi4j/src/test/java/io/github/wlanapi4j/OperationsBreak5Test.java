package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fifth adversarial pass over operations (after cb5857b): each test forced a defect then and
 * passes since: a connect marked as reported whose notification the full queue then dropped; an
 * old notification ending a newer connect to the same profile; a disconnect whose call close()
 * skipped looking up the interface and reporting success.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsBreak5Test extends OperationsSuite {
    OperationsBreak5Test(Binding binding) {
        super(binding);
    }

    /**
     * The operations lane is busy (a slow read) and its queue full: connect A's
     * connection_complete arrives, arrived() marks A reported, and then the queue drops the
     * notification. Connect B is accepted but does not supersede A (reported), and nothing else
     * will settle A: it waits out its whole deadline. Before cb5857b, B cancelled it.
     */
    @Test
    void aConnectWhoseNotificationWasDroppedIsStillSuperseded() throws Exception {
        CountDownLatch inRead = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (WlanClient c = WlanClient.open(laneHeld(inRead, release, new AtomicInteger()))) {
            CompletableFuture<List<BssEntry>> scan = c.scan(OTHER);
            await(inRead); // the lane is held in the scan's read
            backend.set(Setting.REPORTS, 0);
            CompletableFuture<Connection> a = c.connect(IFACE, "Home", HOME_PROFILE.toXml(), Duration.ofSeconds(40));
            backend.notify(WlanNotificationSource.ACM, 1, IFACE, Notifications.QUEUE_CAPACITY + 50);
            assertTrue(eventually(() -> c.droppedNotifications() >= 50, 10_000), "the lane's queue is full");
            long dropped = c.droppedNotifications();
            backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE,
                    connectionData("Home", 0, WlanStructs.CN_SIZE));
            assertTrue(eventually(() -> c.droppedNotifications() > dropped, 10_000), "A's outcome was dropped");
            CompletableFuture<Connection> b = c.connect(IFACE, "Cafe", WlanProfile.open(Ssid.of("Cafe")).toXml(),
                    Duration.ofSeconds(40));
            release.countDown();
            done(scan);
            assertTrue(eventually(a::isDone, 5_000),
                    "A was neither settled nor superseded by B: it waits its 40 s deadline (pending "
                            + c.pendingOperations() + ")");
            assertInstanceOf(WlanCancelledException.class, failure(a));
            assertFalse(b.isDone());
        } finally {
            release.countDown();
        }
    }

    /**
     * A's failed connection_complete arrives while the lane is busy; the user retries: connect C to
     * the same profile, whose WlanConnect the service accepts after A's outcome arrived (arrived()
     * did not mark C). When the lane reads A's notification, take() ends every pending connect
     * of that profile: C fails with A's reason, and C's own outcome, which follows, is ignored.
     */
    @Test
    void aRetryAfterTheFailureArrivedIsNotFailedWithTheOldOutcome() throws Exception {
        CountDownLatch inRead = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (WlanClient c = WlanClient.open(laneHeld(inRead, release, new AtomicInteger()))) {
            CountDownLatch seen = new CountDownLatch(1);
            c.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                if (n.acmEvent().orElse(null) == AcmEvent.CONNECTION_COMPLETE) {
                    seen.countDown();
                }
            });
            CompletableFuture<List<BssEntry>> scan = c.scan(OTHER);
            await(inRead);
            backend.set(Setting.REPORTS, 0);
            CompletableFuture<Connection> a = c.connect(IFACE, HOME_PROFILE);
            backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE,
                    connectionData("Home", 0x11, WlanStructs.CN_SIZE));
            await(seen); // arrived() has run for it (before the listeners' queue got it)
            CompletableFuture<Connection> retry = c.connect(IFACE, HOME_PROFILE);
            release.countDown();
            done(scan);
            assertEquals(0x11, ((WlanException) failure(a)).reasonCode());
            assertTrue(c.awaitDelivered(Duration.ofSeconds(5)), "every notification read and settled");
            assertFalse(retry.isDone(), "the retry, made after A's outcome arrived, ended with A's outcome: "
                    + (retry.isDone() ? failure(retry) : null));
            backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE,
                    connectionData("Home", 0x22, WlanStructs.CN_SIZE));
            assertEquals(0x22, ((WlanException) failure(retry)).reasonCode());
        } finally {
            release.countDown();
        }
    }

    /** The client's pending operations (white box: the list Operations guards). */
    @SuppressWarnings("unchecked")
    private static List<Object> pendingOf(WlanClient c) throws Exception {
        java.lang.reflect.Method m = WlanClient.class.getDeclaredMethod("operations");
        m.setAccessible(true);
        Object ops = m.invoke(c);
        java.lang.reflect.Field f = Operations.class.getDeclaredField("pending");
        f.setAccessible(true);
        return (List<Object>) f.get(ops);
    }

    /**
     * A disconnect added before close() whose start then finds the client closed makes no
     * WlanDisconnect, as designed; but while close() still waits for another start (a slow
     * WlanConnect), disconnect() goes on to "look": WlanEnumInterfaces is called after close()
     * began, and the disconnect that was never made completes successfully instead of being
     * cancelled.
     */
    @Test
    void aDisconnectSkippedBecauseOfCloseMakesNoQueryAndIsCancelled() throws Exception {
        CountDownLatch inRegister = new CountDownLatch(1);
        CountDownLatch releaseRegister = new CountDownLatch(1);
        CountDownLatch connectInCall = new CountDownLatch(1);
        CountDownLatch releaseConnect = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicInteger callsAfterClose = new AtomicInteger();
        AtomicInteger registers = new AtomicInteger();
        WlanApi proxy = intercepted(api, (m, args) -> {
            if (closing.get() && !m.getName().equals("WlanRegisterNotification") && !m.getName().equals("WlanCloseHandle")
                    && !m.getName().equals("WlanFreeMemory")) {
                callsAfterClose.incrementAndGet();
                System.err.println("after close began: " + m.getName());
            }
            if (m.getName().equals("WlanRegisterNotification") && registers.incrementAndGet() == 1) {
                inRegister.countDown();
                await(releaseRegister);
            }
            if (m.getName().equals("WlanConnect")) {
                connectInCall.countDown();
                await(releaseConnect);
            }
        });
        WlanClient c = WlanClient.open(proxy);
        CountDownLatch releaseMonitor = new CountDownLatch(1);
        try {
            AtomicReference<CompletableFuture<Void>> d = new AtomicReference<>();
            Thread td = new Thread(() -> d.set(c.disconnect(IFACE)));
            td.start();
            await(inRegister); // D was added; its start subscribes (holding the operations' lock)
            List<Object> pending = pendingOf(c);
            assertTrue(eventually(() -> pending.size() == 1, 5_000));
            Object dOp = pending.get(0);
            CountDownLatch held = new CountDownLatch(1);
            Thread holder = new Thread(() -> {
                synchronized (dOp) { // the monitor start() takes for a disconnect
                    held.countDown();
                    await(releaseMonitor);
                }
            });
            holder.start();
            await(held);
            releaseRegister.countDown();
            assertTrue(eventually(() -> td.getState() == Thread.State.BLOCKED, 5_000), "D waits at its call");
            AtomicReference<CompletableFuture<Connection>> a = new AtomicReference<>();
            Thread ta = new Thread(() -> a.set(c.connect(IFACE, HOME_PROFILE)));
            ta.start();
            await(connectInCall); // A's start is in WlanConnect: close() will wait for it
            Thread tc = new Thread(() -> {
                closing.set(true);
                c.close();
            });
            tc.start();
            assertTrue(eventually(() -> tc.getState() == Thread.State.WAITING, 5_000), "close() waits for the starts");
            releaseMonitor.countDown(); // D's start finds the client closed and makes no call
            td.join(5_000);
            releaseConnect.countDown(); // A's start ends; close() goes on and cancels D (not before)
            Throwable dOutcome = d.get().handle((v, e) -> e).get(10, java.util.concurrent.TimeUnit.SECONDS);
            tc.join(10_000);
            ta.join(5_000);
            String observed = "native calls after close() began: " + callsAfterClose.get() + "; the disconnect ended with "
                    + (dOutcome == null ? "success" : dOutcome.toString());
            assertEquals(0, callsAfterClose.get(), observed);
            assertInstanceOf(WlanCancelledException.class, dOutcome, observed);
        } finally {
            releaseRegister.countDown();
            releaseMonitor.countDown();
            releaseConnect.countDown();
            c.close();
            assertEquals(0, c.pendingOperations());
        }
    }
}
