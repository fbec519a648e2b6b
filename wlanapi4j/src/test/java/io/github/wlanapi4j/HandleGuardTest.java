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

    /** A guard whose native close is {@code closer}. */
    static final class TestGuard extends HandleGuard {
        private final java.util.function.ToIntFunction<WinNT.HANDLE> closer;
        /** Runs once, at the next compare-and-set of the state: between a look at it and the update. */
        volatile Runnable beforeCounting;

        TestGuard(java.util.function.ToIntFunction<WinNT.HANDLE> closer) {
            super(Pointer.nativeValue(H.getPointer()));
            this.closer = closer;
        }

        @Override
        boolean casState(long expected, long update) {
            Runnable hook = beforeCounting;
            if (hook != null) {
                beforeCounting = null;
                hook.run();
            }
            return super.casState(expected, update);
        }

        @Override
        String owner() {
            return "Test";
        }

        @Override
        String closeFunction() {
            return "TestClose";
        }

        @Override
        int closeNative(long address) {
            return closer.applyAsInt(handleOf(address));
        }
    }

    @Test
    void theOwnerReferenceIsDroppedOnceAndTheCloseRunsOnce() {
        AtomicInteger closes = new AtomicInteger();
        HandleGuard guard = new TestGuard(h -> {
            closes.incrementAndGet();
            return 0;
        });
        assertEquals(1L, guard.references());
        WinNT.HANDLE borrowed = guard.acquire();
        assertEquals(H.getPointer(), borrowed.getPointer());
        assertSame(borrowed, guard.acquire(), "one HANDLE object per guard");
        assertNull(guard.release());
        assertEquals(2L, guard.references());
        assertNull(guard.close());
        assertTrue(guard.isClosed());
        assertEquals(0, closes.get(), "a borrow is in flight");
        assertNull(guard.close());
        assertNull(guard.release());
        assertEquals(1, closes.get());
        assertEquals(0L, guard.references());
        assertEquals("Test is closed", assertThrows(IllegalStateException.class, guard::acquire).getMessage());
    }

    @Test
    void theCloseFailureGoesToWhoeverRanIt() {
        HandleGuard guard = new TestGuard(h -> 1722);
        WlanException e = guard.close();
        assertTrue(e instanceof WlanRpcException);
        assertEquals("TestClose", e.function());
    }

    /**
     * The narrowest race, made to happen: a borrow has seen the guard open but not yet counted
     * itself when the close runs. The borrow must see the close and back out, never use the
     * handle the close has just closed.
     */
    @Test
    void aBorrowThatLosesTheRaceToCloseBacksOut() throws Exception {
        AtomicInteger closes = new AtomicInteger();
        TestGuard guard = new TestGuard(h -> {
            closes.incrementAndGet();
            return 0;
        });
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        guard.beforeCounting = () -> {
            paused.countDown();
            WlanClientContractTest.await(resume);
        };
        java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Thread borrower = new Thread(() -> {
            try {
                outcome.set(guard.borrow(h -> "used the handle"));
            } catch (IllegalStateException e) {
                outcome.set(e);
            }
        });
        borrower.start();
        assertTrue(paused.await(10, TimeUnit.SECONDS));
        assertNull(guard.close()); // no borrow counted yet: the native close runs now
        assertEquals(1, closes.get());
        resume.countDown();
        borrower.join(10_000);
        assertTrue(outcome.get() instanceof IllegalStateException, "the late borrow used a closed handle: " + outcome);
        assertEquals(1, closes.get());
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
            HandleGuard guard = new TestGuard(h -> {
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
