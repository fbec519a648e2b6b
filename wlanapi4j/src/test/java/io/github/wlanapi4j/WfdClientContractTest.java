package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Wi-Fi Direct lifecycle through real native calls into the C stand-in, whose service
 * threads call back into the JVM with the GUID by value. Run for every {@link Binding}, as the
 * WLAN contract is, the simulator included.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class WfdClientContractTest extends ContractSuite {
    static final MacAddress PEER = MacAddress.parse("02:11:22:33:44:55");
    static final UUID IFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    static final Duration BOUND = Duration.ofSeconds(10);




    WfdClient wfd;

    WfdClientContractTest(Binding binding) {
        super(binding);
    }

    @BeforeEach
    void openClient() {
        backend.peer(PEER, 0, 0, 0, IFACE); // only defined peers open; a test may redefine it
        wfd = WfdClient.open(api);
    }

    @AfterEach
    void nothingLeaks() {
        wfd.close();
        backend.await(Counter.WFD_HANDLES, 0);
        assertEquals(0, backend.get(Counter.SESSIONS), "sessions left open");
    }

    static <T> T get(Future<T> f) throws Exception {
        return f.get(BOUND.toSeconds(), TimeUnit.SECONDS);
    }

    static Throwable failure(Future<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> get(f));
        return e.getCause();
    }

    @Test
    void opensWithVersion1AndClosesOnce() {
        assertEquals(1, wfd.negotiatedVersion());
        assertArrayEquals(new long[] {1, 1, 1, 0, 0, 0}, backend.lastArgs("WFDOpenHandle"));
        wfd.close();
        wfd.close();
        assertFalse(wfd.isOpen());
        assertEquals(1, backend.calls("WFDCloseHandle"));
    }

    @Test
    void aSessionCarriesTheGuidTheServiceSentByValue() throws Exception {
        backend.peer(PEER, 300, 0, 0, IFACE);
        AtomicReference<String> deliveredOn = new AtomicReference<>();
        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
        // Attached while pending, the stage runs where the future is completed.
        CompletableFuture<Void> stage = f.thenRun(() -> deliveredOn.set(Thread.currentThread().getName()));
        assertFalse(f.isDone(), "the open must still be pending here");
        // Wait on the stage, not on f: a thread waiting in f.get() may run f's dependents itself.
        get(stage);
        WfdSession session = get(f);

        assertEquals(IFACE, session.interfaceGuid(), "a wrong by-value GUID mapping garbles this");
        assertEquals(PEER, session.peer());
        assertTrue(session.isOpen());
        long[] args = backend.lastArgs("WFDStartOpenSession");
        assertEquals(0x021122334455L, args[1], "the peer's six bytes, in order");
        assertEquals(1, args[3], "a callback");
        assertEquals(1, args[4], "a session handle out-parameter");
        assertTrue(deliveredOn.get().startsWith("wlanapi4j-delivery-"), deliveredOn.get());

        session.close();
        session.close();
        assertFalse(session.isOpen());
        assertEquals(1, backend.get(Counter.SESSION_CLOSES));
        assertEquals(0, backend.get(Counter.SESSIONS));
    }

    @Test
    void aFailedOpenFailsTheFutureWithItsTypeAndReason() {
        backend.peer(PEER, 5, 5023, 7, IFACE);
        WlanException e = (WlanException) failure(wfd.startOpenSession(PEER));
        assertSame(WlanInvalidStateException.class, e.getClass());
        assertEquals(5023, e.errorCode());
        assertEquals(7, e.reasonCode());
        assertEquals("WFDStartOpenSession", e.function());
        assertTrue(e.getMessage().contains("peer 02:11:22:33:44:55"), e.getMessage());

        MacAddress other = MacAddress.parse("02:00:00:00:00:01");
        backend.peer(other, 0, 1722, 0, IFACE);
        assertSame(WlanRpcException.class, failure(wfd.startOpenSession(other)).getClass());
        assertEquals(0, backend.get(Counter.SESSION_CLOSES), "a failed open has no session to close");
    }

    @Test
    void errorsOfTheStartCallItselfFailTheFuture() {
        backend.failNext("WFDStartOpenSession", 1062);
        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
        assertTrue(f.isCompletedExceptionally());
        assertSame(WlanServiceNotActiveException.class, failure(f).getClass());

        backend.set(Setting.WFD_POLICY_DISABLED, 1);
        assertSame(WlanInvalidStateException.class, failure(wfd.startOpenSession(PEER)).getClass());
        assertEquals(0, backend.get(Counter.CALLBACKS_FIRED));
    }

    @Test
    void cancellingTheFutureCancelsTheOpen() {
        backend.peer(PEER, 10_000, 0, 0, IFACE);
        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
        assertTrue(f.cancel(true));
        assertTrue(f.isCancelled());
        backend.await(Counter.CALLBACKS_FIRED, 1); // the service still calls back, with ERROR_CANCELLED
        assertEquals(1, backend.get(Counter.CANCELS));
        backend.await(Counter.SESSIONS, 0);
    }

    @Test
    void aSuccessReportedAfterCancelIsClosedNotLeaked() {
        backend.set(Setting.IGNORE_CANCEL, 1); // the service accepts the cancel but completes anyway
        backend.peer(PEER, 50, 0, 0, IFACE);
        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
        assertTrue(f.cancel(false));
        backend.await(Counter.SESSION_CLOSES, 1);
        assertEquals(0, backend.get(Counter.SESSIONS));
    }

    /**
     * Cancels racing completions, thousands of times: no session leaks, and no cancel ever
     * reaches the service with a handle it has freed (a cancel call in flight when the
     * callback arrives once met a session that finish() had closed: about 1 in 1,500).
     */
    @Test
    void cancelRacingCompletionNeverLeaksOrUsesAStaleHandle() throws Exception {
        int iterations = 3_000;
        int delivered = 0;
        for (int i = 0; i < iterations; i++) {
            backend.peer(PEER, i % 3, 0, 0, IFACE);
            CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
            if (!f.cancel(false)) {
                get(f).close(); // it won the race
                delivered++;
            }
            if (i % 500 == 499) {
                backend.await(Counter.THREADS_RUNNING, 0); // the stand-in has 1,024 slots
            }
        }
        backend.await(Counter.CALLBACKS_FIRED, iterations);
        backend.await(Counter.SESSIONS, 0);
        assertTrue(backend.get(Counter.SESSION_CLOSES) >= delivered);
        assertEquals(0, backend.get(Counter.STALE_CALLS), "a cancel or close reached the service with a freed handle");
    }

    @Test
    void closeEndsPendingAndOpenSessionsThenTheHandle() throws Exception {
        List<WfdSession> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MacAddress peer = MacAddress.of(new byte[] {2, 0, 0, 0, 1, (byte) i});
            backend.peer(peer, 0, 0, 0, IFACE);
            open.add(get(wfd.startOpenSession(peer)));
        }
        MacAddress legacy = MacAddress.parse("02:00:00:00:02:00");
        backend.peer(legacy, 0, 0, 0, IFACE);
        open.add(wfd.openLegacySession(legacy));
        List<CompletableFuture<WfdSession>> pending = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MacAddress peer = MacAddress.of(new byte[] {2, 0, 0, 0, 3, (byte) i});
            backend.peer(peer, 10_000, 0, 0, IFACE);
            pending.add(wfd.startOpenSession(peer));
        }

        assertTimeoutPreemptively(BOUND, wfd::close);

        assertEquals(1, backend.calls("WFDCloseHandle"));
        assertEquals(0, backend.get(Counter.WFD_HANDLES));
        assertEquals(3, backend.get(Counter.CANCELS));
        assertEquals(4, backend.get(Counter.SESSION_CLOSES));
        for (WfdSession s : open) {
            assertFalse(s.isOpen());
        }
        for (CompletableFuture<WfdSession> f : pending) {
            assertSame(WlanCancelledException.class, failure(f).getClass());
        }
    }

    @Test
    void closeDoesNotHangWhenTheServiceNeverConfirmsACancel() {
        backend.set(Setting.IGNORE_CANCEL, 1);
        backend.peer(PEER, 1_500, 0, 0, IFACE);
        wfd.cancelWait(Duration.ofMillis(100));
        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);

        assertTimeoutPreemptively(Duration.ofSeconds(1), wfd::close);
        assertEquals(1, backend.get(Counter.WFD_HANDLES), "kept open for the pending open");

        // close() gave up waiting: the future is complete. When the late success arrives, the
        // session is closed and then the handle.
        WlanTimeoutException e = (WlanTimeoutException) failure(f);
        assertTrue(e.isLibraryWait(), "close()'s own bound ran out, not the service's ERROR_TIMEOUT");
        assertEquals(1460, e.errorCode());
        backend.await(Counter.WFD_HANDLES, 0);
        assertEquals(1, backend.get(Counter.SESSION_CLOSES));
    }

    /**
     * Defect: an open that raced close() was never cancelled. Forced: the opener is held at the
     * seam between its registration and WFDStartOpenSession while another thread closes.
     */
    @Test
    void anOpenRacingCloseIsCancelledAndAwaitedBeforeCloseReturns() throws Exception {
        backend.peer(PEER, 10_000, 0, 0, IFACE);
        CountDownLatch atSeam = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        Seams.install(point -> {
            if (point == Seams.Point.BEFORE_OPEN_STARTS && Thread.currentThread().getName().equals("opener")) {
                atSeam.countDown();
                WlanClientContractTest.await(resume);
            }
        });
        try {
            AtomicReference<CompletableFuture<WfdSession>> opening = new AtomicReference<>();
            Thread opener = new Thread(() -> opening.set(wfd.startOpenSession(PEER)), "opener");
            opener.start();
            WlanClientContractTest.await(atSeam);
            Thread closer = new Thread(wfd::close, "closer");
            closer.start();
            awaitState(closer, Thread.State.WAITING); // close() waits for the start in flight

            assertFalse(wfd.isOpen());
            MacAddress other = MacAddress.parse("02:00:00:00:00:09");
            assertThrows(IllegalStateException.class, () -> wfd.startOpenSession(other),
                    "no open may start once close() has begun");
            resume.countDown();
            closer.join(BOUND.toMillis());
            opener.join(BOUND.toMillis());
            assertFalse(closer.isAlive());

            CompletableFuture<WfdSession> f = opening.get();
            assertTrue(f.isDone(), "the open's future is complete when close() returns");
            assertSame(WlanCancelledException.class, failure(f).getClass());
            assertEquals(1, backend.calls("WFDStartOpenSession"));
            assertEquals(1, backend.get(Counter.CANCELS), "the open that started was cancelled");
            assertEquals(0, backend.get(Counter.WFD_HANDLES), "and awaited: the handle is closed");
        } finally {
            Seams.install(null);
        }
    }

    /**
     * Defect: openSession threw CompletionException when a failure raced its timeout. Forced:
     * at the seam after the wait timed out, close() fails the open before openSession cancels.
     */
    @Test
    void anOpenSessionWhoseFailureRacesItsTimeoutThrowsTheTypedException() {
        backend.peer(PEER, 10_000, 0, 0, IFACE);
        Seams.install(point -> {
            if (point == Seams.Point.OPEN_WAIT_TIMED_OUT) {
                wfd.close(); // completes the open's future (cancelled) before it returns
            }
        });
        try {
            WlanCancelledException e = assertThrows(WlanCancelledException.class,
                    () -> wfd.openSession(PEER, Duration.ofMillis(20)));
            assertEquals(1223, e.errorCode());
        } finally {
            Seams.install(null);
        }
    }

    /** Defect: close() on an interrupted thread gave up on every pending open at once. */
    @Test
    void closeOnAnInterruptedThreadStillWaitsForTheCancelsAndKeepsTheInterrupt() {
        backend.peer(PEER, 10_000, 0, 0, IFACE);
        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
        try (LogCapture log = new LogCapture()) {
            Thread.currentThread().interrupt();
            wfd.close();
            assertTrue(Thread.interrupted(), "the interrupt status is kept");
            assertEquals(List.of(), log.records(), "no open was reported unanswered");
        }
        assertSame(WlanCancelledException.class, failure(f).getClass(), "confirmed, not timed out");
        assertEquals(0, backend.get(Counter.WFD_HANDLES));
    }

    @Test
    void closingFromACompletionStageDoesNotDeadlock() throws Exception {
        CompletableFuture<Void> done = wfd.startOpenSession(PEER).thenAccept(session -> {
            session.close();
            wfd.close();
        });
        get(done);
        assertFalse(wfd.isOpen());
        assertEquals(0, backend.get(Counter.WFD_HANDLES));
    }

    @Test
    void anExceptionInAStageStaysInJava() throws Exception {
        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
        CompletableFuture<Void> stage = f.thenAccept(session -> {
            throw new IllegalStateException("boom");
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> get(stage));
        assertEquals("boom", e.getCause().getMessage());
        assertTrue(get(f).isOpen(), "the open itself succeeded; the client's close ends it");
        backend.await(Counter.THREADS_RUNNING, 0); // the service thread returned normally
    }

    @Test
    void manyConcurrentOpensUnderGcPressureAllComplete() throws Exception {
        backend.set(Setting.DEFAULT_DELAY_MS, 2);
        backend.set(Setting.ANY_PEER, 1); // 80 peers, more than the stand-in can define: any peer opens
        int threads = 4;
        int waves = 5;
        int perWave = 20;
        for (int wave = 0; wave < waves; wave++) {
            List<CompletableFuture<WfdSession>> futures = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> starters = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread s = new Thread(() -> {
                    for (int i = 0; i < perWave; i++) {
                        futures.add(wfd.startOpenSession(MacAddress.of(new byte[] {2, 1, 0, 0, (byte) thread,
                                (byte) i})));
                    }
                });
                starters.add(s);
                s.start();
            }
            for (Thread s : starters) {
                s.join(BOUND.toMillis());
            }
            System.gc(); // the callback must survive collections while opens are pending
            for (CompletableFuture<WfdSession> f : futures) {
                WfdSession session = get(f);
                assertEquals(defaultGuid(session.peer()), session.interfaceGuid(), "each open gets its own GUID");
                session.close();
            }
            assertEquals(threads * perWave, futures.size());
        }
        assertEquals(threads * waves * perWave, backend.get(Counter.SESSION_CLOSES));
    }

    @Test
    void legacySessionsOpenSynchronouslyWithTheirGuid() {
        MacAddress legacy = MacAddress.parse("0A-1B-2C-3D-4E-5F");
        backend.peer(legacy, 0, 0, 0, IFACE);
        try (WfdSession session = wfd.openLegacySession(legacy)) {
            assertEquals(IFACE, session.interfaceGuid());
            assertEquals(legacy, session.peer());
        }
        assertEquals(1, backend.get(Counter.SESSION_CLOSES));

        backend.peer(legacy, 0, 1062, 0, IFACE);
        WlanException e = assertThrows(WlanServiceNotActiveException.class, () -> wfd.openLegacySession(legacy));
        assertEquals("WFDOpenLegacySession", e.function());
    }

    @Test
    void useAfterCloseThrowsWithoutANativeCall() {
        wfd.close();
        int starts = backend.calls("WFDStartOpenSession");
        int legacy = backend.calls("WFDOpenLegacySession");
        assertThrows(IllegalStateException.class, () -> wfd.startOpenSession(PEER));
        assertThrows(IllegalStateException.class, () -> wfd.openSession(PEER, BOUND));
        assertThrows(IllegalStateException.class, () -> wfd.openLegacySession(PEER));
        assertEquals(starts, backend.calls("WFDStartOpenSession"));
        assertEquals(legacy, backend.calls("WFDOpenLegacySession"));
    }

    @Test
    void openSessionWaitsForTheOutcome() {
        backend.peer(PEER, 10, 0, 0, IFACE);
        try (WfdSession session = wfd.openSession(PEER, BOUND)) {
            assertEquals(IFACE, session.interfaceGuid());
        }
        backend.peer(PEER, 10, 87, 3, IFACE);
        WlanException e = assertThrows(WlanInvalidParameterException.class, () -> wfd.openSession(PEER, BOUND));
        assertEquals(3, e.reasonCode());
    }

    @Test
    void theServicesTimeoutIsNotTheLibrarysWait() {
        backend.peer(PEER, 0, 1460, 0, IFACE);
        WlanTimeoutException e = assertThrows(WlanTimeoutException.class, () -> wfd.openSession(PEER, BOUND));
        assertEquals(1460, e.errorCode());
        assertFalse(e.isLibraryWait(), "the service reported ERROR_TIMEOUT");
    }

    @Test
    void anOpenToAPeerNobodyDefinedFailsWithNotFound() {
        MacAddress unpaired = MacAddress.parse("02:99:99:99:99:99");
        WlanException e = assertThrows(WlanException.class, () -> wfd.openSession(unpaired, BOUND));
        assertEquals(WlanErrors.ERROR_NOT_FOUND, e.errorCode());
        assertEquals("WFDStartOpenSession", e.function());
        assertEquals(1, backend.get(Counter.CALLBACKS_FIRED), "it fails through the callback, not the start");
        e = assertThrows(WlanException.class, () -> wfd.openLegacySession(unpaired));
        assertEquals(WlanErrors.ERROR_NOT_FOUND, e.errorCode());
        backend.await(Counter.SESSIONS, 0); // the failed open's handle lasts until its callback returns
    }

    @Test
    void openSessionTimesOutCancelsAndWaitsForTheConfirmation() {
        backend.peer(PEER, 10_000, 0, 0, IFACE);
        WlanTimeoutException e = assertThrows(WlanTimeoutException.class,
                () -> wfd.openSession(PEER, Duration.ofMillis(50)));
        assertEquals(1460, e.errorCode());
        assertTrue(e.isLibraryWait(), "openSession's own wait ran out");
        assertTrue(e.getMessage().contains("no answer from peer 02:11:22:33:44:55 within PT0.05S"), e.getMessage());
        assertEquals(1, backend.get(Counter.CANCELS));
        assertEquals(1, backend.get(Counter.CALLBACKS_FIRED), "it waited for the service to confirm");
    }

    @Test
    void anInterruptedOpenSessionCancelsAndKeepsTheInterrupt() {
        backend.peer(PEER, 10_000, 0, 0, IFACE);
        Thread.currentThread().interrupt();
        WlanCancelledException e = assertThrows(WlanCancelledException.class, () -> wfd.openSession(PEER, BOUND));
        assertTrue(Thread.interrupted(), "the interrupt status is kept");
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertEquals(1, backend.get(Counter.CANCELS));
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("peer", assertThrows(NullPointerException.class, () -> wfd.startOpenSession(null)).getMessage());
        assertEquals("timeout must be positive: PT0S", assertThrows(IllegalArgumentException.class,
                () -> wfd.openSession(PEER, Duration.ZERO)).getMessage());
        assertEquals("timeout must be positive: PT-1S", assertThrows(IllegalArgumentException.class,
                () -> wfd.openSession(PEER, Duration.ofSeconds(-1))).getMessage());
        assertEquals(0, backend.calls("WFDStartOpenSession"));
    }

    @Test
    void rawCloseOfAPendingSessionIsRefusedAsDocumented() throws Exception {
        // Why the library cancels instead: WFDCloseSession does not close a pending open.
        backend.peer(PEER, 10_000, 0, 0, IFACE);
        com.sun.jna.ptr.IntByReference version = new com.sun.jna.ptr.IntByReference();
        com.sun.jna.platform.win32.WinNT.HANDLEByReference client = new com.sun.jna.platform.win32.WinNT.HANDLEByReference();
        com.sun.jna.platform.win32.WinNT.HANDLEByReference session = new com.sun.jna.platform.win32.WinNT.HANDLEByReference();
        assertEquals(0, api.WFDOpenHandle(1, version, client));
        WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK ignore = (h, ctx, guid, error, reason) -> { };
        assertEquals(0, api.WFDStartOpenSession(client.getValue(), PEER.toBytes(), null,
                CallingConvention.wfdCallback(ignore), session));
        assertEquals(5023, api.WFDCloseSession(session.getValue()));
        assertEquals(0, api.WFDCancelOpenSession(session.getValue()));
        backend.await(Counter.CALLBACKS_FIRED, 1);
        backend.await(Counter.THREADS_RUNNING, 0);
        java.lang.ref.Reference.reachabilityFence(ignore); // native code held it until now
        assertEquals(0, api.WFDCloseHandle(client.getValue()));
        wfd.close(); // before the reset, which forgets every handle
        backend.reset(); // the stand-in counted the refused close as misuse, on purpose
        wfd = WfdClient.open(api);
    }

    /** Waits, with a bound, until {@code t} is in {@code state}. */
    static void awaitState(Thread t, Thread.State state) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (t.getState() != state) {
            assertTrue(System.nanoTime() < deadline, t.getName() + " is " + t.getState() + ", not " + state);
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // a thread state has no event to wait on
        }
    }

    /** The GUID the stand-in reports for a peer it was not told about. */
    static UUID defaultGuid(MacAddress peer) {
        byte[] m = peer.toBytes();
        return UUID.fromString(String.format("a0b0c0d0-%02x%02x-%02x%02x-%02x%02x-f2f3f4f5f6f7",
                m[0], m[1], m[2], m[3], m[4], m[5]));
    }
}
