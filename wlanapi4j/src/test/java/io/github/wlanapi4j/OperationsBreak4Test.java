package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fourth adversarial pass over operations and delivery after 8ed7e3b: each test forces a
 * defect and fails on that commit.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsBreak4Test extends OperationsSuite {
    OperationsBreak4Test(Binding binding) {
        super(binding);
    }

    /** A proxy whose first WlanConnect signals {@code inCall} and waits for {@code release}; counts WlanConnects. */
    private WlanApi firstConnectHeld(AtomicInteger connects, CountDownLatch inCall, CountDownLatch release) {
        return intercepted(api, (m, args) -> {
            if (m.getName().equals("WlanConnect") && connects.incrementAndGet() == 1) {
                inCall.countDown();
                await(release);
            }
        });
    }

    // ---- 1. A connect queued behind another's WlanConnect is called after it was abandoned ----------

    /**
     * Connect A is in its WlanConnect (a slow call); connect B, on another thread, passed its
     * "still pending?" check and waits for the connectCalls lock. B's deadline passes meanwhile:
     * its only caller leaves, so B is abandoned and leaves pending. Once A's call returns, B's
     * WlanConnect is made all the same (the check is not repeated under the lock), the service
     * accepts it, and B "supersedes" A: the interface switches to the profile whose connect
     * already failed with WlanTimeoutException, and A, the live connect, fails as superseded.
     */
    @Test
    void aConnectAbandonedWhileQueuedForItsCallMakesNoCall() throws Exception {
        backend.set(Setting.CONNECT_DELAY_MS, 300);
        AtomicInteger connects = new AtomicInteger();
        CountDownLatch aInCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> bThread = new AtomicReference<>();
        CountDownLatch bAtItsCall = new CountDownLatch(1);
        Seams.install(point -> {
            if (point == Seams.Point.BEFORE_CONNECT_CALL && Thread.currentThread() == bThread.get()) {
                bAtItsCall.countDown(); // passed the pending check; next, the connectCalls lock
            }
        });
        try (WlanClient client = WlanClient.open(firstConnectHeld(connects, aInCall, release))) {
            AtomicReference<CompletableFuture<Connection>> a = new AtomicReference<>();
            AtomicReference<CompletableFuture<Connection>> b = new AtomicReference<>();
            Thread ta = new Thread(() -> a.set(client.connect(IFACE, "Home", HOME_PROFILE.toXml(),
                    Duration.ofSeconds(30))));
            Thread tb = new Thread(() -> b.set(client.connect(IFACE, "Cafe", WlanProfile.open(Ssid.of("Cafe")).toXml(),
                    Duration.ofMillis(300))));
            bThread.set(tb);
            try {
                ta.start();
                await(aInCall); // A is inside WlanConnect, holding connectCalls
                tb.start();
                await(bAtItsCall);
                assertTrue(eventually(() -> tb.getState() == Thread.State.BLOCKED, 5_000), "B waits for connectCalls");
                // B's 300 ms deadline passes: its only caller leaves, and B leaves pending.
                assertTrue(eventually(() -> client.pendingOperations() == 1, 5_000), "B was abandoned");
            } finally {
                release.countDown();
            }
            ta.join(10_000);
            tb.join(10_000);
            assertFalse(ta.isAlive() || tb.isAlive());
            assertInstanceOf(WlanTimeoutException.class, failure(b.get()));
            backend.await(Counter.OPS_PENDING, 0);
            assertTrue(client.awaitDelivered(Duration.ofSeconds(5)));
            Throwable aOutcome = a.get().handle((c, e) -> e).get(10, TimeUnit.SECONDS);
            String connectedTo = client.connection(IFACE).map(Connection::profileName).orElse("nothing");
            assertEquals(1, connects.get(), "B, abandoned before its call, still made its WlanConnect: the interface"
                    + " connected to " + connectedTo + ", and A ended with " + aOutcome);
        }
    }

    /**
     * The same queue, ended by close(): close() waits for the starts in progress, and B, queued
     * for connectCalls before close() began, makes its WlanConnect after close() was called
     * although close is about to cancel it. The interface connects to B's profile after the
     * client was closed, and B's future says the client was closed before it had an outcome.
     */
    @Test
    void aConnectQueuedForItsCallWhenCloseBeginsMakesNoCall() throws Exception {
        backend.set(Setting.CONNECT_DELAY_MS, 100);
        AtomicInteger connects = new AtomicInteger();
        CountDownLatch aInCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> bThread = new AtomicReference<>();
        CountDownLatch bAtItsCall = new CountDownLatch(1);
        Seams.install(point -> {
            if (point == Seams.Point.BEFORE_CONNECT_CALL && Thread.currentThread() == bThread.get()) {
                bAtItsCall.countDown();
            }
        });
        WlanClient client = WlanClient.open(firstConnectHeld(connects, aInCall, release));
        AtomicReference<CompletableFuture<Connection>> b = new AtomicReference<>();
        Thread ta = new Thread(() -> client.connect(IFACE, "Home", HOME_PROFILE.toXml(),
                Duration.ofSeconds(30)));
        Thread tb = new Thread(() -> b.set(client.connect(IFACE, "Cafe", WlanProfile.open(Ssid.of("Cafe")).toXml(),
                Duration.ofSeconds(30))));
        Thread closer = new Thread(client::close);
        bThread.set(tb);
        try {
            ta.start();
            await(aInCall);
            tb.start();
            await(bAtItsCall);
            assertTrue(eventually(() -> tb.getState() == Thread.State.BLOCKED, 5_000), "B waits for connectCalls");
            closer.start();
            assertTrue(eventually(() -> closer.getState() == Thread.State.WAITING, 5_000), "close() waits for starts");
        } finally {
            release.countDown();
        }
        ta.join(10_000);
        tb.join(10_000);
        closer.join(10_000);
        assertFalse(ta.isAlive() || tb.isAlive() || closer.isAlive());
        assertInstanceOf(WlanCancelledException.class, failure(b.get()));
        assertEquals(1, connects.get(), "B's WlanConnect was made after close() was called, for a connect close()"
                + " then cancelled");
    }

    // ---- 2. A malformed outcome read while close() waits is reported as a cancellation ---------------

    /**
     * The operations lane reads the BSS list after scan_complete; close() begins meanwhile and
     * waits for that read (8ed7e3b). The read's buffer is malformed (IllegalStateException naming
     * the field): settleTaken sees an IllegalStateException and a closed Operations and reports
     * WlanCancelledException, "closed before the scan had an outcome". But close() waited for the
     * read, the handle was open throughout, and a well-formed read at the same moment completes
     * the scan with its list: the outcome is the malformed buffer's failure.
     */
    @Test
    void aMalformedBufferReadWhileCloseWaitsIsNotReportedAsCancelled() throws Exception {
        assumeTrue(binding != Binding.SIMULATED, "only the stand-in hands out malformed buffers (setting CORRUPT)");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        WlanApi proxy = intercepted(api, (m, args) -> {
            if (m.getName().equals("WlanRegisterNotification") && ((Integer) args[1]) == 0) {
                closing.countDown(); // close() has closed the operations and is unregistering
            }
            if (m.getName().equals("WlanGetNetworkBssList") && CallbackContexts.onDeliveryThread()) {
                reading.countDown();
                await(closing);
            }
        });
        // Control: the same read without close() fails the scan with the malformed buffer's error.
        backend.set(Setting.CORRUPT, 1);
        Throwable control = failure(wlan.scan(IFACE));
        assertInstanceOf(IllegalStateException.class, control);
        assertTrue(control.getMessage().contains("malformed"), control.getMessage());

        WlanClient client = WlanClient.open(proxy);
        CompletableFuture<List<BssEntry>> scan = client.scan(IFACE);
        await(reading); // the lane took the scan and is about to read its BSS list
        client.close(); // waits for the read, which goes on once close() has begun
        Throwable e = failure(scan);
        assertInstanceOf(IllegalStateException.class, e, "the malformed BSS list, read with the handle open, was"
                + " reported as: " + e);
    }

    // ---- 3. supersede cancels a connect whose success was received before the superseding call ------

    /**
     * Connect A (Home) succeeds and its connection_complete reaches the client (a listener sees
     * it) while the operations lane is still reading an earlier outcome (a slow BSS list). Then
     * connect B (Cafe) is called and accepted: supersede(B) cancels A, which is still pending only
     * because its outcome is queued, as "superseded by a connect to Cafe". The service never
     * superseded A: A's attempt had completed before B's call was made.
     */
    @Test
    void aConnectWhoseSuccessArrivedBeforeALaterCallIsNotSuperseded() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WlanApi proxy = intercepted(api, (m, args) -> {
            if (m.getName().equals("WlanGetNetworkBssList") && CallbackContexts.onDeliveryThread()
                    && reading.getCount() > 0) {
                reading.countDown();
                await(release);
            }
        });
        CountDownLatch homeConnected = new CountDownLatch(1);
        try (WlanClient client = WlanClient.open(proxy);
                WlanClient.Subscription s = client.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                    if (n.acmEvent().orElse(AcmEvent.UNKNOWN) == AcmEvent.CONNECTION_COMPLETE) {
                        homeConnected.countDown();
                    }
                })) {
            CompletableFuture<List<BssEntry>> scan;
            CompletableFuture<Connection> a;
            CompletableFuture<Connection> b;
            try {
                scan = client.scan(IFACE);
                await(reading); // the operations lane is busy reading the scan's BSS list
                a = client.connect(IFACE, "Home", HOME_PROFILE.toXml(), Duration.ofSeconds(30));
                await(homeConnected); // A's connection_complete has been received by the client
                backend.await(Counter.OPS_PENDING, 0);
                assertEquals("Home", client.connection(IFACE).orElseThrow().profileName(), "A connected");
                b = client.connect(IFACE, "Cafe", WlanProfile.open(Ssid.of("Cafe")).toXml(), Duration.ofSeconds(30));
            } finally {
                release.countDown();
            }
            done(scan);
            done(b);
            Throwable aOutcome = a.handle((c, e) -> e).get(10, TimeUnit.SECONDS);
            assertEquals(null, aOutcome, "A connected, and the client received its connection_complete before B's"
                    + " call was made; A failed with: " + aOutcome);
        }
    }
}
