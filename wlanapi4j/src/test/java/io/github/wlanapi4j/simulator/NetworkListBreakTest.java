package io.github.wlanapi4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wlanapi4j.AvailableNetwork;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.InterfaceState;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.WlanClient;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.WlanProfile;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Adversarial review of the simulator's network list (Networks.shown): one entry per fitting profile. */
class NetworkListBreakTest {
    static final UUID IFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    static final Ssid HOME = Ssid.of("Home");
    static final byte[] RSN_PSK = {48, 20, 1, 0, 0, 0x0F, (byte) 0xAC, 4, 1, 0, 0, 0x0F, (byte) 0xAC, 4, 1, 0, 0,
        0x0F, (byte) 0xAC, 2, 0, 0};

    final WlanSimulator sim = new WlanSimulator();

    @AfterEach
    void close() {
        sim.close();
    }

    /**
     * DEFECT: Networks.shown flags a BSS-made network connected only on the entry of the
     * connection's profile or on a profile-less entry; a network with a stored profile that fits
     * gets no profile-less entry. So after a connect with a temporary profile (of another name)
     * the list shows the network the interface is connected to, but no entry of it is connected
     * (and the CLI's `networks` shows no network in use). The connected network should have an
     * entry flagged connected (as Windows' WLAN_AVAILABLE_NETWORK_CONNECTED).
     */
    @Test
    void aNetworkJoinedWithATemporaryProfileIsListedConnected() throws Exception {
        sim.addInterface(new WlanInterface(IFACE, "Wi-Fi", InterfaceState.DISCONNECTED))
                .addBss(IFACE, BssEntry.builder(HOME, MacAddress.parse("02:aa:00:00:00:01")).rssi(-44)
                        .capabilityInformation(0x0011).informationElements(RSN_PSK).build());
        try (WlanClient wlan = WlanClient.open(sim)) {
            wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, "a passphrase").toXml(), false);
            wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, "a passphrase").named("Guest at Home"))
                    .get(10, TimeUnit.SECONDS);
            assertTrue(wlan.connection(IFACE).isPresent());

            List<AvailableNetwork> list = wlan.availableNetworks(IFACE);
            assertTrue(list.stream().anyMatch(n -> n.ssid().equals(HOME) && n.connected()), list.stream()
                    .map(n -> n.ssid() + ":" + n.profileName() + ":" + n.connected()).collect(Collectors.toList())
                    .toString());
        }
    }
}
