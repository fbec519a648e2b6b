package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wlanapi4j.ie.InformationElements;
import io.github.wlanapi4j.ie.SecurityMode;
import io.github.wlanapi4j.ie.WifiGeneration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The read model, for each {@link Binding}: what a test defines in the backend comes back through
 * {@link WlanClient} as equal values, byte for byte, and every buffer the backend handed out is
 * freed exactly once, on every path ({@link ContractSuite} checks the counters after each test:
 * none outstanding, no unknown or double frees).
 *
 * <p>Against the stand-in the structures are laid out by a C compiler: on Linux from declarations
 * a build step proves equal to the Windows SDK's, and under {@code -Pwine} from the SDK's
 * {@code wlanapi.h} itself. The simulator lays them out with its own Java writer.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class ReadModelContractTest extends ContractSuite {
    private static final UUID IFACE = UUID.fromString("6f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID OTHER = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    private WlanClient wlan;

    ReadModelContractTest(Binding binding) {
        super(binding);
    }

    @BeforeEach
    void open() {
        wlan = WlanClient.open(api);
    }

    @AfterEach
    void close() {
        Seams.install(null);
        if (wlan != null) { // null where the backend was missing and the test skipped
            wlan.close();
        }
    }

    private static MacAddress mac(int i) {
        return MacAddress.of(new byte[] {0x02, 0x11, 0x22, (byte) (i >> 16), (byte) (i >> 8), (byte) i});
    }

    private static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void interfacesComeBackAsDefined() {
        assertEquals(List.of(), wlan.interfaces(), "none defined");
        WlanInterface a = new WlanInterface(IFACE, "Intel(R) Wi-Fi 6E AX211 160MHz", InterfaceState.CONNECTED);
        WlanInterface b = new WlanInterface(OTHER, "Ünïcødé ✓ adapter", InterfaceState.DISCONNECTED);
        backend.addInterface(a);
        backend.addInterface(b);

        assertEquals(List.of(a, b), wlan.interfaces());
        assertEquals(2, backend.get(Counter.BUFFERS_HANDED_OUT));
        assertEquals(0, backend.get(Counter.MEMORY_OUTSTANDING));
    }

    @Test
    void aDescriptionOf255CharactersIsReadWhole() {
        String longest = "x".repeat(254) + "é";
        backend.addInterface(new WlanInterface(IFACE, longest, InterfaceState.NOT_READY));
        assertEquals(longest, wlan.interfaces().get(0).description());
    }

    @Test
    void networksComeBackWithSignalAndSecurity() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        AvailableNetwork home = AvailableNetwork.builder(Ssid.of("Home")).profileName("Home").signalQuality(93)
                .security(AuthAlgorithm.RSNA_PSK, CipherAlgorithm.CCMP).phyTypes(PhyType.HT, PhyType.VHT, PhyType.HE)
                .bssCount(3).connected(true).build();
        AvailableNetwork sae = AvailableNetwork.builder(Ssid.of("Modern")).signalQuality(40)
                .security(AuthAlgorithm.WPA3_SAE, CipherAlgorithm.CCMP).phyTypes(PhyType.EHT).build();
        AvailableNetwork owe = AvailableNetwork.builder(Ssid.of("Cafe")).security(AuthAlgorithm.OWE, CipherAlgorithm.CCMP)
                .notConnectable(0x28001).build();
        AvailableNetwork hidden = AvailableNetwork.builder(Ssid.of(new byte[0])).bssType(BssType.INDEPENDENT).build();
        for (AvailableNetwork n : List.of(home, sae, owe, hidden)) {
            backend.addNetwork(IFACE, n);
        }
        // Connected to Home, as its flag says (the simulator's flag follows the connection).
        backend.connection(IFACE, Connection.builder(Ssid.of("Home"), MacAddress.parse("02:00:00:00:00:01"))
                .profileName("Home").build());

        List<AvailableNetwork> read = wlan.availableNetworks(IFACE);
        assertEquals(List.of(home, sae, owe, hidden), read);
        AvailableNetwork first = read.get(0);
        assertEquals("Home", first.ssid().toString());
        assertEquals(93, first.signalQuality());
        assertTrue(first.connected() && first.hasProfile() && first.securityEnabled());
        assertEquals(List.of(PhyType.HT, PhyType.VHT, PhyType.HE), first.phyTypes());
        assertEquals(AuthAlgorithm.WPA3_SAE, read.get(1).auth());
        assertEquals(AuthAlgorithm.OWE, read.get(2).auth());
        assertFalse(read.get(2).connectable());
        assertEquals(0x28001, read.get(2).notConnectableReason());
        assertEquals(0, read.get(3).ssid().length());
        backend.addInterface(new WlanInterface(OTHER, "another", InterfaceState.DISCONNECTED));
        assertEquals(List.of(), wlan.availableNetworks(OTHER), "each interface sees its own");
    }

    @Test
    void bssEntriesComeBackByteForByte() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        List<BssEntry> defined = List.of(
                BssEntry.builder(Ssid.of("Home"), mac(1)).rssi(-42).linkQuality(100).centerFrequencyKhz(2_412_000)
                        .phyType(PhyType.ERP).beaconPeriod(100).capabilityInformation(0x1431)
                        .timestamps(0x0123_4567_89AB_CDEFL, -2L).informationElements(bytes(1, 1)).build(),
                BssEntry.builder(Ssid.of("Home"), mac(2)).rssi(-67).centerFrequencyKhz(5_180_000).phyType(PhyType.VHT)
                        .phyId(1).inRegulatoryDomain(false).informationElements(bytes(300, 2)).build(),
                BssEntry.builder(Ssid.of("Wi-Fi 6E"), mac(3)).rssi(-128).linkQuality(0).centerFrequencyKhz(5_955_000)
                        .phyType(PhyType.HE).beaconPeriod(0xFFFF).capabilityInformation(0xFFFF)
                        .informationElements(bytes(4_000, 3)).build(),
                // 32 bytes that are not UTF-8, and no IEs at all
                BssEntry.builder(Ssid.of(bytes(32, 4)), mac(4)).rssi(0).centerFrequencyKhz(6_415_000)
                        .bssType(BssType.INDEPENDENT).build(),
                BssEntry.builder(Ssid.of(new byte[0]), mac(0xFFFFFF)).centerFrequencyKhz(7_115_000)
                        .informationElements(bytes(7, 5)).build());
        defined.forEach(b -> backend.addBss(IFACE, b));

        List<BssEntry> read = wlan.bssList(IFACE);
        assertEquals(defined, read);
        assertEquals(-42, read.get(0).rssi());
        assertEquals(1, read.get(0).channel());
        assertEquals(WifiBand.BAND_2_4_GHZ, read.get(0).band());
        assertEquals(36, read.get(1).channel());
        assertEquals(WifiBand.BAND_5_GHZ, read.get(1).band());
        assertEquals(1, read.get(2).channel());
        assertEquals(WifiBand.BAND_6_GHZ, read.get(2).band());
        assertEquals(93, read.get(3).channel());
        assertEquals(233, read.get(4).channel());
        assertEquals(-2L, read.get(0).hostTimestamp(), "all 64 bits");
        assertEquals(4_000, read.get(2).informationElementsLength());

        assertEquals(List.of(defined.get(0), defined.get(1)), wlan.bssList(IFACE, Ssid.of("Home")));
        assertEquals(List.of(defined.get(3)), wlan.bssList(IFACE, Ssid.of(bytes(32, 4))));
        assertEquals(List.of(), wlan.bssList(IFACE, Ssid.of("absent")));
    }

    /**
     * Real element bytes travel through WlanGetNetworkBssList unchanged, and each entry says what
     * its access point is: security (per BSS, with WEP from the privacy bit), generation, width,
     * primary channel, load; every buffer is freed once (checked after each test).
     */
    @Test
    void bssEntriesCarryRealElementsAndSayWhatEachAccessPointIs() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        byte[] sixE = InformationElements.builder().ssid("Home").security(SecurityMode.WPA3_PERSONAL)
                .channel6Ghz(WifiGeneration.WIFI_6E, 37, 160).bssLoad(12, 51).country("DE").roaming(true, true, true)
                .build();
        byte[] five = InformationElements.builder().ssid("Home").security(SecurityMode.WPA3_TRANSITION)
                .channel(WifiGeneration.WIFI_6, 36, 80).bssLoad(3, 200).build();
        byte[] wep = InformationElements.builder().ssid("Old").channel(WifiGeneration.LEGACY, 6, 20).build();
        byte[] largest = new byte[2_324];
        for (int at = 0; at + 257 <= largest.length; at += 257) {
            largest[at] = (byte) 221;
            largest[at + 1] = (byte) 255;
        }
        backend.addBss(IFACE, BssEntry.builder(Ssid.of("Home"), mac(1)).centerFrequencyKhz(6_135_000)
                .phyType(PhyType.HE).informationElements(sixE).build());
        backend.addBss(IFACE, BssEntry.builder(Ssid.of("Home"), mac(2)).centerFrequencyKhz(5_180_000)
                .phyType(PhyType.HE).informationElements(five).build());
        backend.addBss(IFACE, BssEntry.builder(Ssid.of("Old"), mac(3)).capabilityInformation(0x0011)
                .informationElements(wep).build());
        backend.addBss(IFACE, BssEntry.builder(Ssid.of("Loud"), mac(4)).informationElements(largest).build());

        List<BssEntry> read = wlan.bssList(IFACE);

        InformationElements a = read.get(0).elements();
        assertEquals(SecurityMode.WPA3_PERSONAL, read.get(0).security().mode());
        assertEquals(WifiGeneration.WIFI_6E, a.generation());
        assertEquals(160, a.channelWidthMhz());
        assertEquals(java.util.OptionalInt.of(37), a.primaryChannel());
        assertEquals(12, a.bssLoad().orElseThrow().stationCount());
        assertEquals(Optional.of("DE"), a.countryCode());
        assertTrue(a.supportsFastTransition() && a.supportsBssTransition() && a.supportsRadioMeasurement());
        assertEquals(SecurityMode.WPA3_TRANSITION, read.get(1).security().mode(), "a mixed network, per access point");
        assertEquals(80, read.get(1).elements().channelWidthMhz());
        assertEquals(SecurityMode.WEP, read.get(2).security().mode());
        assertEquals(SecurityMode.OPEN, read.get(2).elements().security().mode(), "the elements alone cannot tell WEP");
        assertEquals(2_324, read.get(3).informationElementsLength());
        assertEquals(9 + 5, read.get(3).elements().elements().size(), "nine vendor elements, then five empty SSIDs");
        assertTrue(read.get(0).elements() == read.get(0).elements(), "parsed once");
    }

    @Test
    void listsOfZeroOneAndHundredsOfEntries() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        assertEquals(List.of(), wlan.bssList(IFACE));
        List<BssEntry> defined = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            BssEntry b = BssEntry.builder(Ssid.of("net-" + i % 17), mac(i)).rssi(-30 - i % 90)
                    .centerFrequencyKhz(i % 2 == 0 ? 2_437_000 : 5_745_000)
                    .informationElements(bytes(i % 5 == 0 ? 0 : 20 + i, i)).build();
            defined.add(b);
            backend.addBss(IFACE, b);
            if (i == 0) {
                assertEquals(defined, wlan.bssList(IFACE));
            }
        }
        assertEquals(defined, wlan.bssList(IFACE));
        assertEquals(3, backend.get(Counter.BUFFERS_HANDED_OUT));
        assertEquals(3, backend.get(Counter.BUFFERS_FREED));
    }

    @Test
    void theConnectionIsEmptyUntilConnected() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.DISCONNECTED));
        assertEquals(Optional.empty(), wlan.connection(IFACE));

        Connection c = Connection.builder(Ssid.of("Office"), mac(9)).profileName("Office (corp)")
                .mode(ConnectionMode.AUTO).phy(PhyType.HE, 1).signalQuality(77).rates(573_500, 286_800)
                .security(AuthAlgorithm.WPA3_ENTERPRISE, CipherAlgorithm.GCMP_256, true).build();
        backend.connection(IFACE, c);
        Connection read = wlan.connection(IFACE).orElseThrow();
        assertEquals(c, read);
        assertEquals(InterfaceState.CONNECTED, read.state());
        assertTrue(read.securityEnabled() && read.oneXEnabled());
        assertEquals(573_500, read.rxRateKbps());

        backend.connection(IFACE, null);
        assertEquals(Optional.empty(), wlan.connection(IFACE));
    }

    @Test
    void theRadioStateOfEachPhy() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        assertTrue(wlan.radioState(IFACE).isOn(), "on by default");
        backend.radio(IFACE, RadioState.of(false, true));
        RadioState off = wlan.radioState(IFACE);
        assertEquals(RadioState.of(false, true), off);
        assertFalse(off.isOn());
        assertFalse(off.softwareOn());
        assertTrue(off.hardwareOn(0));
    }

    @Test
    void anUnknownInterfaceIsNotFound() {
        WlanException e = assertThrows(WlanException.class, () -> wlan.bssList(IFACE));
        assertEquals(1168, e.errorCode());
        assertTrue(e.getMessage().contains("ERROR_NOT_FOUND") && e.getMessage().contains(IFACE.toString()),
                e.getMessage());
    }

    @Test
    void withoutLocationConsentTheGatedQueriesSaySoAndTheOthersWork() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        backend.connection(IFACE, Connection.builder(Ssid.of("x"), mac(1)).build());
        backend.set(Setting.LOCATION_DENIED, 1);

        for (Runnable gated : List.<Runnable>of(() -> wlan.availableNetworks(IFACE), () -> wlan.bssList(IFACE),
                () -> wlan.connection(IFACE))) {
            WlanLocationAccessDeniedException e = assertThrows(WlanLocationAccessDeniedException.class, gated::run);
            assertEquals(5, e.errorCode());
            assertTrue(e.getMessage().contains("ms-settings:privacy-location"), e.getMessage());
        }
        assertEquals(1, wlan.interfaces().size(), "not gated");
        assertTrue(wlan.radioState(IFACE).isOn(), "not gated");
    }

    @Test
    void aFailedQueryTypesItsErrorAndHandsOutNothing() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        backend.failNext("WlanGetNetworkBssList", 1062);
        assertThrows(WlanServiceNotActiveException.class, () -> wlan.bssList(IFACE));
        backend.failNext("WlanEnumInterfaces", 8);
        assertThrows(WlanNotEnoughMemoryException.class, () -> wlan.interfaces());
        backend.failNext("WlanQueryInterface", 1722);
        assertThrows(WlanRpcException.class, () -> wlan.radioState(IFACE));
        assertEquals(0, backend.get(Counter.BUFFERS_HANDED_OUT));
        assertEquals(1, wlan.interfaces().size(), "the next call works");
    }

    @Test
    void aBufferHandedOutWithAnErrorIsFreedAllTheSame() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        backend.set(Setting.BUFFER_ON_FAILURE, 1);
        backend.failNext("WlanGetAvailableNetworkList", 87);
        assertThrows(WlanInvalidParameterException.class, () -> wlan.availableNetworks(IFACE));
        assertEquals(1, backend.get(Counter.BUFFERS_HANDED_OUT));
        assertEquals(1, backend.get(Counter.BUFFERS_FREED));
    }

    @Test
    void anExceptionWhileReadingStillFreesTheBuffer() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        backend.addBss(IFACE, BssEntry.builder(Ssid.of("a"), mac(1)).build());
        Seams.install(p -> {
            if (p == Seams.Point.READING_BUFFER) {
                throw new OutOfMemoryError("injected while reading");
            }
        });
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> wlan.bssList(IFACE));
        assertEquals("injected while reading", e.getMessage());
        Seams.install(null);
        assertEquals(1, backend.get(Counter.BUFFERS_FREED));
        assertEquals(1, wlan.bssList(IFACE).size(), "the next read works");
    }

    @Test
    void malformedBuffersAreRejectedNamingTheFieldAndFreed() {
        assumeTrue(binding != Binding.SIMULATED, "only the stand-in can hand out malformed buffers (setting CORRUPT)");
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        backend.addNetwork(IFACE, AvailableNetwork.builder(Ssid.of("n")).build());
        backend.addBss(IFACE, BssEntry.builder(Ssid.of("n"), mac(1)).informationElements(bytes(10, 1)).build());
        backend.connection(IFACE, Connection.builder(Ssid.of("n"), mac(1)).build());

        backend.set(Setting.CORRUPT, 1);
        assertMalformed("DOT11_SSID.uSSIDLength is 33", () -> wlan.availableNetworks(IFACE));
        assertMalformed("DOT11_SSID.uSSIDLength is 33", () -> wlan.bssList(IFACE));
        assertMalformed("DOT11_SSID.uSSIDLength is 33", () -> wlan.connection(IFACE));
        backend.set(Setting.CORRUPT, 2);
        assertMalformed("ulIeOffset/ulIeSize", () -> wlan.bssList(IFACE));
        assertMalformed("WLAN_CONNECTION_ATTRIBUTES is 12", () -> wlan.connection(IFACE));
        assertMalformed("dwNumberOfPhys is 65", () -> wlan.radioState(IFACE));
        assertEquals(6, backend.get(Counter.BUFFERS_FREED));
    }

    private static void assertMalformed(String detail, Runnable read) {
        IllegalStateException e = assertThrows(IllegalStateException.class, read::run);
        assertTrue(e.getMessage().contains("malformed") && e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void unknownEnumValuesAreKeptNotRejected() {
        assumeTrue(binding != Binding.SIMULATED,
                "the simulator's builders take only known values; the stand-in is given raw ones");
        StandIn standIn = (StandIn) backend;
        byte[] guid = StandIn.guidBytes(IFACE);
        assertEquals(1, standIn.control.standin_interface(guid, new short[] {'w'}, 1, 42));
        assertEquals(1, standIn.control.standin_bss(guid, new byte[] {'s'}, 1, mac(1).toBytes(), 7, 0x8000_0001, 0,
                -50, 50, 1, 100, 0, 0, 0, 2_437_000, new short[0], 0, new byte[0], 0));
        assertEquals(1, standIn.control.standin_network(guid, new short[0], 0, new byte[] {'s'}, 1, 1, 1, 1, 0,
                new int[] {99}, 1, 50, 1, 0x8000_0005, 0x8000_0006, 0));

        WlanInterface i = wlan.interfaces().get(0);
        assertEquals(InterfaceState.UNKNOWN, i.state());
        assertEquals(42, i.stateCode());
        BssEntry b = wlan.bssList(IFACE).get(0);
        assertEquals(BssType.UNKNOWN, b.bssType());
        assertEquals(7, b.bssTypeCode());
        assertEquals(PhyType.UNKNOWN, b.phyType());
        assertEquals(0x8000_0001, b.phyTypeCode());
        AvailableNetwork n = wlan.availableNetworks(IFACE).get(0);
        assertEquals(AuthAlgorithm.UNKNOWN, n.auth());
        assertEquals(0x8000_0005, n.authCode());
        assertEquals(CipherAlgorithm.UNKNOWN, n.cipher());
        assertEquals(List.of(PhyType.UNKNOWN), n.phyTypes());
        assertEquals(99, n.phyTypeCodes()[0]);
    }

    @Test
    void aClosedClientReadsNothingAndCallsNothing() {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        wlan.close();
        assertThrows(IllegalStateException.class, () -> wlan.interfaces());
        assertThrows(IllegalStateException.class, () -> wlan.bssList(IFACE));
        assertThrows(IllegalStateException.class, () -> wlan.connection(IFACE));
        assertEquals(0, backend.calls("WlanEnumInterfaces") + backend.calls("WlanGetNetworkBssList")
                + backend.calls("WlanQueryInterface"));
    }

    @Test
    void nullArgumentsAreNamed() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> wlan.bssList(null));
        assertEquals("iface", e.getMessage());
        assertEquals("ssid", assertThrows(NullPointerException.class, () -> wlan.bssList(IFACE, null)).getMessage());
    }

    /** Readers on several threads while another closes: no stale call, no close under a read, nothing leaked. */
    @Test
    void readsRacingCloseNeverUseAStaleHandleOrLeak() throws Exception {
        backend.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        for (int i = 0; i < 20; i++) {
            backend.addBss(IFACE, BssEntry.builder(Ssid.of("n" + i), mac(i)).informationElements(bytes(100, i)).build());
        }
        for (int round = 0; round < 50; round++) {
            WlanClient client = WlanClient.open(api);
            CountDownLatch start = new CountDownLatch(1);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                Thread r = new Thread(() -> {
                    try {
                        start.await();
                        while (true) {
                            assertEquals(20, client.bssList(IFACE).size());
                        }
                    } catch (IllegalStateException closed) {
                        // the client closed under us: the expected way out
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                r.start();
                readers.add(r);
            }
            start.countDown();
            if (round % 2 == 0) {
                Thread.yield();
            }
            client.close();
            for (Thread r : readers) {
                r.join(TimeUnit.SECONDS.toMillis(10));
                assertFalse(r.isAlive(), "a reader did not stop after close");
            }
            if (failure.get() != null) {
                throw new AssertionError(failure.get());
            }
        }
        assertEquals(0, backend.get(Counter.MEMORY_OUTSTANDING));
        assertEquals(0, backend.get(Counter.STALE_CALLS));
    }
}
