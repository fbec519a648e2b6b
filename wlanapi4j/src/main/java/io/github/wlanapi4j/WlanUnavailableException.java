package io.github.wlanapi4j;

import java.util.Objects;

/**
 * The Native Wifi API is not available here: {@code wlanapi.dll} is missing (not Windows, or
 * Windows Server without the Wireless LAN Service feature), or it lacks a function (Wi-Fi Direct
 * needs Windows 8). Reported with {@code ERROR_MOD_NOT_FOUND} (126) or
 * {@code ERROR_PROC_NOT_FOUND} (127); the message says what to do.
 */
public final class WlanUnavailableException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanUnavailableException(String function, int errorCode) {
        super(function, errorCode);
    }

    WlanUnavailableException(String function, int errorCode, String message) {
        super(function, errorCode, message);
    }

    /**
     * Returns the exception the native binding throws when {@code library} lacks the export
     * {@code function}: {@code ERROR_PROC_NOT_FOUND} (127), with the binding's message, such as
     * "wlanapi.dll does not export WFDOpenHandle: Wi-Fi Direct needs Windows 8 or later.". For
     * test doubles of {@link WlanApi} that play a Windows without that function, so that the code
     * under test sees exactly what it would see there; {@code WlanSimulator} uses it.
     *
     * @param library the library's file name, such as {@code "wlanapi.dll"}
     * @param function the missing function, such as {@code "WFDOpenHandle"}
     * @return the exception, not thrown
     */
    public static WlanUnavailableException missingExport(String library, String function) {
        return new WlanUnavailableException(function, WlanErrors.ERROR_PROC_NOT_FOUND,
                missingExportMessage(library, function));
    }

    /** The one text for a missing export, the native binding's and the test doubles'. */
    static String missingExportMessage(String library, String function) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(function, "function");
        // Which Windows brought the function: the Wi-Fi Direct ones came with Windows 8.
        String why = function.startsWith("WFD") ? "Wi-Fi Direct needs Windows 8 or later"
                : "the Native Wifi API needs Windows Vista or later";
        return library + " does not export " + function + ": " + why + ".";
    }
}
