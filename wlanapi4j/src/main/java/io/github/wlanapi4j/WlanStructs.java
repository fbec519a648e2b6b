package io.github.wlanapi4j;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layouts of the structures the service hands out, and the readers that copy them into the
 * value types. Every offset and size here is registered under its C name ({@link #layout()}), and
 * a test compares each with {@code offsetof}/{@code sizeof} as the C stand-in is compiled: under
 * {@code -Pwine} that is against the Windows SDK's own {@code wlanapi.h} (mingw-w64's), and on
 * Linux against declarations a build step proves equal to the SDK's for x64 and x86. Only
 * {@code WLAN_CONNECTION_PARAMETERS}, which this library writes rather than reads, holds
 * pointers; every other layout is the same for 32- and 64-bit processes.
 *
 * <p>Reads go through a {@link ByteBuffer} view of the buffer (JIT intrinsics, no JNI call per
 * field, no reflection). Every count, length and offset is checked against what the buffer can
 * hold before it is used: a malformed buffer is an {@link IllegalStateException} naming the
 * field, never a read outside it; except in the three lists that carry no size, where nothing
 * can tell where the buffer ends. The interface and network lists' counts are trusted within
 * bounds no service reaches; the profile list's entries are each proven to be one before the
 * next is read ({@link #profileNames}), so a count too large reads one entry (516 bytes) past
 * the end at most, and fails. {@link WlanMemory} frees the buffer whatever happens here.
 */
final class WlanStructs {
    private static final Map<String, Integer> LAYOUT = new LinkedHashMap<>();

    private static int at(String cName, int value) {
        LAYOUT.put(cName, value);
        return value;
    }

    static final int SSID_LENGTH = at("DOT11_SSID.uSSIDLength", 0);
    static final int SSID_BYTES = at("DOT11_SSID.ucSSID", 4);
    static final int SSID_SIZE = at("DOT11_SSID", 36);
    /** {@code WCHAR[WLAN_MAX_NAME_LENGTH]}. */
    static final int NAME_CHARS = 256;

    static final int LIST_COUNT = at("WLAN_INTERFACE_INFO_LIST.dwNumberOfItems", 0);
    static final int INTERFACE_LIST_ITEMS = at("WLAN_INTERFACE_INFO_LIST.InterfaceInfo", 8);
    static final int INTERFACE_SIZE = at("WLAN_INTERFACE_INFO", 532);
    static final int INTERFACE_GUID = at("WLAN_INTERFACE_INFO.InterfaceGuid", 0);
    static final int INTERFACE_DESCRIPTION = at("WLAN_INTERFACE_INFO.strInterfaceDescription", 16);
    static final int INTERFACE_STATE = at("WLAN_INTERFACE_INFO.isState", 528);

    static final int NETWORK_LIST_COUNT = at("WLAN_AVAILABLE_NETWORK_LIST.dwNumberOfItems", 0);
    static final int NETWORK_LIST_ITEMS = at("WLAN_AVAILABLE_NETWORK_LIST.Network", 8);
    static final int NETWORK_SIZE = at("WLAN_AVAILABLE_NETWORK", 628);
    static final int NETWORK_PROFILE = at("WLAN_AVAILABLE_NETWORK.strProfileName", 0);
    static final int NETWORK_SSID = at("WLAN_AVAILABLE_NETWORK.dot11Ssid", 512);
    static final int NETWORK_BSS_TYPE = at("WLAN_AVAILABLE_NETWORK.dot11BssType", 548);
    static final int NETWORK_BSS_COUNT = at("WLAN_AVAILABLE_NETWORK.uNumberOfBssids", 552);
    static final int NETWORK_CONNECTABLE = at("WLAN_AVAILABLE_NETWORK.bNetworkConnectable", 556);
    static final int NETWORK_NOT_CONNECTABLE_REASON = at("WLAN_AVAILABLE_NETWORK.wlanNotConnectableReason", 560);
    static final int NETWORK_PHY_COUNT = at("WLAN_AVAILABLE_NETWORK.uNumberOfPhyTypes", 564);
    static final int NETWORK_PHY_TYPES = at("WLAN_AVAILABLE_NETWORK.dot11PhyTypes", 568);
    static final int NETWORK_MAX_PHY_TYPES = 8;
    static final int NETWORK_SIGNAL_QUALITY = at("WLAN_AVAILABLE_NETWORK.wlanSignalQuality", 604);
    static final int NETWORK_SECURITY = at("WLAN_AVAILABLE_NETWORK.bSecurityEnabled", 608);
    static final int NETWORK_AUTH = at("WLAN_AVAILABLE_NETWORK.dot11DefaultAuthAlgorithm", 612);
    static final int NETWORK_CIPHER = at("WLAN_AVAILABLE_NETWORK.dot11DefaultCipherAlgorithm", 616);
    static final int NETWORK_FLAGS = at("WLAN_AVAILABLE_NETWORK.dwFlags", 620);

    static final int BSS_LIST_TOTAL_SIZE = at("WLAN_BSS_LIST.dwTotalSize", 0);
    static final int BSS_LIST_COUNT = at("WLAN_BSS_LIST.dwNumberOfItems", 4);
    static final int BSS_LIST_ITEMS = at("WLAN_BSS_LIST.wlanBssEntries", 8);
    static final int BSS_SIZE = at("WLAN_BSS_ENTRY", 360);
    static final int BSS_SSID = at("WLAN_BSS_ENTRY.dot11Ssid", 0);
    static final int BSS_PHY_ID = at("WLAN_BSS_ENTRY.uPhyId", 36);
    static final int BSS_BSSID = at("WLAN_BSS_ENTRY.dot11Bssid", 40);
    static final int BSS_TYPE = at("WLAN_BSS_ENTRY.dot11BssType", 48);
    static final int BSS_PHY_TYPE = at("WLAN_BSS_ENTRY.dot11BssPhyType", 52);
    static final int BSS_RSSI = at("WLAN_BSS_ENTRY.lRssi", 56);
    static final int BSS_LINK_QUALITY = at("WLAN_BSS_ENTRY.uLinkQuality", 60);
    static final int BSS_IN_REG_DOMAIN = at("WLAN_BSS_ENTRY.bInRegDomain", 64);
    static final int BSS_BEACON_PERIOD = at("WLAN_BSS_ENTRY.usBeaconPeriod", 66);
    static final int BSS_TIMESTAMP = at("WLAN_BSS_ENTRY.ullTimestamp", 72);
    static final int BSS_HOST_TIMESTAMP = at("WLAN_BSS_ENTRY.ullHostTimestamp", 80);
    static final int BSS_CAPABILITY = at("WLAN_BSS_ENTRY.usCapabilityInformation", 88);
    static final int BSS_FREQUENCY = at("WLAN_BSS_ENTRY.ulChCenterFrequency", 92);
    static final int BSS_IE_OFFSET = at("WLAN_BSS_ENTRY.ulIeOffset", 352);
    static final int BSS_IE_SIZE = at("WLAN_BSS_ENTRY.ulIeSize", 356);

    static final int CONNECTION_SIZE = at("WLAN_CONNECTION_ATTRIBUTES", 604);
    static final int CONNECTION_STATE = at("WLAN_CONNECTION_ATTRIBUTES.isState", 0);
    static final int CONNECTION_MODE = at("WLAN_CONNECTION_ATTRIBUTES.wlanConnectionMode", 4);
    static final int CONNECTION_PROFILE = at("WLAN_CONNECTION_ATTRIBUTES.strProfileName", 8);
    static final int CONNECTION_ASSOCIATION = at("WLAN_CONNECTION_ATTRIBUTES.wlanAssociationAttributes", 520);
    static final int CONNECTION_SECURITY = at("WLAN_CONNECTION_ATTRIBUTES.wlanSecurityAttributes", 588);
    static final int ASSOCIATION_SSID = at("WLAN_ASSOCIATION_ATTRIBUTES.dot11Ssid", 0);
    static final int ASSOCIATION_BSS_TYPE = at("WLAN_ASSOCIATION_ATTRIBUTES.dot11BssType", 36);
    static final int ASSOCIATION_BSSID = at("WLAN_ASSOCIATION_ATTRIBUTES.dot11Bssid", 40);
    static final int ASSOCIATION_PHY_TYPE = at("WLAN_ASSOCIATION_ATTRIBUTES.dot11PhyType", 48);
    static final int ASSOCIATION_PHY_INDEX = at("WLAN_ASSOCIATION_ATTRIBUTES.uDot11PhyIndex", 52);
    static final int ASSOCIATION_SIGNAL_QUALITY = at("WLAN_ASSOCIATION_ATTRIBUTES.wlanSignalQuality", 56);
    static final int ASSOCIATION_RX_RATE = at("WLAN_ASSOCIATION_ATTRIBUTES.ulRxRate", 60);
    static final int ASSOCIATION_TX_RATE = at("WLAN_ASSOCIATION_ATTRIBUTES.ulTxRate", 64);
    static final int SECURITY_ENABLED = at("WLAN_SECURITY_ATTRIBUTES.bSecurityEnabled", 0);
    static final int SECURITY_ONE_X = at("WLAN_SECURITY_ATTRIBUTES.bOneXEnabled", 4);
    static final int SECURITY_AUTH = at("WLAN_SECURITY_ATTRIBUTES.dot11AuthAlgorithm", 8);
    static final int SECURITY_CIPHER = at("WLAN_SECURITY_ATTRIBUTES.dot11CipherAlgorithm", 12);

    static final int RADIO_SIZE = at("WLAN_RADIO_STATE", 772);
    static final int RADIO_PHY_COUNT = at("WLAN_RADIO_STATE.dwNumberOfPhys", 0);
    static final int RADIO_PHYS = at("WLAN_RADIO_STATE.PhyRadioState", 4);
    static final int RADIO_MAX_PHYS = 64;
    static final int PHY_RADIO_SIZE = at("WLAN_PHY_RADIO_STATE", 12);
    static final int PHY_RADIO_INDEX = at("WLAN_PHY_RADIO_STATE.dwPhyIndex", 0);
    static final int PHY_RADIO_SOFTWARE = at("WLAN_PHY_RADIO_STATE.dot11SoftwareRadioState", 4);
    static final int PHY_RADIO_HARDWARE = at("WLAN_PHY_RADIO_STATE.dot11HardwareRadioState", 8);

    static final int PROFILE_LIST_COUNT = at("WLAN_PROFILE_INFO_LIST.dwNumberOfItems", 0);
    static final int PROFILE_LIST_ITEMS = at("WLAN_PROFILE_INFO_LIST.ProfileInfo", 8);
    static final int PROFILE_SIZE = at("WLAN_PROFILE_INFO", 516);
    static final int PROFILE_NAME = at("WLAN_PROFILE_INFO.strProfileName", 0);
    static final int PROFILE_FLAGS = at("WLAN_PROFILE_INFO.dwFlags", 512);

    static final int CN_MODE = at("WLAN_CONNECTION_NOTIFICATION_DATA.wlanConnectionMode", 0);
    static final int CN_PROFILE = at("WLAN_CONNECTION_NOTIFICATION_DATA.strProfileName", 4);
    static final int CN_SSID = at("WLAN_CONNECTION_NOTIFICATION_DATA.dot11Ssid", 516);
    static final int CN_BSS_TYPE = at("WLAN_CONNECTION_NOTIFICATION_DATA.dot11BssType", 552);
    static final int CN_SECURITY = at("WLAN_CONNECTION_NOTIFICATION_DATA.bSecurityEnabled", 556);
    static final int CN_REASON = at("WLAN_CONNECTION_NOTIFICATION_DATA.wlanReasonCode", 560);
    static final int CN_FLAGS = at("WLAN_CONNECTION_NOTIFICATION_DATA.dwFlags", 564);
    static final int CN_XML = at("WLAN_CONNECTION_NOTIFICATION_DATA.strProfileXml", 568);
    static final int CN_SIZE = at("WLAN_CONNECTION_NOTIFICATION_DATA", 572);

    static final int PAIRS_COUNT = at("WLAN_AUTH_CIPHER_PAIR_LIST.dwNumberOfItems", 0);
    static final int PAIRS_ITEMS = at("WLAN_AUTH_CIPHER_PAIR_LIST.pAuthCipherPairList", 4);
    static final int PAIR_SIZE = at("DOT11_AUTH_CIPHER_PAIR", 8);
    static final int PAIR_AUTH = at("DOT11_AUTH_CIPHER_PAIR.AuthAlgoId", 0);
    static final int PAIR_CIPHER = at("DOT11_AUTH_CIPHER_PAIR.CipherAlgoId", 4);
    static final int COUNTRIES_COUNT = at("WLAN_COUNTRY_OR_REGION_STRING_LIST.dwNumberOfItems", 0);
    static final int COUNTRIES_ITEMS = at("WLAN_COUNTRY_OR_REGION_STRING_LIST.pCountryOrRegionStringList", 4);
    /** {@code DOT11_COUNTRY_OR_REGION_STRING}: three characters, as 802.11d's country string. */
    static final int COUNTRY_SIZE = 3;
    /** A bound on the two lists above: no interface has more auth/cipher pairs or country strings. */
    private static final int MAX_LIST_ITEMS = 1024;
    static final int OPCODE_INFRASTRUCTURE_PAIRS = 9;
    static final int OPCODE_COUNTRIES = 11;

    static final int STATS_HANDSHAKE_FAILURES = at("WLAN_STATISTICS.ullFourWayHandshakeFailures", 0);
    static final int STATS_TKIP_COUNTERMEASURES = at("WLAN_STATISTICS.ullTKIPCounterMeasuresInvoked", 8);
    static final int STATS_UNICAST = at("WLAN_STATISTICS.MacUcastCounters", 24);
    static final int STATS_MULTICAST = at("WLAN_STATISTICS.MacMcastCounters", 120);
    static final int STATS_PHY_COUNT = at("WLAN_STATISTICS.dwNumberOfPhys", 216);
    static final int STATS_PHYS = at("WLAN_STATISTICS.PhyCounters", 224);
    static final int MAC_STATS_SIZE = at("WLAN_MAC_FRAME_STATISTICS", 8 * WlanStatistics.MAC_COUNTERS);
    static final int PHY_STATS_SIZE = at("WLAN_PHY_FRAME_STATISTICS", 8 * WlanStatistics.PHY_COUNTERS);
    static final int OPCODE_STATISTICS = 0x1000_0101;

    static final int CAPABILITY_TYPE = at("WLAN_INTERFACE_CAPABILITY.interfaceType", 0);
    static final int CAPABILITY_DOT11D = at("WLAN_INTERFACE_CAPABILITY.bDot11DSupported", 4);
    static final int CAPABILITY_MAX_SSIDS = at("WLAN_INTERFACE_CAPABILITY.dwMaxDesiredSsidListSize", 8);
    static final int CAPABILITY_MAX_BSSIDS = at("WLAN_INTERFACE_CAPABILITY.dwMaxDesiredBssidListSize", 12);
    static final int CAPABILITY_PHY_COUNT = at("WLAN_INTERFACE_CAPABILITY.dwNumberOfSupportedPhys", 16);
    static final int CAPABILITY_PHYS = at("WLAN_INTERFACE_CAPABILITY.dot11PhyTypes", 20);
    static final int CAPABILITY_SIZE = at("WLAN_INTERFACE_CAPABILITY", 276);

    static final int MSM_MODE = at("WLAN_MSM_NOTIFICATION_DATA.wlanConnectionMode", 0);
    static final int MSM_PROFILE = at("WLAN_MSM_NOTIFICATION_DATA.strProfileName", 4);
    static final int MSM_SSID = at("WLAN_MSM_NOTIFICATION_DATA.dot11Ssid", 516);
    static final int MSM_BSS_TYPE = at("WLAN_MSM_NOTIFICATION_DATA.dot11BssType", 552);
    static final int MSM_PEER = at("WLAN_MSM_NOTIFICATION_DATA.dot11MacAddr", 556);
    static final int MSM_SECURITY = at("WLAN_MSM_NOTIFICATION_DATA.bSecurityEnabled", 564);
    static final int MSM_FIRST_PEER = at("WLAN_MSM_NOTIFICATION_DATA.bFirstPeer", 568);
    static final int MSM_LAST_PEER = at("WLAN_MSM_NOTIFICATION_DATA.bLastPeer", 572);
    static final int MSM_REASON = at("WLAN_MSM_NOTIFICATION_DATA.wlanReasonCode", 576);
    static final int MSM_SIZE = at("WLAN_MSM_NOTIFICATION_DATA", 580);

    // The one structure with pointers: four bytes each on 32-bit, eight on 64-bit.
    private static final int PTR = Native.POINTER_SIZE;
    static final int CP_MODE = at("WLAN_CONNECTION_PARAMETERS.wlanConnectionMode", 0);
    static final int CP_PROFILE = at("WLAN_CONNECTION_PARAMETERS.strProfile", PTR);
    static final int CP_SSID = at("WLAN_CONNECTION_PARAMETERS.pDot11Ssid", 2 * PTR);
    static final int CP_BSSID_LIST = at("WLAN_CONNECTION_PARAMETERS.pDesiredBssidList", 3 * PTR);
    static final int CP_BSS_TYPE = at("WLAN_CONNECTION_PARAMETERS.dot11BssType", 4 * PTR);
    static final int CP_FLAGS = at("WLAN_CONNECTION_PARAMETERS.dwFlags", 4 * PTR + 4);
    static final int CP_SIZE = at("WLAN_CONNECTION_PARAMETERS", 4 * PTR + 8);

    static final int BSSIDS_HEADER = at("DOT11_BSSID_LIST.Header", 0);
    static final int BSSIDS_COUNT = at("DOT11_BSSID_LIST.uNumOfEntries", 4);
    static final int BSSIDS_TOTAL = at("DOT11_BSSID_LIST.uTotalNumOfEntries", 8);
    static final int BSSIDS_ITEMS = at("DOT11_BSSID_LIST.BSSIDs", 12);
    /** {@code sizeof(DOT11_BSSID_LIST)}: the header's size field, with room for one BSSID (and padding). */
    static final int BSSIDS_SIZE = at("DOT11_BSSID_LIST", 20);
    /** {@code NDIS_OBJECT_TYPE_DEFAULT} and {@code DOT11_BSSID_LIST_REVISION_1}. */
    private static final int NDIS_OBJECT_TYPE_DEFAULT = 0x80;
    private static final int DOT11_BSSID_LIST_REVISION_1 = 1;

    // iphlpapi's adapter list: the leading fields of each structure, pointers PTR bytes.
    static final int ADAPTER_LENGTH = at("IP_ADAPTER_ADDRESSES_LH.Length", 0);
    static final int ADAPTER_IF_INDEX = at("IP_ADAPTER_ADDRESSES_LH.IfIndex", 4);
    static final int ADAPTER_NEXT = at("IP_ADAPTER_ADDRESSES_LH.Next", 8);
    static final int ADAPTER_NAME = at("IP_ADAPTER_ADDRESSES_LH.AdapterName", 8 + PTR);
    static final int ADAPTER_UNICAST = at("IP_ADAPTER_ADDRESSES_LH.FirstUnicastAddress", 8 + 2 * PTR);
    static final int ADAPTER_DESCRIPTION = at("IP_ADAPTER_ADDRESSES_LH.Description", 8 + 7 * PTR);
    static final int ADAPTER_FRIENDLY_NAME = at("IP_ADAPTER_ADDRESSES_LH.FriendlyName", 8 + 8 * PTR);
    static final int ADAPTER_MAC = at("IP_ADAPTER_ADDRESSES_LH.PhysicalAddress", 8 + 9 * PTR);
    static final int ADAPTER_MAC_LENGTH = at("IP_ADAPTER_ADDRESSES_LH.PhysicalAddressLength", 16 + 9 * PTR);
    static final int ADAPTER_OPER_STATUS = at("IP_ADAPTER_ADDRESSES_LH.OperStatus", 32 + 9 * PTR);
    /** The end of the fields read: an adapter's structure is at least this long. */
    static final int ADAPTER_READ_SIZE = ADAPTER_OPER_STATUS + 4;
    static final int UNICAST_LENGTH = at("IP_ADAPTER_UNICAST_ADDRESS_LH.Length", 0);
    static final int UNICAST_NEXT = at("IP_ADAPTER_UNICAST_ADDRESS_LH.Next", 8);
    static final int UNICAST_ADDRESS = at("IP_ADAPTER_UNICAST_ADDRESS_LH.Address", 8 + PTR);
    static final int SOCKET_ADDRESS_POINTER = at("SOCKET_ADDRESS.lpSockaddr", 0);
    static final int SOCKET_ADDRESS_LENGTH = at("SOCKET_ADDRESS.iSockaddrLength", PTR);
    static final int UNICAST_DAD_STATE = at("IP_ADAPTER_UNICAST_ADDRESS_LH.DadState", 16 + 3 * PTR);
    static final int UNICAST_READ_SIZE = UNICAST_DAD_STATE + 4;

    /** {@code WLAN_INTF_OPCODE} values. */
    static final int OPCODE_RADIO_STATE = 4;
    static final int OPCODE_CURRENT_CONNECTION = 7;
    static final int OPCODE_CHANNEL_NUMBER = 8;
    static final int OPCODE_RSSI = 0x1000_0102;

    /**
     * Bounds on counts no service reaches: above them a buffer is malformed. The interface and
     * network lists carry no size, so within these bounds their counts are trusted as Windows'
     * own callers trust them; the BSS list and the queries carry a size, and are checked against it.
     */
    private static final int MAX_INTERFACES = 256;
    private static final int MAX_NETWORKS = 16_384;
    private static final int MAX_BSS = 1 << 16;
    private static final int MAX_PROFILES = 4096;
    /** Profile XML is a few kilobytes; a string without a NUL in this many characters is malformed. */
    private static final int MAX_XML_CHARS = 1 << 20;

    private WlanStructs() {}

    /** Every offset and size above, under its C name ("STRUCT.field" or "STRUCT"). */
    static Map<String, Integer> layout() {
        return Collections.unmodifiableMap(LAYOUT);
    }

    /** A native-order view of {@code size} bytes at {@code address}. */
    static ByteBuffer view(long address, long size) {
        return new Pointer(address).getByteBuffer(0, size).order(ByteOrder.nativeOrder());
    }

    /** {@code WLAN_INTERFACE_INFO_LIST}. */
    static List<WlanInterface> interfaces(String function, long address) {
        int count = count(function, "WLAN_INTERFACE_INFO_LIST.dwNumberOfItems", view(address, 8).getInt(LIST_COUNT),
                MAX_INTERFACES);
        ByteBuffer b = view(address, INTERFACE_LIST_ITEMS + (long) count * INTERFACE_SIZE);
        WlanInterface[] out = new WlanInterface[count];
        for (int i = 0; i < count; i++) {
            int at = INTERFACE_LIST_ITEMS + i * INTERFACE_SIZE;
            out[i] = new WlanInterface(Guids.read(b, at + INTERFACE_GUID), string(b, at + INTERFACE_DESCRIPTION),
                    b.getInt(at + INTERFACE_STATE));
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** {@code WLAN_AVAILABLE_NETWORK_LIST}. */
    static List<AvailableNetwork> networks(String function, long address) {
        int count = count(function, "WLAN_AVAILABLE_NETWORK_LIST.dwNumberOfItems",
                view(address, 8).getInt(NETWORK_LIST_COUNT), MAX_NETWORKS);
        ByteBuffer b = view(address, NETWORK_LIST_ITEMS + (long) count * NETWORK_SIZE);
        AvailableNetwork[] out = new AvailableNetwork[count];
        for (int i = 0; i < count; i++) {
            int at = NETWORK_LIST_ITEMS + i * NETWORK_SIZE;
            int phyCount = b.getInt(at + NETWORK_PHY_COUNT);
            if (phyCount < 0 || phyCount > NETWORK_MAX_PHY_TYPES) {
                throw malformed(function, "WLAN_AVAILABLE_NETWORK.uNumberOfPhyTypes", phyCount, "0 to 8");
            }
            int[] phys = new int[phyCount];
            for (int p = 0; p < phyCount; p++) {
                phys[p] = b.getInt(at + NETWORK_PHY_TYPES + 4 * p);
            }
            out[i] = new AvailableNetwork(string(b, at + NETWORK_PROFILE), ssid(function, b, at + NETWORK_SSID),
                    b.getInt(at + NETWORK_BSS_TYPE), b.getInt(at + NETWORK_BSS_COUNT),
                    b.getInt(at + NETWORK_CONNECTABLE) != 0, b.getInt(at + NETWORK_NOT_CONNECTABLE_REASON), phys,
                    b.getInt(at + NETWORK_SIGNAL_QUALITY), b.getInt(at + NETWORK_SECURITY) != 0,
                    b.getInt(at + NETWORK_AUTH), b.getInt(at + NETWORK_CIPHER), b.getInt(at + NETWORK_FLAGS));
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** {@code WLAN_BSS_LIST}: {@code dwTotalSize} bounds everything, the IEs included. */
    static List<BssEntry> bssList(String function, long address) {
        ByteBuffer header = view(address, 8);
        long total = Integer.toUnsignedLong(header.getInt(BSS_LIST_TOTAL_SIZE));
        int count = count(function, "WLAN_BSS_LIST.dwNumberOfItems", header.getInt(BSS_LIST_COUNT), MAX_BSS);
        if (total < BSS_LIST_ITEMS + (long) count * BSS_SIZE || total > Integer.MAX_VALUE) {
            throw malformed(function, "WLAN_BSS_LIST.dwTotalSize", total,
                    "at least " + (BSS_LIST_ITEMS + (long) count * BSS_SIZE) + " for " + count + " entries");
        }
        ByteBuffer b = view(address, total);
        BssEntry[] out = new BssEntry[count];
        for (int i = 0; i < count; i++) {
            int at = BSS_LIST_ITEMS + i * BSS_SIZE;
            long ieOffset = Integer.toUnsignedLong(b.getInt(at + BSS_IE_OFFSET));
            long ieSize = Integer.toUnsignedLong(b.getInt(at + BSS_IE_SIZE));
            if (at + ieOffset + ieSize > total) {
                throw malformed(function, "WLAN_BSS_ENTRY.ulIeOffset/ulIeSize", ieOffset + "/" + ieSize,
                        "within dwTotalSize " + total + " for entry " + i);
            }
            byte[] ies = new byte[(int) ieSize];
            b.position((int) (at + ieOffset)); // the view is this call's own: its position is free to use
            b.get(ies);
            out[i] = new BssEntry(ssid(function, b, at + BSS_SSID), mac(b, at + BSS_BSSID), b.getInt(at + BSS_TYPE),
                    b.getInt(at + BSS_PHY_TYPE), b.getInt(at + BSS_PHY_ID), b.getInt(at + BSS_RSSI),
                    b.getInt(at + BSS_LINK_QUALITY), b.get(at + BSS_IN_REG_DOMAIN) != 0,
                    b.getShort(at + BSS_BEACON_PERIOD) & 0xFFFF, b.getLong(at + BSS_TIMESTAMP),
                    b.getLong(at + BSS_HOST_TIMESTAMP), b.getShort(at + BSS_CAPABILITY) & 0xFFFF,
                    b.getInt(at + BSS_FREQUENCY), ies);
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** {@code WLAN_CONNECTION_ATTRIBUTES}, of {@code size} bytes as the query reported. */
    static Connection connection(String function, long address, int size) {
        ByteBuffer b = view(address, requireSize(function, "WLAN_CONNECTION_ATTRIBUTES", size, CONNECTION_SIZE));
        int a = CONNECTION_ASSOCIATION;
        int s = CONNECTION_SECURITY;
        return new Connection(b.getInt(CONNECTION_STATE), b.getInt(CONNECTION_MODE), string(b, CONNECTION_PROFILE),
                ssid(function, b, a + ASSOCIATION_SSID), b.getInt(a + ASSOCIATION_BSS_TYPE), mac(b, a + ASSOCIATION_BSSID),
                b.getInt(a + ASSOCIATION_PHY_TYPE), b.getInt(a + ASSOCIATION_PHY_INDEX),
                b.getInt(a + ASSOCIATION_SIGNAL_QUALITY), b.getInt(a + ASSOCIATION_RX_RATE),
                b.getInt(a + ASSOCIATION_TX_RATE), b.getInt(s + SECURITY_ENABLED) != 0,
                b.getInt(s + SECURITY_ONE_X) != 0, b.getInt(s + SECURITY_AUTH), b.getInt(s + SECURITY_CIPHER));
    }

    /** {@code WLAN_RADIO_STATE}, of {@code size} bytes as the query reported. */
    static RadioState radio(String function, long address, int size) {
        ByteBuffer b = view(address, requireSize(function, "WLAN_RADIO_STATE", size, RADIO_SIZE));
        int count = b.getInt(RADIO_PHY_COUNT);
        if (count < 0 || count > RADIO_MAX_PHYS) {
            throw malformed(function, "WLAN_RADIO_STATE.dwNumberOfPhys", count, "0 to " + RADIO_MAX_PHYS);
        }
        int[] software = new int[count];
        int[] hardware = new int[count];
        for (int i = 0; i < count; i++) {
            int at = RADIO_PHYS + i * PHY_RADIO_SIZE;
            software[i] = b.getInt(at + PHY_RADIO_SOFTWARE);
            hardware[i] = b.getInt(at + PHY_RADIO_HARDWARE);
        }
        return new RadioState(software, hardware);
    }

    /**
     * {@code WLAN_PROFILE_INFO_LIST}: the names, in the service's (preference) order. The list
     * carries no size, so each entry is proven to be one before the next is read: a name is 1 to
     * 255 characters ended by a NUL inside its field, and no name comes twice (Windows keeps one
     * profile per name). A count larger than the entries the buffer holds ends at the first
     * entry that is not one, as an {@link IllegalStateException}, rather than as names made of
     * whatever memory follows.
     */
    static List<String> profileNames(String function, long address) {
        int count = count(function, "WLAN_PROFILE_INFO_LIST.dwNumberOfItems", view(address, 8).getInt(PROFILE_LIST_COUNT),
                MAX_PROFILES);
        String[] out = new String[count];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            // One entry's view at a time: nothing past an entry that failed is read.
            ByteBuffer b = view(address + PROFILE_LIST_ITEMS + (long) i * PROFILE_SIZE, PROFILE_SIZE);
            int length = nulAt(b, PROFILE_NAME);
            if (length <= 0 || length >= NAME_CHARS) {
                throw malformed(function, "WLAN_PROFILE_INFO.strProfileName of entry " + i + " of " + count,
                        length <= 0 ? "empty" : "unterminated", "a name of 1 to 255 characters and its NUL");
            }
            out[i] = string(b, PROFILE_NAME);
            if (!seen.add(out[i])) {
                throw malformed(function, "WLAN_PROFILE_INFO.strProfileName of entry " + i + " of " + count,
                        "\"" + out[i] + "\" again", "names that differ");
            }
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** Where the first NUL of a {@code WCHAR[256]} is: its length, or 256 if it has none. */
    private static int nulAt(ByteBuffer b, int at) {
        int n = 0;
        while (n < NAME_CHARS && b.getChar(at + 2 * n) != 0) {
            n++;
        }
        return n;
    }

    /** A NUL-terminated UTF-16 string the service allocated (profile XML), read up to its NUL. */
    static String wideString(String function, long address) {
        // A view, not a copy: only the characters up to the NUL are ever read.
        ByteBuffer b = view(address, 2L * MAX_XML_CHARS);
        int n = 0;
        while (b.getChar(2 * n) != 0) {
            if (++n == MAX_XML_CHARS) {
                throw malformed(function, "the string", "unterminated", "a NUL within " + MAX_XML_CHARS + " characters");
            }
        }
        char[] chars = new char[n];
        b.asCharBuffer().get(chars);
        return new String(chars);
    }

    /**
     * A {@code WLAN_CONNECTION_NOTIFICATION_DATA} copied from a notification, or null if
     * {@code data} is too short to hold one (up to its profile XML, which this does not read).
     *
     * @throws IllegalStateException if the data is malformed (an SSID longer than 32 bytes)
     */
    static ConnectionNotification connectionNotification(byte[] data) {
        return data.length < CN_XML ? null : requireConnectionNotification(data);
    }

    /**
     * A {@code WLAN_CONNECTION_NOTIFICATION_DATA} copied from a notification.
     *
     * @throws IllegalStateException if {@code data} is too short to hold one, or malformed
     */
    static ConnectionNotification requireConnectionNotification(byte[] data) {
        if (data.length < CN_XML) {
            throw malformed("WLAN_NOTIFICATION_DATA", "dwDataSize", data.length,
                    "at least " + CN_XML + " for a WLAN_CONNECTION_NOTIFICATION_DATA");
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        return new ConnectionNotification(b.getInt(CN_MODE), string(b, CN_PROFILE),
                ssid("WLAN_NOTIFICATION_DATA", b, CN_SSID), b.getInt(CN_BSS_TYPE), b.getInt(CN_SECURITY) != 0,
                b.getInt(CN_REASON), b.getInt(CN_FLAGS));
    }

    /** {@code WLAN_INTERFACE_CAPABILITY}: its count of PHY types proven to fit its 64 entries. */
    static InterfaceCapability capability(String function, long address) {
        ByteBuffer b = view(address, CAPABILITY_SIZE);
        int count = count(function, "WLAN_INTERFACE_CAPABILITY.dwNumberOfSupportedPhys", b.getInt(CAPABILITY_PHY_COUNT),
                RADIO_MAX_PHYS);
        int[] phys = new int[count];
        for (int i = 0; i < count; i++) {
            phys[i] = b.getInt(CAPABILITY_PHYS + 4 * i);
        }
        return new InterfaceCapability(b.getInt(CAPABILITY_TYPE), b.getInt(CAPABILITY_DOT11D) != 0,
                b.getInt(CAPABILITY_MAX_SSIDS), b.getInt(CAPABILITY_MAX_BSSIDS), phys);
    }

    /** {@code WLAN_AUTH_CIPHER_PAIR_LIST}: its count proven to fit the size the query returned. */
    static List<InterfaceCapability.SecurityPair> securityPairs(String function, long address, int size) {
        requireSize(function, "WLAN_AUTH_CIPHER_PAIR_LIST", size, PAIRS_ITEMS);
        int count = count(function, "WLAN_AUTH_CIPHER_PAIR_LIST.dwNumberOfItems", view(address, 4).getInt(PAIRS_COUNT),
                Math.min(MAX_LIST_ITEMS, (size - PAIRS_ITEMS) / PAIR_SIZE));
        ByteBuffer b = view(address, PAIRS_ITEMS + (long) count * PAIR_SIZE);
        List<InterfaceCapability.SecurityPair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = PAIRS_ITEMS + i * PAIR_SIZE;
            pairs.add(new InterfaceCapability.SecurityPair(b.getInt(at + PAIR_AUTH), b.getInt(at + PAIR_CIPHER)));
        }
        return Collections.unmodifiableList(pairs);
    }

    /** {@code WLAN_COUNTRY_OR_REGION_STRING_LIST}: each string as its three ASCII characters. */
    static List<String> countries(String function, long address, int size) {
        requireSize(function, "WLAN_COUNTRY_OR_REGION_STRING_LIST", size, COUNTRIES_ITEMS);
        int count = count(function, "WLAN_COUNTRY_OR_REGION_STRING_LIST.dwNumberOfItems",
                view(address, 4).getInt(COUNTRIES_COUNT), Math.min(MAX_LIST_ITEMS, (size - COUNTRIES_ITEMS) / COUNTRY_SIZE));
        byte[] all = new Pointer(address).getByteArray(COUNTRIES_ITEMS, count * COUNTRY_SIZE);
        List<String> countries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            countries.add(new String(all, i * COUNTRY_SIZE, COUNTRY_SIZE, StandardCharsets.US_ASCII));
        }
        return Collections.unmodifiableList(countries);
    }

    /** {@code WLAN_STATISTICS}: its count of PHYs proven to fit the size the query returned. */
    static WlanStatistics statistics(String function, long address, int size) {
        requireSize(function, "WLAN_STATISTICS", size, STATS_PHYS);
        int count = count(function, "WLAN_STATISTICS.dwNumberOfPhys", view(address, STATS_PHYS).getInt(STATS_PHY_COUNT),
                Math.min(RADIO_MAX_PHYS, (size - STATS_PHYS) / PHY_STATS_SIZE));
        ByteBuffer b = view(address, STATS_PHYS + (long) count * PHY_STATS_SIZE);
        List<WlanStatistics.PhyCounters> phys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            phys.add(new WlanStatistics.PhyCounters(longs(b, STATS_PHYS + i * PHY_STATS_SIZE,
                    WlanStatistics.PHY_COUNTERS)));
        }
        return new WlanStatistics(b.getLong(STATS_HANDSHAKE_FAILURES), b.getLong(STATS_TKIP_COUNTERMEASURES),
                new WlanStatistics.MacCounters(longs(b, STATS_UNICAST, WlanStatistics.MAC_COUNTERS)),
                new WlanStatistics.MacCounters(longs(b, STATS_MULTICAST, WlanStatistics.MAC_COUNTERS)), phys);
    }

    private static long[] longs(ByteBuffer b, int at, int count) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = b.getLong(at + 8 * i);
        }
        return values;
    }

    /** A {@code ULONG} or {@code LONG} a query returned: at least four bytes of it. */
    static int int32(String function, long address, int size) {
        return view(address, requireSize(function, "the value", size, Integer.BYTES)).getInt(0);
    }

    /**
     * A {@code WLAN_MSM_NOTIFICATION_DATA} copied from a notification, or null if {@code data} is
     * too short to hold one.
     *
     * @throws IllegalStateException if the data is malformed (an SSID longer than 32 bytes)
     */
    static MsmNotification msmNotification(byte[] data) {
        if (data.length < MSM_SIZE) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        return new MsmNotification(b.getInt(MSM_MODE), string(b, MSM_PROFILE),
                ssid("WLAN_NOTIFICATION_DATA", b, MSM_SSID), b.getInt(MSM_BSS_TYPE),
                MacAddress.of(Arrays.copyOfRange(data, MSM_PEER, MSM_PEER + 6)), b.getInt(MSM_SECURITY) != 0,
                b.getInt(MSM_FIRST_PEER) != 0, b.getInt(MSM_LAST_PEER) != 0, b.getInt(MSM_REASON));
    }

    /**
     * The profile name of a connection notification's data, however short or malformed the rest:
     * null if the data ends before the name does (its NUL, or its 256 characters).
     */
    static String connectionNotificationProfile(byte[] data) {
        int available = Math.max(0, Math.min(NAME_CHARS, (data.length - CN_PROFILE) / 2));
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < available; n++) {
            if (b.getChar(CN_PROFILE + 2 * n) == 0) {
                return string(b, CN_PROFILE);
            }
        }
        return available == NAME_CHARS ? string(b, CN_PROFILE) : null;
    }

    /** The little-endian {@code DWORD} at {@code at} of a notification's data. */
    static int dword(byte[] data, int at) {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
    }

    /** {@code text} as NUL-terminated UTF-16, for an {@code LPCWSTR} argument. */
    static char[] wide(String text) {
        char[] chars = new char[text.length() + 1];
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }

    /**
     * A {@code WLAN_CONNECTION_PARAMETERS} for {@code WlanConnect}: connection mode, the profile's
     * name or XML, the BSS type, and where {@code bssids} has any, a {@code DOT11_BSSID_LIST} of
     * them; no SSID (the profile names the network) and no flags (Windows ignores
     * {@code WLAN_CONNECTION_HIDDEN_NETWORK} when a profile is given: its {@code nonBroadcast}
     * decides). The returned memory holds the list and the string too, so they live as long as
     * the structure.
     */
    static Memory connectionParameters(int mode, String profile, int bssType, List<MacAddress> bssids) {
        int listAt = (CP_SIZE + 7) & ~7;
        int listSize = bssids.isEmpty() ? 0 : Math.max(BSSIDS_SIZE, BSSIDS_ITEMS + 6 * bssids.size());
        int stringAt = (listAt + listSize + 7) & ~7;
        Memory m = new Memory(stringAt + 2L * (profile.length() + 1));
        m.clear();
        m.setInt(CP_MODE, mode);
        m.setPointer(CP_PROFILE, m.share(stringAt));
        m.setInt(CP_BSS_TYPE, bssType);
        if (!bssids.isEmpty()) {
            m.setByte(listAt + BSSIDS_HEADER, (byte) NDIS_OBJECT_TYPE_DEFAULT);
            m.setByte(listAt + BSSIDS_HEADER + 1, (byte) DOT11_BSSID_LIST_REVISION_1);
            m.setShort(listAt + BSSIDS_HEADER + 2, (short) BSSIDS_SIZE);
            m.setInt(listAt + BSSIDS_COUNT, bssids.size());
            m.setInt(listAt + BSSIDS_TOTAL, bssids.size());
            for (int i = 0; i < bssids.size(); i++) {
                m.write(listAt + BSSIDS_ITEMS + 6L * i, bssids.get(i).toBytes(), 0, 6);
            }
            m.setPointer(CP_BSSID_LIST, m.share(listAt));
        }
        putWide(m, stringAt, profile);
        return m;
    }

    /**
     * Writes {@code text} at {@code at} as UTF-16 code units, two bytes each as Windows' WCHAR
     * (not JNA's {@code char[]} write, which uses the platform's {@code wchar_t}: four bytes on
     * Linux); the NUL after it is the memory's, cleared by the caller.
     */
    private static void putWide(Memory m, long at, String text) {
        for (int i = 0; i < text.length(); i++) {
            m.setShort(at + 2L * i, (short) text.charAt(i));
        }
    }

    /**
     * An array of {@code LPCWSTR}, each pointing to its name as NUL-terminated UTF-16 (two bytes
     * a character) in the same memory, for {@code WlanSetProfileList}.
     */
    static Memory wideStringArray(List<String> strings) {
        long at = (long) Native.POINTER_SIZE * strings.size();
        long size = at;
        for (String s : strings) {
            size += 2L * (s.length() + 1);
        }
        Memory m = new Memory(size);
        m.clear();
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            m.setPointer((long) Native.POINTER_SIZE * i, m.share(at));
            putWide(m, at, s);
            at += 2L * (s.length() + 1);
        }
        return m;
    }

    /** A {@code WLAN_PHY_RADIO_STATE} setting one PHY's software switch ({@code dot11_radio_state_on} 1, off 2). */
    static Memory phyRadioState(int phyIndex, boolean on) {
        Memory m = new Memory(PHY_RADIO_SIZE);
        m.clear();
        m.setInt(PHY_RADIO_INDEX, phyIndex);
        m.setInt(PHY_RADIO_SOFTWARE, on ? 1 : 2);
        return m;
    }

    private static int count(String function, String field, int count, int max) {
        if (count < 0 || count > max) {
            throw malformed(function, field, Integer.toUnsignedLong(count), "0 to " + max);
        }
        return count;
    }

    private static int requireSize(String function, String struct, int size, int needed) {
        if (Integer.toUnsignedLong(size) < needed) {
            throw malformed(function, "the size of " + struct, Integer.toUnsignedLong(size), "at least " + needed);
        }
        return needed;
    }

    private static Ssid ssid(String function, ByteBuffer b, int at) {
        int length = b.getInt(at + SSID_LENGTH);
        if (length < 0 || length > Ssid.MAX_LENGTH) {
            throw malformed(function, "DOT11_SSID.uSSIDLength", Integer.toUnsignedLong(length), "0 to 32");
        }
        byte[] bytes = new byte[length];
        b.position(at + SSID_BYTES);
        b.get(bytes);
        return Ssid.wrap(bytes);
    }

    private static MacAddress mac(ByteBuffer b, int at) {
        long bits = 0;
        for (int i = 0; i < 6; i++) {
            bits = bits << 8 | (b.get(at + i) & 0xFF);
        }
        return MacAddress.ofBits(bits);
    }

    /** A {@code WCHAR[256]}: up to its first NUL, or all 256 characters if it has none. */
    private static String string(ByteBuffer b, int at) {
        int n = nulAt(b, at);
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = b.getChar(at + 2 * i);
        }
        return new String(chars);
    }

    static IllegalStateException malformed(String function, String field, Object value, String expected) {
        return new IllegalStateException(function + " returned a malformed buffer: " + field + " is " + value
                + ", expected " + expected);
    }
}
