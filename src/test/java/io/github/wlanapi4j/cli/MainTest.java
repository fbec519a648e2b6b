package io.github.wlanapi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.jna.Platform;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.WlanApi;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The command line: arguments, exit codes, and each doctor diagnosis through the simulator's switches. */
class MainTest {
    String out;
    String err;

    int run(Consumer<WlanSimulator> setUp, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        WlanApi noSystem = null;
        int code = new Main(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                () -> {
                    throw new AssertionError("the system's wlanapi.dll must not be loaded here");
                }, () -> {
                    WlanSimulator sim = new WlanSimulator();
                    setUp.accept(sim);
                    return sim;
                }).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    int run(String... args) {
        return run(sim -> { }, args);
    }

    @Test
    void helpAndUsageErrors() {
        assertEquals(Main.OK, run("--help"));
        assertTrue(out.startsWith("usage: wlanapi4j"), out);
        assertEquals(Main.USAGE, run());
        assertTrue(err.startsWith("usage: wlanapi4j"), err);
        assertEquals(Main.USAGE, run("frobnicate"));
        assertEquals("wlanapi4j: unknown command: frobnicate", err.lines().findFirst().orElse(""));
        assertEquals(Main.USAGE, run("demo", "--peer"));
        assertTrue(err.contains("--peer needs a MAC address"), err);
        assertEquals(Main.USAGE, run("demo", "--peer", "02:11:22:33:44"));
        assertTrue(err.contains("not a MAC address: \"02:11:22:33:44\""), err);
        assertEquals(Main.USAGE, run("doctor", "--bogus"));
        assertTrue(err.contains("unknown argument: --bogus"), err);
        assertEquals(Main.USAGE, run("doctor", "--peer", "02:11:22:33:44:55"));
    }

    @Test
    void doctorPassesOnAHealthySimulator() {
        assertEquals(Main.OK, run("doctor", "--simulated"));
        assertTrue(out.contains("[simulated] Checking the simulator (--simulated)"), out);
        assertTrue(out.contains("ok    [simulated] WLAN client: opened, API version 2 negotiated"), out);
        assertTrue(out.contains("ok    [simulated] wireless interfaces: 0 found"), out);
        assertTrue(out.contains("ok    [simulated] Wi-Fi Direct: available, API version 1"), out);
        assertTrue(out.contains("[simulated] All checks passed."), out);
    }

    @Test
    void offWindowsItSaysSoAndUsesTheSimulator() {
        assumeFalse(Platform.isWindows(), "on Windows the system's wlanapi.dll is checked");
        assertEquals(Main.OK, run("doctor"));
        assertTrue(out.startsWith("There is no wlanapi.dll here: this is " + System.getProperty("os.name")), out);
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
        assertTrue(out.contains("ok    [simulated] wireless interfaces: 1 found"), out);
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
        for (String step : new String[] {"1. WlanClient.open()", "2. subscribe", "notification on a library thread: ACM code 10",
            "3. end the subscription", "4. WfdClient.open()", "5. openSession(02:11:22:33:44:55",
            "session open on interface " + Main.DEMO_INTERFACE, "6. session.close()", "7. wfd.close()",
            "8. wlan.close()", "Done: 0 handles and 0 sessions left open, 0 calls with a stale handle."}) {
            assertTrue(out.contains(step), "missing \"" + step + "\" in:\n" + out);
        }
        assertFalse(out.contains("FAIL"), out);
    }

    @Test
    void theDemoReportsAFailedStep() {
        assertEquals(Main.FAILED, run(sim -> sim.wifiDirectDisabledByPolicy(true), "demo", "--simulated"));
        assertTrue(out.contains("FAIL  [simulated] Wi-Fi Direct: Wi-Fi Direct is disabled by group policy"), out);
        assertTrue(out.contains("8. wlan.close()"), "the rest of the demo still ran and closed in order");
    }

    @Test
    void theDemoTakesAPeer() {
        assertEquals(Main.OK, run("demo", "--simulated", "--peer", "0A-1B-2C-3D-4E-5F"));
        assertTrue(out.contains("openSession(" + MacAddress.parse("0a:1b:2c:3d:4e:5f")), out);
    }
}
