package io.github.wlanapi4j;

/**
 * The resource is not in a state for the request: {@code ERROR_INVALID_STATE} (5023). For Wi-Fi
 * Direct this means that group policy has disabled it.
 */
public final class WlanInvalidStateException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanInvalidStateException(String function, int errorCode) {
        super(function, errorCode);
    }
}
