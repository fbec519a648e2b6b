package io.github.wlanapi4j;

import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A notification's latency, from the service's thread to the listener, at 1,000 notifications a
 * second, from one long-lived native thread and from eight in turn (the stand-in's senders, kept
 * as Windows keeps its callback threads). Each invocation asks a sender to send one notification
 * and waits until the receiver wakes it; the invocations are paced to one per millisecond (an
 * untimed per-invocation setup). So each figure includes two thread wake-ups, which
 * {@link #nativeFloor} measures alone: the same round trip with no Java callback at all.
 *
 * <p>The rows, in one run: the library's listener; a raw JNA callback on JNA's default (a thread
 * attached for each call, what Windows gets: see CallingConvention.KEEP_THREADS_ATTACHED); a raw
 * callback whose threads stay attached; and the native floor. Each benchmark runs in forks of its
 * own, so no row's threads were attached by another's callback.
 *
 * <p>{@code mvn -B -Pbench test-compile exec:exec@jmh -Djmh.include=NotificationBenchmark}
 */
@Fork(3)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class NotificationBenchmark {
    /** How many native threads send, in turn. */
    @Param({"1", "8"})
    public int senders;

    /** Notifications a second (0: back to back, each sent as soon as the last arrived). */
    @Param({"1000"})
    public int rate;

    WlanApi api;
    StandIn.Control standIn;
    final byte[] guid = new byte[16];
    WlanClient client;
    WlanClient.Subscription subscription;
    WinNT.HANDLE rawHandle;
    WinNT.HANDLE rawKeptHandle;
    WlanApi.WLAN_NOTIFICATION_CALLBACK raw;
    WlanApi.WLAN_NOTIFICATION_CALLBACK rawKept;
    volatile Thread waiter;
    volatile int seen;
    int next;
    int pongs;
    long lastSend;

    @Setup(Level.Trial)
    public void setUp() {
        api = WlanApi.load();
        standIn = Native.load("wlanapi", StandIn.Control.class);
        client = WlanClient.open(api);
        subscription = client.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> wake());
        // The raw baselines register other sources, so that no row pays for another's callback.
        raw = CallingConvention.notificationCallback((data, context) -> wake());
        rawHandle = rawRegistration(WlanNotificationSource.MSM, raw);
        rawKept = CallingConvention.notificationCallback((data, context) -> wake());
        Native.setCallbackThreadInitializer(rawKept, new CallbackThreadInitializer(true, false, "raw-kept"));
        rawKeptHandle = rawRegistration(WlanNotificationSource.ONEX, rawKept);
    }

    private WinNT.HANDLE rawRegistration(WlanNotificationSource source, WlanApi.WLAN_NOTIFICATION_CALLBACK callback) {
        WinNT.HANDLEByReference h = new WinNT.HANDLEByReference();
        check(api.WlanOpenHandle(2, null, new IntByReference(), h), "WlanOpenHandle");
        check(api.WlanRegisterNotification(h.getValue(), source.bits(), false, callback, null, null, null),
                "WlanRegisterNotification");
        return h.getValue();
    }

    private static void check(int code, String function) {
        if (code != 0) {
            throw new IllegalStateException(function + " returned " + code);
        }
    }

    private void wake() {
        seen++;
        LockSupport.unpark(waiter);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        subscription.close();
        client.close();
        api.WlanCloseHandle(rawHandle, null);
        api.WlanCloseHandle(rawKeptHandle, null);
        standIn.standin_senders_stop();
    }

    /** Paces the invocations to 1,000 a second (untimed). */
    @Setup(Level.Invocation)
    public void pace() {
        if (rate == 0) {
            return;
        }
        long due = lastSend + TimeUnit.SECONDS.toNanos(1) / rate;
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        lastSend = System.nanoTime();
    }

    private int send(WlanNotificationSource source) {
        int before = seen;
        waiter = Thread.currentThread();
        if (standIn.standin_sender_send(nextSender(), source.bits(), 1, guid) != 1) {
            throw new IllegalStateException("no sender thread");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen == before) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("a notification was lost: none arrived in 10 s");
            }
            LockSupport.parkNanos(this, left);
        }
        return seen;
    }

    private int nextSender() {
        int index = next;
        next = (next + 1) % senders;
        return index;
    }

    /** The library: the service's thread to the listener (WlanClient.subscribe). */
    @Benchmark
    public int library() {
        return send(WlanNotificationSource.ACM);
    }

    /** A raw JNA callback on JNA's default: the thread attached for the call, detached after. */
    @Benchmark
    public int rawCallback() {
        return send(WlanNotificationSource.MSM);
    }

    /** A raw JNA callback whose threads stay attached (CallbackThreadInitializer, detach false). */
    @Benchmark
    public int rawCallbackKeptAttached() {
        return send(WlanNotificationSource.ONEX);
    }

    /** The floor: the same round trip through a sender with no callback (two wake-ups, no JVM). */
    @Benchmark
    public int nativeFloor() {
        if (standIn.standin_sender_send(nextSender(), 0, 0, guid) != 1) {
            throw new IllegalStateException("no sender thread");
        }
        int now = standIn.standin_await_pong(pongs, 10_000);
        if (now == pongs) {
            throw new IllegalStateException("a pong was lost: none arrived in 10 s");
        }
        pongs = now;
        return pongs;
    }
}
