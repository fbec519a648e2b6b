package io.github.wlanapi4j.ie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wireshark as the oracle: beacons whose elements are generated widely (every security mode,
 * generation, band, channel and width the builder allows, loads, countries, roaming bits, then the
 * elements shuffled, with a second copy of one of them), written to a pcap (link type 105,
 * IEEE 802.11), dissected by {@code tshark -T fields}; every typed fact must agree with what
 * Wireshark decoded, read by the standard's rules (DESIGN, "What is around you"). Wireshark 4.0
 * does not decode EHT: EHT is checked against the standard's layout in {@link InformationElementsTest}.
 *
 * <p>Skips, saying so, where {@code tshark} is not installed, or fails where
 * {@code WLANAPI4J_REQUIRE_TSHARK=true} (as {@code .ci/run} sets, after installing Debian's
 * tshark) on a JVM that could run it (not the Windows one of the Wine lane).
 */
class WiresharkOracleTest {
    private static final int FRAMES = 400;
    /**
     * Frames a generated run once found, kept so that every run checks them: two HE Operation
     * elements, the first without 6 GHz information and the second with it (tshark's first
     * occurrence of a 6 GHz field is then the second element's; the first element is the one that
     * counts, and it has none).
     */
    private static final List<byte[]> REGRESSIONS = List.of(unhex(
            "ff096a0111111111000100dd160050f20101000050f20201000050f20201000050f20207064a5020010d14460573000000007f08000000000000004000066e65743137310301013d160100000000000000000000000000000000000000000032043048606c3603341201ff0f6c0000000000000000000000333333010882848b960c121824ff16230000000000000000000000000000000000eaffeaff2d1a600017ffffff0000000000000000000000000000000000000000ff072400000001fcffff1624d3004f7c65d2abef059f0330e2d639bfacfe50f14f"));

    private static byte[] unhex(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
    private static final SecurityMode[] SIX_GHZ = {SecurityMode.WPA3_PERSONAL, SecurityMode.WPA3_ENTERPRISE,
        SecurityMode.WPA3_ENTERPRISE_192, SecurityMode.OWE, SecurityMode.OTHER};
    /** Fields whose first occurrence counts (an element that should appear once: the first counts). */
    private static final List<String> FIRST = List.of("frame.number", "wlan.rsn.capabilities.mfpr",
            "wlan.rsn.capabilities.mfpc", "wlan.rsn.gcs.type", "wlan.rsn.gcs.oui", "wlan.ht.info.primarychannel",
            "wlan.ht.info.secchanoffset", "wlan.ht.info.chanwidth", "wlan.vht.op.channelwidth",
            "wlan.vht.op.channelcenter0", "wlan.vht.op.channelcenter1",
            "wlan.ext_tag.he_operation.6ghz_operation_information_present",
            "wlan.ext_tag.he_operation.6ghz.primary_channel", "wlan.ext_tag.he_operation.6ghz.control.channel_width",
            "wlan.qbss.scount", "wlan.qbss.cu", "wlan.country_info.code", "wlan.ds.current_channel", "wlan.extcap.b19");
    /**
     * Fields read whole (lists within one element, and which elements there are). Wireshark 4.0
     * registers the WPA element's AKM type as {@code wlan.wfa.ie.wpa.type} (its
     * {@code wlan.wfa.ie.wpa.akms.type} stays empty).
     */
    private static final List<String> ALL = List.of("frame.number", "wlan.rsn.akms.type", "wlan.rsn.akms.oui",
            "wlan.rsn.pcs.type", "wlan.rsn.pcs.oui", "wlan.wfa.ie.wpa.type", "wlan.tag.number", "wlan.ext_tag.number");

    @TempDir
    Path dir;

    /** One generated beacon: the builder's elements, shuffled, one of them perhaps twice. */
    static Arbitrary<byte[]> beacons() {
        // {generation code (0 legacy, 4, 5, 6, 66 for 6E, 7), primary channel, width, 1 on 6 GHz}
        Arbitrary<int[]> band24 = Arbitraries.integers().between(1, 13).flatMap(ch -> Arbitraries.of(
                new int[] {0, ch, 20, 0}, new int[] {4, ch, 20, 0}, new int[] {4, ch, 40, 0}, new int[] {6, ch, 40, 0},
                new int[] {7, ch, 20, 0}));
        Arbitrary<int[]> band5 = Arbitraries.of(36, 40, 44, 48, 52, 56, 60, 64, 100, 104, 108, 112, 116, 120, 124, 128,
                132, 136, 140, 149, 153, 157, 161).flatMap(ch -> Arbitraries.of(0, 4, 5, 6, 7).flatMap(g -> Arbitraries
                .of(20, 40, 80, 160).filter(w -> g == 0 ? w == 20 : g == 4 ? w <= 40 : true)
                .filter(w -> w < 160 || ch <= 128 || ch >= 149) // 160 MHz: 36-64, 100-128, 149-177
                .map(w -> new int[] {g, ch, w, 0})));
        Arbitrary<int[]> band6 = Arbitraries.integers().between(0, 58).map(i -> 1 + 4 * i).flatMap(ch -> Arbitraries
                .of(66, 7).flatMap(g -> Arbitraries.of(20, 40, 80, 160, 320).filter(w -> g == 7 || w <= 160)
                .filter(w -> 1 + (ch - 1) / (w / 5) * (w / 5) + w / 5 - 4 <= 233) // within the band
                .map(w -> new int[] {g, ch, w, 1})));
        Arbitrary<int[]> radio = Arbitraries.oneOf(band24, band5, band6);
        Arbitrary<SecurityMode> mode = Arbitraries.of(SecurityMode.class);
        Arbitrary<int[]> load = Arbitraries.integers().between(-1, 300).flatMap(s -> Arbitraries.integers()
                .between(0, 255).map(u -> new int[] {s, u}));
        Arbitrary<String> country = Arbitraries.of("", "DE", "US", "JP", "NZ");
        Arbitrary<Integer> extras = Arbitraries.integers().between(0, 15); // roaming bits, streams
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(radio, mode, load, country, extras, seed).as((r, m, l, c, x, s) -> {
            InformationElements.Builder b = InformationElements.builder().ssid("net" + (s & 0xFFF))
                    .security(r[3] == 1 ? SIX_GHZ[(int) Math.floorMod(s, SIX_GHZ.length)] : m)
                    .spatialStreams(1 + (x & 3)).roaming((x & 4) != 0, (x & 8) != 0, (x & 5) == 5);
            WifiGeneration g = r[0] == 66 ? WifiGeneration.WIFI_6E : generation(r[0]);
            if (r[3] == 1) {
                b.channel6Ghz(g, r[1], r[2]);
            } else {
                b.channel(g, r[1], r[2]);
            }
            if (l[0] >= 0 && (s & 2) != 0) { // Cisco's four-byte QBSS version 1
                b.element(11, new byte[] {(byte) l[0], (byte) (l[0] >> 8), (byte) l[1], 7});
            } else if (l[0] >= 0) {
                b.bssLoad(l[0], l[1]);
            }
            if (!c.isEmpty()) {
                b.country(c);
            }
            return shuffle(b.build(), new Random(s));
        });
    }

    private static WifiGeneration generation(int code) {
        switch (code) {
            case 4:
                return WifiGeneration.WIFI_4;
            case 5:
                return WifiGeneration.WIFI_5;
            case 6:
                return WifiGeneration.WIFI_6;
            case 7:
                return WifiGeneration.WIFI_7;
            default:
                return WifiGeneration.LEGACY;
        }
    }

    /** The elements in another order, and one (not the RSN) a second time with other data. */
    private static byte[] shuffle(byte[] ies, Random random) {
        List<byte[]> elements = new ArrayList<>();
        for (int at = 0; at + 2 <= ies.length; at += 2 + (ies[at + 1] & 0xFF)) {
            elements.add(java.util.Arrays.copyOfRange(ies, at, at + 2 + (ies[at + 1] & 0xFF)));
        }
        Collections.shuffle(elements, random);
        byte[] twice = elements.get(random.nextInt(elements.size())).clone();
        if ((twice[0] & 0xFF) != 48 && (twice[0] & 0xFF) != 221) {
            for (int i = 2; i < twice.length; i++) {
                twice[i] = (byte) random.nextInt(256);
            }
            elements.add(twice); // after every other: the first copy counts
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        elements.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Test
    void everyTypedFactAgreesWithWireshark() throws Exception {
        boolean runs = tsharkRuns();
        if (!runs && Boolean.parseBoolean(System.getenv("WLANAPI4J_REQUIRE_TSHARK"))
                && !System.getProperty("os.name").startsWith("Windows")) {
            fail("the Wireshark lane is required (WLANAPI4J_REQUIRE_TSHARK=true) but tshark does not run");
        }
        assumeTrue(runs, "tshark is not installed (Debian's tshark package; .ci/run installs it)");
        List<byte[]> frames = new ArrayList<>(REGRESSIONS);
        beacons().sampleStream().limit(FRAMES).forEach(frames::add);
        Path pcap = dir.resolve("beacons.pcap");
        Files.write(pcap, pcap(frames));

        Map<Integer, Map<String, String>> first = tshark(pcap, FIRST, "f");
        Map<Integer, Map<String, String>> all = tshark(pcap, ALL, "a");
        assertEquals(frames.size(), first.size(), "tshark dissected every frame");

        for (int i = 0; i < frames.size(); i++) {
            byte[] ies = frames.get(i);
            Map<String, String> f = first.get(i + 1);
            Map<String, String> a = all.get(i + 1);
            String where = "frame " + (i + 1) + ": " + hex(ies) + "\ntshark: " + f + " " + a;
            InformationElements parsed = InformationElements.parse(ies);
            check(parsed, f, a, where);
        }
    }

    /**
     * Whether the first HE Operation element carries 6 GHz information. tshark's first occurrence
     * of a 6 GHz field may come from a second such element when the first has none; the parser
     * reads the first element only, as it does for every duplicated element.
     */
    private static boolean sixGhzInformation(Map<String, String> f) {
        return flag(f.get("wlan.ext_tag.he_operation.6ghz_operation_information_present"));
    }

    private static void check(InformationElements ies, Map<String, String> f, Map<String, String> a, String where) {
        List<Integer> tags = ints(a.get("wlan.tag.number"));
        List<Integer> extTags = ints(a.get("wlan.ext_tag.number"));
        Security s = ies.security();
        if (tags.contains(48)) {
            assertEquals(suites(a.get("wlan.rsn.akms.oui"), a.get("wlan.rsn.akms.type")), s.akmSuites(), where);
            assertEquals(suites(a.get("wlan.rsn.pcs.oui"), a.get("wlan.rsn.pcs.type")), s.pairwiseCipherSuites(), where);
            assertEquals(suites(f.get("wlan.rsn.gcs.oui"), f.get("wlan.rsn.gcs.type")).get(0),
                    s.groupCipherSuite().orElseThrow(), where);
            boolean capable = flag(f.get("wlan.rsn.capabilities.mfpc"));
            boolean required = flag(f.get("wlan.rsn.capabilities.mfpr"));
            assertEquals(!capable ? Pmf.DISABLED : required ? Pmf.REQUIRED : Pmf.CAPABLE, s.pmf(), where);
        } else if (!a.getOrDefault("wlan.wfa.ie.wpa.type", "").isEmpty()) {
            List<Integer> types = ints(a.get("wlan.wfa.ie.wpa.type"));
            assertEquals(types, s.akmSuites().stream().map(x -> x & 0xFF).collect(Collectors.toList()), where);
            assertEquals(types.contains(1) ? SecurityMode.WPA_ENTERPRISE : SecurityMode.WPA_PERSONAL, s.mode(), where);
        } else {
            assertEquals(SecurityMode.OPEN, s.mode(), where);
        }

        WifiGeneration generation = extTags.contains(108) || extTags.contains(106) ? WifiGeneration.WIFI_7
                : extTags.contains(35) || extTags.contains(36)
                        ? flag(f.get("wlan.ext_tag.he_operation.6ghz_operation_information_present"))
                                ? WifiGeneration.WIFI_6E : WifiGeneration.WIFI_6
                : tags.contains(191) || tags.contains(192) ? WifiGeneration.WIFI_5
                : tags.contains(45) || tags.contains(61) ? WifiGeneration.WIFI_4 : WifiGeneration.LEGACY;
        assertEquals(generation, ies.generation(), where);

        if (!extTags.contains(106)) { // EHT's width is not decoded by this Wireshark
            int width = 20;
            if (has(f, "wlan.ht.info.chanwidth") && num(f.get("wlan.ht.info.chanwidth")) == 1
                    && (num(f.get("wlan.ht.info.secchanoffset")) == 1 || num(f.get("wlan.ht.info.secchanoffset")) == 3)) {
                width = 40;
            }
            if (has(f, "wlan.vht.op.channelwidth") && num(f.get("wlan.vht.op.channelwidth")) >= 1) {
                int w = num(f.get("wlan.vht.op.channelwidth"));
                int c0 = num(f.get("wlan.vht.op.channelcenter0"));
                int c1 = num(f.get("wlan.vht.op.channelcenter1"));
                width = w == 2 || w == 3 || c1 != 0 && Math.abs(c1 - c0) >= 8 ? 160 : 80;
            }
            if (sixGhzInformation(f) && has(f, "wlan.ext_tag.he_operation.6ghz.control.channel_width")) {
                width = 20 << num(f.get("wlan.ext_tag.he_operation.6ghz.control.channel_width"));
            }
            assertEquals(width, ies.channelWidthMhz(), where);
        }

        String primary = sixGhzInformation(f) && has(f, "wlan.ext_tag.he_operation.6ghz.primary_channel")
                ? f.get("wlan.ext_tag.he_operation.6ghz.primary_channel")
                : has(f, "wlan.ht.info.primarychannel") ? f.get("wlan.ht.info.primarychannel")
                : f.get("wlan.ds.current_channel");
        assertEquals(primary == null || primary.isEmpty() ? -1 : num(primary), ies.primaryChannel().orElse(-1), where);

        if (has(f, "wlan.qbss.scount")) {
            assertEquals(num(f.get("wlan.qbss.scount")), ies.bssLoad().orElseThrow().stationCount(), where);
            assertEquals(num(f.get("wlan.qbss.cu")), ies.bssLoad().orElseThrow().channelUtilization(), where);
        } else {
            assertTrue(ies.bssLoad().isEmpty(), where);
        }
        assertEquals(f.getOrDefault("wlan.country_info.code", ""), ies.countryCode().orElse(""), where);
        assertEquals(tags.contains(70), ies.supportsRadioMeasurement(), where);
        assertEquals(tags.contains(54), ies.supportsFastTransition(), where);
        assertEquals(has(f, "wlan.extcap.b19") && flag(f.get("wlan.extcap.b19")), ies.supportsBssTransition(), where);
    }

    // ---- the pcap and tshark ------------------------------------------------------------------

    /** A pcap file (link type 105, IEEE 802.11): each frame a beacon from 02:00:00:00:00:NN with these elements. */
    static byte[] pcap(List<byte[]> elements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(105);
        out.writeBytes(header.array());
        int n = 0;
        for (byte[] ies : elements) {
            ByteBuffer frame = ByteBuffer.allocate(24 + 12 + ies.length).order(ByteOrder.LITTLE_ENDIAN);
            frame.put((byte) 0x80).put((byte) 0).putShort((short) 0); // beacon, duration
            frame.put(new byte[] {-1, -1, -1, -1, -1, -1});
            byte[] bssid = {2, 0, 0, 0, (byte) (n >> 8), (byte) n};
            frame.put(bssid).put(bssid).putShort((short) (n << 4));
            frame.putLong(n).putShort((short) 100).putShort((short) 0x0431); // timestamp, interval, capabilities
            frame.put(ies);
            ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            record.putInt(n).putInt(0).putInt(frame.capacity()).putInt(frame.capacity());
            out.writeBytes(record.array());
            out.writeBytes(frame.array());
            n++;
        }
        return out.toByteArray();
    }

    static boolean tsharkRuns() {
        try {
            Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Each frame's fields, by frame number. */
    private Map<Integer, Map<String, String>> tshark(Path pcap, List<String> fields, String occurrence) throws Exception {
        List<String> command = new ArrayList<>(List.of("tshark", "-r", pcap.toString(), "-T", "fields",
                "-E", "separator=/t", "-E", "occurrence=" + occurrence, "-E", "aggregator=,"));
        fields.forEach(x -> {
            command.add("-e");
            command.add(x);
        });
        Path output = dir.resolve("tshark-" + occurrence + ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(dir.resolve("tshark-" + occurrence + ".err").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tshark took more than 120 s");
        assertEquals(0, p.exitValue(), () -> "tshark failed: " + read(dir.resolve("tshark-" + occurrence + ".err")));
        Map<Integer, Map<String, String>> frames = new HashMap<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            String[] values = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < fields.size() && i < values.length; i++) {
                row.put(fields.get(i), values[i]);
            }
            frames.put(Integer.parseInt(values[0]), row);
        }
        return frames;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean has(Map<String, String> row, String field) {
        String v = row.get(field);
        return v != null && !v.isEmpty();
    }

    /** A number as tshark prints it: decimal, or hexadecimal with 0x. */
    private static int num(String v) {
        v = v.trim();
        return v.startsWith("0x") ? Integer.parseUnsignedInt(v.substring(2), 16) : Integer.parseInt(v);
    }

    private static boolean flag(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.startsWith("0x") && num(v) != 0);
    }

    private static List<Integer> ints(String v) {
        List<Integer> out = new ArrayList<>();
        if (v != null && !v.isEmpty()) {
            for (String x : v.split(",")) {
                out.add(num(x));
            }
        }
        return out;
    }

    /** Suites from tshark's OUI and type lists (an OUI prints as 00:0f:ac or as a number). */
    private static List<Integer> suites(String ouis, String types) {
        List<Integer> t = ints(types);
        String[] o = ouis == null || ouis.isEmpty() ? new String[0] : ouis.split(",");
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String oui = o[i].trim();
            int value = oui.contains(":") ? Integer.parseInt(oui.replace(":", ""), 16) : num(oui);
            out.add(value << 8 | t.get(i));
        }
        return out;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x", x));
        }
        return s.toString();
    }
}
