package io.github.wlanapi4j;

/**
 * The state of a wireless interface ({@code WLAN_INTERFACE_STATE}).
 */
public enum InterfaceState implements Codes.Coded {
    /** Not ready to operate. */
    NOT_READY(0),
    /** Connected to a network. */
    CONNECTED(1),
    /** The first node of an ad hoc network. */
    AD_HOC_NETWORK_FORMED(2),
    /** Disconnecting from the current network. */
    DISCONNECTING(3),
    /** Not connected to any network. */
    DISCONNECTED(4),
    /** Associating with a network. */
    ASSOCIATING(5),
    /** Discovering the settings of a network. */
    DISCOVERING(6),
    /** Authenticating with a network. */
    AUTHENTICATING(7),
    /** A value this version does not know; the raw value is kept where it was read. */
    UNKNOWN(-1);

    private static final InterfaceState[] VALUES = values();
    private final int code;

    InterfaceState(int code) {
        this.code = code;
    }

    /** @return the native value, or -1 for {@link #UNKNOWN} */
    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a {@code WLAN_INTERFACE_STATE} value
     * @return its constant, or {@link #UNKNOWN}
     */
    public static InterfaceState of(int code) {
        return Codes.decode(VALUES, UNKNOWN, code);
    }
}
