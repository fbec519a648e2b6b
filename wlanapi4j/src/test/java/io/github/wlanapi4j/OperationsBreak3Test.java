package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A third adversarial pass over operations and delivery after 849924e: each test forces a
 * defect and fails on that commit.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsBreak3Test extends OperationsSuite {
    OperationsBreak3Test(Binding binding) {
        super(binding);
    }

    // ---- 1. "Older" is the order of add(), not the order the service accepted the calls in ----------

    /**
     * Two threads connect one interface. The older connect (added first) is inside its
     * WlanConnect when the newer one's WlanConnect is made and returns; then the older call is
     * accepted. For the service the older call is the later one: it supersedes the newer (which
     * reports nothing) and the interface connects to the older's profile. The library ranks by
     * the order of add(): the newer "supersedes" the older, whose future fails with
     * WlanCancelledException although it is the attempt that connected, and the newer, which the
     * service dropped, waits for its whole deadline.
     */
    @Test
    void anOlderConnectAcceptedAfterTheNewerIsNotCancelledAsSupersededByIt() throws Exception {
        AtomicReference<Thread> olderThread = new AtomicReference<>();
        CountDownLatch olderAtItsCall = new CountDownLatch(1);
        CountDownLatch newerReturned = new CountDownLatch(1);
        // Since the fix, WlanConnect calls are made one at a time, the order taken at the call: the
        // older is held just before its call, so the service takes the newer's call first.
        Seams.install(point -> {
            if (point == Seams.Point.BEFORE_CONNECT_CALL && Thread.currentThread() == olderThread.get()) {
                olderAtItsCall.countDown();
                await(newerReturned);
            }
        });
        backend.set(Setting.CONNECT_DELAY_MS, 300); // the newer's attempt has not reported before the older's call
        try (WlanClient client = WlanClient.open(api)) {
            AtomicReference<CompletableFuture<Connection>> older = new AtomicReference<>();
            Thread t = new Thread(() -> older.set(client.connect(IFACE, "Home", HOME_PROFILE.toXml(),
                    Duration.ofSeconds(30))));
            olderThread.set(t);
            t.start();
            await(olderAtItsCall); // the older connect is added, pending, and about to call
            CompletableFuture<Connection> newer = client.connect(IFACE, "Cafe",
                    WlanProfile.open(Ssid.of("Cafe")).toXml(), Duration.ofSeconds(30));
            newerReturned.countDown();
            t.join(10_000);
            assertFalse(t.isAlive());

            backend.await(Counter.OPS_PENDING, 0); // the service has reported what it still does
            assertTrue(client.awaitDelivered(Duration.ofSeconds(5)));
            assertEquals("Home", client.connection(IFACE).orElseThrow().profileName(),
                    "the service took the older call last: the interface connected to Home");
            Throwable olderOutcome = older.get().handle((c, e) -> e).get(10, TimeUnit.SECONDS);
            boolean newerDone = eventually(newer::isDone, 2_000);
            assertEquals(null, olderOutcome, "the connect the service accepted last, which connected, failed as"
                    + " superseded by the one it superseded (newer done: " + newerDone + "): " + olderOutcome);
            assertTrue(newerDone, "the connect the service dropped still waits for its 30 s deadline");
            assertInstanceOf(WlanCancelledException.class, failure(newer));
        }
    }


    // ---- 2. Law 8's weak deadline loses a future the user holds: a dependent --------------------------

    /** Opens a client, starts a scan nobody answers, and keeps the scan's future or a stage's. */
    private static WeakReference<WlanClient> openAndKeep(WlanApi api, boolean dependent, Duration timeout,
            AtomicReference<CompletableFuture<?>> kept) {
        WlanClient client = WlanClient.open(api);
        CompletableFuture<List<BssEntry>> scan = client.scan(IFACE, null, timeout);
        kept.set(dependent ? scan.thenApply(List::size) : scan);
        return new WeakReference<>(client);
    }

    /**
     * The user keeps {@code scan(...).thenApply(...)} (not the scan's own future) and drops the
     * client without closing it. The timer refers to the scan's future weakly, and a dependent
     * does not refer to its source, so once the client is collected the scan's future is too:
     * its deadline never fires and the future the user holds and waits on never completes.
     * Control: holding the scan's own future, the same wait fails with WlanTimeoutException at
     * the deadline.
     */
    @Test
    void aHeldDependentOfAnAbandonedClientsScanStillFailsAtTheDeadline() throws Exception {
        backend.set(Setting.REPORTS, 0); // nothing answers: only the deadline ends the wait
        int handles = backend.get(Counter.WLAN_HANDLES);
        AtomicReference<CompletableFuture<?>> kept = new AtomicReference<>();
        try (LogCapture log = new LogCapture()) {
            WeakReference<WlanClient> control = openAndKeep(api, false, Duration.ofSeconds(3), kept);
            assertTrue(collectedWithin(() -> control.get() == null, 2_500), "control: the client was not collected");
            assertInstanceOf(WlanTimeoutException.class, failure(kept.get()), "control: the held scan future");

            WeakReference<WlanClient> client = openAndKeep(api, true, Duration.ofSeconds(3), kept);
            assertTrue(collectedWithin(() -> client.get() == null, 2_500), "the client was not collected");
            CompletableFuture<?> dependent = kept.get();
            boolean failed = eventually(dependent::isDone, 6_000); // the deadline is 3 s after the scan
            assertTrue(collectedWithin(() -> backend.get(Counter.WLAN_HANDLES) == handles, 10_000));
            assertTrue(failed, "the stage's future the user holds never completed: the scan's future, and with it"
                    + " its deadline, was collected");
            assertInstanceOf(WlanTimeoutException.class, failure(dependent));
        }
    }

    // ---- 3. A completion that throws still takes the caller out: an orphaned future ------------------

    /**
     * Caller.completeExceptionally leaves the operation (cancelling the deadline; the last caller
     * abandons it) before CompletableFuture.completeExceptionally(null) throws
     * NullPointerException, which completes nothing. The future is then in no operation and has
     * no deadline: neither the scan's outcome nor its 1 s deadline ever completes it.
     */
    @Test
    void aCompleteExceptionallyThatThrowsDoesNotOrphanTheFuture() throws Exception {
        backend.set(Setting.SCAN_DELAY_MS, 300);
        CompletableFuture<List<BssEntry>> scan = wlan.scan(IFACE, null, Duration.ofSeconds(1));
        assertThrows(NullPointerException.class, () -> scan.completeExceptionally(null));
        assertFalse(scan.isDone(), "nothing completed it");
        backend.await(Counter.OPS_PENDING, 0); // the scan has reported
        assertTrue(wlan.awaitDelivered(Duration.ofSeconds(5)));
        assertTrue(eventually(scan::isDone, 3_000), "the scan's future completed neither with its outcome nor at its"
                + " 1 s deadline (pending operations: " + wlan.pendingOperations() + ")");
    }

    /** The same through obtrudeException(null). */
    @Test
    void anObtrudeExceptionThatThrowsDoesNotOrphanTheFuture() throws Exception {
        backend.set(Setting.SCAN_DELAY_MS, 300);
        CompletableFuture<List<BssEntry>> scan = wlan.scan(IFACE, null, Duration.ofSeconds(1));
        assertThrows(NullPointerException.class, () -> scan.obtrudeException(null));
        assertFalse(scan.isDone(), "nothing completed it");
        backend.await(Counter.OPS_PENDING, 0);
        assertTrue(wlan.awaitDelivered(Duration.ofSeconds(5)));
        assertTrue(eventually(scan::isDone, 3_000), "the scan's future completed neither with its outcome nor at its"
                + " 1 s deadline (pending operations: " + wlan.pendingOperations() + ")");
    }

    // ---- 4. close() returns with the handle open while the operations lane reads ---------------------

    /**
     * A scan_complete was received; the operations lane is reading the BSS list for the scan it
     * took (with the handle borrowed). close(), with no call of the user's in flight, returns
     * while that read runs: the native close is deferred to the lane thread, so after close() the
     * handle is still open (a program at the handle limit cannot open another).
     */
    @Test
    void closeDoesNotReturnWithTheHandleStillOpenForTheOperationsLane() throws Exception {
        int handles = backend.get(Counter.WLAN_HANDLES);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WlanApi proxy = intercepted(api, (m, args) -> {
            if (m.getName().equals("WlanGetNetworkBssList") && CallbackContexts.onDeliveryThread()) {
                reading.countDown();
                await(release);
            }
        });
        WlanClient client = WlanClient.open(proxy);
        CompletableFuture<List<BssEntry>> scan;
        int afterClose;
        try {
            scan = client.scan(IFACE);
            await(reading); // the lane took the scan and reads its BSS list
            client.close();
            afterClose = backend.get(Counter.WLAN_HANDLES);
        } finally {
            release.countDown();
        }
        scan.handle((r, e) -> null).get(10, TimeUnit.SECONDS);
        assertTrue(eventually(() -> backend.get(Counter.WLAN_HANDLES) == handles, 5_000));
        assertEquals(handles, afterClose, "close() returned with the client's handle still open (its close deferred to"
                + " the operations lane's read)");
    }
}
