package io.github.wlanapi4j;

/**
 * The physical layer of a BSS or a connection ({@code DOT11_PHY_TYPE}), with the 802.11 amendment
 * each stands for.
 */
public enum PhyType implements Codes.Coded {
    /** Frequency-hopping spread spectrum (802.11, 1997). */
    FHSS(1),
    /** Direct-sequence spread spectrum (802.11, 1997). */
    DSSS(2),
    /** Infrared baseband. */
    IR_BASEBAND(3),
    /** OFDM: 802.11a. */
    OFDM(4),
    /** High-rate DSSS: 802.11b. */
    HR_DSSS(5),
    /** Extended rate: 802.11g. */
    ERP(6),
    /** High throughput: 802.11n (Wi-Fi 4). */
    HT(7),
    /** Very high throughput: 802.11ac (Wi-Fi 5). */
    VHT(8),
    /** Directional multi-gigabit: 802.11ad (60 GHz). */
    DMG(9),
    /** High efficiency: 802.11ax (Wi-Fi 6 and 6E). */
    HE(10),
    /** Extremely high throughput: 802.11be (Wi-Fi 7). */
    EHT(11),
    /** {@code dot11_phy_type_unknown} (0), or a value this version does not know (kept raw where it was read). */
    UNKNOWN(0);

    private static final PhyType[] VALUES = values();
    private final int code;

    PhyType(int code) {
        this.code = code;
    }

    /** @return the native value; 0 for {@link #UNKNOWN} */
    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a {@code DOT11_PHY_TYPE} value
     * @return its constant, or {@link #UNKNOWN}
     */
    public static PhyType of(int code) {
        return Codes.decode(VALUES, UNKNOWN, code);
    }
}
