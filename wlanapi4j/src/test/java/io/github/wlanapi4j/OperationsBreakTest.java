package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A third adversarial review of operations and delivery (after 7939fa8): each test forces a
 * defect and fails on that commit.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsBreakTest extends OperationsSuite {
    OperationsBreakTest(Binding binding) {
        super(binding);
    }

    // ---- A. awaitDelivered returns before the futures it settled have completed --------------------

    /**
     * WlanClient.awaitDelivered promises that "the scans, connects and disconnects it settled have
     * completed their futures (with the stages that run on that completion)". It only waits for
     * the operations lane to be idle; the futures are completed later, on delivery threads.
     */
    @Test
    void awaitDeliveredWaitsForTheStagesOfTheFuturesItSettled() throws Exception {
        CountDownLatch inStage = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<BssEntry>> staged = wlan.scan(IFACE).whenComplete((r, e) -> {
            inStage.countDown();
            await(release);
        });
        try {
            await(inStage); // the scan_complete was received and settled the scan; its stage runs
            assertFalse(wlan.awaitDelivered(Duration.ofMillis(500)),
                    "awaitDelivered said everything was delivered while a stage of the scan it settled still ran");
        } finally {
            release.countDown();
        }
        assertEquals(2, done(staged).size());
    }

    /** The same promise without a blocking stage: after awaitDelivered says true, the settled scan's future is done. */
    @Test
    void afterAwaitDeliveredTheSettledScansFutureIsDone() throws Exception {
        AtomicReference<CountDownLatch> heard = new AtomicReference<>();
        wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
            if (n.acmEvent().orElse(null) == AcmEvent.SCAN_COMPLETE) {
                heard.get().countDown();
            }
        });
        for (int round = 0; round < 200; round++) {
            heard.set(new CountDownLatch(1));
            CompletableFuture<List<BssEntry>> scan = wlan.scan(IFACE);
            await(heard.get()); // the hub has received the scan_complete (and queued it for the operations first)
            assertTrue(wlan.awaitDelivered(Duration.ofSeconds(5)));
            assertTrue(scan.isDone(), "round " + round + ": awaitDelivered returned true before the scan's future completed");
            done(scan);
        }
    }

    // ---- B. The library's own clean-up runs after the user's stages --------------------------------

    /**
     * The caller leaves its operation in a whenComplete the library registers first; the
     * caller's stages, registered later, run before it (CompletableFuture runs dependents last in,
     * first out). A retry made by the stage of a scan whose deadline expired (the service lost
     * its report) therefore joins the abandoned scan, makes no WlanScan, and times out too.
     */
    @Test
    void aRetryFromTheStageOfATimedOutScanStartsANativeScan() throws Exception {
        backend.set(Setting.REPORTS, 0); // the first scan's report is lost
        AtomicReference<CompletableFuture<List<BssEntry>>> retry = new AtomicReference<>();
        CountDownLatch retried = new CountDownLatch(1);
        CompletableFuture<List<BssEntry>> first = wlan.scan(IFACE, null, Duration.ofMillis(200));
        first.whenComplete((r, e) -> {
            if (e != null) {
                backend.set(Setting.REPORTS, 1); // the service recovers
                retry.set(wlan.scan(IFACE, null, Duration.ofSeconds(3)));
            }
            retried.countDown();
        });
        await(retried);
        assertInstanceOf(WlanTimeoutException.class, failure(first));
        assertNotNull(retry.get());
        assertEquals(2, backend.calls("WlanScan"), "the retry joined the scan its own stage had abandoned");
        assertEquals(2, done(retry.get()).size());
    }

    /** The same with cancel(): the cancelling caller's own retry joins the scan it just abandoned. */
    @Test
    void aRetryFromTheStageOfACancelledScanStartsANativeScan() throws Exception {
        backend.set(Setting.REPORTS, 0);
        AtomicReference<CompletableFuture<List<BssEntry>>> retry = new AtomicReference<>();
        CompletableFuture<List<BssEntry>> first = wlan.scan(IFACE, null, Duration.ofHours(1));
        first.whenComplete((r, e) -> {
            backend.set(Setting.REPORTS, 1);
            retry.set(wlan.scan(IFACE, null, Duration.ofSeconds(3)));
        });
        first.cancel(true);
        assertNotNull(retry.get());
        assertEquals(2, backend.calls("WlanScan"), "the retry joined the scan its own stage had abandoned");
        assertEquals(2, done(retry.get()).size());
    }

    /**
     * Same cause: the caller's deadline is cancelled only after its stages ran, so while a stage
     * blocks (which the javadoc allows) the deadline of a settled scan stays on the timer, even
     * after the client is closed.
     */
    @Test
    void noDeadlineOutlivesItsSettledScanWhileAStageRuns() throws Exception {
        int before = CallbackContexts.scheduledTasks();
        CountDownLatch inStage = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<BssEntry>> staged = wlan.scan(IFACE, null, Duration.ofHours(1)).whenComplete((r, e) -> {
            inStage.countDown();
            await(release);
        });
        try {
            await(inStage);
            wlan.close();
            assertTrue(eventually(() -> CallbackContexts.scheduledTasks() <= before, 2_000),
                    "a deadline of a settled scan is still on the timer after close: "
                            + (CallbackContexts.scheduledTasks() - before));
        } finally {
            release.countDown();
        }
        done(staged);
    }

    // ---- C. An Error between take and complete strands the taken operations ------------------------

    /**
     * A client whose WlanReasonCodeToString throws an Error, as JNA does (UnsatisfiedLinkError)
     * where the export is missing. Operations.reasonText catches RuntimeException only, and it is
     * called after the operations were taken from pending and before they are completed.
     */
    private WlanClient clientWithoutReasonText() {
        WlanApi base = api;
        WlanApi proxy = (WlanApi) Proxy.newProxyInstance(WlanApi.class.getClassLoader(), new Class<?>[] {WlanApi.class},
                (p, m, args) -> {
                    if (m.getName().equals("WlanReasonCodeToString")) {
                        throw new UnsatisfiedLinkError("Error looking up function 'WlanReasonCodeToString'");
                    }
                    try {
                        return m.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return WlanClient.open(proxy);
    }

    @Test
    void aScanFailWhoseReasonTextThrowsAnErrorStillFailsTheScans() throws Exception {
        backend.set(Setting.SCAN_REASON, 0x8002);
        try (LogCapture log = new LogCapture(); WlanClient client = clientWithoutReasonText()) {
            List<CompletableFuture<List<BssEntry>>> scans = new ArrayList<>();
            scans.add(client.scan(IFACE, null, Duration.ofSeconds(30)));
            scans.add(client.scan(IFACE, null, Duration.ofSeconds(30)));
            backend.await(Counter.OPS_PENDING, 0);
            assertTrue(client.awaitDelivered(Duration.ofSeconds(5)));
            for (CompletableFuture<List<BssEntry>> s : scans) {
                assertTrue(eventually(s::isDone, 5_000),
                        "the scan_fail was handled but the scan it took is not settled (its 30 s deadline will)");
            }
            assertEquals(0, client.pendingOperations());
        }
    }

    @Test
    void aConnectionFailureWhoseReasonTextThrowsAnErrorStillFailsTheConnect() throws Exception {
        backend.set(Setting.CONNECT_REASON, 0x28003);
        try (LogCapture log = new LogCapture(); WlanClient client = clientWithoutReasonText()) {
            CompletableFuture<Connection> connect = client.connect(IFACE, HOME_PROFILE);
            backend.await(Counter.OPS_PENDING, 0);
            assertTrue(client.awaitDelivered(Duration.ofSeconds(5)));
            assertTrue(eventually(connect::isDone, 5_000),
                    "the failed connection_complete was handled but the connect it took is not settled (its 60 s deadline will)");
        }
    }

    // ---- D. An Error while disconnect() looks at the interface leaves an orphan pending ---------------

    /** An Error, as the existing review forces through the same seam (WlanMemory passes Errors on). */
    private static final class ForcedError extends Error {
        private static final long serialVersionUID = 1L;

        ForcedError() {
            super("forced while disconnect() reads the interface's state");
        }
    }

    /**
     * Operations.disconnect catches only RuntimeException around its "was it connected?" read,
     * after start() has returned: an Error thrown there leaves the caller without its future and
     * the Disconnect in pending, owned by nobody, until the orphan future's deadline. The next
     * disconnect of the (already disconnected) interface joins it and times out instead of
     * completing at once.
     */
    @Test
    void anErrorWhileDisconnectReadsTheStateLeavesNoOrphanForTheNextDisconnectToJoin() throws Exception {
        Thread caller = Thread.currentThread();
        java.util.concurrent.atomic.AtomicBoolean thrown = new java.util.concurrent.atomic.AtomicBoolean();
        Seams.install(point -> {
            if (point == Seams.Point.READING_BUFFER && Thread.currentThread() == caller && thrown.compareAndSet(false, true)) {
                throw new ForcedError();
            }
        });
        try {
            wlan.disconnect(IFACE, Duration.ofHours(1));
        } catch (ForcedError expected) {
            // the caller has no future
        }
        Seams.install(null);
        assertTrue(thrown.get());
        CompletableFuture<Void> next = wlan.disconnect(IFACE, Duration.ofSeconds(3));
        assertTrue(eventually(next::isDone, 2_000), "the disconnect of a disconnected interface did not complete at once"
                + " (it joined the orphan; pending operations: " + wlan.pendingOperations() + ")");
        done(next);
        assertEquals(0, wlan.pendingOperations(), "a disconnect nobody holds a future of is still pending");
    }
}
