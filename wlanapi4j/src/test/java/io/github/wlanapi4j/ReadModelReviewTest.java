package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.io.File;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An adversarial review of the read model: crafted and malformed buffers, failing bindings, nested
 * and re-entrant queries, bad builder input, the stand-in's limits. Each test once failed or proves
 * what held up.
 */
class ReadModelReviewTest {
    private static final UUID IFACE = UUID.fromString("6f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final MacAddress MAC = MacAddress.parse("02:11:22:33:44:55");

    @AfterEach
    void uninstallSeam() {
        Seams.install(null);
    }

    // ---- A binding that hands out crafted buffers -------------------------------------------------

    /** Delegates to a simulator, except for the queries it was given a buffer for, and counts frees per address. */
    static final class Fake implements InvocationHandler {
        final WlanSimulator sim = new WlanSimulator();
        final Map<String, Memory> next = new HashMap<>();
        final List<Memory> keep = new ArrayList<>(); // never collected while a reader may look at them
        final Map<Long, Integer> frees = new HashMap<>();
        int size;
        int code;
        RuntimeException throwAfterWrite;
        RuntimeException freeThrows;
        Runnable beforeWrite;
        final WlanApi api = (WlanApi) Proxy.newProxyInstance(WlanApi.class.getClassLoader(),
                new Class<?>[] {WlanApi.class}, this);

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            String name = m.getName();
            Memory buffer = next.remove(name);
            if (buffer != null) {
                if (beforeWrite != null) {
                    Runnable r = beforeWrite;
                    beforeWrite = null;
                    r.run(); // e.g. a nested query on this thread, inside the binding's call
                }
                boolean query = name.equals("WlanQueryInterface");
                ((PointerByReference) args[query ? 5 : args.length - 1]).setValue(buffer);
                if (query) {
                    ((IntByReference) args[4]).setValue(size);
                }
                if (throwAfterWrite != null) {
                    throw throwAfterWrite;
                }
                return code;
            }
            if (name.equals("WlanFreeMemory")) {
                long address = Pointer.nativeValue((Pointer) args[0]);
                boolean ours = keep.stream().anyMatch(k -> Pointer.nativeValue(k) == address);
                if (ours) {
                    frees.merge(address, 1, Integer::sum);
                    if (freeThrows != null) {
                        throw freeThrows;
                    }
                    return null;
                }
            }
            try {
                return m.invoke(sim, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** A zeroed buffer of {@code size} bytes that the next call of {@code function} hands out. */
        ByteBuffer handOut(String function, int size) {
            Memory m = new Memory(size);
            m.clear();
            keep.add(m);
            next.put(function, m);
            return m.getByteBuffer(0, size).order(ByteOrder.nativeOrder());
        }

        int freesOf(ByteBuffer b) {
            return frees.getOrDefault(address(b), 0);
        }

        int totalFrees() {
            return frees.values().stream().mapToInt(Integer::intValue).sum();
        }

        private static long address(ByteBuffer b) {
            return Pointer.nativeValue(Native.getDirectBufferPointer(b));
        }
    }

    private static void assertMalformed(Fake fake, ByteBuffer buffer, Runnable read, String detail) {
        IllegalStateException e = assertThrows(IllegalStateException.class, read::run, detail);
        assertTrue(e.getMessage().contains("malformed") && e.getMessage().contains(detail), e.getMessage());
        assertEquals(1, fake.freesOf(buffer), "freed exactly once: " + detail);
    }

    /** HOLDS: every crafted size/offset/count that the reader can check is rejected, and the buffer freed once. */
    @Test
    void craftedBuffersAreRejectedAndFreedOnce() {
        Fake fake = new Fake();
        fake.sim.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        try (WlanClient wlan = WlanClient.open(fake.api)) {
            ByteBuffer b = fake.handOut("WlanGetNetworkBssList", 8);
            b.putInt(0, -1); // dwTotalSize 4 GiB - 1
            assertMalformed(fake, b, () -> wlan.bssList(IFACE), "dwTotalSize is 4294967295");

            b = fake.handOut("WlanGetNetworkBssList", 8);
            b.putInt(0, 8).putInt(4, -1);
            assertMalformed(fake, b, () -> wlan.bssList(IFACE), "dwNumberOfItems is 4294967295");

            b = fake.handOut("WlanGetNetworkBssList", 8);
            b.putInt(0, 100).putInt(4, 1);
            assertMalformed(fake, b, () -> wlan.bssList(IFACE), "dwTotalSize is 100");

            for (int[] ie : new int[][] {{-1, 1}, {0x7FFF_FFFF, 0x8000_0001}, {0, -1}, {360, 1}}) {
                b = fake.handOut("WlanGetNetworkBssList", 368);
                b.putInt(0, 368).putInt(4, 1).putInt(8 + 352, ie[0]).putInt(8 + 356, ie[1]);
                assertMalformed(fake, b, () -> wlan.bssList(IFACE), "ulIeOffset/ulIeSize");
            }

            b = fake.handOut("WlanGetNetworkBssList", 368);
            b.putInt(0, 368).putInt(4, 1).putInt(8, 0x8000_0000);
            assertMalformed(fake, b, () -> wlan.bssList(IFACE), "uSSIDLength is 2147483648");

            b = fake.handOut("WlanEnumInterfaces", 8);
            b.putInt(0, 0x1_0001);
            assertMalformed(fake, b, wlan::interfaces, "dwNumberOfItems is 65537");

            for (int phys : new int[] {9, -1}) {
                b = fake.handOut("WlanGetAvailableNetworkList", 8 + 628);
                b.putInt(0, 1).putInt(8 + 564, phys);
                assertMalformed(fake, b, () -> wlan.availableNetworks(IFACE), "uNumberOfPhyTypes is " + phys);
            }

            for (int[] radio : new int[][] {{771, 1}, {772, 65}, {772, -1}}) {
                b = fake.handOut("WlanQueryInterface", 772);
                fake.size = radio[0];
                b.putInt(0, radio[1]);
                assertMalformed(fake, b, () -> wlan.radioState(IFACE), "is " + radio[radio[0] == 771 ? 0 : 1]);
            }

            b = fake.handOut("WlanQueryInterface", 604);
            fake.size = 0;
            assertMalformed(fake, b, () -> wlan.connection(IFACE), "WLAN_CONNECTION_ATTRIBUTES is 0");

            assertEquals(15, fake.totalFrees());
        } finally {
            fake.sim.close();
        }
    }

    /** HOLDS: the binding throws after writing, the free throws, a nested query inside the binding's call. */
    @Test
    void bindingFailuresAndNestingStillFreeEachBufferOnce() {
        Fake fake = new Fake();
        fake.sim.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
        fake.sim.addBss(IFACE, BssEntry.builder(Ssid.of("n"), MAC).build());
        try (WlanClient wlan = WlanClient.open(fake.api)) {
            ByteBuffer b = fake.handOut("WlanEnumInterfaces", 8);
            fake.throwAfterWrite = new IllegalArgumentException("binding broke after writing");
            assertEquals("binding broke after writing",
                    assertThrows(IllegalArgumentException.class, wlan::interfaces).getMessage());
            assertEquals(1, fake.freesOf(b));
            fake.throwAfterWrite = null;

            b = fake.handOut("WlanEnumInterfaces", 8);
            fake.freeThrows = new IllegalStateException("free broke");
            assertEquals("free broke", assertThrows(IllegalStateException.class, wlan::interfaces).getMessage());
            assertEquals(1, fake.freesOf(b), "attempted once, not retried");

            b = fake.handOut("WlanGetNetworkBssList", 8);
            b.putInt(0, 7); // malformed: the reader's failure keeps the free's as suppressed
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> wlan.bssList(IFACE));
            assertTrue(e.getMessage().contains("malformed"), e.getMessage());
            assertEquals("free broke", e.getSuppressed()[0].getMessage());
            fake.freeThrows = null;

            // A query nested inside the binding's call, on the same thread, before the outer writes.
            b = fake.handOut("WlanEnumInterfaces", 8 + 532);
            b.putInt(0, 1).putInt(8 + 528, InterfaceState.CONNECTED.code());
            fake.beforeWrite = () -> assertEquals(1, wlan.bssList(IFACE).size());
            assertEquals(1, wlan.interfaces().size());
            assertEquals(1, fake.freesOf(b));
            assertEquals(0, fake.sim.buffersOutstanding());
            assertEquals(0, fake.sim.invalidFrees());
        } finally {
            fake.sim.close();
        }
    }

    /** HOLDS: a close and a nested query from inside a read, on the reading thread. */
    @Test
    void closeAndNestedQueriesFromInsideARead() {
        try (WlanSimulator sim = new WlanSimulator()) {
            sim.addInterface(new WlanInterface(IFACE, "wifi", InterfaceState.CONNECTED));
            for (int i = 0; i < 3; i++) {
                sim.addBss(IFACE, BssEntry.builder(Ssid.of("n" + i), MacAddress.ofBits(i + 1)).build());
            }
            WlanClient wlan = WlanClient.open(sim);
            boolean[] inside = {false};
            Seams.install(p -> {
                if (p == Seams.Point.READING_BUFFER && !inside[0]) {
                    inside[0] = true;
                    assertEquals(1, wlan.interfaces().size());
                    assertTrue(wlan.radioState(IFACE).isOn());
                    inside[0] = false;
                }
            });
            assertEquals(3, wlan.bssList(IFACE).size());
            Seams.install(p -> {
                if (p == Seams.Point.READING_BUFFER) {
                    wlan.close();
                }
            });
            assertEquals(3, wlan.bssList(IFACE).size(), "the read in flight completes");
            assertFalse(wlan.isOpen());
            assertEquals(0, sim.openWlanHandles(), "closed once the read returned");
            assertEquals(0, sim.buffersOutstanding());
            assertEquals(0, sim.invalidFrees());
            assertEquals(0, sim.staleHandleCalls());
        }
    }

    // ---- Findings --------------------------------------------------------------------------------

    /**
     * WLAN_INTERFACE_INFO_LIST and WLAN_AVAILABLE_NETWORK_LIST carry no size: a count beyond the
     * bounds no service reaches (here 65536 in an 8-byte buffer) is rejected, not read past. Run in a child JVM because the read crashes the JVM (SIGSEGV) at a guard page.
     */
    @Test
    void implausibleCountsOfSizelessListsAreRejectedNotReadPastTheBuffer() throws Exception {
        assumeTrue(Platform.isLinux(), "mmap/mprotect guard page");
        Path dir = Files.createTempDirectory("guard");
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-XX:ErrorFile=" + dir.resolve("hs_err.log"), "-XX:-CreateCoredumpOnCrash",
                "-cp", System.getProperty("java.class.path"), GuardPage.class.getName()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "child JVM died reading past an 8-byte buffer:\n" + out);
        assertTrue(out.contains("interfaces: IllegalStateException") && out.contains("networks: IllegalStateException"),
                out);
    }

    /** A WLAN_PROFILE_INFO_LIST in native memory: {@code count} as its count, then one entry per name. */
    private static Memory profileList(int count, int room, String... names) {
        Memory m = new Memory(WlanStructs.PROFILE_LIST_ITEMS + (long) room * WlanStructs.PROFILE_SIZE);
        m.clear();
        m.setInt(WlanStructs.PROFILE_LIST_COUNT, count);
        for (int i = 0; i < names.length; i++) {
            long at = WlanStructs.PROFILE_LIST_ITEMS + (long) i * WlanStructs.PROFILE_SIZE + WlanStructs.PROFILE_NAME;
            for (int c = 0; c < names[i].length(); c++) {
                m.setShort(at + 2L * c, (short) names[i].charAt(c)); // a WCHAR: two bytes, on Linux too
            }
        }
        return m;
    }

    /**
     * Issue 18, DEFECT 7: the profile list carries no size, and its count was trusted: 40 in a
     * one-entry buffer returned 40 "names" read from what followed it. Each entry is now proven to
     * be one (a name of 1 to 255 characters with its NUL, none twice) before the next is read.
     */
    @Test
    void aProfileListCountLargerThanItsEntriesIsRejectedAtTheFirstEntryThatIsNotOne() {
        Memory oneEntry = profileList(40, 41, "Home"); // what follows the entry here: zeros
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WlanStructs.profileNames("WlanGetProfileList", Pointer.nativeValue(oneEntry)));
        assertTrue(e.getMessage().contains("entry 1 of 40") && e.getMessage().contains("empty"), e.getMessage());

        Memory twice = profileList(3, 3, "Home", "Office", "Home");
        e = assertThrows(IllegalStateException.class,
                () -> WlanStructs.profileNames("WlanGetProfileList", Pointer.nativeValue(twice)));
        assertTrue(e.getMessage().contains("entry 2 of 3") && e.getMessage().contains("\"Home\" again"), e.getMessage());

        Memory unterminated = profileList(1, 1, "x".repeat(256));
        e = assertThrows(IllegalStateException.class,
                () -> WlanStructs.profileNames("WlanGetProfileList", Pointer.nativeValue(unterminated)));
        assertTrue(e.getMessage().contains("unterminated"), e.getMessage());

        Memory good = profileList(2, 2, "Home", "x".repeat(255));
        assertEquals(List.of("Home", "x".repeat(255)),
                WlanStructs.profileNames("WlanGetProfileList", Pointer.nativeValue(good)));
    }

    /** The child: an 8-byte list header at the end of a readable page, a PROT_NONE page after it. */
    static final class GuardPage {
        interface LibC extends Library {
            Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset);

            int mprotect(Pointer addr, long length, int prot);
        }

        public static void main(String[] args) {
            LibC c = Native.load("c", LibC.class);
            Pointer pages = c.mmap(null, 8192, 3 /* RW */, 0x22 /* PRIVATE|ANONYMOUS */, -1, 0);
            c.mprotect(pages.share(4096), 4096, 0 /* PROT_NONE */);
            long header = Pointer.nativeValue(pages) + 4096 - 8;
            new Pointer(header).setInt(0, 65536);
            run("interfaces", () -> WlanStructs.interfaces("WlanEnumInterfaces", header));
            run("networks", () -> WlanStructs.networks("WlanGetAvailableNetworkList", header));
        }

        private static void run(String what, Runnable r) {
            try {
                r.run();
                System.out.println(what + ": returned");
            } catch (Throwable t) {
                System.out.println(what + ": " + t.getClass().getSimpleName() + " " + t.getMessage());
            }
        }
    }

    /** A NUL inside a name would read back cut at the NUL: it is rejected, naming the value. */
    @Test
    void namesWithANulAreRejectedOrRoundTrip() {
        try (WlanSimulator sim = new WlanSimulator(); WlanClient wlan = WlanClient.open(sim)) {
            String description = "Wi\0Fi";
            WlanInterface iface;
            try {
                iface = new WlanInterface(IFACE, description, InterfaceState.CONNECTED);
            } catch (IllegalArgumentException rejected) {
                return; // the fix: rejected, naming the value
            }
            sim.addInterface(iface);
            sim.addNetwork(IFACE, AvailableNetwork.builder(Ssid.of("n")).profileName("Home\0Office").build());
            assertAll(() -> assertEquals(description, wlan.interfaces().get(0).description()),
                    () -> assertEquals("Home\0Office", wlan.availableNetworks(IFACE).get(0).profileName()));
        }
    }

    /** Builder inputs that are not values a service could report are rejected, naming them. */
    @Test
    void buildersRejectValuesNoServiceReports() {
        Connection.Builder c = Connection.builder(Ssid.of("n"), MAC);
        AvailableNetwork.Builder n = AvailableNetwork.builder(Ssid.of("n"));
        BssEntry.Builder b = BssEntry.builder(Ssid.of("n"), MAC);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> c.phy(PhyType.HT, -1), "phy index -1"),
                () -> assertThrows(IllegalArgumentException.class, () -> c.rates(-1, 0), "rx rate -1"),
                () -> assertThrows(NullPointerException.class, () -> n.phyTypes(PhyType.HT, null),
                        "a null PHY type is accepted here and fails later in build()"),
                () -> assertThrows(IllegalArgumentException.class, () -> b.bssType(BssType.UNKNOWN),
                        "UNKNOWN is written as DOT11_BSS_TYPE 0xFFFFFFFF"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> new WlanInterface(IFACE, "x", InterfaceState.UNKNOWN),
                        "UNKNOWN is written as WLAN_INTERFACE_STATE 0xFFFFFFFF"));
    }

    /**
     * The stand-in: with its table of 4096 outstanding buffers full, a query fails with
     * ERROR_NOT_ENOUGH_MEMORY rather than reporting success with no buffer.
     */
    @Test
    void theStandInReportsAFullBufferTableAsAnError() {
        StandIn standIn = StandIn.require();
        WlanClient wlan = WlanClient.open(standIn.directBinding());
        try {
            wlan.withHandle(h -> {
                for (int i = 0; i < 4096; i++) {
                    assertEquals(0, standIn.control.WlanEnumInterfaces(h, null, new PointerByReference()));
                }
                return null;
            });
            assertEquals(4096, standIn.get(Counter.MEMORY_OUTSTANDING));
            WlanException e = assertThrows(WlanException.class, wlan::interfaces);
            assertEquals(8, e.errorCode());
        } finally {
            wlan.close();
            standIn.reset(); // frees what was leaked on purpose
        }
    }

}
