package io.github.wlanapi4j;

import static io.github.wlanapi4j.WlanErrors.*;

import com.sun.jna.Platform;
import com.sun.jna.platform.win32.Kernel32Util;
import java.util.Map;

/**
 * The one table from a {@code DWORD} result code to its name, its description and the exception
 * that reports it. Nothing else in the library looks at code values. The values are the public
 * constants of {@link WlanErrors}, the one place they are written down.
 */
final class ErrorTable {
    private static final int RPC_FIRST = 1700;
    private static final int RPC_LAST = 1999;

    /** Makes the exception for a code. */
    private interface Factory {
        WlanException create(String function, int code);
    }

    private static final class Entry {
        final String name;
        final String text;
        final Factory factory;

        Entry(String name, String text, Factory factory) {
            this.name = name;
            this.text = text;
            this.factory = factory;
        }
    }

    private static final Entry RPC = new Entry(null, "A remote procedure call (RPC) error occurred.",
            WlanRpcException::new);
    private static final Entry OTHER = new Entry(null, "Unknown error.", WlanException::new);

    // The descriptions are Windows' own texts for these codes, used where FormatMessage is not.
    private static final Map<Integer, Entry> ENTRIES = Map.ofEntries(
            entry(ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED", "Access is denied.", WlanAccessDeniedException::new),
            entry(ERROR_INVALID_HANDLE, "ERROR_INVALID_HANDLE", "The handle is invalid.",
                    WlanInvalidHandleException::new),
            entry(ERROR_NOT_ENOUGH_MEMORY, "ERROR_NOT_ENOUGH_MEMORY",
                    "Not enough memory resources are available to process this command.",
                    WlanNotEnoughMemoryException::new),
            entry(ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED", "The request is not supported.", WlanNotSupportedException::new),
            entry(ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER", "The parameter is incorrect.", WlanInvalidParameterException::new),
            entry(ERROR_CALL_NOT_IMPLEMENTED, "ERROR_CALL_NOT_IMPLEMENTED", "This function is not supported on this system.",
                    WlanException::new),
            entry(ERROR_MOD_NOT_FOUND, "ERROR_MOD_NOT_FOUND", "The specified module could not be found.",
                    WlanUnavailableException::new),
            entry(ERROR_PROC_NOT_FOUND, "ERROR_PROC_NOT_FOUND", "The specified procedure could not be found.",
                    WlanUnavailableException::new),
            entry(ERROR_SERVICE_NOT_ACTIVE, "ERROR_SERVICE_NOT_ACTIVE", "The service has not been started.",
                    WlanServiceNotActiveException::new),
            entry(ERROR_REMOTE_SESSION_LIMIT_EXCEEDED, "ERROR_REMOTE_SESSION_LIMIT_EXCEEDED",
                    "An attempt was made to establish a session to a network server, but there are already too "
                            + "many sessions established to that server.",
                    WlanHandleLimitException::new),
            entry(ERROR_CANCELLED, "ERROR_CANCELLED", "The operation was canceled by the user.",
                    WlanCancelledException::new),
            entry(ERROR_TIMEOUT, "ERROR_TIMEOUT", "This operation returned because the timeout period expired.",
                    WlanTimeoutException::new),
            entry(RPC_S_SERVER_UNAVAILABLE, "RPC_S_SERVER_UNAVAILABLE", "The RPC server is unavailable.", WlanRpcException::new),
            entry(RPC_S_CALL_FAILED, "RPC_S_CALL_FAILED", "The remote procedure call failed.", WlanRpcException::new),
            entry(RPC_S_CALL_FAILED_DNE, "RPC_S_CALL_FAILED_DNE", "The remote procedure call failed and did not execute.",
                    WlanRpcException::new),
            entry(EPT_S_NOT_REGISTERED, "EPT_S_NOT_REGISTERED", "There are no more endpoints available from the endpoint mapper.",
                    WlanRpcException::new),
            entry(ERROR_NOT_FOUND, "ERROR_NOT_FOUND", "Element not found.", WlanException::new),
            entry(ERROR_ALREADY_EXISTS, "ERROR_ALREADY_EXISTS", "Cannot create a file when that file already exists.",
                    WlanException::new),
            entry(ERROR_BAD_PROFILE, "ERROR_BAD_PROFILE", "The network connection profile is corrupted.",
                    WlanException::new),
            entry(ERROR_NDIS_DOT11_POWER_STATE_INVALID, "ERROR_NDIS_DOT11_POWER_STATE_INVALID",
                    "The wireless local area network interface is powered down and doesn't support the requested "
                            + "operation.",
                    WlanException::new),
            entry(ERROR_INVALID_STATE, "ERROR_INVALID_STATE",
                    "The group or resource is not in the correct state to perform the requested operation.",
                    WlanInvalidStateException::new));

    private ErrorTable() {}

    private static Map.Entry<Integer, Entry> entry(int code, String name, String text, Factory factory) {
        return Map.entry(code, new Entry(name, text, factory));
    }

    private static Entry lookup(int code) {
        Entry e = ENTRIES.get(code);
        if (e != null) {
            return e;
        }
        return code >= RPC_FIRST && code <= RPC_LAST ? RPC : OTHER;
    }

    /** The typed exception for a non-zero code. */
    static WlanException exception(String function, int code) {
        if (code == ERROR_SUCCESS) {
            throw new IllegalArgumentException("code 0 is ERROR_SUCCESS, not an error (function " + function + ")");
        }
        return lookup(code).factory.create(function, code);
    }

    /**
     * The typed exception for a non-zero code from a call that Windows 11 24H2 gates on location
     * consent: there, {@code ERROR_ACCESS_DENIED} is a {@link WlanLocationAccessDeniedException}.
     */
    static WlanException exception(String function, int code, boolean locationGated) {
        if (locationGated && code == ERROR_ACCESS_DENIED) {
            return new WlanLocationAccessDeniedException(function, code);
        }
        return exception(function, code);
    }

    /** "ERROR_SERVICE_NOT_ACTIVE (1062)", or "error 1234" for a code the table does not name. */
    static String describeCode(int code) {
        String name = lookup(code).name;
        String number = Integer.toUnsignedString(code);
        return name == null ? "error " + number : name + " (" + number + ")";
    }

    /** The system's text for a code: FormatMessage on Windows, the built-in table elsewhere. */
    static String text(int code) {
        if (Platform.isWindows()) {
            try {
                String text = Kernel32Util.formatMessage(code);
                if (text != null && !text.isBlank()) {
                    return text.strip();
                }
            } catch (RuntimeException | LinkageError e) {
                // No text from the system: fall back to the built-in one.
            }
        }
        return lookup(code).text;
    }
}
