package io.github.wlanapi4j;

/**
 * The service ran out of memory: {@code ERROR_NOT_ENOUGH_MEMORY} (8).
 */
public final class WlanNotEnoughMemoryException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanNotEnoughMemoryException(String function, int errorCode) {
        super(function, errorCode);
    }
}
