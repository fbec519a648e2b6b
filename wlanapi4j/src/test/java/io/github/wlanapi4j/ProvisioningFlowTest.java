package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's provisioning flow, as a user writes it, for each {@link Binding}: remember the
 * network, find the device's access point in a scan, join it with a temporary open profile on
 * its BSSID, wait for DHCP, then go back home with the stored profile.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class ProvisioningFlowTest extends OperationsSuite {
    private static final MacAddress DEVICE = MacAddress.parse("02:de:71:ce:00:01");

    ProvisioningFlowTest(Binding binding) {
        super(binding);
    }

    @Test
    void joinTheDevicesAccessPointThenGoBackHome() throws Exception {
        assumeBackendAdapters();
        backend.addBss(IFACE, BssEntry.builder(Ssid.of("Device-1234"), DEVICE).rssi(-35).build());
        backend.adapter(IFACE, MacAddress.parse("02:12:34:56:78:9a"), 7,
                (Inet4Address) InetAddress.getByName("192.168.4.2"));
        wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, "correct horse battery").toXml(), false);
        done(wlan.connect(IFACE, "Home"));
        UUID iface = IFACE;

        // The README's lines, as written there.
        Connection home = wlan.connection(iface).orElseThrow();
        BssEntry device = wlan.scan(iface).get(30, TimeUnit.SECONDS).stream()
                .filter(b -> b.ssid().toString().startsWith("Device-")).findFirst().orElseThrow();
        wlan.connect(iface, WlanProfile.open(device.ssid()), device.bssid()).get(60, TimeUnit.SECONDS);
        Inet4Address mine = wlan.awaitIpv4Address(iface, Duration.ofSeconds(20));
        assertEquals(DEVICE, wlan.connection(iface).orElseThrow().bssid()); // talking to the device here
        wlan.connect(iface, home.profileName()).get(60, TimeUnit.SECONDS);

        assertEquals(InetAddress.getByName("192.168.4.2"), mine);
        assertEquals(HOME, wlan.connection(IFACE).orElseThrow().ssid());
        assertEquals(List.of("Home"), wlan.profiles(IFACE), "the device's profile was temporary");
    }
}
