package io.github.wlanapi4j;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the lifecycle, against the C stand-in (a trivial native implementation), all in one
 * run so that the ratios are fair. {@code mvn -B -Pbench test-compile exec:exec@jmh}; the README's
 * "Performance" section has the results and the goals.
 */
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
public class LifecycleBenchmark {

    /** The floor: JNA direct mapping with primitive arguments into the same functions. */
    static final class Floor {
        static native int WlanOpenHandle(int dwClientVersion, long pReserved, long pdwNegotiatedVersion,
                long phClientHandle);

        static native int WlanCloseHandle(long hClientHandle, long pReserved);

        static {
            Native.register(Floor.class, NativeLibrary.getInstance("wlanapi", CallingConvention.libraryOptions()));
        }
    }

    /** Per thread: the bindings and out-parameters reused across calls. */
    @State(Scope.Thread)
    public static class PerThread {
        WlanApi api;
        IntByReference version;
        WinNT.HANDLEByReference handle;
        Memory floorOut;
        /** The floor reads its outputs as the library does: through a ByteBuffer view, not a JNI call. */
        java.nio.ByteBuffer floorView;
        com.sun.jna.platform.win32.WlanApi jnaPlatform;

        @Setup
        public void setUp() {
            api = WlanApi.load();
            version = new IntByReference();
            handle = new WinNT.HANDLEByReference();
            floorOut = new Memory(16);
            floorView = floorOut.getByteBuffer(0, 16).order(java.nio.ByteOrder.nativeOrder());
            jnaPlatform = com.sun.jna.platform.win32.WlanApi.INSTANCE; // loads "wlanapi": the stand-in
        }
    }

    /** 1. Everything included: guard, error model, leak tracking. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int wrapperOpenClose(PerThread s) {
        WlanClient client = WlanClient.open(s.api);
        int v = client.negotiatedVersion();
        client.close();
        return v;
    }

    /** 2. The same through the default binding, raw, with reused out-parameters. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int bindingOpenClose(PerThread s) {
        int code = s.api.WlanOpenHandle(2, null, s.version, s.handle);
        return code + s.api.WlanCloseHandle(s.handle.getValue(), null);
    }

    /** 3. The floor: direct mapping, primitives only. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int floorOpenClose(PerThread s) {
        long out = Pointer.nativeValue(s.floorOut);
        int code = Floor.WlanOpenHandle(2, 0, out, out + 8);
        return code + Floor.WlanCloseHandle(s.floorView.getLong(8), 0);
    }

    /** 4. What jna-platform users write today: its WlanApi.INSTANCE, a new ByReference per call. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int jnaPlatformOpenClose(PerThread s) {
        IntByReference negotiated = new IntByReference();
        WinNT.HANDLEByReference handle = new WinNT.HANDLEByReference();
        int code = s.jnaPlatform.WlanOpenHandle(2, null, negotiated, handle);
        return code + s.jnaPlatform.WlanCloseHandle(handle.getValue(), null);
    }

    /** One client shared by every benchmark thread. */
    @State(Scope.Benchmark)
    public static class Shared {
        WlanClient client;
        final java.util.concurrent.atomic.AtomicLong counter = new java.util.concurrent.atomic.AtomicLong();

        @Setup
        public void setUp() {
            client = WlanClient.open(WlanApi.load());
        }

        @TearDown
        public void tearDown() {
            client.close();
        }
    }

    /** 5. A guarded borrow with a trivial body, one thread... */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(1)
    public Object borrow1Thread(Shared s) {
        return s.client.withHandle(h -> h);
    }

    /** 5, for scale: two uncontended atomic read-modify-writes, the least a counted borrow costs. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(1)
    public long borrowFloorTwoAtomics(Shared s) {
        s.counter.incrementAndGet();
        return s.counter.decrementAndGet();
    }

    /** ...and two and four threads on the one shared client. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(2)
    public Object borrow2Threads(Shared s) {
        return s.client.withHandle(h -> h);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Threads(4)
    public Object borrow4Threads(Shared s) {
        return s.client.withHandle(h -> h);
    }

    /** For the latency benchmarks: a Wi-Fi Direct client, a raw callback, notifications. */
    @State(Scope.Thread)
    public static class Async {
        static final MacAddress PEER = MacAddress.parse("02:11:22:33:44:55");
        WlanApi api;
        WfdClient wfd;
        WinNT.HANDLE rawWfd;
        WinNT.HANDLEByReference session;
        volatile CompletableFuture<Object> rawDone;
        WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK rawCallback;
        WlanClient notified;
        WlanClient.Subscription subscription;
        volatile Thread waiter;
        volatile int seen;
        WinNT.HANDLE rawWlan;
        WlanApi.WLAN_NOTIFICATION_CALLBACK rawNotification;
        volatile int rawSeen;
        StandIn.Control standIn;
        byte[] guid = new byte[16];

        @Setup(Level.Trial)
        public void setUp() {
            api = WlanApi.load();
            standIn = Native.load("wlanapi", StandIn.Control.class);
            standIn.standin_wfd_peer(PEER.toBytes(), 0, 0, 0, guid); // only defined peers open
            wfd = WfdClient.open(api);
            IntByReference v = new IntByReference();
            WinNT.HANDLEByReference h = new WinNT.HANDLEByReference();
            api.WFDOpenHandle(1, v, h);
            rawWfd = h.getValue();
            session = new WinNT.HANDLEByReference();
            rawCallback = CallingConvention.wfdCallback(
                    (WinNT.HANDLE s, Pointer ctx, Guid.GUID.ByValue g, int error, int reason) -> rawDone.complete(s));
            notified = WlanClient.open(api);
            subscription = notified.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                seen++;
                LockSupport.unpark(waiter);
            });
            // The baseline: a raw registration (another source, so neither path pays for the other).
            api.WlanOpenHandle(2, null, v, h);
            rawWlan = h.getValue();
            rawNotification = CallingConvention.notificationCallback((data, context) -> {
                rawSeen++;
                LockSupport.unpark(waiter);
            });
            api.WlanRegisterNotification(rawWlan, WlanNotificationSource.MSM.bits(), false, rawNotification, null, null,
                    null);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            subscription.close();
            notified.close();
            wfd.close();
            api.WFDCloseHandle(rawWfd);
            api.WlanCloseHandle(rawWlan, null);
        }
    }

    /** 6. Wi-Fi Direct: start, the service's callback, the future completed; per session. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object wfdOpenLatency(Async s) throws Exception {
        WfdSession session = s.wfd.startOpenSession(Async.PEER).get(10, TimeUnit.SECONDS);
        session.close();
        return session;
    }

    /** 6, baseline: the same service round trip with a raw callback completing a future itself. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object wfdOpenLatencyRawCallback(Async s) throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        s.rawDone = done;
        s.api.WFDStartOpenSession(s.rawWfd, Async.PEER.toBytes(), null, s.rawCallback, s.session);
        Object handle = done.get(10, TimeUnit.SECONDS);
        s.api.WFDCloseSession(s.session.getValue());
        return handle;
    }

    /** 7. A notification: from the stand-in's thread to the listener. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int notificationLatency(Async s) {
        int before = s.seen;
        s.waiter = Thread.currentThread();
        s.standIn.standin_notify(WlanNotificationSource.ACM.bits(), 1, s.guid, 1);
        while (s.seen == before) {
            LockSupport.park(s);
        }
        return s.seen;
    }

    /** 7, baseline: the same with a raw callback waking the waiter itself. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int notificationLatencyRawCallback(Async s) {
        int before = s.rawSeen;
        s.waiter = Thread.currentThread();
        s.standIn.standin_notify(WlanNotificationSource.MSM.bits(), 1, s.guid, 1);
        while (s.rawSeen == before) {
            LockSupport.park(s);
        }
        return s.rawSeen;
    }
}
