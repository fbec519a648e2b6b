package io.github.wlanapi4j;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.wlanapi4j.ie.InformationElements;
import io.github.wlanapi4j.ie.SecurityMode;
import io.github.wlanapi4j.ie.WifiGeneration;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a 200-entry {@code WLAN_BSS_LIST} (information elements of about 300 bytes each, as
 * access points send them: SSID, rates, RSN, HT/VHT/HE/EHT, load, country, vendor elements) into
 * {@link BssEntry} values: the library's reader against the same read through JNA
 * {@link Structure} classes as a user would write them. Both read one native buffer, made once
 * by the simulator in the SDK's layout; neither frees it. {@link #typedFacts} computes every
 * typed fact of the same 200 entries' elements (parsed afresh, as {@link BssEntry#elements()} does
 * on first use). In one run:
 * {@code mvn -B -Pbench test-compile exec:exec@jmh -Djmh.include=BssListBenchmark}.
 */
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class BssListBenchmark {
    static final int ENTRIES = 200;

    WlanSimulator sim;
    Pointer list;
    byte[][] raw;

    @Setup
    public void setUp() {
        sim = new WlanSimulator();
        UUID iface = UUID.randomUUID();
        sim.addInterface(new WlanInterface(iface, "bench", InterfaceState.CONNECTED));
        Random random = new Random(42);
        SecurityMode[] modes = {SecurityMode.WPA2_PERSONAL, SecurityMode.WPA3_TRANSITION, SecurityMode.WPA3_PERSONAL,
            SecurityMode.OPEN, SecurityMode.WPA2_ENTERPRISE};
        raw = new byte[ENTRIES][];
        for (int i = 0; i < ENTRIES; i++) {
            InformationElements.Builder b = InformationElements.builder().ssid("network-" + i % 40)
                    .security(modes[i % modes.length]).bssLoad(random.nextInt(60), random.nextInt(256)).country("DE")
                    .roaming(i % 2 == 0, i % 3 == 0, i % 2 == 0).spatialStreams(1 + i % 4);
            switch (i % 4) {
                case 0:
                    b.channel(WifiGeneration.WIFI_4, 1 + i % 11, 20);
                    break;
                case 1:
                    b.channel(WifiGeneration.WIFI_5, 36, 80);
                    break;
                case 2:
                    b.channel(WifiGeneration.WIFI_6, 100, 160);
                    break;
                default:
                    b.security(SecurityMode.WPA3_PERSONAL).channel6Ghz(WifiGeneration.WIFI_7, 37, 320); // 6 GHz: WPA3 only
                    break;
            }
            byte[] vendor = new byte[40 + random.nextInt(60)]; // WMM, WPS and the like: opaque to the parser
            random.nextBytes(vendor);
            vendor[0] = 0x00;
            vendor[1] = 0x10;
            vendor[2] = 0x18;
            byte[] ies = b.element(221, vendor).element(221, vendor).build();
            raw[i] = ies;
            sim.addBss(iface, BssEntry.builder(Ssid.of("network-" + i % 40), MacAddress.of(new byte[] {2, 0, 0, 0,
                (byte) (i >> 8), (byte) i})).rssi(-40 - i % 50).centerFrequencyKhz(i % 3 == 0 ? 5_180_000 : 2_437_000)
                    .informationElements(ies).build());
        }
        IntByReference version = new IntByReference();
        WinNT.HANDLEByReference handle = new WinNT.HANDLEByReference();
        sim.WlanOpenHandle(2, null, version, handle);
        PointerByReference out = new PointerByReference();
        int code = sim.WlanGetNetworkBssList(handle.getValue(), Guids.toGuid(iface), null, 3, false, null, out);
        if (code != 0) {
            throw new IllegalStateException("WlanGetNetworkBssList: " + code);
        }
        list = out.getValue();
    }

    @TearDown
    public void tearDown() {
        sim.WlanFreeMemory(list);
        sim.close();
    }

    @Benchmark
    public List<BssEntry> wlanapi4j() {
        return WlanStructs.bssList("WlanGetNetworkBssList", Pointer.nativeValue(list));
    }

    /** Every typed fact of each entry's elements, parsed afresh. */
    @Benchmark
    public void typedFacts(Blackhole bh) {
        for (byte[] ies : raw) {
            InformationElements e = InformationElements.parse(ies);
            bh.consume(e.security());
            bh.consume(e.generation());
            bh.consume(e.channelWidthMhz());
            bh.consume(e.primaryChannel());
            bh.consume(e.bssLoad());
            bh.consume(e.countryCode());
            bh.consume(e.supportsRadioMeasurement());
            bh.consume(e.supportsFastTransition());
            bh.consume(e.supportsBssTransition());
            bh.consume(e.spatialStreams());
            bh.consume(e.maxRateMbps());
        }
    }

    @Benchmark
    public List<BssEntry> jnaStructure() {
        WLAN_BSS_LIST l = new WLAN_BSS_LIST(list);
        List<BssEntry> out = new ArrayList<>(l.dwNumberOfItems);
        for (WLAN_BSS_ENTRY e : l.wlanBssEntries) {
            byte[] ssid = new byte[e.dot11Ssid.uSSIDLength];
            System.arraycopy(e.dot11Ssid.ucSSID, 0, ssid, 0, ssid.length);
            out.add(new BssEntry(Ssid.wrap(ssid), MacAddress.of(e.dot11Bssid), e.dot11BssType, e.dot11BssPhyType,
                    e.uPhyId, e.lRssi, e.uLinkQuality, e.bInRegDomain != 0, e.usBeaconPeriod & 0xFFFF, e.ullTimestamp,
                    e.ullHostTimestamp, e.usCapabilityInformation & 0xFFFF, e.ulChCenterFrequency,
                    e.getPointer().getByteArray(e.ulIeOffset, e.ulIeSize)));
        }
        return out;
    }

    // The structures as a user writes them from wlanapi.h (what jna-platform would have, had it them).

    @Structure.FieldOrder({"uSSIDLength", "ucSSID"})
    public static class DOT11_SSID extends Structure {
        public int uSSIDLength;
        public byte[] ucSSID = new byte[32];
    }

    @Structure.FieldOrder({"uRateSetLength", "usRateSet"})
    public static class WLAN_RATE_SET extends Structure {
        public int uRateSetLength;
        public short[] usRateSet = new short[126];
    }

    @Structure.FieldOrder({"dot11Ssid", "uPhyId", "dot11Bssid", "dot11BssType", "dot11BssPhyType", "lRssi",
        "uLinkQuality", "bInRegDomain", "usBeaconPeriod", "ullTimestamp", "ullHostTimestamp", "usCapabilityInformation",
        "ulChCenterFrequency", "wlanRateSet", "ulIeOffset", "ulIeSize"})
    public static class WLAN_BSS_ENTRY extends Structure {
        public DOT11_SSID dot11Ssid;
        public int uPhyId;
        public byte[] dot11Bssid = new byte[6];
        public int dot11BssType;
        public int dot11BssPhyType;
        public int lRssi;
        public int uLinkQuality;
        public byte bInRegDomain;
        public short usBeaconPeriod;
        public long ullTimestamp;
        public long ullHostTimestamp;
        public short usCapabilityInformation;
        public int ulChCenterFrequency;
        public WLAN_RATE_SET wlanRateSet;
        public int ulIeOffset;
        public int ulIeSize;
    }

    @Structure.FieldOrder({"dwTotalSize", "dwNumberOfItems", "wlanBssEntries"})
    public static class WLAN_BSS_LIST extends Structure {
        public int dwTotalSize;
        public int dwNumberOfItems;
        public WLAN_BSS_ENTRY[] wlanBssEntries = new WLAN_BSS_ENTRY[1];

        public WLAN_BSS_LIST(Pointer p) {
            super(p);
            dwNumberOfItems = p.getInt(4);
            wlanBssEntries = new WLAN_BSS_ENTRY[Math.max(1, dwNumberOfItems)];
            read();
        }
    }
}
