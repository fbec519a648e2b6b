package io.github.wlanapi4j;

/**
 * What a Media Specific Module notification reports ({@code WLAN_NOTIFICATION_MSM}): the decoded
 * {@link WlanNotification#code()} of a notification from {@link WlanNotificationSource#MSM}, the
 * events of the link itself: association, authentication, roaming, signal quality, the radio.
 *
 * <p>mingw-w64's {@code wlanapi.h} lacks this enumeration; the values are the Windows SDK's
 * ({@code wlan_notification_msm_start} = 0, then one each in this order).
 *
 * <pre>{@code
 * wlan.subscribe(EnumSet.of(WlanNotificationSource.MSM), n -> n.msmEvent().ifPresent(e -> {
 *     if (e == MsmEvent.SIGNAL_QUALITY_CHANGE) {
 *         System.out.println("signal " + n.signalQuality().getAsInt() + "%");
 *     }
 * }));
 * }</pre>
 */
public enum MsmEvent implements Codes.Coded {
    /** Associating with an access point; {@link WlanNotification#msm()} has the details. */
    ASSOCIATING(1),
    /** Associated with an access point. */
    ASSOCIATED(2),
    /** Authenticating with the network. */
    AUTHENTICATING(3),
    /** Connected: associated and authenticated. */
    CONNECTED(4),
    /** Roaming to another access point of the network has begun. */
    ROAMING_START(5),
    /** Roaming ended: {@link MsmNotification#peer()} is the new access point. */
    ROAMING_END(6),
    /** A radio switched on or off; {@link WlanNotification#radioState()} says which. */
    RADIO_STATE_CHANGE(7),
    /** The signal quality changed; {@link WlanNotification#signalQuality()} is its new value, 0 to 100. */
    SIGNAL_QUALITY_CHANGE(8),
    /** Disassociating from the access point. */
    DISASSOCIATING(9),
    /** Disconnected from the network; {@link MsmNotification#reasonCode()} may say why. */
    DISCONNECTED(10),
    /** A peer joined an ad hoc network. */
    PEER_JOIN(11),
    /** A peer left an ad hoc network. */
    PEER_LEAVE(12),
    /** The wireless adapter was removed. */
    ADAPTER_REMOVAL(13),
    /** The adapter's operation mode changed (the data is the new mode, a {@code ULONG}). */
    ADAPTER_OPERATION_MODE_CHANGE(14),
    /** The link's quality degraded, without a disconnect yet. */
    LINK_DEGRADED(15),
    /** The link's quality improved after it had degraded. */
    LINK_IMPROVED(16),
    /** A code this version does not know; {@link WlanNotification#code()} has it. */
    UNKNOWN(-1);

    private static final MsmEvent[] VALUES = values();
    private final int code;

    MsmEvent(int code) {
        this.code = code;
    }

    /**
     * Returns the {@code WLAN_NOTIFICATION_MSM} value.
     *
     * @return the native value, or -1 for {@link #UNKNOWN}
     */
    @Override
    public int code() {
        return code;
    }

    /**
     * Returns the constant for a code.
     *
     * @param code a {@code WLAN_NOTIFICATION_MSM} value
     * @return its constant, or {@link #UNKNOWN}
     */
    public static MsmEvent of(int code) {
        return Codes.decode(VALUES, UNKNOWN, code);
    }

    /** Whether notifications of this kind carry a {@code WLAN_MSM_NOTIFICATION_DATA}. */
    boolean carriesMsmData() {
        switch (this) {
            case RADIO_STATE_CHANGE:
            case SIGNAL_QUALITY_CHANGE:
            case ADAPTER_OPERATION_MODE_CHANGE:
            case LINK_DEGRADED:
            case LINK_IMPROVED:
            case UNKNOWN:
                return false;
            default:
                return true;
        }
    }
}
