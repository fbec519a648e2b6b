package io.github.wlanapi4j.ie;

/** The newest 802.11 amendment a BSS announces, by its Wi-Fi Alliance name. */
public enum WifiGeneration {
    /** 802.11a/b/g: no HT element. */
    LEGACY,
    /** 802.11n (HT). */
    WIFI_4,
    /** 802.11ac (VHT). */
    WIFI_5,
    /** 802.11ax (HE) on 2.4 or 5 GHz. */
    WIFI_6,
    /** 802.11ax (HE) on 6 GHz: its HE Operation carries 6 GHz Operation Information. */
    WIFI_6E,
    /** 802.11be (EHT). */
    WIFI_7
}
