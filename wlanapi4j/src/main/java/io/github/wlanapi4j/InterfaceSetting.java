package io.github.wlanapi4j;

/**
 * The on/off settings of an interface that {@code WlanQueryInterface} reads and
 * {@code WlanSetInterface} sets ({@code WLAN_INTF_OPCODE}s whose value is a {@code BOOL}), for
 * {@link WlanClient#setting} and {@link WlanClient#setSetting}.
 *
 * <pre>{@code
 * wlan.setSetting(iface, InterfaceSetting.BACKGROUND_SCAN, false);   // no scans while streaming
 * }</pre>
 */
public enum InterfaceSetting {
    /** Whether WLAN AutoConfig manages the interface: connects to preferred networks by itself ({@code wlan_intf_opcode_autoconf_enabled}). */
    AUTO_CONFIG(1),
    /** Whether the interface scans in the background while connected ({@code wlan_intf_opcode_background_scan_enabled}). */
    BACKGROUND_SCAN(2),
    /** Whether media streaming mode is on: fewer scans and power saving off, for steady latency ({@code wlan_intf_opcode_media_streaming_mode}). */
    MEDIA_STREAMING(3);

    private final int opcode;

    InterfaceSetting(int opcode) {
        this.opcode = opcode;
    }

    /**
     * Returns the {@code WLAN_INTF_OPCODE}.
     *
     * @return the opcode
     */
    public int opcode() {
        return opcode;
    }
}
