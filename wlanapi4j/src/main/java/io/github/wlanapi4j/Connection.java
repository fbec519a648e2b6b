package io.github.wlanapi4j;

import java.util.Objects;

/**
 * The current connection of an interface ({@code WLAN_CONNECTION_ATTRIBUTES}), as
 * {@link WlanClient#connection(java.util.UUID)} returns it.
 *
 * <pre>{@code
 * wlan.connection(iface).ifPresent(c ->
 *         System.out.println(c.ssid() + " via " + c.bssid() + ", " + c.signalQuality() + "%, " + c.auth()));
 * }</pre>
 */
public final class Connection {
    private final int stateCode;
    private final int modeCode;
    private final String profileName;
    private final Ssid ssid;
    private final int bssTypeCode;
    private final MacAddress bssid;
    private final int phyTypeCode;
    private final int phyIndex;
    private final int signalQuality;
    private final int rxRateKbps;
    private final int txRateKbps;
    private final boolean securityEnabled;
    private final boolean oneXEnabled;
    private final int authCode;
    private final int cipherCode;
    /** False for one made from a completion notification alone (see {@link #detailed()}). */
    private final boolean detailed;

    Connection(int stateCode, int modeCode, String profileName, Ssid ssid, int bssTypeCode, MacAddress bssid,
            int phyTypeCode, int phyIndex, int signalQuality, int rxRateKbps, int txRateKbps, boolean securityEnabled,
            boolean oneXEnabled, int authCode, int cipherCode) {
        this.stateCode = stateCode;
        this.modeCode = modeCode;
        this.profileName = profileName;
        this.ssid = ssid;
        this.bssTypeCode = bssTypeCode;
        this.bssid = bssid;
        this.phyTypeCode = phyTypeCode;
        this.phyIndex = phyIndex;
        this.signalQuality = signalQuality;
        this.rxRateKbps = rxRateKbps;
        this.txRateKbps = txRateKbps;
        this.securityEnabled = securityEnabled;
        this.oneXEnabled = oneXEnabled;
        this.authCode = authCode;
        this.cipherCode = cipherCode;
        this.detailed = true;
    }

    /** What a completion notification says of a connection, for when the service will not say more. */
    private Connection(ConnectionNotification n) {
        this.stateCode = InterfaceState.CONNECTED.code();
        this.modeCode = n.mode().code();
        this.profileName = n.profileName();
        this.ssid = n.ssid();
        this.bssTypeCode = n.bssType().code();
        this.bssid = MacAddress.ofBits(0);
        this.phyTypeCode = PhyType.UNKNOWN.code();
        this.phyIndex = 0;
        this.signalQuality = 0;
        this.rxRateKbps = 0;
        this.txRateKbps = 0;
        this.securityEnabled = n.securityEnabled();
        this.oneXEnabled = false;
        this.authCode = AuthAlgorithm.UNKNOWN.code();
        this.cipherCode = CipherAlgorithm.UNKNOWN.code();
        this.detailed = false;
    }

    /**
     * The connection a {@code connection_complete} announced, for when its attributes cannot be
     * read (Windows 11 24H2 refuses the current-connection query without location consent, but
     * not the connect itself).
     */
    static Connection fromNotification(ConnectionNotification n) {
        return new Connection(n);
    }

    /**
     * Returns whether the attributes were read from the service ({@code WlanQueryInterface}).
     * {@code false} for a connect that completed while the connection could not be read: on
     * Windows 11 24H2 without location consent the query is refused but the connect is not, so
     * {@link WlanClient#connect(java.util.UUID, String)} completes with what the
     * {@code connection_complete} notification carried: the profile, SSID, BSS type, mode and
     * whether security is enabled. The rest is unknown then: the BSSID is 00:00:00:00:00:00, the
     * PHY, authentication and cipher {@code UNKNOWN}, signal quality and rates 0.
     *
     * @return whether every attribute was read
     */
    public boolean detailed() {
        return detailed;
    }

    /**
     * Starts a connection for a simulator to report.
     *
     * @param ssid the network's SSID
     * @param bssid the access point's MAC address
     * @return a builder: connected with a profile of the SSID's name, infrastructure, HT, signal
     *     quality 80, 144,400 kbps both ways, open
     */
    public static Builder builder(Ssid ssid, MacAddress bssid) {
        return new Builder(ssid, bssid);
    }

    /**
     * Returns a builder holding this connection's fields, for a simulator to report it changed
     * (another access point, another signal quality).
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(ssid, bssid);
        b.stateCode = stateCode();
        b.modeCode = modeCode();
        b.profileName = profileName;
        b.bssTypeCode = bssTypeCode();
        b.phyTypeCode = phyTypeCode();
        b.phyIndex = phyIndex;
        b.signalQuality = signalQuality;
        b.rxRateKbps = rxRateKbps;
        b.txRateKbps = txRateKbps;
        b.securityEnabled = securityEnabled();
        b.oneX = oneXEnabled();
        b.authCode = authCode();
        b.cipherCode = cipherCode();
        return b;
    }

    /** @return the interface's state, normally {@link InterfaceState#CONNECTED} */
    public InterfaceState state() {
        return InterfaceState.of(stateCode);
    }

    /** @return the raw {@code WLAN_INTERFACE_STATE} value */
    public int stateCode() {
        return stateCode;
    }

    /** @return how the connection was made, or {@link ConnectionMode#UNKNOWN} */
    public ConnectionMode mode() {
        return ConnectionMode.of(modeCode);
    }

    /** @return the raw {@code WLAN_CONNECTION_MODE} value */
    public int modeCode() {
        return modeCode;
    }

    /** @return the profile used, or "" */
    public String profileName() {
        return profileName;
    }

    /** @return the network's SSID */
    public Ssid ssid() {
        return ssid;
    }

    /** @return the BSS type, or {@link BssType#UNKNOWN} */
    public BssType bssType() {
        return BssType.of(bssTypeCode);
    }

    /** @return the raw {@code DOT11_BSS_TYPE} value */
    public int bssTypeCode() {
        return bssTypeCode;
    }

    /** @return the access point's MAC address */
    public MacAddress bssid() {
        return bssid;
    }

    /** @return the PHY type, or {@link PhyType#UNKNOWN} */
    public PhyType phyType() {
        return PhyType.of(phyTypeCode);
    }

    /** @return the raw {@code DOT11_PHY_TYPE} value */
    public int phyTypeCode() {
        return phyTypeCode;
    }

    /** @return the index of the PHY in use */
    public int phyIndex() {
        return phyIndex;
    }

    /** @return the signal quality, 0 to 100 */
    public int signalQuality() {
        return signalQuality;
    }

    /** @return the receive rate in kbps */
    public int rxRateKbps() {
        return rxRateKbps;
    }

    /** @return the transmit rate in kbps */
    public int txRateKbps() {
        return txRateKbps;
    }

    /** @return whether security is enabled */
    public boolean securityEnabled() {
        return securityEnabled;
    }

    /** @return whether 802.1X is enabled */
    public boolean oneXEnabled() {
        return oneXEnabled;
    }

    /** @return the authentication algorithm, or {@link AuthAlgorithm#UNKNOWN} */
    public AuthAlgorithm auth() {
        return AuthAlgorithm.of(authCode);
    }

    /** @return the raw {@code DOT11_AUTH_ALGORITHM} value */
    public int authCode() {
        return authCode;
    }

    /** @return the cipher algorithm, or {@link CipherAlgorithm#UNKNOWN} */
    public CipherAlgorithm cipher() {
        return CipherAlgorithm.of(cipherCode);
    }

    /** @return the raw {@code DOT11_CIPHER_ALGORITHM} value */
    public int cipherCode() {
        return cipherCode;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Connection)) {
            return false;
        }
        Connection c = (Connection) o;
        return stateCode == c.stateCode && modeCode == c.modeCode && profileName.equals(c.profileName)
                && ssid.equals(c.ssid) && bssTypeCode == c.bssTypeCode && bssid.equals(c.bssid)
                && phyTypeCode == c.phyTypeCode && phyIndex == c.phyIndex && signalQuality == c.signalQuality
                && rxRateKbps == c.rxRateKbps && txRateKbps == c.txRateKbps && securityEnabled == c.securityEnabled
                && oneXEnabled == c.oneXEnabled && authCode == c.authCode && cipherCode == c.cipherCode
                && detailed == c.detailed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ssid, bssid, profileName, signalQuality);
    }

    @Override
    public String toString() {
        return "Connection[" + ssid + " via " + bssid + ", " + state() + ", " + mode() + ", profile \"" + profileName
                + "\", " + signalQuality + "%, " + auth() + "/" + cipher() + (detailed ? "" : ", from its notification")
                + "]";
    }

    /** Builds a connection for a simulator to report. */
    public static final class Builder {
        // Raw codes, so that toBuilder() keeps what a service reported (an IHV's own codes too).
        private final Ssid ssid;
        private MacAddress bssid;
        private int stateCode = InterfaceState.CONNECTED.code();
        private int modeCode = ConnectionMode.PROFILE.code();
        private String profileName;
        private int bssTypeCode = BssType.INFRASTRUCTURE.code();
        private int phyTypeCode = PhyType.HT.code();
        private int phyIndex;
        private int signalQuality = 80;
        private int rxRateKbps = 144_400;
        private int txRateKbps = 144_400;
        private boolean securityEnabled;
        private boolean oneX;
        private int authCode = AuthAlgorithm.OPEN.code();
        private int cipherCode = CipherAlgorithm.NONE.code();

        private Builder(Ssid ssid, MacAddress bssid) {
            this.ssid = Objects.requireNonNull(ssid, "ssid");
            this.bssid = Objects.requireNonNull(bssid, "bssid");
            this.profileName = ssid.toString();
        }

        /**
         * @param s the interface state
         * @return this builder
         */
        public Builder state(InterfaceState s) {
            this.stateCode = Checks.known("state", s).code();
            return this;
        }

        /**
         * @param m the connection mode
         * @return this builder
         */
        public Builder mode(ConnectionMode m) {
            this.modeCode = Checks.known("mode", m).code();
            return this;
        }

        /**
         * @param name the profile's name (at most 255 characters), or ""
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
            this.bssTypeCode = Checks.known("bssType", type).code();
            return this;
        }

        /**
         * @param type the PHY type
         * @param index the PHY's index
         * @return this builder
         */
        public Builder phy(PhyType type, int index) {
            this.phyTypeCode = Objects.requireNonNull(type, "phyType").code();
            this.phyIndex = Checks.range("phyIndex", index, 0, 63);
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
         * @param rxKbps the receive rate
         * @param txKbps the transmit rate
         * @return this builder
         */
        public Builder rates(int rxKbps, int txKbps) {
            this.rxRateKbps = Checks.range("rxKbps", rxKbps, 0, Integer.MAX_VALUE);
            this.txRateKbps = Checks.range("txKbps", txKbps, 0, Integer.MAX_VALUE);
            return this;
        }

        /**
         * @param a the authentication algorithm
         * @param c the cipher algorithm; security counts as enabled unless it is {@link CipherAlgorithm#NONE}
         * @param oneXEnabled whether 802.1X is enabled
         * @return this builder
         */
        public Builder security(AuthAlgorithm a, CipherAlgorithm c, boolean oneXEnabled) {
            this.authCode = Checks.known("auth", a).code();
            this.cipherCode = Checks.known("cipher", c).code();
            this.securityEnabled = c != CipherAlgorithm.NONE;
            this.oneX = oneXEnabled;
            return this;
        }

        /**
         * Sets the access point (after a roam, say).
         *
         * @param bssid its BSSID
         * @return this builder
         */
        public Builder bssid(MacAddress bssid) {
            this.bssid = Objects.requireNonNull(bssid, "bssid");
            return this;
        }

        /** @return the connection */
        public Connection build() {
            return new Connection(stateCode, modeCode, profileName, ssid, bssTypeCode, bssid, phyTypeCode, phyIndex,
                    signalQuality, rxRateKbps, txRateKbps, securityEnabled, oneX, authCode, cipherCode);
        }
    }
}
