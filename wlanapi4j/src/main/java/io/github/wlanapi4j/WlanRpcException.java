package io.github.wlanapi4j;

/**
 * The call to the WLAN service failed in transport: an RPC status code (1700–1999), such as
 * {@code RPC_S_SERVER_UNAVAILABLE} (1722).
 */
public final class WlanRpcException extends WlanException {
    private static final long serialVersionUID = 1L;

    WlanRpcException(String function, int errorCode) {
        super(function, errorCode);
    }
}
