package io.github.wlanapi4j.ie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adversarial review of the information-element parser and builder (after 68c4235): each test
 * failed then, and passes since its fix. Elements of a length Wireshark rejects are not read; the
 * builder refuses channels, widths and security no radio uses.
 */
class IeBreakTest {
    @TempDir
    Path dir;

    private static byte[] hex(String s) {
        s = s.replace(" ", "");
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /** tshark's first occurrence of each field, for one beacon carrying these elements. */
    private Map<String, String> tshark(byte[] ies, String... fields) throws Exception {
        assumeTrue(WiresharkOracleTest.tsharkRuns(), "tshark is not installed");
        Path pcap = dir.resolve("one.pcap");
        Files.write(pcap, WiresharkOracleTest.pcap(List.of(ies)));
        List<String> cmd = new ArrayList<>(List.of("tshark", "-r", pcap.toString(), "-T", "fields",
                "-E", "separator=/t", "-E", "occurrence=f"));
        for (String f : fields) {
            cmd.add("-e");
            cmd.add(f);
        }
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String[] v = Files.readAllLines(out, StandardCharsets.UTF_8).get(0).split("\t", -1);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            m.put(fields[i], i < v.length ? v[i] : "");
        }
        return m;
    }

    // ---- parse: elements Wireshark (and iw) reject by length, read here anyway -----------------

    /** 0b06 0500 80 0000 00: Wireshark "Tag Length 6 wrong, must be = 4 or 5" (iw: 5 only): no load. */
    @Test
    void bssLoadOfSixBytesIsNoLoad() throws Exception {
        byte[] ies = hex("0b06 0500 80 0000 00");
        assertEquals("", tshark(ies, "wlan.qbss.scount").get("wlan.qbss.scount"));
        assertTrue(InformationElements.parse(ies).bssLoad().isEmpty(),
                "observed " + InformationElements.parse(ies).bssLoad());
    }

    /**
     * DS channel 6, then a 2-byte HT Operation (standard: 22 bytes). Wireshark: "HT Information IE
     * content length 2 wrong, must be at least 22 bytes"; iw: 22..22. So the DS channel (6) and 20 MHz.
     */
    @Test
    void htOperationOfTwoBytesIsNotAnHtOperation() throws Exception {
        byte[] ies = hex("0301 06 3d02 0b07");
        Map<String, String> w = tshark(ies, "wlan.ds.current_channel", "wlan.ht.info.primarychannel",
                "wlan.ht.info.chanwidth");
        assertEquals("6", w.get("wlan.ds.current_channel"));
        assertEquals("", w.get("wlan.ht.info.primarychannel"));
        InformationElements p = InformationElements.parse(ies);
        assertEquals(6, p.primaryChannel().orElse(-1), "primary channel");
        assertEquals(20, p.channelWidthMhz(), "width");
    }

    /** A 3-byte VHT Operation (width 1, CCFS0 42, CCFS1 50). Wireshark: "length 3 wrong, must be = 5": 20 MHz. */
    @Test
    void vhtOperationOfThreeBytesIsNotAVhtOperation() throws Exception {
        byte[] ies = hex("c003 01 2a 32");
        assertEquals("", tshark(ies, "wlan.vht.op.channelwidth").get("wlan.vht.op.channelwidth"));
        assertEquals(20, InformationElements.parse(ies).channelWidthMhz());
    }

    /** A 2-byte DS Parameter Set. Wireshark: "Tag length 2 wrong, must be = 1" (iw: 1..1): no channel. */
    @Test
    void dsParameterSetOfTwoBytesNamesNoChannel() throws Exception {
        byte[] ies = hex("0302 06 0b");
        assertEquals("", tshark(ies, "wlan.ds.current_channel").get("wlan.ds.current_channel"));
        assertTrue(InformationElements.parse(ies).primaryChannel().isEmpty(),
                "observed " + InformationElements.parse(ies).primaryChannel());
    }

    // ---- parse: contract of InformationElement -------------------------------------------------

    /**
     * ff00: an Element ID Extension without its extension byte. Decided: it stays in elements()
     * (every element sent is shown), its extensionId() is -1 as documented for one too short to
     * hold it, and its name says so rather than "-1".
     */
    @Test
    void anExtensionElementWithoutItsExtensionIdIsNamedAndDocumented() {
        InformationElement e = InformationElements.parse(hex("ff00")).elements().get(0);
        assertEquals(255, e.id());
        assertFalse(e.name().contains("-1"), "name " + e.name());
        assertEquals(-1, e.extensionId());
    }

    // ---- builder -------------------------------------------------------------------------------

    private static byte[] data(byte[] ies, int id, int ext) {
        for (InformationElement e : InformationElements.parse(ies).elements()) {
            if (e.id() == id && e.extensionId() == ext) {
                return e.data();
            }
        }
        throw new AssertionError("no element " + id + "/" + ext);
    }

    /** HT 40 MHz on channel 14 (2484 MHz): no 40 MHz channel contains it; builder writes secondary "below" (10). */
    @Test
    void builderRejectsHt40OnChannel14() {
        assertThrows(IllegalArgumentException.class,
                () -> InformationElements.builder().channel(WifiGeneration.WIFI_4, 14, 40).build());
    }

    /** 37 is no 5 GHz channel (36, 40, ...); channel6Ghz checks its grid, channel() does not. */
    @Test
    void builderRejectsAChannelOffThe5GhzGrid() {
        assertThrows(IllegalArgumentException.class,
                () -> InformationElements.builder().channel(WifiGeneration.WIFI_5, 37, 80).build());
    }

    /** Primary 32 at 80 MHz: tshark reads HT primary 32, VHT CCFS0 42 (channels 36-48): the primary is outside. */
    @Test
    void builderVhtCentreOnChannel32ExcludesThePrimary() {
        byte[] ies;
        try {
            ies = InformationElements.builder().channel(WifiGeneration.WIFI_5, 32, 80).build();
        } catch (IllegalArgumentException rejected) {
            return; // rejecting is fine too
        }
        int ccfs0 = data(ies, 192, -1)[1] & 0xFF;
        assertTrue(Math.abs(ccfs0 - 32) <= 6, "primary 32, 80 MHz centre " + ccfs0);
    }

    /** Primary 132 at 160 MHz: tshark reads CCFS1 146; 5 GHz 160 MHz channels are 50, 114, 163 only. */
    @Test
    void builderWritesANonexistent160MhzChannel() {
        byte[] ies;
        try {
            ies = InformationElements.builder().channel(WifiGeneration.WIFI_5, 132, 160).build();
        } catch (IllegalArgumentException rejected) {
            return;
        }
        int ccfs1 = data(ies, 192, -1)[2] & 0xFF;
        assertTrue(List.of(50, 114, 163).contains(ccfs1), "160 MHz centre " + ccfs1);
    }

    /** 6 GHz primary 233 at 40 MHz: tshark reads CCFS0 235, past the band's last channel (233). */
    @Test
    void builder6GhzWidthPastTheBandIsAccepted() {
        assertThrows(IllegalArgumentException.class,
                () -> InformationElements.builder().channel6Ghz(WifiGeneration.WIFI_6E, 233, 40).build());
        assertThrows(IllegalArgumentException.class,
                () -> InformationElements.builder().channel6Ghz(WifiGeneration.WIFI_6E, 225, 160).build()); // CCFS1 239
        assertThrows(IllegalArgumentException.class,
                () -> InformationElements.builder().channel6Ghz(WifiGeneration.WIFI_7, 193, 320).build()); // CCFS1 223
    }

    /**
     * 2.4 GHz EHT Operation Information: CCFS0 is the centre of the 20/40 MHz channel (802.11be
     * 9.4.2.311). Channel 6 at 20 MHz: 6 (builder: 8); at 40 MHz with HT's secondary above: 8 (builder: 14).
     */
    @Test
    void builderEhtCentreOn24GhzIsWrong() {
        byte[] b20 = data(InformationElements.builder().channel(WifiGeneration.WIFI_7, 6, 20).build(), 255, 106);
        byte[] b40 = data(InformationElements.builder().channel(WifiGeneration.WIFI_7, 6, 40).build(), 255, 106);
        assertEquals(6, b20[6] & 0xFF, "CCFS0 at 20 MHz");
        assertEquals(8, b40[6] & 0xFF, "CCFS0 at 40 MHz");
    }

    /** 6 GHz allows neither TKIP/WPA nor open without OWE (802.11ax 12.12; WPA3 spec): no radio sends this. */
    @Test
    void builderAcceptsWpaTkipAndOpenOn6Ghz() {
        assertThrows(IllegalArgumentException.class, () -> InformationElements.builder()
                .channel6Ghz(WifiGeneration.WIFI_6E, 37, 20).security(SecurityMode.WPA_PERSONAL).build());
        assertThrows(IllegalArgumentException.class, () -> InformationElements.builder()
                .channel6Ghz(WifiGeneration.WIFI_6E, 37, 20).security(SecurityMode.OPEN).build());
    }
}
