package io.github.wlanapi4j.ie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The information elements of one beacon or probe response, parsed: the elements themselves and
 * what they say about the BSS.
 *
 * <pre>{@code
 * InformationElements ies = InformationElements.parse(bssEntry.informationElements());
 * ies.security().mode();        // WPA3_TRANSITION
 * ies.generation();             // WIFI_6E
 * ies.channelWidthMhz();        // 160
 * ies.bssLoad().map(BssLoad::stationCount);
 * }</pre>
 *
 * <p>The bytes are attacker-controlled (anyone's radio sends them), so {@link #parse(byte[])}
 * never throws for any content: an element whose length runs past the end ends the list there; a
 * known element too short for its fields yields what it holds; an element that should appear
 * once but appears twice counts the first time (as Wireshark and Linux {@code iw} read them).
 * Every fact is computed in {@code parse}, from one private copy of the bytes; the results never
 * change, and the object is immutable and safe to share.
 */
public final class InformationElements {
    static final int SSID = 0;
    static final int SUPPORTED_RATES = 1;
    static final int DS_PARAMETER_SET = 3;
    static final int COUNTRY = 7;
    static final int BSS_LOAD = 11;
    static final int HT_CAPABILITIES = 45;
    static final int RSN = 48;
    static final int EXTENDED_SUPPORTED_RATES = 50;
    static final int MOBILITY_DOMAIN = 54;
    static final int HT_OPERATION = 61;
    static final int RM_ENABLED_CAPABILITIES = 70;
    static final int EXTENDED_CAPABILITIES = 127;
    static final int VHT_CAPABILITIES = 191;
    static final int VHT_OPERATION = 192;
    static final int EXT_HE_CAPABILITIES = 35;
    static final int EXT_HE_OPERATION = 36;
    static final int EXT_EHT_OPERATION = 106;
    static final int EXT_EHT_CAPABILITIES = 108;
    /** The Wi-Fi Alliance's OUI, 50:6F:9A, and its OWE Transition Mode type. */
    static final int WFA_OUI = 0x506F9A;
    static final int WFA_OWE_TRANSITION = 0x1C;
    /** HE Operation Parameters: which optional fields follow the fixed six bytes. */
    private static final int HE_VHT_INFO_PRESENT = 1 << 14;
    private static final int HE_CO_HOSTED_BSS = 1 << 15;
    private static final int HE_6GHZ_INFO_PRESENT = 1 << 17;

    private final byte[] bytes;
    /**
     * Where the first element of each kind read here starts (its ID byte), by slot
     * ({@link #slot}), plus one: 0 for none. The facts need only these; {@link #elements()} walks
     * the bytes again when asked.
     */
    private final int[] first = new int[SLOTS];

    private final Security security;
    private final WifiGeneration generation;
    private final int channelWidthMhz;
    private final int primaryChannel;
    private final BssLoad bssLoad;
    private final boolean bssTransition;
    private final int spatialStreams;
    private final double maxRateMbps;

    // The kinds of element read here, each the first of its kind (an element that should appear once).
    private static final int S_SSID = 0;
    private static final int S_DS = 1;
    private static final int S_COUNTRY = 2;
    private static final int S_LOAD = 3;
    private static final int S_HT_CAP = 4;
    private static final int S_RSN = 5;
    private static final int S_MOBILITY = 6;
    private static final int S_HT_OP = 7;
    private static final int S_RM = 8;
    private static final int S_EXT_CAP = 9;
    private static final int S_VHT_CAP = 10;
    private static final int S_VHT_OP = 11;
    private static final int S_HE_CAP = 12;
    private static final int S_HE_OP = 13;
    private static final int S_EHT_OP = 14;
    private static final int S_EHT_CAP = 15;
    private static final int S_WPA = 16;
    private static final int S_OWE = 17;
    private static final int SLOTS = 18;
    /** Not slots: the element's extension ID or vendor OUI decides. */
    private static final int S_EXTENSION = 100;
    private static final int S_VENDOR = 101;
    /** The slot of each element ID, or -1. */
    private static final byte[] SLOT_OF = new byte[256];

    /**
     * The lengths an element of each slot's kind can have: the fixed and least lengths Wireshark
     * holds them to ("HT Information IE content length 2 wrong, must be at least 22 bytes"). One
     * that has not is not that element: it counts for nothing, and a later one of its kind can be
     * the first. Elements of variable length (RSN, Country, Extended Capabilities, HE, EHT) are
     * read as far as they go instead. A BSS Load of 4 bytes is Cisco's QBSS version 1.
     */
    private static final int[] MIN_LENGTH = new int[SLOTS];
    private static final int[] MAX_LENGTH = new int[SLOTS];

    static {
        Arrays.fill(MAX_LENGTH, 255);
        int[][] lengths = {{S_DS, 1, 1}, {S_LOAD, 4, 5}, {S_HT_CAP, 26, 26}, {S_HT_OP, 22, 255}, {S_VHT_CAP, 12, 12},
            {S_VHT_OP, 5, 5}, {S_MOBILITY, 3, 255}, {S_RM, 5, 5}};
        for (int[] l : lengths) {
            MIN_LENGTH[l[0]] = l[1];
            MAX_LENGTH[l[0]] = l[2];
        }
        Arrays.fill(SLOT_OF, (byte) -1);
        int[][] slots = {{SSID, S_SSID}, {DS_PARAMETER_SET, S_DS}, {COUNTRY, S_COUNTRY}, {BSS_LOAD, S_LOAD},
            {HT_CAPABILITIES, S_HT_CAP}, {RSN, S_RSN}, {MOBILITY_DOMAIN, S_MOBILITY}, {HT_OPERATION, S_HT_OP},
            {RM_ENABLED_CAPABILITIES, S_RM}, {EXTENDED_CAPABILITIES, S_EXT_CAP}, {VHT_CAPABILITIES, S_VHT_CAP},
            {VHT_OPERATION, S_VHT_OP}, {InformationElement.EXTENSION, S_EXTENSION},
            {InformationElement.VENDOR_SPECIFIC, S_VENDOR}};
        for (int[] s : slots) {
            SLOT_OF[s[0]] = (byte) s[1];
        }
    }

    private InformationElements(byte[] bytes) {
        this.bytes = bytes;
        int[] f = first;
        byte[] b = bytes;
        for (int at = 0, next; at + 2 <= b.length && (next = at + 2 + (b[at + 1] & 0xFF)) <= b.length; at = next) {
            int slot = SLOT_OF[b[at] & 0xFF]; // tables, not a switch: IDs come in no predictable order
            if (slot >= S_EXTENSION) {
                slot = slot == S_EXTENSION ? extensionSlot(at) : vendorSlot(at);
            }
            int length = next - at - 2;
            if (slot >= 0 && f[slot] == 0 && length >= MIN_LENGTH[slot] && length <= MAX_LENGTH[slot]) {
                f[slot] = at + 1;
            }
        }

        int ht = first(S_HT_OP);
        int sixGhz = heSixGhzInfo(first(S_HE_OP)); // where the HE Operation's 6 GHz information starts, or -1
        security = readSecurity();
        generation = readGeneration(sixGhz >= 0);
        channelWidthMhz = readWidth(ht, first(S_VHT_OP), sixGhz, first(S_EHT_OP));
        primaryChannel = sixGhz >= 0 ? u8(sixGhz) : ht >= 0 && length(ht) >= 1 ? u8(start(ht)) : firstByte(first(S_DS));
        bssLoad = readBssLoad(first(S_LOAD));
        int extCap = first(S_EXT_CAP);
        bssTransition = extCap >= 0 && length(extCap) >= 3 && (u8(start(extCap) + 2) & 0x08) != 0; // bit 19
        long rates = readRates();
        spatialStreams = (int) (rates >>> 32);
        maxRateMbps = (int) rates / 10.0;
    }

    /** An extension element's slot, or -1. */
    private int extensionSlot(int at) {
        switch (u8(at + 1) > 0 ? u8(at + 2) : -1) {
            case EXT_HE_CAPABILITIES:
                return S_HE_CAP;
            case EXT_HE_OPERATION:
                return S_HE_OP;
            case EXT_EHT_OPERATION:
                return S_EHT_OP;
            case EXT_EHT_CAPABILITIES:
                return S_EHT_CAP;
            default:
                return -1;
        }
    }

    /** A vendor element's slot (WPA, OWE Transition Mode), or -1. */
    private int vendorSlot(int at) {
        if (u8(at + 1) < 4) {
            return -1;
        }
        int oui = u8(at + 2) << 16 | u8(at + 3) << 8 | u8(at + 4);
        int type = u8(at + 5);
        return oui == Security.WPA_OUI && type == 1 ? S_WPA : oui == WFA_OUI && type == WFA_OWE_TRANSITION ? S_OWE : -1;
    }

    /**
     * Parses information elements: a sequence of (element ID, length, data) as in a beacon's or
     * probe response's body, such as {@code BssEntry.informationElements()}.
     *
     * @param ies the elements' bytes (copied; any content is accepted)
     * @return the elements and what they say
     * @throws NullPointerException if {@code ies} is null
     */
    public static InformationElements parse(byte[] ies) {
        return new InformationElements(Objects.requireNonNull(ies, "ies").clone());
    }

    /**
     * Starts writing elements, for a simulated world or a test.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the elements in the order they came, each whole one; a last element whose length
     * runs past the end is not among them.
     *
     * @return the elements (an unmodifiable list)
     */
    public List<InformationElement> elements() {
        List<InformationElement> out = new ArrayList<>();
        for (int at = 0; at + 2 <= bytes.length && at + 2 + u8(at + 1) <= bytes.length; at += 2 + u8(at + 1)) {
            out.add(new InformationElement(bytes, u8(at), extension(at), start(at), length(at)));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the security the RSN element (or, without one, the WPA element) announces. Without
     * either it is {@link SecurityMode#OPEN}: these bytes cannot tell WEP, which the capability
     * field's privacy bit does ({@code BssEntry.security()} reads both).
     *
     * @return the security
     */
    public Security security() {
        return security;
    }

    /**
     * Returns the security as {@link #security()} does, told apart from WEP by the BSS's
     * capability field (as {@code WLAN_BSS_ENTRY.usCapabilityInformation} holds it): with neither
     * an RSN nor a WPA element, its privacy bit (0x0010) means {@link SecurityMode#WEP}.
     *
     * @param capabilityInformation the beacon's capability information field
     * @return the security
     */
    public Security security(int capabilityInformation) {
        return security == Security.NONE && (capabilityInformation & 0x0010) != 0
                ? security.withMode(SecurityMode.WEP) : security;
    }

    /**
     * Returns the newest generation the elements announce: EHT → Wi-Fi 7; HE → Wi-Fi 6E when its
     * HE Operation carries 6 GHz Operation Information, else Wi-Fi 6; VHT → Wi-Fi 5; HT → Wi-Fi 4.
     *
     * @return the generation, {@link WifiGeneration#LEGACY} without HT
     */
    public WifiGeneration generation() {
        return generation;
    }

    /**
     * Returns the operating channel width, the last that applies of: 20; HT Operation with a
     * secondary channel and any width allowed → 40; VHT Operation → 80, or 160 (80+80 counts as
     * 160); HE Operation's 6 GHz information → its width; EHT Operation's information → its
     * width, up to 320.
     *
     * @return 20, 40, 80, 160 or 320
     */
    public int channelWidthMhz() {
        return channelWidthMhz;
    }

    /**
     * Returns the primary channel: the HE Operation's 6 GHz primary channel, else the HT
     * Operation's, else the DS Parameter Set's.
     *
     * @return the channel number, or empty if no element names one
     */
    public OptionalInt primaryChannel() {
        return primaryChannel < 0 ? OptionalInt.empty() : OptionalInt.of(primaryChannel);
    }

    /**
     * Returns the BSS Load element's figures.
     *
     * @return the load, or empty without a BSS Load element long enough to hold them (4 bytes)
     */
    public Optional<BssLoad> bssLoad() {
        return Optional.ofNullable(bssLoad);
    }

    /**
     * Returns the Country element's code: its first two bytes, as sent (normally ISO 3166-1
     * alpha-2, such as {@code "DE"}).
     *
     * @return the country code, or empty without a Country element
     */
    public Optional<String> countryCode() {
        int country = first(S_COUNTRY);
        return country >= 0 && length(country) >= 2
                ? Optional.of(new String(bytes, start(country), 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                : Optional.empty();
    }

    /**
     * Returns the SSID element's bytes.
     *
     * @return a copy of the SSID, or empty without an SSID element of at most 32 bytes
     */
    public Optional<byte[]> ssid() {
        int e = first(S_SSID);
        return e >= 0 && length(e) <= 32 ? Optional.of(Arrays.copyOfRange(bytes, start(e), start(e) + length(e)))
                : Optional.empty();
    }

    /**
     * Returns whether the BSS supports radio measurement (802.11k): an RM Enabled Capabilities
     * element (70).
     *
     * @return whether 802.11k is announced
     */
    public boolean supportsRadioMeasurement() {
        return first[S_RM] != 0;
    }

    /**
     * Returns whether the BSS supports fast BSS transition (802.11r): a Mobility Domain element (54).
     *
     * @return whether 802.11r is announced
     */
    public boolean supportsFastTransition() {
        return first[S_MOBILITY] != 0;
    }

    /**
     * Returns whether the BSS supports BSS transition management (802.11v): bit 19 of the
     * Extended Capabilities element (127).
     *
     * @return whether 802.11v is announced
     */
    public boolean supportsBssTransition() {
        return bssTransition;
    }

    /**
     * Returns whether the BSS is the open half of an OWE transition pair: the Wi-Fi Alliance's
     * OWE Transition Mode element (221, {@code 50:6F:9A} type 28).
     *
     * @return whether an OWE Transition Mode element is present
     */
    public boolean oweTransition() {
        return first[S_OWE] != 0;
    }

    /**
     * Returns how many spatial streams the BSS supports, from the newest capabilities element it
     * sends (EHT, HE, VHT, then HT receive MCS sets).
     *
     * @return the number of spatial streams, 1 without any
     */
    public int spatialStreams() {
        return spatialStreams;
    }

    /**
     * Returns the highest PHY rate the BSS offers at its operating width: its newest
     * generation's highest MCS, its spatial streams and the shortest guard interval (for legacy
     * BSSs, the highest supported rate), as survey tools such as lswifi show it.
     *
     * @return the rate in Mbit/s, or empty if no element says
     */
    public OptionalDouble maxRateMbps() {
        return maxRateMbps > 0 ? OptionalDouble.of(maxRateMbps) : OptionalDouble.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InformationElements && Arrays.equals(bytes, ((InformationElements) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "InformationElements[" + elements().size() + " elements, " + security.mode() + ", " + generation + ", "
                + channelWidthMhz + " MHz" + (primaryChannel < 0 ? "" : ", channel " + primaryChannel) + "]";
    }

    // ---- reading ----------------------------------------------------------------------------

    private int u8(int at) {
        return bytes[at] & 0xFF;
    }

    private int u16(int at) {
        return u8(at) | u8(at + 1) << 8;
    }

    /** A suite: OUI in the top 24 bits, type in the low 8, as the bytes come. */
    private int suite(int at) {
        return u8(at) << 24 | u8(at + 1) << 16 | u8(at + 2) << 8 | u8(at + 3);
    }

    /** Where the first element of a slot's kind starts (its ID byte), or -1. */
    private int first(int slot) {
        return first[slot] - 1;
    }

    /** The extension ID of the element at {@code e} (an Element ID Extension with data), or -1. */
    private int extension(int e) {
        return u8(e) == InformationElement.EXTENSION && u8(e + 1) > 0 ? u8(e + 2) : -1;
    }

    /** Where the data of the element at {@code e} starts: after its extension ID, if it has one. */
    private int start(int e) {
        return extension(e) >= 0 ? e + 3 : e + 2;
    }

    /** The length of the data of the element at {@code e}, its extension ID not counted. */
    private int length(int e) {
        return extension(e) >= 0 ? u8(e + 1) - 1 : u8(e + 1);
    }

    private int firstByte(int element) {
        return element >= 0 && length(element) >= 1 ? u8(start(element)) : -1;
    }

    private Security readSecurity() {
        int rsn = first(S_RSN);
        if (rsn >= 0) {
            return readSuites(start(rsn), start(rsn) + length(rsn), true);
        }
        int wpa = first(S_WPA);
        return wpa >= 0 ? readSuites(start(wpa) + 4, start(wpa) + length(wpa), false) : Security.NONE;
    }

    /**
     * An RSN element's fields, or a WPA element's after its OUI and type (the same order, without
     * capabilities): version, group suite, pairwise count and suites, AKM count and suites, and
     * (RSN) capabilities. Each field is read only if the element holds all of it; a list is read
     * up to its last whole suite.
     */
    private Security readSuites(int at, int end, boolean rsn) {
        at += 2; // version
        long group = at + 4 <= end ? Integer.toUnsignedLong(suite(at)) : -1; // -1: none
        at += 4;
        int[] pairwise = suiteList(at, end);
        at = afterList(at, end);
        int[] akms = suiteList(at, end);
        at = afterList(at, end);
        Pmf pmf = Pmf.DISABLED;
        if (rsn && at + 2 <= end) {
            int capabilities = u16(at);
            boolean capable = (capabilities & 0x80) != 0;
            pmf = !capable ? Pmf.DISABLED : (capabilities & 0x40) != 0 ? Pmf.REQUIRED : Pmf.CAPABLE;
        }
        SecurityMode mode = rsn ? Security.rsnMode(akms, pmf) : Security.wpaMode(akms);
        return new Security(mode, akms, pairwise, group, pmf);
    }

    /** The suites of the count-prefixed list at {@code at}: as many whole ones as the element holds. */
    private int[] suiteList(int at, int end) {
        int n = at + 2 > end ? 0 : Math.min(u16(at), (end - at - 2) / 4);
        if (n == 0) {
            return Security.NO_SUITES;
        }
        int[] out = new int[n];
        for (int i = 0; i < out.length; i++) {
            out[i] = suite(at + 2 + 4 * i);
        }
        return out;
    }

    /** Where the field after the list at {@code at} starts, or {@code end} if the list was cut. */
    private int afterList(int at, int end) {
        if (at + 2 > end) {
            return end;
        }
        long next = at + 2 + 4L * u16(at);
        return next <= end ? (int) next : end;
    }

    private WifiGeneration readGeneration(boolean sixGhz) {
        if (first[S_EHT_CAP] != 0 || first[S_EHT_OP] != 0) {
            return WifiGeneration.WIFI_7;
        }
        if (first[S_HE_CAP] != 0 || first[S_HE_OP] != 0) {
            return sixGhz ? WifiGeneration.WIFI_6E : WifiGeneration.WIFI_6;
        }
        if (first[S_VHT_CAP] != 0 || first[S_VHT_OP] != 0) {
            return WifiGeneration.WIFI_5;
        }
        if (first[S_HT_CAP] != 0 || first[S_HT_OP] != 0) {
            return WifiGeneration.WIFI_4;
        }
        return WifiGeneration.LEGACY;
    }

    /**
     * Where the HE Operation's 6 GHz Operation Information (primary channel, control, CCFS0,
     * CCFS1, minimum rate) starts, or -1 if it has none (or is too short to hold it).
     */
    private int heSixGhzInfo(int he) {
        if (he < 0 || length(he) < 6) {
            return -1;
        }
        int at = start(he);
        int parameters = u8(at) | u8(at + 1) << 8 | u8(at + 2) << 16;
        if ((parameters & HE_6GHZ_INFO_PRESENT) == 0) {
            return -1;
        }
        int info = at + 6 + ((parameters & HE_VHT_INFO_PRESENT) != 0 ? 3 : 0)
                + ((parameters & HE_CO_HOSTED_BSS) != 0 ? 1 : 0);
        return info + 5 <= at + length(he) ? info : -1;
    }

    private int readWidth(int ht, int vht, int sixGhz, int eht) {
        int width = 20;
        if (ht >= 0 && length(ht) >= 2) {
            int info = u8(start(ht) + 1);
            int secondary = info & 0x3;
            if ((info & 0x4) != 0 && (secondary == 1 || secondary == 3)) {
                width = 40;
            }
        }
        if (vht >= 0 && length(vht) >= 3) {
            int w = u8(start(vht));
            int ccfs0 = u8(start(vht) + 1);
            int ccfs1 = u8(start(vht) + 2);
            if (w >= 1) {
                width = w == 2 || w == 3 || ccfs1 != 0 && Math.abs(ccfs1 - ccfs0) >= 8 ? 160 : 80;
            }
        }
        if (sixGhz >= 0) {
            width = 20 << (u8(sixGhz + 1) & 0x3);
        }
        if (eht >= 0 && length(eht) >= 8 && (u8(start(eht)) & 0x1) != 0) {
            int control = u8(start(eht) + 5) & 0x7;
            if (control <= 4) {
                width = 20 << control;
            }
        }
        return width;
    }

    /**
     * The BSS Load element: 5 bytes in the standard; 4 in Cisco's older QBSS version 1 (a
     * one-byte admission capacity), which Wireshark reads the same way.
     */
    private BssLoad readBssLoad(int load) {
        if (load < 0 || length(load) < 4) {
            return null;
        }
        int at = start(load);
        return new BssLoad(u16(at), u8(at + 2), length(load) == 4 ? u8(at + 3) : u16(at + 3));
    }

    /**
     * Spatial streams and the highest rate, packed: streams (1 to 8; higher EHT NSS values are
     * reserved) in the high 32 bits, the total rate in tenths of Mbit/s in the low.
     */
    private static long rates(int streams, int perStreamTenths) {
        int s = Math.max(1, Math.min(8, streams));
        return (long) s << 32 | perStreamTenths * s;
    }

    /** Per-stream rates in tenths of Mbit/s (shortest guard interval), by width 20, 40, 80, 160, 320. */
    private static final int[] HT_MCS7 = {722, 1500};
    private static final int[][] VHT = { // MCS 7, 8, 9
        {722, 1500, 3250, 6500}, {867, 1800, 3900, 7800}, {963, 2000, 4333, 8667}};
    private static final int[][] HE = { // MCS 7, 9, 11; 320 MHz only for EHT
        {860, 1721, 3603, 7206, 14412}, {1147, 2294, 4804, 9608, 19216}, {1434, 2868, 6005, 12010, 24020}};
    private static final int[] EHT_MCS13 = {1721, 3441, 7206, 14412, 28824};

    private long readRates() {
        int widthIndex = Integer.numberOfTrailingZeros(channelWidthMhz / 20); // 20 → 0 ... 320 → 4
        int eht = first(S_EHT_CAP);
        if (eht >= 0 && length(eht) >= 14) { // MAC 2, PHY 9, then the ≤ 80 MHz map: MCS 0-9, 10-11, 12-13
            int at = start(eht) + 11;
            int nss9 = u8(at) & 0xF;
            int nss11 = u8(at + 1) & 0xF;
            int nss13 = u8(at + 2) & 0xF;
            int streams = Math.max(nss9, Math.max(nss11, nss13));
            int[] table = nss13 > 0 ? EHT_MCS13 : nss11 > 0 ? HE[2] : HE[1];
            return rates(streams, streams == 0 ? 0 : table[widthIndex]);
        }
        int he = first(S_HE_CAP);
        if (he >= 0 && length(he) >= 19) { // MAC 6, PHY 11, then the ≤ 80 MHz receive map
            int mcs = mcsMap(u16(start(he) + 17));
            int streams = mcs >> 2;
            return rates(streams, streams == 0 ? 0 : HE[mcs & 3][Math.min(widthIndex, 3)]);
        }
        int vht = first(S_VHT_CAP);
        if (vht >= 0 && length(vht) >= 6) { // capabilities 4, then the receive map
            int mcs = mcsMap(u16(start(vht) + 4));
            int streams = mcs >> 2;
            int w = Math.min(widthIndex, 3);
            int highest = w == 0 && (mcs & 3) == 2 && streams % 3 != 0 ? 1 : mcs & 3; // MCS 9 at 20 MHz: 3 or 6 streams only
            return rates(streams, streams == 0 ? 0 : VHT[highest][w]);
        }
        int ht = first(S_HT_CAP);
        if (ht >= 0 && length(ht) >= 7) { // capabilities 2, A-MPDU 1, then the MCS bitmask: a byte per 8 MCSs
            int streams = 0;
            for (int i = 0; i < 4; i++) {
                if (u8(start(ht) + 3 + i) != 0) {
                    streams = i + 1;
                }
            }
            return rates(streams, streams == 0 ? 0 : HT_MCS7[Math.min(widthIndex, 1)]);
        }
        int best = 0; // tenths of Mbit/s
        for (int e = 0; e + 2 <= bytes.length && e + 2 + u8(e + 1) <= bytes.length; e += 2 + u8(e + 1)) {
            if (u8(e) == SUPPORTED_RATES || u8(e) == EXTENDED_SUPPORTED_RATES) {
                for (int at = e + 2; at < e + 2 + u8(e + 1); at++) {
                    int rate = u8(at) & 0x7F;
                    if (rate != 127 && rate != 126 && rate != 122) { // BSS membership selectors, not rates
                        best = Math.max(best, rate * 5); // in units of 500 kbit/s
                    }
                }
            }
        }
        return rates(1, best);
    }

    /**
     * A VHT or HE MCS map (two bits per stream, 3 = not supported), packed: the number of streams
     * times 4, plus the 1-stream entry's index (0, 1 or 2 for the lowest to highest MCS ceiling).
     */
    private static int mcsMap(int map) {
        int streams = 0;
        for (int ss = 0; ss < 8; ss++) {
            if ((map >> 2 * ss & 3) != 3) {
                streams = ss + 1;
            }
        }
        int one = map & 3;
        return streams << 2 | (one == 3 ? 0 : one);
    }

    // ---- writing ----------------------------------------------------------------------------

    /**
     * Writes information elements in the order a beacon carries them, so that a simulated BSS
     * shows every fact of a real one without anyone writing element layouts by hand.
     *
     * <pre>{@code
     * byte[] ies = InformationElements.builder()
     *         .ssid("Home")
     *         .security(SecurityMode.WPA3_TRANSITION)
     *         .channel(WifiGeneration.WIFI_6, 36, 80)
     *         .bssLoad(12, 80)
     *         .country("DE")
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private byte[] ssid;
        private SecurityMode mode = SecurityMode.OPEN;
        private List<Integer> akms;
        private List<Integer> pairwise;
        private int group;
        private Pmf pmf = Pmf.DISABLED;
        private WifiGeneration generation = WifiGeneration.LEGACY;
        private int channel = 6;
        private int width = 20;
        private boolean sixGhz;
        private int streams = 2;
        private int[] load;
        private String country;
        private boolean rrm;
        private boolean ft;
        private boolean btm;
        private final List<byte[]> extra = new ArrayList<>();
        /** What 6 GHz allows (WPA3 and Enhanced Open); OTHER is a vendor's to decide. */
        private static final java.util.Set<SecurityMode> SIX_GHZ_MODES = java.util.EnumSet.of(SecurityMode.WPA3_PERSONAL,
                SecurityMode.WPA3_ENTERPRISE, SecurityMode.WPA3_ENTERPRISE_192, SecurityMode.OWE, SecurityMode.OTHER);

        private Builder() {}

        /**
         * Sets the SSID element, as UTF-8.
         *
         * @param ssid the network name, at most 32 bytes in UTF-8
         * @return this builder
         * @throws IllegalArgumentException if it is longer
         */
        public Builder ssid(String ssid) {
            return ssid(Objects.requireNonNull(ssid, "ssid").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        /**
         * Sets the SSID element.
         *
         * @param ssid the SSID's bytes, at most 32
         * @return this builder
         * @throws IllegalArgumentException if there are more
         */
        public Builder ssid(byte[] ssid) {
            if (Objects.requireNonNull(ssid, "ssid").length > 32) {
                throw new IllegalArgumentException("ssid is " + ssid.length + " bytes; at most 32");
            }
            this.ssid = ssid.clone();
            return this;
        }

        /**
         * Sets the security: the RSN (or, for WPA, the WPA vendor) element with the suites and PMF
         * the mode stands for, CCMP (GCMP-256 for {@link SecurityMode#WPA3_ENTERPRISE_192}).
         * {@link SecurityMode#OPEN} and {@link SecurityMode#WEP} write no element (WEP is the
         * capability field's privacy bit, outside these bytes).
         *
         * @param mode the security mode
         * @return this builder
         */
        public Builder security(SecurityMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            this.akms = null;
            return this;
        }

        /**
         * Sets an RSN element with exactly these suites and PMF.
         *
         * @param akmSuites the AKM suites, such as {@link Security#AKM_SAE}
         * @param pairwiseCipherSuites the pairwise cipher suites, such as {@link Security#CIPHER_CCMP}
         * @param groupCipherSuite the group cipher suite
         * @param pmf protected management frames
         * @return this builder
         */
        public Builder rsn(List<Integer> akmSuites, List<Integer> pairwiseCipherSuites, int groupCipherSuite, Pmf pmf) {
            this.akms = List.copyOf(akmSuites);
            this.pairwise = List.copyOf(pairwiseCipherSuites);
            this.group = groupCipherSuite;
            this.pmf = Objects.requireNonNull(pmf, "pmf");
            this.mode = Security.rsnMode(akms.stream().mapToInt(Integer::intValue).toArray(), pmf);
            return this;
        }

        /**
         * Sets the generation and the channel on 2.4 GHz (channels 1 to 14) or 5 GHz (32 to 177):
         * the HT, VHT, HE and EHT capabilities and operation elements the generation has, for
         * this primary channel and width.
         *
         * @param generation the generation, not {@link WifiGeneration#WIFI_6E} (use {@link #channel6Ghz})
         * @param primaryChannel the primary channel
         * @param widthMhz 20, 40, 80 or 160, as far as the generation and band allow
         * @return this builder
         * @throws IllegalArgumentException if the channel, the width or their combination is not valid
         */
        public Builder channel(WifiGeneration generation, int primaryChannel, int widthMhz) {
            Objects.requireNonNull(generation, "generation");
            boolean band24 = primaryChannel >= 1 && primaryChannel <= 14;
            boolean band5 = primaryChannel % 4 == 0 && (primaryChannel >= 36 && primaryChannel <= 64
                    || primaryChannel >= 100 && primaryChannel <= 144) || primaryChannel % 4 == 1
                    && primaryChannel >= 149 && primaryChannel <= 177;
            if (!band24 && !band5) {
                throw new IllegalArgumentException("primaryChannel " + primaryChannel + " is on neither 2.4 GHz (1-14)"
                        + " nor 5 GHz (36-64, 100-144, 149-177, every fourth); for 6 GHz use channel6Ghz");
            }
            if (band24 && primaryChannel == 14 && widthMhz > 20) {
                throw new IllegalArgumentException("widthMhz " + widthMhz + " on channel 14: it has no 40 MHz pair");
            }
            if (band5 && widthMhz == 160 && primaryChannel > 128 && primaryChannel < 149) {
                throw new IllegalArgumentException("widthMhz 160 on channel " + primaryChannel
                        + ": 5 GHz has 160 MHz channels at 36-64, 100-128 and 149-177 only");
            }
            if (generation == WifiGeneration.WIFI_6E) {
                throw new IllegalArgumentException("generation WIFI_6E is 6 GHz: use channel6Ghz");
            }
            if (generation == WifiGeneration.WIFI_5 && band24) {
                throw new IllegalArgumentException("generation WIFI_5 (VHT) is 5 GHz only; channel " + primaryChannel
                        + " is 2.4 GHz");
            }
            int max = generation == WifiGeneration.LEGACY ? 20 : generation == WifiGeneration.WIFI_4 || band24 ? 40 : 160;
            return setChannel(generation, primaryChannel, widthMhz, false, max);
        }

        /**
         * Sets the generation and the channel on 6 GHz (channels 1 to 233): HE (with its 6 GHz
         * Operation Information) and, for Wi-Fi 7, EHT.
         *
         * @param generation {@link WifiGeneration#WIFI_6E} or {@link WifiGeneration#WIFI_7}
         * @param primaryChannel the primary channel, 1 to 233
         * @param widthMhz 20, 40, 80 or 160; 320 for Wi-Fi 7
         * @return this builder
         * @throws IllegalArgumentException if the channel, the width or the generation is not valid there
         */
        public Builder channel6Ghz(WifiGeneration generation, int primaryChannel, int widthMhz) {
            if (generation != WifiGeneration.WIFI_6E && generation != WifiGeneration.WIFI_7) {
                throw new IllegalArgumentException("generation " + generation + " does not use 6 GHz");
            }
            if (primaryChannel < 1 || primaryChannel > 233 || primaryChannel % 4 != 1) {
                throw new IllegalArgumentException("primaryChannel " + primaryChannel + " is not a 6 GHz 20 MHz channel"
                        + " (1, 5, 9, ... 233)");
            }
            int n = widthMhz / 5; // the block of channel numbers this width spans
            if (widthMhz >= 20 && widthMhz % 20 == 0 && 1 + (primaryChannel - 1) / n * n + n - 4 > 233) {
                throw new IllegalArgumentException("widthMhz " + widthMhz + " on channel " + primaryChannel
                        + ": the channel would reach past 6 GHz channel 233");
            }
            return setChannel(generation, primaryChannel, widthMhz, true, generation == WifiGeneration.WIFI_7 ? 320 : 160);
        }

        private Builder setChannel(WifiGeneration generation, int primaryChannel, int widthMhz, boolean sixGhz, int max) {
            if (widthMhz % 20 != 0 || Integer.bitCount(widthMhz / 20) != 1 || widthMhz > max) {
                throw new IllegalArgumentException("widthMhz " + widthMhz + " is not a width of " + generation
                        + " here (20, 40, ... up to " + max + " MHz)");
            }
            this.generation = generation;
            this.channel = primaryChannel;
            this.width = widthMhz;
            this.sixGhz = sixGhz;
            return this;
        }

        /**
         * Sets how many spatial streams the capabilities elements announce (default 2).
         *
         * @param streams 1 to 4
         * @return this builder
         */
        public Builder spatialStreams(int streams) {
            if (streams < 1 || streams > 4) {
                throw new IllegalArgumentException("streams " + streams + " is not 1 to 4");
            }
            this.streams = streams;
            return this;
        }

        /**
         * Adds a BSS Load element.
         *
         * @param stationCount associated stations, 0 to 65535
         * @param channelUtilization 0 to 255 (for 0 to 100 %)
         * @return this builder
         */
        public Builder bssLoad(int stationCount, int channelUtilization) {
            if (stationCount < 0 || stationCount > 0xFFFF) {
                throw new IllegalArgumentException("stationCount " + stationCount + " is not 0 to 65535");
            }
            if (channelUtilization < 0 || channelUtilization > 255) {
                throw new IllegalArgumentException("channelUtilization " + channelUtilization + " is not 0 to 255");
            }
            this.load = new int[] {stationCount, channelUtilization};
            return this;
        }

        /**
         * Adds a Country element for this code, with the "all environments" byte and one channel triplet.
         *
         * @param code two ASCII letters, such as {@code "DE"}
         * @return this builder
         */
        public Builder country(String code) {
            if (Objects.requireNonNull(code, "code").length() != 2 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("country code \"" + code + "\" is not two capital letters");
            }
            this.country = code;
            return this;
        }

        /**
         * Announces roaming support: 802.11k (RM Enabled Capabilities), 802.11r (Mobility Domain)
         * and 802.11v (Extended Capabilities' BSS transition bit).
         *
         * @param k radio measurement
         * @param r fast BSS transition
         * @param v BSS transition management
         * @return this builder
         */
        public Builder roaming(boolean k, boolean r, boolean v) {
            this.rrm = k;
            this.ft = r;
            this.btm = v;
            return this;
        }

        /**
         * Appends an element as given, after the others.
         *
         * @param id the element ID, 0 to 255
         * @param data its data, at most 255 bytes
         * @return this builder
         */
        public Builder element(int id, byte[] data) {
            if (id < 0 || id > 255) {
                throw new IllegalArgumentException("id " + id + " is not 0 to 255");
            }
            if (Objects.requireNonNull(data, "data").length > 255) {
                throw new IllegalArgumentException("data is " + data.length + " bytes; an element holds at most 255");
            }
            byte[] e = new byte[2 + data.length];
            e[0] = (byte) id;
            e[1] = (byte) data.length;
            System.arraycopy(data, 0, e, 2, data.length);
            extra.add(e);
            return this;
        }

        /**
         * Writes the elements.
         *
         * @return the elements' bytes
         */
        public byte[] build() {
            if (sixGhz && !SIX_GHZ_MODES.contains(mode)) {
                throw new IllegalArgumentException("security " + mode + " on 6 GHz: it allows WPA3, OWE and their "
                        + "enterprise kinds only (no open, WEP, WPA or WPA2)");
            }
            Writer w = new Writer();
            if (ssid != null) {
                w.element(SSID, ssid);
            }
            boolean band24 = !sixGhz && channel <= 14;
            w.element(SUPPORTED_RATES, band24 ? new byte[] {(byte) 0x82, (byte) 0x84, (byte) 0x8B, (byte) 0x96, 12, 18, 24, 36}
                    : new byte[] {(byte) 0x8C, 18, (byte) 0x98, 36, (byte) 0xB0, 72, 96, 108});
            if (!sixGhz) {
                w.element(DS_PARAMETER_SET, new byte[] {(byte) channel});
            }
            if (country != null) {
                w.element(COUNTRY, new byte[] {(byte) country.charAt(0), (byte) country.charAt(1), 0x20,
                    (byte) (band24 ? 1 : channel), (byte) (band24 ? 13 : 1), 20});
            }
            if (load != null) {
                w.element(BSS_LOAD, new byte[] {(byte) load[0], (byte) (load[0] >> 8), (byte) load[1], 0, 0});
            }
            boolean ht = generation != WifiGeneration.LEGACY && !sixGhz;
            if (ht) {
                w.element(HT_CAPABILITIES, htCapabilities());
            }
            writeSecurity(w);
            if (band24) {
                w.element(EXTENDED_SUPPORTED_RATES, new byte[] {48, 72, 96, 108});
            }
            if (ft) {
                w.element(MOBILITY_DOMAIN, new byte[] {0x34, 0x12, 0x01});
            }
            if (ht) {
                w.element(HT_OPERATION, htOperation());
            }
            if (rrm) {
                w.element(RM_ENABLED_CAPABILITIES, new byte[] {0x73, 0, 0, 0, 0});
            }
            w.element(EXTENDED_CAPABILITIES, new byte[] {0, 0, (byte) (btm ? 0x08 : 0), 0, 0, 0, 0, 0x40});
            boolean vht = !band24 && !sixGhz && generation.compareTo(WifiGeneration.WIFI_5) >= 0;
            if (vht) {
                w.element(VHT_CAPABILITIES, vhtCapabilities());
                w.element(VHT_OPERATION, vhtOperation());
            }
            if (generation.compareTo(WifiGeneration.WIFI_6) >= 0) {
                w.extension(EXT_HE_CAPABILITIES, heCapabilities());
                w.extension(EXT_HE_OPERATION, heOperation());
            }
            if (generation == WifiGeneration.WIFI_7) {
                w.extension(EXT_EHT_OPERATION, ehtOperation());
                w.extension(EXT_EHT_CAPABILITIES, ehtCapabilities());
            }
            if (mode == SecurityMode.WPA_PERSONAL || mode == SecurityMode.WPA_ENTERPRISE) {
                int akm = mode == SecurityMode.WPA_PERSONAL ? Security.WPA_AKM_PSK : Security.WPA_AKM_8021X;
                w.element(InformationElement.VENDOR_SPECIFIC, concat(new byte[] {0x00, 0x50, (byte) 0xF2, 0x01},
                        suites(Security.WPA_CIPHER_TKIP, List.of(Security.WPA_CIPHER_TKIP), List.of(akm), -1)));
            }
            extra.forEach(w::raw);
            return w.bytes();
        }

        private void writeSecurity(Writer w) {
            if (akms != null) {
                w.element(RSN, suites(group, pairwise, akms, pmfBits(pmf)));
                return;
            }
            int ccmp = Security.CIPHER_CCMP;
            switch (mode) {
                case WPA2_PERSONAL:
                    w.element(RSN, suites(ccmp, List.of(ccmp), List.of(Security.AKM_PSK), 0));
                    break;
                case WPA2_ENTERPRISE:
                    w.element(RSN, suites(ccmp, List.of(ccmp), List.of(Security.AKM_8021X), 0));
                    break;
                case WPA3_PERSONAL:
                    w.element(RSN, suites(ccmp, List.of(ccmp), List.of(Security.AKM_SAE), pmfBits(Pmf.REQUIRED)));
                    break;
                case WPA3_TRANSITION:
                    w.element(RSN, suites(ccmp, List.of(ccmp), List.of(Security.AKM_PSK, Security.AKM_SAE),
                            pmfBits(Pmf.CAPABLE)));
                    break;
                case WPA3_ENTERPRISE:
                    w.element(RSN, suites(ccmp, List.of(ccmp), List.of(Security.AKM_8021X_SHA256), pmfBits(Pmf.REQUIRED)));
                    break;
                case WPA3_ENTERPRISE_192:
                    int gcmp = Security.CIPHER_GCMP_256;
                    w.element(RSN, suites(gcmp, List.of(gcmp), List.of(Security.AKM_8021X_SUITE_B_192),
                            pmfBits(Pmf.REQUIRED)));
                    break;
                case OWE:
                    w.element(RSN, suites(ccmp, List.of(ccmp), List.of(Security.AKM_OWE), pmfBits(Pmf.REQUIRED)));
                    break;
                case OTHER:
                    w.element(RSN, suites(ccmp, List.of(ccmp), List.of(0x00904C01), 0)); // a vendor's AKM
                    break;
                default: // OPEN, WEP: no element; WPA: the vendor element, written last
                    break;
            }
        }

        private static int pmfBits(Pmf pmf) {
            return pmf == Pmf.REQUIRED ? 0xC0 : pmf == Pmf.CAPABLE ? 0x80 : 0;
        }

        /** Version 1, group, pairwise list, AKM list, then (if {@code capabilities} ≥ 0) RSN capabilities. */
        private static byte[] suites(int group, List<Integer> pairwise, List<Integer> akms, int capabilities) {
            Writer w = new Writer();
            w.u16(1);
            w.suite(group);
            w.u16(pairwise.size());
            pairwise.forEach(w::suite);
            w.u16(akms.size());
            akms.forEach(w::suite);
            if (capabilities >= 0) {
                w.u16(capabilities);
            }
            return w.bytes();
        }

        private byte[] htCapabilities() {
            byte[] d = new byte[26];
            int info = 0x0060 | (width >= 40 ? 0x0002 : 0); // short GI 20 and 40; 20/40 MHz supported
            d[0] = (byte) info;
            d[1] = (byte) (info >> 8);
            d[2] = 0x17;
            for (int i = 0; i < streams; i++) {
                d[3 + i] = (byte) 0xFF;
            }
            return d;
        }

        private byte[] htOperation() {
            byte[] d = new byte[22];
            d[0] = (byte) channel;
            if (width >= 40) {
                d[1] = (byte) (0x04 | (secondaryAbove() ? 1 : 3));
            }
            return d;
        }

        /** Whether the 40 MHz secondary channel is above the primary. */
        private boolean secondaryAbove() {
            if (channel <= 14) {
                return channel <= 7;
            }
            return ((channel - base()) / 4) % 2 == 0;
        }

        /** The first channel of the channel blocks the primary channel belongs to. */
        private int base() {
            return sixGhz ? 1 : channel < 100 ? 36 : channel < 149 ? 100 : 149;
        }

        /** The centre channel of the {@code mhz}-wide block around the primary channel. */
        private int center(int mhz) {
            if (!sixGhz && channel <= 14) { // 2.4 GHz: 20, or 40 with the secondary 4 channels up or down
                return mhz < 40 ? channel : secondaryAbove() ? channel + 2 : channel - 2;
            }
            int n = mhz / 5;
            int start = base() + (channel - base()) / n * n;
            return start + n / 2 - 2;
        }

        private byte[] vhtCapabilities() {
            byte[] d = new byte[12];
            int info = 0x00000060 | (width >= 160 ? 0x04 : 0); // short GI 80/160; 160 MHz supported
            d[0] = (byte) info;
            int map = mcsMapOf(2); // MCS 0-9
            d[4] = (byte) map;
            d[5] = (byte) (map >> 8);
            d[8] = (byte) map;
            d[9] = (byte) (map >> 8);
            return d;
        }

        private byte[] vhtOperation() {
            if (width < 80) {
                return new byte[] {0, 0, 0, (byte) 0xFC, (byte) 0xFF};
            }
            int ccfs0 = center(80);
            int ccfs1 = width == 160 ? center(160) : 0;
            return new byte[] {1, (byte) ccfs0, (byte) ccfs1, (byte) 0xFC, (byte) 0xFF};
        }

        /** A VHT/HE MCS map: {@code value} for each of the streams, 3 (not supported) for the rest. */
        private int mcsMapOf(int value) {
            int map = 0xFFFF;
            for (int ss = 0; ss < streams; ss++) {
                map &= ~(3 << 2 * ss);
                map |= value << 2 * ss;
            }
            return map;
        }

        private byte[] heCapabilities() {
            boolean band24 = !sixGhz && channel <= 14;
            boolean wide160 = width >= 160;
            byte[] d = new byte[6 + 11 + 4 + (wide160 ? 4 : 0)];
            int widths = band24 ? (width >= 40 ? 0x02 : 0) : 0x04 | (wide160 ? 0x08 : 0);
            d[6] = (byte) widths;
            int map = mcsMapOf(2); // MCS 0-11
            for (int at = 17; at < d.length; at += 2) {
                d[at] = (byte) map;
                d[at + 1] = (byte) (map >> 8);
            }
            return d;
        }

        private byte[] heOperation() {
            Writer w = new Writer();
            int parameters = sixGhz ? HE_6GHZ_INFO_PRESENT : 0;
            w.u8(parameters);
            w.u8(parameters >> 8);
            w.u8(parameters >> 16);
            w.u8(0x01); // BSS colour 1
            w.u16(0xFFFC); // basic HE-MCS and NSS set: 1 stream, MCS 0-7
            if (sixGhz) {
                int heWidth = Math.min(width, 160);
                w.u8(channel);
                w.u8(Integer.numberOfTrailingZeros(heWidth / 20));
                w.u8(heWidth == 160 ? center(80) : center(heWidth));
                w.u8(heWidth == 160 ? center(160) : 0);
                w.u8(6); // minimum rate, Mbit/s
            }
            return w.bytes();
        }

        private byte[] ehtOperation() {
            Writer w = new Writer();
            w.u8(0x01); // EHT Operation Information present
            w.u8(0x11); // basic EHT-MCS and NSS set: 1 stream for MCS 0-7 ... 0-13
            w.u8(0x11);
            w.u8(0x11);
            w.u8(0x11);
            w.u8(Integer.numberOfTrailingZeros(width / 20));
            w.u8(width >= 160 ? center(width / 2) : center(width)); // 160 and 320: the primary half's centre
            w.u8(width >= 160 ? center(width) : 0);
            return w.bytes();
        }

        private byte[] ehtCapabilities() {
            byte[] d = new byte[2 + 9 + 3 * (width >= 320 ? 3 : width >= 160 ? 2 : 1)];
            if (width >= 320) {
                d[2] = 0x02; // 320 MHz in 6 GHz
            }
            for (int at = 11; at < d.length; at++) {
                d[at] = (byte) (streams | streams << 4);
            }
            return d;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Little-endian fields and elements, into a growing array. */
    private static final class Writer {
        private byte[] out = new byte[64];
        private int size;

        void u8(int v) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[size++] = (byte) v;
        }

        void u16(int v) {
            u8(v);
            u8(v >> 8);
        }

        /** A suite: OUI then type, most significant first. */
        void suite(int s) {
            u8(s >>> 24);
            u8(s >>> 16);
            u8(s >>> 8);
            u8(s);
        }

        void raw(byte[] b) {
            for (byte x : b) {
                u8(x);
            }
        }

        void element(int id, byte[] data) {
            u8(id);
            u8(data.length);
            raw(data);
        }

        void extension(int extensionId, byte[] data) {
            u8(InformationElement.EXTENSION);
            u8(data.length + 1);
            u8(extensionId);
            raw(data);
        }

        byte[] bytes() {
            return Arrays.copyOf(out, size);
        }
    }
}
