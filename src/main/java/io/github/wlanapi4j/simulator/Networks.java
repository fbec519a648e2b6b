package io.github.wlanapi4j.simulator;

import io.github.wlanapi4j.AuthAlgorithm;
import io.github.wlanapi4j.AvailableNetwork;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.CipherAlgorithm;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.PhyType;
import io.github.wlanapi4j.Ssid;
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

    /**
     * The network list: the networks a test added, then one for each SSID (and BSS type) its BSSs
     * carry that no added network has, in the order first seen: its strongest BSS's link quality,
     * its BSS count, its PHY types, its security as its first BSS advertises it. The connected
     * flag follows {@code connection} (null: none), whatever a test set: a network made from BSSs
     * is the connected one if the connection's BSS is among them (a hidden one too); an added one
     * if it has the connection's SSID and BSS type, and its profile where it names one.
     */
    static List<Shown> shown(List<AvailableNetwork> added, List<BssEntry> inRange, Connection connection) {
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
            boolean connected = connection != null && bss.stream().anyMatch(b -> b.bssid().equals(connection.bssid()));
            list.add(new Shown(derived(bss), connected));
        }
        return list;
    }

    private static AvailableNetwork derived(List<BssEntry> bss) {
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
                return n.build();
            case WEP:
                return n.security(AuthAlgorithm.OPEN, CipherAlgorithm.WEP).build();
            case WPA_PERSONAL:
                return n.security(AuthAlgorithm.WPA_PSK, CipherAlgorithm.TKIP).build();
            case WPA_ENTERPRISE:
                return n.security(AuthAlgorithm.WPA, CipherAlgorithm.TKIP).build();
            case WPA2_PERSONAL:
                return n.security(AuthAlgorithm.RSNA_PSK, CipherAlgorithm.CCMP).build();
            case WPA3_PERSONAL:
            case WPA3_TRANSITION:
                return n.security(AuthAlgorithm.WPA3_SAE, CipherAlgorithm.CCMP).build();
            case WPA3_ENTERPRISE:
                return n.security(AuthAlgorithm.WPA3_ENTERPRISE, CipherAlgorithm.CCMP).build();
            case WPA3_ENTERPRISE_192:
                return n.security(AuthAlgorithm.WPA3_ENTERPRISE_192, CipherAlgorithm.GCMP_256).build();
            case OWE:
                return n.security(AuthAlgorithm.OWE, CipherAlgorithm.CCMP).build();
            default: // WPA2_ENTERPRISE, and an RSN element with AKMs no name covers
                return n.security(AuthAlgorithm.RSNA, CipherAlgorithm.CCMP).build();
        }
    }

    /**
     * The BSS a connect to {@code ssid} joins when no BSSID list names one: the strongest (RSSI)
     * of those in range with the SSID (or, for a hidden network's profile, with an empty SSID) and
     * a BSS type the connect accepts (3: any); null if none is in range.
     */
    static BssEntry joins(List<BssEntry> inRange, Ssid ssid, boolean hidden, int bssType) {
        BssEntry best = null;
        for (BssEntry b : inRange) {
            boolean type = bssType == 3 || b.bssTypeCode() == bssType;
            if (ofNetwork(b, ssid, hidden) && type && (best == null || b.rssi() > best.rssi())) {
                best = b;
            }
        }
        return best;
    }

    /** Whether {@code b} is of a profile's network: its SSID, or an empty one for a hidden network's profile. */
    static boolean ofNetwork(BssEntry b, Ssid ssid, boolean hidden) {
        return b.ssid().equals(ssid) || (hidden && b.ssid().length() == 0);
    }

    /** Whether a test added a network with {@code ssid} (a network with no BSS defined is in range too). */
    static boolean added(List<AvailableNetwork> added, Ssid ssid) {
        for (AvailableNetwork n : added) {
            if (n.ssid().equals(ssid)) {
                return true;
            }
        }
        return false;
    }
}
