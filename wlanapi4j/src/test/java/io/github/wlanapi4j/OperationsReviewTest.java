package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adversarial review of the asynchronous operations: each "DEFECT" test failed on the first
 * version (da1e337) and passes since its fix; each "PIN" holds a behaviour the review verified.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsReviewTest extends OperationsSuite {
    OperationsReviewTest(Binding binding) {
        super(binding);
    }

    /** Tasks on the library's deadline timer (scheduled, not cancelled, not run). */
    private static int timerTasks() {
        return CallbackContexts.scheduledTasks();
    }

    // ---------------------------------------------------------------------------------------
    // DEFECT 1 (fixed): a scan that joins a pending one gets the FIRST caller's deadline, not its own.

    /** DEFECT: a caller that asked to wait 10 s is failed with a TimeoutException after the other caller's 200 ms. */
    @Test
    void aJoiningScanKeepsItsOwnLongerDeadline() throws Exception {
        backend.set(Setting.SCAN_DELAY_MS, 1500);
        CompletableFuture<List<BssEntry>> impatient = wlan.scan(IFACE, null, Duration.ofMillis(200));
        CompletableFuture<List<BssEntry>> patient = wlan.scan(IFACE, null, Duration.ofSeconds(10));

        assertInstanceOf(WlanTimeoutException.class, failure(impatient));
        try {
            assertEquals(2, done(patient).size(), "the scan reported after 1.5 s, well within the 10 s asked for");
        } catch (ExecutionException e) {
            fail("the 10 s caller failed with the 200 ms caller's deadline: " + e.getCause());
        }
    }

    /** DEFECT: a caller that asked to wait 200 ms is held for the first caller's 30 s. */
    @Test
    void aJoiningScanKeepsItsOwnShorterDeadline() {
        backend.set(Setting.REPORTS, 0); // the report is lost
        CompletableFuture<List<BssEntry>> patient = wlan.scan(IFACE, null, Duration.ofSeconds(30));
        CompletableFuture<List<BssEntry>> impatient = wlan.scan(IFACE, null, Duration.ofMillis(200));

        try {
            Throwable e = assertThrows(ExecutionException.class, () -> impatient.get(5, TimeUnit.SECONDS),
                    "the 200 ms scan had no outcome after 5 s").getCause();
            assertInstanceOf(WlanTimeoutException.class, e);
        } finally {
            assertFalse(patient.isDone());
        }
    }

    // ---------------------------------------------------------------------------------------
    // DEFECT 2 (fixed): a timeout too long for Duration.toNanos() passes Checks.positive, then
    // fails the future with "ArithmeticException: long overflow" after a native registration.

    /** DEFECT: Duration.ofSeconds(Long.MAX_VALUE) ("no deadline") fails the scan with ArithmeticException. */
    @Test
    void aVeryLongTimeoutIsEitherRejectedUpFrontOrHonoured() throws Exception {
        CompletableFuture<List<BssEntry>> scan;
        try {
            scan = wlan.scan(IFACE, null, Duration.ofSeconds(Long.MAX_VALUE));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("timeout"), e.getMessage());
            assertEquals(0, backend.calls("WlanScan") + backend.calls("WlanRegisterNotification"));
            return;
        }
        try {
            assertEquals(2, done(scan).size());
        } catch (ExecutionException e) {
            fail("a valid (positive) timeout failed the scan with " + e.getCause());
        }
    }

    // ---------------------------------------------------------------------------------------
    // DEFECT 3 (fixed): close() between an operation's registration in `pending` and its start.
    // start() arms the deadline and makes the native call without looking whether the operation
    // is still pending. Forced: connect(B) is called on a delivery thread (a timed-out scan's
    // completion stage), so the superseded connect(A)'s stage runs inline on that thread, inside
    // connect(B), between B's add() and start(): there the test holds it.

    /** Starts the interleaving; returns where connect(B)'s future will be. */
    private AtomicReference<CompletableFuture<Connection>> connectBInTheWindow(WlanClient client,
            CountDownLatch inWindow, CountDownLatch release) throws Exception {
        backend.set(Setting.REPORTS, 0); // nothing reports: only the deadline, supersession and close settle
        AtomicReference<CompletableFuture<Connection>> b = new AtomicReference<>();
        AtomicReference<String> problem = new AtomicReference<>();
        CompletableFuture<Connection> a = client.connect(IFACE, WlanProfile.open(Ssid.of("A")));
        a.whenComplete((r, e) -> { // runs inside connect(B), after B is pending, before it starts
            inWindow.countDown();
            await(release);
        });
        client.scan(OTHER, null, Duration.ofMillis(300)).whenComplete((r, e) -> { // times out on a delivery thread
            if (!CallbackContexts.onDeliveryThread()) {
                problem.set("the trigger ran on " + Thread.currentThread().getName());
            }
            b.set(client.connect(IFACE, WlanProfile.open(Ssid.of("B"))));
        });
        await(inWindow);
        assertNull(problem.get());
        return b;
    }

    /**
     * DEFECT: the deadline of an operation that close() already cancelled is armed afterwards and
     * stays on the library's timer for the whole timeout (60 s for a connect; the caller's for a
     * scan), holding the closed client's Operations, hub and listeners.
     */
    @Test
    void closeDuringAnOperationsStartLeavesNoDeadlineOnTheTimer() throws Exception {
        int before = timerTasks();
        CountDownLatch inWindow = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<CompletableFuture<Connection>> b = connectBInTheWindow(wlan, inWindow, closed);

        wlan.close(); // B is pending: close cancels it
        closed.countDown();

        assertTrue(eventually(() -> b.get() != null, 10_000));
        assertInstanceOf(WlanCancelledException.class, failure(b.get()));
        assertTrue(eventually(() -> timerTasks() <= before, 5_000),
                "deadline tasks left on the timer after close: " + (timerTasks() - before));
    }

    /**
     * DEFECT: a native WlanConnect is issued after close() has already failed that connect with
     * "the client was closed before connecting ... had an outcome" (Operations.close: "no operation
     * starts after"). The interface then connects although the caller saw the connect cancelled.
     * Forced: the proxy holds close() in its unregistering WlanRegisterNotification (after
     * Operations.close ran, before the handle is closed) for at most 3 s, or until a WlanConnect.
     */
    @Test
    void noNativeCallStartsForAnOperationThatCloseCancelled() throws Exception {
        CountDownLatch unregistering = new CountDownLatch(1);
        CountDownLatch connectCalled = new CountDownLatch(1);
        AtomicBoolean connectDuringClose = new AtomicBoolean();
        WlanApi base = api;
        WlanApi proxy = (WlanApi) Proxy.newProxyInstance(WlanApi.class.getClassLoader(), new Class<?>[] {WlanApi.class},
                (p, m, args) -> {
                    if (m.getName().equals("WlanRegisterNotification") && (Integer) args[1] == 0) {
                        unregistering.countDown();
                        connectCalled.await(3, TimeUnit.SECONDS);
                    }
                    if (m.getName().equals("WlanConnect") && unregistering.getCount() == 0) {
                        connectDuringClose.set(true);
                        connectCalled.countDown();
                    }
                    try {
                        return m.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        WlanClient client = WlanClient.open(proxy);
        try {
            CountDownLatch inWindow = new CountDownLatch(1);
            AtomicReference<CompletableFuture<Connection>> b = connectBInTheWindow(client, inWindow, unregistering);

            client.close();

            assertTrue(eventually(() -> b.get() != null, 10_000));
            Throwable e = failure(b.get());
            assertInstanceOf(WlanCancelledException.class, e);
            assertFalse(connectDuringClose.get(), "WlanConnect was called after close() had cancelled it: " + e);
        } finally {
            client.close();
        }
    }

    // ---------------------------------------------------------------------------------------
    // DEFECT 4 (fixed): profile XML with a NUL goes to the service, which sees only the part
    // before it (Checks.name rejects NUL in names for exactly this reason; the XML is not checked).

    /** DEFECT: setProfile sends XML holding a NUL; natively it ends there, and a different profile is stored. */
    @Test
    void profileXmlWithANulIsRejectedBeforeAnyCall() {
        String xml = HOME_PROFILE.toXml() + "\0<trailing/>";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> wlan.setProfile(IFACE, xml, true));

        assertTrue(e.getMessage().contains("profileXml"), e.getMessage());
        assertEquals(0, backend.calls("WlanSetProfile"));
    }

    // ---------------------------------------------------------------------------------------
    // DEFECT 5 (fixed): Operations.scanned uses reason -1 as "complete", so a scan_fail
    // whose WLAN_REASON_CODE is 0xFFFFFFFF completes the scan successfully.

    /** DEFECT: scan_fail with reason 0xFFFFFFFF is taken for scan_complete. */
    @Test
    void aScanFailIsAFailureWhateverItsReason() {
        backend.set(Setting.SCAN_REASON, -1);

        Throwable e = failure(wlan.scan(IFACE));

        assertEquals(-1, assertInstanceOf(WlanException.class, e).reasonCode());
    }

    // ---------------------------------------------------------------------------------------
    // PINS (pass): behaviours checked and found to hold.

    /** PIN: close() from a completion stage cancels the others once each, on library threads, without deadlock. */
    @Test
    void closeFromAStageCancelsEveryOtherPendingOperationOnALibraryThread() throws Exception {
        backend.set(Setting.REPORTS, 0);
        AtomicReference<String> thread = new AtomicReference<>();
        CompletableFuture<Connection> connect = wlan.connect(OTHER, HOME_PROFILE);
        CompletableFuture<Connection> observed = connect.whenComplete((r, e) -> thread.set(Thread.currentThread().getName()));
        CompletableFuture<List<BssEntry>> scanOther = wlan.scan(OTHER, null, Duration.ofSeconds(30));
        CompletableFuture<Void> closedInStage = wlan.scan(IFACE).thenAccept(list -> wlan.close());

        backend.notify(WlanNotificationSource.ACM, AcmEvent.SCAN_COMPLETE.code(), IFACE, 1);

        done(closedInStage);
        assertInstanceOf(WlanCancelledException.class, failure(observed));
        assertInstanceOf(WlanCancelledException.class, failure(scanOther));
        assertTrue(thread.get().startsWith("wlanapi4j-delivery"), thread.get());
        assertEquals(0, wlan.pendingOperations());
    }

    /** PIN: a WlanScan error settles the scan once with the typed error and leaves no deadline behind. */
    @Test
    void aFailingCallSettlesOnceAndCancelsItsDeadline() throws Exception {
        int before = timerTasks();
        backend.failNext("WlanScan", 87 /* ERROR_INVALID_PARAMETER */);

        assertInstanceOf(WlanInvalidParameterException.class, failure(wlan.scan(IFACE, null, Duration.ofHours(1))));
        assertTrue(eventually(() -> timerTasks() <= before, 5_000), "the failed scan's deadline is still armed");
        assertEquals(2, done(wlan.scan(IFACE)).size(), "a later scan starts afresh");
    }
}
