package io.github.wlanapi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --simulated=FILE}: a world described in a few lines, kept across runs, so that
 * {@code connect} and then {@code status} can be tried as on a real machine.
 */
class WorldFileTest extends InProcessCli {
    @TempDir
    Path dir;


    @Test
    void aConnectIsStillThereForTheNextRunAndADisconnectToo() throws IOException {
        Path world = dir.resolve("home.world");
        String simulated = "--simulated=" + world;

        assertEquals(Main.OK, run("connect", simulated, "--profile", "Home"), err);
        assertTrue(Files.readString(world).contains("connected profile=\"Home\" bssid=02:00:00:00:00:01"),
                Files.readString(world));
        assertEquals(Main.OK, run("status", simulated, "--json"), err);
        assertTrue(out.contains("\"state\": \"connected\"") && out.contains("\"ssid\": \"Home\""), out);
        assertEquals(Main.OK, run("bss", simulated, "--terse", "--fields", "inUse,ssid"), err);
        assertEquals("true:Home\nfalse:Cafe\nfalse:Office\n", out.replace(System.lineSeparator(), "\n"));

        assertEquals(Main.OK, run("disconnect", simulated), err);
        assertFalse(Files.readString(world).contains("connected"), Files.readString(world));
        assertEquals(Main.OK, run("status", simulated, "--json"), err);
        assertTrue(out.contains("\"state\": \"disconnected\""), out);
    }

    @Test
    void aMissingFileIsMadeFromTheBuiltInWorldAndItsLinesAreKept() throws IOException {
        Path world = dir.resolve("new.world");
        assertEquals(Main.OK, run("networks", "--simulated=" + world), err);
        List<String> builtIn = World.builtIn();
        assertEquals(builtIn, Files.readAllLines(world), "the built-in world; networks changed nothing to write back");

        assertEquals(Main.OK, run("radio", "off", "--simulated=" + world), err);
        List<String> written = Files.readAllLines(world);
        for (String line : builtIn) {
            if (!line.startsWith("profile")) {
                assertTrue(written.contains(line), "kept as it was: " + line);
            }
        }
        assertTrue(written.stream().anyMatch(l -> l.startsWith("profile xml=\"<?xml")), written.toString());
        assertTrue(written.stream().anyMatch(l -> l.contains("correct horse battery staple")),
                "the key in the clear, so that the profile connects next time: " + written);
        assertEquals(Main.OK, run("status", "--simulated=" + world, "--json"), err);
        assertTrue(out.contains("\"radio\": \"off\""), out);
        assertEquals(Main.OK, run("profile", "delete", "Home", "--simulated=" + world), err);
        assertEquals(Main.OK, run("profiles", "--simulated=" + world), err);
        assertFalse(out.contains("Home"), out);
    }

    @Test
    void aWorldOfYourOwnRefusesWhatWindowsRefuses() throws IOException {
        Path world = dir.resolve("lab.world");
        Files.writeString(world, String.join("\n",
                "# two networks",
                "interface description=\"Lab adapter\"",
                "bss ssid=\"Lab Guest\" bssid=02:1a:b0:00:00:01 rssi=-52 channel=6 security=Open",
                "bss ssid=Lab bssid=02:1a:b0:00:00:02 rssi=-60 channel=149 width=80 generation=6 "
                        + "security=WPA3-Personal stations=3 utilization=40",
                ""));
        String simulated = "--simulated=" + world;
        assertEquals(Main.OK, run("bss", simulated, "--terse", "--fields", "ssid,channel,bandGhz,security,stations"), err);
        assertEquals("Lab Guest:6:2.4:Open:\nLab:149:5:WPA3-Personal:3\n", out.replace(System.lineSeparator(), "\n"));

        assertEquals(Main.FAILED, run("connect", simulated, "--ssid", "Lab", "--passphrase", "a passphrase"));
        assertTrue(err.contains("NETWORK_NOT_AVAILABLE"), "a WPA2 profile on a WPA3-only network: " + err);
        assertEquals(Main.OK, run("connect", simulated, "--ssid", "Lab", "--passphrase", "a passphrase", "--wpa3"), err);
        assertEquals(Main.OK, run("status", simulated, "--json"), err);
        assertTrue(out.contains("\"ssid\": \"Lab\"") && out.contains("Lab adapter"), out);
        assertTrue(Files.readString(world).replace("\r\n", "\n") // written back with the platform's line ends
                .startsWith("# two networks\ninterface description=\"Lab adapter\"\n"), "the world's own lines stay as written");
    }

    @Test
    void aWrongLineIsAUsageErrorNamingItAndTheFileStaysAsItWas() throws IOException {
        Path world = dir.resolve("bad.world");
        String text = "bss ssid=Home bssid=02:00:00:00:00:01 rssi=-48 channel=36\nbss ssid=Cafe bssid=nope rssi=-60 channel=1\n";
        Files.writeString(world, text);
        assertEquals(Main.USAGE, run("bss", "--simulated=" + world));
        assertTrue(err.startsWith("wlanapi4j: " + world + ":2: ") && err.contains("nope"), err);
        assertEquals(text, Files.readString(world));

        for (String line : List.of("bss ssid=A bssid=02:00:00:00:00:01 rssi=-48 channel=36 security=WPA5",
                "bss ssid=A bssid=02:00:00:00:00:01 rssi=12 channel=36", "bss ssid=A bssid=02:00:00:00:00:01 channel=36",
                "bss ssid=A bssid=02:00:00:00:00:01 rssi=-48 channel=36 colour=red", "router ssid=A",
                "interface description=\"not closed", "interface\ninterface")) {
            Files.writeString(world, line + "\n");
            assertEquals(Main.USAGE, run("bss", "--simulated=" + world), line);
            assertTrue(err.startsWith("wlanapi4j: " + world + ":"), line + ": " + err);
        }
    }

    @Test
    void aQuotedValueComesBackAsItWasWritten() {
        for (String value : List.of("plain", "with spaces", "quote \" and \\ backslash", "two\nlines\r\n\tand a tab",
                "<?xml version=\"1.0\"?>\n<WLANProfile>é 咖啡</WLANProfile>", "")) {
            assertEquals(List.of("profile", "xml=" + value), World.words("profile xml=" + World.quote(value), "test: "));
        }
    }
}
