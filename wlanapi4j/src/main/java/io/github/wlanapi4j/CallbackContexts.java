package io.github.wlanapi4j;

import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The plumbing between the service's callbacks and Java: the context value passed to a native
 * function names the Java object its callback is for, and the work a callback hands off runs on
 * the library's delivery threads, never on the service's.
 *
 * <p>The callback objects themselves are static constants of their users (one per callback type,
 * so they stay reachable for as long as the service may call them; lifecycle law 5), and each
 * finds its target here by the context value. A target is held either strongly, until the
 * callback that ends it removes it (a pending open), or weakly, so that this static table never
 * keeps a wrapper alive (a client's notifications, whose listeners may refer to their client:
 * law 8); a weakly held target's entry goes when the target is collected.
 *
 * @param <T> what a context value names
 */
final class CallbackContexts<T> {
    private static final System.Logger LOG = System.getLogger("io.github.wlanapi4j");
    /** Shared by every table, so that a context value is never reused for another kind of target. */
    private static final AtomicLong NEXT_CONTEXT = new AtomicLong();
    private static final AtomicInteger THREADS = new AtomicInteger();
    /**
     * The library's delivery threads: daemons, one per concurrent task (so a task that blocks
     * cannot hold up another), ended after 30 idle seconds. Handing off to it never blocks.
     */
    private static final Executor DELIVERY = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), DeliveryThread::new);

    /**
     * The timer of operations' deadlines: one daemon thread, only while a deadline is pending (it
     * ends after 30 idle seconds), whose tasks only hand off to a delivery thread. A deadline that
     * is cancelled leaves the queue at once.
     */
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "wlanapi4j-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(30, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        return timer;
    }

    /** A delivery thread: where listeners and completion stages run. */
    private static final class DeliveryThread extends Thread {
        DeliveryThread(Runnable r) {
            super(r, "wlanapi4j-delivery-" + THREADS.incrementAndGet());
            setDaemon(true);
        }
    }

    /** Whether the caller runs on a delivery thread (inside a listener or a completion stage). */
    static boolean onDeliveryThread() {
        return Thread.currentThread() instanceof DeliveryThread;
    }

    /** Each value is a T, or a {@link Weak} holding one. */
    private final ConcurrentHashMap<Long, Object> targets = new ConcurrentHashMap<>();

    /** Names {@code target}, held strongly until {@link #remove(long)}; returns its context value. */
    long add(T target) {
        long context = NEXT_CONTEXT.incrementAndGet();
        targets.put(context, target);
        return context;
    }

    /** Names {@code target}, held weakly: the entry goes when {@link #remove(long)} or the collector takes it. */
    long addWeakly(T target) {
        long context = NEXT_CONTEXT.incrementAndGet();
        targets.put(context, new Weak<>(target, this, context));
        return context;
    }

    /** The target named by {@code context}, or null (unknown, removed, or collected). */
    T get(long context) {
        return unwrap(targets.get(context));
    }

    /** Forgets {@code context}, returning its target (null if it had none): at most one caller gets it. */
    T remove(long context) {
        return unwrap(targets.remove(context));
    }

    /** How many contexts are named (for tests: every test ends with none left). */
    int size() {
        return targets.size();
    }

    @SuppressWarnings("unchecked")
    private T unwrap(Object value) {
        return value instanceof Weak ? ((Weak<T>) value).get() : (T) value;
    }

    /**
     * Runs {@code task} on a delivery thread: the one hand-off from a service thread. Never
     * blocks the caller; an exception the task throws is logged.
     */
    static void deliver(Runnable task) {
        DELIVERY.execute(() -> {
            try {
                task.run();
            } catch (Throwable t) {
                LOG.log(System.Logger.Level.ERROR, "a wlanapi4j delivery failed", t);
            }
        });
    }

    /** Runs {@code task} on a delivery thread after {@code nanos}, unless the returned future is cancelled first. */
    static ScheduledFuture<?> schedule(long nanos, Runnable task) {
        return TIMER.schedule(() -> deliver(task), nanos, TimeUnit.NANOSECONDS);
    }

    /** Deadlines scheduled and neither run nor cancelled (for tests: none may outlive its operation). */
    static int scheduledTasks() {
        return TIMER.getQueue().size();
    }

    /** A weakly held target; once collected, the reaper thread removes its entry. */
    private static final class Weak<T> extends WeakReference<T> implements Leaks.Reaped {
        private final CallbackContexts<T> owner;
        private final long context;

        Weak(T target, CallbackContexts<T> owner, long context) {
            super(target, Leaks.queue());
            this.owner = owner;
            this.context = context;
        }

        @Override
        public void reaped() {
            owner.targets.remove(context, this);
        }
    }
}
