package io.github.wlanapi4j.ie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Hostile input: these bytes come over the air from anyone's radio. Over random bytes, mutated
 * real-looking elements and a kept corpus of the nastiest cases, {@link InformationElements#parse}
 * and every accessor must return (never throw, never loop), give the same answers twice, and keep
 * no more bytes than they were given. Runs in the normal build (jqwik, a fixed number of tries);
 * the corpus in {@code src/test/resources/io/github/wlanapi4j/ie/corpus.txt} keeps every case
 * that ever broke a parser here, as regression inputs.
 */
class HostileElementsTest {

    /** Calls everything a user can call; returns a digest of the answers, so that two parses can be compared. */
    static String everyFact(InformationElements ies, byte[] input) {
        List<InformationElement> elements = ies.elements();
        long kept = 0;
        StringBuilder names = new StringBuilder();
        for (InformationElement e : elements) {
            kept += e.data().length;
            assertEquals(e.length(), e.data().length);
            assertTrue(e.id() >= 0 && e.id() <= 255 && e.extensionId() >= -1 && e.extensionId() <= 255);
            names.append(e.name()).append(e.toString()).append(e.hashCode());
        }
        assertTrue(kept + 2L * elements.size() <= input.length, "elements hold more bytes than were given");
        Security s = ies.security();
        assertTrue(ies.channelWidthMhz() == 20 || ies.channelWidthMhz() == 40 || ies.channelWidthMhz() == 80
                || ies.channelWidthMhz() == 160 || ies.channelWidthMhz() == 320, "width " + ies.channelWidthMhz());
        assertTrue(ies.spatialStreams() >= 1 && ies.spatialStreams() <= 8);
        ies.primaryChannel().ifPresent(c -> assertTrue(c >= 0 && c <= 255));
        ies.bssLoad().ifPresent(l -> assertTrue(l.channelUtilizationPercent() >= 0 && l.channelUtilizationPercent() <= 100));
        ies.countryCode().ifPresent(c -> assertEquals(2, c.length()));
        ies.ssid().ifPresent(b -> assertTrue(b.length <= 32));
        return s + "|" + s.hashCode() + "|" + ies.security(0x10).mode() + "|" + ies.generation() + "|"
                + ies.channelWidthMhz() + "|" + ies.primaryChannel() + "|" + ies.bssLoad() + "|" + ies.countryCode()
                + "|" + ies.supportsRadioMeasurement() + ies.supportsFastTransition() + ies.supportsBssTransition()
                + ies.oweTransition() + "|" + ies.spatialStreams() + "|" + ies.maxRateMbps() + "|" + ies + "|" + names;
    }

    private static void survives(byte[] input) {
        byte[] copy = input.clone();
        InformationElements ies = InformationElements.parse(input);
        String first = everyFact(ies, input);
        if (input.length > 0) {
            input[0] ^= 0x5A; // the parse kept its own copy
        }
        assertEquals(first, everyFact(ies, copy), "the answers changed after parse returned");
        assertEquals(first, everyFact(InformationElements.parse(copy), copy), "two parses disagree");
    }

    @Property(tries = 2000)
    void randomBytesNeverBreakTheParser(@ForAll @Size(max = 2324) byte[] bytes) {
        survives(bytes);
    }

    @Property(tries = 3000)
    void mutatedRealElementsNeverBreakTheParser(@ForAll("mutated") byte[] bytes) {
        survives(bytes);
    }

    /** Every case in the kept corpus. */
    @Example
    void theCorpusNeverBreaksTheParser() {
        List<byte[]> corpus = corpus();
        assertFalse(corpus.isEmpty());
        corpus.forEach(HostileElementsTest::survives);
    }

    /** Real-looking elements from the builder, then cut, flipped, lengthened, spliced and repeated. */
    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> real = WiresharkOracleTest.beacons();
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 4095);
        Arbitrary<Integer> what = Arbitraries.integers().between(0, 255);
        return Combinators.combine(real, kind, where, what).as((b, k, at, v) -> {
            if (b.length == 0) {
                return b;
            }
            int i = at % b.length;
            switch (k) {
                case 0: // cut anywhere: inside a suite list, a length byte, a 6 GHz field
                    return java.util.Arrays.copyOf(b, i);
                case 1: // one byte changed: a length, a count, a control field
                    b[i] = (byte) v.intValue();
                    return b;
                case 2: { // a length byte made to run past the end
                    for (int e = 0; e + 1 < b.length; e += 2 + (b[e + 1] & 0xFF)) {
                        if (e >= i) {
                            b[e + 1] = (byte) 0xFF;
                            break;
                        }
                    }
                    return b;
                }
                case 3: { // the tail spliced onto the head twice over: duplicates, odd boundaries
                    byte[] out = new byte[Math.min(2324, b.length + (b.length - i))];
                    System.arraycopy(b, 0, out, 0, b.length);
                    System.arraycopy(b, i, out, b.length, out.length - b.length);
                    return out;
                }
                case 4: { // every length byte set to v
                    for (int e = 0; e + 1 < b.length; e += 2 + (b[e + 1] & 0xFF)) {
                        b[e + 1] = (byte) v.intValue();
                    }
                    return b;
                }
                default: // the counts inside (bytes after an RSN's version) set to 0xFFFF
                    for (int e = 0; e + 1 < b.length; e += 2 + (b[e + 1] & 0xFF)) {
                        if ((b[e] & 0xFF) == 48 && e + 9 < b.length) {
                            b[e + 8] = (byte) 0xFF;
                            b[e + 9] = (byte) 0xFF;
                        }
                    }
                    return b;
            }
        });
    }

    /** The corpus: one case a line, as hexadecimal, after a comment saying what it is. */
    static List<byte[]> corpus() {
        List<byte[]> out = new ArrayList<>();
        try (InputStream in = HostileElementsTest.class.getResourceAsStream("corpus.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            for (String line : text.split("\n")) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                out.add(unhex(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] unhex(String hex) {
        if (hex.startsWith("repeat ")) { // "repeat N HEX": HEX N times (the largest blobs)
            String[] parts = hex.split(" ");
            byte[] unit = unhex(parts[2]);
            int n = Integer.parseInt(parts[1]);
            byte[] out = new byte[unit.length * n];
            for (int i = 0; i < n; i++) {
                System.arraycopy(unit, 0, out, i * unit.length, unit.length);
            }
            return out;
        }
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
