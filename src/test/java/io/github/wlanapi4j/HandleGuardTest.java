package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The SafeHandle-style guard alone, under contention. */
class HandleGuardTest {
    static final WinNT.HANDLE H = new WinNT.HANDLE(new Pointer(0x40));

    @Test
    void theOwnerReferenceIsDroppedOnceAndTheCloseRunsOnce() {
        AtomicInteger closes = new AtomicInteger();
        HandleGuard guard = new HandleGuard("Test", H, "TestClose", h -> {
            closes.incrementAndGet();
            return 0;
        });
        assertEquals(1, guard.references());
        assertSame(H, guard.acquire());
        assertEquals(2, guard.references());
        assertNull(guard.close());
        assertTrue(guard.isClosed());
        assertEquals(0, closes.get(), "a borrow is in flight");
        assertNull(guard.close());
        assertNull(guard.release());
        assertEquals(1, closes.get());
        assertEquals(0, guard.references());
        assertEquals("Test is closed", assertThrows(IllegalStateException.class, guard::acquire).getMessage());
    }

    @Test
    void theCloseFailureGoesToWhoeverRanIt() {
        HandleGuard guard = new HandleGuard("Test", H, "TestClose", h -> 1722);
        WlanException e = guard.close();
        assertTrue(e instanceof WlanRpcException);
        assertEquals("TestClose", e.function());
    }

    /**
     * Borrowers and a closer race, many times over; the close must run exactly once and only
     * when no borrow is in flight.
     */
    @Test
    void theNativeCloseNeverRunsDuringABorrow() throws Exception {
        int threads = 4;
        for (int i = 0; i < 500; i++) {
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger closes = new AtomicInteger();
            AtomicInteger violations = new AtomicInteger();
            HandleGuard guard = new HandleGuard("Test", H, "TestClose", h -> {
                if (inFlight.get() != 0) {
                    violations.incrementAndGet();
                }
                closes.incrementAndGet();
                return 0;
            });
            CountDownLatch started = new CountDownLatch(threads);
            List<Thread> borrowers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread b = new Thread(() -> {
                    started.countDown();
                    try {
                        while (true) {
                            guard.borrow(h -> {
                                inFlight.incrementAndGet();
                                Thread.onSpinWait();
                                return inFlight.decrementAndGet();
                            });
                        }
                    } catch (IllegalStateException closed) {
                        // done
                    }
                });
                borrowers.add(b);
                b.start();
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            guard.close();
            for (Thread b : borrowers) {
                b.join(10_000);
                assertFalse(b.isAlive());
            }
            assertEquals(1, closes.get(), "iteration " + i);
            assertEquals(0, violations.get(), "iteration " + i);
        }
    }
}
