package io.github.wlanapi4j;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link WlanClient#publisher}: notifications as a {@link Flow.Publisher}. Each subscriber gets a
 * subscription of its own to the client's notifications, and its own buffer of
 * {@link #BUFFER} notifications: a subscriber that does not keep up loses the ones its buffer
 * cannot take, rather than hold up the other listeners. A subscriber that cancels ends its
 * client subscription with the next notification; the client's close completes every
 * subscriber ({@code onComplete}).
 */
final class NotificationPublisher implements Flow.Publisher<WlanNotification> {
    /** The notifications one subscriber may have waiting for its demand. */
    static final int BUFFER = 256;

    private final WlanClient client;
    private final Set<WlanNotificationSource> sources;

    NotificationPublisher(WlanClient client, Set<WlanNotificationSource> sources) {
        this.client = client;
        this.sources = sources;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super WlanNotification> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        // Delivered on the JDK's common pool, in order per subscriber, as SubmissionPublisher does.
        SubmissionPublisher<WlanNotification> own = new SubmissionPublisher<>(
                ForkJoinPool.commonPool(), BUFFER);
        own.subscribe(subscriber);
        AtomicReference<WlanClient.Subscription> registration = new AtomicReference<>();
        Runnable complete = own::close;
        try {
            registration.set(client.subscribe(sources, n -> {
                if (own.getNumberOfSubscribers() == 0) { // cancelled: let go of the client too
                    own.close();
                    client.removeCloseHook(complete);
                    WlanClient.Subscription r = registration.get(); // null only before subscribe returned
                    if (r != null) {
                        r.close(); // from the listener's own thread: does not wait
                    }
                } else {
                    own.offer(n, (s, dropped) -> false); // full: this subscriber loses it
                }
            }));
        } catch (RuntimeException e) {
            own.closeExceptionally(e); // a closed client, a refused MSM subscription: onError
            return;
        }
        client.addCloseHook(complete);
    }

    @Override
    public String toString() {
        return "NotificationPublisher[" + sources + "]";
    }
}
