package io.github.wlanapi4j.ie;

/**
 * What a BSS asks of a station that joins, from its RSN element (or, without one, Microsoft's
 * WPA element). {@link Security#mode()} says how each is told.
 */
public enum SecurityMode {
    /** Neither RSN nor WPA element (and, on {@code BssEntry.security()}, no privacy bit). */
    OPEN,
    /** No RSN or WPA element, but the capability field's privacy bit: WEP. */
    WEP,
    /** WPA (the vendor element) with a pre-shared key. */
    WPA_PERSONAL,
    /** WPA (the vendor element) with 802.1X. */
    WPA_ENTERPRISE,
    /** RSN with PSK (AKM 2, 4 or 6) and no SAE. */
    WPA2_PERSONAL,
    /** RSN with 802.1X (AKM 1, 3, 5, 11 or 23) without required PMF. */
    WPA2_ENTERPRISE,
    /** RSN with SAE (AKM 8, 9, 24 or 25) and no PSK. */
    WPA3_PERSONAL,
    /** RSN with SAE and PSK: WPA3 for stations that can, WPA2 for the others. */
    WPA3_TRANSITION,
    /** RSN with 802.1X (AKM 1, 3, 5, 11 or 23) and required PMF. */
    WPA3_ENTERPRISE,
    /** RSN with the Suite B 192-bit AKM (12 or 13). */
    WPA3_ENTERPRISE_192,
    /** RSN with Opportunistic Wireless Encryption (AKM 18). */
    OWE,
    /** An RSN or WPA element with no AKM this library names. */
    OTHER
}
