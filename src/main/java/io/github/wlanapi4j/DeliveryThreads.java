package io.github.wlanapi4j;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library's own threads, where it runs user code handed off from a service callback thread:
 * daemon threads, one per concurrent task (so that a task that blocks cannot hold up another),
 * ended after 30 idle seconds.
 */
final class DeliveryThreads {
    private DeliveryThreads() {}

    static Executor newPool(String namePrefix) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, namePrefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
