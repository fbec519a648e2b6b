package io.github.wlanapi4j;

import java.util.UUID;

/**
 * A listener with one method per kind of event, each doing nothing unless overridden: the typed
 * view of the ACM and MSM notifications, for {@link WlanClient#subscribe(WlanEventListener)}.
 *
 * <pre>{@code
 * wlan.subscribe(new WlanEventListener() {
 *     public void signalQualityChanged(UUID iface, int quality) { System.out.println(quality + "%"); }
 *     public void roamed(UUID iface, MsmNotification to) { System.out.println("now via " + to.peer()); }
 *     public void disconnected(UUID iface, ConnectionNotification c) {
 *         System.out.println("disconnected: " + WlanReasonCodes.name(c.reasonCode()));
 *     }
 * });
 * }</pre>
 *
 * <p>Methods run as listeners do: on a library thread, one notification at a time, in order.
 * {@link #notification} sees every notification first, typed or not (an unknown code, another
 * source's).
 */
public interface WlanEventListener {
    /**
     * Any notification, before the method of its kind.
     *
     * @param n the notification
     */
    default void notification(WlanNotification n) {
    }

    /**
     * A scan finished: the interface's lists are fresh (ACM {@code scan_complete}).
     *
     * @param iface the interface
     */
    default void scanCompleted(UUID iface) {
    }

    /**
     * A scan failed (ACM {@code scan_fail}).
     *
     * @param iface the interface
     * @param reasonCode why ({@link WlanReasonCodes})
     */
    default void scanFailed(UUID iface, int reasonCode) {
    }

    /**
     * A connection was made (ACM {@code connection_complete} with reason 0).
     *
     * @param iface the interface
     * @param connection the profile and network
     */
    default void connected(UUID iface, ConnectionNotification connection) {
    }

    /**
     * A connection could not be made (ACM {@code connection_complete} with a reason).
     *
     * @param iface the interface
     * @param connection the profile and network, and {@link ConnectionNotification#reasonCode()}
     */
    default void connectionFailed(UUID iface, ConnectionNotification connection) {
    }

    /**
     * The interface disconnected (ACM {@code disconnected}).
     *
     * @param iface the interface
     * @param connection the profile and network it was connected to, and a reason where Windows gives one
     */
    default void disconnected(UUID iface, ConnectionNotification connection) {
    }

    /**
     * The link's signal quality changed (MSM {@code signal_quality_change}).
     *
     * @param iface the interface
     * @param quality the new quality, 0 to 100
     */
    default void signalQualityChanged(UUID iface, int quality) {
    }

    /**
     * The link roamed to another access point (MSM {@code roaming_end}).
     *
     * @param iface the interface
     * @param to the new access point, {@link MsmNotification#peer()}
     */
    default void roamed(UUID iface, MsmNotification to) {
    }

    /**
     * A radio switched on or off (MSM {@code radio_state_change}).
     *
     * @param iface the interface
     * @param radio the PHY whose switch changed
     */
    default void radioStateChanged(UUID iface, RadioState radio) {
    }

    /**
     * A wireless interface was added (ACM {@code interface_arrival}).
     *
     * @param iface the interface
     */
    default void interfaceArrived(UUID iface) {
    }

    /**
     * A wireless interface was removed (ACM {@code interface_removal}).
     *
     * @param iface the interface
     */
    default void interfaceRemoved(UUID iface) {
    }
}
