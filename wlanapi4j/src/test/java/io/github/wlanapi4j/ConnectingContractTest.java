package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wlanapi4j.ie.SecurityMode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Connecting as real programs do, for each {@link Binding}: to a chosen access point, to a
 * hidden network, to an enterprise network with the user's credentials; stored profiles read
 * with their key (clear only when elevated), moved, renamed, reordered and switched to
 * auto-connect; failures classified by their reason code.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class ConnectingContractTest extends OperationsSuite {
    private static final String PASSPHRASE = "correct horse battery";
    private static final String PASSWORD = "s3cret-Pa55word";
    private static final MacAddress HOME_1 = MacAddress.parse("02:aa:bb:cc:dd:01");
    private static final MacAddress HOME_2 = MacAddress.parse("02:aa:bb:cc:dd:03");
    private static final MacAddress CAFE = MacAddress.parse("02:aa:bb:cc:dd:02");
    private static final MacAddress HIDDEN = MacAddress.parse("02:aa:bb:cc:dd:09");

    ConnectingContractTest(Binding binding) {
        super(binding);
    }

    @Test
    void aConnectToAChosenBssidJoinsThatAccessPoint() throws Exception {
        backend.addBss(IFACE, bss(HOME, HOME_2, SecurityMode.WPA2_PERSONAL).rssi(-70).build());
        wlan.setProfile(IFACE, HOME_PROFILE.toXml(), false);

        Connection c = done(wlan.connect(IFACE, "Home", HOME_2));

        assertEquals(HOME_2, c.bssid(), "the chosen one, not the first or the strongest");
        assertEquals(HOME_2, wlan.connection(IFACE).orElseThrow().bssid());
        assertEquals(HOME_1, done(wlan.connect(IFACE, HOME_PROFILE, HOME_1)).bssid(),
                "a temporary profile too");
    }

    @Test
    void aChosenBssidOutOfRangeFailsAsNetworkNotAvailable() {
        wlan.setProfile(IFACE, HOME_PROFILE.toXml(), false);

        WlanConnectionException e = assertInstanceOf(WlanConnectionException.class,
                failure(wlan.connect(IFACE, "Home", CAFE)));

        assertEquals(WlanReasonCodes.NETWORK_NOT_AVAILABLE, e.reasonCode(), "Cafe's BSSID is not Home's");
        assertEquals(WlanConnectionException.Failure.NETWORK_NOT_AVAILABLE, e.failure());
        assertTrue(e.getMessage().contains("NETWORK_NOT_AVAILABLE"), e.getMessage());
        assertFalse(wlan.connection(IFACE).isPresent());
    }

    @Test
    void aHiddenNetworkIsJoinedOnlyWithAHiddenProfile() throws Exception {
        Ssid lab = Ssid.of("Lab");
        backend.addBss(IFACE, bss(Ssid.of(new byte[0]), HIDDEN, SecurityMode.WPA2_PERSONAL).build());
        WlanProfile visible = WlanProfile.wpa2Personal(lab, PASSPHRASE);
        WlanProfile hidden = visible.hidden(true);
        assertTrue(hidden.toXml().contains("<nonBroadcast>true</nonBroadcast>"), hidden.toXml());
        assertFalse(visible.toXml().contains("nonBroadcast"));
        assertEquals("WlanProfile[Lab, WPA2-Personal, hidden]", hidden.toString());

        WlanConnectionException e = assertInstanceOf(WlanConnectionException.class,
                failure(wlan.connect(IFACE, visible, HIDDEN)));
        assertEquals(WlanConnectionException.Failure.NETWORK_NOT_AVAILABLE, e.failure());

        wlan.setProfile(IFACE, hidden.toXml(), false);
        Connection c = done(wlan.connect(IFACE, "Lab", HIDDEN));
        assertEquals(lab, c.ssid());
        assertEquals(HIDDEN, c.bssid());
        assertTrue(wlan.profile(IFACE, "Lab").hidden());
    }

    @Test
    void anEnterpriseConnectNeedsTheUsersCredentials() throws Exception {
        Ssid eduroam = Ssid.of("eduroam");
        backend.addBss(IFACE, bss(eduroam, MacAddress.parse("02:ed:00:00:00:01"), SecurityMode.WPA2_ENTERPRISE).rssi(-55)
                .build());
        WlanProfile profile = WlanProfile.wpa2Enterprise(eduroam, "radius.example.edu");
        wlan.setProfile(IFACE, profile.toXml(), false);

        WlanConnectionException without = assertInstanceOf(WlanConnectionException.class,
                failure(wlan.connect(IFACE, "eduroam")));
        assertEquals(WlanReasonCodes.USER_NOT_RESPOND, without.reasonCode(), "no UI to ask the user");

        wlan.setPeapCredentials(IFACE, "eduroam", "jane@example.edu", PASSWORD);
        Connection c = done(wlan.connect(IFACE, "eduroam"));
        assertEquals(eduroam, c.ssid());
        StoredProfile stored = wlan.profile(IFACE, "eduroam");
        assertTrue(stored.enterprise());
        assertEquals("WPA2", stored.authentication());
        assertEquals("AES", stored.encryption());
        assertFalse(stored.xml().contains(PASSWORD), "credentials are not part of the profile");
    }

    @Test
    void credentialsAreRefusedForAProfileWithout8021xAndNeverShown() {
        wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE).toXml(), false);

        WlanException notOneX = assertThrows(WlanException.class,
                () -> wlan.setPeapCredentials(IFACE, "Home", "jane", PASSWORD));
        assertEquals(WlanErrors.ERROR_INVALID_PARAMETER, notOneX.errorCode());
        assertFalse(notOneX.getMessage().contains(PASSWORD), notOneX.getMessage());
        WlanException missing = assertThrows(WlanException.class,
                () -> wlan.setPeapCredentials(IFACE, "Nowhere", "jane", PASSWORD));
        assertEquals(WlanErrors.ERROR_NOT_FOUND, missing.errorCode());
        assertFalse(missing.getMessage().contains(PASSWORD), missing.getMessage());
        IllegalArgumentException badPassword = assertThrows(IllegalArgumentException.class,
                () -> wlan.setPeapCredentials(IFACE, "Home", "jane", PASSWORD + "\u0001"));
        assertFalse(badPassword.getMessage().contains(PASSWORD), badPassword.getMessage());
        assertThrows(IllegalArgumentException.class, () -> wlan.setPeapCredentials(IFACE, "Home", "", PASSWORD));
    }

    @Test
    void theStoredKeyComesBackClearOnlyToAnElevatedCaller() {
        wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE).toXml(), false);

        StoredProfile user = wlan.profile(IFACE, "Home");
        assertTrue(user.keyProtected());
        assertFalse(user.key().isPresent());
        assertEquals(List.of(HOME), user.ssids());
        assertEquals("WPA2PSK", user.authentication());
        assertFalse(user.autoConnect());
        assertFalse(user.perUser());
        assertFalse(user.groupPolicy());

        backend.set(Setting.ELEVATED, 1);
        StoredProfile admin = wlan.profile(IFACE, "Home");
        assertEquals(PASSPHRASE, admin.key().orElseThrow());
        assertFalse(admin.keyProtected());
        assertFalse(admin.toString().contains(PASSPHRASE), admin.toString());
        assertTrue(admin.toString().contains("key clear"), admin.toString());
        assertTrue(wlan.profileXml(IFACE, "Home").contains("<protected>true</protected>"),
                "without WLAN_PROFILE_GET_PLAINTEXT_KEY the key stays encrypted, elevated or not");
    }

    @Test
    void profilesMoveRenameAndReorder() {
        for (String name : List.of("A", "B", "C")) {
            wlan.setProfile(IFACE, WlanProfile.open(Ssid.of(name)).toXml(), false);
        }

        wlan.setProfilePosition(IFACE, "C", 0);
        assertEquals(List.of("C", "A", "B"), wlan.profiles(IFACE));
        wlan.setProfilePosition(IFACE, "C", 2);
        assertEquals(List.of("A", "B", "C"), wlan.profiles(IFACE));
        assertEquals(WlanErrors.ERROR_INVALID_PARAMETER,
                assertThrows(WlanException.class, () -> wlan.setProfilePosition(IFACE, "C", 3)).errorCode());
        assertThrows(IllegalArgumentException.class, () -> wlan.setProfilePosition(IFACE, "C", -1));

        wlan.renameProfile(IFACE, "A", "Attic & <Co>");
        assertEquals(List.of("Attic & <Co>", "B", "C"), wlan.profiles(IFACE));
        assertEquals("Attic & <Co>", wlan.profile(IFACE, "Attic & <Co>").name(), "the XML's name follows");
        assertEquals(WlanErrors.ERROR_ALREADY_EXISTS,
                assertThrows(WlanException.class, () -> wlan.renameProfile(IFACE, "B", "C")).errorCode());
        assertEquals(WlanErrors.ERROR_NOT_FOUND,
                assertThrows(WlanException.class, () -> wlan.renameProfile(IFACE, "A", "D")).errorCode());

        wlan.setProfileOrder(IFACE, List.of("C", "Attic & <Co>", "B"));
        assertEquals(List.of("C", "Attic & <Co>", "B"), wlan.profiles(IFACE));
        assertEquals(WlanErrors.ERROR_INVALID_PARAMETER, assertThrows(WlanException.class,
                () -> wlan.setProfileOrder(IFACE, List.of("C", "B"))).errorCode(), "a profile left out");
        assertEquals(WlanErrors.ERROR_NOT_FOUND, assertThrows(WlanException.class,
                () -> wlan.setProfileOrder(IFACE, List.of("C", "B", "Z"))).errorCode());
        int calls = backend.calls("WlanSetProfileList");
        assertThrows(IllegalArgumentException.class, () -> wlan.setProfileOrder(IFACE, List.of("C", "C", "B")));
        assertThrows(IllegalArgumentException.class, () -> wlan.setProfileOrder(IFACE, List.of()));
        assertEquals(calls, backend.calls("WlanSetProfileList"), "refused before the call");
        assertEquals(List.of("C", "Attic & <Co>", "B"), wlan.profiles(IFACE), "failed calls change nothing");
    }

    @Test
    void autoConnectIsSwitchedInTheStoredProfile() {
        backend.set(Setting.ELEVATED, 1);
        wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE).toXml(), false);

        wlan.setAutoConnect(IFACE, "Home", true);
        StoredProfile auto = wlan.profile(IFACE, "Home");
        assertTrue(auto.autoConnect());
        assertEquals(PASSPHRASE, auto.key().orElseThrow(), "the key survives the rewrite");

        wlan.setAutoConnect(IFACE, "Home", false);
        assertFalse(wlan.profile(IFACE, "Home").autoConnect());
        assertEquals(List.of("Home"), wlan.profiles(IFACE));
    }

    /**
     * Windows may make several attempts for one connect, reporting each failed one with
     * connection_attempt_fail before the one connection_complete: a connect whose second attempt
     * succeeds completes with the connection, not with the first attempt's failure.
     */
    @Test
    void aFailedAttemptDoesNotEndAConnectThatThenSucceeds() throws Exception {
        backend.set(Setting.REPORTS, 0);
        CompletableFuture<Connection> connect = wlan.connect(IFACE, HOME_PROFILE);
        backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_ATTEMPT_FAIL.code(), IFACE,
                connectionData("Home", WlanReasonCodes.ASSOCIATION_TIMEOUT, WlanStructs.CN_SIZE));
        assertTrue(wlan.awaitDelivered(Duration.ofSeconds(5)));
        assertFalse(connect.isDone(), "one failed attempt is not the connect's end");

        backend.connection(IFACE, Connection.builder(HOME, HOME_1).profileName("Home").build());
        backend.notify(WlanNotificationSource.ACM, AcmEvent.CONNECTION_COMPLETE.code(), IFACE,
                connectionData("Home", 0, WlanStructs.CN_SIZE));
        assertEquals(HOME_1, done(connect).bssid());
    }

    /** A deadline of the caller's, as the command line's --timeout gives (issue 22: its 120 s ended at 60). */
    @Test
    void aConnectsDeadlineIsTheOneGiven() {
        backend.set(Setting.REPORTS, 0); // a lost notification: only the deadline ends it

        WlanTimeoutException e = assertInstanceOf(WlanTimeoutException.class,
                failure(wlan.connect(IFACE, HOME_PROFILE, Duration.ofMillis(150)))); // within failure()'s 10 s
        assertTrue(e.isLibraryWait());
        wlan.setProfile(IFACE, HOME_PROFILE.toXml(), false);
        assertInstanceOf(WlanTimeoutException.class, failure(wlan.connect(IFACE, "Home", Duration.ofMillis(150))));
        assertThrows(IllegalArgumentException.class, () -> wlan.connect(IFACE, "Home", Duration.ZERO));
    }

    @Test
    void aFailedConnectIsClassifiedByItsReason() {
        backend.set(Setting.CONNECT_REASON, WlanReasonCodes.KEY_MISMATCH);

        WlanConnectionException e = assertInstanceOf(WlanConnectionException.class,
                failure(wlan.connect(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE))));

        assertEquals(WlanConnectionException.Failure.WRONG_KEY, e.failure());
        assertTrue(e.getMessage().contains("KEY_MISMATCH"), e.getMessage());
    }

    /**
     * Windows joins a network only with a profile whose security the network offers, as its
     * beacon's elements say: a WPA2 profile does not join an open or a WPA3-only network, an open
     * profile no secured one. The refusal is NETWORK_NOT_AVAILABLE (Microsoft documents it for a
     * mismatch between a profile's and a network's capabilities), whether the connect chooses the
     * BSS or names it, and for a network a test added without BSSs too.
     */
    @Test
    void aProfileJoinsOnlyANetworkThatOffersItsSecurity() throws Exception {
        SecurityMode[] modes = {SecurityMode.OPEN, SecurityMode.WEP, SecurityMode.WPA_PERSONAL,
            SecurityMode.WPA2_PERSONAL, SecurityMode.WPA3_PERSONAL, SecurityMode.WPA3_TRANSITION,
            SecurityMode.WPA2_ENTERPRISE, SecurityMode.OWE};
        for (int k = 0; k < modes.length; k++) {
            backend.addBss(IFACE, bss(Ssid.of(modes[k].name()), MacAddress.parse(String.format("02:5e:c0:00:00:%02x", k)),
                    modes[k]).build());
        }
        String expected = "OPEN open\nWEP -\nWPA_PERSONAL -\nWPA2_PERSONAL wpa2\nWPA3_PERSONAL wpa3\n"
                + "WPA3_TRANSITION wpa2 wpa3\nWPA2_ENTERPRISE enterprise\nOWE -\n";
        StringBuilder joined = new StringBuilder();
        for (SecurityMode mode : modes) {
            Ssid ssid = Ssid.of(mode.name());
            StringBuilder line = new StringBuilder(mode.name());
            if (joins(WlanProfile.open(ssid))) {
                line.append(" open");
            }
            if (joins(WlanProfile.wpa2Personal(ssid, PASSPHRASE))) {
                line.append(" wpa2");
            }
            if (joins(WlanProfile.wpa3Personal(ssid, PASSPHRASE))) {
                line.append(" wpa3");
            }
            if (joins(WlanProfile.wpa2Enterprise(ssid, "radius.example.com"))) {
                line.append(" enterprise");
            }
            joined.append(line.length() == mode.name().length() ? line.append(" -") : line).append('\n');
        }
        assertEquals(expected, joined.toString(), "which profiles join which networks");

        WlanConnectionException named = assertInstanceOf(WlanConnectionException.class, failure(wlan.connect(IFACE,
                WlanProfile.wpa2Personal(Ssid.of("OPEN"), PASSPHRASE), MacAddress.parse("02:5e:c0:00:00:00"))));
        assertEquals(WlanConnectionException.Failure.NETWORK_NOT_AVAILABLE, named.failure(), "a BSSID the connect names");

        Ssid office = Ssid.of("Office");
        backend.addNetwork(IFACE, AvailableNetwork.builder(office).security(AuthAlgorithm.RSNA_PSK, CipherAlgorithm.CCMP)
                .build());
        assertFalse(joins(WlanProfile.open(office)), "an added network's security counts too");
        assertTrue(joins(WlanProfile.wpa2Personal(office, PASSPHRASE)));
    }

    /**
     * Whether a connect with {@code profile} gets to the network (an enterprise one without
     * credentials gets as far as asking for them); false if it is not available to this profile.
     */
    private boolean joins(WlanProfile profile) throws Exception {
        CompletableFuture<Connection> f = wlan.connect(IFACE, profile);
        try {
            done(f);
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            WlanConnectionException c = assertInstanceOf(WlanConnectionException.class, e.getCause());
            if (c.reasonCode() == WlanReasonCodes.USER_NOT_RESPOND) {
                return true;
            }
            assertEquals(WlanReasonCodes.NETWORK_NOT_AVAILABLE, c.reasonCode(), profile + ": " + c.getMessage());
            return false;
        }
    }
}
