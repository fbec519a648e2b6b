package io.github.wlanapi4j.ie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The parser's rules on elements written byte by byte (the standard's layouts, independent of the
 * builder), and the builder's round trip. Wireshark checks both in {@link WiresharkOracleTest}.
 */
class InformationElementsTest {
    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** An RSN element: version 1, CCMP group, CCMP pairwise, the given AKM types (00-0F-AC), capabilities. */
    private static byte[] rsn(int capabilities, int... akmTypes) {
        byte[] b = new byte[2 + 2 + 4 + 2 + 4 + 2 + 4 * akmTypes.length + 2];
        int at = 0;
        b[at++] = 48;
        b[at++] = (byte) (b.length - 2);
        b[at++] = 1;
        b[at++] = 0;
        for (int s : new int[] {0x000FAC04}) {
            at = put(b, at, s);
        }
        b[at++] = 1;
        b[at++] = 0;
        at = put(b, at, 0x000FAC04);
        b[at++] = (byte) akmTypes.length;
        b[at++] = 0;
        for (int t : akmTypes) {
            at = put(b, at, 0x000FAC00 | t);
        }
        b[at++] = (byte) capabilities;
        b[at] = (byte) (capabilities >> 8);
        return b;
    }

    private static int put(byte[] b, int at, int suite) {
        b[at] = (byte) (suite >>> 24);
        b[at + 1] = (byte) (suite >>> 16);
        b[at + 2] = (byte) (suite >>> 8);
        b[at + 3] = (byte) suite;
        return at + 4;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "0x00, '2', WPA2_PERSONAL, DISABLED",
        "0x80, '2', WPA2_PERSONAL, CAPABLE",
        "0xC0, '8', WPA3_PERSONAL, REQUIRED",
        "0x80, '2 8', WPA3_TRANSITION, CAPABLE",
        "0x80, '4 9', WPA3_TRANSITION, CAPABLE",
        "0x00, '1', WPA2_ENTERPRISE, DISABLED",
        "0xC0, '5', WPA3_ENTERPRISE, REQUIRED",
        "0xC0, '12', WPA3_ENTERPRISE_192, REQUIRED",
        "0xC0, '1 12', WPA3_ENTERPRISE_192, REQUIRED",
        "0xC0, '18', OWE, REQUIRED",
        "0x40, '5', WPA2_ENTERPRISE, DISABLED", // required without capable is not required
        "0x00, '7', OTHER, DISABLED",
        "0xC0, '24', WPA3_PERSONAL, REQUIRED",
    })
    void theSecurityModeFollowsTheRules(int capabilities, String akms, SecurityMode mode, Pmf pmf) {
        int[] types = java.util.Arrays.stream(akms.split(" ")).mapToInt(Integer::parseInt).toArray();
        Security s = InformationElements.parse(rsn(capabilities, types)).security();

        assertEquals(mode, s.mode());
        assertEquals(pmf, s.pmf());
        assertEquals(types.length, s.akmSuites().size());
        assertEquals(List.of(Security.CIPHER_CCMP), s.pairwiseCipherSuites());
        assertEquals(OptionalInt.of(Security.CIPHER_CCMP), s.groupCipherSuite());
    }

    @Test
    void theWpaElementCountsOnlyWithoutAnRsnElement() {
        byte[] wpa = bytes(221, 22, 0x00, 0x50, 0xF2, 0x01, 1, 0, 0x00, 0x50, 0xF2, 0x02, 1, 0, 0x00, 0x50, 0xF2, 0x02,
                1, 0, 0x00, 0x50, 0xF2, 0x02);
        assertEquals(SecurityMode.WPA_PERSONAL, InformationElements.parse(wpa).security().mode());
        assertEquals(List.of(Security.WPA_AKM_PSK), InformationElements.parse(wpa).security().akmSuites());
        assertEquals(SecurityMode.WPA3_PERSONAL, InformationElements.parse(concat(wpa, rsn(0xC0, 8))).security().mode());
    }

    @Test
    void withNeitherElementThePrivacyBitMeansWep() {
        InformationElements none = InformationElements.parse(bytes(0, 4, 'H', 'o', 'm', 'e'));
        assertEquals(SecurityMode.OPEN, none.security().mode());
        assertEquals(SecurityMode.OPEN, none.security(0x0001).mode());
        assertEquals(SecurityMode.WEP, none.security(0x0011).mode());
        assertEquals(SecurityMode.WPA2_PERSONAL, InformationElements.parse(rsn(0, 2)).security(0x0011).mode());
    }

    @Test
    void anRsnElementCutInsideItsAkmListKeepsTheWholeSuites() {
        byte[] full = rsn(0xC0, 2, 8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 2 - 2); // capabilities and half the SAE suite gone
        cut[1] = (byte) (cut.length - 2);
        Security s = InformationElements.parse(cut).security();

        assertEquals(List.of(Security.AKM_PSK), s.akmSuites());
        assertEquals(Pmf.DISABLED, s.pmf());
        assertEquals(SecurityMode.WPA2_PERSONAL, s.mode());
    }

    @Test
    void aSecondRsnElementDoesNotCount() {
        Security s = InformationElements.parse(concat(rsn(0xC0, 8), rsn(0, 2))).security();
        assertEquals(SecurityMode.WPA3_PERSONAL, s.mode());
        assertEquals(2, InformationElements.parse(concat(rsn(0xC0, 8), rsn(0, 2))).elements().size());
    }

    @Test
    void anElementRunningPastTheEndEndsTheListAndTheOthersStay() {
        byte[] b = concat(bytes(0, 4, 'H', 'o', 'm', 'e'), bytes(3, 1, 11), bytes(48, 200, 1, 0));
        InformationElements ies = InformationElements.parse(b);

        assertEquals(2, ies.elements().size());
        assertEquals(OptionalInt.of(11), ies.primaryChannel());
        assertEquals(SecurityMode.OPEN, ies.security().mode());
        assertArrayEquals("Home".getBytes(java.nio.charset.StandardCharsets.US_ASCII), ies.ssid().orElseThrow());
    }

    @Test
    void zeroLengthKnownElementsYieldNothingAndThrowNothing() {
        byte[] b = bytes(48, 0, 61, 0, 192, 0, 11, 0, 7, 0, 3, 0, 45, 0, 191, 0, 255, 0, 221, 0, 127, 0);
        InformationElements ies = InformationElements.parse(b);

        assertEquals(11, ies.elements().size());
        assertEquals(SecurityMode.OTHER, ies.security().mode()); // an RSN element, with nothing in it
        assertEquals(List.of(), ies.security().akmSuites());
        assertEquals(20, ies.channelWidthMhz());
        assertEquals(OptionalInt.empty(), ies.primaryChannel());
        assertTrue(ies.bssLoad().isEmpty() && ies.countryCode().isEmpty());
        assertEquals(WifiGeneration.LEGACY, ies.generation(), "HT and VHT elements of length 0 are none (as Wireshark)");
        assertEquals(-1, ies.elements().get(8).extensionId());
        assertEquals("Element ID Extension (no extension ID)", ies.elements().get(8).name());
    }

    /** 2,324 bytes (the most a WLAN_BSS_ENTRY holds) of RSN elements full of 0xFF: counts of 65535 in each. */
    @Test
    void theLargestBlobOfOneElementTypeParses() {
        byte[] b = new byte[2324];
        java.util.Arrays.fill(b, (byte) 0xFF);
        for (int at = 0; at < b.length; at += 257) {
            b[at] = 48;
            b[at + 1] = (byte) Math.min(255, b.length - at - 2);
        }
        InformationElements ies = InformationElements.parse(b);

        assertEquals(10, ies.elements().size());
        assertEquals(SecurityMode.OTHER, ies.security().mode());
        assertEquals(61, ies.security().pairwiseCipherSuites().size(), "the whole suites the first element holds");
        assertEquals(List.of(), ies.security().akmSuites());
    }

    @Test
    void theWidthFollowsTheLastElementThatApplies() {
        byte[] ht40 = bytes(61, 22, 36, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        byte[] ht40NotAllowed = bytes(61, 22, 36, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        byte[] vht80 = bytes(192, 5, 1, 42, 0, 0xFC, 0xFF);
        byte[] vht160 = bytes(192, 5, 1, 42, 50, 0xFC, 0xFF);
        byte[] vht8080 = bytes(192, 5, 1, 42, 106, 0xFC, 0xFF);
        byte[] vhtOld160 = bytes(192, 5, 2, 50, 0, 0xFC, 0xFF);
        byte[] vht20 = bytes(192, 5, 0, 0, 0, 0xFC, 0xFF);

        assertEquals(40, InformationElements.parse(ht40).channelWidthMhz());
        assertEquals(20, InformationElements.parse(ht40NotAllowed).channelWidthMhz());
        assertEquals(80, InformationElements.parse(concat(ht40, vht80)).channelWidthMhz());
        assertEquals(160, InformationElements.parse(concat(ht40, vht160)).channelWidthMhz());
        assertEquals(160, InformationElements.parse(concat(ht40, vht8080)).channelWidthMhz());
        assertEquals(160, InformationElements.parse(concat(ht40, vhtOld160)).channelWidthMhz());
        assertEquals(40, InformationElements.parse(concat(ht40, vht20)).channelWidthMhz());
    }

    @Test
    void sixGhzOperationInformationGivesGenerationWidthAndPrimaryChannel() {
        // HE Operation: parameters with bit 17 (6 GHz info present), colour, basic MCS, then
        // primary 37, control 3 (160 MHz), CCFS0 39, CCFS1 47, minimum rate 6.
        byte[] he = bytes(255, 12, 36, 0x00, 0x00, 0x02, 0x01, 0xFC, 0xFF, 37, 0x03, 39, 47, 6);
        InformationElements ies = InformationElements.parse(he);

        assertEquals(WifiGeneration.WIFI_6E, ies.generation());
        assertEquals(160, ies.channelWidthMhz());
        assertEquals(OptionalInt.of(37), ies.primaryChannel());
        assertEquals("HE Operation", ies.elements().get(0).name());
        assertEquals(36, ies.elements().get(0).extensionId());
        // With a VHT Operation Information field (bit 14) before it, the 6 GHz information moves by 3.
        byte[] heVht = bytes(255, 15, 36, 0x00, 0x40, 0x02, 0x01, 0xFC, 0xFF, 1, 42, 0, 37, 0x01, 39, 0, 6);
        assertEquals(40, InformationElements.parse(heVht).channelWidthMhz());
        // Without the 6 GHz information: Wi-Fi 6.
        byte[] he5 = bytes(255, 7, 36, 0x00, 0x00, 0x00, 0x01, 0xFC, 0xFF);
        assertEquals(WifiGeneration.WIFI_6, InformationElements.parse(he5).generation());
    }

    @Test
    void ehtOperationInformationGivesItsWidthUpTo320() {
        // EHT Operation: parameters bit 0 (information present), basic EHT-MCS and NSS (4), then
        // control 4 (320 MHz), CCFS0 31, CCFS1 31.
        byte[] eht = bytes(255, 9, 106, 0x01, 0x11, 0x11, 0x11, 0x11, 0x04, 31, 31);
        InformationElements ies = InformationElements.parse(eht);
        assertEquals(WifiGeneration.WIFI_7, ies.generation());
        assertEquals(320, ies.channelWidthMhz());
        byte[] withoutInformation = bytes(255, 6, 106, 0x00, 0x11, 0x11, 0x11, 0x11);
        assertEquals(20, InformationElements.parse(withoutInformation).channelWidthMhz());
    }

    @Test
    void bssLoadCountryAndRoaming() {
        byte[] b = concat(bytes(11, 5, 0x2C, 0x01, 128, 0x10, 0x00), bytes(7, 6, 'D', 'E', 0x20, 1, 13, 20),
                bytes(70, 5, 0x73, 0, 0, 0, 0), bytes(54, 3, 0x34, 0x12, 0x01), bytes(127, 3, 0, 0, 0x08));
        InformationElements ies = InformationElements.parse(b);

        assertEquals(300, ies.bssLoad().orElseThrow().stationCount());
        assertEquals(128, ies.bssLoad().orElseThrow().channelUtilization());
        assertEquals(50, ies.bssLoad().orElseThrow().channelUtilizationPercent());
        assertEquals(16, ies.bssLoad().orElseThrow().availableAdmissionCapacity());
        assertEquals("DE", ies.countryCode().orElseThrow());
        assertTrue(ies.supportsRadioMeasurement() && ies.supportsFastTransition() && ies.supportsBssTransition());
        assertFalse(InformationElements.parse(bytes(127, 3, 0, 0, 0xF7)).supportsBssTransition());
        // Cisco's QBSS version 1: four bytes, a one-byte admission capacity (as Wireshark reads it)
        BssLoad v1 = InformationElements.parse(bytes(11, 4, 0x05, 0x01, 2, 3)).bssLoad().orElseThrow();
        assertEquals(261, v1.stationCount());
        assertEquals(2, v1.channelUtilization());
        assertEquals(3, v1.availableAdmissionCapacity());
        assertTrue(InformationElements.parse(bytes(11, 3, 1, 2, 3)).bssLoad().isEmpty());
    }

    @Test
    void owetransitionIsTheWfaVendorElement() {
        byte[] owe = bytes(221, 4 + 6 + 1 + 3, 0x50, 0x6F, 0x9A, 0x1C, 2, 0, 0, 0, 0, 1, 3, 'O', 'W', 'E');
        assertTrue(InformationElements.parse(owe).oweTransition());
        assertEquals("OWE Transition Mode (Wi-Fi Alliance)", InformationElements.parse(owe).elements().get(0).name());
    }

    @ParameterizedTest
    @CsvSource({
        "LEGACY, 6, 20, 1, 54.0",
        "WIFI_4, 6, 20, 2, 144.4",
        "WIFI_4, 36, 40, 2, 300.0",
        "WIFI_5, 36, 80, 2, 866.6",
        "WIFI_5, 36, 160, 4, 3466.8",
        "WIFI_5, 36, 20, 1, 86.7",
        "WIFI_6, 36, 80, 2, 1201.0",
        "WIFI_6, 1, 20, 2, 286.8",
        "WIFI_7, 36, 160, 2, 2882.4",
    })
    void streamsAndTheHighestRate(WifiGeneration generation, int channel, int width, int streams, double mbps) {
        InformationElements ies = InformationElements.parse(InformationElements.builder().spatialStreams(streams)
                .channel(generation, channel, width).build());

        assertEquals(streams, ies.spatialStreams());
        assertEquals(mbps, ies.maxRateMbps().orElseThrow(), 0.05);
    }

    @Test
    void wifi7At320MhzOn6Ghz() {
        InformationElements ies = InformationElements.parse(InformationElements.builder().spatialStreams(2)
                .security(SecurityMode.WPA3_PERSONAL).channel6Ghz(WifiGeneration.WIFI_7, 37, 320).build());
        assertEquals(WifiGeneration.WIFI_7, ies.generation());
        assertEquals(320, ies.channelWidthMhz());
        assertEquals(OptionalInt.of(37), ies.primaryChannel());
        assertEquals(5764.8, ies.maxRateMbps().orElseThrow(), 0.05);
    }

    @ParameterizedTest
    @EnumSource(SecurityMode.class)
    void theBuilderWritesEveryMode(SecurityMode mode) {
        Security s = InformationElements.parse(InformationElements.builder().security(mode).build()).security();
        assertEquals(mode == SecurityMode.WEP ? SecurityMode.OPEN : mode, s.mode());
    }

    @ParameterizedTest
    @CsvSource({
        "WIFI_4, 1, 20", "WIFI_4, 11, 40", "WIFI_4, 36, 40", "WIFI_5, 36, 80", "WIFI_5, 100, 160", "WIFI_5, 149, 80",
        "WIFI_6, 6, 40", "WIFI_6, 44, 160", "WIFI_7, 149, 160", "LEGACY, 40, 20",
    })
    void theBuilderWritesGenerationChannelAndWidth(WifiGeneration generation, int channel, int width) {
        InformationElements ies = InformationElements.parse(InformationElements.builder().ssid("Home")
                .channel(generation, channel, width).bssLoad(7, 200).country("NL").build());

        assertEquals(generation, ies.generation());
        assertEquals(width, ies.channelWidthMhz());
        assertEquals(OptionalInt.of(channel), ies.primaryChannel());
        assertEquals(7, ies.bssLoad().orElseThrow().stationCount());
        assertEquals("NL", ies.countryCode().orElseThrow());
    }

    @Test
    void theBuilderRefusesWhatNoRadioSends() {
        InformationElements.Builder b = InformationElements.builder();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.channel(WifiGeneration.WIFI_4, 36, 80))
                .getMessage().contains("widthMhz 80"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.channel(WifiGeneration.WIFI_5, 6, 20))
                .getMessage().contains("5 GHz only"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.channel(WifiGeneration.WIFI_6, 15, 20))
                .getMessage().contains("primaryChannel 15"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.channel6Ghz(WifiGeneration.WIFI_6E, 3, 20))
                .getMessage().contains("primaryChannel 3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.channel6Ghz(WifiGeneration.WIFI_6E, 1, 320))
                .getMessage().contains("widthMhz 320"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.ssid(new byte[33])).getMessage().contains("33"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.country("de")).getMessage().contains("\"de\""));
        assertThrows(NullPointerException.class, () -> InformationElements.parse(null));
    }

    @Test
    void elementsAreCopiesAndNamed() {
        byte[] input = InformationElements.builder().ssid("Home").security(SecurityMode.WPA2_PERSONAL).build();
        InformationElements ies = InformationElements.parse(input);
        input[2] = 'X'; // the parse kept its own copy
        InformationElement ssid = ies.elements().get(0);
        assertEquals("Home", new String(ssid.data(), java.nio.charset.StandardCharsets.US_ASCII));
        ssid.data()[0] = 'Y';
        assertEquals('H', ies.elements().get(0).data()[0]);
        assertEquals("SSID (0), 4 bytes", ssid.toString());
        assertTrue(ies.elements().stream().anyMatch(e -> e.name().equals("RSN")));
        assertEquals(InformationElements.parse(InformationElements.builder().ssid("Home")
                .security(SecurityMode.WPA2_PERSONAL).build()), ies);
    }
}
