package io.github.wlanapi4j;

/**
 * A connection failed: the service reported {@code connection_complete} with a non-zero
 * {@code WLAN_REASON_CODE} (after one or more {@code connection_attempt_fail}s). {@link #reasonCode()}
 * is that code and {@link #reasonText()} the service's text for it ({@code WlanReasonCodeToString}),
 * such as a wrong passphrase or a network out of range. {@link #errorCode()} is 0: the call that
 * started the connection succeeded; the connection did not.
 *
 * <pre>{@code
 * wlan.connect(iface, WlanProfile.wpa2Personal(Ssid.of("Home"), passphrase))
 *     .exceptionally(e -> {
 *         if (e.getCause() instanceof WlanConnectionException) {
 *             WlanConnectionException failed = (WlanConnectionException) e.getCause();
 *             if (failed.failure() == WlanConnectionException.Failure.WRONG_KEY) {
 *                 System.err.println("Check the passphrase");
 *             } else {
 *                 System.err.println(failed.reasonText());
 *             }
 *         }
 *         return null;
 *     });
 * }</pre>
 */
public final class WlanConnectionException extends WlanException {
    private static final long serialVersionUID = 1L;

    /**
     * What kind of failure a reason code is, for a program that acts on it: ask for the key
     * again, wait for the network to come in range, try again later.
     */
    public enum Failure {
        /**
         * The key or passphrase is wrong or malformed ({@link WlanReasonCodes#KEY_MISMATCH},
         * {@link WlanReasonCodes#MSMSEC_PSK_MISMATCH_SUSPECTED}, a key of the wrong length or with
         * characters it may not have). On WPA2-Personal a wrong passphrase can also end as a key
         * exchange that never completes: that is {@link #TIMEOUT}, as nothing proves the key wrong.
         */
        WRONG_KEY,
        /** The network is not in range or not visible ({@link WlanReasonCodes#NETWORK_NOT_AVAILABLE}, {@link WlanReasonCodes#NOT_VISIBLE}, {@link WlanReasonCodes#NO_VISIBLE_AP}). */
        NETWORK_NOT_AVAILABLE,
        /** The network, the profile and the adapter have no security, PHY or BSS type in common. */
        INCOMPATIBLE,
        /** The access point did not take the association ({@link WlanReasonCodes#ASSOCIATION_FAILURE}). */
        ASSOCIATION_FAILED,
        /**
         * Authentication or the key exchange failed (other than a wrong key), including 802.1X:
         * the RADIUS server refused the credentials ({@link WlanReasonCodes#ONEX_EAP_FAILURE_RECEIVED}),
         * or there were none to give ({@link WlanReasonCodes#ONEX_UNABLE_TO_IDENTIFY_USER}).
         */
        AUTHENTICATION_FAILED,
        /** Association, authentication or the key exchange did not finish in time. */
        TIMEOUT,
        /** The attempt was cancelled, by a disconnect or another connect. */
        CANCELLED,
        /** The profile is invalid ({@code WlanReasonCodes} 0x80000 to 0x8FFFF, and the security section's own checks). */
        INVALID_PROFILE,
        /** Group policy, the user or a block list does not allow the network. */
        DENIED,
        /** Any other reason, including codes this library does not know. */
        OTHER;

        /**
         * Classifies a {@code WLAN_REASON_CODE}.
         *
         * @param reasonCode the code
         * @return its kind; {@link #OTHER} for 0 and unknown codes
         */
        public static Failure of(int reasonCode) {
            switch (reasonCode) {
                case WlanReasonCodes.KEY_MISMATCH:
                case WlanReasonCodes.MSMSEC_PSK_MISMATCH_SUSPECTED:
                case WlanReasonCodes.MSMSEC_PROFILE_KEY_LENGTH:
                case WlanReasonCodes.MSMSEC_PROFILE_PSK_LENGTH:
                case WlanReasonCodes.MSMSEC_PROFILE_PASSPHRASE_CHAR:
                case WlanReasonCodes.MSMSEC_PROFILE_KEYMATERIAL_CHAR:
                case WlanReasonCodes.MSMSEC_PROFILE_KEY_UNMAPPED_CHAR:
                case WlanReasonCodes.MSMSEC_KEY_FORMAT:
                    return WRONG_KEY;
                case WlanReasonCodes.NETWORK_NOT_AVAILABLE:
                case WlanReasonCodes.NOT_VISIBLE:
                case WlanReasonCodes.NO_VISIBLE_AP:
                    return NETWORK_NOT_AVAILABLE;
                case WlanReasonCodes.NETWORK_NOT_COMPATIBLE:
                case WlanReasonCodes.PROFILE_NOT_COMPATIBLE:
                case WlanReasonCodes.UNSUPPORTED_SECURITY_SET_BY_OS:
                case WlanReasonCodes.UNSUPPORTED_SECURITY_SET:
                case WlanReasonCodes.BSS_TYPE_UNMATCH:
                case WlanReasonCodes.PHY_TYPE_UNMATCH:
                case WlanReasonCodes.DATARATE_UNMATCH:
                case WlanReasonCodes.MSMSEC_CAPABILITY_NETWORK:
                case WlanReasonCodes.MSMSEC_CAPABILITY_NIC:
                case WlanReasonCodes.MSMSEC_CAPABILITY_PROFILE:
                case WlanReasonCodes.MSMSEC_CAPABILITY_DISCOVERY:
                case WlanReasonCodes.MSMSEC_CAPABILITY_PROFILE_AUTH:
                case WlanReasonCodes.MSMSEC_CAPABILITY_PROFILE_CIPHER:
                case WlanReasonCodes.MSMSEC_CAPABILITY_PROFILE_SAFE_MODE_NIC:
                case WlanReasonCodes.MSMSEC_CAPABILITY_PROFILE_SAFE_MODE_NW:
                case WlanReasonCodes.MSMSEC_CAPABILITY_MFP_NW_NIC:
                    return INCOMPATIBLE;
                case WlanReasonCodes.ASSOCIATION_FAILURE:
                    return ASSOCIATION_FAILED;
                case WlanReasonCodes.ASSOCIATION_TIMEOUT:
                case WlanReasonCodes.SECURITY_TIMEOUT:
                case WlanReasonCodes.UI_REQUEST_TIMEOUT:
                case WlanReasonCodes.IHV_NOT_RESPONDING:
                case WlanReasonCodes.MSMSEC_AUTH_START_TIMEOUT:
                case WlanReasonCodes.MSMSEC_AUTH_SUCCESS_TIMEOUT:
                case WlanReasonCodes.MSMSEC_KEY_START_TIMEOUT:
                case WlanReasonCodes.MSMSEC_KEY_SUCCESS_TIMEOUT:
                    return TIMEOUT;
                case WlanReasonCodes.USER_CANCELLED:
                case WlanReasonCodes.MSMSEC_CANCELLED:
                    return CANCELLED;
                case WlanReasonCodes.GP_DENIED:
                case WlanReasonCodes.USER_DENIED:
                case WlanReasonCodes.BSS_TYPE_NOT_ALLOWED:
                case WlanReasonCodes.IN_BLOCKED_LIST:
                case WlanReasonCodes.AP_PROFILE_NOT_ALLOWED_FOR_CLIENT:
                case WlanReasonCodes.AP_PROFILE_NOT_ALLOWED:
                case WlanReasonCodes.HOTSPOT2_PROFILE_DENIED:
                    return DENIED;
                case WlanReasonCodes.ONEX_NO_RESPONSE_TO_IDENTITY:
                    return TIMEOUT;
                case WlanReasonCodes.ONEX_UI_CANCELLED:
                    return CANCELLED;
                case WlanReasonCodes.PRE_SECURITY_FAILURE:
                case WlanReasonCodes.START_SECURITY_FAILURE:
                case WlanReasonCodes.SECURITY_FAILURE:
                case WlanReasonCodes.ROAMING_SECURITY_FAILURE:
                case WlanReasonCodes.ADHOC_SECURITY_FAILURE:
                case WlanReasonCodes.TOO_MANY_SECURITY_ATTEMPTS:
                    return AUTHENTICATION_FAILED;
                default:
                    return ofRange(reasonCode);
            }
        }

        /** The security, 802.1X and profile ranges, whose codes are too many to list one by one. */
        private static Failure ofRange(int reasonCode) {
            if (reasonCode >= WlanReasonCodes.ONEX_PROFILE_VERSION_NOT_SUPPORTED
                    && reasonCode <= WlanReasonCodes.ONEX_PROFILE_INVALID_EAP_CONNECTION_PROPERTIES
                    || reasonCode == WlanReasonCodes.ONEX_PROFILE_INVALID_EXPLICIT_CREDENTIALS) {
                return INVALID_PROFILE; // the profile's 802.1X section
            }
            if (reasonCode > 0x0005_0000 && reasonCode <= 0x0005_FFFF) {
                return AUTHENTICATION_FAILED; // 802.1X: the server refused, no identity, credentials expired
            }
            if (reasonCode >= WlanReasonCodes.MSMSEC_UI_REQUEST_FAILURE && reasonCode <= 0x0004_FFFF) {
                return AUTHENTICATION_FAILED; // the security component's connection failures
            }
            if ((reasonCode > 0x0004_0000 && reasonCode < 0x0004_8000) // the security section's checks
                    || (reasonCode > 0x0008_0000 && reasonCode <= 0x0008_FFFF)) {
                return INVALID_PROFILE;
            }
            return OTHER;
        }
    }

    /** The service's text for the reason code. */
    private final String reasonText;

    WlanConnectionException(int reasonCode, String reasonText, String message) {
        super("WlanConnect", WlanErrors.ERROR_SUCCESS, message);
        this.reasonText = reasonText;
        withReasonCode(reasonCode);
    }

    /**
     * Returns what kind of failure {@link #reasonCode()} is.
     *
     * @return its kind, {@link Failure#OTHER} for a code this library does not classify
     */
    public Failure failure() {
        return Failure.of(reasonCode());
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
