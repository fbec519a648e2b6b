package io.github.wlanapi4j.ie;

import java.util.Objects;

/** The BSS Load element (11): how busy an access point says it is. */
public final class BssLoad {
    private final int stationCount;
    private final int channelUtilization;
    private final int availableAdmissionCapacity;

    BssLoad(int stationCount, int channelUtilization, int availableAdmissionCapacity) {
        this.stationCount = stationCount;
        this.channelUtilization = channelUtilization;
        this.availableAdmissionCapacity = availableAdmissionCapacity;
    }

    /**
     * Returns how many stations are associated.
     *
     * @return the station count, 0 to 65535
     */
    public int stationCount() {
        return stationCount;
    }

    /**
     * Returns the share of time the access point sensed the channel busy, as sent: 0 to 255 for
     * 0 to 100 %.
     *
     * @return the channel utilization, 0 to 255
     */
    public int channelUtilization() {
        return channelUtilization;
    }

    /**
     * Returns the channel utilization as a percentage.
     *
     * @return {@code channelUtilization() * 100 / 255}, rounded
     */
    public int channelUtilizationPercent() {
        return Math.round(channelUtilization * 100f / 255);
    }

    /**
     * Returns the remaining medium time for admission control, in units of 32 µs per second.
     *
     * @return the available admission capacity, 0 to 65535
     */
    public int availableAdmissionCapacity() {
        return availableAdmissionCapacity;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BssLoad)) {
            return false;
        }
        BssLoad b = (BssLoad) o;
        return stationCount == b.stationCount && channelUtilization == b.channelUtilization
                && availableAdmissionCapacity == b.availableAdmissionCapacity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(stationCount, channelUtilization, availableAdmissionCapacity);
    }

    @Override
    public String toString() {
        return "BssLoad[" + stationCount + " stations, utilization " + channelUtilization + "/255, admission capacity "
                + availableAdmissionCapacity + "]";
    }
}
