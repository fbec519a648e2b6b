package io.github.wlanapi4j;

/**
 * The operation was cancelled: {@code ERROR_CANCELLED} (1223).
 */
public final class WlanCancelledException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanCancelledException(String function, int errorCode) {
        super(function, errorCode);
    }
}
