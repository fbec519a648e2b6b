package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.notNull;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link WlanClient} over a Mockito {@link WlanApi}: what it passes and what it does with results. */
class WlanClientTest {
    static final long HANDLE = 0x7A5A000000000010L;

    WlanApi api;

    @BeforeEach
    void setUp() {
        api = mock(WlanApi.class);
        when(api.WlanOpenHandle(anyInt(), any(), any(), any())).thenAnswer(inv -> {
            inv.getArgument(2, IntByReference.class).setValue(inv.getArgument(0));
            inv.getArgument(3, WinNT.HANDLEByReference.class).setValue(new WinNT.HANDLE(new Pointer(HANDLE)));
            return 0;
        });
    }

    static WinNT.HANDLE handle(long value) {
        return org.mockito.ArgumentMatchers.argThat(h -> h != null && Pointer.nativeValue(h.getPointer()) == value);
    }

    @Test
    void opensWithVersion2AndClosesTheSameHandleOnce() {
        WlanClient wlan = WlanClient.open(api);
        assertEquals(2, wlan.negotiatedVersion());
        verify(api).WlanOpenHandle(eq(2), isNull(), notNull(), notNull());
        wlan.close();
        wlan.close();
        verify(api, times(1)).WlanCloseHandle(handle(HANDLE), isNull());
        verifyNoMoreInteractions(api);
    }

    @Test
    void aFailedOpenThrowsItsTypeAndClosesNothing() {
        doReturn(1062).when(api).WlanOpenHandle(anyInt(), any(), any(), any());
        WlanServiceNotActiveException e = assertThrows(WlanServiceNotActiveException.class,
                () -> WlanClient.open(api));
        assertEquals("WlanOpenHandle", e.function());
        verify(api, never()).WlanCloseHandle(any(), any());
    }

    @Test
    void successWithoutAHandleIsABrokenBinding() {
        doReturn(0).when(api).WlanOpenHandle(anyInt(), any(), any(), any());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WlanClient.open(api));
        assertEquals("WlanOpenHandle reported success but returned a NULL handle", e.getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("api", assertThrows(NullPointerException.class, () -> WlanClient.open(null)).getMessage());
        try (WlanClient wlan = WlanClient.open(api)) {
            assertEquals("action", assertThrows(NullPointerException.class, () -> wlan.withHandle(null)).getMessage());
        }
    }

    @Test
    void aFailedCloseThrowsOnceAndIsNotRetried() {
        when(api.WlanCloseHandle(any(), any())).thenReturn(1722);
        WlanClient wlan = WlanClient.open(api);
        WlanRpcException e = assertThrows(WlanRpcException.class, wlan::close);
        assertEquals("WlanCloseHandle", e.function());
        assertTrue(e.getMessage().startsWith("WlanCloseHandle failed: RPC_S_SERVER_UNAVAILABLE (1722): "),
                e.getMessage());
        wlan.close();
        verify(api, times(1)).WlanCloseHandle(any(), any());
    }

    @Test
    void borrowsNestAndTheHandleOutlivesACloseFromInside() {
        WlanClient wlan = WlanClient.open(api);
        int result = wlan.withHandle(outer -> wlan.withHandle(inner -> {
            assertSame(outer, inner);
            wlan.close(); // from inside a borrow: must not close under our feet
            verify(api, never()).WlanCloseHandle(any(), any());
            return 7;
        }));
        assertEquals(7, result);
        assertFalse(wlan.isOpen());
        verify(api, times(1)).WlanCloseHandle(handle(HANDLE), isNull());
    }

    @Test
    void aCloseDeferredToTheLastBorrowerIsLoggedIfItFails() {
        when(api.WlanCloseHandle(any(), any())).thenReturn(6);
        try (LogCapture log = new LogCapture()) {
            WlanClient wlan = WlanClient.open(api);
            assertEquals("done", wlan.withHandle(h -> {
                wlan.close(); // cannot throw: the borrower runs the native close later
                return "done";
            }));
            assertEquals(1, log.records().size());
            assertTrue(log.records().get(0).getThrown() instanceof WlanInvalidHandleException);
        }
    }

    @Test
    void concurrentClosesRunTheNativeCloseExactlyOnce() throws Exception {
        int threads = 8;
        for (int i = 0; i < 100; i++) {
            WlanApi fresh = mock(WlanApi.class);
            when(fresh.WlanOpenHandle(anyInt(), any(), any(), any())).thenAnswer(inv -> {
                inv.getArgument(3, WinNT.HANDLEByReference.class).setValue(new WinNT.HANDLE(new Pointer(HANDLE)));
                return 0;
            });
            WlanClient wlan = WlanClient.open(fresh);
            CyclicBarrier start = new CyclicBarrier(threads);
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                new Thread(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        wlan.close();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    } finally {
                        done.countDown();
                    }
                }).start();
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
            verify(fresh, times(1)).WlanCloseHandle(any(), any());
        }
    }

    @Test
    void describesItself() {
        WlanClient wlan = WlanClient.open(api);
        assertEquals("WlanClient[handle=0x7a5a000000000010](version 2)", wlan.toString());
        wlan.close();
        assertEquals("WlanClient[handle=0x7a5a000000000010, closed](version 2)", wlan.toString());
    }
}
