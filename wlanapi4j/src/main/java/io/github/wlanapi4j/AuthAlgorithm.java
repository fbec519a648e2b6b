package io.github.wlanapi4j;

/**
 * An authentication algorithm ({@code DOT11_AUTH_ALGORITHM}), WPA3 and OWE included.
 */
public enum AuthAlgorithm implements Codes.Coded {
    /** 802.11 Open System: no authentication. */
    OPEN(1),
    /** 802.11 Shared Key (WEP). */
    SHARED_KEY(2),
    /** WPA-Enterprise (802.1X). */
    WPA(3),
    /** WPA-Personal (pre-shared key). */
    WPA_PSK(4),
    /** Not supported by Windows. */
    WPA_NONE(5),
    /** WPA2-Enterprise (RSNA with 802.1X). */
    RSNA(6),
    /** WPA2-Personal (RSNA with a pre-shared key). */
    RSNA_PSK(7),
    /** WPA3-Enterprise 192-bit mode ({@code DOT11_AUTH_ALGO_WPA3}, {@code WPA3_ENT_192}). */
    WPA3_ENTERPRISE_192(8),
    /** WPA3-Personal (Simultaneous Authentication of Equals). */
    WPA3_SAE(9),
    /** Opportunistic Wireless Encryption (Wi-Fi Enhanced Open). */
    OWE(10),
    /** WPA3-Enterprise. */
    WPA3_ENTERPRISE(11),
    /** A value this version does not know, such as a vendor's; the raw value is kept where it was read. */
    UNKNOWN(-1);

    private static final AuthAlgorithm[] VALUES = values();
    private final int code;

    AuthAlgorithm(int code) {
        this.code = code;
    }

    /** @return the native value, or -1 for {@link #UNKNOWN} */
    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a {@code DOT11_AUTH_ALGORITHM} value
     * @return its constant, or {@link #UNKNOWN}
     */
    public static AuthAlgorithm of(int code) {
        return Codes.decode(VALUES, UNKNOWN, code);
    }
}
