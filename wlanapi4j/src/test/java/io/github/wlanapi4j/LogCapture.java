package io.github.wlanapi4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what the library logs (System.Logger's default backend is java.util.logging) and keeps
 * it off the console while open: <pre>{@code try (LogCapture log = new LogCapture()) { ... log.records() }}</pre>
 */
final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger("io.github.wlanapi4j");
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());

    LogCapture() {
        logger.addHandler(this);
        logger.setUseParentHandlers(false);
    }

    List<LogRecord> records() {
        synchronized (records) {
            return new ArrayList<>(records);
        }
    }

    @Override
    public void publish(LogRecord record) {
        synchronized (records) {
            records.add(record);
            records.notifyAll();
        }
    }

    /** Waits, with a bound, until a record matching {@code test} has been logged. */
    void await(java.util.function.Predicate<LogRecord> test, String what) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        synchronized (records) {
            while (records.stream().noneMatch(test)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for a log record: " + what);
                }
                try {
                    java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(records, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(true);
    }
}
