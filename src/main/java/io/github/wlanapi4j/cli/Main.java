package io.github.wlanapi4j.cli;

import com.sun.jna.Platform;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.WfdClient;
import io.github.wlanapi4j.WfdSession;
import io.github.wlanapi4j.WlanAccessDeniedException;
import io.github.wlanapi4j.WlanApi;
import io.github.wlanapi4j.WlanClient;
import io.github.wlanapi4j.WlanException;
import io.github.wlanapi4j.WlanHandleLimitException;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.WlanInvalidStateException;
import io.github.wlanapi4j.WlanLocationAccessDeniedException;
import io.github.wlanapi4j.WlanNotification;
import io.github.wlanapi4j.WlanNotificationSource;
import io.github.wlanapi4j.WlanRpcException;
import io.github.wlanapi4j.WlanServiceNotActiveException;
import io.github.wlanapi4j.WlanUnavailableException;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The {@code wlanapi4j} command: {@code doctor} checks that the Native Wifi API works here and
 * says what to do where it does not; {@code demo} walks the whole lifecycle. Off Windows both run
 * against {@link WlanSimulator}, and say so.
 *
 * <p>Exit codes: 0 all went well; 1 a check or a step failed; 2 the command line was wrong.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final MacAddress DEMO_PEER = MacAddress.parse("02:11:22:33:44:55");
    static final UUID DEMO_INTERFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    private static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage: wlanapi4j [--verbose] <command> [options]",
            "",
            "commands:",
            "  doctor [--simulated]               check that the Native Wifi API works here",
            "  demo [--simulated] [--peer MAC]    walk the lifecycle: client, notifications, Wi-Fi Direct",
            "  help                               show this text",
            "",
            "Off Windows, or with --simulated, both run against a simulated wlanapi.dll.",
            "--peer: a paired Wi-Fi Direct device for the demo to open a session to (on Windows).",
            "--verbose: print stack traces of failures.",
            "exit codes: 0 ok, 1 a check or step failed, 2 bad command line");

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<WlanApi> system;
    private final Supplier<WlanSimulator> simulators;
    private boolean verbose;

    Main(PrintStream out, PrintStream err, Supplier<WlanApi> system, Supplier<WlanSimulator> simulators) {
        this.out = out;
        this.err = err;
        this.system = system;
        this.simulators = simulators;
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line, as {@code --help} describes it
     */
    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err, WlanApi::load, WlanSimulator::new).run(args));
    }

    int run(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        verbose = rest.remove("--verbose");
        if (rest.isEmpty() || rest.contains("--help") || rest.contains("-h") || rest.get(0).equals("help")) {
            (rest.isEmpty() ? err : out).println(USAGE_TEXT);
            return rest.isEmpty() ? USAGE : OK;
        }
        String command = rest.remove(0);
        boolean simulated = rest.remove("--simulated");
        MacAddress peer = null;
        int p = rest.indexOf("--peer");
        if (p >= 0) {
            if (p + 1 >= rest.size()) {
                return usage("--peer needs a MAC address, e.g. --peer 02:11:22:33:44:55");
            }
            try {
                peer = MacAddress.parse(rest.get(p + 1));
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
            rest.subList(p, p + 2).clear();
        }
        if (!rest.isEmpty()) {
            return usage("unknown argument: " + rest.get(0));
        }
        switch (command) {
            case "doctor":
                return peer != null ? usage("--peer is for demo") : doctor(simulated);
            case "demo":
                return demo(simulated, peer);
            default:
                return usage("unknown command: " + command);
        }
    }

    private int usage(String problem) {
        err.println("wlanapi4j: " + problem);
        err.println("Try: wlanapi4j --help");
        return USAGE;
    }

    /** The binding to use, and whether it is the simulator; null if none could be had. */
    private Target target(boolean simulated) {
        if (simulated) {
            return new Target(simulators.get(), "the simulator (--simulated)");
        }
        if (!Platform.isWindows()) {
            out.println("There is no wlanapi.dll here: this is " + System.getProperty("os.name")
                    + ", and the Native Wifi API exists only on Windows. Using the simulator instead.");
            return new Target(simulators.get(), "the simulator");
        }
        return new Target(system.get(), "wlanapi.dll");
    }

    private static final class Target implements AutoCloseable {
        final WlanApi api;
        final String label;

        Target(WlanApi api, String label) {
            this.api = api;
            this.label = label;
        }

        boolean simulated() {
            return api instanceof WlanSimulator;
        }

        @Override
        public void close() {
            if (api instanceof WlanSimulator) {
                ((WlanSimulator) api).close();
            }
        }
    }

    // ---- doctor --------------------------------------------------------------------------------

    /** What a command does with its target; returns the exit code. */
    private interface Command {
        int run(Target target, String tag) throws InterruptedException;
    }

    /** Runs {@code command} on the system's wlanapi.dll or the simulator, reporting what goes wrong. */
    private int onTarget(boolean simulated, Command command) {
        Target target;
        try {
            target = target(simulated);
        } catch (WlanUnavailableException e) {
            fail("load wlanapi.dll", e);
            return FAILED;
        }
        try (Target t = target) {
            return command.run(t, t.simulated() ? "[simulated] " : "");
        } catch (WlanException e) {
            fail("unexpected failure", e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("wlanapi4j: interrupted");
            return FAILED;
        }
    }

    private int doctor(boolean simulated) {
        return onTarget(simulated, this::doctor);
    }

    private int doctor(Target t, String tag) {
        out.println(tag + "Checking " + t.label);
        boolean ok = true;
        try (WlanClient wlan = WlanClient.open(t.api)) {
            pass(tag + "WLAN client: opened, API version " + wlan.negotiatedVersion() + " negotiated");
            ok = readModel(wlan, tag);
        } catch (WlanException e) {
            fail(tag + "WLAN client", e);
            ok = false;
        }
        try (WfdClient wfd = WfdClient.open(t.api)) {
            pass(tag + "Wi-Fi Direct: available, API version " + wfd.negotiatedVersion());
        } catch (WlanException e) {
            fail(tag + "Wi-Fi Direct", e);
            ok = false;
        }
        out.println(ok ? tag + "All checks passed." : tag + "Some checks failed; see above.");
        return ok ? OK : FAILED;
    }

    /** Lists the interfaces, and on the first one checks location permission (Windows 11 24H2). */
    private boolean readModel(WlanClient wlan, String tag) {
        List<WlanInterface> interfaces;
        try {
            interfaces = wlan.interfaces();
        } catch (WlanException e) {
            fail(tag + "wireless interfaces", e);
            return false;
        }
        pass(tag + "wireless interfaces: " + interfaces.size() + " found");
        if (interfaces.isEmpty()) {
            out.println("  note  " + tag + "location permission: not checked (no wireless interface)");
            return true;
        }
        try {
            int networks = wlan.availableNetworks(interfaces.get(0).guid()).size();
            pass(tag + "location permission: networks can be listed (" + networks + " visible)");
            return true;
        } catch (WlanException e) {
            fail(tag + "location permission", e);
            return false;
        }
    }

    private void pass(String what) {
        out.println("  ok    " + what);
    }

    private void fail(String what, WlanException e) {
        out.println("  FAIL  " + what + ": " + advice(e));
        if (verbose) {
            e.printStackTrace(err);
        }
    }

    /** What a user can do about a failure; the one place that explains them. */
    static String advice(WlanException e) {
        if (e instanceof WlanUnavailableException) {
            return e.function().startsWith("WFD")
                    ? "this Windows has no Wi-Fi Direct API (it needs Windows 8 or later)."
                    : "wlanapi.dll is missing. On Windows Server, install the Wireless LAN Service feature "
                            + "(PowerShell, as administrator: Install-WindowsFeature Wireless-Networking) and restart.";
        }
        if (e instanceof WlanServiceNotActiveException) {
            return "the WLAN AutoConfig service is not running. Start it (as administrator): net start WlanSvc, and "
                    + "set its startup type to Automatic.";
        }
        if (e instanceof WlanInvalidStateException) {
            return "Wi-Fi Direct is disabled by group policy; ask your administrator to allow it.";
        }
        if (e instanceof WlanLocationAccessDeniedException) {
            return "Windows denies listing networks without location permission (Windows 11 24H2 and later). Turn on "
                    + "Settings > Privacy & security > Location > \"Let desktop apps access your location\" "
                    + "(start ms-settings:privacy-location). A Windows service is denied without a prompt.";
        }
        if (e instanceof WlanAccessDeniedException) {
            return "access denied; run as a user allowed to manage wireless networks.";
        }
        if (e instanceof WlanHandleLimitException) {
            return "the service has no client handles left; close WLAN handles that are no longer needed.";
        }
        if (e instanceof WlanRpcException) {
            return "the WLAN service could not be reached (" + e.getMessage() + "); check that WlanSvc runs.";
        }
        return e.getMessage();
    }

    // ---- demo ----------------------------------------------------------------------------------

    private int demo(boolean simulated, MacAddress peer) {
        return onTarget(simulated, (t, tag) -> {
            MacAddress sessionPeer = peer;
            if (t.simulated()) {
                sessionPeer = peer != null ? peer : DEMO_PEER;
                ((WlanSimulator) t.api).peer(sessionPeer, Duration.ofMillis(50), DEMO_INTERFACE);
            }
            return demo(t, tag, sessionPeer);
        });
    }

    private int demo(Target t, String tag, MacAddress peer) throws InterruptedException {
        boolean ok = true;
        out.println(tag + "1. WlanClient.open(): WlanOpenHandle, asking for version 2");
        try (WlanClient wlan = WlanClient.open(t.api)) {
            out.println(tag + "   open, version " + wlan.negotiatedVersion() + " negotiated: " + wlan);
            out.println(tag + "2. subscribe to ACM notifications: one WlanRegisterNotification for the client");
            CountDownLatch received = new CountDownLatch(1);
            try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                out.println(tag + "   notification on a library thread: " + describe(n));
                received.countDown();
            })) {
                if (t.simulated()) {
                    ((WlanSimulator) t.api).notify(WlanNotificationSource.ACM, 10, DEMO_INTERFACE, new byte[] {1, 2});
                    if (!received.await(5, TimeUnit.SECONDS)) {
                        out.println(tag + "   (no notification arrived within 5 s)");
                        return FAILED;
                    }
                } else {
                    out.println(tag + "   subscribed; notifications arrive as the system sends them");
                }
                out.println(tag + "3. end the subscription: the registration is removed (source NONE)");
            } catch (WlanException e) {
                fail(tag + "notifications", e);
                ok = false;
            }
            out.println(tag + "4. WfdClient.open(): WFDOpenHandle, version 1");
            try (WfdClient wfd = WfdClient.open(t.api)) {
                out.println(tag + "   open, version " + wfd.negotiatedVersion() + ": " + wfd);
                if (peer == null) {
                    out.println(tag + "5. no --peer given: skipping the Wi-Fi Direct session");
                } else {
                    out.println(tag + "5. openSession(" + peer + ", 30 s): WFDStartOpenSession, then its callback");
                    try (WfdSession session = wfd.openSession(peer, Duration.ofSeconds(30))) {
                        out.println(tag + "   session open on interface " + session.interfaceGuid());
                        out.println(tag + "6. session.close(): WFDCloseSession");
                    }
                }
                out.println(tag + "7. wfd.close(): ends any sessions left, then WFDCloseHandle");
            } catch (WlanException e) {
                fail(tag + "Wi-Fi Direct", e);
                ok = false;
            }
            out.println(tag + "8. wlan.close(): WlanCloseHandle");
        }
        if (t.simulated()) {
            WlanSimulator sim = (WlanSimulator) t.api;
            sim.awaitIdle(Duration.ofSeconds(5));
            out.println(tag + "Done: " + sim.openHandles() + " handles and " + sim.openSessions()
                    + " sessions left open, " + sim.staleHandleCalls() + " calls with a stale handle.");
        } else {
            out.println("Done.");
        }
        return ok ? OK : FAILED;
    }

    private static String describe(WlanNotification n) {
        return n.source() + " code " + n.code() + " on interface " + n.interfaceGuid() + ", " + n.data().length
                + " bytes of data";
    }
}
