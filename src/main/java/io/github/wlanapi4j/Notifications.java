package io.github.wlanapi4j;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The notifications of one {@link WlanClient}: its listeners, its one native registration, and
 * the ordered delivery of what the service sends.
 *
 * <p>The API allows one callback per handle, so the registration's source mask is the union of
 * the listeners' sources, re-registered as listeners come and go, and unregistered (source NONE)
 * when none remain. The service's callback only copies the notification and queues it; listeners
 * run on a delivery thread, one notification at a time per client, in arrival order. So a slow
 * listener never stalls the service, and a listener may call anything on the client, including
 * {@code close()}: Windows' {@code WlanCloseHandle} waits for a running callback, which here
 * never waits for anything.
 */
final class Notifications {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");

    /** One callback object for every client; static, so reachable while any registration exists. */
    private static final WlanApi.WLAN_NOTIFICATION_CALLBACK CALLBACK =
            CallingConvention.notificationCallback(new NotificationCallback());
    private static final ConcurrentHashMap<Long, Notifications> REGISTERED = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_CONTEXT = new AtomicLong();
    private static final Executor DELIVERY = DeliveryThreads.newPool("wlanapi4j-notify-");

    private final long context = NEXT_CONTEXT.incrementAndGet();
    private final Pointer contextPointer = new Pointer(context);
    private final WlanApi api;
    private final HandleGuard guard;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<WlanNotification> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    /** Guards registeredMask and closed transitions; held across WlanRegisterNotification. */
    private final Object registration = new Object();
    private int registeredMask;
    private volatile boolean closed;

    Notifications(WlanApi api, HandleGuard guard) {
        this.api = api;
        this.guard = guard;
    }

    WlanClient.Subscription subscribe(Set<WlanNotificationSource> sources, Consumer<? super WlanNotification> listener) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(listener, "listener");
        if (sources.isEmpty() || sources.contains(null)) {
            throw new IllegalArgumentException("sources must name at least one source and no null: " + sources);
        }
        Listener l = new Listener(WlanNotificationSource.mask(sources), listener);
        synchronized (registration) {
            if (closed) {
                throw new IllegalStateException("WlanClient is closed");
            }
            listeners.add(l);
            try {
                register();
            } catch (RuntimeException e) {
                listeners.remove(l);
                throw e;
            }
        }
        return l;
    }

    private void unsubscribe(Listener l) {
        synchronized (registration) {
            if (listeners.remove(l) && !closed) {
                register();
            }
        }
    }

    /** Brings the native registration in line with the listeners' sources. Holds the lock. */
    private void register() {
        int mask = 0;
        for (Listener l : listeners) {
            mask |= l.mask;
        }
        if (mask == registeredMask) {
            return;
        }
        int code = registerNative(mask);
        if (code != ErrorTable.ERROR_SUCCESS) {
            throw ErrorTable.exception("WlanRegisterNotification", code)
                    .withContext("sources 0x" + Integer.toHexString(mask));
        }
    }

    /**
     * The one place that calls {@code WlanRegisterNotification} (mask 0 unregisters), with the
     * handle borrowed, and keeps {@code registeredMask} and the context map in line with what the
     * service has. Holds the lock.
     *
     * @throws IllegalStateException if the client's handle is closed (nothing is registered then)
     */
    private int registerNative(int mask) {
        return guard.borrow(h -> {
            if (mask != 0) {
                REGISTERED.put(context, this); // before the call: the first notification may beat its return
            }
            int code = api.WlanRegisterNotification(h, mask, false, mask == 0 ? null : CALLBACK, contextPointer,
                    null, null);
            if (code == ErrorTable.ERROR_SUCCESS) {
                registeredMask = mask;
            }
            if (registeredMask == 0) {
                REGISTERED.remove(context);
            }
            return code;
        });
    }

    /**
     * Stops all delivery for good: queued notifications are dropped, no listener starts after
     * this returns (one running now may finish), and the native registration is removed. Never
     * waits for a listener, so a listener may close its own client.
     */
    void close() {
        synchronized (registration) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            REGISTERED.remove(context);
            if (registeredMask != 0) {
                try {
                    int code = registerNative(0);
                    if (code != ErrorTable.ERROR_SUCCESS) {
                        // WlanCloseHandle, which follows, removes the registration in any case.
                        LOG.log(System.Logger.Level.DEBUG, () -> "unregistering notifications before close: "
                                + ErrorTable.describeCode(code));
                    }
                } catch (IllegalStateException handleClosed) {
                    // nothing left to unregister
                }
                registeredMask = 0;
            }
        }
    }

    /** On the service's thread: copy, queue, and make sure a delivery thread drains the queue. */
    private void receive(WlanApi.WLAN_NOTIFICATION_DATA data) {
        if (closed) {
            return;
        }
        queue.add(WlanNotification.copyOf(data));
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (!closed && !queue.isEmpty() && draining.compareAndSet(false, true)) {
            DELIVERY.execute(this::drain);
        }
    }

    /** Delivers queued notifications in order; one drain per client at a time. */
    private void drain() {
        try {
            WlanNotification n;
            while (!closed && (n = queue.poll()) != null) {
                for (Listener l : listeners) {
                    if (closed) {
                        return;
                    }
                    l.offer(n);
                }
            }
        } finally {
            draining.set(false);
            scheduleDrain(); // a notification may have arrived after the last poll
        }
    }

    int registeredMask() {
        synchronized (registration) {
            return registeredMask;
        }
    }

    /** One listener and its sources; the subscription handed to the user. */
    private final class Listener implements WlanClient.Subscription {
        final int mask;
        final Consumer<? super WlanNotification> consumer;
        volatile boolean active = true;

        Listener(int mask, Consumer<? super WlanNotification> consumer) {
            this.mask = mask;
            this.consumer = consumer;
        }

        void offer(WlanNotification n) {
            if (!active || (n.sourceCode() & mask) == 0) {
                return;
            }
            try {
                consumer.accept(n);
            } catch (Throwable t) { // contained: later notifications and other listeners go on
                LOG.log(System.Logger.Level.WARNING, "a WLAN notification listener threw; delivery goes on", t);
            }
        }

        @Override
        public void close() {
            if (active) {
                active = false;
                unsubscribe(this);
            }
        }
    }

    /** The service's callback: finds the client by its context, and nothing may escape into native code. */
    private static final class NotificationCallback implements WlanApi.WLAN_NOTIFICATION_CALLBACK {
        @Override
        public void callback(WlanApi.WLAN_NOTIFICATION_DATA data, Pointer context) {
            try {
                Notifications hub = REGISTERED.get(Pointer.nativeValue(context));
                if (hub != null) {
                    hub.receive(data);
                }
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "a WLAN notification could not be delivered", t);
            }
        }
    }
}
