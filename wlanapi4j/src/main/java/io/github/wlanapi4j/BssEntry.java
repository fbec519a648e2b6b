package io.github.wlanapi4j;

import io.github.wlanapi4j.ie.InformationElements;
import io.github.wlanapi4j.ie.Security;
import java.util.Arrays;
import java.util.Objects;

/**
 * One basic service set, usually one access point's radio ({@code WLAN_BSS_ENTRY}), as
 * {@link WlanClient#bssList(java.util.UUID)} lists them: the signal as the driver measured it
 * at the last scan, where it is, and what it announced in its beacon or probe response.
 *
 * <pre>{@code
 * for (BssEntry b : wlan.bssList(iface)) {
 *     System.out.printf("%s %s %d dBm channel %d (%s)%n", b.ssid(), b.bssid(), b.rssi(), b.channel(), b.band());
 * }
 * }</pre>
 */
public final class BssEntry {
    private final Ssid ssid;
    private final MacAddress bssid;
    private final int bssTypeCode;
    private final int phyTypeCode;
    private final int phyId;
    private final int rssi;
    private final int linkQuality;
    private final boolean inRegulatoryDomain;
    private final int beaconPeriod;
    private final int capabilityInformation;
    private final int centerFrequencyKhz;
    private final long timestamp;
    private final long hostTimestamp;
    private final byte[] informationElements;
    /** Parsed on first use; a race parses twice, to equal results. */
    private volatile InformationElements elements;

    BssEntry(Ssid ssid, MacAddress bssid, int bssTypeCode, int phyTypeCode, int phyId, int rssi, int linkQuality,
            boolean inRegulatoryDomain, int beaconPeriod, long timestamp, long hostTimestamp, int capabilityInformation,
            int centerFrequencyKhz, byte[] informationElements) {
        this.ssid = ssid;
        this.bssid = bssid;
        this.bssTypeCode = bssTypeCode;
        this.phyTypeCode = phyTypeCode;
        this.phyId = phyId;
        this.rssi = rssi;
        this.linkQuality = linkQuality;
        this.inRegulatoryDomain = inRegulatoryDomain;
        this.beaconPeriod = beaconPeriod;
        this.timestamp = timestamp;
        this.hostTimestamp = hostTimestamp;
        this.capabilityInformation = capabilityInformation;
        this.centerFrequencyKhz = centerFrequencyKhz;
        this.informationElements = informationElements;
    }

    /**
     * Starts an entry for a simulator to show.
     *
     * @param ssid the network's SSID
     * @param bssid the BSS's MAC address
     * @return a builder: infrastructure, HT (802.11n), -60 dBm, link quality 80, channel 6 (2437 MHz),
     *     beacon period 100, capability 0x0421 (ESS, short preamble, short slot time; no privacy bit), no IEs
     */
    public static Builder builder(Ssid ssid, MacAddress bssid) {
        return new Builder(ssid, bssid);
    }

    /** @return the network's SSID */
    public Ssid ssid() {
        return ssid;
    }

    /** @return the BSS's MAC address (BSSID) */
    public MacAddress bssid() {
        return bssid;
    }

    /** @return the BSS type, or {@link BssType#UNKNOWN} */
    public BssType bssType() {
        return BssType.of(bssTypeCode);
    }

    /** @return the raw {@code DOT11_BSS_TYPE} value */
    public int bssTypeCode() {
        return bssTypeCode;
    }

    /** @return the PHY type, or {@link PhyType#UNKNOWN} */
    public PhyType phyType() {
        return PhyType.of(phyTypeCode);
    }

    /** @return the raw {@code DOT11_PHY_TYPE} value */
    public int phyTypeCode() {
        return phyTypeCode;
    }

    /** @return the index of the interface's PHY that received it ({@code uPhyId}) */
    public int phyId() {
        return phyId;
    }

    /** @return the received signal strength in dBm, such as -55 ({@code lRssi}) */
    public int rssi() {
        return rssi;
    }

    /** @return the link quality, 0 to 100 */
    public int linkQuality() {
        return linkQuality;
    }

    /** @return whether the BSS's regulatory domain matches the interface's ({@code bInRegDomain}) */
    public boolean inRegulatoryDomain() {
        return inRegulatoryDomain;
    }

    /** @return the beacon interval in time units of 1024 µs */
    public int beaconPeriod() {
        return beaconPeriod;
    }

    /** @return the BSS's own timestamp from its beacon or probe response (its TSF timer, µs) */
    public long timestamp() {
        return timestamp;
    }

    /** @return the host's time when the beacon or probe response was received (a {@code FILETIME}, 100 ns units) */
    public long hostTimestamp() {
        return hostTimestamp;
    }

    /** @return the 16-bit capability information field of the beacon or probe response */
    public int capabilityInformation() {
        return capabilityInformation;
    }

    /** @return the channel's centre frequency in kHz, such as 2437000 */
    public int centerFrequencyKhz() {
        return centerFrequencyKhz;
    }

    /** @return the channel number on its band, or 0 if the frequency is not on a channel grid */
    public int channel() {
        return WifiBand.channelOf(Integer.toUnsignedLong(centerFrequencyKhz));
    }

    /** @return the frequency band */
    public WifiBand band() {
        return WifiBand.ofFrequency(Integer.toUnsignedLong(centerFrequencyKhz));
    }

    /**
     * Returns the information elements of the last beacon or probe response, as received: a
     * sequence of (element ID, length, data) triples, of which the SSID, RSN and vendor
     * elements are the most used.
     *
     * @return a copy of the raw bytes; empty if there were none
     */
    public byte[] informationElements() {
        return informationElements.clone();
    }

    /**
     * Returns the information elements, parsed (on first use): what they say of the BSS's
     * generation, channel width, load, country and roaming support.
     *
     * <pre>{@code
     * InformationElements ies = bss.elements();
     * System.out.println(ies.generation() + ", " + ies.channelWidthMhz() + " MHz, "
     *         + ies.bssLoad().map(l -> l.stationCount() + " stations").orElse("load unknown"));
     * }</pre>
     *
     * @return the parsed elements
     */
    public InformationElements elements() {
        InformationElements e = elements;
        if (e == null) {
            e = InformationElements.parse(informationElements);
            elements = e;
        }
        return e;
    }

    /**
     * Returns this BSS's security: its RSN (or WPA) element's suites and mode, and, with neither,
     * WEP where the capability field's privacy bit is set, else open. Per access point, unlike
     * {@link AvailableNetwork#auth()}, which speaks for every BSS of a network.
     *
     * @return the security
     */
    public Security security() {
        return elements().security(capabilityInformation);
    }

    /** @return the length of {@link #informationElements()} without copying them */
    public int informationElementsLength() {
        return informationElements.length;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof BssEntry)) {
            return false;
        }
        BssEntry b = (BssEntry) o;
        return ssid.equals(b.ssid) && bssid.equals(b.bssid) && bssTypeCode == b.bssTypeCode
                && phyTypeCode == b.phyTypeCode && phyId == b.phyId && rssi == b.rssi && linkQuality == b.linkQuality
                && inRegulatoryDomain == b.inRegulatoryDomain && beaconPeriod == b.beaconPeriod
                && timestamp == b.timestamp && hostTimestamp == b.hostTimestamp
                && capabilityInformation == b.capabilityInformation && centerFrequencyKhz == b.centerFrequencyKhz
                && Arrays.equals(informationElements, b.informationElements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bssid, ssid, rssi, centerFrequencyKhz);
    }

    @Override
    public String toString() {
        return "BssEntry[" + ssid + ", " + bssid + ", " + rssi + " dBm, channel " + channel() + " (" + band() + "), "
                + phyType() + ", " + informationElements.length + " bytes of IEs]";
    }

    /** Builds an entry for a simulator to show. */
    public static final class Builder {
        private final Ssid ssid;
        private final MacAddress bssid;
        private BssType bssType = BssType.INFRASTRUCTURE;
        private PhyType phyType = PhyType.HT;
        private int phyId;
        private int rssi = -60;
        private int linkQuality = 80;
        private boolean inRegulatoryDomain = true;
        private int beaconPeriod = 100;
        private long timestamp;
        private long hostTimestamp;
        private int capabilityInformation = 0x0421;
        private int centerFrequencyKhz = 2_437_000;
        private byte[] informationElements = new byte[0];

        private Builder(Ssid ssid, MacAddress bssid) {
            this.ssid = Objects.requireNonNull(ssid, "ssid");
            this.bssid = Objects.requireNonNull(bssid, "bssid");
        }

        /**
         * @param type the BSS type
         * @return this builder
         */
        public Builder bssType(BssType type) {
            this.bssType = Checks.known("bssType", type);
            return this;
        }

        /**
         * @param type the PHY type
         * @return this builder
         */
        public Builder phyType(PhyType type) {
            this.phyType = Objects.requireNonNull(type, "phyType");
            return this;
        }

        /**
         * @param id the receiving PHY's index, at least 0
         * @return this builder
         */
        public Builder phyId(int id) {
            this.phyId = Checks.range("phyId", id, 0, Integer.MAX_VALUE);
            return this;
        }

        /**
         * @param dbm the signal strength in dBm, -128 to 0
         * @return this builder
         */
        public Builder rssi(int dbm) {
            this.rssi = Checks.range("rssi", dbm, -128, 0);
            return this;
        }

        /**
         * @param quality 0 to 100
         * @return this builder
         */
        public Builder linkQuality(int quality) {
            this.linkQuality = Checks.range("linkQuality", quality, 0, 100);
            return this;
        }

        /**
         * @param in whether it is in the interface's regulatory domain
         * @return this builder
         */
        public Builder inRegulatoryDomain(boolean in) {
            this.inRegulatoryDomain = in;
            return this;
        }

        /**
         * @param period the beacon interval, 0 to 65535 time units
         * @return this builder
         */
        public Builder beaconPeriod(int period) {
            this.beaconPeriod = Checks.range("beaconPeriod", period, 0, 0xFFFF);
            return this;
        }

        /**
         * @param bssTimestamp the BSS's timestamp
         * @param host the host's receive time
         * @return this builder
         */
        public Builder timestamps(long bssTimestamp, long host) {
            this.timestamp = bssTimestamp;
            this.hostTimestamp = host;
            return this;
        }

        /**
         * @param capability the 16-bit capability information
         * @return this builder
         */
        public Builder capabilityInformation(int capability) {
            this.capabilityInformation = Checks.range("capabilityInformation", capability, 0, 0xFFFF);
            return this;
        }

        /**
         * @param khz the centre frequency in kHz, such as 5180000 for 5 GHz channel 36
         * @return this builder
         */
        public Builder centerFrequencyKhz(int khz) {
            this.centerFrequencyKhz = Checks.range("centerFrequencyKhz", khz, 0, Integer.MAX_VALUE);
            return this;
        }

        /**
         * @param ies the raw information elements (copied)
         * @return this builder
         */
        public Builder informationElements(byte[] ies) {
            this.informationElements = Objects.requireNonNull(ies, "ies").clone();
            return this;
        }

        /** @return the entry */
        public BssEntry build() {
            return new BssEntry(ssid, bssid, bssType.code(), phyType.code(), phyId, rssi, linkQuality,
                    inRegulatoryDomain, beaconPeriod, timestamp, hostTimestamp, capabilityInformation,
                    centerFrequencyKhz, informationElements.clone());
        }
    }
}
