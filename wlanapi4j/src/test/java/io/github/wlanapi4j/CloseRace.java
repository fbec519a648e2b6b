package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.platform.win32.WinNT;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

/** Threads borrowing a client's handle for raw calls while another thread closes the client. */
final class CloseRace {
    private CloseRace() {}

    /**
     * Starts {@code threads} borrowers that call {@code rawCall} until the client is closed,
     * closes it once all have made a call, and waits (bounded) for them to stop.
     *
     * @return how many borrowed calls returned something other than 0
     */
    static int closeWhileBorrowing(WlanClient client, int threads, ToIntFunction<WinNT.HANDLE> rawCall)
            throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch running = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                boolean counted = false;
                try {
                    while (true) {
                        if (client.withHandle(rawCall::applyAsInt) != 0) {
                            failed.incrementAndGet();
                        }
                        if (!counted) {
                            counted = true;
                            running.countDown();
                        }
                    }
                } catch (IllegalStateException closed) {
                    // the expected way out: no native call was made
                } finally {
                    if (!counted) {
                        running.countDown();
                    }
                }
            });
            workers.add(w);
            w.start();
        }
        assertTrue(running.await(30, TimeUnit.SECONDS), "the borrowers did not start");
        client.close();
        for (Thread w : workers) {
            w.join(30_000);
            assertFalse(w.isAlive(), "a borrower did not stop after close");
        }
        return failed.get();
    }
}
