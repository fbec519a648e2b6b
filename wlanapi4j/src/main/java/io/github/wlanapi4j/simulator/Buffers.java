package io.github.wlanapi4j.simulator;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.wlanapi4j.AvailableNetwork;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.PhyType;
import io.github.wlanapi4j.RadioState;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.WlanInterface;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The buffers the simulated service hands out: the SDK's structures written into native memory
 * (its own declaration of the offsets, written from the SDK's {@code wlanapi.h}, independent of
 * the library's reader), and the accounting of {@code WlanFreeMemory}: what is outstanding, and
 * frees of addresses it never handed out or freed already. Guarded by the simulator's lock.
 */
final class Buffers {
    private static final int INTERFACE_SIZE = 532;
    private static final int NETWORK_SIZE = 628;
    private static final int BSS_SIZE = 360;
    private static final int CONNECTION_SIZE = 604;
    private static final int RADIO_SIZE = 772;
    private static final int PROFILE_SIZE = 516;
    private static final int CONNECTION_NOTIFICATION_SIZE = 572;
    private static final int MSM_NOTIFICATION_SIZE = 580;
    /** {@code WLAN_AVAILABLE_NETWORK_CONNECTED}. */
    private static final int FLAG_CONNECTED = 1;

    private final Map<Long, Memory> live = new HashMap<>();
    private final Map<Long, Boolean> freed = new HashMap<>();
    private int handedOut;
    private int unknownFrees;
    private int doubleFrees;

    int outstanding() {
        return live.size();
    }

    int handedOut() {
        return handedOut;
    }

    int unknownFrees() {
        return unknownFrees;
    }

    int doubleFrees() {
        return doubleFrees;
    }

    /** Frees what it handed out; counts anything else. */
    void free(Pointer p) {
        long address = Pointer.nativeValue(p);
        Memory m = live.remove(address);
        if (m != null) {
            m.close();
            freed.put(address, Boolean.TRUE);
        } else if (address != 0) {
            if (freed.containsKey(address)) {
                doubleFrees++;
            } else {
                unknownFrees++;
            }
        }
    }

    /** Frees everything still outstanding (the simulator is closing). */
    void freeAll() {
        live.values().forEach(Memory::close);
        live.clear();
    }

    private Memory allocate(long size) {
        Memory m = new Memory(Math.max(size, 8));
        m.clear();
        long address = Pointer.nativeValue(m);
        live.put(address, m);
        freed.remove(address); // a new buffer at a reused address
        handedOut++;
        return m;
    }

    private static ByteBuffer view(Memory m) {
        return m.getByteBuffer(0, m.size()).order(ByteOrder.nativeOrder());
    }

    Memory interfaceList(List<WlanInterface> interfaces) {
        Memory m = allocate(8 + (long) interfaces.size() * INTERFACE_SIZE);
        ByteBuffer b = view(m);
        b.putInt(0, interfaces.size());
        for (int i = 0; i < interfaces.size(); i++) {
            int at = 8 + i * INTERFACE_SIZE;
            WlanInterface w = interfaces.get(i);
            guid(b, at, w.guid());
            utf16(b, at + 16, w.description());
            b.putInt(at + 528, w.stateCode());
        }
        return m;
    }

    /** A {@code WLAN_AVAILABLE_NETWORK_LIST}, each network's connected flag as {@link Networks#shown} says. */
    Memory networkList(List<Networks.Shown> networks) {
        Memory m = allocate(8 + (long) networks.size() * NETWORK_SIZE);
        ByteBuffer b = view(m);
        b.putInt(0, networks.size());
        for (int i = 0; i < networks.size(); i++) {
            int at = 8 + i * NETWORK_SIZE;
            AvailableNetwork n = networks.get(i).network;
            utf16(b, at, n.profileName());
            ssid(b, at + 512, n.ssid());
            b.putInt(at + 548, n.bssTypeCode());
            b.putInt(at + 552, n.bssCount());
            b.putInt(at + 556, n.connectable() ? 1 : 0);
            b.putInt(at + 560, n.notConnectableReason());
            List<PhyType> phys = n.phyTypes();
            b.putInt(at + 564, phys.size());
            for (int p = 0; p < phys.size(); p++) {
                b.putInt(at + 568 + 4 * p, phys.get(p).code());
            }
            b.putInt(at + 604, n.signalQuality());
            b.putInt(at + 608, n.securityEnabled() ? 1 : 0);
            b.putInt(at + 612, n.authCode());
            b.putInt(at + 616, n.cipherCode());
            b.putInt(at + 620, n.flags() & ~FLAG_CONNECTED | (networks.get(i).connected ? FLAG_CONNECTED : 0));
        }
        return m;
    }

    /** Entries first, then each one's IEs; {@code ulIeOffset} counts from its entry, as Windows' does. */
    Memory bssList(List<BssEntry> entries) {
        long ies = 0;
        for (BssEntry e : entries) {
            ies += e.informationElementsLength();
        }
        long total = 8 + (long) entries.size() * BSS_SIZE + ies;
        Memory m = allocate(total);
        ByteBuffer b = view(m);
        b.putInt(0, (int) total);
        b.putInt(4, entries.size());
        int tail = 8 + entries.size() * BSS_SIZE;
        for (int i = 0; i < entries.size(); i++) {
            int at = 8 + i * BSS_SIZE;
            BssEntry e = entries.get(i);
            ssid(b, at, e.ssid());
            b.putInt(at + 36, e.phyId());
            mac(b, at + 40, e.bssid());
            b.putInt(at + 48, e.bssTypeCode());
            b.putInt(at + 52, e.phyTypeCode());
            b.putInt(at + 56, e.rssi());
            b.putInt(at + 60, e.linkQuality());
            b.put(at + 64, (byte) (e.inRegulatoryDomain() ? 1 : 0));
            b.putShort(at + 66, (short) e.beaconPeriod());
            b.putLong(at + 72, e.timestamp());
            b.putLong(at + 80, e.hostTimestamp());
            b.putShort(at + 88, (short) e.capabilityInformation());
            b.putInt(at + 92, e.centerFrequencyKhz());
            byte[] data = e.informationElements();
            b.putInt(at + 352, tail - at);
            b.putInt(at + 356, data.length);
            b.position(tail);
            b.put(data);
            tail += data.length;
        }
        return m;
    }

    Memory connection(Connection c) {
        Memory m = allocate(CONNECTION_SIZE);
        ByteBuffer b = view(m);
        b.putInt(0, c.stateCode());
        b.putInt(4, c.modeCode());
        utf16(b, 8, c.profileName());
        ssid(b, 520, c.ssid());
        b.putInt(556, c.bssTypeCode());
        mac(b, 560, c.bssid());
        b.putInt(568, c.phyTypeCode());
        b.putInt(572, c.phyIndex());
        b.putInt(576, c.signalQuality());
        b.putInt(580, c.rxRateKbps());
        b.putInt(584, c.txRateKbps());
        b.putInt(588, c.securityEnabled() ? 1 : 0);
        b.putInt(592, c.oneXEnabled() ? 1 : 0);
        b.putInt(596, c.authCode());
        b.putInt(600, c.cipherCode());
        return m;
    }

    Memory radio(RadioState r) {
        Memory m = allocate(RADIO_SIZE);
        ByteBuffer b = view(m);
        b.putInt(0, r.phyCount());
        for (int i = 0; i < r.phyCount(); i++) {
            int at = 4 + 12 * i;
            b.putInt(at, i);
            b.putInt(at + 4, r.softwareOn(i) ? 1 : 2);
            b.putInt(at + 8, r.hardwareOn(i) ? 1 : 2);
        }
        return m;
    }

    /** {@code WLAN_PROFILE_INFO_LIST}. */
    Memory profileList(List<String> names) {
        Memory m = allocate(8 + (long) names.size() * PROFILE_SIZE);
        ByteBuffer b = view(m);
        b.putInt(0, names.size());
        for (int i = 0; i < names.size(); i++) {
            utf16(b, 8 + i * PROFILE_SIZE, names.get(i));
        }
        return m;
    }

    /** A NUL-terminated UTF-16 string (profile XML). */
    Memory wideString(String s) {
        Memory m = allocate(2L * (s.length() + 1));
        for (int i = 0; i < s.length(); i++) {
            m.setShort(2L * i, (short) s.charAt(i)); // UTF-16 units, two bytes as Windows' WCHAR
        }
        return m;
    }

    /**
     * A {@code WLAN_CONNECTION_NOTIFICATION_DATA} (572 bytes, little-endian as on Windows), the
     * data of an ACM connection notification; not a handed-out buffer.
     */
    static byte[] connectionNotification(int mode, String profile, Ssid ssid, int bssType, boolean security,
            int reason) {
        ByteBuffer b = ByteBuffer.allocate(CONNECTION_NOTIFICATION_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, mode);
        utf16(b, 4, profile);
        ssid(b, 516, ssid);
        b.putInt(552, bssType);
        b.putInt(556, security ? 1 : 0);
        b.putInt(560, reason);
        return b.array();
    }

    /** A {@code WLAN_MSM_NOTIFICATION_DATA} (580 bytes): the connection, the access point, a reason. */
    static byte[] msmNotification(int mode, String profile, Ssid ssid, int bssType, MacAddress peer,
            boolean security, int reason) {
        ByteBuffer b = ByteBuffer.allocate(MSM_NOTIFICATION_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, mode);
        utf16(b, 4, profile);
        ssid(b, 516, ssid);
        b.putInt(552, bssType);
        mac(b, 556, peer);
        b.putInt(564, security ? 1 : 0);
        b.putInt(576, reason);
        return b.array();
    }

    /**
     * A {@code WLAN_INTERFACE_CAPABILITY} (276 bytes): a native driver with 802.11d, lists of 4
     * SSIDs and 8 BSSIDs, and the PHYs of Wi-Fi 4, 5 and 6, as the C stand-in's interfaces have.
     */
    Memory capability() {
        Memory m = allocate(276);
        m.clear();
        m.setInt(0, 1);           // wlan_interface_type_native_802_11
        m.setInt(4, 1);           // bDot11DSupported
        m.setInt(8, 4);           // dwMaxDesiredSsidListSize
        m.setInt(12, 8);          // dwMaxDesiredBssidListSize
        int[] phys = {PhyType.HT.code(), PhyType.VHT.code(), PhyType.HE.code()};
        m.setInt(16, phys.length);
        for (int i = 0; i < phys.length; i++) {
            m.setInt(20 + 4L * i, phys[i]);
        }
        return m;
    }

    /** A count, then {@code values} as {@code DWORD}s: a {@code WLAN_AUTH_CIPHER_PAIR_LIST} of pairs. */
    Memory ints(int count, int... values) {
        Memory m = allocate(4 + 4L * values.length);
        m.setInt(0, count);
        for (int i = 0; i < values.length; i++) {
            m.setInt(4 + 4L * i, values[i]);
        }
        return m;
    }

    /** A {@code WLAN_COUNTRY_OR_REGION_STRING_LIST}: a count, then three ASCII bytes each. */
    Memory countries(String... strings) {
        Memory m = allocate(4 + 3L * strings.length);
        m.setInt(0, strings.length);
        for (int i = 0; i < strings.length; i++) {
            m.write(4 + 3L * i, strings[i].getBytes(StandardCharsets.US_ASCII), 0, 3);
        }
        return m;
    }

    /**
     * A {@code WLAN_STATISTICS} of one PHY, each counter its own number as the C stand-in's: the
     * 27 leading {@code ULONGLONG}s 100 + k (the reserved one 0), the PHY's 18 counters 200 + k.
     */
    Memory statistics() {
        Memory m = allocate(224 + 144);
        for (int k = 0; k < 27; k++) {
            m.setLong(8L * k, k == 2 ? 0 : 100 + k);
        }
        m.setInt(216, 1);
        for (int k = 0; k < 18; k++) {
            m.setLong(224 + 8L * k, 200 + k);
        }
        return m;
    }

    /** A {@code ULONG}, or {@code LONG}, as a query's answer or a notification's data. */
    Memory int32(int value) {
        Memory m = allocate(4);
        m.setInt(0, value);
        return m;
    }

    /**
     * The BSSIDs of a {@code DOT11_BSSID_LIST} a caller passed (its own declaration of the layout:
     * an NDIS object header of type 0x80, revision 1 and size 20 at least, two counts, then six
     * bytes per BSSID), or null where the header or the counts are wrong.
     */
    static List<MacAddress> bssidList(Pointer p) {
        int type = p.getByte(0) & 0xFF;
        int revision = p.getByte(1) & 0xFF;
        int size = p.getShort(2) & 0xFFFF;
        int count = p.getInt(4);
        int total = p.getInt(8);
        if (type != 0x80 || revision != 1 || size < 20 || count <= 0 || count > total || count > 1024) {
            return null;
        }
        List<MacAddress> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(MacAddress.of(p.getByteArray(12 + 6L * i, 6)));
        }
        return list;
    }

    /** An adapter as the simulated iphlpapi lists it. */
    static final class Adapter {
        final UUID guid;
        final String description;
        final MacAddress mac;
        final int index;
        final boolean up;
        /** Its IPv4 address (4 bytes), or null. */
        final byte[] ipv4;

        Adapter(UUID guid, String description, MacAddress mac, int index, boolean up, byte[] ipv4) {
            this.guid = guid;
            this.description = description;
            this.mac = mac;
            this.index = index;
            this.up = up;
            this.ipv4 = ipv4;
        }
    }

    /**
     * Writes {@code GetAdaptersAddresses}' list into the caller's {@code buffer} of
     * {@code capacity} bytes (its own declaration of {@code IP_ADAPTER_ADDRESSES_LH}'s leading
     * fields, {@code IP_ADAPTER_UNICAST_ADDRESS_LH} and {@code SOCKADDR_IN}, pointers of the
     * platform's size), everything inside the buffer. Returns the size the list needs: where it
     * is more than {@code capacity}, nothing was written.
     */
    static int adapterList(Pointer buffer, long capacity, List<Adapter> adapters) {
        int ptr = Native.POINTER_SIZE;
        int adapterSize = align(36 + 9 * ptr + 4); // through OperStatus, as the SDK lays it out
        int unicastSize = align(16 + 3 * ptr + 4); // through DadState
        int nameSize = align(39);
        int needed = 0;
        for (Adapter a : adapters) {
            needed += adapterSize + nameSize + align(2 * (a.description.length() + 1))
                    + (a.ipv4 != null ? unicastSize + 16 : 0);
        }
        if (needed > capacity || buffer == null) {
            return needed;
        }
        buffer.setMemory(0, needed, (byte) 0);
        long at = 0;
        long previous = -1;
        for (Adapter a : adapters) {
            long entry = at;
            at += adapterSize;
            if (previous >= 0) {
                buffer.setPointer(previous + 8, buffer.share(entry));
            }
            previous = entry;
            buffer.setInt(entry, adapterSize);                                 // Length
            buffer.setInt(entry + 4, a.index);                                 // IfIndex
            byte[] name = ("{" + a.guid.toString().toUpperCase(Locale.ROOT) + "}").getBytes(StandardCharsets.US_ASCII);
            buffer.write(at, name, 0, name.length);
            buffer.setPointer(entry + 8 + ptr, buffer.share(at));              // AdapterName
            at += nameSize;
            for (int i = 0; i < a.description.length(); i++) {
                buffer.setShort(at + 2L * i, (short) a.description.charAt(i));
            }
            buffer.setPointer(entry + 8 + 7L * ptr, buffer.share(at));         // Description
            buffer.setPointer(entry + 8 + 8L * ptr, buffer.share(at));         // FriendlyName: the same text
            at += align(2 * (a.description.length() + 1));
            buffer.write(entry + 8 + 9L * ptr, a.mac.toBytes(), 0, 6);         // PhysicalAddress
            buffer.setInt(entry + 16 + 9L * ptr, 6);                           // PhysicalAddressLength
            buffer.setInt(entry + 28 + 9L * ptr, 71);                          // IfType: IF_TYPE_IEEE80211
            buffer.setInt(entry + 32 + 9L * ptr, a.up ? 1 : 2);                // OperStatus: up or down
            if (a.ipv4 != null) {
                long unicast = at;
                at += unicastSize;
                buffer.setInt(unicast, unicastSize);                           // Length
                buffer.setShort(at, (short) 2);                                // SOCKADDR_IN: AF_INET,
                buffer.write(at + 4, a.ipv4, 0, 4);                            // then the address at 4
                buffer.setPointer(unicast + 8 + ptr, buffer.share(at));        // Address.lpSockaddr
                buffer.setInt(unicast + 8 + 2L * ptr, 16);                     // Address.iSockaddrLength
                buffer.setInt(unicast + 16 + 3L * ptr, 4);                     // DadState: IpDadStatePreferred
                buffer.setPointer(entry + 8 + 2L * ptr, buffer.share(unicast)); // FirstUnicastAddress
                at += 16;
            }
        }
        return needed;
    }

    private static int align(int size) {
        return (size + 7) & ~7;
    }

    private static void guid(ByteBuffer b, int at, UUID u) {
        long msb = u.getMostSignificantBits();
        b.putInt(at, (int) (msb >>> 32));
        b.putShort(at + 4, (short) (msb >>> 16));
        b.putShort(at + 6, (short) msb);
        long lsb = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b.put(at + 8 + i, (byte) (lsb >>> (56 - 8 * i)));
        }
    }

    private static void utf16(ByteBuffer b, int at, String s) {
        byte[] chars = s.getBytes(b.order() == ByteOrder.LITTLE_ENDIAN ? StandardCharsets.UTF_16LE
                : StandardCharsets.UTF_16BE);
        b.position(at);
        b.put(chars, 0, Math.min(chars.length, 510)); // WCHAR[256] with its NUL; the rest is zero
    }

    private static void ssid(ByteBuffer b, int at, Ssid ssid) {
        byte[] bytes = ssid.bytes();
        b.putInt(at, bytes.length);
        b.position(at + 4);
        b.put(bytes);
    }

    private static void mac(ByteBuffer b, int at, MacAddress mac) {
        b.position(at);
        b.put(mac.toBytes());
    }
}
