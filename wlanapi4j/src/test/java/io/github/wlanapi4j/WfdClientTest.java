package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** {@link WfdClient} over a Mockito {@link WlanApi}, the test playing the service. */
class WfdClientTest {
    static final MacAddress PEER = MacAddress.parse("02:11:22:33:44:55");
    static final WinNT.HANDLE CLIENT = new WinNT.HANDLE(new Pointer(0x100));
    static final WinNT.HANDLE SESSION = new WinNT.HANDLE(new Pointer(0x200));

    WlanApi api;
    AtomicReference<WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK> callback = new AtomicReference<>();
    AtomicReference<Pointer> context = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        api = mock(WlanApi.class);
        doAnswer(inv -> {
            inv.getArgument(1, IntByReference.class).setValue(1);
            inv.getArgument(2, WinNT.HANDLEByReference.class).setValue(CLIENT);
            return 0;
        }).when(api).WFDOpenHandle(anyInt(), any(), any());
        doAnswer(inv -> {
            context.set(inv.getArgument(2));
            callback.set(inv.getArgument(3));
            inv.getArgument(4, WinNT.HANDLEByReference.class).setValue(SESSION);
            return 0;
        }).when(api).WFDStartOpenSession(any(), any(), any(), any(), any());
    }

    static Guid.GUID.ByValue guid(UUID u) {
        Guid.GUID.ByValue g = new Guid.GUID.ByValue();
        g.Data1 = (int) (u.getMostSignificantBits() >>> 32);
        g.Data2 = (short) (u.getMostSignificantBits() >>> 16);
        g.Data3 = (short) u.getMostSignificantBits();
        for (int i = 0; i < 8; i++) {
            g.Data4[i] = (byte) (u.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return g;
    }

    @Test
    void aCallbackThatComesBeforeTheStartReturnsIsHandled() throws Exception {
        UUID iface = UUID.randomUUID();
        doAnswer(inv -> { // the service calls back on the caller's thread, before returning
            inv.<WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK>getArgument(3)
                    .callback(SESSION, inv.getArgument(2), guid(iface), 0, 0);
            inv.getArgument(4, WinNT.HANDLEByReference.class).setValue(SESSION);
            return 0;
        }).when(api).WFDStartOpenSession(any(), any(), any(), any(), any());
        WfdClient wfd = WfdClient.open(api);
        WfdSession session = wfd.startOpenSession(PEER).get(10, TimeUnit.SECONDS);
        assertEquals(iface, session.interfaceGuid());
        wfd.close();
        InOrder order = inOrder(api);
        order.verify(api).WFDCloseSession(argThatIs(SESSION));
        order.verify(api).WFDCloseHandle(argThatIs(CLIENT));
    }

    static WinNT.HANDLE argThatIs(WinNT.HANDLE h) {
        return org.mockito.ArgumentMatchers.argThat(x -> x != null && x.getPointer().equals(h.getPointer()));
    }

    @Test
    void aCompletionForAnUnknownContextIsIgnoredNotThrownIntoNativeCode() {
        WfdClient wfd = WfdClient.open(api);
        wfd.cancelWait(Duration.ofMillis(50)); // this mock service never completes the open
        wfd.startOpenSession(PEER);
        WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK cb = callback.get();
        cb.callback(SESSION, new Pointer(-42), guid(UUID.randomUUID()), 0, 0); // must not throw
        cb.callback(SESSION, null, null, 0, 0); // nor this
        wfd.close();
    }

    @Test
    void theCallbackIsOneStaticObject() {
        WfdClient a = WfdClient.open(api);
        a.cancelWait(Duration.ofMillis(50));
        a.startOpenSession(PEER);
        WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK first = callback.get();
        a.startOpenSession(PEER);
        assertSame(first, callback.get(), "one callback for every open, always reachable");
        assertEquals(CallingConvention.STDCALL, first instanceof com.sun.jna.win32.StdCallLibrary.StdCallCallback,
                "stdcall exactly where WINAPI is stdcall");
        a.close();
    }

    @Test
    void closeReportsTheFirstFailureWithTheOthersSuppressed() throws Exception {
        doReturn(5023).when(api).WFDCloseSession(any());
        doReturn(1722).when(api).WFDCloseHandle(any());
        WfdClient wfd = WfdClient.open(api);
        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER);
        callback.get().callback(SESSION, context.get(), guid(UUID.randomUUID()), 0, 0);
        f.get(10, TimeUnit.SECONDS);

        WlanException e = assertThrows(WlanInvalidStateException.class, wfd::close);
        assertEquals("WFDCloseSession", e.function());
        assertEquals(1, e.getSuppressed().length);
        assertSame(WlanRpcException.class, e.getSuppressed()[0].getClass());
        wfd.close();
        verify(api, times(1)).WFDCloseHandle(any());
    }

    @Test
    void cancelWaitIsPositiveAndBoundsClose() {
        WfdClient wfd = WfdClient.open(api);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wfd.cancelWait(Duration.ZERO));
        assertEquals("cancelWait must be positive: PT0S", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> wfd.cancelWait(Duration.ofSeconds(-2)));
        assertEquals("cancelWait must be positive: PT-2S", e.getMessage());
        assertEquals("wait", assertThrows(NullPointerException.class, () -> wfd.cancelWait(null)).getMessage());
        assertSame(wfd, wfd.cancelWait(Duration.ofMillis(30)));

        CompletableFuture<WfdSession> f = wfd.startOpenSession(PEER); // this mock service never completes it
        long start = System.nanoTime();
        wfd.close();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(tookMs >= 30 && tookMs < 4_000, "close() waited its 30 ms bound, not the default 5 s: " + tookMs);
        WlanTimeoutException timeout = (WlanTimeoutException) assertThrows(java.util.concurrent.ExecutionException.class,
                () -> f.get(10, TimeUnit.SECONDS)).getCause();
        assertTrue(timeout.isLibraryWait());
    }

    @Test
    void aFailedOpenHandleThrowsItsType() {
        doReturn(87).when(api).WFDOpenHandle(anyInt(), any(), any());
        WlanInvalidParameterException e = assertThrows(WlanInvalidParameterException.class, () -> WfdClient.open(api));
        assertEquals("WFDOpenHandle", e.function());
        verify(api, never()).WFDCloseHandle(any());
        verify(api).WFDOpenHandle(eq(1), any(), any());
    }

    @Test
    void aTimeoutRacingSuccessReturnsTheSession() {
        // The open completes on the caller's thread exactly when the wait would time out.
        WfdClient wfd = WfdClient.open(api);
        doAnswer(inv -> {
            inv.getArgument(4, WinNT.HANDLEByReference.class).setValue(SESSION);
            inv.<WlanApi.WFD_OPEN_SESSION_COMPLETE_CALLBACK>getArgument(3)
                    .callback(SESSION, inv.getArgument(2), guid(UUID.randomUUID()), 0, 0);
            return 0;
        }).when(api).WFDStartOpenSession(any(), any(), any(), any(), any());
        WfdSession session = wfd.openSession(PEER, Duration.ofSeconds(10));
        assertTrue(session.isOpen());
        wfd.close();
        assertFalse(session.isOpen());
    }
}
