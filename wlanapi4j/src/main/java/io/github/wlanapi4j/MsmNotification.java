package io.github.wlanapi4j;

import java.util.Objects;

/**
 * The data of an MSM notification ({@code WLAN_MSM_NOTIFICATION_DATA}): the connection it
 * concerns and the access point (or ad hoc peer) involved, from {@link WlanNotification#msm()}.
 * A roam's {@link MsmEvent#ROAMING_END} names the new access point in {@link #peer()}; a
 * {@link MsmEvent#DISCONNECTED}'s {@link #reasonCode()} says why, where Windows knows.
 */
public final class MsmNotification {
    private final int mode;
    private final String profileName;
    private final Ssid ssid;
    private final int bssType;
    private final MacAddress peer;
    private final boolean securityEnabled;
    private final boolean firstPeer;
    private final boolean lastPeer;
    private final int reasonCode;

    MsmNotification(int mode, String profileName, Ssid ssid, int bssType, MacAddress peer, boolean securityEnabled,
            boolean firstPeer, boolean lastPeer, int reasonCode) {
        this.mode = mode;
        this.profileName = profileName;
        this.ssid = ssid;
        this.bssType = bssType;
        this.peer = peer;
        this.securityEnabled = securityEnabled;
        this.firstPeer = firstPeer;
        this.lastPeer = lastPeer;
        this.reasonCode = reasonCode;
    }

    /**
     * Returns how the connection was made.
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
     * Returns the MAC address of the access point (its BSSID) or, on an ad hoc network, of the peer.
     *
     * @return the address ({@code dot11MacAddr})
     */
    public MacAddress peer() {
        return peer;
    }

    /**
     * Returns whether the network is secured.
     *
     * @return true if security is enabled
     */
    public boolean securityEnabled() {
        return securityEnabled;
    }

    /**
     * Returns whether this is the first peer of an ad hoc network.
     *
     * @return {@code bFirstPeer}
     */
    public boolean firstPeer() {
        return firstPeer;
    }

    /**
     * Returns whether this is the last peer leaving an ad hoc network.
     *
     * @return {@code bLastPeer}
     */
    public boolean lastPeer() {
        return lastPeer;
    }

    /**
     * Returns the {@code WLAN_REASON_CODE}: 0, or why the link ended ({@link WlanReasonCodes} names it).
     *
     * @return the reason code
     */
    public int reasonCode() {
        return reasonCode;
    }

    /** Equal when every field is. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MsmNotification)) {
            return false;
        }
        MsmNotification m = (MsmNotification) o;
        return mode == m.mode && profileName.equals(m.profileName) && ssid.equals(m.ssid) && bssType == m.bssType
                && peer.equals(m.peer) && securityEnabled == m.securityEnabled && firstPeer == m.firstPeer
                && lastPeer == m.lastPeer && reasonCode == m.reasonCode;
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(mode, profileName, ssid, bssType, peer, reasonCode);
    }

    /** For example {@code MsmNotification[Home, "Home", 02:aa:bb:cc:dd:01, reason 0]}. */
    @Override
    public String toString() {
        return "MsmNotification[" + profileName + ", " + ssid + ", " + peer + ", reason " + reasonCode
                + (reasonCode != 0 ? " (" + WlanReasonCodes.name(reasonCode) + ")" : "") + "]";
    }
}
