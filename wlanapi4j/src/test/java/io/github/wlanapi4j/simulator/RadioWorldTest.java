package io.github.wlanapi4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wlanapi4j.AuthAlgorithm;
import io.github.wlanapi4j.AvailableNetwork;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.CipherAlgorithm;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.InterfaceState;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.WlanClient;
import io.github.wlanapi4j.WlanConnectionException;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.WlanProfile;
import io.github.wlanapi4j.WlanReasonCodes;
import io.github.wlanapi4j.WlanServiceNotActiveException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's radio world as one model (issue 22): the network list derives from the BSSs in
 * range, a connect reaches only what is in range and joins its strongest BSS, the connection
 * drives the list's connected flag, outcomes can be set per network, and a stopped service fails
 * the clients that were open. Each of these let wrong code pass before.
 */
class RadioWorldTest {
    static final UUID IFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    static final Ssid HOME = Ssid.of("Home");
    static final MacAddress HOME_FAR = MacAddress.parse("02:aa:00:00:00:01");
    static final MacAddress HOME_NEAR = MacAddress.parse("02:aa:00:00:00:02");
    static final MacAddress CAFE = MacAddress.parse("02:cc:00:00:00:01");
    /** The capability field's ESS and privacy bits. */
    static final int ESS_PRIVACY = 0x0011;
    /** An RSN element: CCMP group and pairwise, the PSK AKM (WPA2-Personal). */
    static final byte[] RSN_PSK = {48, 20, 1, 0, 0, 0x0F, (byte) 0xAC, 4, 1, 0, 0, 0x0F, (byte) 0xAC, 4, 1, 0, 0,
        0x0F, (byte) 0xAC, 2, 0, 0};

    final WlanSimulator sim = new WlanSimulator();

    RadioWorldTest() {
        sim.addInterface(new WlanInterface(IFACE, "Wi-Fi", InterfaceState.DISCONNECTED))
                .addBss(IFACE, BssEntry.builder(HOME, HOME_FAR).rssi(-71).linkQuality(58)
                        .capabilityInformation(ESS_PRIVACY).informationElements(RSN_PSK).build())
                .addBss(IFACE, BssEntry.builder(HOME, HOME_NEAR).rssi(-44).linkQuality(96)
                        .capabilityInformation(ESS_PRIVACY).informationElements(RSN_PSK).build())
                .addBss(IFACE, BssEntry.builder(Ssid.of("Cafe"), CAFE).rssi(-30).linkQuality(100).build());
    }

    @AfterEach
    void nothingLeftOpen() {
        assertEquals(0, sim.openHandles());
        sim.close();
    }

    @Test
    void theNetworkListIsWhatTheBssesInRangeMake() {
        try (WlanClient wlan = WlanClient.open(sim)) {
            List<AvailableNetwork> networks = wlan.availableNetworks(IFACE);
            assertEquals(2, networks.size(), networks.toString());
            AvailableNetwork home = networks.get(0);
            assertEquals(HOME, home.ssid());
            assertEquals(2, home.bssCount());
            assertEquals(96, home.signalQuality(), "its strongest access point's");
            assertTrue(home.securityEnabled());
            assertEquals(AuthAlgorithm.RSNA_PSK, home.auth(), "as its RSN element advertises");
            assertEquals(CipherAlgorithm.CCMP, home.cipher());
            AvailableNetwork cafe = networks.get(1);
            assertEquals(Ssid.of("Cafe"), cafe.ssid());
            assertFalse(cafe.securityEnabled());
            assertEquals(AuthAlgorithm.OPEN, cafe.auth());
        }
    }

    @Test
    void aConnectToANetworkNotInRangeFailsAsOnWindows() throws Exception {
        try (WlanClient wlan = WlanClient.open(sim)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> wlan.connect(IFACE, WlanProfile.open(Ssid.of("Elsewhere"))).get(10, TimeUnit.SECONDS));
            WlanConnectionException failed = assertInstanceOf(WlanConnectionException.class, e.getCause());
            assertEquals(WlanConnectionException.Failure.NETWORK_NOT_AVAILABLE, failed.failure());
            assertEquals(WlanReasonCodes.NETWORK_NOT_AVAILABLE, failed.reasonCode());
            assertTrue(wlan.connection(IFACE).isEmpty(), "not connected to anything");
        }
    }

    @Test
    void aConnectJoinsTheStrongestAccessPointOfItsNetworkAndTheListSaysConnected() throws Exception {
        try (WlanClient wlan = WlanClient.open(sim)) {
            Connection c = wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, "correct horse battery"))
                    .get(10, TimeUnit.SECONDS);
            assertEquals(HOME_NEAR, c.bssid(), "the strongest of Home's, never another network's");
            assertEquals(AuthAlgorithm.RSNA_PSK, c.auth());
            assertTrue(connectedFlag(wlan, HOME));
            assertFalse(connectedFlag(wlan, Ssid.of("Cafe")));

            wlan.disconnect(IFACE).get(10, TimeUnit.SECONDS);
            assertFalse(connectedFlag(wlan, HOME), "the flag follows the connection");
        }
    }

    @Test
    void aStoredWpa2ProfileReconnectsAsWpa2() throws Exception {
        try (WlanClient wlan = WlanClient.open(sim)) {
            WlanProfile home = WlanProfile.wpa2Personal(HOME, "correct horse battery");
            wlan.setProfile(IFACE, home.toXml(), true);
            Connection c = wlan.connect(IFACE, home.name()).get(10, TimeUnit.SECONDS);
            assertEquals(AuthAlgorithm.RSNA_PSK, c.auth());
            assertEquals(CipherAlgorithm.CCMP, c.cipher());
            assertTrue(c.securityEnabled());
        }
    }

    @Test
    void outcomesPerNetwork() throws Exception {
        sim.connectOutcome(Ssid.of("Cafe"), Duration.ofMillis(5), WlanReasonCodes.ASSOCIATION_FAILURE);
        try (WlanClient wlan = WlanClient.open(sim)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> wlan.connect(IFACE, WlanProfile.open(Ssid.of("Cafe"))).get(10, TimeUnit.SECONDS));
            assertEquals(WlanReasonCodes.ASSOCIATION_FAILURE,
                    assertInstanceOf(WlanConnectionException.class, e.getCause()).reasonCode());
            assertEquals(HOME_NEAR, wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, "correct horse battery"))
                    .get(10, TimeUnit.SECONDS).bssid(), "the other network still connects");
        }
    }

    @Test
    void aStoppedServiceFailsTheClientsThatWereOpen() {
        try (WlanClient wlan = WlanClient.open(sim)) {
            sim.serviceRunning(false);
            assertThrows(WlanServiceNotActiveException.class, wlan::interfaces);
            assertThrows(WlanServiceNotActiveException.class, () -> wlan.availableNetworks(IFACE));
            sim.serviceRunning(true);
            assertEquals(1, wlan.interfaces().size(), "answers again once it runs");
        }
    }

    private static boolean connectedFlag(WlanClient wlan, Ssid ssid) {
        return wlan.availableNetworks(IFACE).stream().filter(n -> n.ssid().equals(ssid)).findFirst()
                .orElseThrow().connected();
    }

    /**
     * As Windows documents the list: a network is listed once for each stored profile that fits
     * it (its SSID, and a security the network offers), with the profile's name and the
     * has-profile flag, or once without a profile; the connected flag is on the connection's
     * profile's entry only.
     */
    @Test
    void aNetworkIsListedOncePerProfileThatFitsIt() throws Exception {
        try (WlanClient wlan = WlanClient.open(sim)) {
            wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, "a passphrase").named("Home").toXml(), false);
            wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, "a passphrase").named("Home 2").toXml(), false);
            wlan.setProfile(IFACE, WlanProfile.open(HOME).named("Home open").toXml(), false); // not Home's security
            wlan.connect(IFACE, "Home 2").get(10, TimeUnit.SECONDS);

            List<AvailableNetwork> list = wlan.availableNetworks(IFACE);
            assertEquals(List.of("Home:Home:false", "Home:Home 2:true", "Cafe::false"), list.stream()
                    .map(n -> n.ssid() + ":" + n.profileName() + ":" + n.connected()).collect(java.util.stream.Collectors.toList()));
            assertTrue(list.get(0).hasProfile());
            assertFalse(list.get(2).hasProfile());
        }
    }
}
