package io.github.wlanapi4j;

/**
 * How a connection was made ({@code WLAN_CONNECTION_MODE}).
 */
public enum ConnectionMode implements Codes.Coded {
    /** With a stored profile. */
    PROFILE(0),
    /** With a temporary profile. */
    TEMPORARY_PROFILE(1),
    /** By discovery, to a secure network. */
    DISCOVERY_SECURE(2),
    /** By discovery, to an open network. */
    DISCOVERY_UNSECURE(3),
    /** Automatically, by the service (a persistent profile of the user). */
    AUTO(4),
    /** {@code wlan_connection_mode_invalid}. */
    INVALID(5),
    /** A value this version does not know; the raw value is kept where it was read. */
    UNKNOWN(-1);

    private static final ConnectionMode[] VALUES = values();
    private final int code;

    ConnectionMode(int code) {
        this.code = code;
    }

    /** @return the native value, or -1 for {@link #UNKNOWN} */
    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a {@code WLAN_CONNECTION_MODE} value
     * @return its constant, or {@link #UNKNOWN}
     */
    public static ConnectionMode of(int code) {
        return Codes.decode(VALUES, UNKNOWN, code);
    }
}
