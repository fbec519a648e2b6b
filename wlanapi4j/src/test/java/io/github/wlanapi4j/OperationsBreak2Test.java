package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A second adversarial pass over operations and delivery after 6e1ffbc: each test forces a
 * defect and fails on that commit.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsBreak2Test extends OperationsSuite {
    private static final EnumSet<WlanNotificationSource> ACM = EnumSet.of(WlanNotificationSource.ACM);

    OperationsBreak2Test(Binding binding) {
        super(binding);
    }

    // ---- 1. completeAsync completes a Caller without leaving its operation ----------------------------

    /**
     * Caller overrides complete, completeExceptionally, cancel and obtrude*, but
     * CompletableFuture.completeAsync completes the future through the JDK's internal
     * completeValue. The caller's future is done, yet it never left its operation: the abandoned
     * scan stays pending with its 1 h deadline on the timer, and the next scan joins it.
     */
    @Test
    void aCallerCompletedWithCompleteAsyncLeavesItsOperation() throws Exception {
        int before = CallbackContexts.scheduledTasks();
        backend.set(Setting.REPORTS, 0); // the service is stuck: no outcome comes
        CompletableFuture<List<BssEntry>> first = wlan.scan(IFACE, null, Duration.ofHours(1));
        first.completeAsync(List::of, Runnable::run); // the caller gives up, completing its own future
        assertTrue(first.isDone());

        assertTrue(eventually(() -> wlan.pendingOperations() == 0, 2_000),
                "the scan whose only caller's future is done is still pending: " + wlan.pendingOperations());
        assertTrue(eventually(() -> CallbackContexts.scheduledTasks() <= before, 2_000),
                "the done future's deadline is still on the timer");
        backend.set(Setting.REPORTS, 1); // the service recovers
        assertEquals(2, done(wlan.scan(IFACE, null, Duration.ofSeconds(3))).size());
        assertEquals(2, backend.calls("WlanScan"), "the next scan joined the abandoned one");
    }

    // ---- 2. Law 8: futures and the static deadline timer keep an abandoned client alive ----------------

    /** Opens a client (whose listener refers to it, if {@code listener}), completes a scan, and keeps only its future. */
    private static WeakReference<WlanClient> openAndKeepACompletedScan(WlanApi api, boolean listener,
            AtomicReference<CompletableFuture<?>> kept) throws Exception {
        WlanClient client = WlanClient.open(api);
        if (listener) {
            client.subscribe(ACM, n -> client.toString()); // law 8: a listener may refer to its client
        }
        CompletableFuture<List<BssEntry>> scan = client.scan(IFACE);
        done(scan);
        kept.set(scan);
        return new WeakReference<>(client);
    }

    /**
     * The user keeps a (completed) scan future and drops the client unclosed. Caller is an inner
     * class of Operations: future -> Operations -> hub -> listeners -> the client, so the client
     * is never collected (and its handle never closed by the leak tracker) while the future is held.
     * Control: without a listener, the same client is collected while its future is held.
     */
    @Test
    void aHeldFutureDoesNotKeepAnAbandonedClientAlive() throws Exception {
        int handles = backend.get(Counter.WLAN_HANDLES);
        AtomicReference<CompletableFuture<?>> kept = new AtomicReference<>();
        try (LogCapture log = new LogCapture()) {
            WeakReference<WlanClient> control = openAndKeepACompletedScan(api, false, kept);
            assertTrue(collectedWithin(() -> control.get() == null, 10_000), "control: collected, its future held");
            assertTrue(collectedWithin(() -> backend.get(Counter.WLAN_HANDLES) == handles, 10_000));

            WeakReference<WlanClient> client = openAndKeepACompletedScan(api, true, kept);
            boolean collected = collectedWithin(() -> client.get() == null, 5_000);
            kept.set(null); // without the future, it is collected and the tracker closes it
            assertTrue(collectedWithin(() -> backend.get(Counter.WLAN_HANDLES) == handles, 20_000));
            assertTrue(collected, "an unclosed client whose listener refers to it is kept reachable by a future"
                    + " of its (completed) scan; released once the future is dropped");
        }
    }

    /** Cancels the future if it is still reachable (held by the deadline timer). */
    private static void cancelIfReachable(WeakReference<CompletableFuture<?>> future) {
        CompletableFuture<?> f = future.get();
        if (f != null) {
            f.cancel(true);
        }
    }

    /**
     * Opens a client whose listener refers to it, starts a scan the service never answers (1 h
     * deadline), and keeps nothing but weak references.
     */
    private static WeakReference<WlanClient> openWithAListenerAndAPendingScan(WlanApi api,
            AtomicReference<WeakReference<CompletableFuture<?>>> future) {
        WlanClient client = WlanClient.open(api);
        client.subscribe(ACM, n -> client.toString());
        future.set(new WeakReference<>(client.scan(IFACE, null, Duration.ofHours(1))));
        return new WeakReference<>(client);
    }

    /**
     * Nobody holds the future; the client is dropped unclosed while its scan is pending. The
     * deadline task on the static timer holds the Caller -> Operations -> hub -> listener -> the
     * client, for the whole deadline (an hour here; forever for a "no deadline" timeout), which
     * law 8 forbids ("nothing reachable from a static field refers to a wrapper").
     */
    @Test
    void aPendingDeadlineDoesNotKeepAnAbandonedClientAlive() throws Exception {
        backend.set(Setting.REPORTS, 0);
        int handles = backend.get(Counter.WLAN_HANDLES);
        AtomicReference<WeakReference<CompletableFuture<?>>> future = new AtomicReference<>();
        try (LogCapture log = new LogCapture()) {
            WeakReference<WlanClient> client = openWithAListenerAndAPendingScan(api, future);
            boolean collected = collectedWithin(() -> client.get() == null, 5_000);
            cancelIfReachable(future.get()); // its deadline goes; then it is collected and the tracker closes it
            assertTrue(collectedWithin(() -> backend.get(Counter.WLAN_HANDLES) == handles, 20_000));
            assertTrue(collected, "an unclosed client is held from the static deadline timer by its pending scan"
                    + " (through its listener); released once the scan is cancelled");
        }
    }

    /**
     * Through a completion stage that refers to its client: decided (after the third review), the
     * deadline timer holds a pending caller strongly, since a user may wait on a stage's future
     * while holding neither the client nor the source future. So a stage that refers to its client
     * keeps it until the deadline; the deadline then runs the stage (here it closes the client),
     * and the client is collectable. The deadline bounds the wait.
     */
    private static WeakReference<WlanClient> openWithAStageOnAPendingScan(WlanApi api, AtomicBoolean stageRan) {
        WlanClient client = WlanClient.open(api);
        client.scan(IFACE, null, Duration.ofSeconds(2)).whenComplete((r, e) -> {
            client.close();
            stageRan.set(true);
        });
        return new WeakReference<>(client);
    }

    @Test
    void aPendingDeadlineKeepsAStageReferringToItsClientUntilTheDeadlineAndNoLonger() throws Exception {
        backend.set(Setting.REPORTS, 0);
        int handles = backend.get(Counter.WLAN_HANDLES);
        AtomicBoolean stageRan = new AtomicBoolean();
        try (LogCapture log = new LogCapture()) {
            WeakReference<WlanClient> client = openWithAStageOnAPendingScan(api, stageRan);
            assertTrue(collectedWithin(() -> client.get() == null, 15_000), "collectable once the deadline ran the stage");
            assertTrue(stageRan.get(), "the deadline ran the stage");
            assertTrue(collectedWithin(() -> backend.get(Counter.WLAN_HANDLES) == handles, 20_000));
        }
    }

    /** An Error from the binding, as JNA throws where an export or a callback stub cannot be had. */
    private static final class ForcedError extends Error {
        private static final long serialVersionUID = 1L;

        ForcedError() {
            super("forced in WlanRegisterNotification");
        }
    }

    /**
     * Notifications.subscribe adds the listener, then registers; it takes the listener out again
     * only on a RuntimeException. An Error (the caller gets no Subscription, so cannot close it)
     * leaves the listener in the list: once the operations register ACM, it is called.
     */
    @Test
    void aSubscribeThatThrowsAnErrorLeavesNoListener() throws Exception {
        AtomicBoolean failNext = new AtomicBoolean(true);
        WlanApi base = api;
        WlanApi proxy = (WlanApi) Proxy.newProxyInstance(WlanApi.class.getClassLoader(), new Class<?>[] {WlanApi.class},
                (p, m, args) -> {
                    if (m.getName().equals("WlanRegisterNotification") && failNext.getAndSet(false)) {
                        throw new ForcedError();
                    }
                    try {
                        return m.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CountDownLatch heard = new CountDownLatch(1);
        try (WlanClient client = WlanClient.open(proxy)) {
            assertThrows(ForcedError.class, () -> client.subscribe(ACM, n -> heard.countDown()));
            assertEquals(2, done(client.scan(IFACE)).size()); // the operations register ACM
            assertTrue(client.awaitDelivered(Duration.ofSeconds(5)));
            assertEquals(1, heard.getCount(), "the listener of a subscribe that threw (no Subscription) was called");
        }
    }

    // ---- 4. A connect whose call fails still "supersedes" the one in progress ---------------------------

    /**
     * Operations.connect takes the interface's pending connect out and fails it with
     * WlanCancelledException ("superseded") before its own WlanConnect is even made. When that
     * call fails (here ERROR_NOT_FOUND: no such profile), nothing was superseded natively: the
     * first connect goes on and the interface connects to it, while its future said it was cancelled.
     */
    @Test
    void aConnectWhoseCallFailsDoesNotCancelTheConnectInProgress() throws Exception {
        backend.set(Setting.CONNECT_DELAY_MS, 300);
        CompletableFuture<Connection> home = wlan.connect(IFACE, HOME_PROFILE);
        CompletableFuture<Connection> missing = wlan.connect(IFACE, "No such profile");
        assertInstanceOf(WlanException.class, failure(missing));
        backend.await(Counter.OPS_PENDING, 0); // the service has reported the first connect
        assertEquals("Home", wlan.connection(IFACE).orElseThrow().profileName(), "the interface connected to Home");
        Throwable e = home.handle((c, t) -> t).get(10, TimeUnit.SECONDS);
        assertEquals(null, e, "the connect that went on and connected was failed as superseded by a connect"
                + " whose WlanConnect failed: " + e);
    }
}
