package io.github.wlanapi4j;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The notifications of one {@link WlanClient}: its listeners, its one native registration, and
 * the ordered delivery of what the service sends.
 *
 * <p>The API allows one callback per handle, so the registration's source mask is the union of
 * the listeners' sources, re-registered as listeners come and go, and unregistered (source NONE)
 * when none remain. The service's callback only copies the notification into a bounded queue (a
 * {@link Lane}); a delivery thread runs the listeners, one notification at a time per client, in
 * arrival order. So a slow listener never stalls the service, and a listener may call anything on
 * the client, including {@code close()}: Windows' {@code WlanCloseHandle} waits for a running
 * callback, which here never waits for anything. A close waits for a listener call in progress,
 * unless it is made on a delivery thread (by a listener or a completion stage).
 *
 * <p>The hub also owns the client's {@link Operations}. Their ACM notifications go to a lane of
 * their own, which runs only library code: a listener that blocks never delays an operation's
 * outcome, and the operations' outcomes never wait for a listener.
 *
 * <p>Reachability (lifecycle law 8): the static context table holds this hub weakly, and the
 * client's guard does not refer to it. A listener may refer to its client, so anything static
 * that held the hub strongly would keep an abandoned client, and its handle, alive forever.
 */
final class Notifications {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    /** Notifications queued per client before new ones are dropped (about 110 bytes each). */
    static final int QUEUE_CAPACITY = 1024;

    /** One callback object for every client; static, so reachable while any registration exists. */
    private static final WlanApi.WLAN_NOTIFICATION_CALLBACK CALLBACK =
            CallingConvention.serviceCallback(CallingConvention.notificationCallback(new NotificationCallback()));
    private static final CallbackContexts<Notifications> CONTEXTS = new CallbackContexts<>();

    private final WlanApi api;
    private final HandleGuard guard;
    private final long context = CONTEXTS.addWeakly(this);
    private final Pointer contextPointer = new Pointer(context);
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    /** Notified when a drain ends or the hub closes: {@link #awaitDelivered} waits on it. */
    private final Object drained = new Object();
    /** The listeners' notifications, in order. */
    private final Lane toListeners = new Lane(this::deliverToListeners);
    /** The operations' notifications, in order; only once they subscribed. */
    private final Lane toOperations;
    /** The ACM source bits once the operations subscribed, else 0. */
    private volatile int operationsMask;
    /** Operations' completions handed to delivery threads that have not returned yet (their stages included). */
    private final AtomicInteger completing = new AtomicInteger();
    /** The hub whose operation's completion runs on this thread, if any: it must not await its own delivery. */
    private static final ThreadLocal<Notifications> COMPLETING_HERE = new ThreadLocal<>();
    /** Guards registeredMask and closed transitions; held across WlanRegisterNotification. */
    private final Object registration = new Object();
    private int registeredMask;
    private volatile boolean closed;
    /**
     * Guards the listeners' {@code active} flags and {@link #calling}: a delivery decides to call
     * a listener and marks the call under it, and a close clears the flags under it, so after a
     * close no call begins, and a call that began is seen. Never held while a listener runs.
     */
    private final Object calls = new Object();
    /** The listener being called now (deliveries are one at a time per client), or null. */
    private Listener calling;

    /** The client's asynchronous operations, which settle on this hub's ACM notifications. */
    private final Operations operations;

    Notifications(WlanApi api, HandleGuard guard) {
        this.api = api;
        this.guard = guard;
        this.operations = new Operations(api, guard, this);
        this.toOperations = new Lane(operations::received);
    }

    Operations operations() {
        return operations;
    }

    /** Contexts of live hubs (for tests: none may outlive its client). */
    static int liveContexts() {
        return CONTEXTS.size();
    }

    WlanClient.Subscription subscribe(Set<WlanNotificationSource> sources, Consumer<? super WlanNotification> listener) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(listener, "listener");
        Listener l = new Listener(WlanNotificationSource.mask(sources), listener);
        synchronized (registration) {
            if (closed) {
                throw new IllegalStateException("WlanClient is closed");
            }
            listeners.add(l);
            try {
                register();
            } catch (RuntimeException | Error e) { // the caller gets no subscription: no listener stays
                listeners.remove(l);
                throw e;
            }
        }
        return l;
    }

    /**
     * Subscribes the operations to ACM, on a lane of their own (see the class comment).
     *
     * @throws IllegalStateException if the client is closed
     */
    void subscribeOperations() {
        synchronized (registration) {
            if (closed) {
                throw new IllegalStateException("WlanClient is closed");
            }
            operationsMask = WlanNotificationSource.ACM.bits();
            try {
                register();
            } catch (RuntimeException | Error e) {
                operationsMask = 0;
                throw e;
            }
        }
    }

    private void unsubscribe(Listener l) {
        synchronized (registration) {
            if (listeners.remove(l) && !closed) {
                try {
                    register();
                } catch (IllegalStateException handleClosed) {
                    // closed meanwhile (by the leak tracker): nothing is registered any more
                }
            }
        }
    }

    /** Brings the native registration in line with the listeners' sources. Holds the lock. */
    private void register() {
        int mask = operationsMask;
        for (Listener l : listeners) {
            mask |= l.mask;
        }
        if (mask == registeredMask) {
            return;
        }
        int code = registerNative(mask);
        if (code != WlanErrors.ERROR_SUCCESS) {
            // Windows 11 24H2 refuses MSM without the app's location permission: the registration
            // stays as it was, so only the subscriber that asked for MSM fails.
            int msm = WlanNotificationSource.MSM.bits();
            boolean askedForMsm = (mask & msm) != 0 && (registeredMask & msm) == 0;
            throw ErrorTable.exception("WlanRegisterNotification", code, askedForMsm)
                    .withContext("sources 0x" + Integer.toHexString(mask));
        }
    }

    /**
     * The one place that calls {@code WlanRegisterNotification} (mask 0 unregisters), with the
     * handle borrowed, and keeps {@code registeredMask} in line with what the service has. Holds
     * the lock.
     *
     * @throws IllegalStateException if the client's handle is closed (nothing is registered then)
     */
    private int registerNative(int mask) {
        return guard.borrow(h -> {
            int code = api.WlanRegisterNotification(h, mask, false, mask == 0 ? null : CALLBACK, contextPointer,
                    null, null);
            if (code == WlanErrors.ERROR_SUCCESS) {
                registeredMask = mask;
            }
            return code;
        });
    }

    /**
     * Stops all delivery for good: every listener is deactivated, queued notifications are
     * dropped, the native registration is removed, and a listener call in progress is waited for
     * (not from a delivery thread: a listener may close its own client). Once this returns no
     * listener is running or is called again.
     */
    void close() {
        operations.close(); // pending operations fail with WlanCancelledException, and none starts after
        closeOnce();
        awaitCall(null); // also when another close came first: its promise is this one's too
        awaitOperationsLane();
    }

    /**
     * Waits until the operations lane has no outcome read in progress (it stops at its next step
     * once closed), so that the client's native close is not left to that read to do later. The
     * lane runs only library code, which waits for nothing a closer holds. An interrupt does not
     * end the wait; the interrupt status is kept.
     */
    private void awaitOperationsLane() {
        if (toOperations.drainer != Thread.currentThread()) {
            waitOn(drained, () -> toOperations.drainer == null);
        }
    }

    /** Waits on {@code monitor} (notified when {@code done} may hold) until it holds; an interrupt is kept, not obeyed. */
    private static void waitOn(Object monitor, BooleanSupplier done) {
        boolean interrupted = false;
        synchronized (monitor) {
            while (!done.getAsBoolean()) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeOnce() {
        synchronized (registration) {
            if (closed) {
                return;
            }
            closed = true;
            synchronized (calls) {
                for (Listener l : listeners) {
                    l.active = false;
                }
            }
            toListeners.clear();
            toOperations.clear();
            synchronized (drained) {
                drained.notifyAll(); // nothing more will be delivered
            }
            CONTEXTS.remove(context);
            if (registeredMask != 0) {
                try {
                    int code = registerNative(0);
                    if (code != WlanErrors.ERROR_SUCCESS) {
                        // WlanCloseHandle, which follows, removes the registration in any case.
                        LOG.log(System.Logger.Level.DEBUG, () -> "unregistering notifications before close: "
                                + ErrorTable.describeCode(code));
                    }
                } catch (IllegalStateException handleClosed) {
                    // nothing left to unregister
                } catch (RuntimeException e) { // the binding threw: WlanCloseHandle still follows
                    LOG.log(System.Logger.Level.WARNING, "unregistering notifications before close failed", e);
                } finally {
                    registeredMask = 0;
                }
            }
        }
    }

    /**
     * Waits until no call of {@code l} (null: of any listener) is running, unless the caller is
     * on a delivery thread: a listener or completion stage that closes never waits, so it may
     * close its own client. An interrupt does not end the wait; the interrupt status is kept.
     */
    private void awaitCall(Listener l) {
        if (!CallbackContexts.onDeliveryThread()) {
            waitOn(calls, () -> calling == null || l != null && calling != l);
        }
    }

    /**
     * On the service's thread: copy, queue for the listeners (and the operations, if theirs),
     * and make sure delivery threads drain the queues. Never blocks.
     */
    private void receive(WlanApi.WLAN_NOTIFICATION_DATA data) {
        if (closed) {
            return;
        }
        WlanNotification n = WlanNotification.copyOf(data);
        if ((n.sourceCode() & operationsMask) != 0) {
            // Marked as arrived only if queued (a dropped one will settle nothing): a short mark
            // under the operations' lock, before the lane can read it.
            toOperations.offer(n, () -> operations.arrived(n));
        }
        toListeners.offer(n);
    }

    /** A notification that found its queue full. */
    private void overflow(WlanNotification n) {
        if (dropped.incrementAndGet() == 1) { // the first drop: logged once per client
            // Logged from a delivery thread: a log handler may block, the service thread must not.
            // What identifies it, never its data: a connection notification can carry profile XML with a key.
            CallbackContexts.deliver(() -> LOG.log(System.Logger.Level.WARNING, "WLAN notifications are arriving "
                    + "faster than the listeners take them: " + QUEUE_CAPACITY + " are queued, so " + n
                    + " was dropped, and so is every further one while the queue is full "
                    + "(WlanClient.droppedNotifications() counts them). This is logged once per client."));
        }
    }

    /**
     * Runs an operation's completion (a caller's future, and so its stages) on a delivery thread
     * of its own; {@link #awaitDelivered} waits for it.
     */
    void deliverCompletion(Runnable completion) {
        completing.incrementAndGet();
        try {
            CallbackContexts.deliver(() -> {
                COMPLETING_HERE.set(this);
                try {
                    completion.run();
                } finally {
                    COMPLETING_HERE.remove();
                    if (completing.decrementAndGet() == 0) {
                        synchronized (drained) {
                            drained.notifyAll();
                        }
                    }
                }
            });
        } catch (RuntimeException | Error e) {
            completing.decrementAndGet();
            throw e;
        }
    }

    /** The listeners' share of a notification: each listener whose sources it matches, in order. */
    private void deliverToListeners(WlanNotification n) {
        for (Listener l : listeners) {
            l.offer(n);
        }
    }

    /**
     * Waits until every notification received so far has been through the listeners and the
     * operations (no drain queued or running), and the futures they settled have completed (no
     * completion running), or the hub is closed, or {@code deadline} (System.nanoTime()) passes.
     * A drain's or completion's end is signalled after it is counted out, and a waiter tests
     * under the same monitor, so no end is missed. A completion is counted in before the drain
     * that settled it ends.
     *
     * @return whether everything was delivered (or the hub closed) in time
     * @throws IllegalStateException if called from this hub's own drain, which it would wait for
     */
    boolean awaitDelivered(long deadline) throws InterruptedException {
        if (toListeners.drainer == Thread.currentThread() || COMPLETING_HERE.get() == this) {
            throw new IllegalStateException("awaitDelivered called from a listener or completion stage of the same "
                    + "WlanClient: it would wait for its own delivery to end");
        }
        synchronized (drained) {
            while (!closed && !(toListeners.idle() && toOperations.idle() && completing.get() == 0)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(drained, left);
            }
        }
        return true;
    }

    /**
     * A bounded queue of notifications and its drain: one delivery thread at a time hands them,
     * in arrival order, to the lane's handler. Past {@link #QUEUE_CAPACITY} a notification is
     * dropped and counted. A handler's interrupt does not reach the next call.
     */
    private final class Lane {
        private final Consumer<WlanNotification> handler;
        private final ConcurrentLinkedQueue<WlanNotification> queue = new ConcurrentLinkedQueue<>();
        /** The queue's length; ConcurrentLinkedQueue.size() walks the queue. */
        private final AtomicInteger queued = new AtomicInteger();
        private final AtomicBoolean draining = new AtomicBoolean();
        /** The thread running {@link #drain()} now, or null: a wait for delivery must not be made on it. */
        volatile Thread drainer;

        Lane(Consumer<WlanNotification> handler) {
            this.handler = handler;
        }

        void offer(WlanNotification n) {
            offer(n, null);
        }

        /** Queues {@code n}, running {@code whenQueued} (if any) once it has room and before it is queued. */
        void offer(WlanNotification n, Runnable whenQueued) {
            if (queued.incrementAndGet() > QUEUE_CAPACITY) {
                queued.decrementAndGet();
                overflow(n);
                return;
            }
            if (whenQueued != null) {
                whenQueued.run();
            }
            queue.add(n);
            scheduleDrain();
        }

        private void scheduleDrain() {
            if (!closed && !queue.isEmpty() && draining.compareAndSet(false, true)) {
                try {
                    CallbackContexts.deliver(this::drain);
                } catch (RuntimeException | Error noThread) { // the next notification tries again
                    draining.set(false);
                    LOG.log(System.Logger.Level.ERROR, "no thread to deliver WLAN notifications on", noThread);
                }
            }
        }

        private void drain() {
            drainer = Thread.currentThread();
            try {
                WlanNotification n;
                while (!closed && (n = queue.poll()) != null) {
                    queued.decrementAndGet();
                    try {
                        handler.accept(n);
                    } catch (RuntimeException e) { // a listener's are contained in offer: this is the library's
                        LOG.log(System.Logger.Level.ERROR, "a WLAN notification could not be handled", e);
                    } finally {
                        Thread.interrupted();
                    }
                }
            } finally {
                drainer = null;
                draining.set(false);
                scheduleDrain(); // a notification may have arrived after the last poll
                synchronized (drained) {
                    drained.notifyAll();
                }
            }
        }

        boolean idle() {
            return !draining.get() && queue.isEmpty();
        }

        void clear() {
            while (queue.poll() != null) {
                queued.decrementAndGet();
            }
        }
    }

    int registeredMask() {
        synchronized (registration) {
            return registeredMask;
        }
    }

    long dropped() {
        return dropped.get();
    }

    /** One listener and its sources; the subscription handed to the user. */
    private final class Listener implements WlanClient.Subscription {
        final int mask;
        final Consumer<? super WlanNotification> consumer;
        /** Cleared by either close, under {@link #calls}. */
        boolean active = true;

        Listener(int mask, Consumer<? super WlanNotification> consumer) {
            this.mask = mask;
            this.consumer = consumer;
        }

        void offer(WlanNotification n) {
            if ((n.sourceCode() & mask) == 0) {
                return;
            }
            Seams.reach(Seams.Point.BEFORE_LISTENER_CALL);
            synchronized (calls) {
                if (!active) {
                    return;
                }
                calling = this;
            }
            try {
                consumer.accept(n);
            } catch (Throwable t) { // contained: later notifications and other listeners go on
                LOG.log(System.Logger.Level.WARNING, "a WLAN notification listener threw; delivery goes on", t);
            } finally {
                Thread.interrupted(); // a listener's own interrupt is not the next listener's
                synchronized (calls) {
                    calling = null;
                    calls.notifyAll();
                }
            }
        }

        @Override
        public void close() {
            boolean wasActive;
            synchronized (calls) {
                wasActive = active;
                active = false;
            }
            if (wasActive) {
                unsubscribe(this);
            }
            awaitCall(this);
        }
    }

    /** The service's callback: finds the client by its context, and nothing may escape into native code. */
    private static final class NotificationCallback implements WlanApi.WLAN_NOTIFICATION_CALLBACK {
        @Override
        public void callback(WlanApi.WLAN_NOTIFICATION_DATA data, Pointer context) {
            try {
                Thread.interrupted(); // a kept thread (CallingConvention) carries nothing from one callback to the next
                Seams.reach(Seams.Point.IN_NOTIFICATION_CALLBACK);
                Notifications hub = CONTEXTS.get(Pointer.nativeValue(context));
                if (hub != null) {
                    hub.receive(data);
                }
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "a WLAN notification could not be delivered", t);
            }
        }
    }
}
