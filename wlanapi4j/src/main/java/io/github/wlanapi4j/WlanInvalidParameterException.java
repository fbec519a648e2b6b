package io.github.wlanapi4j;

/**
 * A parameter was rejected: {@code ERROR_INVALID_PARAMETER} (87).
 */
public final class WlanInvalidParameterException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanInvalidParameterException(String function, int errorCode) {
        super(function, errorCode);
    }
}
