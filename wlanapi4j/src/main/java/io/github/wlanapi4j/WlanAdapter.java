package io.github.wlanapi4j;

import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The network adapter behind a WLAN interface, as iphlpapi's {@code GetAdaptersAddresses} lists
 * it: its MAC address, names, whether it is up, and its IP addresses; and the JDK's
 * {@link NetworkInterface} for it, to bind sockets to it.
 *
 * <pre>{@code
 * WlanAdapter adapter = wlan.adapter(iface).orElseThrow();
 * System.out.println(adapter.friendlyName() + " " + adapter.macAddress() + " " + adapter.addresses());
 * }</pre>
 *
 * <p>A snapshot: ask {@link WlanClient#adapter(UUID)} again for fresh addresses.
 */
public final class WlanAdapter {
    private final UUID guid;
    private final int index;
    private final String friendlyName;
    private final String description;
    private final MacAddress macAddress;
    private final boolean up;
    private final List<InetAddress> addresses;

    WlanAdapter(UUID guid, int index, String friendlyName, String description, MacAddress macAddress, boolean up,
            List<InetAddress> addresses) {
        this.guid = guid;
        this.index = index;
        this.friendlyName = friendlyName;
        this.description = description;
        this.macAddress = macAddress;
        this.up = up;
        this.addresses = Collections.unmodifiableList(addresses);
    }

    /**
     * Returns the adapter's GUID: the WLAN interface's.
     *
     * @return the GUID
     */
    public UUID guid() {
        return guid;
    }

    /**
     * Returns the interface index ({@code IfIndex}), as {@code route print} and
     * {@link NetworkInterface#getIndex()} number interfaces.
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * Returns the name Windows shows, such as "Wi-Fi".
     *
     * @return the friendly name
     */
    public String friendlyName() {
        return friendlyName;
    }

    /**
     * Returns the adapter's description, such as "Intel(R) Wi-Fi 6E AX211 160MHz".
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the adapter's MAC address (the one in use, which may be a random one per network).
     *
     * @return the MAC address
     */
    public MacAddress macAddress() {
        return macAddress;
    }

    /**
     * Returns whether the adapter is up ({@code IfOperStatusUp}): connected, able to pass packets.
     *
     * @return true if up
     */
    public boolean isUp() {
        return up;
    }

    /**
     * Returns the adapter's unicast addresses in use, IPv4 and IPv6, in the order Windows lists
     * them: not one still being checked for duplicates (tentative) or that another host has.
     *
     * @return the addresses (an immutable list)
     */
    public List<InetAddress> addresses() {
        return addresses;
    }

    /**
     * Returns the adapter's IPv4 address, if it has one that DHCP or a static setting gave it:
     * not a link-local 169.254.x.x, which Windows assigns itself when DHCP does not answer.
     *
     * @return the address, or empty
     */
    public Optional<Inet4Address> ipv4Address() {
        for (InetAddress a : addresses) {
            if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
                return Optional.of((Inet4Address) a);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the JDK's interface for this adapter: the one with its index whose hardware address
     * is its MAC address (or has none), else the one with its MAC address.
     *
     * @return the interface, or empty if the JDK does not list it (an adapter that is down, say)
     * @throws java.io.UncheckedIOException if the JDK cannot list the interfaces
     */
    public Optional<NetworkInterface> networkInterface() {
        try {
            NetworkInterface byIndex = NetworkInterface.getByIndex(index);
            if (byIndex != null && matches(byIndex.getHardwareAddress(), true)) {
                return Optional.of(byIndex);
            }
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (matches(n.getHardwareAddress(), false)) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean matches(byte[] hardware, boolean orNone) {
        return hardware == null || hardware.length == 0 ? orNone : Arrays.equals(hardware, macAddress.toBytes());
    }

    /** Two snapshots are equal when every field is: the same adapter, with the same addresses and state. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WlanAdapter)) {
            return false;
        }
        WlanAdapter a = (WlanAdapter) o;
        return guid.equals(a.guid) && index == a.index && friendlyName.equals(a.friendlyName)
                && description.equals(a.description) && macAddress.equals(a.macAddress) && up == a.up
                && addresses.equals(a.addresses);
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(guid, index, macAddress, addresses);
    }

    /** For example {@code WlanAdapter[Wi-Fi, 02:11:22:33:44:55, index 12, up, [/192.168.4.2]]}. */
    @Override
    public String toString() {
        return "WlanAdapter[" + friendlyName + ", " + macAddress + ", index " + index + (up ? ", up" : ", down") + ", "
                + addresses + "]";
    }
}
