package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A sixth adversarial pass over operations (after fb7cf81): each test forced a defect then and
 * passes since: a retry's own outcome replaced by an older one queued ahead of it, and a
 * notification that arrived before a connect's call settling that connect (its call never made).
 * Since then each connection notification carries the connects it may end, recorded as it arrives.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsBreak6Test extends OperationsSuite {
    OperationsBreak6Test(Binding binding) {
        super(binding);
    }

    /**
     * A's failed connection_complete (0x11) arrives while the lane is busy; the retry C to the same profile is
     * accepted, and C's own failed connection_complete (0x22) arrives too, before the lane reads A's. arrived()
     * marks C reported on C's notification; then the lane reads A's notification and take() ends
     * every reported connect of the profile: C fails with A's 0x11, and C's own outcome is ignored.
     */
    @Test
    void aRetrysOwnOutcomeQueuedBehindTheOldOneIsNotReplacedByIt() throws Exception {
        CountDownLatch inRead = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger connects = new AtomicInteger();
        try (WlanClient c = WlanClient.open(laneHeld(inRead, release, connects))) {
            CountDownLatch seen1 = new CountDownLatch(1);
            CountDownLatch seen2 = new CountDownLatch(2);
            c.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                if (n.acmEvent().orElse(null) == AcmEvent.CONNECTION_COMPLETE) {
                    seen1.countDown();
                    seen2.countDown();
                }
            });
            CompletableFuture<List<BssEntry>> scan = c.scan(OTHER);
            await(inRead);
            backend.set(Setting.REPORTS, 0);
            CompletableFuture<Connection> a = c.connect(IFACE, HOME_PROFILE);
            backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE,
                    connectionData("Home", 0x11, WlanStructs.CN_SIZE));
            await(seen1);
            CompletableFuture<Connection> retry = c.connect(IFACE, HOME_PROFILE);
            assertEquals(2, connects.get(), "the retry's WlanConnect was made");
            backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE,
                    connectionData("Home", 0x22, WlanStructs.CN_SIZE));
            await(seen2); // arrived() has run for the retry's own outcome
            release.countDown();
            done(scan);
            assertEquals(0x11, ((WlanException) failure(a)).reasonCode());
            assertEquals(0x22, ((WlanException) failure(retry)).reasonCode(),
                    "the retry ended with A's outcome, which the lane read after the retry's own had arrived");
        } finally {
            release.countDown();
        }
    }

    /**
     * A connection notification for the profile arrives after connect() added B but before B's
     * WlanConnect is made (held at BEFORE_CONNECT_CALL): it cannot be B's outcome, yet arrived()
     * marks B reported and the lane settles B with it; start() then finds B gone and makes no
     * WlanConnect at all: connect() "fails" (or "succeeds") without the service ever asked.
     */
    @Test
    void aNotificationBeforeTheConnectCallDoesNotSettleTheConnect() throws Exception {
        CountDownLatch inRead = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger connects = new AtomicInteger();
        release.countDown(); // the lane is not held here
        try (WlanClient c = WlanClient.open(laneHeld(inRead, release, connects))) {
            CountDownLatch seen = new CountDownLatch(1);
            c.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                if (n.acmEvent().orElse(null) == AcmEvent.CONNECTION_COMPLETE) {
                    seen.countDown();
                }
            });
            backend.set(Setting.REPORTS, 0);
            AtomicInteger hits = new AtomicInteger();
            Seams.install(p -> {
                if (p == Seams.Point.BEFORE_CONNECT_CALL && hits.incrementAndGet() == 1) {
                    backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE,
                            connectionData("Home", 0x33, WlanStructs.CN_SIZE)); // a stale outcome (an earlier attempt, another app)
                    await(seen);
                    eventually(() -> c.pendingOperations() == 0, 2_000);
                }
            });
            CompletableFuture<Connection> b;
            try {
                b = c.connect(IFACE, HOME_PROFILE);
            } finally {
                Seams.install(null);
            }
            assertTrue(c.awaitDelivered(Duration.ofSeconds(5)), "every notification read and settled");
            String observed = "WlanConnect calls: " + connects.get() + "; the connect: "
                    + (b.isDone() ? "ended with " + failure(b) : "pending");
            assertEquals(1, connects.get(), observed);
        } finally {
            Seams.install(null);
        }
    }
}
