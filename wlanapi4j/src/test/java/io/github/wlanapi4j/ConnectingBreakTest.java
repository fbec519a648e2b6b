package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.wlanapi4j.ie.SecurityMode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 20's adversarial review: attacks on connect-to-BSSID, enterprise profiles, stored profiles,
 * the adapter reader and the reason codes, for each {@link Binding}. Every test here failed on the
 * code as reviewed (aa40b1e, 99ad742); each names the defect it showed, fixed since.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Binding.class)
class ConnectingBreakTest extends OperationsSuite {
    private static final String PASSPHRASE = "correct horse battery";
    private static final String PASSWORD = "s3cret-Pa55word";
    private static final MacAddress MAC = MacAddress.parse("02:12:34:56:78:9a");
    private static final MacAddress HOME_1 = MacAddress.parse("02:aa:bb:cc:dd:01");
    private static final int ERROR_BUFFER_OVERFLOW = 111;
    private static final int PTR = Native.POINTER_SIZE;

    ConnectingBreakTest(Binding binding) {
        super(binding);
    }

    // ---------------------------------------------------------------- awaitIpv4Address

    /**
     * DEFECT: awaitIpv4Address with a very long timeout (ChronoUnit.FOREVER, which scan()
     * documents as "no deadline") throws ArithmeticException from Duration.toNanos() before it
     * even looks, although the address is already there. Checks.saturatedNanos exists for this.
     */
    @Test
    void awaitIpv4AddressWithNoDeadlineReturnsTheAddress() throws Exception {
        assumeBackendAdapters();
        Inet4Address dhcp = (Inet4Address) InetAddress.getByName("192.168.4.2");
        backend.adapter(IFACE, MAC, 7, dhcp);
        done(wlan.connect(IFACE, HOME_PROFILE));

        assertEquals(dhcp, wlan.awaitIpv4Address(IFACE, ChronoUnit.FOREVER.getDuration()));
    }

    // ---------------------------------------------------------------- GetAdaptersAddresses

    /** {@link #api} with GetAdaptersAddresses answered by {@code service}(buffer, size) instead. */
    private WlanApi adapters(BiFunction<Pointer, IntByReference, Integer> service) {
        WlanApi base = api;
        return (WlanApi) Proxy.newProxyInstance(WlanApi.class.getClassLoader(), new Class<?>[] {WlanApi.class},
                (p, m, args) -> {
                    if (m.getName().equals("GetAdaptersAddresses")) {
                        return service.apply((Pointer) args[3], (IntByReference) args[4]);
                    }
                    try {
                        return m.invoke(base, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String adapterName(java.util.UUID iface) {
        return "{" + iface.toString().toUpperCase(Locale.ROOT) + "}";
    }

    /** Writes an IP_ADAPTER_ADDRESSES_LH at {@code at} with its name at {@code nameAt}: IFACE's adapter, up. */
    private static void writeAdapter(Pointer b, long at, long nameAt) {
        byte[] name = (adapterName(IFACE) + "\0").getBytes(StandardCharsets.US_ASCII);
        b.write(nameAt, name, 0, name.length);
        b.setInt(at + WlanStructs.ADAPTER_LENGTH, WlanStructs.ADAPTER_READ_SIZE);
        b.setInt(at + WlanStructs.ADAPTER_IF_INDEX, 7);
        b.setPointer(at + WlanStructs.ADAPTER_NAME, b.share(nameAt));
        b.write(at + WlanStructs.ADAPTER_MAC, MAC.toBytes(), 0, 6);
        b.setInt(at + WlanStructs.ADAPTER_MAC_LENGTH, 6);
        b.setInt(at + WlanStructs.ADAPTER_OPER_STATUS, 1);
    }

    /**
     * DEFECT: a service that answers ERROR_BUFFER_OVERFLOW asking for a huge size (1 GiB here)
     * makes Adapters.list allocate it and then, asked the same again, double it with
     * Math.multiplyExact: the caller gets an ArithmeticException ("integer overflow"), neither
     * the IllegalStateException of a malformed answer nor a WlanException, after a 1 GiB
     * allocation. The size a service asks for needs an upper bound.
     */
    @Test
    void aServiceAskingForAHugeBufferIsRefusedTyped() {
        WlanApi greedy = adapters((buffer, size) -> {
            size.setValue(0x4000_0000);
            return ERROR_BUFFER_OVERFLOW;
        });
        try (WlanClient c = WlanClient.open(greedy)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> c.adapter(IFACE));
            assertTrue(e instanceof IllegalStateException || e instanceof WlanException,
                    "expected a malformed-answer or typed error, got " + e);
        }
    }

    /**
     * DEFECT: a list whose Next points back to itself is refused only after 4,096 rounds, and
     * each round re-reads every string of the entry character by character (one JNI getShort
     * per WCHAR) and keeps a copy: an adapter whose FriendlyName and Description run to the end
     * of the buffer turns one call into 4,096 x 2 x 32K native reads and keeps 4,096 copies of
     * the strings: ~6 s and ~256 MiB here for a 64 KiB buffer (measured ~25 s and ~1 GiB of heap
     * for 256 KiB; a single, well-formed read of the same buffer takes milliseconds), before the
     * IllegalStateException. A loop (an entry already visited) is detectable at once.
     */
    @Test
    void aSelfLinkedAdapterListIsRefusedPromptly() throws Exception {
        int size = 64 * 1024;
        WlanApi looping = adapters((buffer, sizeRef) -> {
            if (buffer == null || Integer.toUnsignedLong(sizeRef.getValue()) < size) {
                sizeRef.setValue(size);
                return ERROR_BUFFER_OVERFLOW;
            }
            buffer.setMemory(0, size, (byte) 0);
            writeAdapter(buffer, 0, 512);
            buffer.setPointer(WlanStructs.ADAPTER_NEXT, buffer); // Next: itself
            long text = 1024;
            for (long at = text; at < size - 2; at += 2) {
                buffer.setShort(at, (short) 'A');
            }
            buffer.setPointer(WlanStructs.ADAPTER_FRIENDLY_NAME, buffer.share(text));
            buffer.setPointer(WlanStructs.ADAPTER_DESCRIPTION, buffer.share(text));
            return 0;
        });
        WlanClient c = WlanClient.open(looping);
        CompletableFuture<Throwable> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                c.adapter(IFACE);
                read.complete(null);
            } catch (Throwable t) {
                read.complete(t);
            }
        }, "adapter-reader");
        reader.setDaemon(true); // left to finish on its own if the test fails: the read cannot be stopped
        reader.start();
        try {
            Throwable t = read.get(1, TimeUnit.SECONDS);
            assertTrue(t instanceof IllegalStateException, "expected a malformed-buffer error, got " + t);
        } catch (TimeoutException e) {
            throw new AssertionError("a self-linked adapter list was still being read after 1 s", e);
        } finally {
            c.close();
        }
    }

    /**
     * DEFECT: the reader ignores IP_ADAPTER_UNICAST_ADDRESS_LH.DadState, so an IPv4 address that
     * Windows lists as IpDadStateDuplicate (another host has it; ipconfig shows "(Duplicate)")
     * or IpDadStateTentative (not usable yet) counts as the adapter's address: ipv4Address()
     * and so awaitIpv4Address() return an address no socket can use. Only IpDadStatePreferred
     * (4) (or Deprecated) is an address DHCP "gave".
     */
    @Test
    void aDuplicateAddressIsNotTheAdaptersAddress() throws Exception {
        int size = 1024;
        long dadState = WlanStructs.UNICAST_ADDRESS + 2L * PTR + 8; // after Address, PrefixOrigin, SuffixOrigin
        WlanApi duplicate = adapters((buffer, sizeRef) -> {
            if (buffer == null || Integer.toUnsignedLong(sizeRef.getValue()) < size) {
                sizeRef.setValue(size);
                return ERROR_BUFFER_OVERFLOW;
            }
            buffer.setMemory(0, size, (byte) 0);
            writeAdapter(buffer, 0, 512);
            long unicast = 256;
            long sockaddr = 448;
            buffer.setInt(unicast, 64); // Length
            buffer.setPointer(unicast + WlanStructs.UNICAST_ADDRESS + WlanStructs.SOCKET_ADDRESS_POINTER,
                    buffer.share(sockaddr));
            buffer.setInt(unicast + WlanStructs.UNICAST_ADDRESS + WlanStructs.SOCKET_ADDRESS_LENGTH, 16);
            buffer.setInt(unicast + dadState, 2); // IpDadStateDuplicate
            buffer.setShort(sockaddr, (short) 2); // AF_INET
            buffer.write(sockaddr + 4, new byte[] {(byte) 192, (byte) 168, 4, 2}, 0, 4);
            buffer.setPointer(WlanStructs.ADAPTER_UNICAST, buffer.share(unicast));
            return 0;
        });
        try (WlanClient c = WlanClient.open(duplicate)) {
            WlanAdapter a = c.adapter(IFACE).orElseThrow();
            assertFalse(a.ipv4Address().isPresent(), "a duplicate address is not usable: " + a);
        }
    }

    // ---------------------------------------------------------------- stored profiles

    /**
     * DEFECT: setAutoConnect edits the XML as text: the first "&lt;connectionMode&gt;" it finds
     * may be inside a comment (or CDATA), which it rewrites, leaving the real element as it was;
     * the call "succeeds" and the profile does not change. StoredProfile parses the same XML
     * with a DOM and knows where the element is: the rewrite should use it.
     */
    @Test
    void setAutoConnectChangesTheElementNotAComment() {
        String xml = HOME_PROFILE.toXml().replace("<SSIDConfig>",
                "<!-- default was <connectionMode>manual</connectionMode> -->\n  <SSIDConfig>");
        wlan.setProfile(IFACE, xml, false);
        assertFalse(wlan.profile(IFACE, "Home").autoConnect());

        wlan.setAutoConnect(IFACE, "Home", true);

        assertTrue(wlan.profile(IFACE, "Home").autoConnect(), wlan.profile(IFACE, "Home").xml());
    }

    /**
     * DEFECT: setAutoConnect by an unelevated caller writes back the key as Windows returned it,
     * encrypted (protected=true), which real Windows decrypts on WlanSetProfile (as netsh
     * export/import relies on). The stand-in and the simulator instead store the ciphertext as
     * the key: afterwards even an elevated caller gets no key (keyProtected, key() empty), so the
     * backends cannot express "the key survives an unelevated setAutoConnect", and diverge from
     * Windows.
     */
    @Test
    void theKeySurvivesAnUnelevatedSetAutoConnect() {
        wlan.setProfile(IFACE, WlanProfile.wpa2Personal(HOME, PASSPHRASE).toXml(), false);

        wlan.setAutoConnect(IFACE, "Home", true); // not elevated: the key goes back encrypted

        backend.set(Setting.ELEVATED, 1);
        StoredProfile admin = wlan.profile(IFACE, "Home");
        assertTrue(admin.autoConnect());
        assertEquals(PASSPHRASE, admin.key().orElse("<none: keyProtected=" + admin.keyProtected() + ">"));
    }

    /**
     * DEFECT: setAutoConnect rewrites the whole profile with WlanSetProfile, and a replaced
     * profile loses the user's EAP credentials (the backends' documented model of Windows):
     * switching an enterprise profile to auto-connect silently drops the credentials
     * setPeapCredentials stored, and the next connect fails with USER_NOT_RESPOND. Neither
     * setAutoConnect's javadoc nor its result says so.
     */
    @Test
    void setAutoConnectKeepsAnEnterpriseProfilesCredentials() throws Exception {
        Ssid eduroam = Ssid.of("eduroam");
        backend.addBss(IFACE, bss(eduroam, MacAddress.parse("02:aa:bb:cc:dd:0e"), SecurityMode.WPA2_ENTERPRISE).build());
        wlan.setProfile(IFACE, WlanProfile.wpa2Enterprise(eduroam, "radius.example.edu").toXml(), false);
        wlan.setPeapCredentials(IFACE, "eduroam", "jane@example.edu", PASSWORD);

        wlan.setAutoConnect(IFACE, "eduroam", true);

        assertEquals(eduroam, done(wlan.connect(IFACE, "eduroam")).ssid());
    }

    /**
     * DEFECT: StoredProfile trims every element's text, the key and the profile name too. A WPA
     * passphrase may start or end with spaces (printable ASCII 0x20 to 0x7E, which
     * WlanProfile.wpa2Personal accepts), and real SSIDs, so default profile names, often end with
     * one: key() returns a passphrase that is not the network's, and name() a name that
     * connect/rename/setAutoConnect answer ERROR_NOT_FOUND for. Only the enumerated values
     * (connectionMode, authentication, booleans) may be trimmed.
     */
    @Test
    void theStoredKeyAndNameKeepTheirSpaces() {
        backend.set(Setting.ELEVATED, 1);
        String padded = "  correct horse battery  ";
        wlan.setProfile(IFACE, WlanProfile.wpa2Personal(Ssid.of("Cafe "), padded).toXml(), false);

        StoredProfile stored = wlan.profile(IFACE, "Cafe ");

        assertAll(() -> assertEquals(padded, stored.key().orElseThrow(), "the key"),
                () -> assertEquals("Cafe ", stored.name(), "the name, as profiles() lists it: " + wlan.profiles(IFACE)));
    }

    /**
     * DEFECT: StoredProfile.parse builds its DocumentBuilder without an ErrorHandler, so for XML
     * that is not well-formed the JDK's parser prints "[Fatal Error] :line:col: ..." to
     * System.err before the IllegalArgumentException: a library writing to the application's
     * stderr, with parser text (element and entity names from the profile) that the exception's
     * contract keeps to itself.
     */
    @Test
    void aMalformedProfileIsReportedOnlyByTheException() {
        wlan.setProfile(IFACE, "<WLANProfile><name>Bad</name><x a=b/></WLANProfile>", false);
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThrows(IllegalArgumentException.class, () -> wlan.profile(IFACE, "Bad"));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- enterprise

    /**
     * DEFECT: setPeapCredentials(iface, profile, "CORP\\", password) passes the non-empty check on
     * the whole user name, then splits it at the backslash into domain "CORP" and an empty user
     * name: the service is given &lt;MsChapV2:Username&gt;&lt;/MsChapV2:Username&gt;, where the
     * javadoc promises IllegalArgumentException for an empty user name.
     */
    @Test
    void aUserNameWithNothingAfterTheDomainIsRefused() {
        wlan.setProfile(IFACE, WlanProfile.wpa2Enterprise(Ssid.of("eduroam"), "radius.example.edu").toXml(), false);

        assertThrows(IllegalArgumentException.class,
                () -> wlan.setPeapCredentials(IFACE, "eduroam", "CORP\\", PASSWORD));
    }

    /**
     * DEFECT: Failure.of classifies the 802.1X module's reason codes (ONEX_REASON_CODE, from
     * L2_REASON_CODE_ONEX_BASE 0x50000) as OTHER: a PEAP connect whose RADIUS server rejects the
     * password ends with ONEX_EAP_FAILURE_RECEIVED (0x50005), and one without usable credentials
     * with ONEX_UNABLE_TO_IDENTIFY_USER (0x50001); the enterprise feature's typical failures are
     * not AUTHENTICATION_FAILED, and WlanReasonCodes.name() cannot name them.
     */
    @Test
    void an8021xFailureIsAnAuthenticationFailure() {
        assertEquals(WlanConnectionException.Failure.AUTHENTICATION_FAILED,
                WlanConnectionException.Failure.of(0x0005_0005), "ONEX_EAP_FAILURE_RECEIVED");
    }

    // ---------------------------------------------------------------- backends

    /**
     * DEFECT (simulator): WlanSimulator.WlanConnect parses a profile's &lt;hex&gt; with
     * Integer.parseInt, so a non-hex digit makes the binding throw NumberFormatException out of
     * WlanConnect (the future fails with it), where the C stand-in answers with a code (it reads
     * the hex up to the bad pair and the connect ends NETWORK_NOT_AVAILABLE). A binding must
     * return error codes; the two backends disagree on the BSSID-list path.
     */
    @Test
    void aProfileWithABadHexSsidFailsWithACodeOnEveryBackend() throws Exception {
        String xml = HOME_PROFILE.toXml().replace("<hex>486F6D65</hex>", "<hex>486F6D6X</hex>");
        assertTrue(xml.contains("486F6D6X"), xml);
        wlan.setProfile(IFACE, xml, false);

        Throwable t = wlan.connect(IFACE, "Home", HOME_1).handle((c, e) -> e).get(10, TimeUnit.SECONDS);

        assertTrue(t == null || t instanceof WlanException, "a backend answered with " + t);
    }

    /**
     * DEFECT (simulator): WlanSetProfile with an empty &lt;name&gt;&lt;/name&gt; is refused by the
     * C stand-in (ERROR_BAD_PROFILE, reason PROFILE_MISSING_NAME) but stored by the simulator
     * under the name "" (ProfileStore.set takes any name ProfileStore.element finds, empty
     * included). From then on profiles() fails for the whole interface (the library's reader
     * rightly calls an empty WLAN_PROFILE_INFO name malformed), and no profile function can name
     * it to delete it.
     */
    @Test
    void aProfileWithAnEmptyNameIsRefusedOnEveryBackend() {
        String xml = HOME_PROFILE.toXml().replace("<name>Home</name>\n  <SSIDConfig>",
                "<name></name>\n  <SSIDConfig>");
        assertTrue(xml.contains("<name></name>"), xml);

        Throwable t = outcome(() -> wlan.setProfile(IFACE, xml, false));

        assertTrue(t instanceof WlanException && ((WlanException) t).errorCode() == WlanErrors.ERROR_BAD_PROFILE,
                "setProfile answered " + t + "; profiles() now answers " + outcome(() -> wlan.profiles(IFACE)));
    }

    /** What {@code r} threw, or null. */
    private static Throwable outcome(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
