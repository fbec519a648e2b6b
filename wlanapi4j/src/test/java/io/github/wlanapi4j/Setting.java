package io.github.wlanapi4j;

import java.util.Locale;

/**
 * What a test can set on a {@link Backend}; each name is the stand-in's, in lower case
 * ({@code standin_set}).
 */
enum Setting {
    SERVICE_RUNNING,
    SERVER_VERSION,
    WFD_POLICY_DISABLED,
    WLAN_LIMIT,
    WFD_LIMIT,
    /** A stand-in timing aid: how long WlanEnumInterfaces takes. */
    ENUM_DELAY_US,
    /** How long opens to peers the test did not define take (to fail, or with ANY_PEER to succeed). */
    DEFAULT_DELAY_MS,
    /** 1: opens to peers the test did not define succeed, with a GUID from the address; 0 (default): 1168. */
    ANY_PEER,
    /** The service accepts a cancel and completes the open all the same. */
    IGNORE_CANCEL,
    /** Callbacks per completed open: 1 (normal), 2 (duplicated), 0 (lost); stand-in values 0, 1, 2. */
    WFD_CALLBACKS,
    /** Windows 11 24H2 without location consent: the gated queries fail with 5. */
    LOCATION_DENIED,
    /** A failing query still hands out a buffer, which the caller must free (stand-in only). */
    BUFFER_ON_FAILURE,
    /** Malformed buffers: 1, SSID lengths of 33; 2, sizes and offsets that do not add up (stand-in only). */
    CORRUPT,
    /** How long a scan takes before it reports (default 10). */
    SCAN_DELAY_MS,
    /** 0: scans complete; else they fail with this reason code. */
    SCAN_REASON,
    /** How long a connect or disconnect takes before it reports (default 10). */
    CONNECT_DELAY_MS,
    /** 0: connects succeed; else they fail with this reason code. */
    CONNECT_REASON,
    /** 0: scans, connects and disconnects never report (a lost notification); default 1. */
    REPORTS,
    /** 1: every notification an operation sends comes twice. */
    DUPLICATE_EVENTS,
    /** Non-zero: WlanSetProfile rejects profiles with ERROR_BAD_PROFILE and this reason. */
    PROFILE_REJECT_REASON,
    /** 1: the caller is an elevated administrator, so WlanGetProfile gives keys in the clear when asked. */
    ELEVATED;

    /** The stand-in's name for it. */
    String standInName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
