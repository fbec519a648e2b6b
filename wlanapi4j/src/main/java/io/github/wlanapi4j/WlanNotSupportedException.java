package io.github.wlanapi4j;

/**
 * The request is not supported, e.g. an unknown client version: {@code ERROR_NOT_SUPPORTED} (50).
 */
public final class WlanNotSupportedException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanNotSupportedException(String function, int errorCode) {
        super(function, errorCode);
    }
}
