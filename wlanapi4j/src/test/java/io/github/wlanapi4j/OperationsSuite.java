package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.wlanapi4j.ie.InformationElements;
import io.github.wlanapi4j.ie.SecurityMode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the operations' suites share: two interfaces (one seeing "Home", WPA2/WPA3-Personal as a
 * home network is, and "Cafe", open), an open
 * client, and after each test no seam installed, no operation pending in the library or the
 * backend; and bounded waits for futures, latches and conditions.
 */
abstract class OperationsSuite extends ContractSuite {
    static final UUID IFACE = UUID.fromString("6f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
    static final UUID OTHER = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    static final Ssid HOME = Ssid.of("Home");
    /** Home's WPA2-Personal profile: the one a connect to Home uses unless a test is about another. */
    static final WlanProfile HOME_PROFILE = WlanProfile.wpa2Personal(HOME, "home passphrase");
    WlanClient wlan;

    OperationsSuite(Binding binding) {
        super(binding);
    }

    @BeforeEach
    final void openClient() {
        backend.addInterface(new WlanInterface(IFACE, "Wi-Fi", InterfaceState.DISCONNECTED));
        backend.addInterface(new WlanInterface(OTHER, "Other Wi-Fi", InterfaceState.DISCONNECTED));
        backend.addBss(IFACE, bss(HOME, MacAddress.parse("02:aa:bb:cc:dd:01"), SecurityMode.WPA3_TRANSITION).rssi(-40).build());
        backend.addBss(IFACE, bss(Ssid.of("Cafe"), MacAddress.parse("02:aa:bb:cc:dd:02"), SecurityMode.OPEN).build());
        wlan = WlanClient.open(api);
    }

    @AfterEach
    final void closeClient() {
        Seams.install(null);
        if (wlan != null) {
            wlan.close();
            assertEquals(0, wlan.pendingOperations(), "operations the library still holds");
        }
        backend.await(Counter.OPS_PENDING, 0);
    }

    /**
     * A BSS as its beacon describes it: its SSID element, and the security elements of {@code
     * security} with the capability's privacy bit where it is secured (both backends read a
     * network's security from them, as Windows does).
     */
    static BssEntry.Builder bss(Ssid ssid, MacAddress bssid, SecurityMode security) {
        byte[] ies = InformationElements.builder().ssid(ssid.bytes()).security(security).build();
        return BssEntry.builder(ssid, bssid).capabilityInformation(security == SecurityMode.OPEN ? 0x0001 : 0x0011)
                .informationElements(ies);
    }

    /**
     * Skips where the adapter list is not the backend's: under Wine the default binding loads
     * Wine's own iphlpapi.dll, which lists the host's adapters (WineWlanapiTest reads it).
     */
    final void assumeBackendAdapters() {
        assumeFalse(binding == Binding.DIRECT && RealWindowsTest.isWine(),
                "the default binding reaches Wine's own iphlpapi.dll here, not the stand-in");
    }

    /** The future's value, waiting at most 10 s. */
    static <T> T done(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    /** The future's failure, waiting at most 10 s. */
    static Throwable failure(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return e.getCause();
    }

    /** Waits at most 10 s for the latch. */
    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for a latch");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits, with a bound, until {@code condition} holds; false if it never did. */
    static boolean eventually(BooleanSupplier condition, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(1_000_000);
        }
        return true;
    }

    /** Collects garbage until {@code done} holds or {@code millis} pass; whether it held. */
    static boolean collectedWithin(BooleanSupplier done, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            System.gc();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        return true;
    }

    /** {@code base} behind a proxy that runs {@code before} ahead of each call. */
    static WlanApi intercepted(WlanApi base, BiConsumer<Method, Object[]> before) {
        return (WlanApi) Proxy.newProxyInstance(WlanApi.class.getClassLoader(), new Class<?>[] {WlanApi.class},
                (p, m, args) -> {
                    before.accept(m, args);
                    try {
                        return m.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * A connection notification's data ({@code WLAN_CONNECTION_NOTIFICATION_DATA}, {@code size}
     * bytes, as short as a test wants): mode 1, {@code profile} as WCHARs, {@code reason}.
     */
    static byte[] connectionData(String profile, int reason, int size) {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(WlanStructs.CN_MODE, 1);
        for (int i = 0; i < profile.length(); i++) {
            b.putChar(WlanStructs.CN_PROFILE + 2 * i, profile.charAt(i));
        }
        if (size >= WlanStructs.CN_REASON + 4) {
            b.putInt(WlanStructs.CN_REASON, reason);
        }
        return b.array();
    }

    /**
     * The backend behind a proxy that holds the operations lane: its first
     * {@code WlanGetNetworkBssList} (the read of a scan's outcome) signals {@code inRead} and waits
     * for {@code release}; {@code connects} counts the {@code WlanConnect} calls.
     */
    WlanApi laneHeld(CountDownLatch inRead, CountDownLatch release, AtomicInteger connects) {
        AtomicInteger reads = new AtomicInteger();
        return intercepted(api, (m, args) -> {
            if (m.getName().equals("WlanGetNetworkBssList") && reads.incrementAndGet() == 1) {
                inRead.countDown();
                await(release);
            }
            if (m.getName().equals("WlanConnect")) {
                connects.incrementAndGet();
            }
        });
    }
}
