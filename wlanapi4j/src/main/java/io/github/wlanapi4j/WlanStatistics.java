package io.github.wlanapi4j;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An interface's frame counters ({@code WLAN_STATISTICS}, from {@link WlanClient#statistics}):
 * four-way handshake failures, MAC counters for unicast and multicast frames, and the counters of
 * each PHY. The counts grow from when the driver started; take two readings and subtract them.
 *
 * <pre>{@code
 * WlanStatistics s = wlan.statistics(iface).orElseThrow();
 * WlanStatistics.PhyCounters p = s.phys().get(0);
 * System.out.println(p.retries() + " retries of " + p.transmittedFrames() + " frames sent");
 * }</pre>
 */
public final class WlanStatistics {
    /** The MAC counters' fields, in {@code WLAN_MAC_FRAME_STATISTICS} order. */
    static final int MAC_COUNTERS = 12;
    /** The PHY counters' fields, in {@code WLAN_PHY_FRAME_STATISTICS} order. */
    static final int PHY_COUNTERS = 18;

    private final long fourWayHandshakeFailures;
    private final long tkipCounterMeasuresInvoked;
    private final MacCounters unicast;
    private final MacCounters multicast;
    private final List<PhyCounters> phys;

    WlanStatistics(long fourWayHandshakeFailures, long tkipCounterMeasuresInvoked, MacCounters unicast,
            MacCounters multicast, List<PhyCounters> phys) {
        this.fourWayHandshakeFailures = fourWayHandshakeFailures;
        this.tkipCounterMeasuresInvoked = tkipCounterMeasuresInvoked;
        this.unicast = unicast;
        this.multicast = multicast;
        this.phys = Collections.unmodifiableList(phys);
    }

    /** @return four-way handshakes that failed ({@code ullFourWayHandshakeFailures}): a wrong key shows here */
    public long fourWayHandshakeFailures() {
        return fourWayHandshakeFailures;
    }

    /** @return times TKIP countermeasures were invoked ({@code ullTKIPCounterMeasuresInvoked}) */
    public long tkipCounterMeasuresInvoked() {
        return tkipCounterMeasuresInvoked;
    }

    /** @return the MAC counters of unicast frames ({@code MacUcastCounters}) */
    public MacCounters unicast() {
        return unicast;
    }

    /** @return the MAC counters of multicast frames ({@code MacMcastCounters}) */
    public MacCounters multicast() {
        return multicast;
    }

    /** @return each PHY's counters ({@code PhyCounters}, an immutable list) */
    public List<PhyCounters> phys() {
        return phys;
    }

    /** Equal when every count is. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WlanStatistics)) {
            return false;
        }
        WlanStatistics s = (WlanStatistics) o;
        return fourWayHandshakeFailures == s.fourWayHandshakeFailures
                && tkipCounterMeasuresInvoked == s.tkipCounterMeasuresInvoked && unicast.equals(s.unicast)
                && multicast.equals(s.multicast) && phys.equals(s.phys);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return unicast.hashCode() * 31 + phys.hashCode();
    }

    /** For example {@code WlanStatistics[0 handshake failures, unicast MacCounters[...], 1 PHY]}. */
    @Override
    public String toString() {
        return "WlanStatistics[" + fourWayHandshakeFailures + " handshake failures, unicast " + unicast + ", "
                + phys.size() + " PHY" + (phys.size() == 1 ? "" : "s") + "]";
    }

    /**
     * What both kinds of counters share: the counts in the structure's order, compared, hashed
     * and shown alike.
     */
    abstract static class Counts {
        final long[] counts;

        Counts(long[] counts) {
            this.counts = counts;
        }

        /** @return frames sent ({@code ullTransmittedFrameCount}) */
        public long transmittedFrames() {
            return counts[0];
        }

        /** @return frames received ({@code ullReceivedFrameCount}) */
        public abstract long receivedFrames();

        /** Equal when of the same kind and every count is. */
        @Override
        public boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && Arrays.equals(counts, ((Counts) o).counts);
        }

        /** Consistent with {@link #equals(Object)}. */
        @Override
        public int hashCode() {
            return Arrays.hashCode(counts);
        }

        /** For example {@code MacCounters[sent 120, received 340, ...]}. */
        @Override
        public String toString() {
            return getClass().getSimpleName() + "[sent " + transmittedFrames() + ", received " + receivedFrames()
                    + ", ...]";
        }
    }

    /** The MAC counters of one kind of frame ({@code WLAN_MAC_FRAME_STATISTICS}). */
    public static final class MacCounters extends Counts {
        MacCounters(long[] counts) {
            super(counts);
        }

        @Override
        public long receivedFrames() {
            return counts[1];
        }

        /** @return frames dropped for want of WEP ({@code ullWEPExcludedCount}) */
        public long wepExcluded() {
            return counts[2];
        }

        /** @return TKIP MIC failures detected here ({@code ullTKIPLocalMICFailures}) */
        public long tkipLocalMicFailures() {
            return counts[3];
        }

        /** @return TKIP replays ({@code ullTKIPReplays}) */
        public long tkipReplays() {
            return counts[4];
        }

        /** @return TKIP ICV errors ({@code ullTKIPICVErrorCount}) */
        public long tkipIcvErrors() {
            return counts[5];
        }

        /** @return CCMP replays ({@code ullCCMPReplays}) */
        public long ccmpReplays() {
            return counts[6];
        }

        /** @return CCMP decryption errors ({@code ullCCMPDecryptErrors}) */
        public long ccmpDecryptErrors() {
            return counts[7];
        }

        /** @return WEP frames that could not be decrypted ({@code ullWEPUndecryptableCount}) */
        public long wepUndecryptable() {
            return counts[8];
        }

        /** @return WEP ICV errors ({@code ullWEPICVErrorCount}) */
        public long wepIcvErrors() {
            return counts[9];
        }

        /** @return frames decrypted ({@code ullDecryptSuccessCount}) */
        public long decryptSuccesses() {
            return counts[10];
        }

        /** @return frames that failed to decrypt ({@code ullDecryptFailureCount}) */
        public long decryptFailures() {
            return counts[11];
        }

    }

    /** The counters of one PHY ({@code WLAN_PHY_FRAME_STATISTICS}). */
    public static final class PhyCounters extends Counts {
        PhyCounters(long[] counts) {
            super(counts);
        }

        /** @return multicast frames sent ({@code ullMulticastTransmittedFrameCount}) */
        public long multicastTransmittedFrames() {
            return counts[1];
        }

        /** @return frames that could not be sent ({@code ullFailedCount}) */
        public long failed() {
            return counts[2];
        }

        /** @return frames sent after one retry or more ({@code ullRetryCount}) */
        public long retries() {
            return counts[3];
        }

        /** @return frames sent after more than one retry ({@code ullMultipleRetryCount}) */
        public long multipleRetries() {
            return counts[4];
        }

        /** @return frames dropped for their transmit lifetime ({@code ullMaxTXLifetimeExceededCount}) */
        public long maxTxLifetimeExceeded() {
            return counts[5];
        }

        /** @return fragments sent ({@code ullTransmittedFragmentCount}) */
        public long transmittedFragments() {
            return counts[6];
        }

        /** @return RTS answered with CTS ({@code ullRTSSuccessCount}) */
        public long rtsSuccesses() {
            return counts[7];
        }

        /** @return RTS not answered ({@code ullRTSFailureCount}) */
        public long rtsFailures() {
            return counts[8];
        }

        /** @return frames not acknowledged ({@code ullACKFailureCount}) */
        public long ackFailures() {
            return counts[9];
        }

        @Override
        public long receivedFrames() {
            return counts[10];
        }

        /** @return multicast frames received ({@code ullMulticastReceivedFrameCount}) */
        public long multicastReceivedFrames() {
            return counts[11];
        }

        /** @return frames received in promiscuous mode ({@code ullPromiscuousReceivedFrameCount}) */
        public long promiscuousReceivedFrames() {
            return counts[12];
        }

        /** @return frames dropped for their receive lifetime ({@code ullMaxRXLifetimeExceededCount}) */
        public long maxRxLifetimeExceeded() {
            return counts[13];
        }

        /** @return duplicate frames received ({@code ullFrameDuplicateCount}) */
        public long duplicateFrames() {
            return counts[14];
        }

        /** @return fragments received ({@code ullReceivedFragmentCount}) */
        public long receivedFragments() {
            return counts[15];
        }

        /** @return fragments received in promiscuous mode ({@code ullPromiscuousReceivedFragmentCount}) */
        public long promiscuousReceivedFragments() {
            return counts[16];
        }

        /** @return frames received with a bad checksum (FCS) ({@code ullFCSErrorCount}) */
        public long fcsErrors() {
            return counts[17];
        }

    }
}
