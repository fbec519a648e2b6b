package io.github.wlanapi4j;

/**
 * A cipher algorithm ({@code DOT11_CIPHER_ALGORITHM}).
 */
public enum CipherAlgorithm implements Codes.Coded {
    /** No cipher: an open network. */
    NONE(0x00),
    /** WEP with a 40-bit key. */
    WEP40(0x01),
    /** TKIP (WPA). */
    TKIP(0x02),
    /** AES-CCMP with a 128-bit key (WPA2, WPA3-Personal). */
    CCMP(0x04),
    /** WEP with a 104-bit key. */
    WEP104(0x05),
    /** Broadcast integrity protocol (management frames). */
    BIP(0x06),
    /** AES-GCMP with a 128-bit key. */
    GCMP(0x08),
    /** AES-GCMP with a 256-bit key (WPA3-Enterprise 192-bit). */
    GCMP_256(0x09),
    /** AES-CCMP with a 256-bit key. */
    CCMP_256(0x0a),
    /** BIP-GMAC-128. */
    BIP_GMAC_128(0x0b),
    /** BIP-GMAC-256. */
    BIP_GMAC_256(0x0c),
    /** BIP-CMAC-256. */
    BIP_CMAC_256(0x0d),
    /** The group cipher is used ({@code WPA_USE_GROUP}, {@code RSN_USE_GROUP}). */
    USE_GROUP(0x100),
    /** WEP with any key length. */
    WEP(0x101),
    /** A value this version does not know, such as a vendor's; the raw value is kept where it was read. */
    UNKNOWN(-1);

    private static final CipherAlgorithm[] VALUES = values();
    private final int code;

    CipherAlgorithm(int code) {
        this.code = code;
    }

    /** @return the native value, or -1 for {@link #UNKNOWN} */
    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a {@code DOT11_CIPHER_ALGORITHM} value
     * @return its constant, or {@link #UNKNOWN}
     */
    public static CipherAlgorithm of(int code) {
        return Codes.decode(VALUES, UNKNOWN, code);
    }
}
