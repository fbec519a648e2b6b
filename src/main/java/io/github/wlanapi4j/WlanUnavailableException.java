package io.github.wlanapi4j;

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
}
