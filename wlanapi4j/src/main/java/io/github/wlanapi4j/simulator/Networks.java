package io.github.wlanapi4j.simulator;

import io.github.wlanapi4j.AuthAlgorithm;
import io.github.wlanapi4j.AvailableNetwork;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.CipherAlgorithm;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.PhyType;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.ie.Pmf;
import io.github.wlanapi4j.ie.Security;
import io.github.wlanapi4j.ie.SecurityMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an interface's radio world shows, derived from the BSSs a test put in range: the network
 * list ({@code WlanGetAvailableNetworkList}) and the BSS a connect joins. One place, so that the
 * list, a connect and the connection agree.
 */
final class Networks {
    private Networks() {}

    /** A network as the list shows it, and whether the interface is connected to it. */
    static final class Shown {
        final AvailableNetwork network;
        final boolean connected;

        Shown(AvailableNetwork network, boolean connected) {
            this.network = network;
            this.connected = connected;
        }
    }

    /** A stored profile as the network list matches it: its name, its network's SSID and what it asks ({@link ProfileXml#asks}). */
    static final class Stored {
        final String name;
        final Ssid ssid;
        final int asks;

        Stored(String name, Ssid ssid, int asks) {
            this.name = name;
            this.ssid = ssid;
            this.asks = asks;
        }
    }

    /**
     * The network list: the networks a test added, then one for each SSID (and BSS type) its BSSs
     * carry that no added network has, in the order first seen: its strongest BSS's link quality,
     * its BSS count, its PHY types, its security as its first BSS advertises it. As on Windows, such
     * a network is listed once for each stored profile of its SSID whose security its first BSS
     * offers, with that profile's name, and once under the connection's profile if it was joined
     * with another (a temporary one); or once without a profile if none of these is. The connected flag
     * follows {@code connection} (null: none), whatever a test set: a network made from BSSs is the
     * connected one if the connection's BSS is among them (a hidden one too) and the entry is the
     * connection's profile's or has none; an added one if it has the connection's SSID and BSS
     * type, and its profile where it names one.
     */
    static List<Shown> shown(List<AvailableNetwork> added, List<BssEntry> inRange, Connection connection,
            List<Stored> profiles) {
        List<Shown> list = new ArrayList<>();
        Set<Ssid> listed = new HashSet<>();
        for (AvailableNetwork n : added) {
            listed.add(n.ssid());
            boolean connected = connection != null && n.ssid().equals(connection.ssid())
                    && n.bssTypeCode() == connection.bssType().code()
                    && (n.profileName().isEmpty() || n.profileName().equals(connection.profileName()));
            list.add(new Shown(n, connected));
        }
        Map<List<Object>, List<BssEntry>> networks = new LinkedHashMap<>(); // by SSID and BSS type
        for (BssEntry b : inRange) {
            if (!listed.contains(b.ssid())) {
                networks.computeIfAbsent(List.of(b.ssid(), b.bssTypeCode()), k -> new ArrayList<>()).add(b);
            }
        }
        for (List<BssEntry> bss : networks.values()) {
            boolean joined = connection != null && bss.stream().anyMatch(b -> b.bssid().equals(connection.bssid()));
            int ways = offered(bss.get(0));
            List<String> names = new ArrayList<>();
            for (Stored p : profiles) {
                if (p.ssid.equals(bss.get(0).ssid()) && (p.asks == ANY || (ways & p.asks) != 0)) {
                    names.add(p.name);
                }
            }
            if (joined && !names.contains(connection.profileName())) {
                names.add(connection.profileName()); // joined with a temporary profile: listed under its name
            }
            if (names.isEmpty()) {
                names.add("");
            }
            AvailableNetwork.Builder network = derived(bss);
            for (String name : names) {
                boolean connected = joined && (name.isEmpty() || name.equals(connection.profileName()));
                list.add(new Shown(network.profileName(name).build(), connected));
            }
        }
        return list;
    }

    private static AvailableNetwork.Builder derived(List<BssEntry> bss) {
        BssEntry first = bss.get(0);
        int quality = 0;
        Set<PhyType> phys = new LinkedHashSet<>();
        for (BssEntry b : bss) {
            quality = Math.max(quality, b.linkQuality());
            if (phys.size() < 8) {
                phys.add(b.phyType());
            }
        }
        AvailableNetwork.Builder n = AvailableNetwork.builder(first.ssid()).bssType(first.bssType())
                .bssCount(bss.size()).signalQuality(quality).phyTypes(phys.toArray(new PhyType[0]));
        SecurityMode mode = first.security().mode();
        switch (mode) {
            case OPEN:
                return n;
            case WEP:
                return n.security(AuthAlgorithm.OPEN, CipherAlgorithm.WEP);
            case WPA_PERSONAL:
                return n.security(AuthAlgorithm.WPA_PSK, CipherAlgorithm.TKIP);
            case WPA_ENTERPRISE:
                return n.security(AuthAlgorithm.WPA, CipherAlgorithm.TKIP);
            case WPA2_PERSONAL:
                return n.security(AuthAlgorithm.RSNA_PSK, CipherAlgorithm.CCMP);
            case WPA3_PERSONAL:
            case WPA3_TRANSITION:
                return n.security(AuthAlgorithm.WPA3_SAE, CipherAlgorithm.CCMP);
            case WPA3_ENTERPRISE:
                return n.security(AuthAlgorithm.WPA3_ENTERPRISE, CipherAlgorithm.CCMP);
            case WPA3_ENTERPRISE_192:
                return n.security(AuthAlgorithm.WPA3_ENTERPRISE_192, CipherAlgorithm.GCMP_256);
            case OWE:
                return n.security(AuthAlgorithm.OWE, CipherAlgorithm.CCMP);
            default: // WPA2_ENTERPRISE, and an RSN element with AKMs no name covers
                return n.security(AuthAlgorithm.RSNA, CipherAlgorithm.CCMP);
        }
    }

    /**
     * The BSS a connect to {@code ssid} joins when no BSSID list names one: the strongest (RSSI)
     * of those in range with the SSID (or, for a hidden network's profile, with an empty SSID), a
     * BSS type the connect accepts (3: any) and the security the profile asks for ({@link
     * ProfileXml#asks}); null if none is in range.
     */
    static BssEntry joins(List<BssEntry> inRange, Ssid ssid, boolean hidden, int bssType, int asks) {
        BssEntry best = null;
        for (BssEntry b : inRange) {
            boolean type = bssType == 3 || b.bssTypeCode() == bssType;
            if (ofNetwork(b, ssid, hidden) && type && offers(b, asks) && (best == null || b.rssi() > best.rssi())) {
                best = b;
            }
        }
        return best;
    }

    /**
     * The BSS a desired BSSID list names for a connect: the first listed that is in range, of the
     * profile's network ({@link #ofNetwork}) and offers its security; null if none is.
     */
    static MacAddress named(List<BssEntry> inRange, List<MacAddress> listed, Ssid ssid, boolean hidden, int asks) {
        for (MacAddress want : listed) {
            for (BssEntry b : inRange) {
                if (b.bssid().equals(want) && ofNetwork(b, ssid, hidden) && offers(b, asks)) {
                    return want;
                }
            }
        }
        return null;
    }

    // A way of joining, as a bit: what a profile asks for, and what a network offers. Windows
    // joins a BSS only with a profile whose security the BSS offers: a WPA2-Personal profile does
    // not join an open or a WPA3-only network; it fails with NETWORK_NOT_AVAILABLE, the code
    // Microsoft's reason-code table gives for a profile asking for what the network lacks. The C
    // stand-in (security_asks, security_offers) holds the same table.
    static final int OPEN = 1;
    static final int WEP = 1 << 1;
    static final int WPA = 1 << 2;
    static final int WPA_PSK = 1 << 3;
    static final int WPA2 = 1 << 4;
    static final int WPA2_PSK = 1 << 5;
    static final int SAE = 1 << 6;
    static final int WPA3_ENTERPRISE = 1 << 7;
    static final int SUITE_B = 1 << 8;
    static final int OWE = 1 << 9;
    /** A profile whose security the table does not know: refused by no network. */
    static final int ANY = -1;

    /**
     * The way in an authentication stands for (open: WEP with a WEP cipher); {@link #ANY} for one
     * the table does not know. What a profile asks ({@link ProfileXml#asks}) and what a network a
     * test added offers are both read through it.
     */
    static int way(AuthAlgorithm auth, CipherAlgorithm cipher) {
        switch (auth) {
            case OPEN:
                return cipher == CipherAlgorithm.WEP || cipher == CipherAlgorithm.WEP40 || cipher == CipherAlgorithm.WEP104
                        ? WEP : OPEN;
            case SHARED_KEY:
                return WEP;
            case WPA:
                return WPA;
            case WPA_PSK:
                return WPA_PSK;
            case RSNA:
                return WPA2;
            case RSNA_PSK:
                return WPA2_PSK;
            case WPA3_SAE:
                return SAE;
            case WPA3_ENTERPRISE:
                return WPA3_ENTERPRISE;
            case WPA3_ENTERPRISE_192:
                return SUITE_B;
            case OWE:
                return OWE;
            default:
                return ANY;
        }
    }

    /**
     * Whether a BSS offers what a profile asks ({@link ProfileXml#asks}), as its elements advertise: no RSN
     * or WPA element makes it open, or WEP with the privacy bit; otherwise each AKM it lists is a
     * way in (an 802.1X AKM is WPA3-Enterprise too where PMF is required).
     */
    static boolean offers(BssEntry b, int asks) {
        return asks == ANY || (offered(b) & asks) != 0;
    }

    private static final int RSN_ELEMENT = 48;

    /** The ways in a BSS offers: each AKM of its element's own kind (00-0F-AC in RSN, 00-50-F2 in WPA). */
    private static int offered(BssEntry b) {
        Security s = b.security();
        // The suites are the RSN element's where there is one, else the WPA element's (as security() reads them).
        boolean rsn = b.elements().elements().stream().anyMatch(e -> e.id() == RSN_ELEMENT);
        if (s.mode() == SecurityMode.OPEN) {
            return OPEN;
        }
        if (s.mode() == SecurityMode.WEP) {
            return WEP;
        }
        int ways = 0;
        for (int akm : s.akmSuites()) {
            if (!rsn && akm == Security.WPA_AKM_8021X) {
                ways |= WPA;
            } else if (!rsn && akm == Security.WPA_AKM_PSK) {
                ways |= WPA_PSK;
            } else if (rsn && akm >>> 8 == 0x000FAC) {
                switch (akm & 0xFF) {
                    case 2: case 4: case 6:
                        ways |= WPA2_PSK;
                        break;
                    case 8: case 9: case 24: case 25:
                        ways |= SAE;
                        break;
                    case 1: case 3: case 5: case 11: case 23:
                        ways |= WPA2 | (s.pmf() == Pmf.REQUIRED ? WPA3_ENTERPRISE : 0);
                        break;
                    case 12: case 13:
                        ways |= SUITE_B;
                        break;
                    case 18:
                        ways |= OWE;
                        break;
                    default:
                        break;
                }
            }
        }
        return ways;
    }

    /**
     * Whether a network a test added (with no BSS to read) offers what a profile asks, by its
     * default security; a WPA3-Enterprise network takes WPA2-Enterprise profiles too.
     */
    static boolean offers(AvailableNetwork n, int asks) {
        int ways = way(n.auth(), n.cipher()) | (n.auth() == AuthAlgorithm.WPA3_ENTERPRISE ? WPA2 : 0);
        return asks == ANY || (ways & asks) != 0;
    }

    /** Whether {@code b} is of a profile's network: its SSID, or an empty one for a hidden network's profile. */
    static boolean ofNetwork(BssEntry b, Ssid ssid, boolean hidden) {
        return b.ssid().equals(ssid) || (hidden && b.ssid().length() == 0);
    }

    /**
     * Whether a test added a network with {@code ssid} that offers what a profile asks (a network
     * with no BSS defined is in range too).
     */
    static boolean added(List<AvailableNetwork> added, Ssid ssid, int asks) {
        for (AvailableNetwork n : added) {
            if (n.ssid().equals(ssid) && offers(n, asks)) {
                return true;
            }
        }
        return false;
    }
}
