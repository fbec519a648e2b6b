package io.github.wlanapi4j;

/**
 * The operation did not complete in time: {@code ERROR_TIMEOUT} (1460). Either the service
 * reported that code, or the library's own wait ran out (such as
 * {@link WfdClient#openSession(MacAddress, java.time.Duration)}'s timeout, or the bound of
 * {@link WfdClient#close()} on a cancelled open); {@link #isLibraryWait()} tells which.
 */
public final class WlanTimeoutException extends WlanException {
    private static final long serialVersionUID = 1L;

    /** Whether the library's own wait ran out, rather than the service reporting the code. */
    private final boolean libraryWait;

    WlanTimeoutException(String function, int errorCode) {
        this(function, errorCode, false);
    }

    private WlanTimeoutException(String function, int errorCode, boolean libraryWait) {
        super(function, errorCode);
        this.libraryWait = libraryWait;
    }

    /**
     * The exception for a wait of the library's own that ran out while {@code function}'s
     * outcome was awaited. Its code is {@code ERROR_TIMEOUT}, as before this was told apart.
     */
    static WlanTimeoutException libraryWait(String function) {
        return new WlanTimeoutException(function, WlanErrors.ERROR_TIMEOUT, true);
    }

    /**
     * Returns whether the library's own wait ran out (the service had not answered yet), rather
     * than the service reporting {@code ERROR_TIMEOUT}. {@link #errorCode()} is 1460 either way,
     * so that code comparing codes keeps working.
     *
     * @return {@code true} for the library's wait, {@code false} for the service's code
     */
    public boolean isLibraryWait() {
        return libraryWait;
    }
}
