package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.ptr.IntByReference;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The adapter behind a WLAN interface, for each {@link Binding}: iphlpapi's
 * {@code GetAdaptersAddresses} read from a buffer the library sizes, the interface found by its
 * GUID, its MAC address, its IPv4 address once connected (the provisioning flow's wait), and the
 * JDK's {@link NetworkInterface} for it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class AdapterContractTest extends OperationsSuite {
    private static final MacAddress MAC = MacAddress.parse("02:12:34:56:78:9a");

    AdapterContractTest(Binding binding) {
        super(binding);
    }

    @BeforeEach
    void backendAdapters() {
        assumeBackendAdapters();
    }

    /** The loopback interface's index: its NetworkInterface is one the JDK lists on any machine. */
    private static int loopbackIndex() throws Exception {
        return NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress()).getIndex();
    }

    @Test
    void theAdapterHasItsMacAndGetsItsAddressOnceConnected() throws Exception {
        Inet4Address dhcp = (Inet4Address) InetAddress.getByName("192.168.4.2");
        backend.adapter(IFACE, MAC, loopbackIndex(), dhcp);

        WlanAdapter before = wlan.adapter(IFACE).orElseThrow();
        assertEquals(IFACE, before.guid());
        assertEquals(MAC, before.macAddress());
        assertEquals("Wi-Fi", before.description());
        assertFalse(before.isUp());
        assertEquals(List.of(), before.addresses());
        assertFalse(before.ipv4Address().isPresent());

        done(wlan.connect(IFACE, HOME_PROFILE));
        assertEquals(dhcp, wlan.awaitIpv4Address(IFACE, Duration.ofSeconds(10)));
        WlanAdapter after = wlan.adapter(IFACE).orElseThrow();
        assertTrue(after.isUp());
        assertEquals(List.of(dhcp), after.addresses());
        NetworkInterface jdk = after.networkInterface().orElseThrow();
        assertEquals(loopbackIndex(), jdk.getIndex(), "found by its index: " + jdk);
    }

    @Test
    void anInterfaceWithoutAnAdapterHasNone() throws Exception {
        assertFalse(wlan.adapter(IFACE).isPresent(), "no adapter at all: ERROR_NO_DATA is an empty list");
        backend.adapter(IFACE, MAC, 7, null);
        assertFalse(wlan.adapter(OTHER).isPresent());
        assertEquals(7, wlan.adapter(IFACE).orElseThrow().index());
    }

    @Test
    void waitingForAnAddressEndsTypedAtItsDeadline() throws Exception {
        backend.adapter(IFACE, MAC, 7, null);
        done(wlan.connect(IFACE, HOME_PROFILE)); // connected, but DHCP never answers

        WlanTimeoutException e = assertThrows(WlanTimeoutException.class,
                () -> wlan.awaitIpv4Address(IFACE, Duration.ofMillis(120)));
        assertTrue(e.isLibraryWait());
        assertTrue(e.getMessage().contains(IFACE.toString()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> wlan.awaitIpv4Address(IFACE, Duration.ZERO));
    }

    /** The list grew between the size query and the read: the library asks again with the size it was told. */
    @Test
    void aBufferTooSmallIsGrownToTheSizeTheServiceAsksFor() throws Exception {
        backend.adapter(IFACE, MAC, 7, null);
        backend.adapter(OTHER, MacAddress.parse("02:00:00:00:00:02"), 8, null);
        List<Integer> sizes = new ArrayList<>();
        WlanApi shrunk = intercepted(api, (m, args) -> {
            if (m.getName().equals("GetAdaptersAddresses")) {
                IntByReference size = (IntByReference) args[4];
                if (sizes.isEmpty()) {
                    size.setValue(64); // as if the first buffer had been this small
                }
                sizes.add(size.getValue());
            }
        });
        try (WlanClient c = WlanClient.open(shrunk)) {
            assertEquals(MAC, c.adapter(IFACE).orElseThrow().macAddress());
        }
        assertEquals(2, sizes.size(), "one refused call, then one with the size it needs: " + sizes);
        assertTrue(sizes.get(1) > 64, sizes.toString());
    }

    @Test
    void aClosedClientRefusesAndBadArgumentsAreRefusedFirst() {
        assertThrows(NullPointerException.class, () -> wlan.adapter(null));
        wlan.close();
        assertThrows(IllegalStateException.class, () -> wlan.adapter(IFACE));
    }
}
