package io.github.wlanapi4j;

/**
 * The WLAN AutoConfig service (WlanSvc) is not running: {@code ERROR_SERVICE_NOT_ACTIVE} (1062).
 * Start it with {@code net start WlanSvc}, or set it to start automatically.
 */
public final class WlanServiceNotActiveException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanServiceNotActiveException(String function, int errorCode) {
        super(function, errorCode);
    }
}
