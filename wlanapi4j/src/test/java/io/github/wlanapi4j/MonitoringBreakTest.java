package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 21's adversarial review: attacks on the Flow publisher, MSM decoding, rssi/channel, and
 * the stand-in and simulator sending MSM events. Each test here failed on the code as reviewed
 * (670322b) and names the defect it showed, fixed since.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class MonitoringBreakTest extends OperationsSuite {
    private static final Set<WlanNotificationSource> MSM = EnumSet.of(WlanNotificationSource.MSM);

    MonitoringBreakTest(Binding binding) {
        super(binding);
    }

    /** A subscriber that records every signal it gets. */
    static class Probe implements Flow.Subscriber<WlanNotification> {
        final List<WlanNotification> items = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger subscribes = new AtomicInteger();
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        final CountDownLatch subscribed = new CountDownLatch(1);
        volatile Flow.Subscription subscription;
        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscribes.incrementAndGet();
            subscription = s;
            s.request(Long.MAX_VALUE);
            subscribed.countDown();
        }

        @Override
        public void onNext(WlanNotification n) {
            items.add(n);
        }

        @Override
        public void onError(Throwable t) {
            ended.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            ended.complete(null);
        }
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }

    /** The client's close hooks, 0 if none were ever made. */
    private int closeHooks() throws ReflectiveOperationException {
        Set<?> hooks = (Set<?>) field(wlan, "closeHooks");
        return hooks == null ? 0 : hooks.size();
    }

    /** The listeners of the client's hub. */
    private int listeners() throws ReflectiveOperationException {
        Object hub = field(wlan, "notifications");
        return hub instanceof Notifications ? ((Collection<?>) field(hub, "listeners")).size() : 0;
    }

    // ---- The publisher ------------------------------------------------------------------------

    /**
     * DEFECT: cancelling a publisher subscriber does not end its client subscription: the
     * listener, and with it the native MSM registration, stays until some later MSM notification
     * happens to arrive (which, for a disconnected or idle interface, may be never). Rule 3.13
     * and the publisher's javadoc ("Cancelling ends the subscriber's subscription") are broken,
     * and on Windows 11 an MSM registration is what needs location consent.
     */
    @Test
    void cancellingASubscriberReleasesItsNativeRegistration() throws Exception {
        Probe p = new Probe();
        wlan.publisher(MSM).subscribe(p);
        await(p.subscribed);
        assertTrue((wlan.registeredNotificationMask() & WlanNotificationSource.MSM.bits()) != 0);

        p.subscription.cancel();

        assertTrue(eventually(() -> (wlan.registeredNotificationMask() & WlanNotificationSource.MSM.bits()) == 0,
                3_000), "MSM still registered after cancel: mask 0x"
                        + Integer.toHexString(wlan.registeredNotificationMask()));
    }

    /**
     * DEFECT: subscribe/cancel cycles accumulate: each leaves a listener in the client's hub and
     * a close hook (holding its SubmissionPublisher and subscriber) until a notification of its
     * sources arrives. A long-lived client whose UI re-subscribes per screen leaks without bound.
     */
    @Test
    void subscribeCancelCyclesLeaveNothingBehind() throws Exception {
        for (int i = 0; i < 100; i++) {
            Probe p = new Probe();
            wlan.publisher(MSM).subscribe(p);
            await(p.subscribed);
            p.subscription.cancel();
        }
        assertTrue(wlan.awaitDelivered(Duration.ofSeconds(10)));

        assertTrue(eventually(() -> {
            try {
                return closeHooks() == 0 && listeners() == 0;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }, 3_000), "after 100 cancelled subscribers: " + closeHooks() + " close hooks, " + listeners()
                + " listeners");
    }

    /**
     * DEFECT: "one that does not keep up ... holds up nobody" is false: every subscriber is
     * delivered on ForkJoinPool.commonPool() (parallelism 1 on a 2-core machine), so a
     * subscriber blocking in onNext (a blocking write, a UI invokeAndWait) starves every other
     * publisher subscriber of every client, and any other common-pool work of the application.
     * SubmissionPublisher's own default avoids the common pool when its parallelism is below 2.
     */
    @Test
    void aBlockedSubscriberDoesNotHoldUpAnotherSubscriber() throws Exception {
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch blocked = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < workers; i++) {
                wlan.publisher(MSM).subscribe(new Probe() {
                    @Override
                    public void onNext(WlanNotification n) {
                        blocked.countDown();
                        try {
                            release.await(); // released in finally below
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            }
            backend.notify(WlanNotificationSource.MSM, MsmEvent.LINK_DEGRADED.code(), IFACE, new byte[0]);
            await(blocked);

            Probe other = new Probe();
            wlan.publisher(MSM).subscribe(other);
            backend.notify(WlanNotificationSource.MSM, MsmEvent.LINK_IMPROVED.code(), IFACE, new byte[0]);
            assertTrue(eventually(() -> !other.items.isEmpty(), 5_000),
                    "another subscriber got nothing while " + workers + " subscriber(s) blocked");
        } finally {
            release.countDown();
        }
    }

    /**
     * DEFECT: subscribing the same subscriber twice (rule 2.12) gives it two onSubscribe calls
     * and every notification twice, where the SubmissionPublisher the class claims to behave like
     * signals onError(IllegalStateException) for the duplicate.
     */
    @Test
    void theSameSubscriberTwiceIsRefused() throws Exception {
        Probe p = new Probe();
        Flow.Publisher<WlanNotification> publisher = wlan.publisher(MSM);
        publisher.subscribe(p);
        publisher.subscribe(p);

        // The duplicate's onError comes at once; the first subscription's onSubscribe on a delivery thread.
        assertTrue(eventually(() -> p.subscribes.get() >= 1 && p.ended.isDone(), 3_000));
        assertEquals(1, p.subscribes.get(), "onSubscribe calls for one subscriber");
        assertInstanceOf(IllegalStateException.class, failure(p.ended));
    }

    // ---- Connection.toBuilder and the simulator's MSM data ------------------------------------

    /**
     * DEFECT: Connection.toBuilder() loses fields: securityEnabled is recomputed from the cipher,
     * so a secured connection whose cipher reads NONE (what the stand-in's WlanQueryInterface
     * reports after a WPA2 connect) comes back unsecured, and raw codes the enums do not name
     * (IHV authentication/cipher 0x8000000x) become UNKNOWN's -1. The simulator's signal() and
     * roam() rebuild the connection with it, so a roam or signal change silently alters it.
     */
    @Test
    void toBuilderKeepsEveryField() {
        MacAddress ap = MacAddress.parse("02:aa:bb:cc:dd:01");
        Connection securedNoCipher = new Connection(InterfaceState.CONNECTED.code(), 0, "Home", HOME, 1, ap,
                PhyType.HT.code(), 0, 80, 1000, 1000, true, false, AuthAlgorithm.RSNA_PSK.code(), 0);
        Connection ihv = new Connection(InterfaceState.CONNECTED.code(), 0, "Home", HOME, 1, ap,
                PhyType.HT.code(), 0, 80, 1000, 1000, true, false, 0x8000_0001, 0x8000_0002);

        Connection a = securedNoCipher.toBuilder().build();
        Connection b = ihv.toBuilder().build();

        assertEquals(List.of(true, 0x8000_0001, 0x8000_0002), List.of(a.securityEnabled(), b.authCode(),
                b.cipherCode()), "securityEnabled, authCode, cipherCode after toBuilder().build()");
    }

    /**
     * DEFECT: the simulator and the stand-in disagree on a secured link's MSM data: after a WPA2
     * connect the stand-in's DISASSOCIATING/DISCONNECTED say bSecurityEnabled, the simulator's
     * do not (its connection never records security, and it builds the disconnect's MSM data from
     * that), though its own CONNECTED said it. Code tested against the simulator sees a secured
     * link go away as an open one.
     */
    @Test
    void aSecuredLinksDisconnectSaysItWasSecured() throws Exception {
        done(wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, "correct horse battery")));
        List<WlanNotification> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch gone = new CountDownLatch(1);
        try (WlanClient.Subscription s = wlan.subscribe(MSM, n -> {
            seen.add(n);
            if (n.msmEvent().orElseThrow() == MsmEvent.DISCONNECTED) {
                gone.countDown();
            }
        })) {
            done(wlan.disconnect(IFACE));
            await(gone);
        }
        List<Boolean> secured = new ArrayList<>();
        synchronized (seen) {
            seen.forEach(n -> secured.add(n.msm().orElseThrow().securityEnabled()));
        }
        assertEquals(List.of(true, true), secured, "bSecurityEnabled of DISASSOCIATING, DISCONNECTED");
    }

    /**
     * DEFECT: channel() differs by binding: the stand-in's channel_of() knows neither 6 GHz
     * channel 2 (5935 MHz) nor the 4.9 GHz band, and answers 0 where the simulator (and
     * BssEntry.channel(), WifiBand.channelOf) answer 2 and 184, so the two backends of one
     * contract drift.
     */
    @Test
    void theChannelOfTheConnectionIsItsBsssChannel() throws Exception {
        Ssid six = Ssid.of("Six");
        BssEntry bss = BssEntry.builder(six, MacAddress.parse("02:aa:bb:cc:dd:66"))
                .centerFrequencyKhz(5_935_000).build();
        backend.addBss(IFACE, bss);

        done(wlan.connect(IFACE, WlanProfile.open(six)));

        assertEquals(2, bss.channel());
        assertEquals(bss.channel(), wlan.channel(IFACE).orElseThrow());
    }
}
