package io.github.wlanapi4j;

/**
 * A Native Wifi function returned an error code. The subclass says which error; the base class
 * stands for codes without a subclass of their own.
 *
 * <p>Every exception of the library carries the {@code DWORD} code and the function that reported
 * it. Its message is made when first asked for, from Windows' {@code FormatMessage} on Windows and
 * from a built-in table elsewhere, for example:
 * <pre>WlanOpenHandle failed: ERROR_SERVICE_NOT_ACTIVE (1062): The service has not been started.</pre>
 *
 * <p>Code that calls {@link WlanApi} directly can turn codes into the same exceptions:
 * <pre>{@code
 * int code = api.WlanCloseHandle(handle, null);
 * WlanException.check("WlanCloseHandle", code); // throws the typed exception unless code is 0
 * }</pre>
 */
public class WlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The native function that reported the error. */
    private final String function;
    /** The {@code DWORD} it returned. */
    private final int errorCode;
    /** A message given in full, instead of one made from the code; null for most. */
    private final String fixedMessage;
    /** What the caller asked for, added to the message; may be null. */
    private String context;
    /** The reason code that came with the error, or 0. */
    private int reasonCode;
    private transient volatile String message;

    WlanException(String function, int errorCode) {
        this(function, errorCode, null);
    }

    WlanException(String function, int errorCode, String message) {
        super(); // message made lazily; cause left unset so that initCause works
        this.function = function;
        this.errorCode = errorCode;
        this.fixedMessage = message;
    }

    /**
     * Returns the typed exception for an error code: a {@link WlanServiceNotActiveException} for
     * 1062, a {@link WlanRpcException} for 1700–1999, and so on, or a plain {@code WlanException}
     * for a code without a type of its own.
     *
     * @param function the native function that returned the code, for the message
     * @param errorCode the {@code DWORD} it returned; must not be 0 ({@code ERROR_SUCCESS})
     * @return the exception, not thrown
     * @throws IllegalArgumentException if {@code errorCode} is 0
     */
    public static WlanException of(String function, int errorCode) {
        return ErrorTable.exception(function, errorCode);
    }

    /**
     * Throws the typed exception for {@code errorCode} unless it is 0 ({@code ERROR_SUCCESS}).
     *
     * @param function the native function that returned the code, for the message
     * @param errorCode the {@code DWORD} it returned
     * @throws WlanException (a subclass, where one exists) if {@code errorCode} is not 0
     */
    public static void check(String function, int errorCode) {
        if (errorCode != WlanErrors.ERROR_SUCCESS) {
            throw ErrorTable.exception(function, errorCode);
        }
    }

    /**
     * Returns the {@code DWORD} error code, as its 32 bits.
     *
     * @return the error code
     */
    public int errorCode() {
        return errorCode;
    }

    /**
     * Returns the name of the native function that reported the error, such as
     * {@code "WlanOpenHandle"}.
     *
     * @return the function name
     */
    public String function() {
        return function;
    }

    /**
     * Returns the reason code that came with the error, or 0 if none did: the
     * {@code WLAN_REASON_CODE} of a failed scan or connection ({@link WlanConnectionException}),
     * or of a profile {@code WlanSetProfile} rejected, or a Wi-Fi Direct open's {@code dwReasonCode}.
     *
     * @return the reason code, or 0
     */
    public int reasonCode() {
        return reasonCode;
    }

    /** Adds what the caller asked for, e.g. "requested client version 3", to the message (null: nothing). */
    WlanException withContext(String context) {
        this.context = this.context == null ? context : this.context + "; " + context;
        return this;
    }

    WlanException withReasonCode(int reasonCode) {
        this.reasonCode = reasonCode;
        return this;
    }

    @Override
    public String getMessage() {
        String m = message;
        if (m == null) {
            m = fixedMessage != null ? fixedMessage
                    : function + " failed: " + ErrorTable.describeCode(errorCode) + ": " + ErrorTable.text(errorCode);
            if (reasonCode != 0) {
                m += " (reason code " + Integer.toUnsignedString(reasonCode) + ")";
            }
            if (context != null) {
                m += " (" + context + ")";
            }
            message = m;
        }
        return m;
    }
}
