package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one code-to-exception table and the messages it makes. */
class ErrorTableTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("io.github.wlanapi4j.WlanClientContractTest#typedCodes")
    void everyCodeHasItsType(int code, Class<? extends WlanException> type) {
        WlanException e = WlanException.of("F", code);
        assertSame(type, e.getClass());
        assertEquals(code, e.errorCode());
        assertEquals("F", e.function());
        assertEquals(0, e.reasonCode());
    }

    /** WlanErrors is the one place the values are written: each must be winerror.h's, as jna-platform has it. */
    @Test
    void theConstantsAreWindowsValues() throws Exception {
        int checked = 0;
        for (java.lang.reflect.Field f : WlanErrors.class.getFields()) {
            assertEquals(com.sun.jna.platform.win32.WinError.class.getField(f.getName()).getInt(null), f.getInt(null),
                    f.getName());
            checked++;
        }
        assertEquals(22, checked);
        // Every code the table names has its constant: its name is described, not "error N".
        for (java.lang.reflect.Field f : WlanErrors.class.getFields()) {
            if (f.getInt(null) != 0) {
                assertTrue(ErrorTable.describeCode(f.getInt(null)).startsWith(f.getName() + " ("), f.getName());
            }
        }
    }

    @Test
    void theRpcRangeIsExactly1700To1999() {
        assertSame(WlanException.class, WlanException.of("F", 1699).getClass());
        assertSame(WlanRpcException.class, WlanException.of("F", 1700).getClass());
        assertSame(WlanRpcException.class, WlanException.of("F", 1999).getClass());
        assertSame(WlanException.class, WlanException.of("F", 2000).getClass());
    }

    @Test
    void messagesFollowOneFormat() {
        assumeFalse(Platform.isWindows(), "on Windows the text comes from FormatMessage");
        assertEquals("WlanOpenHandle failed: ERROR_SERVICE_NOT_ACTIVE (1062): The service has not been started.",
                WlanException.of("WlanOpenHandle", 1062).getMessage());
        assertEquals("WFDOpenHandle failed: error 1800: A remote procedure call (RPC) error occurred.",
                WlanException.of("WFDOpenHandle", 1800).getMessage());
        assertEquals("F failed: error 4294967295: Unknown error.", WlanException.of("F", -1).getMessage());
        assertEquals("WlanOpenHandle failed: ERROR_NOT_SUPPORTED (50): The request is not supported."
                        + " (requested client version 3)",
                WlanException.of("WlanOpenHandle", 50).withContext("requested client version 3").getMessage());
        assertEquals("WFDStartOpenSession failed: ERROR_INVALID_STATE (5023): The group or resource is not in the"
                        + " correct state to perform the requested operation. (reason code 7)",
                WlanException.of("WFDStartOpenSession", 5023).withReasonCode(7).getMessage());
    }

    @Test
    void theMessageIsTheThrowablesToo() {
        WlanException e = WlanException.of("WlanCloseHandle", 6);
        assertTrue(e.toString().startsWith("io.github.wlanapi4j.WlanInvalidHandleException: WlanCloseHandle failed: "
                + "ERROR_INVALID_HANDLE (6): "), e.toString());
    }

    @Test
    void onlyTheLibrarysOwnWaitIsALibraryWait() {
        WlanTimeoutException service = (WlanTimeoutException) WlanException.of("WlanScan", WlanErrors.ERROR_TIMEOUT);
        assertFalse(service.isLibraryWait());
        WlanTimeoutException library = WlanTimeoutException.libraryWait("WFDStartOpenSession");
        assertTrue(library.isLibraryWait());
        assertEquals(WlanErrors.ERROR_TIMEOUT, library.errorCode(), "the code stays 1460, for compatibility");
        assertEquals("WFDStartOpenSession", library.function());
    }

    @Test
    void successIsNotAnError() {
        WlanException.check("F", 0);
        assertThrows(WlanServiceNotActiveException.class, () -> WlanException.check("F", 1062));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WlanException.of("F", 0));
        assertEquals("code 0 is ERROR_SUCCESS, not an error (function F)", e.getMessage());
    }
}
