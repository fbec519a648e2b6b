package io.github.wlanapi4j;

/**
 * The {@code DWORD} result codes the library names, as constants, for comparing with
 * {@link WlanException#errorCode()} and for making a {@link io.github.wlanapi4j.simulator.WlanSimulator}
 * or a mock answer with a code, instead of typing the number:
 *
 * <pre>{@code
 * sim.failNext("WlanOpenHandle", WlanErrors.ERROR_SERVICE_NOT_ACTIVE);
 * }</pre>
 *
 * <p>These are the values of Windows' {@code winerror.h}; the library's error table is built on
 * them, so each code with an exception type of its own is here.
 */
public final class WlanErrors {
    /** 0: the call succeeded. */
    public static final int ERROR_SUCCESS = 0;
    /** 5: access is denied (Windows 11 24H2: no location permission). */
    public static final int ERROR_ACCESS_DENIED = 5;
    /** 6: the handle is invalid (not open, or closed already). */
    public static final int ERROR_INVALID_HANDLE = 6;
    /** 8: not enough memory for the service to process the request. */
    public static final int ERROR_NOT_ENOUGH_MEMORY = 8;
    /** 50: the request is not supported (e.g. an API version the service does not offer). */
    public static final int ERROR_NOT_SUPPORTED = 50;
    /** 87: a parameter is incorrect. */
    public static final int ERROR_INVALID_PARAMETER = 87;
    /** 120: this system does not provide the function (Wine answers it for its stubs, for example). */
    public static final int ERROR_CALL_NOT_IMPLEMENTED = 120;
    /** 126: {@code wlanapi.dll} could not be loaded. */
    public static final int ERROR_MOD_NOT_FOUND = 126;
    /** 127: {@code wlanapi.dll} lacks a function (Wi-Fi Direct before Windows 8). */
    public static final int ERROR_PROC_NOT_FOUND = 127;
    /** 183: it exists already (a profile stored without overwrite). */
    public static final int ERROR_ALREADY_EXISTS = 183;
    /** 1062: the WLAN AutoConfig service is not running. */
    public static final int ERROR_SERVICE_NOT_ACTIVE = 1062;
    /** 1168: not found (an unknown interface or profile; an undefined peer in the simulator). */
    public static final int ERROR_NOT_FOUND = 1168;
    /** 1206: the profile is malformed or rejected; the reason code says why. */
    public static final int ERROR_BAD_PROFILE = 1206;
    /** 1220: the service has no client handles left for this process. */
    public static final int ERROR_REMOTE_SESSION_LIMIT_EXCEEDED = 1220;
    /** 1223: the operation was cancelled. */
    public static final int ERROR_CANCELLED = 1223;
    /** 1460: the operation timed out (see {@link WlanTimeoutException#isLibraryWait()}). */
    public static final int ERROR_TIMEOUT = 1460;
    /** 1722: the RPC server (the service) is unavailable. */
    public static final int RPC_S_SERVER_UNAVAILABLE = 1722;
    /** 1726: the remote procedure call failed. */
    public static final int RPC_S_CALL_FAILED = 1726;
    /** 1727: the remote procedure call failed and did not execute. */
    public static final int RPC_S_CALL_FAILED_DNE = 1727;
    /** 1753: the endpoint mapper has no endpoint for the service. */
    public static final int EPT_S_NOT_REGISTERED = 1753;
    /** 5023: the resource is not in the right state (Wi-Fi Direct disabled by policy; not connected). */
    public static final int ERROR_INVALID_STATE = 5023;
    /** 0x80342002: the wireless interface is powered down. */
    public static final int ERROR_NDIS_DOT11_POWER_STATE_INVALID = 0x8034_2002;

    private WlanErrors() {}
}
