package io.github.wlanapi4j.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.InterfaceState;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.MsmEvent;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.WlanClient;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.WlanNotificationSource;
import io.github.wlanapi4j.WlanProfile;
import io.github.wlanapi4j.WlanReasonCodes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's signal monitor, as a user writes it, against the simulator: the signal on every
 * change with the RSSI, a roam with the new access point, a disconnect with its reason.
 */
class SignalMonitorTest {
    static final UUID IFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    static final MacAddress AP_1 = MacAddress.parse("02:aa:00:00:00:01");
    static final MacAddress AP_2 = MacAddress.parse("02:aa:00:00:00:02");

    @Test
    void theSignalRoamsAndDisconnectsOfALinkAreSeenAsTheyHappen() throws Exception {
        try (WlanSimulator sim = new WlanSimulator()) {
            sim.addInterface(new WlanInterface(IFACE, "Wi-Fi", InterfaceState.DISCONNECTED))
                    .addBss(IFACE, BssEntry.builder(Ssid.of("Office"), AP_1).rssi(-48).build())
                    .addBss(IFACE, BssEntry.builder(Ssid.of("Office"), AP_2).rssi(-67).build());
            List<String> lines = new CopyOnWriteArrayList<>();
            try (WlanClient wlan = WlanClient.open(sim)) {
                wlan.connect(IFACE, WlanProfile.open(Ssid.of("Office")), AP_1).get(10, TimeUnit.SECONDS);

                // The README's monitor, printing into lines.
                wlan.subscribe(EnumSet.of(WlanNotificationSource.MSM), n -> {
                    UUID i = n.interfaceGuid();
                    n.signalQuality().ifPresent(q -> lines.add("signal " + q + "%, " + wlan.rssi(i).orElse(0) + " dBm"));
                    if (n.msmEvent().orElseThrow() == MsmEvent.ROAMING_END) {
                        lines.add("roamed to " + n.msm().orElseThrow().peer());
                    }
                    if (n.msmEvent().orElseThrow() == MsmEvent.DISCONNECTED) {
                        lines.add("disconnected: " + WlanReasonCodes.name(n.reasonCode().orElse(0)));
                    }
                });

                // One at a time, as a radio would: the monitor reads the RSSI of the link as it is then.
                sim.signal(IFACE, 62, -61);
                settled(sim, wlan);
                sim.roam(IFACE, AP_2);
                settled(sim, wlan);
                wlan.disconnect(IFACE).get(10, TimeUnit.SECONDS);
                settled(sim, wlan);

                assertEquals(List.of("signal 62%, -61 dBm", "roamed to " + AP_2, "disconnected: SUCCESS"), lines);
                assertEquals(AP_2, wlan.connection(IFACE).map(c -> c.bssid()).orElse(AP_2), "roamed, then gone");
            }
            assertThrows(IllegalStateException.class, () -> sim.signal(IFACE, 50, -70), "not connected");
            assertThrows(IllegalArgumentException.class, () -> sim.signal(IFACE, 101, -40));
        }
    }

    /** Waits, with bounds, until the simulator has sent and the client has delivered everything. */
    private static void settled(WlanSimulator sim, WlanClient wlan) throws InterruptedException {
        assertTrue(sim.awaitIdle(Duration.ofSeconds(10)));
        assertTrue(wlan.awaitDelivered(Duration.ofSeconds(10)));
    }
}
