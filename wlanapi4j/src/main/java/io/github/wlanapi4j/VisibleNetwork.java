package io.github.wlanapi4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A network with the access points (BSSs) that carry it, strongest first: the join of
 * {@link WlanClient#availableNetworks} and {@link WlanClient#bssList} that
 * {@link WlanClient#visibleNetworks} makes.
 *
 * <pre>{@code
 * for (VisibleNetwork v : wlan.visibleNetworks(iface)) {
 *     System.out.println(v.network().ssid() + ": " + v.accessPoints().size() + " access points, best "
 *             + v.accessPoints().get(0).rssi() + " dBm");
 * }
 * }</pre>
 *
 * <p>A BSS belongs to a network when their SSID bytes, BSS type and security (the BSS's privacy
 * capability bit against the network's security flag) are the same: two networks of one SSID,
 * one open and one secured, each get their own access points, and a hidden network's BSSs (empty
 * SSID) go with the network Windows lists with the empty SSID. Windows lists a network once per
 * profile and once without one; each entry gets the same access points.
 */
public final class VisibleNetwork {
    /** The privacy bit of the capability information field (IEEE 802.11, 9.4.1.4). */
    private static final int PRIVACY = 0x0010;

    private final AvailableNetwork network;
    private final List<BssEntry> accessPoints;

    private VisibleNetwork(AvailableNetwork network, List<BssEntry> accessPoints) {
        this.network = network;
        this.accessPoints = Collections.unmodifiableList(accessPoints);
    }

    /** Each network with its BSSs, in the networks' order. */
    static List<VisibleNetwork> join(List<AvailableNetwork> networks, List<BssEntry> bss) {
        List<VisibleNetwork> joined = new ArrayList<>(networks.size());
        for (AvailableNetwork n : networks) {
            List<BssEntry> mine = new ArrayList<>();
            for (BssEntry b : bss) {
                if (carries(b, n)) {
                    mine.add(b);
                }
            }
            mine.sort(Comparator.comparingInt(BssEntry::rssi).reversed());
            joined.add(new VisibleNetwork(n, mine));
        }
        return Collections.unmodifiableList(joined);
    }

    private static boolean carries(BssEntry b, AvailableNetwork n) {
        return b.ssid().equals(n.ssid()) && b.bssTypeCode() == n.bssTypeCode()
                && ((b.capabilityInformation() & PRIVACY) != 0) == n.securityEnabled();
    }

    /**
     * Returns the network, as Windows lists it.
     *
     * @return the network
     */
    public AvailableNetwork network() {
        return network;
    }

    /**
     * Returns the network's access points, strongest (highest RSSI) first.
     *
     * @return the BSSs (an immutable list; empty if the last scan saw none, as for a profile of a
     *     hidden network Windows lists without its BSSs)
     */
    public List<BssEntry> accessPoints() {
        return accessPoints;
    }

    /** Equal when the network and its access points are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof VisibleNetwork && network.equals(((VisibleNetwork) o).network)
                && accessPoints.equals(((VisibleNetwork) o).accessPoints);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(network, accessPoints);
    }

    /** For example {@code VisibleNetwork[Home, 2 access points]}. */
    @Override
    public String toString() {
        return "VisibleNetwork[" + network.ssid() + ", " + accessPoints.size() + " access points]";
    }
}
