package io.github.wlanapi4j;

import java.util.Objects;

/**
 * The data of an ACM connection notification ({@code WLAN_CONNECTION_NOTIFICATION_DATA}): which
 * profile and network a connection attempt, its outcome or a disconnection concerns, and why it
 * failed. From {@link WlanNotification#connection()}.
 */
public final class ConnectionNotification {
    private final int mode;
    private final String profileName;
    private final Ssid ssid;
    private final int bssType;
    private final boolean securityEnabled;
    private final int reasonCode;
    private final int flags;

    ConnectionNotification(int mode, String profileName, Ssid ssid, int bssType, boolean securityEnabled,
            int reasonCode, int flags) {
        this.mode = mode;
        this.profileName = profileName;
        this.ssid = ssid;
        this.bssType = bssType;
        this.securityEnabled = securityEnabled;
        this.reasonCode = reasonCode;
        this.flags = flags;
    }

    /**
     * Returns how the connection is made.
     *
     * @return the connection mode
     */
    public ConnectionMode mode() {
        return ConnectionMode.of(mode);
    }

    /**
     * Returns the profile's name.
     *
     * @return the profile name, possibly empty
     */
    public String profileName() {
        return profileName;
    }

    /**
     * Returns the network's SSID.
     *
     * @return the SSID
     */
    public Ssid ssid() {
        return ssid;
    }

    /**
     * Returns the network's BSS type.
     *
     * @return the BSS type
     */
    public BssType bssType() {
        return BssType.of(bssType);
    }

    /**
     * Returns whether the network is secured.
     *
     * @return whether security is enabled
     */
    public boolean securityEnabled() {
        return securityEnabled;
    }

    /**
     * Returns the {@code WLAN_REASON_CODE}: 0 for success, else why the attempt failed or the
     * connection ended ({@link WlanClient#reasonText(int)} has its text).
     *
     * @return the reason code
     */
    public int reasonCode() {
        return reasonCode;
    }

    /**
     * Returns the {@code WLAN_CONNECTION_NOTIFICATION_*} flags (such as adhoc network formed, 1;
     * console user profile, 4).
     *
     * @return the flags
     */
    public int flags() {
        return flags;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConnectionNotification)) {
            return false;
        }
        ConnectionNotification c = (ConnectionNotification) o;
        return mode == c.mode && profileName.equals(c.profileName) && ssid.equals(c.ssid) && bssType == c.bssType
                && securityEnabled == c.securityEnabled && reasonCode == c.reasonCode && flags == c.flags;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, profileName, ssid, bssType, securityEnabled, reasonCode, flags);
    }

    @Override
    public String toString() {
        return "ConnectionNotification[profile " + profileName + ", SSID " + ssid + ", " + mode() + ", " + bssType()
                + (securityEnabled ? ", secured" : ", open") + ", reason " + Integer.toUnsignedString(reasonCode)
                + (flags == 0 ? "" : ", flags 0x" + Integer.toHexString(flags)) + "]";
    }
}
