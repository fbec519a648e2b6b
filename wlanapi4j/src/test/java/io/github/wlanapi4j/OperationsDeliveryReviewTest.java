package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The second adversarial review of operations and delivery (issue 18): each test forces one
 * defect the review reproduced, failed before its fix, and passes since. Run against the stand-in
 * (both mappings) and the simulator.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsDeliveryReviewTest extends OperationsSuite {
    private static final EnumSet<WlanNotificationSource> ACM = EnumSet.of(WlanNotificationSource.ACM);

    OperationsDeliveryReviewTest(Binding binding) {
        super(binding);
    }

    // ---- 1. An abandoned scan stranded the interface ------------------------------------------

    /**
     * DEFECT: the one caller of a scan the service never answers gives up early (cancel,
     * orTimeout, or completing the future itself); its deadline was the only thing that would
     * settle the native scan, so the interface stayed "scanning" for an hour: the next scan joined
     * it, never called WlanScan, and timed out.
     */
    @Test
    void aScanEveryCallerAbandonedLeavesNothingPendingAndTheNextScanStartsAfresh() throws Exception {
        List<UnaryOperator<CompletableFuture<List<BssEntry>>>> abandon = List.of(
                f -> {
                    f.cancel(true);
                    return f;
                },
                f -> f.orTimeout(300, TimeUnit.MILLISECONDS),
                f -> {
                    f.complete(List.of());
                    return f;
                });
        int scans = 0;
        for (UnaryOperator<CompletableFuture<List<BssEntry>>> giveUp : abandon) {
            backend.set(Setting.REPORTS, 0); // the service is stuck: no outcome comes
            CompletableFuture<List<BssEntry>> first = giveUp.apply(wlan.scan(IFACE, null, Duration.ofHours(1)));
            assertTrue(eventually(first::isDone, 10_000));
            assertTrue(eventually(() -> wlan.pendingOperations() == 0, 10_000), "the abandoned scan is still pending");

            backend.set(Setting.REPORTS, 1); // the service recovers
            assertEquals(2, done(wlan.scan(IFACE, null, Duration.ofSeconds(2))).size());
            scans += 2;
            assertEquals(scans, backend.calls("WlanScan"), "the next scan made a native scan of its own");
        }
    }

    /** DEFECT (shared join logic): an abandoned disconnect stranded later disconnects the same way. */
    @Test
    void anAbandonedDisconnectLeavesNothingPending() throws Exception {
        wlan.setProfile(IFACE, HOME_PROFILE.toXml(), true);
        done(wlan.connect(IFACE, "Home"));
        backend.set(Setting.REPORTS, 0);
        CompletableFuture<Void> first = wlan.disconnect(IFACE, Duration.ofHours(1));
        assumeTrue(!first.isDone(), "the backend reported the interface disconnected at once");
        first.cancel(true);
        assertEquals(0, wlan.pendingOperations());

        backend.set(Setting.REPORTS, 1);
        int before = backend.calls("WlanDisconnect");
        done(wlan.disconnect(IFACE, Duration.ofSeconds(5)));
        assertEquals(before + 1, backend.calls("WlanDisconnect"));
    }

    // ---- 2. The deadline race --------------------------------------------------------------------

    /**
     * DEFECT: a caller joining just as the first caller's deadline fired was failed at once with
     * the first caller's timeout. Forced: the first caller's deadline has failed its future, and
     * its departure is held until the second caller has joined; the second still gets the outcome.
     */
    @Test
    void aCallerJoiningAsAnotherCallersDeadlineFiresKeepsItsOwnDeadline() throws Exception {
        backend.set(Setting.SCAN_DELAY_MS, 300);
        CountDownLatch leaving = new CountDownLatch(1);
        CountDownLatch joined = new CountDownLatch(1);
        AtomicBoolean held = new AtomicBoolean();
        Seams.install(point -> {
            if (point == Seams.Point.CALLER_LEAVING && held.compareAndSet(false, true)) {
                leaving.countDown();
                await(joined);
            }
        });
        CompletableFuture<List<BssEntry>> first = wlan.scan(IFACE, null, Duration.ofMillis(1));
        await(leaving); // its deadline has fired; it is about to leave the operation
        CompletableFuture<List<BssEntry>> second = wlan.scan(IFACE, null, Duration.ofSeconds(5));
        joined.countDown();

        assertTrue(assertInstanceOf(WlanTimeoutException.class, failure(first)).isLibraryWait());
        assertEquals(2, done(second).size(), "the joining caller got the scan's outcome");
        assertEquals(1, backend.calls("WlanScan"), "it joined the live scan");
    }

    /** The same race, unforced, many times: a later caller is never failed by an earlier caller's deadline. */
    @Test
    void underStressNoCallerIsFailedByAnotherCallersDeadline() throws Exception {
        backend.set(Setting.SCAN_DELAY_MS, 5);
        for (int round = 0; round < 60; round++) {
            CompletableFuture<List<BssEntry>> impatient = wlan.scan(IFACE, null, Duration.ofNanos(1 + round * 20_000L));
            CompletableFuture<List<BssEntry>> patient = wlan.scan(IFACE, null, Duration.ofSeconds(5));
            assertEquals(2, done(patient).size(), "round " + round);
            try {
                impatient.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertInstanceOf(WlanTimeoutException.class, e.getCause());
            }
        }
        assertTrue(eventually(() -> wlan.pendingOperations() == 0, 10_000));
    }

    // ---- 3. An Error while reading results stranded futures ---------------------------------------

    /** Thrown by the seam: an Error, which WlanMemory passes on by design. */
    private static final class ForcedError extends Error {
        private static final long serialVersionUID = 1L;

        ForcedError() {
            super("forced while reading an outcome");
        }
    }

    /** Throws {@link ForcedError} at the first buffer read on a library thread (where outcomes are read). */
    private static void failTheFirstOutcomeRead() {
        AtomicBoolean thrown = new AtomicBoolean();
        Seams.install(point -> {
            if (point == Seams.Point.READING_BUFFER && CallbackContexts.onDeliveryThread()
                    && thrown.compareAndSet(false, true)) {
                throw new ForcedError();
            }
        });
    }

    /** DEFECT: the scans were taken from pending, then the Error passed the RuntimeException catch: pending for ever. */
    @Test
    void anErrorWhileReadingAScansResultFailsEveryScanItTook() throws Exception {
        try (LogCapture log = new LogCapture()) {
            backend.set(Setting.SCAN_DELAY_MS, 200);
            CompletableFuture<List<BssEntry>> one = wlan.scan(IFACE);
            CompletableFuture<List<BssEntry>> two = wlan.scan(IFACE);
            failTheFirstOutcomeRead();

            assertInstanceOf(ForcedError.class, failure(one));
            assertInstanceOf(ForcedError.class, failure(two));
            assertEquals(0, wlan.pendingOperations());
            Seams.install(null);
            assertEquals(2, done(wlan.scan(IFACE)).size(), "the client goes on");
        }
    }

    /** DEFECT: the same for a connect, whose connection is read after connection_complete. */
    @Test
    void anErrorWhileReadingAConnectionFailsTheConnect() throws Exception {
        try (LogCapture log = new LogCapture()) {
            backend.set(Setting.CONNECT_DELAY_MS, 200);
            CompletableFuture<Connection> connect = wlan.connect(IFACE, HOME_PROFILE);
            failTheFirstOutcomeRead();

            assertInstanceOf(ForcedError.class, failure(connect));
            assertEquals(0, wlan.pendingOperations());
        }
    }

    // ---- 4. Malformed or short connection notifications ------------------------------------------

    /**
     * DEFECT: a connection_complete too short to hold its structure was ignored, and the connect
     * waited its whole deadline for "a lost notification". The profile name is readable: the
     * connect it names fails at once with the malformed-buffer error; another profile's does not.
     */
    @Test
    void aShortConnectionNotificationFailsTheConnectItNamesAtOnce() throws Exception {
        backend.set(Setting.REPORTS, 0);
        CompletableFuture<Connection> connect = wlan.connect(IFACE, HOME_PROFILE);
        backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE, connectionData("Cafe", 0, 100));
        backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE,
                connectionData("Home", 0, 100));

        Throwable e = failure(connect); // within 10 s, not the connect's 60
        assertInstanceOf(IllegalStateException.class, e);
        assertTrue(e.getMessage().contains("malformed") && e.getMessage().contains("100"), e.getMessage());
    }

    /** DEFECT: with not even the profile name readable (8 bytes), the interface's pending connect still ends at once. */
    @Test
    void aConnectionNotificationWithoutAReadableNameFailsTheInterfacesConnect() {
        backend.set(Setting.REPORTS, 0);
        CompletableFuture<Connection> connect = wlan.connect(IFACE, HOME_PROFILE);
        backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE, 1); // 8 bytes

        assertInstanceOf(IllegalStateException.class, failure(connect));
        assertEquals(0, wlan.pendingOperations());
    }

    /** A malformed SSID length (33) in a full-size notification fails the named connect the same way. */
    @Test
    void aConnectionNotificationWithAMalformedSsidFailsTheConnectItNames() {
        backend.set(Setting.REPORTS, 0);
        CompletableFuture<Connection> connect = wlan.connect(IFACE, HOME_PROFILE);
        byte[] data = connectionData("Home", 0, WlanStructs.CN_SIZE);
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putInt(WlanStructs.CN_SSID, 33);
        backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE, data);

        Throwable e = failure(connect);
        assertTrue(e.getMessage().contains("uSSIDLength is 33"), e.getMessage());
    }

    // ---- 5. Completion stages and listeners held up their own client's operations ------------------

    /** DEFECT: a stage waiting for the same client's next scan waited until that scan's deadline. */
    @Test
    void aStageMayWaitForAnotherOperationOfItsClient() throws Exception {
        CompletableFuture<List<BssEntry>> chained = wlan.scan(IFACE)
                .thenApply(list -> wlan.scan(IFACE, null, Duration.ofSeconds(5)).join());

        assertEquals(2, done(chained).size());
    }

    /** DEFECT: a listener blocking 1.5 s failed a 1 s scan the service had answered in 10 ms. */
    @Test
    void aBlockedListenerDoesNotHoldUpAnOperation() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        wlan.subscribe(ACM, n -> {
            blocked.countDown();
            await(release);
        });
        try {
            CompletableFuture<List<BssEntry>> scan = wlan.scan(IFACE, null, Duration.ofSeconds(1));
            await(blocked);
            assertEquals(2, done(scan).size(), "the scan completed while the listener was blocked");
        } finally {
            release.countDown();
        }
    }

    /** A stage that blocks holds up neither another caller of the same scan, nor the client's listeners. */
    @Test
    void aBlockedStageHoldsUpNoOtherFutureAndNoListener() throws Exception {
        backend.set(Setting.SCAN_DELAY_MS, 100);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch heard = new CountDownLatch(1);
        CompletableFuture<List<BssEntry>> blocking = wlan.scan(IFACE).whenComplete((r, e) -> {
            blocked.countDown();
            await(release);
        });
        CompletableFuture<List<BssEntry>> other = wlan.scan(IFACE);
        try {
            await(blocked);
            assertEquals(2, done(other).size(), "the other caller's future completed while a stage blocked");
            wlan.subscribe(ACM, n -> heard.countDown());
            backend.notify(WlanNotificationSource.ACM, 1, IFACE, 1);
            await(heard);
        } finally {
            release.countDown();
        }
        assertEquals(2, done(blocking).size());
    }

    // ---- 6. A listener's interrupt leaked to the next listener ---------------------------------------

    /** DEFECT: listener B ran with the interrupt listener A set on itself (its sleep threw at once). */
    @Test
    void aListenersInterruptDoesNotReachTheNextListener() {
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        CountDownLatch heard = new CountDownLatch(2);
        wlan.subscribe(ACM, n -> {
            Thread.currentThread().interrupt();
            heard.countDown();
        });
        wlan.subscribe(ACM, n -> {
            interrupted.compareAndSet(null, Thread.currentThread().isInterrupted());
            heard.countDown();
        });
        backend.notify(WlanNotificationSource.ACM, 1, IFACE, 2);

        await(heard);
        assertFalse(interrupted.get(), "the second listener saw the first one's interrupt");
    }

    // ---- 8. Secrets in a log --------------------------------------------------------------------------

    private static final String KEY = "hunter2-the-key-material";

    /** A full connection notification whose profile XML holds a key. */
    private static byte[] connectionWithKey() {
        String xml = "<WLANProfile><MSM><security><sharedKey><keyMaterial>" + KEY
                + "</keyMaterial></sharedKey></security></MSM></WLANProfile>";
        byte[] data = connectionData("Home", 0, WlanStructs.CN_XML + 2 * (xml.length() + 1));
        byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, data, WlanStructs.CN_XML, utf16.length);
        return data;
    }

    /** DEFECT (confirmed): a notification's toString, which the first-drop warning logs, printed its data bytes. */
    @Test
    void aNotificationNeverShowsItsDataOnlyWhatIdentifiesIt() {
        byte[] data = connectionWithKey();
        WlanNotification n = new WlanNotification(WlanNotificationSource.ACM.bits(),
                AcmEvent.CONNECTION_COMPLETE.code(), IFACE, data);

        String text = n.toString();
        assertFalse(text.contains("104, 0, 117"), text); // "hu" in UTF-16LE, as Arrays.toString printed it
        assertTrue(text.contains(IFACE.toString()) && text.contains(data.length + " bytes"), text);
    }

    /** The first-drop warning, forced: the dropped notification carried a key, and the log does not. */
    @Test
    void theFirstDropWarningLogsNoNotificationData() throws Exception {
        assumeTrue(binding == Binding.SIMULATED, "needs 1,026 notifications with data; the simulator sends them at once");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        try (LogCapture log = new LogCapture()) {
            wlan.subscribe(ACM, n -> {
                blocked.countDown();
                await(release);
            });
            byte[] data = connectionWithKey();
            backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE, data);
            await(blocked);
            for (int i = 0; i <= Notifications.QUEUE_CAPACITY; i++) {
                backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE, data);
            }
            log.await(r -> r.getMessage().contains("dropped"), "the drop is logged");
            List<String> messages = new ArrayList<>();
            log.records().forEach(r -> messages.add(String.valueOf(r.getMessage())));
            assertTrue(messages.stream().noneMatch(m -> m.contains(KEY) || m.contains("104, 0, 117")),
                    String.join("\n", messages));
        } finally {
            release.countDown();
        }
    }
}
