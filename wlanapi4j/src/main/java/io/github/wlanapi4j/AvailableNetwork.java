package io.github.wlanapi4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A network the interface can see ({@code WLAN_AVAILABLE_NETWORK}): one entry per SSID and BSS
 * type, and one more per profile for it, as {@link WlanClient#availableNetworks(java.util.UUID)}
 * lists them.
 *
 * <pre>{@code
 * for (AvailableNetwork n : wlan.availableNetworks(iface)) {
 *     System.out.println(n.ssid() + " " + n.signalQuality() + "% " + n.auth());
 * }
 * }</pre>
 */
public final class AvailableNetwork {
    /** {@code WLAN_AVAILABLE_NETWORK_CONNECTED}. */
    static final int FLAG_CONNECTED = 0x1;
    /** {@code WLAN_AVAILABLE_NETWORK_HAS_PROFILE}. */
    static final int FLAG_HAS_PROFILE = 0x2;

    private final String profileName;
    private final Ssid ssid;
    private final int bssTypeCode;
    private final int bssCount;
    private final boolean connectable;
    private final int notConnectableReason;
    private final int[] phyTypeCodes;
    private final int signalQuality;
    private final boolean securityEnabled;
    private final int authCode;
    private final int cipherCode;
    private final int flags;

    AvailableNetwork(String profileName, Ssid ssid, int bssTypeCode, int bssCount, boolean connectable,
            int notConnectableReason, int[] phyTypeCodes, int signalQuality, boolean securityEnabled, int authCode,
            int cipherCode, int flags) {
        this.profileName = profileName;
        this.ssid = ssid;
        this.bssTypeCode = bssTypeCode;
        this.bssCount = bssCount;
        this.connectable = connectable;
        this.notConnectableReason = notConnectableReason;
        this.phyTypeCodes = phyTypeCodes;
        this.signalQuality = signalQuality;
        this.securityEnabled = securityEnabled;
        this.authCode = authCode;
        this.cipherCode = cipherCode;
        this.flags = flags;
    }

    /**
     * Starts a network for a simulator to show.
     *
     * @param ssid its SSID
     * @return a builder: infrastructure, one BSS, connectable, open, signal quality 0, no profile
     */
    public static Builder builder(Ssid ssid) {
        return new Builder(ssid);
    }

    /** @return the SSID */
    public Ssid ssid() {
        return ssid;
    }

    /** @return the name of the profile this entry is for, or "" when there is none */
    public String profileName() {
        return profileName;
    }

    /** @return the BSS type, or {@link BssType#UNKNOWN} */
    public BssType bssType() {
        return BssType.of(bssTypeCode);
    }

    /** @return the raw {@code DOT11_BSS_TYPE} value */
    public int bssTypeCode() {
        return bssTypeCode;
    }

    /** @return how many BSSs (access points) of this network are in range */
    public int bssCount() {
        return bssCount;
    }

    /** @return whether the interface can connect to it */
    public boolean connectable() {
        return connectable;
    }

    /** @return why it is not connectable (a {@code WLAN_REASON_CODE}), or 0 */
    public int notConnectableReason() {
        return notConnectableReason;
    }

    /** @return its PHY types, as far as the service lists them (up to 8); unknown ones as {@link PhyType#UNKNOWN} */
    public List<PhyType> phyTypes() {
        List<PhyType> types = new ArrayList<>(phyTypeCodes.length);
        for (int code : phyTypeCodes) {
            types.add(PhyType.of(code));
        }
        return Collections.unmodifiableList(types);
    }

    /** @return the raw {@code DOT11_PHY_TYPE} values of {@link #phyTypes()} (a copy) */
    public int[] phyTypeCodes() {
        return phyTypeCodes.clone();
    }

    /** @return the signal quality, 0 (-100 dBm or less) to 100 (-50 dBm or more) */
    public int signalQuality() {
        return signalQuality;
    }

    /** @return whether security is enabled on the network */
    public boolean securityEnabled() {
        return securityEnabled;
    }

    /** @return the default authentication algorithm, or {@link AuthAlgorithm#UNKNOWN} */
    public AuthAlgorithm auth() {
        return AuthAlgorithm.of(authCode);
    }

    /** @return the raw {@code DOT11_AUTH_ALGORITHM} value */
    public int authCode() {
        return authCode;
    }

    /** @return the default cipher algorithm, or {@link CipherAlgorithm#UNKNOWN} */
    public CipherAlgorithm cipher() {
        return CipherAlgorithm.of(cipherCode);
    }

    /** @return the raw {@code DOT11_CIPHER_ALGORITHM} value */
    public int cipherCode() {
        return cipherCode;
    }

    /** @return whether the interface is connected to this network */
    public boolean connected() {
        return (flags & FLAG_CONNECTED) != 0;
    }

    /** @return whether a profile exists for this network */
    public boolean hasProfile() {
        return (flags & FLAG_HAS_PROFILE) != 0;
    }

    /** @return the raw {@code dwFlags} */
    public int flags() {
        return flags;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AvailableNetwork)) {
            return false;
        }
        AvailableNetwork n = (AvailableNetwork) o;
        return profileName.equals(n.profileName) && ssid.equals(n.ssid) && bssTypeCode == n.bssTypeCode
                && bssCount == n.bssCount && connectable == n.connectable
                && notConnectableReason == n.notConnectableReason && Arrays.equals(phyTypeCodes, n.phyTypeCodes)
                && signalQuality == n.signalQuality && securityEnabled == n.securityEnabled
                && authCode == n.authCode && cipherCode == n.cipherCode && flags == n.flags;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ssid, profileName, bssTypeCode, signalQuality, authCode, cipherCode, flags);
    }

    @Override
    public String toString() {
        return "AvailableNetwork[" + ssid + (profileName.isEmpty() ? "" : ", profile \"" + profileName + "\"") + ", "
                + bssType() + ", " + signalQuality + "%, " + auth() + "/" + cipher()
                + (connected() ? ", connected" : "") + (connectable ? "" : ", not connectable") + "]";
    }

    /** Builds a network for a simulator to show. */
    public static final class Builder {
        private final Ssid ssid;
        private String profileName = "";
        private BssType bssType = BssType.INFRASTRUCTURE;
        private int bssCount = 1;
        private boolean connectable = true;
        private int notConnectableReason;
        private PhyType[] phyTypes = {};
        private int signalQuality;
        private AuthAlgorithm auth = AuthAlgorithm.OPEN;
        private CipherAlgorithm cipher = CipherAlgorithm.NONE;
        private boolean connected;

        private Builder(Ssid ssid) {
            this.ssid = Objects.requireNonNull(ssid, "ssid");
        }

        /**
         * @param name the profile this entry is for (at most 255 characters), or "" for none
         * @return this builder
         */
        public Builder profileName(String name) {
            this.profileName = Checks.name("profileName", name);
            return this;
        }

        /**
         * @param type the BSS type
         * @return this builder
         */
        public Builder bssType(BssType type) {
            this.bssType = Checks.known("bssType", type);
            return this;
        }

        /**
         * @param count how many BSSs are in range, at least 0
         * @return this builder
         */
        public Builder bssCount(int count) {
            this.bssCount = Checks.range("bssCount", count, 0, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Makes the network not connectable.
         *
         * @param reasonCode why, a {@code WLAN_REASON_CODE}
         * @return this builder
         */
        public Builder notConnectable(int reasonCode) {
            this.connectable = false;
            this.notConnectableReason = reasonCode;
            return this;
        }

        /**
         * @param types its PHY types, at most 8
         * @return this builder
         */
        public Builder phyTypes(PhyType... types) {
            if (types.length > 8) {
                throw new IllegalArgumentException("at most 8 PHY types, not " + types.length);
            }
            for (PhyType t : types) {
                Objects.requireNonNull(t, "phyTypes element");
            }
            this.phyTypes = types.clone();
            return this;
        }

        /**
         * @param quality 0 to 100
         * @return this builder
         */
        public Builder signalQuality(int quality) {
            this.signalQuality = Checks.range("signalQuality", quality, 0, 100);
            return this;
        }

        /**
         * Sets the security; security counts as enabled unless {@code cipher} is
         * {@link CipherAlgorithm#NONE}.
         *
         * @param auth the authentication algorithm
         * @param cipher the cipher algorithm
         * @return this builder
         */
        public Builder security(AuthAlgorithm auth, CipherAlgorithm cipher) {
            this.auth = Checks.known("auth", auth);
            this.cipher = Checks.known("cipher", cipher);
            return this;
        }

        /**
         * @param connected whether the interface is connected to it
         * @return this builder
         */
        public Builder connected(boolean connected) {
            this.connected = connected;
            return this;
        }

        /** @return the network */
        public AvailableNetwork build() {
            int[] codes = new int[phyTypes.length];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = phyTypes[i].code();
            }
            int flags = (connected ? FLAG_CONNECTED : 0) | (profileName.isEmpty() ? 0 : FLAG_HAS_PROFILE);
            return new AvailableNetwork(profileName, ssid, bssType.code(), bssCount, connectable, notConnectableReason,
                    codes, signalQuality, cipher != CipherAlgorithm.NONE, auth.code(), cipher.code(), flags);
        }
    }
}
