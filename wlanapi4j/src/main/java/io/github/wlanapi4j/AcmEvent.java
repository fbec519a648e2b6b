package io.github.wlanapi4j;

/**
 * What an Auto Configuration Module notification reports ({@code WLAN_NOTIFICATION_ACM}): the
 * decoded {@link WlanNotification#code()} of a notification from {@link WlanNotificationSource#ACM}.
 *
 * <pre>{@code
 * wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> n.acmEvent().ifPresent(e -> {
 *     switch (e) {
 *         case SCAN_COMPLETE: System.out.println("fresh results on " + n.interfaceGuid()); break;
 *         case CONNECTION_COMPLETE: n.connection().ifPresent(c -> System.out.println(c)); break;
 *         default: break;
 *     }
 * }));
 * }</pre>
 */
public enum AcmEvent implements Codes.Coded {
    /** {@code wlan_notification_acm_autoconf_enabled}. */
    AUTOCONF_ENABLED(1),
    /** {@code wlan_notification_acm_autoconf_disabled}. */
    AUTOCONF_DISABLED(2),
    /** {@code wlan_notification_acm_background_scan_enabled}. */
    BACKGROUND_SCAN_ENABLED(3),
    /** {@code wlan_notification_acm_background_scan_disabled}. */
    BACKGROUND_SCAN_DISABLED(4),
    /** {@code wlan_notification_acm_bss_type_change}. */
    BSS_TYPE_CHANGE(5),
    /** {@code wlan_notification_acm_power_setting_change}. */
    POWER_SETTING_CHANGE(6),
    /** A scan finished: the BSS and network lists are fresh. */
    SCAN_COMPLETE(7),
    /** A scan failed; {@link WlanNotification#reasonCode()} says why. */
    SCAN_FAIL(8),
    /** A connection attempt began; {@link WlanNotification#connection()} has its details. */
    CONNECTION_START(9),
    /** A connection attempt ended, connected if its reason code is 0. */
    CONNECTION_COMPLETE(10),
    /** A connection attempt failed; the reason code says why. */
    CONNECTION_ATTEMPT_FAIL(11),
    /** {@code wlan_notification_acm_filter_list_change}. */
    FILTER_LIST_CHANGE(12),
    /** A wireless interface was added. */
    INTERFACE_ARRIVAL(13),
    /** A wireless interface was removed. */
    INTERFACE_REMOVAL(14),
    /** A profile was added, changed or deleted. */
    PROFILE_CHANGE(15),
    /** A profile was renamed. */
    PROFILE_NAME_CHANGE(16),
    /** Every profile was tried and none connected. */
    PROFILES_EXHAUSTED(17),
    /** No connectable network is in range. */
    NETWORK_NOT_AVAILABLE(18),
    /** A connectable network is in range. */
    NETWORK_AVAILABLE(19),
    /** The interface is disconnecting. */
    DISCONNECTING(20),
    /** The interface has disconnected. */
    DISCONNECTED(21),
    /** {@code wlan_notification_acm_adhoc_network_state_change}. */
    ADHOC_NETWORK_STATE_CHANGE(22),
    /** {@code wlan_notification_acm_profile_unblocked}. */
    PROFILE_UNBLOCKED(23),
    /** {@code wlan_notification_acm_screen_power_change}. */
    SCREEN_POWER_CHANGE(24),
    /** {@code wlan_notification_acm_profile_blocked}. */
    PROFILE_BLOCKED(25),
    /** {@code wlan_notification_acm_scan_list_refresh}. */
    SCAN_LIST_REFRESH(26),
    /** {@code wlan_notification_acm_operational_state_change}. */
    OPERATIONAL_STATE_CHANGE(27),
    /** A code this version does not know; {@link WlanNotification#code()} has it. */
    UNKNOWN(-1);

    private static final AcmEvent[] VALUES = values();
    private final int code;

    AcmEvent(int code) {
        this.code = code;
    }

    /**
     * Returns the {@code WLAN_NOTIFICATION_ACM} value.
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
     * @param code a {@code WLAN_NOTIFICATION_ACM} value
     * @return its constant, or {@link #UNKNOWN}
     */
    public static AcmEvent of(int code) {
        return Codes.decode(VALUES, UNKNOWN, code);
    }

    /** Whether notifications of this kind carry a {@code WLAN_CONNECTION_NOTIFICATION_DATA}. */
    boolean carriesConnection() {
        switch (this) {
            case CONNECTION_START:
            case CONNECTION_COMPLETE:
            case CONNECTION_ATTEMPT_FAIL:
            case DISCONNECTING:
            case DISCONNECTED:
                return true;
            default:
                return false;
        }
    }
}
