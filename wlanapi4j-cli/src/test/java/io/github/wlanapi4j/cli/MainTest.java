package io.github.wlanapi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Platform;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.InterfaceState;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The command line: arguments, exit codes, and each doctor diagnosis through the simulator's switches. */
class MainTest extends InProcessCli {



    @Test
    void helpAndUsageErrors() {
        assertEquals(Main.OK, run("--help"));
        assertTrue(out.startsWith("Usage: wlanapi4j"), out);
        assertEquals(Main.USAGE, run());
        assertTrue(err.startsWith("Usage: wlanapi4j"), err);
        assertEquals(Main.USAGE, run("frobnicate"));
        assertEquals("wlanapi4j: Unmatched argument at index 0: 'frobnicate'", err.lines().findFirst().orElse(""));
        assertEquals(Main.USAGE, run("demo", "--peer"));
        assertTrue(err.contains("Missing required parameter for option '--peer' (MAC)"), err);
        assertEquals(Main.USAGE, run("demo", "--peer", "02:11:22:33:44"));
        assertTrue(err.contains("not a MAC address: \"02:11:22:33:44\""), err);
        assertEquals(Main.USAGE, run("doctor", "--bogus"));
        assertTrue(err.contains("Unknown option: '--bogus'"), err);
        assertEquals(Main.USAGE, run("doctor", "--peer", "02:11:22:33:44:55"));
        assertTrue(err.contains("--peer is not an option of doctor"), err);
    }

    @Test
    void doctorPassesOnAHealthySimulator() {
        assertEquals(Main.OK, run("doctor", "--simulated"));
        assertTrue(out.contains("[simulated] Checking the simulator (--simulated)"), out);
        assertTrue(out.contains("ok    [simulated] WLAN client: opened, API version 2 negotiated"), out);
        assertTrue(out.contains("ok    [simulated] wireless interfaces: 1 found"), out);
        assertTrue(out.contains("ok    [simulated] location permission: networks can be listed (3 visible)"), out);
        assertTrue(out.contains("ok    [simulated] Wi-Fi Direct: available, API version 1"), out);
        assertTrue(out.contains("[simulated] All checks passed."), out);
    }

    @Test
    void offWindowsOnlyTheDemoFallsBackToTheSimulator() {
        assumeFalse(Platform.isWindows(), "on Windows the system's wlanapi.dll is used");
        for (String command : new String[] {"doctor", "interfaces", "networks", "scan", "profiles"}) {
            assertEquals(Main.UNAVAILABLE, run(command), command + ": a script must not mistake this host for a good one");
            assertEquals("", out);
            assertTrue(err.startsWith("wlanapi4j: There is no wlanapi.dll here: this is " + System.getProperty("os.name")),
                    err);
            assertTrue(err.contains("--simulated"), err);
        }
        assertEquals(Main.OK, run("demo"));
        assertTrue(out.startsWith("There is no wlanapi.dll here: this is " + System.getProperty("os.name")), out);
    }

    @Test
    void interfacesAsATableAndAsJson() {
        assertEquals(Main.OK, run("interfaces", "--simulated"));
        assertEquals(List.of("INDEX  GUID                                  STATE         DESCRIPTION",
                "1      " + Main.DEMO_INTERFACE + "  disconnected  Simulated Wi-Fi 6E adapter"),
                out.lines().collect(Collectors.toList()));
        assertEquals(Main.OK, run("--json", "interfaces", "--simulated"));
        assertEquals("[\n  {\"index\": 1, \"guid\": \"" + Main.DEMO_INTERFACE
                + "\", \"state\": \"disconnected\", \"description\": \"Simulated Wi-Fi 6E adapter\"}\n]",
                out.strip().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void networksBssAndScanListWhatTheInterfaceSees() {
        assertEquals(Main.OK, run("networks", "--simulated"));
        assertEquals(4, out.lines().count(), out);
        // Units and words as people read them, never enum names: "92%", "WPA2-Personal", "5 GHz".
        assertTrue(out.lines().skip(1).anyMatch(l -> l.matches(" +Home +100% +\\*{4} +WPA2-Personal +CCMP +1 +Home")), out);
        assertEquals(Main.OK, run("bss", "--simulated", "--ssid", "Office"));
        assertTrue(out.lines().skip(1).anyMatch(l -> l.matches(" +Office +02:00:00:00:00:03 +-75 dBm +\\d+% +[-*]{4} +1 +6 GHz "
                + "+160 MHz +Wi-Fi 6E +WPA3-Personal +HE +9 +25%")), out);
        assertEquals(2, out.lines().count(), "one BSS of that SSID: " + out);
        assertEquals(Main.OK, run("bss", "--simulated", "--json", "--ssid", "Cafe"));
        assertTrue(out.contains("\"rssiDbm\": -67, ") && out.contains("\"bandGhz\": 2.4, \"widthMhz\": 20, "
                + "\"generation\": \"Wi-Fi 4\", \"security\": \"Open\", \"phy\": \"HT\", \"stations\": 23, "
                + "\"utilizationPercent\": 75}"), out);
        assertEquals(Main.OK, run("scan", "--simulated", "--timeout", "5"));
        assertEquals(4, out.lines().count(), out);
        assertEquals(Main.OK, run("profiles", "--simulated", "--json"));
        assertEquals("[\n  {\"profile\": \"Home\"}\n]", out.strip().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void connectWithAProfileOrAPassphraseAndSayWhyItFailed() {
        assertEquals(Main.OK, run("connect", "--simulated", "--profile", "Home"));
        assertTrue(out.contains("Home  02:00:00:00:00:01  Home     Connected"), out);
        assertEquals(Main.OK, run("connect", "--simulated", "--ssid", "Office", "--passphrase", "correct horse", "--wpa3"));
        assertTrue(out.contains("Office"), out);
        assertEquals(Main.FAILED, run(sim -> sim.connectOutcome(java.time.Duration.ofMillis(10), 0x28002),
                "connect", "--simulated", "--ssid", "Cafe"));
        assertTrue(err.contains("the connection failed: Stand-in reason 0x28002 ("
                + io.github.wlanapi4j.WlanReasonCodes.name(0x28002) + ", reason code 0x28002)"), err);
        assertEquals(Main.FAILED, run("connect", "--simulated", "--profile", "Nowhere"));
        assertTrue(err.contains("ERROR_NOT_FOUND (1168)"), err);
        assertEquals(Main.FAILED, run(sim -> sim.operationsReport(false), "connect", "--simulated", "--profile", "Home",
                "--timeout", "1"));
        assertTrue(err.contains("the connection had no outcome within 1 s"), err);
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheValue() {
        // Not a GUID or a number: a description, which no interface has.
        assertEquals(Main.FAILED, run("networks", "--simulated", "--iface", "wlan0"));
        assertTrue(err.startsWith("wlanapi4j: no interface is described as \"wlan0\" (see `interfaces`)"), err);
        assertEquals(Main.USAGE, run("scan", "--simulated", "--timeout", "-3"));
        assertTrue(err.contains("--timeout must be a positive number of seconds, not \"-3\""), err);
        assertEquals(Main.USAGE, run("connect", "--simulated"));
        assertTrue(err.contains("connect needs --profile NAME or --ssid NAME"), err);
        assertEquals(Main.USAGE, run("connect", "--simulated", "--profile", "Home", "--wpa3"));
        assertEquals(Main.USAGE, run("connect", "--simulated", "--ssid", "Home", "--passphrase", "short"));
        assertTrue(err.contains("8"), "the passphrase rule, not the passphrase: " + err);
        assertFalse(err.contains("short"), err);
        assertEquals(Main.USAGE, run("interfaces", "--ssid", "x"));
        assertTrue(err.contains("--ssid is not an option of interfaces"), err);
        assertEquals(Main.USAGE, run("bss", "--ssid"));
        assertTrue(err.contains("Missing required parameter for option '--ssid' (NAME)"), err);
    }

    @Test
    void noInterfaceIsAFailureSaidPlainly() {
        assertEquals(Main.FAILED, run(sim -> { }, "networks", "--simulated", "--iface", "00000000-0000-0000-0000-000000000001"));
        assertTrue(err.contains("ERROR_NOT_FOUND (1168)"), err);
    }

    @Test
    void doctorExplainsAStoppedService() {
        assertEquals(Main.FAILED, run(sim -> sim.serviceRunning(false), "doctor", "--simulated"));
        assertTrue(out.contains("FAIL  [simulated] WLAN client: the WLAN AutoConfig service is not running. "
                + "Start it (as administrator): net start WlanSvc"), out);
        assertTrue(out.contains("Some checks failed"), out);
        assertEquals("", err, "no stack trace without --verbose");
    }

    @Test
    void doctorExplainsAWindowsTooOldForWifiDirect() {
        assertEquals(Main.FAILED, run(sim -> sim.wifiDirectAvailable(false), "doctor", "--simulated"));
        assertTrue(out.contains("ok    [simulated] WLAN client"), out);
        assertTrue(out.contains("FAIL  [simulated] Wi-Fi Direct: this Windows has no Wi-Fi Direct API "
                + "(it needs Windows 8 or later)."), out);
    }

    @Test
    void doctorExplainsMissingLocationPermission() {
        java.util.UUID iface = java.util.UUID.randomUUID();
        assertEquals(Main.FAILED, run(sim -> sim.addInterface(new io.github.wlanapi4j.WlanInterface(iface, "wifi",
                io.github.wlanapi4j.InterfaceState.CONNECTED)).locationAccess(false), "doctor", "--simulated"));
        assertTrue(out.contains("ok    [simulated] wireless interfaces: 2 found"), "the test's and the world's: " + out);
        assertTrue(out.contains("FAIL  [simulated] location permission: Windows denies listing networks without "
                + "location permission"), out);
        assertTrue(out.contains("ms-settings:privacy-location"), out);
    }

    @Test
    void doctorExplainsAHandleLimit() {
        assertEquals(Main.FAILED, run(sim -> sim.handleLimit(0), "doctor", "--simulated"));
        assertTrue(out.contains("the service has no client handles left"), out);
    }

    @Test
    void verbosePrintsTheStackTrace() {
        assertEquals(Main.FAILED, run(sim -> sim.serviceRunning(false), "--verbose", "doctor", "--simulated"));
        assertTrue(err.contains("WlanServiceNotActiveException: WlanOpenHandle failed: ERROR_SERVICE_NOT_ACTIVE (1062)"),
                err);
        assertTrue(err.contains("\tat "), err);
    }

    @Test
    void theDemoWalksTheWholeLifecycle() {
        assertEquals(Main.OK, run("demo", "--simulated"));
        for (String step : new String[] {"1. WlanClient.open()", "2. interfaces(): WlanEnumInterfaces, 1 found",
            "Simulated Wi-Fi 6E adapter (Disconnected), sees 3 networks", "Office 02:00:00:00:00:03 -75 dBm, channel 1 (6 GHz)",
            "3. subscribe", "notification on a library thread: CONNECTION_COMPLETE (ACM code 10)",
            "4. end the subscription", "5. WfdClient.open()", "6. openSession(02:11:22:33:44:55",
            "session open on interface " + Main.DEMO_INTERFACE, "7. session.close()", "8. wfd.close()",
            "9. wlan.close()", "Done: 0 handles and 0 sessions left open, 0 calls with a stale handle."}) {
            assertTrue(out.contains(step), "missing \"" + step + "\" in:\n" + out);
        }
        assertFalse(out.contains("FAIL"), out);
    }

    @Test
    void theDemoReportsAFailedStep() {
        assertEquals(Main.FAILED, run(sim -> sim.wifiDirectDisabledByPolicy(true), "demo", "--simulated"));
        assertTrue(out.contains("FAIL  [simulated] Wi-Fi Direct: Wi-Fi Direct is disabled by group policy"), out);
        assertTrue(out.contains("9. wlan.close()"), "the rest of the demo still ran and closed in order");
    }

    @Test
    void theDemoTakesAPeer() {
        assertEquals(Main.OK, run("demo", "--simulated", "--peer", "0A-1B-2C-3D-4E-5F"));
        assertTrue(out.contains("openSession(" + MacAddress.parse("0a:1b:2c:3d:4e:5f")), out);
    }

    // ---- Defects issue 22 reported, each with its test ---------------------------------------

    @Test
    void aTimeoutTooLargeForADurationMeansNoDeadlineNotACrash() {
        assertEquals(Main.OK, run("scan", "--simulated", "--timeout", "9223372036854775807"));
        assertEquals("", err);
    }

    @Test
    void helpIsHelpOnlyWhereAnOptionGoesNotAsAnOptionsValue() {
        // Read as the SSID "-h": a network not in the simulated world, so the connect fails as Windows' would.
        assertEquals(Main.FAILED, run("connect", "--simulated", "--ssid", "-h"));
        assertFalse(out.startsWith("usage") || err.contains("usage"), "the SSID \"-h\" was read as a request for help");
        assertTrue(err.contains("NETWORK_NOT_AVAILABLE"), err);
        assertEquals(Main.OK, run("bss", "--simulated", "-h"));
        assertTrue(out.startsWith("Usage: wlanapi4j bss"), out);
    }

    @Test
    void anOptionOrFlagGivenTwiceIsAnErrorNotTheLastOne() {
        assertEquals(Main.USAGE, run("interfaces", "--simulated", "--json", "--json"));
        assertTrue(err.contains("option '--json' should be specified only once"), err);
        assertEquals(Main.USAGE, run("--json", "interfaces", "--simulated", "--json"));
        assertTrue(err.contains("--json is given twice"), err);
        assertEquals(Main.USAGE, run("bss", "--simulated", "--ssid", "Home", "--ssid", "Cafe"));
        assertTrue(err.contains("option '--ssid' (NAME) should be specified only once"), err);
    }

    @Test
    void anInterfaceIsAFullGuidANumberOrItsDescription() {
        assertEquals(Main.USAGE, run("bss", "--simulated", "--iface", "1-2-3-4-5"));
        assertTrue(err.contains("8-4-4-4-12"), err);
        assertEquals(Main.USAGE, run("bss", "--simulated", "--iface", "0"));
        assertTrue(err.contains("numbered from 1"), err);
        assertEquals(Main.OK, run("status", "--simulated", "--iface", "1"));
        assertTrue(out.contains(Main.DEMO_INTERFACE.toString()), out);
        assertEquals(Main.OK, run("status", "--simulated", "--iface", "SIMULATED Wi-Fi 6E adapter"));
        assertTrue(out.contains(Main.DEMO_INTERFACE.toString()), out);
        assertEquals(Main.FAILED, run("status", "--simulated", "--iface", "2"));
        assertEquals("wlanapi4j: no interface number 2: there is 1 (see `interfaces`)", err.strip());
        assertEquals(Main.FAILED, run("status", "--simulated", "--iface", "Ethernet"));
        assertTrue(err.contains("no interface is described as \"Ethernet\""), err);
    }

    @Test
    void profileShowExportAddAndDeleteAsNetshDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertEquals(Main.OK, run("profile", "show", "Home", "--simulated"));
        assertTrue(out.contains("WPA2PSK") && out.contains("(present: --key shows it)"), out);
        assertFalse(out.contains("correct horse"), "no key unless asked for: " + out);
        assertEquals(Main.OK, run(sim -> sim.elevated(true), "--json", "profile", "show", "Home", "--key", "--simulated"));
        assertTrue(out.contains("\"key\": \"correct horse battery staple\""), out);

        assertEquals(Main.OK, run("profile", "export", dir.toString(), "--simulated"));
        java.nio.file.Path home = dir.resolve("Home.xml");
        String xml = java.nio.file.Files.readString(home);
        assertTrue(xml.contains("<name>Home</name>"), xml);
        assertFalse(xml.contains("correct horse"), "exported sealed unless --key: " + xml);

        assertEquals(Main.FAILED, run("profile", "add", home.toString(), "--simulated"));
        assertTrue(err.contains("ERROR_ALREADY_EXISTS (183)"), "an existing profile is not replaced: " + err);
        assertEquals(Main.OK, run("profile", "delete", "Home", "--simulated"));
        assertTrue(out.contains("Home") && out.contains("true"), out);
        assertEquals(Main.FAILED, run("profile", "delete", "Nowhere", "--simulated"));
        assertEquals(Main.FAILED, run("profile", "add", dir.resolve("missing.xml").toString(), "--simulated"));
        assertTrue(err.contains("cannot read the profile file"), err);

        assertEquals(Main.USAGE, run("profile", "--simulated"));
        assertEquals(Main.USAGE, run("profile", "show", "--simulated"));
        assertTrue(err.contains("Missing required parameter: 'NAME'"), err);
        assertEquals(Main.USAGE, run("profile", "frob", "--simulated"));
        assertEquals(Main.USAGE, run("profile", "delete", "Home", "--key", "--simulated"));
        assertEquals(Main.USAGE, run("profile", "show", "Home", "extra", "--simulated"));
        assertTrue(err.contains("Unmatched argument at index 3: 'extra'"), err);
        assertEquals("a_b_c_", Main.fileName("a/b:c?"));
    }

    @Test
    void fieldsAndTerseAsNmcliHasThem() {
        assertEquals(Main.OK, run("bss", "--simulated", "--terse", "--fields", "ssid,bssid,rssiDbm,inUse"));
        assertEquals("Home:02\\:00\\:00\\:00\\:00\\:01:-48:false", out.lines().findFirst().orElse(""),
                "no header, raw values, ':' escaped: " + out);
        assertEquals(3, out.lines().count(), out);
        assertEquals(Main.OK, run("--json", "interfaces", "--simulated", "--fields", "description,index"));
        assertEquals("[\n  {\"description\": \"Simulated Wi-Fi 6E adapter\", \"index\": 1}\n]",
                out.strip().replace(System.lineSeparator(), "\n"));
        assertEquals(Main.OK, run("networks", "--simulated", "--fields", "ssid,ssidHex"));
        assertTrue(out.lines().findFirst().orElse("").matches("SSID +SSID-HEX"), "a script's field shows when asked for: "
                + out);
        assertEquals(Main.USAGE, run("bss", "--simulated", "--fields", "ssid,rssi"));
        assertTrue(err.contains("--fields: no field \"rssi\" in bss; its fields are inUse,ssid,ssidHex,bssid,rssiDbm"), err);
        assertEquals(Main.USAGE, run("bss", "--simulated", "--json", "--terse"));
    }

    @Test
    void watchAppendsAViewPerScanWhereTheOutputIsNoTerminal() {
        assertEquals(Main.OK, run("watch", "--simulated", "--count", "2", "--interval", "1"));
        assertEquals(2, out.lines().filter(l -> l.startsWith("wlanapi4j watch: scan ")).count(), out);
        assertTrue(out.contains("wlanapi4j watch: scan 2, 3 BSSs"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(" +Home +02:00:00:00:00:01 +-48 dBm +36 +5 GHz +==")), out);
        assertTrue(out.contains("5 GHz      36  ##########     1 AP, strongest -48 dBm"), out);
        assertTrue(out.contains("2.4 GHz     1  ######         1 AP, strongest -67 dBm"), out);
        assertFalse(out.contains("\u001b["), "no ANSI codes where the output is not a terminal");
        assertEquals(Main.USAGE, run("watch", "--simulated", "--interval", "0"));
        assertTrue(err.contains("--interval must be 1 to 3600 seconds"), err);
        assertEquals("_:#", Main.sparkline(List.of(-95, -60, -20)));
    }

    @Test
    void radioOnAndOff() {
        assertEquals(Main.OK, run("radio", "off", "--simulated"));
        assertTrue(out.lines().anyMatch(l -> l.contains("off") && l.contains(Main.DEMO_INTERFACE.toString())), out);
        assertEquals(Main.OK, run("--json", "radio", "on", "--simulated"));
        assertTrue(out.contains("\"software\": \"on\""), out);
        assertEquals(Main.USAGE, run("radio", "--simulated"));
        assertTrue(err.contains("Missing required parameter: 'on|off'"), err);
        assertEquals(Main.USAGE, run("radio", "up", "--simulated"));
        assertTrue(err.contains("radio takes on or off, not \"up\""), err);
    }

    @Test
    void eventsAreTypedOnePerLineOrJsonLines() {
        assertEquals(Main.OK, run("events", "--simulated", "--count", "6", "--timeout", "10"));
        assertEquals(List.of("ACM CONNECTION_START  ssid=Home  profile=Home",
                "MSM ASSOCIATING  ssid=Home  profile=Home  peer=02:00:00:00:00:01",
                "MSM ASSOCIATED  ssid=Home  profile=Home  peer=02:00:00:00:00:01",
                "MSM AUTHENTICATING  ssid=Home  profile=Home  peer=02:00:00:00:00:01",
                "MSM CONNECTED  ssid=Home  profile=Home  peer=02:00:00:00:00:01",
                "ACM CONNECTION_COMPLETE  ssid=Home  profile=Home"), out.lines().collect(Collectors.toList()));
        assertEquals(Main.OK, run("--json", "events", "--simulated", "--count", "1", "--timeout", "10"));
        assertEquals("{\"source\": \"ACM\", \"event\": \"CONNECTION_START\", \"interface\": \"" + Main.DEMO_INTERFACE
                + "\", \"ssid\": \"Home\", \"profile\": \"Home\", \"peer\": null, \"signalPercent\": null, "
                + "\"reason\": \"SUCCESS\"}", out.strip());
        assertEquals(Main.USAGE, run("events", "--simulated", "--count", "0"));
        assertTrue(err.contains("--count must be a positive number"), err);
    }

    @Test
    void jsonIsAsciiWhateverTheConsoleEncodingAndCarriesTheSsidsBytes() {
        StringBuilder b = new StringBuilder();
        Main.Json.string(b, "Café 咖啡 \"q\"");
        assertEquals("\"Caf\\u00e9 \\u5496\\u5561 \\\"q\\\"\"", b.toString());
        assertEquals(Main.OK, run("bss", "--simulated", "--json"));
        assertTrue(out.chars().allMatch(c -> c < 0x80), out);
        assertTrue(out.contains("\"ssidHex\": \"486f6d65\""), out); // "Home"
        assertEquals(Main.OK, run("bss", "--simulated"));
        assertFalse(out.contains("ssidHex"), "a script's field, not a table column: " + out);
    }

    /** A world whose interface is connected to Home, with an adapter that has its address. */
    private static void connectedHome(WlanSimulator sim) {
        try {
            sim.addInterface(new WlanInterface(Main.DEMO_INTERFACE, "Wi-Fi", InterfaceState.CONNECTED))
                    .connection(Main.DEMO_INTERFACE, Connection.builder(Ssid.of("Home"),
                            MacAddress.parse("02:00:00:00:00:01")).profileName("Home").signalQuality(92).build())
                    .adapter(Main.DEMO_INTERFACE, MacAddress.parse("02:12:34:56:78:9a"), 7,
                            (Inet4Address) InetAddress.getByName("192.168.1.20"));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void statusShowsTheConnectionItsSignalAndTheAdapter() {
        assertEquals(Main.OK, run(MainTest::connectedHome, "status", "--simulated", "--json"));
        for (String field : List.of("\"state\": \"connected\"", "\"ssid\": \"Home\"", "\"bssid\": \"02:00:00:00:00:01\"",
                "\"rssiDbm\": -48", "\"channel\": 36", "\"signalPercent\": 92", "\"mac\": \"02:12:34:56:78:9a\"",
                "\"ipv4\": \"192.168.1.20\"", "\"radio\": \"on\"")) {
            assertTrue(out.contains(field), field + " in " + out);
        }
        assertEquals(Main.OK, run("status", "--simulated"));
        assertTrue(out.contains("disconnected") && !out.contains("Home"), out);
    }

    @Test
    void disconnectEndsTheConnection() {
        assertEquals(Main.OK, run(MainTest::connectedHome, "disconnect", "--simulated"));
        assertTrue(out.contains("disconnected"), out);
        assertEquals(Main.USAGE, run("disconnect", "--simulated", "--ssid", "Home"));
        assertTrue(err.contains("--ssid is not an option of disconnect"), err);
    }

    // ---- The grammar picocli parses: help per command, version, suggestions, completion ---------

    @Test
    void everyCommandHasItsHelpAndTheToolItsVersion() {
        assertEquals(Main.OK, run("scan", "--help"));
        assertTrue(out.startsWith("Usage: wlanapi4j scan") && out.contains("seconds to wait for the scan (default 10)"),
                out);
        assertEquals(Main.OK, run("help", "connect"));
        assertTrue(out.startsWith("Usage: wlanapi4j connect") && out.contains("--passphrase=TEXT"), out);
        assertEquals(Main.OK, run("help"));
        assertTrue(out.startsWith("Usage: wlanapi4j [-hV]"), out);
        assertEquals(Main.USAGE, run("help", "frobnicate"));
        assertTrue(err.startsWith("wlanapi4j: no command \"frobnicate\""), err);
        assertEquals(Main.OK, run("profile", "export", "-h"));
        assertTrue(out.startsWith("Usage: wlanapi4j profile export") && out.contains("[DIR]"), out);
        assertEquals(Main.OK, run("--version"));
        assertTrue(out.matches("wlanapi4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), out);
    }

    @Test
    void aMistypedCommandOrOptionGetsWhatWasMeant() {
        assertEquals(Main.USAGE, run("conect", "--simulated"));
        assertTrue(err.contains("Did you mean: wlanapi4j connect or wlanapi4j disconnect"), err);
        assertEquals(Main.USAGE, run("connect", "--simulated", "--pasphrase", "x"));
        assertTrue(err.contains("Possible solutions: --passphrase"), err);
        // --simulated's FILE is only ever attached: here it is the built-in world, then a command.
        assertEquals(Main.OK, run("--simulated", "interfaces"));
        assertTrue(out.contains("Simulated Wi-Fi 6E adapter"), out);
    }

    @Test
    void theCompletionScriptCompletesCommandsOptionsAndVerbsInBash() throws Exception {
        assumeFalse(Platform.isWindows(), "a Windows JVM (the Wine lane) does not run the host's bash");
        assumeTrue(new java.io.File("/bin/bash").canExecute(), "no bash here to source the script in");
        assertEquals(Main.OK, run("completion"));
        java.nio.file.Path script = java.nio.file.Files.createTempFile("wlanapi4j", ".bash");
        try {
            java.nio.file.Files.writeString(script, out);
            String probe = "source '" + script + "' 2>/dev/null; c() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
                    + "COMP_LINE=\"$*\"; _complete_wlanapi4j 2>/dev/null; echo \"${COMPREPLY[*]}\"; }; "
                    + "c wlanapi4j sc; c wlanapi4j connect --pa; c wlanapi4j profile ''";
            Process p = new ProcessBuilder("/bin/bash", "-c", probe).redirectErrorStream(true).start();
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "bash did not finish");
            assertEquals("scan\n--passphrase\nshow export add delete\n",
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.delete(script);
        }
    }
}
