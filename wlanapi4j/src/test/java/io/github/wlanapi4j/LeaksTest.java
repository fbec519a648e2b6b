package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lifecycle law 8: an unclosed wrapper that is collected is reported once and its handle closed. */
class LeaksTest {
    WlanApi api;

    @BeforeEach
    void setUp() {
        api = mock(WlanApi.class);
        doAnswer(inv -> {
            inv.getArgument(3, WinNT.HANDLEByReference.class).setValue(new WinNT.HANDLE(new Pointer(0x77)));
            return 0;
        }).when(api).WlanOpenHandle(anyInt(), any(), any(), any());
        doAnswer(inv -> {
            inv.getArgument(2, WinNT.HANDLEByReference.class).setValue(new WinNT.HANDLE(new Pointer(0x88)));
            return 0;
        }).when(api).WFDOpenHandle(anyInt(), any(), any());
        doAnswer(inv -> {
            inv.getArgument(2, WinNT.HANDLEByReference.class).setValue(new WinNT.HANDLE(new Pointer(0x99)));
            return 0;
        }).when(api).WFDOpenLegacySession(any(), any(), any(), any());
    }

    @AfterEach
    void stacksOff() {
        Leaks.recordStacks = false;
    }

    long calls(String method) {
        return mockingDetails(api).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals(method)).count();
    }

    /** Collects garbage until {@code done}, within a bound. */
    static void collectUntil(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            System.gc();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    static List<LogRecord> warnings(LogCapture log) {
        return Arrays.asList(log.records().stream().filter(r -> r.getLevel() == Level.WARNING).toArray(LogRecord[]::new));
    }

    void openAndForgetAClient() {
        WlanClient.open(api).negotiatedVersion();
    }

    @Test
    void anUnclosedWlanClientIsReportedOnceAndClosed() {
        try (LogCapture log = new LogCapture()) {
            openAndForgetAClient();
            collectUntil(() -> calls("WlanCloseHandle") == 1, "the Cleaner closed the handle");
            collectUntil(() -> warnings(log).size() == 1, "the leak was logged");
            LogRecord r = warnings(log).get(0);
            assertTrue(r.getMessage().startsWith("WlanClient[handle=0x77] was garbage-collected without close()"),
                    r.getMessage());
            assertTrue(r.getMessage().contains("-Dwlanapi4j.leakStacks=true"), r.getMessage());
            assertNull(r.getThrown());
            System.gc();
            assertEquals(1, calls("WlanCloseHandle"), "closed exactly once");
        }
    }

    @Test
    void withStacksOnItSaysWhereItWasOpened() {
        Leaks.recordStacks = true;
        try (LogCapture log = new LogCapture()) {
            openAndForgetAClient();
            collectUntil(() -> warnings(log).size() == 1, "the leak was logged");
            Throwable openedAt = warnings(log).get(0).getThrown();
            assertTrue(Arrays.stream(openedAt.getStackTrace())
                    .anyMatch(e -> e.getMethodName().equals("openAndForgetAClient")), "the opening call is named");
        }
    }

    @Test
    void aClosedWrapperLeavesNoTrackerBehind() {
        int before = Leaks.tracked();
        WlanClient wlan = WlanClient.open(api);
        WfdClient wfd = WfdClient.open(api);
        WfdSession session = wfd.openLegacySession(MacAddress.parse("02:00:00:00:00:01"));
        session.close();
        wfd.close();
        wlan.close();
        // (Other tests' leaked wrappers may be reaped meanwhile: the count can only be lower.)
        assertTrue(Leaks.tracked() <= before, "a closed wrapper's tracker must not wait for a collection");
    }

    @Test
    void aClosedClientIsNeverReported() {
        try (LogCapture log = new LogCapture()) {
            WlanClient wlan = WlanClient.open(api);
            wlan.close();
            WeakReference<WlanClient> ref = new WeakReference<>(wlan);
            wlan = null;
            collectUntil(() -> ref.get() == null, "the closed client was collected");
            System.gc();
            assertEquals(0, warnings(log).size());
            assertEquals(1, calls("WlanCloseHandle"));
        }
    }

    void openAndForgetAClientWhoseListenerClosesIt() {
        WlanClient client = WlanClient.open(api);
        client.subscribe(java.util.Set.of(WlanNotificationSource.ACM), n -> client.close());
    }

    /**
     * Defect: a listener that refers to its own client kept the abandoned client reachable from
     * static roots and from the leak tracker, so its handle was never closed.
     */
    @Test
    void anUnclosedClientWhoseListenerRefersToItIsStillReportedAndClosed() {
        int contexts = Notifications.liveContexts();
        try (LogCapture log = new LogCapture()) {
            openAndForgetAClientWhoseListenerClosesIt();
            collectUntil(() -> calls("WlanCloseHandle") == 1, "the leak tracker closed the handle");
            collectUntil(() -> warnings(log).size() == 1, "the leak was logged");
            collectUntil(() -> Notifications.liveContexts() == contexts, "its notification context went");
        }
    }

    void openAndForgetWfd() {
        WfdClient wfd = WfdClient.open(api);
        wfd.openLegacySession(MacAddress.parse("02:00:00:00:00:01")).peer();
    }

    @Test
    void unclosedWfdClientsAndSessionsAreClosedSessionFirst() {
        try (LogCapture log = new LogCapture()) {
            openAndForgetWfd();
            collectUntil(() -> calls("WFDCloseHandle") == 1, "the Cleaner closed the client");
            assertEquals(1, calls("WFDCloseSession"));
            collectUntil(() -> warnings(log).size() == 2, "both leaks were logged");
            // The session holds a reference on the client's handle: WFDCloseSession comes first.
            List<String> order = mockingDetails(api).getInvocations().stream().map(i -> i.getMethod().getName())
                    .filter(n -> n.startsWith("WFDClose")).collect(java.util.stream.Collectors.toList());
            assertEquals(List.of("WFDCloseSession", "WFDCloseHandle"), order);
        }
    }
}
