package io.github.wlanapi4j;

/**
 * A connection attempt failed: the service reported {@code connection_attempt_fail}, or
 * {@code connection_complete} with a non-zero {@code WLAN_REASON_CODE}. {@link #reasonCode()}
 * is that code and {@link #reasonText()} the service's text for it ({@code WlanReasonCodeToString}),
 * such as a wrong passphrase or a network out of range. {@link #errorCode()} is 0: the call that
 * started the connection succeeded; the connection did not.
 *
 * <pre>{@code
 * wlan.connect(iface, WlanProfile.wpa2Personal(Ssid.of("Home"), passphrase))
 *     .exceptionally(e -> {
 *         if (e.getCause() instanceof WlanConnectionException) {
 *             System.err.println(((WlanConnectionException) e.getCause()).reasonText());
 *         }
 *         return null;
 *     });
 * }</pre>
 */
public final class WlanConnectionException extends WlanException {
    private static final long serialVersionUID = 1L;
    /** The service's text for the reason code. */
    private final String reasonText;

    WlanConnectionException(int reasonCode, String reasonText, String message) {
        super("WlanConnect", WlanErrors.ERROR_SUCCESS, message);
        this.reasonText = reasonText;
        withReasonCode(reasonCode);
    }

    /**
     * Returns the service's text for {@link #reasonCode()}.
     *
     * @return the reason's text
     */
    public String reasonText() {
        return reasonText;
    }
}
