package io.github.wlanapi4j;

/**
 * The handle is not (or no longer) open: {@code ERROR_INVALID_HANDLE} (6).
 */
public final class WlanInvalidHandleException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanInvalidHandleException(String function, int errorCode) {
        super(function, errorCode);
    }
}
