package io.github.wlanapi4j.ie;

/** Protected management frames (802.11w), from the RSN capabilities' MFPC and MFPR bits. */
public enum Pmf {
    /** Not capable (MFPC clear): management frames are not protected. */
    DISABLED,
    /** Capable but not required (MFPC set, MFPR clear). */
    CAPABLE,
    /** Required (MFPC and MFPR set; MFPR without MFPC counts as not capable). */
    REQUIRED
}
