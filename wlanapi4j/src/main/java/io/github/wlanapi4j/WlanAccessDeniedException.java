package io.github.wlanapi4j;

/**
 * The caller lacks the rights for the operation: {@code ERROR_ACCESS_DENIED} (5). Where Windows
 * denies it for want of location permission, the exception is the subclass
 * {@link WlanLocationAccessDeniedException}.
 */
public class WlanAccessDeniedException extends WlanException {
    private static final long serialVersionUID = 1L;

    // Package-private: the library is the only one to make these, and the only subclass is its own.
    WlanAccessDeniedException(String function, int errorCode) {
        super(function, errorCode);
    }
}
