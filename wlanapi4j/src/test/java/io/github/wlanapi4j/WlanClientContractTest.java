package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WLAN client contract, for each {@link Binding}: real native calls into the C stand-in
 * through the library's default binding (direct mapping, {@link WlanApi#load()}) and through
 * {@link WlanApi} itself as a JNA interface mapping (which proves the public interface's
 * signatures marshal correctly too), and the pure-Java simulator, held to the same contract.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class WlanClientContractTest extends ContractSuite {





    WlanClientContractTest(Binding binding) {
        super(binding);
    }

    @Test
    void opensWithVersion2AndClosesOnce() {
        WlanClient wlan = WlanClient.open(api);
        assertTrue(wlan.isOpen());
        assertEquals(2, wlan.negotiatedVersion());
        assertEquals(1, backend.get(Counter.WLAN_HANDLES));

        wlan.close();
        wlan.close();
        assertFalse(wlan.isOpen());
        assertEquals(2, wlan.negotiatedVersion(), "still readable after close");
        assertEquals(0, backend.get(Counter.WLAN_HANDLES));
        assertEquals(1, backend.calls("WlanCloseHandle"));
    }

    @Test
    void negotiatesDownToTheServersVersion() {
        try (WlanClient v1 = WlanClient.open(api, WlanApi.WLAN_API_VERSION_1_0)) {
            assertEquals(1, v1.negotiatedVersion());
        }
        backend.set(Setting.SERVER_VERSION, 1); // an XP SP3 service
        try (WlanClient v2 = WlanClient.open(api)) {
            assertEquals(1, v2.negotiatedVersion());
        }
    }

    @Test
    void passesExactlyTheDocumentedArguments() {
        long handleValue;
        try (WlanClient wlan = WlanClient.open(api)) {
            handleValue = wlan.withHandle(h -> Pointer.nativeValue(h.getPointer()));
            // version, pReserved, pdwNegotiatedVersion != NULL, phClientHandle != NULL
            assertArrayEquals(new long[] {2, 0, 1, 1, 0, 0}, backend.lastArgs("WlanOpenHandle"));
        }
        if (Native.POINTER_SIZE == 8) {
            assertEquals(0x7A5AL, handleValue >>> 48, "the handle must travel as a full 64-bit pointer");
        }
        assertArrayEquals(new long[] {handleValue, 0, 0, 0, 0, 0}, backend.lastArgs("WlanCloseHandle"));
    }

    @ParameterizedTest(name = "version {0}")
    @MethodSource("io.github.wlanapi4j.WlanClientContractTest#unsupportedVersions")
    void rejectsUnknownVersionsWithNotSupported(int version) {
        WlanNotSupportedException e = assertThrows(WlanNotSupportedException.class,
                () -> WlanClient.open(api, version));
        assertEquals(50, e.errorCode());
        assertEquals("WlanOpenHandle", e.function());
        assertTrue(e.getMessage().contains("requested client version " + Integer.toUnsignedString(version)),
                e.getMessage());
        assertEquals(0, backend.get(Counter.WLAN_HANDLES));
    }

    @Test
    void reportsAStoppedServiceBeforeCheckingTheVersion() {
        backend.set(Setting.SERVICE_RUNNING, 0);
        WlanServiceNotActiveException e = assertThrows(WlanServiceNotActiveException.class,
                () -> WlanClient.open(api, 3));
        assertEquals(1062, e.errorCode());
        backend.set(Setting.SERVICE_RUNNING, 1);
        WlanClient.open(api).close();
    }

    @Test
    void the17thHandleHitsTheLimitAndClosingFreesOne() {
        List<WlanClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                clients.add(WlanClient.open(api));
            }
            WlanHandleLimitException e = assertThrows(WlanHandleLimitException.class, () -> WlanClient.open(api));
            assertEquals(1220, e.errorCode());
            clients.remove(0).close();
            clients.add(WlanClient.open(api));
        } finally {
            clients.forEach(WlanClient::close);
        }
        assertEquals(0, backend.get(Counter.WLAN_HANDLES));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("io.github.wlanapi4j.WlanClientContractTest#typedCodes")
    void everyCodeFromOpenArrivesAsItsType(int code, Class<? extends WlanException> type) {
        backend.failNext("WlanOpenHandle", code);
        WlanException e = assertThrows(WlanException.class, () -> WlanClient.open(api));
        assertSame(type, e.getClass());
        assertEquals(code, e.errorCode());
        assertEquals("WlanOpenHandle", e.function());
        assertEquals(0, backend.get(Counter.WLAN_HANDLES));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("io.github.wlanapi4j.WlanClientContractTest#typedCodes")
    void aFailedCloseIsReportedOnceAndNeverRetried(int code, Class<? extends WlanException> type) {
        WlanClient wlan = WlanClient.open(api);
        backend.failNext("WlanCloseHandle", code);
        WlanException e = assertThrows(WlanException.class, wlan::close);
        assertSame(type, e.getClass());
        assertEquals(code, e.errorCode());
        assertEquals("WlanCloseHandle", e.function());
        assertFalse(wlan.isOpen());

        wlan.close();
        assertEquals(1, backend.calls("WlanCloseHandle"), "the native close runs exactly once");
    }

    @Test
    void rawCallsFollowTheDocumentedContract() {
        IntByReference version = new IntByReference();
        WinNT.HANDLEByReference handle = new WinNT.HANDLEByReference();
        Memory reserved = new Memory(8);
        assertEquals(87, api.WlanOpenHandle(2, reserved, version, handle));
        assertEquals(87, api.WlanOpenHandle(2, null, null, handle));
        assertEquals(87, api.WlanOpenHandle(2, null, version, null));
        assertEquals(0, api.WlanOpenHandle(2, null, version, handle));
        WinNT.HANDLE h = handle.getValue();
        assertEquals(87, api.WlanCloseHandle(h, reserved));
        assertEquals(87, api.WlanCloseHandle(null, null));
        assertEquals(0, api.WlanCloseHandle(h, null));
        assertEquals(6, api.WlanCloseHandle(h, null), "a second close is an invalid handle");
        assertEquals(1, backend.get(Counter.STALE_CALLS), "the stand-in saw the stale handle");
        backend.reset();
    }

    @Test
    void outputsAreUntouchedOnFailure() {
        IntByReference version = new IntByReference(0x5A5A5A5A);
        WinNT.HANDLEByReference handle = new WinNT.HANDLEByReference(new WinNT.HANDLE(new Pointer(0x1234)));
        assertEquals(50, api.WlanOpenHandle(3, null, version, handle));
        backend.set(Setting.SERVICE_RUNNING, 0);
        assertEquals(1062, api.WlanOpenHandle(2, null, version, handle));
        assertEquals(0x5A5A5A5A, version.getValue());
        assertEquals(0x1234, Pointer.nativeValue(handle.getValue().getPointer()));
    }

    @Test
    void useAfterCloseThrowsWithoutANativeCall() {
        WlanClient wlan = WlanClient.open(api);
        assertEquals(0, wlan.withHandle(backend::enumInterfaces));
        wlan.close();
        int enumCalls = backend.calls("WlanEnumInterfaces");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> wlan.withHandle(backend::enumInterfaces));
        assertEquals("WlanClient is closed", e.getMessage());
        assertEquals(enumCalls, backend.calls("WlanEnumInterfaces"));
        assertEquals(1, backend.calls("WlanCloseHandle"));
    }

    @Test
    void aCloseDuringABorrowWaitsForItToEnd() throws Exception {
        WlanClient wlan = WlanClient.open(api);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread borrower = new Thread(() -> result.set(wlan.withHandle(h -> {
            inside.countDown();
            await(leave);
            return backend.enumInterfaces(h); // the handle is still open here
        })));
        borrower.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        wlan.close(); // returns at once; the borrower will run the native close
        assertFalse(wlan.isOpen());
        assertEquals(0, backend.calls("WlanCloseHandle"));
        assertThrows(IllegalStateException.class, () -> wlan.withHandle(h -> 0));

        leave.countDown();
        borrower.join(10_000);
        assertFalse(borrower.isAlive());
        assertEquals(0, result.get());
        assertEquals(1, backend.calls("WlanCloseHandle"));
        assertEquals(0, backend.get(Counter.WLAN_HANDLES));
    }

    /**
     * Threads hammer one client with raw calls while another thread closes it, many times
     * over. The stand-in checks what Java cannot: no call ever used a closed handle, and the
     * native close never ran while a call was in flight.
     */
    @Test
    void aCloseRacingManyCallsNeverLeaksOrUsesAStaleHandle() throws Exception {
        int iterations = 200;
        int threads = 4;
        backend.set(Setting.ENUM_DELAY_US, 20); // widen the window in which a call is in flight
        int unexpected = 0;
        for (int i = 0; i < iterations; i++) {
            unexpected += CloseRace.closeWhileBorrowing(WlanClient.open(api), threads, backend::enumInterfaces);
        }
        assertEquals(0, unexpected, "a borrowed call failed");
        assertEquals(0, backend.get(Counter.WLAN_HANDLES), "handles outstanding");
        assertEquals(iterations, backend.calls("WlanCloseHandle"));
        assertTrue(backend.calls("WlanEnumInterfaces") >= iterations * threads);
    }

    static Stream<Integer> unsupportedVersions() {
        return Stream.of(0, 3, -1);
    }

    static Stream<Arguments> typedCodes() {
        return Stream.of(
                Arguments.of(5, WlanAccessDeniedException.class),
                Arguments.of(6, WlanInvalidHandleException.class),
                Arguments.of(8, WlanNotEnoughMemoryException.class),
                Arguments.of(50, WlanNotSupportedException.class),
                Arguments.of(87, WlanInvalidParameterException.class),
                Arguments.of(120, WlanException.class),
                Arguments.of(126, WlanUnavailableException.class),
                Arguments.of(127, WlanUnavailableException.class),
                Arguments.of(1062, WlanServiceNotActiveException.class),
                Arguments.of(1220, WlanHandleLimitException.class),
                Arguments.of(1223, WlanCancelledException.class),
                Arguments.of(1460, WlanTimeoutException.class),
                Arguments.of(1700, WlanRpcException.class),
                Arguments.of(1722, WlanRpcException.class),
                Arguments.of(1999, WlanRpcException.class),
                Arguments.of(5023, WlanInvalidStateException.class),
                Arguments.of(0x80004005, WlanException.class));
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the test to go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
