package io.github.wlanapi4j;

/**
 * The operation did not complete in time: {@code ERROR_TIMEOUT} (1460).
 */
public final class WlanTimeoutException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanTimeoutException(String function, int errorCode) {
        super(function, errorCode);
    }
}
