package io.github.wlanapi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.InterfaceState;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.WlanProfile;
import io.github.wlanapi4j.WlanReasonCodes;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial review of the command line (issue 22): each test failed on the code as reviewed and
 * names the defect it showed.
 */
class CliBreakTest {
    String out;
    String err;

    private Consumer<WlanSimulator> setUp = sim -> { };

    private Main main(ByteArrayOutputStream o, ByteArrayOutputStream e) {
        Consumer<WlanSimulator> s = setUp;
        return new Main(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                () -> {
                    throw new AssertionError("the system's wlanapi.dll must not be loaded here");
                }, () -> {
                    WlanSimulator sim = new WlanSimulator();
                    s.accept(sim);
                    return sim;
                });
    }

    private int finish(int code, ByteArrayOutputStream o, ByteArrayOutputStream e) {
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    int runWith(Consumer<WlanSimulator> world, String... args) {
        setUp = world;
        try {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            return finish(main(o, e).run(args), o, e);
        } finally {
            setUp = sim -> { };
        }
    }

    int run(String... args) {
        return runWith(sim -> { }, args);
    }

    /** The demo interface added before Main's world, so that a test can give it more (world() keeps it). */
    static WlanSimulator withInterface(WlanSimulator sim) {
        return sim.addInterface(new WlanInterface(Main.DEMO_INTERFACE, "Simulated Wi-Fi 6E adapter",
                InterfaceState.DISCONNECTED));
    }

    /**
     * DEFECT: a bad --fields is found only when printing, after the command did its work: {@code
     * profile export DIR --fields bogus} writes the files, then exits 2 ("bad command line") as if
     * nothing had happened (same for profile delete, radio off, connect, disconnect).
     */
    @Test
    void aBadFieldsListIsRejectedBeforeTheCommandActs(@TempDir Path dir) throws Exception {
        int code = run("profile", "export", dir.toString(), "--fields", "bogus", "--simulated");
        List<Path> written;
        try (Stream<Path> files = Files.list(dir)) {
            written = files.collect(Collectors.toList());
        }
        assertEquals(Main.USAGE, code, err);
        assertEquals(List.of(), written, "a usage error (exit 2) must not have acted; err: " + err);
    }

    /**
     * DEFECT: --terse escapes ':' and '\' but not line breaks: an SSID (any 32 bytes a beacon
     * sends) with a newline splits one record into two, so a script reading one BSS per line reads
     * a forged record ("evil\nX:Y" gives a line "X:Y:...").
     */
    @Test
    void terseKeepsOneRecordPerLine() {
        int code = runWith(sim -> withInterface(sim).addBss(Main.DEMO_INTERFACE,
                BssEntry.builder(Ssid.of("evil\nforged:line"), MacAddress.parse("02:00:00:00:00:09")).rssi(-60).build()),
                "bss", "--terse", "--simulated");
        assertEquals(Main.OK, code, err);
        assertEquals(4, out.lines().count(), "4 BSSs, one line each:\n" + out);
    }

    /**
     * DEFECT: tables (and watch) print SSIDs raw: a beacon's SSID with an ESC sequence drives the
     * user's terminal (here: clear screen), where netsh and nmcli show such bytes escaped.
     */
    @Test
    void tablesDoNotPassControlCharactersToTheTerminal() {
        int code = runWith(sim -> withInterface(sim).addBss(Main.DEMO_INTERFACE,
                BssEntry.builder(Ssid.of("\u001b[2J\u001b[H"), MacAddress.parse("02:00:00:00:00:09")).rssi(-60).build()),
                "networks", "--simulated");
        assertEquals(Main.OK, code, err);
        assertFalse(out.contains("\u001b"), "a raw ESC from an SSID reached the terminal:\n" + out.replace("\u001b", "<ESC>"));
    }

    /**
     * DEFECT: a profile whose name starts with '-' cannot be named: {@code profile show -h} prints
     * the usage (exit 0) instead of the profile "-h", {@code profile delete -x} is "unknown
     * argument", and there is no {@code --} to end the options.
     */
    @Test
    void aProfileNamedLikeAnOptionCanBeShown() {
        Consumer<WlanSimulator> world = sim -> withInterface(sim).addProfile(Main.DEMO_INTERFACE,
                WlanProfile.open(Ssid.of("Dash")).named("-h").toXml());
        int code = runWith(world, "profile", "show", "-h", "--simulated");
        int escaped = runWith(world, "profile", "show", "--simulated", "--", "-h");
        assertTrue(code == Main.OK && out.contains("Dash") || escaped == Main.OK,
                "profile show -h: exit " + code + ", `-- -h`: exit " + escaped + ", out: " + out + " err: " + err);
    }

    /**
     * DEFECT: profile export maps names to files lossily and without checking for clashes:
     * profiles "a/b" and "a:b" both become a_b.xml; the second silently overwrites the first, and
     * the command reports two files (exit 0).
     */
    @Test
    void profileExportNeverWritesTwoProfilesToOneFile(@TempDir Path dir) throws Exception {
        int code = runWith(sim -> withInterface(sim)
                .addProfile(Main.DEMO_INTERFACE, WlanProfile.open(Ssid.of("One")).named("a/b").toXml())
                .addProfile(Main.DEMO_INTERFACE, WlanProfile.open(Ssid.of("Two")).named("a:b").toXml()),
                "profile", "export", dir.toString(), "--simulated");
        long files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.count();
        }
        assertTrue(code != Main.OK || files == 3, "exit " + code + ", 3 profiles exported into " + files + " files:\n" + out);
    }

    /**
     * DEFECT: fileName keeps Windows' reserved device names: a profile "CON" (or NUL, COM1, LPT1)
     * is exported to CON.xml, which on Windows is the console device, not a file: the profile is
     * lost while export reports it written.
     */
    @Test
    void exportFileNamesAvoidWindowsDeviceNames() {
        for (String name : new String[] {"CON", "nul", "COM1", "LPT1", "aux"}) {
            assertNotEquals(name, Main.fileName(name), name + ".xml is a device on Windows");
        }
    }

    /**
     * DEFECT: watch never ends, and says nothing, when scans fail: with every scan failing
     * (scan_fail), {@code watch --count 1 --interval 1} asks for a scan each second forever, with
     * no output and no error, where a failed scan should be reported (exit 1).
     */
    @Test
    void watchReportsFailingScans() throws Exception {
        setUp = sim -> sim.scanOutcome(Duration.ZERO, WlanReasonCodes.NETWORK_NOT_AVAILABLE);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Main main = main(o, e);
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(main.run(new String[] {"watch", "--count", "1", "--interval", "1",
            "--simulated"})), "watch-under-test");
        t.setDaemon(true);
        t.start();
        t.join(6_000);
        boolean ended = !t.isAlive();
        t.interrupt(); // clean up: watch's wait is interruptible
        t.join(5_000);
        finish(code.get(), o, e);
        assertTrue(ended, "still running after 6 s of failing scans; out: \"" + out + "\", err: \"" + err + "\"");
        assertEquals(Main.FAILED, code.get());
    }

    /**
     * DEFECT: events ignores --terse and --fields (both accepted as global options): {@code events
     * --terse --fields event} prints the usual "ACM CONNECTION_START  ssid=Home ..." lines.
     */
    @Test
    void eventsHonoursTerseAndFields() {
        int code = run("events", "--terse", "--fields", "event", "--count", "1", "--timeout", "10", "--simulated");
        assertTrue(code == Main.USAGE || out.strip().equals("CONNECTION_START"),
                "exit " + code + ", out: " + out);
    }

    /**
     * DEFECT: watch ignores --json (and --terse, --fields): {@code watch --json --count 1} prints the
     * human table, which a script asking for JSON cannot parse; it should print JSON or say it cannot.
     */
    @Test
    void watchHonoursJson() {
        int code = run("watch", "--json", "--count", "1", "--interval", "1", "--simulated");
        assertTrue(code == Main.USAGE || out.startsWith("[") || out.startsWith("{"), "exit " + code + ", out:\n" + out);
    }

    /**
     * DEFECT: events --iface with the GUID of no interface waits (silently, exit 0), where every
     * other command fails with "not found" (exit 1): a typo looks like a quiet network.
     */
    @Test
    void eventsOnAnUnknownInterfaceFails() {
        int code = run("events", "--iface", "11111111-2222-3333-4444-555555555555", "--count", "1", "--timeout", "2",
                "--simulated");
        assertEquals(Main.FAILED, code, "out: " + out + " err: " + err);
    }

    /**
     * DEFECT: --fields works only after the command, while --json and --terse work before it too
     * (the usage lists them together as options): {@code --fields ssid networks} is "unknown
     * command: --fields".
     */
    @Test
    void fieldsBeforeTheCommandAsJsonAndTerse() {
        int code = run("--fields", "ssid", "networks", "--simulated");
        assertEquals(Main.OK, code, err);
    }

    /**
     * DEFECT: --iface numbers: "0001" is interface 1 but "00001" is a usage error saying
     * "interfaces are numbered from 1"; and a number past the interfaces exits 2 from 10000 on
     * but 1 ("no interface number 5") below.
     */
    @Test
    void ifaceNumbersAreReadAsNumbers() {
        assertEquals(Main.OK, run("networks", "--iface", "0001", "--simulated"), err);
        assertEquals(Main.OK, run("networks", "--iface", "00001", "--simulated"), err);
    }
}
