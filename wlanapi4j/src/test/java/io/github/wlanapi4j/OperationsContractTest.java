package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The asynchronous operations, for each {@link Binding}: scans, connects and disconnects complete
 * on the interface's own ACM notification, exactly once, on a library thread; they fail with the
 * service's reason code, on a lost notification (the deadline), when superseded, and when the
 * client closes. Profiles and the radio switch go through the real calls. After each test no
 * operation is pending, in the library or in the backend, and every buffer was freed once.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class OperationsContractTest extends OperationsSuite {
    private static final String PASSPHRASE = "correct horse battery";

    OperationsContractTest(Binding binding) {
        super(binding);
    }

    @Test
    void scanCompletesWithTheFreshListOnALibraryThread() throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        List<BssEntry> found = done(wlan.scan(IFACE).whenComplete((r, e) -> thread.set(Thread.currentThread().getName())));

        assertEquals(wlan.bssList(IFACE), found);
        assertEquals(2, found.size());
        assertTrue(thread.get().startsWith("wlanapi4j-delivery"), "completed on " + thread.get());
        assertEquals(1, backend.calls("WlanScan"));
    }

    @Test
    void scanForOneNetworkProbesForItAndListsOnlyIt() throws Exception {
        List<BssEntry> found = done(wlan.scan(IFACE, HOME));

        assertEquals(1, found.size());
        assertEquals(HOME, found.get(0).ssid());
        assertEquals(HOME.bytes().length, backend.lastArgs("WlanScan")[2], "the DOT11_SSID's length as passed");
    }

    @Test
    void concurrentScansOfOneInterfaceShareOneNativeScan() throws Exception {
        backend.set(Setting.SCAN_DELAY_MS, 300);
        List<CompletableFuture<List<BssEntry>>> scans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scans.add(wlan.scan(IFACE));
        }
        for (CompletableFuture<List<BssEntry>> s : scans) {
            assertEquals(2, done(s).size());
        }
        assertEquals(1, backend.calls("WlanScan"));
        scans.get(0).cancel(true); // a caller's cancel stops only its own wait
    }

    @Test
    void scanFailureCarriesTheReasonCodeAndItsText() {
        backend.set(Setting.SCAN_REASON, 0x0002_8005);

        Throwable e = failure(wlan.scan(IFACE));

        WlanException w = assertInstanceOf(WlanException.class, e);
        assertEquals(0x0002_8005, w.reasonCode());
        assertEquals(0, w.errorCode(), "WlanScan itself succeeded");
        assertTrue(w.getMessage().contains("Stand-in reason 0x28005"), w.getMessage());
    }

    @Test
    void notificationsOfOtherInterfacesNeverCompleteAScan() throws Exception {
        backend.set(Setting.REPORTS, 0); // IFACE's own report comes only when the test sends it
        CountDownLatch others = new CountDownLatch(3);
        try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
            if (n.interfaceGuid().equals(OTHER)) {
                others.countDown();
            }
        })) {
            CompletableFuture<List<BssEntry>> scan = wlan.scan(IFACE, null, Duration.ofSeconds(10));
            backend.notify(WlanNotificationSource.ACM, AcmEvent.SCAN_COMPLETE.code(), OTHER, 2);
            backend.notify(WlanNotificationSource.ACM, AcmEvent.SCAN_FAIL.code(), OTHER, 1);
            assertTrue(others.await(10, TimeUnit.SECONDS));
            // Delivery is in order on one thread per client: the scan has seen them too.
            assertFalse(scan.isDone(), "completed by another interface's notification: " + scan);

            backend.notify(WlanNotificationSource.ACM, AcmEvent.SCAN_COMPLETE.code(), IFACE, 1);
            assertEquals(2, done(scan).size());
        }
    }

    @Test
    void aLostNotificationEndsInTheDeadlineAndLeavesNothingPending() {
        backend.set(Setting.REPORTS, 0);

        Throwable e = failure(wlan.scan(IFACE, null, Duration.ofMillis(200)));

        assertTrue(assertInstanceOf(WlanTimeoutException.class, e).isLibraryWait());
        assertTrue(e.getMessage().contains("PT0.2S"), e.getMessage());
        assertEquals(0, wlan.pendingOperations());
    }

    /**
     * Issue 20, item 1: Windows 11 24H2 refuses the current-connection query without location
     * consent, not WlanConnect. A connect the service completed completes, with what its
     * connection_complete carried (detailed() false), rather than failing with an access denial
     * from a query the user never called while the interface is in fact connected.
     */
    @Test
    void aConnectCompletesWithoutLocationConsentWithWhatItsNotificationSaid() throws Exception {
        backend.set(Setting.LOCATION_DENIED, 1);

        Connection c = done(wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE)));

        assertFalse(c.detailed());
        assertEquals("Home", c.profileName());
        assertEquals(HOME, c.ssid());
        assertEquals(BssType.INFRASTRUCTURE, c.bssType());
        assertTrue(c.securityEnabled());
        assertEquals(MacAddress.parse("00:00:00:00:00:00"), c.bssid());
        assertEquals(PhyType.UNKNOWN, c.phyType());
        assertThrows(WlanLocationAccessDeniedException.class, () -> wlan.connection(IFACE), "the query stays refused");
        backend.set(Setting.LOCATION_DENIED, 0);
        assertTrue(done(wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE))).detailed());
    }

    @Test
    void duplicatedNotificationsCompleteOnce() throws Exception {
        backend.set(Setting.DUPLICATE_EVENTS, 1);
        try (LogCapture log = new LogCapture()) {
            assertEquals(2, done(wlan.scan(IFACE)).size());
            wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE).toXml(), false);
            assertEquals("Home", done(wlan.connect(IFACE, "Home")).profileName());
            backend.await(Counter.OPS_PENDING, 0);
            wlan.close(); // waits for the listener: every duplicate has been seen
            assertEquals(1, backend.calls("WlanGetNetworkBssList"), "the duplicate scan_complete read nothing");
            assertEquals(List.of(), log.records().stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                    .collect(java.util.stream.Collectors.toList()));
        }
    }

    @Test
    void closeFailsPendingOperationsAndIgnoresTheirLateNotifications() {
        backend.set(Setting.SCAN_DELAY_MS, 200);
        backend.set(Setting.CONNECT_DELAY_MS, 200);
        CompletableFuture<List<BssEntry>> scan = wlan.scan(IFACE);
        CompletableFuture<Connection> connect = wlan.connect(IFACE, HOME_PROFILE);

        wlan.close();

        assertInstanceOf(WlanCancelledException.class, failure(scan));
        assertInstanceOf(WlanCancelledException.class, failure(connect));
        assertTrue(failure(scan).getMessage().contains("closed"), failure(scan).getMessage());
        backend.await(Counter.OPS_PENDING, 0); // the late notifications went to a closed client
        assertThrows(IllegalStateException.class, () -> wlan.scan(IFACE));
    }

    @Test
    void aCompletionStageMayCloseItsClient() throws Exception {
        CompletableFuture<Boolean> closedThere = wlan.scan(IFACE).thenApply(list -> {
            wlan.close();
            return wlan.isOpen();
        });
        assertFalse(done(closedThere));
        assertFalse(wlan.isOpen());
    }

    @Test
    void connectWithAStoredProfile() throws Exception {
        WlanProfile home = WlanProfile.wpa2Personal(HOME, PASSPHRASE);
        wlan.setProfile(IFACE, home.toXml(), false);

        Connection c = done(wlan.connect(IFACE, "Home"));

        assertEquals("Home", c.profileName());
        assertEquals(HOME, c.ssid());
        assertEquals(MacAddress.parse("02:aa:bb:cc:dd:01"), c.bssid(), "the BSS of that SSID");
        assertEquals(c, wlan.connection(IFACE).orElseThrow());
        assertEquals(InterfaceState.CONNECTED, state(IFACE));
    }

    @Test
    void connectWithATemporaryProfileStoresNothing() throws Exception {
        WlanProfile cafe = WlanProfile.open(Ssid.of("Cafe")).named("Café & Co <guest>");

        Connection c = done(wlan.connect(IFACE, cafe));

        assertEquals("Café & Co <guest>", c.profileName(), "the XML's name, unescaped");
        assertEquals(Ssid.of("Cafe"), c.ssid());
        assertEquals(List.of(), wlan.profiles(IFACE));
    }

    @Test
    void aFailedConnectCarriesTheReasonCodeAndText() {
        backend.set(Setting.CONNECT_REASON, 0x0002_8002);

        Throwable e = failure(wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE)));

        WlanConnectionException c = assertInstanceOf(WlanConnectionException.class, e);
        assertEquals(0x0002_8002, c.reasonCode());
        assertEquals("Stand-in reason 0x28002", c.reasonText());
        assertEquals(wlan.reasonText(0x0002_8002), c.reasonText());
        assertTrue(c.getMessage().contains("\"Home\""), c.getMessage());
        assertFalse(wlan.connection(IFACE).isPresent());
    }

    @Test
    void aSupersededConnectFailsAndTheLaterOneCompletes() throws Exception {
        backend.set(Setting.CONNECT_DELAY_MS, 200);
        CompletableFuture<Connection> first = wlan.connect(IFACE, WlanProfile.open(Ssid.of("Cafe")));
        CompletableFuture<Connection> second = wlan.connect(IFACE, HOME_PROFILE);

        Throwable e = failure(first);
        assertInstanceOf(WlanCancelledException.class, e);
        assertTrue(e.getMessage().contains("superseded"), e.getMessage());
        assertEquals("Home", done(second).profileName());
    }

    @Test
    void connectingToAnUnknownProfileFailsTyped() {
        WlanException e = assertInstanceOf(WlanException.class, failure(wlan.connect(IFACE, "Nowhere")));
        assertEquals(1168, e.errorCode()); // ERROR_NOT_FOUND
        assertTrue(e.getMessage().contains(IFACE.toString()), e.getMessage());
    }

    @Test
    void disconnectCompletesOnDisconnectedOrAtOnceWhenNotConnected() throws Exception {
        done(wlan.disconnect(IFACE)); // not connected: nothing to wait for
        done(wlan.connect(IFACE, HOME_PROFILE));
        CountDownLatch disconnected = new CountDownLatch(1);
        try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
            if (n.acmEvent().orElseThrow() == AcmEvent.DISCONNECTED) {
                disconnected.countDown();
            }
        })) {
            done(wlan.disconnect(IFACE));
            assertFalse(wlan.connection(IFACE).isPresent());
            assertEquals(InterfaceState.DISCONNECTED, state(IFACE));
            // The future settles in the library's own listener; a listener subscribed later sees it next.
            assertTrue(disconnected.await(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void connectionNotificationsDecodeToTypedEvents() throws Exception {
        backend.set(Setting.CONNECT_REASON, 0x0002_8002);
        List<WlanNotification> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch complete = new CountDownLatch(1);
        try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
            seen.add(n);
            if (n.acmEvent().orElseThrow() == AcmEvent.CONNECTION_COMPLETE) {
                complete.countDown();
            }
        })) {
            failure(wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE)));
            assertTrue(complete.await(10, TimeUnit.SECONDS));
        }
        List<AcmEvent> events = new ArrayList<>();
        seen.forEach(n -> events.add(n.acmEvent().orElseThrow()));
        assertEquals(List.of(AcmEvent.CONNECTION_START, AcmEvent.CONNECTION_ATTEMPT_FAIL, AcmEvent.CONNECTION_COMPLETE),
                events);
        ConnectionNotification start = seen.get(0).connection().orElseThrow();
        assertEquals("Home", start.profileName());
        assertEquals(HOME, start.ssid());
        assertEquals(ConnectionMode.TEMPORARY_PROFILE, start.mode());
        assertEquals(BssType.INFRASTRUCTURE, start.bssType());
        assertTrue(start.securityEnabled());
        assertEquals(0, start.reasonCode());
        assertEquals(0x0002_8002, seen.get(1).reasonCode().orElseThrow());
        assertEquals(0x0002_8002, seen.get(2).connection().orElseThrow().reasonCode());
        assertEquals(WlanNotificationSource.ACM, seen.get(0).source());
    }

    @Test
    void profilesAreStoredListedReadReplacedAndDeleted() {
        WlanProfile home = WlanProfile.wpa2Personal(HOME, PASSPHRASE);
        WlanProfile cafe = WlanProfile.open(Ssid.of("Cafe"));
        wlan.setProfile(IFACE, home.toXml(), false);
        wlan.setProfile(IFACE, cafe.toXml(), false);

        assertEquals(List.of("Home", "Cafe"), wlan.profiles(IFACE));
        String stored = wlan.profileXml(IFACE, "Home");
        assertTrue(stored.contains("<protected>true</protected>") && !stored.contains(PASSPHRASE),
                "keys come back encrypted: " + stored);
        assertEquals(cafe.toXml(), wlan.profileXml(IFACE, "Cafe"), "a profile without a key as it was set");
        WlanException exists = assertThrows(WlanException.class, () -> wlan.setProfile(IFACE, home.toXml(), false));
        assertEquals(183, exists.errorCode()); // ERROR_ALREADY_EXISTS
        WlanProfile changed = WlanProfile.wpa3Personal(HOME, PASSPHRASE);
        wlan.setProfile(IFACE, changed.toXml(), true);
        assertEquals("WPA3SAE", wlan.profile(IFACE, "Home").authentication());
        assertEquals(List.of("Home", "Cafe"), wlan.profiles(IFACE), "replaced in place");

        wlan.deleteProfile(IFACE, "Home");
        assertEquals(List.of("Cafe"), wlan.profiles(IFACE));
        assertEquals(1168, assertThrows(WlanException.class, () -> wlan.deleteProfile(IFACE, "Home")).errorCode());
        assertEquals(1168, assertThrows(WlanException.class, () -> wlan.profileXml(IFACE, "Home")).errorCode());
        assertEquals(List.of(), wlan.profiles(OTHER), "profiles are per interface");
    }

    @Test
    void aRejectedProfileReportsTheServicesReason() {
        backend.set(Setting.PROFILE_REJECT_REASON, 0x0008_0005);

        WlanException e = assertThrows(WlanException.class,
                () -> wlan.setProfile(IFACE, HOME_PROFILE.toXml(), true));

        assertEquals(1206, e.errorCode()); // ERROR_BAD_PROFILE
        assertEquals(0x0008_0005, e.reasonCode());
        assertTrue(e.getMessage().contains("Stand-in reason 0x80005"), e.getMessage());
        WlanException nameless = assertThrows(WlanException.class, () -> {
            backend.set(Setting.PROFILE_REJECT_REASON, 0);
            wlan.setProfile(IFACE, "<WLANProfile/>", true);
        });
        assertEquals(0x0008_0002, nameless.reasonCode());
    }

    @Test
    void badArgumentsAreRejectedBeforeAnyCall() {
        assertThrows(NullPointerException.class, () -> wlan.scan(null));
        assertThrows(IllegalArgumentException.class, () -> wlan.scan(IFACE, null, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> wlan.connect(IFACE, ""));
        assertThrows(IllegalArgumentException.class, () -> wlan.connect(IFACE, "a\0b"));
        assertThrows(NullPointerException.class, () -> wlan.connect(IFACE, (WlanProfile) null));
        assertThrows(IllegalArgumentException.class, () -> wlan.deleteProfile(IFACE, "x".repeat(256)));
        assertEquals(0, backend.calls("WlanScan") + backend.calls("WlanConnect") + backend.calls("WlanDeleteProfile"));
    }

    @Test
    void theSoftwareRadioSwitchesOffAndOn() {
        assertTrue(wlan.setSoftwareRadio(IFACE, false).phyCount() > 0);
        assertFalse(wlan.radioState(IFACE).softwareOn());
        assertTrue(wlan.setSoftwareRadio(IFACE, true).softwareOn());
    }

    @Test
    void withoutLocationConsentScansFailTypedAndAnMsmSubscriberAloneIsRefused() throws Exception {
        CountDownLatch acm = new CountDownLatch(1);
        try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> acm.countDown())) {
            backend.set(Setting.LOCATION_DENIED, 1);

            assertInstanceOf(WlanLocationAccessDeniedException.class, failure(wlan.scan(IFACE)));
            assertThrows(WlanLocationAccessDeniedException.class,
                    () -> wlan.subscribe(EnumSet.of(WlanNotificationSource.MSM), n -> { }));

            backend.notify(WlanNotificationSource.ACM, AcmEvent.NETWORK_AVAILABLE.code(), IFACE, 1);
            assertTrue(acm.await(10, TimeUnit.SECONDS), "the other subscriber still gets its notifications");
        }
    }

    @Test
    void everyFutureCompletesExactlyOnceUnderConcurrentStartsAndClose() throws Exception {
        for (int round = 0; round < 30; round++) {
            WlanClient client = WlanClient.open(api);
            AtomicInteger completions = new AtomicInteger();
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(client.scan(i % 2 == 0 ? IFACE : OTHER).whenComplete((r, e) -> completions.incrementAndGet()));
                all.add(client.connect(IFACE, HOME_PROFILE).whenComplete((r, e) -> completions.incrementAndGet()));
            }
            if (round % 2 == 0) {
                client.close();
            }
            for (CompletableFuture<?> f : all) {
                try {
                    f.get(10, TimeUnit.SECONDS);
                } catch (ExecutionException expected) { // cancelled, superseded
                }
            }
            client.close();
            assertEquals(all.size(), completions.get());
            assertEquals(0, client.pendingOperations());
        }
    }

    private InterfaceState state(UUID iface) {
        return wlan.interfaces().stream().filter(i -> i.guid().equals(iface)).findFirst().orElseThrow().state();
    }
}
