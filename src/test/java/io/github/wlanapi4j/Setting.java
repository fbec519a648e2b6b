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
    /** How long opens to peers the test did not define take. */
    DEFAULT_DELAY_MS,
    /** The service accepts a cancel and completes the open all the same. */
    IGNORE_CANCEL,
    /** Callbacks per completed open: 1 (normal), 2 (duplicated), 0 (lost); stand-in values 0, 1, 2. */
    WFD_CALLBACKS,
    /** Windows 11 24H2 without location consent: the gated queries fail with 5. */
    LOCATION_DENIED,
    /** A failing query still hands out a buffer, which the caller must free (stand-in only). */
    BUFFER_ON_FAILURE,
    /** Malformed buffers: 1, SSID lengths of 33; 2, sizes and offsets that do not add up (stand-in only). */
    CORRUPT;

    /** The stand-in's name for it. */
    String standInName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
