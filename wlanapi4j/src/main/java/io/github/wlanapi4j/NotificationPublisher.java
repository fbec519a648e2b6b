package io.github.wlanapi4j;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link WlanClient#publisher}: notifications as a {@link Flow.Publisher}. Each subscriber gets a
 * subscription of its own to the client's notifications and its own buffer of {@link #BUFFER}
 * notifications, delivered on a thread of the library's own: a subscriber that does not keep up
 * loses the ones its buffer cannot take, and one that blocks holds up only itself. Cancelling,
 * as the subscriber's {@code onComplete} or {@code onError}, ends its client subscription at once;
 * the client's close completes every subscriber. A subscriber already subscribed here gets
 * {@code onError}, as {@link SubmissionPublisher} answers one.
 */
final class NotificationPublisher implements Flow.Publisher<WlanNotification> {
    /** The notifications one subscriber may have waiting for its demand. */
    static final int BUFFER = 256;

    /**
     * Delivery threads, made as subscribers need them and gone 5 s after they stop: not the
     * common pool, whose one thread on a small machine a blocking subscriber would take from
     * every other user of it.
     */
    private static final class Delivery {
        static final ExecutorService THREADS = threads();

        private static ExecutorService threads() {
            AtomicInteger count = new AtomicInteger();
            return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "wlanapi4j-publisher-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    private final WlanClient client;
    private final Set<WlanNotificationSource> sources;
    /** The subscribers with a subscription here now: each may have one. */
    private final Set<Flow.Subscriber<?>> active = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    NotificationPublisher(WlanClient client, Set<WlanNotificationSource> sources) {
        this.client = client;
        this.sources = sources;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super WlanNotification> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (!active.add(subscriber)) { // onError alone, as SubmissionPublisher answers a duplicate
            subscriber.onError(new IllegalStateException(
                    "this subscriber is already subscribed to " + this + "; cancel that subscription first"));
            return;
        }
        SubmissionPublisher<WlanNotification> own = new SubmissionPublisher<>(Delivery.THREADS, BUFFER);
        AtomicReference<WlanClient.Subscription> registration = new AtomicReference<>();
        AtomicBoolean released = new AtomicBoolean();
        Runnable complete = own::close;
        Runnable release = () -> { // once: cancelled, completed or failed
            if (released.compareAndSet(false, true)) {
                active.remove(subscriber);
                client.removeCloseHook(complete);
                own.close();
                WlanClient.Subscription r = registration.get();
                if (r != null) {
                    r.close();
                }
            }
        };
        own.subscribe(new Releasing(subscriber, release));
        try {
            WlanClient.Subscription r = client.subscribe(sources, n -> {
                if (own.getNumberOfSubscribers() == 0) {
                    release.run(); // a backstop: the subscriber went without cancelling through us
                } else {
                    own.offer(n, (s, dropped) -> false); // full: this subscriber loses it
                }
            });
            registration.set(r);
            if (released.get()) {
                r.close(); // cancelled while we subscribed
            }
        } catch (RuntimeException e) {
            active.remove(subscriber);
            released.set(true);
            own.closeExceptionally(e); // a closed client, a refused MSM subscription: onError
            return;
        }
        client.addCloseHook(complete);
    }

    @Override
    public String toString() {
        return "NotificationPublisher[" + sources + "]";
    }

    /** The subscriber as the buffer sees it: its subscription's cancel, and its end, release the client's. */
    private static final class Releasing implements Flow.Subscriber<WlanNotification> {
        private final Flow.Subscriber<? super WlanNotification> subscriber;
        private final Runnable release;

        Releasing(Flow.Subscriber<? super WlanNotification> subscriber, Runnable release) {
            this.subscriber = subscriber;
            this.release = release;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    subscription.request(n);
                }

                @Override
                public void cancel() {
                    subscription.cancel();
                    release.run();
                }
            });
        }

        @Override
        public void onNext(WlanNotification item) {
            subscriber.onNext(item);
        }

        @Override
        public void onError(Throwable t) {
            try {
                subscriber.onError(t);
            } finally {
                release.run();
            }
        }

        @Override
        public void onComplete() {
            try {
                subscriber.onComplete();
            } finally {
                release.run();
            }
        }
    }
}
