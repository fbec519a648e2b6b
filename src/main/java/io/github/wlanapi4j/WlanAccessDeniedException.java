package io.github.wlanapi4j;

/**
 * The caller lacks the rights for the operation: {@code ERROR_ACCESS_DENIED} (5).
 */
public final class WlanAccessDeniedException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanAccessDeniedException(String function, int errorCode) {
        super(function, errorCode);
    }
}
