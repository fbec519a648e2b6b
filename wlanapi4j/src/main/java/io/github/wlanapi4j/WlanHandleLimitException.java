package io.github.wlanapi4j;

/**
 * The service has as many client handles open as it allows:
 * {@code ERROR_REMOTE_SESSION_LIMIT_EXCEEDED} (1220). Close handles that are no longer needed.
 */
public final class WlanHandleLimitException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanHandleLimitException(String function, int errorCode) {
        super(function, errorCode);
    }
}
