package io.github.wlanapi4j;

import java.util.Set;

/**
 * Where a WLAN notification comes from ({@code WLAN_NOTIFICATION_SOURCE_*}): what
 * {@link WlanClient#subscribe(Set, java.util.function.Consumer)} takes, and what
 * {@link WlanNotification#source()} tells.
 */
public enum WlanNotificationSource {
    /** 802.1X module. */
    ONEX(0x04),
    /** Auto Configuration Module: connect, disconnect, scan complete, ... */
    ACM(0x08),
    /** Media Specific Module: association, roaming, signal quality, ... */
    MSM(0x10),
    /** Security notifications. */
    SECURITY(0x20),
    /** Independent hardware vendors. */
    IHV(0x40),
    /** Hosted network (Windows 7 and later). */
    HNWK(0x80),
    /** Device services (Windows 10 and later). */
    DEVICE_SERVICE(0x800),
    /** Every source, including ones this version does not name: for subscribing only. */
    ALL(0xFFFF),
    /**
     * A notification's source that this version does not name ({@link WlanNotification#sourceCode()}
     * has its bits); not something to subscribe to.
     */
    OTHER(0);

    private final int bits;

    WlanNotificationSource(int bits) {
        this.bits = bits;
    }

    /**
     * Returns the {@code WLAN_NOTIFICATION_SOURCE_*} value.
     *
     * @return the source's bits (0 for {@link #OTHER})
     */
    public int bits() {
        return bits;
    }

    /** The source named by exactly these bits (one bit), or {@link #OTHER}. */
    static WlanNotificationSource of(int bits) {
        for (WlanNotificationSource s : values()) {
            if (s.bits == bits && s != ALL && s != OTHER) {
                return s;
            }
        }
        return OTHER;
    }

    /**
     * The mask for a set of sources.
     *
     * @throws IllegalArgumentException if {@code sources} is empty or holds null or {@link #OTHER}
     */
    static int mask(Set<WlanNotificationSource> sources) {
        int mask = 0;
        for (WlanNotificationSource s : sources) { // not sources.contains(null): Set.of(...) throws on that
            if (s == null) {
                throw new IllegalArgumentException("sources must not contain null: " + sources);
            }
            if (s == OTHER) {
                throw new IllegalArgumentException("OTHER names no source to subscribe to (ALL is every source): "
                        + sources);
            }
            mask |= s.bits;
        }
        if (mask == 0) {
            throw new IllegalArgumentException("sources must name at least one source: " + sources);
        }
        return mask;
    }
}
