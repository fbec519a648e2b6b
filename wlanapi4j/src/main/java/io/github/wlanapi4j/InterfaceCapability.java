package io.github.wlanapi4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a wireless interface can do ({@code WLAN_INTERFACE_CAPABILITY}, from
 * {@link WlanClient#capability}): whether its driver is a native 802.11 one, 802.11d support,
 * how many SSIDs and BSSIDs a connect may list, and the PHY types (the Wi-Fi generations) it
 * supports.
 */
public final class InterfaceCapability {
    private final int interfaceType;
    private final boolean dot11dSupported;
    private final int maxDesiredSsids;
    private final int maxDesiredBssids;
    private final int[] phyTypeCodes;

    InterfaceCapability(int interfaceType, boolean dot11dSupported, int maxDesiredSsids, int maxDesiredBssids,
            int[] phyTypeCodes) {
        this.interfaceType = interfaceType;
        this.dot11dSupported = dot11dSupported;
        this.maxDesiredSsids = maxDesiredSsids;
        this.maxDesiredBssids = maxDesiredBssids;
        this.phyTypeCodes = phyTypeCodes;
    }

    /**
     * Returns whether the driver is a native 802.11 one ({@code wlan_interface_type_native_802_11}),
     * rather than an emulated one.
     *
     * @return true for a native driver
     */
    public boolean nativeDriver() {
        return interfaceType == 1;
    }

    /**
     * Returns the {@code WLAN_INTERFACE_TYPE} value: 0 emulated, 1 native, 2 invalid.
     *
     * @return the interface type
     */
    public int interfaceType() {
        return interfaceType;
    }

    /**
     * Returns whether the interface supports 802.11d (regulatory information from access points).
     *
     * @return {@code bDot11DSupported}
     */
    public boolean dot11dSupported() {
        return dot11dSupported;
    }

    /**
     * Returns how many SSIDs a connect may list.
     *
     * @return {@code dwMaxDesiredSsidListSize}
     */
    public int maxDesiredSsids() {
        return maxDesiredSsids;
    }

    /**
     * Returns how many BSSIDs a connect's desired BSSID list may hold.
     *
     * @return {@code dwMaxDesiredBssidListSize}
     */
    public int maxDesiredBssids() {
        return maxDesiredBssids;
    }

    /**
     * Returns the PHY types the interface supports, such as {@link PhyType#HE} for Wi-Fi 6.
     *
     * @return the PHY types (an immutable list); unknown ones as {@link PhyType#UNKNOWN}
     */
    public List<PhyType> phyTypes() {
        List<PhyType> types = new ArrayList<>(phyTypeCodes.length);
        for (int code : phyTypeCodes) {
            types.add(PhyType.of(code));
        }
        return Collections.unmodifiableList(types);
    }

    /**
     * An authentication and a cipher an interface supports together ({@code DOT11_AUTH_CIPHER_PAIR}),
     * from {@link WlanClient#securityPairs}.
     */
    public static final class SecurityPair {
        private final int auth;
        private final int cipher;

        SecurityPair(int auth, int cipher) {
            this.auth = auth;
            this.cipher = cipher;
        }

        /**
         * Returns the authentication.
         *
         * @return the algorithm, {@link AuthAlgorithm#UNKNOWN} for one this version does not name
         */
        public AuthAlgorithm auth() {
            return AuthAlgorithm.of(auth);
        }

        /**
         * Returns the cipher.
         *
         * @return the algorithm, {@link CipherAlgorithm#UNKNOWN} for one this version does not name
         */
        public CipherAlgorithm cipher() {
            return CipherAlgorithm.of(cipher);
        }

        /** Equal when both codes are. */
        @Override
        public boolean equals(Object o) {
            return o instanceof SecurityPair && auth == ((SecurityPair) o).auth && cipher == ((SecurityPair) o).cipher;
        }

        /** Consistent with {@link #equals(Object)}. */
        @Override
        public int hashCode() {
            return 31 * auth + cipher;
        }

        /** For example {@code RSNA_PSK/CCMP}. */
        @Override
        public String toString() {
            return auth() + "/" + cipher();
        }
    }

    /** Equal when every field is. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof InterfaceCapability)) {
            return false;
        }
        InterfaceCapability c = (InterfaceCapability) o;
        return interfaceType == c.interfaceType && dot11dSupported == c.dot11dSupported
                && maxDesiredSsids == c.maxDesiredSsids && maxDesiredBssids == c.maxDesiredBssids
                && Arrays.equals(phyTypeCodes, c.phyTypeCodes);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(phyTypeCodes) + maxDesiredBssids;
    }

    /** For example {@code InterfaceCapability[native, 802.11d, 4 SSIDs, 8 BSSIDs, [HT, VHT, HE]]}. */
    @Override
    public String toString() {
        return "InterfaceCapability[" + (nativeDriver() ? "native" : "type " + interfaceType)
                + (dot11dSupported ? ", 802.11d" : "") + ", " + maxDesiredSsids + " SSIDs, " + maxDesiredBssids
                + " BSSIDs, " + phyTypes() + "]";
    }
}
