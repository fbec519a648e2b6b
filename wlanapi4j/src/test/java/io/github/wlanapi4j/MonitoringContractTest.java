package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Watching the link, for each {@link Binding}: the MSM events of a connect and a disconnect, typed
 * with the access point they concern; signal-quality and roaming notifications decoded; the RSSI
 * and channel of the connection; and notifications as a {@link Flow.Publisher}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class MonitoringContractTest extends OperationsSuite {
    private static final MacAddress HOME_BSSID = MacAddress.parse("02:aa:bb:cc:dd:01");

    MonitoringContractTest(Binding binding) {
        super(binding);
    }

    /** The MSM events seen until {@code last}, in order. */
    private List<WlanNotification> msmUntil(MsmEvent last, Runnable action) {
        List<WlanNotification> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.MSM), n -> {
            seen.add(n);
            if (n.msmEvent().orElseThrow() == last) {
                done.countDown();
            }
        })) {
            action.run();
            await(done);
        }
        return new ArrayList<>(seen);
    }

    private static List<MsmEvent> events(List<WlanNotification> seen) {
        List<MsmEvent> events = new ArrayList<>();
        seen.forEach(n -> events.add(n.msmEvent().orElseThrow()));
        return events;
    }

    @Test
    void aConnectReportsAssociationAuthenticationAndTheAccessPoint() {
        List<WlanNotification> seen = msmUntil(MsmEvent.CONNECTED, () -> {
            try {
                done(wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, "correct horse battery")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertEquals(List.of(MsmEvent.ASSOCIATING, MsmEvent.ASSOCIATED, MsmEvent.AUTHENTICATING, MsmEvent.CONNECTED),
                events(seen));
        MsmNotification connected = seen.get(3).msm().orElseThrow();
        assertEquals(HOME_BSSID, connected.peer());
        assertEquals("Home", connected.profileName());
        assertEquals(HOME, connected.ssid());
        assertTrue(connected.securityEnabled());
        assertEquals(0, connected.reasonCode());
        assertEquals(IFACE, seen.get(3).interfaceGuid());
    }

    @Test
    void aDisconnectReportsDisassociationAndTheAccessPointLeft() throws Exception {
        done(wlan.connect(IFACE, HOME_PROFILE));

        List<WlanNotification> seen = msmUntil(MsmEvent.DISCONNECTED, () -> wlan.disconnect(IFACE).join());

        assertEquals(List.of(MsmEvent.DISASSOCIATING, MsmEvent.DISCONNECTED), events(seen));
        assertEquals(HOME_BSSID, seen.get(1).msm().orElseThrow().peer());
    }

    @Test
    void aFailedConnectReportsItsReasonOnTheLink() {
        backend.set(Setting.CONNECT_REASON, WlanReasonCodes.ASSOCIATION_FAILURE);

        List<WlanNotification> seen = msmUntil(MsmEvent.DISCONNECTED, () -> failure(wlan.connect(IFACE,
                HOME_PROFILE)));

        assertEquals(WlanReasonCodes.ASSOCIATION_FAILURE, seen.get(seen.size() - 1).reasonCode().orElseThrow());
    }

    @Test
    void theConnectionsRssiAndChannelAreQueried() throws Exception {
        assertFalse(wlan.rssi(IFACE).isPresent(), "not connected");
        assertFalse(wlan.channel(IFACE).isPresent());
        BssEntry home = wlan.bssList(IFACE, HOME).get(0);

        done(wlan.connect(IFACE, HOME_PROFILE));

        assertEquals(home.rssi(), wlan.rssi(IFACE).orElseThrow());
        assertEquals(home.channel(), wlan.channel(IFACE).orElseThrow());
    }

    @Test
    void signalAndRoamingNotificationsDecode() throws Exception {
        byte[] roamed = ByteBuffer.allocate(WlanStructs.MSM_SIZE).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(WlanStructs.MSM_BSS_TYPE, 1).array();
        System.arraycopy(MacAddress.parse("02:aa:bb:cc:dd:07").toBytes(), 0, roamed, WlanStructs.MSM_PEER, 6);
        List<WlanNotification> seen = Collections.synchronizedList(new ArrayList<>());
        try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.MSM), seen::add)) {
            backend.notify(WlanNotificationSource.MSM, MsmEvent.SIGNAL_QUALITY_CHANGE.code(), IFACE,
                    ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 73).array());
            backend.notify(WlanNotificationSource.MSM, MsmEvent.ROAMING_END.code(), IFACE, roamed);
            backend.notify(WlanNotificationSource.MSM, 99, IFACE, new byte[0]);
            assertTrue(eventually(() -> seen.size() == 3, 10_000), "delivered: " + seen);
        }

        // Each notification the stand-in sends comes on a thread of its own: found by kind, not order.
        WlanNotification signal = of(seen, MsmEvent.SIGNAL_QUALITY_CHANGE);
        WlanNotification roam = of(seen, MsmEvent.ROAMING_END);
        WlanNotification unknown = of(seen, MsmEvent.UNKNOWN);
        assertEquals(73, signal.signalQuality().orElseThrow());
        assertFalse(signal.msm().isPresent(), "a signal change carries a ULONG, not the MSM structure");
        assertEquals(MacAddress.parse("02:aa:bb:cc:dd:07"), roam.msm().orElseThrow().peer());
        assertEquals(BssType.INFRASTRUCTURE, roam.msm().orElseThrow().bssType());
        assertFalse(roam.signalQuality().isPresent());
        assertEquals(99, unknown.code());
        assertTrue(unknown.toString().contains("UNKNOWN"), unknown.toString());
    }

    private static WlanNotification of(List<WlanNotification> seen, MsmEvent event) {
        synchronized (seen) {
            return seen.stream().filter(n -> n.msmEvent().orElseThrow() == event).findFirst().orElseThrow();
        }
    }

    /** A Flow subscriber that records what it gets. */
    private static final class Recorder implements Flow.Subscriber<WlanNotification> {
        final List<WlanNotification> items = Collections.synchronizedList(new ArrayList<>());
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        final CountDownLatch connected = new CountDownLatch(1);
        volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(WlanNotification n) {
            items.add(n);
            if (n.msmEvent().orElse(MsmEvent.UNKNOWN) == MsmEvent.CONNECTED) {
                connected.countDown();
            }
        }

        @Override
        public void onError(Throwable t) {
            ended.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            ended.complete(null);
        }
    }

    @Test
    void aPublisherDeliversInOrderAndCompletesWhenTheClientCloses() throws Exception {
        Recorder r = new Recorder();
        wlan.publisher(EnumSet.of(WlanNotificationSource.MSM)).subscribe(r);

        done(wlan.connect(IFACE, HOME_PROFILE));
        await(r.connected);
        wlan.close();

        done(r.ended); // onComplete, not onError
        List<MsmEvent> events = new ArrayList<>();
        r.items.forEach(n -> events.add(n.msmEvent().orElseThrow()));
        assertEquals(List.of(MsmEvent.ASSOCIATING, MsmEvent.ASSOCIATED, MsmEvent.AUTHENTICATING, MsmEvent.CONNECTED),
                events);
    }

    @Test
    void aCancelledSubscriberGetsNothingMoreAndAClosedClientsSubscriberAnError() throws Exception {
        Recorder r = new Recorder();
        wlan.publisher(EnumSet.of(WlanNotificationSource.MSM)).subscribe(r);
        eventually(() -> r.subscription != null, 5_000);
        r.subscription.cancel();
        done(wlan.connect(IFACE, HOME_PROFILE));
        assertTrue(wlan.awaitDelivered(Duration.ofSeconds(10)));
        assertEquals(List.of(), r.items);

        wlan.close();
        Recorder late = new Recorder();
        wlan.publisher(EnumSet.of(WlanNotificationSource.MSM)).subscribe(late);
        Throwable e = failure(late.ended);
        assertInstanceOf(IllegalStateException.class, e);
    }

    @Test
    void theInterfacesCapabilityIsRead() {
        InterfaceCapability c = wlan.capability(IFACE);

        assertTrue(c.nativeDriver());
        assertTrue(c.dot11dSupported());
        assertEquals(4, c.maxDesiredSsids());
        assertEquals(8, c.maxDesiredBssids());
        assertEquals(List.of(PhyType.HT, PhyType.VHT, PhyType.HE), c.phyTypes());
        assertEquals(WlanErrors.ERROR_NOT_FOUND, assertThrows(WlanException.class,
                () -> wlan.capability(java.util.UUID.randomUUID())).errorCode());
        assertEquals("[OPEN/NONE, RSNA_PSK/CCMP, WPA3_SAE/CCMP, RSNA/CCMP]", wlan.securityPairs(IFACE).toString());
        assertEquals(List.of("US ", "DE "), wlan.countryCodes(IFACE));
    }

    @Test
    void theFrameCountersAreReadWhileConnected() throws Exception {
        assertFalse(wlan.statistics(IFACE).isPresent(), "not connected");
        done(wlan.connect(IFACE, HOME_PROFILE));

        WlanStatistics s = wlan.statistics(IFACE).orElseThrow();

        // Each counter is its own number in both backends: a field read at the wrong offset shows.
        assertEquals(100, s.fourWayHandshakeFailures());
        assertEquals(101, s.tkipCounterMeasuresInvoked());
        assertEquals(103, s.unicast().transmittedFrames());
        assertEquals(114, s.unicast().decryptFailures());
        assertEquals(115, s.multicast().transmittedFrames());
        assertEquals(126, s.multicast().decryptFailures());
        assertEquals(1, s.phys().size());
        assertEquals(200, s.phys().get(0).transmittedFrames());
        assertEquals(203, s.phys().get(0).retries());
        assertEquals(217, s.phys().get(0).fcsErrors());
    }

    @Test
    void settingsAreReadAndSwitched() {
        assertTrue(wlan.setting(IFACE, InterfaceSetting.AUTO_CONFIG));
        assertTrue(wlan.setting(IFACE, InterfaceSetting.BACKGROUND_SCAN));
        assertFalse(wlan.setting(IFACE, InterfaceSetting.MEDIA_STREAMING));

        wlan.setSetting(IFACE, InterfaceSetting.BACKGROUND_SCAN, false);
        wlan.setSetting(IFACE, InterfaceSetting.MEDIA_STREAMING, true);

        assertFalse(wlan.setting(IFACE, InterfaceSetting.BACKGROUND_SCAN));
        assertTrue(wlan.setting(IFACE, InterfaceSetting.MEDIA_STREAMING));
        assertTrue(wlan.setting(OTHER, InterfaceSetting.BACKGROUND_SCAN), "per interface");
    }

    @Test
    void visibleNetworksJoinAccessPointsBySsidBytesTypeAndSecurity() {
        // The suite's Home BSS (02:aa:bb:cc:dd:01) is secured; an open network of the same SSID:
        backend.addBss(IFACE, BssEntry.builder(HOME, MacAddress.parse("02:aa:bb:cc:dd:03")).rssi(-30).build());
        backend.addBss(IFACE, BssEntry.builder(HOME, MacAddress.parse("02:aa:bb:cc:dd:04")).rssi(-20).build());
        backend.addBss(IFACE, BssEntry.builder(Ssid.of(new byte[0]), MacAddress.parse("02:aa:bb:cc:dd:05")).build());
        backend.addNetwork(IFACE, AvailableNetwork.builder(HOME).bssCount(2).build());
        backend.addNetwork(IFACE, AvailableNetwork.builder(HOME).security(AuthAlgorithm.RSNA_PSK, CipherAlgorithm.CCMP)
                .build());
        backend.addNetwork(IFACE, AvailableNetwork.builder(Ssid.of(new byte[0])).build());
        // The suite's Cafe is in range too (the simulator would list it from its BSS; the stand-in lists what is defined).
        backend.addNetwork(IFACE, AvailableNetwork.builder(Ssid.of("Cafe")).build());

        List<VisibleNetwork> visible = wlan.visibleNetworks(IFACE);

        assertEquals(4, visible.size());
        assertEquals(List.of(MacAddress.parse("02:aa:bb:cc:dd:04"), MacAddress.parse("02:aa:bb:cc:dd:03")),
                bssids(visible.get(0)), "the open Home's, strongest first");
        assertEquals(List.of(MacAddress.parse("02:aa:bb:cc:dd:01")), bssids(visible.get(1)), "the secured Home's");
        assertEquals(List.of(MacAddress.parse("02:aa:bb:cc:dd:05")), bssids(visible.get(2)), "the hidden one's");
        assertEquals(List.of(MacAddress.parse("02:aa:bb:cc:dd:02")), bssids(visible.get(3)), "Cafe's");
    }

    private static List<MacAddress> bssids(VisibleNetwork v) {
        List<MacAddress> out = new ArrayList<>();
        v.accessPoints().forEach(b -> out.add(b.bssid()));
        return out;
    }

    @Test
    void anEventListenerGetsEachEventByKind() throws Exception {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch disconnected = new CountDownLatch(1);
        try (WlanClient.Subscription s = wlan.subscribe(new WlanEventListener() {
            @Override
            public void scanCompleted(java.util.UUID iface) {
                heard.add("scan " + iface.equals(IFACE));
            }

            @Override
            public void connected(java.util.UUID iface, ConnectionNotification c) {
                heard.add("connected " + c.profileName());
            }

            @Override
            public void disconnected(java.util.UUID iface, ConnectionNotification c) {
                heard.add("disconnected " + c.profileName());
                disconnected.countDown();
            }

            @Override
            public void signalQualityChanged(java.util.UUID iface, int quality) {
                heard.add("signal " + quality);
            }
        })) {
            done(wlan.scan(IFACE));
            done(wlan.connect(IFACE, HOME_PROFILE));
            // The future may complete before the listeners hear of it: the two are told apart.
            assertTrue(eventually(() -> heard.contains("connected Home"), 10_000), heard.toString());
            backend.notify(WlanNotificationSource.MSM, MsmEvent.SIGNAL_QUALITY_CHANGE.code(), IFACE,
                    ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 55).array());
            assertTrue(eventually(() -> heard.contains("signal 55"), 10_000), heard.toString());
            wlan.disconnect(IFACE).join();
            await(disconnected);
        }
        assertEquals(List.of("scan true", "connected Home", "signal 55", "disconnected Home"), heard);
    }

    @Test
    void acmNotificationsWithDataOfTheirOwnDecode() {
        byte[] names = "Old\0New name\0".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        List<WlanNotification> seen = Collections.synchronizedList(new ArrayList<>());
        try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), seen::add)) {
            backend.notify(WlanNotificationSource.ACM, AcmEvent.PROFILE_NAME_CHANGE.code(), IFACE, names);
            backend.notify(WlanNotificationSource.ACM, AcmEvent.BSS_TYPE_CHANGE.code(), IFACE,
                    ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 2).array());
            assertTrue(eventually(() -> seen.size() == 2, 10_000), seen.toString());
        }
        WlanNotification rename = seen.stream().filter(n -> n.acmEvent().orElseThrow() == AcmEvent.PROFILE_NAME_CHANGE)
                .findFirst().orElseThrow();
        WlanNotification type = seen.stream().filter(n -> n.acmEvent().orElseThrow() == AcmEvent.BSS_TYPE_CHANGE)
                .findFirst().orElseThrow();
        assertEquals(List.of("Old", "New name"), rename.profileRename().orElseThrow());
        assertFalse(rename.acmValue().isPresent());
        assertEquals(BssType.INDEPENDENT, BssType.of(type.acmValue().orElseThrow()));
        assertFalse(type.profileRename().isPresent());
    }
}
