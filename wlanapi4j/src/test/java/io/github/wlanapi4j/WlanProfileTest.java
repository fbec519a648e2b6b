package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class WlanProfileTest {
    private static final String NS = "http://www.microsoft.com/networking/WLAN/profile/v1";

    /** The schema's element order, as nested names; a sharedKey only when there is a key. */
    private static final String OPEN_TREE = "WLANProfile(name,SSIDConfig(SSID(hex,name)),connectionType,"
            + "connectionMode,MSM(security(authEncryption(authentication,encryption,useOneX))))";
    private static final String KEYED_TREE = "WLANProfile(name,SSIDConfig(SSID(hex,name)),connectionType,"
            + "connectionMode,MSM(security(authEncryption(authentication,encryption,useOneX),"
            + "sharedKey(keyType,protected,keyMaterial))))";

    private static final Ssid HOME = Ssid.of("Home");
    private static final String PASS = "correct horse";

    // --- the XML, parsed back ---

    @Test
    void openProfileHasTheRequiredElementsInOrder() throws Exception {
        Element root = parse(WlanProfile.open(HOME));
        assertEquals(OPEN_TREE, tree(root));
        assertEquals("Home", text(root, "name"));
        assertEquals("486F6D65", text(root, "SSIDConfig", "SSID", "hex"));
        assertEquals("Home", text(root, "SSIDConfig", "SSID", "name"));
        assertEquals("ESS", text(root, "connectionType"));
        assertEquals("manual", text(root, "connectionMode"));
        assertEquals("open", text(root, "MSM", "security", "authEncryption", "authentication"));
        assertEquals("none", text(root, "MSM", "security", "authEncryption", "encryption"));
        assertEquals("false", text(root, "MSM", "security", "authEncryption", "useOneX"));
    }

    @Test
    void theXmlStartsWithTheDeclarationAndTheNamespace() {
        String xml = WlanProfile.open(HOME).toXml();
        assertTrue(xml.startsWith("<?xml version=\"1.0\"?>"), xml);
        assertTrue(xml.contains("<WLANProfile xmlns=\"" + NS + "\">"), xml);
    }

    @Test
    void wpa2PassphraseIsAPassPhraseKey() throws Exception {
        Element root = parse(WlanProfile.wpa2Personal(HOME, PASS));
        assertEquals(KEYED_TREE, tree(root));
        assertEquals("WPA2PSK", text(root, "MSM", "security", "authEncryption", "authentication"));
        assertEquals("AES", text(root, "MSM", "security", "authEncryption", "encryption"));
        assertEquals("false", text(root, "MSM", "security", "authEncryption", "useOneX"));
        assertEquals("passPhrase", text(root, "MSM", "security", "sharedKey", "keyType"));
        assertEquals("false", text(root, "MSM", "security", "sharedKey", "protected"));
        assertEquals(PASS, text(root, "MSM", "security", "sharedKey", "keyMaterial"));
    }

    @Test
    void wpa2With64HexDigitsIsANetworkKeyKeptAsGiven() throws Exception {
        String key = "0123456789abcdefABCDEF0123456789abcdefABCDEF0123456789abcdef0123";
        assertEquals(64, key.length());
        Element root = parse(WlanProfile.wpa2Personal(HOME, key));
        assertEquals(KEYED_TREE, tree(root));
        assertEquals("networkKey", text(root, "MSM", "security", "sharedKey", "keyType"));
        assertEquals(key, text(root, "MSM", "security", "sharedKey", "keyMaterial"));
    }

    @Test
    void wpa3IsSaeWithAesAndAPassPhrase() throws Exception {
        Element root = parse(WlanProfile.wpa3Personal(HOME, PASS));
        assertEquals(KEYED_TREE, tree(root));
        assertEquals("WPA3SAE", text(root, "MSM", "security", "authEncryption", "authentication"));
        assertEquals("AES", text(root, "MSM", "security", "authEncryption", "encryption"));
        assertEquals("passPhrase", text(root, "MSM", "security", "sharedKey", "keyType"));
        assertEquals(PASS, text(root, "MSM", "security", "sharedKey", "keyMaterial"));
    }

    @Test
    void passphraseBoundsAreAccepted() throws Exception {
        String shortest = " ~!\"#$%&"; // 8: space and tilde are the ends of the printable range
        String longest = "x".repeat(62) + "~";
        for (String p : new String[] {shortest, longest}) {
            assertEquals(p, keyMaterial(WlanProfile.wpa2Personal(HOME, p)));
            assertEquals(p, keyMaterial(WlanProfile.wpa3Personal(HOME, p)));
        }
    }

    @Test
    void autoConnectSetsTheConnectionMode() throws Exception {
        WlanProfile auto = WlanProfile.open(HOME).autoConnect(true);
        assertEquals("auto", text(parse(auto), "connectionMode"));
        assertEquals("manual", text(parse(auto.autoConnect(false)), "connectionMode"));
    }

    // --- the SSID ---

    @Test
    void ssidHexRoundTripsArbitraryBytes() throws Exception {
        List<byte[]> ssids = new ArrayList<>();
        ssids.add(new byte[] {0});
        ssids.add(new byte[] {'a', 0, 'b'});
        ssids.add(new byte[] {'C', 'a', 'f', (byte) 0xE9}); // Latin-1, not UTF-8
        ssids.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', '&'});
        for (int start = 0; start < 256; start += 32) { // every byte value, in 32-byte SSIDs
            byte[] b = new byte[32];
            for (int i = 0; i < 32; i++) {
                b[i] = (byte) (start + i);
            }
            ssids.add(b);
        }
        for (byte[] bytes : ssids) {
            Element root = parse(WlanProfile.open(Ssid.of(bytes)));
            String hex = text(root, "SSIDConfig", "SSID", "hex");
            assertTrue(hex.matches("([0-9A-F]{2})+"), hex);
            assertArrayEquals(bytes, unhex(hex), hex);
        }
    }

    @Test
    void ssidNameIsOmittedUnlessTheBytesAreXmlText() throws Exception {
        byte[][] notText = {
            {'C', 'a', 'f', (byte) 0xE9}, // not UTF-8
            {'a', 0, 'b'}, // UTF-8, but NUL is not an XML character
            {'a', 0x1B}, // ESC: neither
            {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, // U+FFFF: UTF-8, not an XML character
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate: not UTF-8
        };
        for (byte[] bytes : notText) {
            Element ssid = child(child(parse(WlanProfile.open(Ssid.of(bytes))), "SSIDConfig"), "SSID");
            assertEquals("SSID(hex)", tree(ssid), Ssid.of(bytes).toString());
        }
    }

    @Test
    void ssidNameRoundTripsText() throws Exception {
        for (String name : new String[] {"Café ☕", "<&>\"'", "tab\there", "cr\rlf\n", "\uD83D\uDE00 emoji"}) {
            Element root = parse(WlanProfile.open(Ssid.of(name)));
            assertEquals(name, text(root, "SSIDConfig", "SSID", "name"));
            assertEquals(name, text(root, "name"));
            assertArrayEquals(name.getBytes(StandardCharsets.UTF_8), unhex(text(root, "SSIDConfig", "SSID", "hex")));
        }
    }

    @Test
    void theDefaultNameIsTheSsidAsTextOrItsBytesEscaped() throws Exception {
        assertEquals("Home", WlanProfile.open(HOME).name());
        Ssid latin1 = Ssid.of(new byte[] {'C', 'a', 'f', (byte) 0xE9});
        assertEquals(latin1.toString(), WlanProfile.open(latin1).name());
        assertEquals("Caf\\xe9", WlanProfile.open(latin1).name());
        // Valid UTF-8 whose text XML cannot carry: the bytes escaped, so the XML stays valid.
        WlanProfile nul = WlanProfile.open(Ssid.of(new byte[] {'a', 0, '\\'}));
        assertEquals("a\\x00\\x5c", nul.name());
        assertEquals("a\\x00\\x5c", text(parse(nul), "name"));
    }

    @Test
    void anEmptySsidIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WlanProfile.open(Ssid.of(new byte[0])));
        assertTrue(e.getMessage().contains("not 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WlanProfile.wpa2Personal(Ssid.of(""), PASS));
        assertThrows(IllegalArgumentException.class, () -> WlanProfile.wpa3Personal(Ssid.of(""), PASS));
    }

    // --- escaping ---

    @Test
    void xmlSpecialCharactersInThePassphraseRoundTrip() throws Exception {
        String[] passphrases = {"a&b<c>d\"e'f", "&amp;&lt;x", "]]>]]>]]>", "<!-- -->", "<![CDATA[x]]>", "'\"'\"'\"'\""};
        for (String p : passphrases) {
            assertEquals(p, keyMaterial(WlanProfile.wpa2Personal(HOME, p)));
            assertEquals(p, keyMaterial(WlanProfile.wpa3Personal(HOME, p)));
            String xml = WlanProfile.wpa2Personal(HOME, p).toXml();
            assertFalse(xml.contains(p), xml); // every one of them has a character that must be escaped
        }
        // A parser reads a bare " or ' in content as well as an escaped one, so look at the text itself.
        assertTrue(WlanProfile.wpa2Personal(HOME, "a&b<c>d\"e'f").toXml()
                .contains("<keyMaterial>a&amp;b&lt;c&gt;d&quot;e&apos;f</keyMaterial>"));
    }

    @Test
    void xmlSpecialCharactersAndLineEndsInTheNameRoundTrip() throws Exception {
        for (String name : new String[] {"<Home & \"Work\">", "it's", "a\r\nb\rc\nd", "\tx", "\uD83D\uDE00"}) {
            WlanProfile p = WlanProfile.open(HOME).named(name);
            assertEquals(name, p.name());
            assertEquals(name, text(parse(p), "name"));
        }
    }

    // --- rejections ---

    @Test
    void badPassphrasesAreRejectedWithoutShowingThem() {
        String sevenChars = "secret!";
        String tooLong = "y".repeat(65);
        String hexWithG = "0123456789abcdef".repeat(3) + "0123456789abcdeg";
        String withDel = "abcde\u007Ffgh";
        String withNonAscii = "abcé-passphrase";
        String withControl = "abcdefg\u001Fh";
        String withFullwidthDigit = "0123456789abcdef".repeat(3) + "0123456789abcde\uFF10";

        assertRejected(() -> WlanProfile.wpa2Personal(HOME, sevenChars), sevenChars, "not 7");
        assertRejected(() -> WlanProfile.wpa2Personal(HOME, ""), "", "not 0");
        assertRejected(() -> WlanProfile.wpa2Personal(HOME, tooLong), tooLong, "not 65");
        assertRejected(() -> WlanProfile.wpa2Personal(HOME, hexWithG), hexWithG, "index 63");
        assertRejected(() -> WlanProfile.wpa2Personal(HOME, "z".repeat(64)), "z".repeat(64), "index 0");
        assertRejected(() -> WlanProfile.wpa2Personal(HOME, withFullwidthDigit), withFullwidthDigit, "index 63");
        assertRejected(() -> WlanProfile.wpa2Personal(HOME, withDel), withDel, "index 5");
        assertRejected(() -> WlanProfile.wpa2Personal(HOME, withNonAscii), withNonAscii, "index 3");
        assertRejected(() -> WlanProfile.wpa2Personal(HOME, withControl), withControl, "index 7");

        assertRejected(() -> WlanProfile.wpa3Personal(HOME, sevenChars), sevenChars, "not 7");
        assertRejected(() -> WlanProfile.wpa3Personal(HOME, tooLong), tooLong, "not 65");
        String hexKey = "0123456789abcdef".repeat(4);
        assertRejected(() -> WlanProfile.wpa3Personal(HOME, hexKey), hexKey, "not 64");
        assertRejected(() -> WlanProfile.wpa3Personal(HOME, hexWithG), hexWithG, "not 64");
        assertRejected(() -> WlanProfile.wpa3Personal(HOME, withDel), withDel, "index 5");
        assertRejected(() -> WlanProfile.wpa3Personal(HOME, withNonAscii), withNonAscii, "index 3");
    }

    @Test
    void nullsAreRejectedNamingTheParameter() {
        assertNpe("ssid", () -> WlanProfile.open(null));
        assertNpe("ssid", () -> WlanProfile.wpa2Personal(null, PASS));
        assertNpe("ssid", () -> WlanProfile.wpa3Personal(null, PASS));
        assertNpe("passphrase", () -> WlanProfile.wpa2Personal(HOME, null));
        assertNpe("passphrase", () -> WlanProfile.wpa3Personal(HOME, null));
        assertNpe("name", () -> WlanProfile.open(HOME).named(null));
    }

    @Test
    void badNamesAreRejectedNamingTheProblem() {
        WlanProfile p = WlanProfile.wpa2Personal(HOME, PASS);
        assertBadName(p, "", "empty");
        assertBadName(p, "a\0b", "NUL");
        assertBadName(p, "n".repeat(256), "256");
        assertBadName(p, "ab\u0001", "index 2");
        assertBadName(p, "ab\u0001", "U+0001");
        assertBadName(p, "x\uFFFE", "index 1");
        assertBadName(p, "x\uFFFF", "U+FFFF");
        assertBadName(p, "xy\uD800z", "index 2"); // an unpaired surrogate
        assertBadName(p, "xy\uDC00", "U+DC00");
        assertBadName(p, "\u000B", "index 0"); // vertical tab: not in XML 1.0
        assertEquals(255, p.named("n".repeat(255)).name().length());
    }

    // --- value semantics ---

    @Test
    void toStringHidesTheKey() {
        WlanProfile wpa2 = WlanProfile.wpa2Personal(HOME, PASS);
        assertEquals("WlanProfile[Home, WPA2-Personal]", wpa2.toString());
        assertEquals("WlanProfile[Home, WPA3-Personal, auto]",
                WlanProfile.wpa3Personal(HOME, PASS).autoConnect(true).toString());
        assertEquals("WlanProfile[Office, open]", WlanProfile.open(HOME).named("Office").toString());
        String hexKey = "abcdef0123456789".repeat(4);
        String s = WlanProfile.wpa2Personal(HOME, hexKey).named("k").toString();
        assertFalse(s.contains(hexKey) || s.contains("abcdef"), s);
        assertFalse(wpa2.toString().contains(PASS));
    }

    @Test
    void equalProfilesAreEqualAndEveryPartCounts() {
        WlanProfile p = WlanProfile.wpa2Personal(HOME, PASS);
        WlanProfile same = WlanProfile.wpa2Personal(Ssid.of("Home"), new String(PASS.toCharArray()));
        assertEquals(p, same);
        assertEquals(p.hashCode(), same.hashCode());
        assertEquals(p, p.named("Home"));
        assertEquals(p, p.autoConnect(false));

        assertNotEquals(p, WlanProfile.wpa2Personal(HOME, PASS + "!"));
        assertNotEquals(p, WlanProfile.wpa3Personal(HOME, PASS));
        assertNotEquals(p, WlanProfile.wpa2Personal(Ssid.of("home"), PASS).named("Home"));
        assertNotEquals(p, p.named("Other"));
        assertNotEquals(p, p.autoConnect(true));
        assertNotEquals(WlanProfile.open(HOME), p);
        assertNotEquals(p, null);
        assertNotEquals(p, p.toXml());
    }

    @Test
    void copiesLeaveTheOriginalAlone() throws Exception {
        WlanProfile p = WlanProfile.open(HOME);
        String before = p.toXml();
        WlanProfile q = p.named("Other").autoConnect(true);
        assertEquals(before, p.toXml());
        assertEquals("Home", p.name());
        assertEquals("Other", q.name());
        assertEquals(HOME, q.ssid());
        assertEquals("auto", text(parse(q), "connectionMode"));
    }

    // --- helpers ---

    private static void assertRejected(Executable call, String passphrase, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        String m = e.getMessage();
        // An empty passphrase is in every string; the message must still say what is wrong.
        assertTrue(passphrase.isEmpty() || !m.contains(passphrase), "message shows the passphrase: " + m);
        assertTrue(m.contains(expected), "expected \"" + expected + "\" in: " + m);
        assertNull(e.getCause());
    }

    private static void assertNpe(String parameter, Executable call) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(parameter, e.getMessage());
    }

    private static void assertBadName(WlanProfile p, String name, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.named(name));
        assertTrue(e.getMessage().contains(expected), "expected \"" + expected + "\" in: " + e.getMessage());
        assertFalse(e.getMessage().contains(PASS), e.getMessage());
    }

    private static String keyMaterial(WlanProfile p) throws Exception {
        return text(parse(p), "MSM", "security", "sharedKey", "keyMaterial");
    }

    /** Parses the XML as a namespace-aware parser that takes no DOCTYPE (so no entities from outside). */
    private static Element parse(WlanProfile p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        Document d = b.parse(new InputSource(new StringReader(p.toXml())));
        Element root = d.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("WLANProfile", root.getLocalName());
        return root;
    }

    /** The element children's names, nested, in document order; every element in the profile namespace. */
    private static String tree(Element e) {
        assertEquals(NS, e.getNamespaceURI(), e.getLocalName());
        List<String> children = new ArrayList<>();
        for (Element c : children(e)) {
            children.add(tree(c));
        }
        return children.isEmpty() ? e.getLocalName() : e.getLocalName() + "(" + String.join(",", children) + ")";
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        boolean strayText = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                strayText = true;
            }
        }
        // Between elements only indentation: no mixed content, which the schema does not allow.
        assertFalse(strayText && !out.isEmpty(), "text between the elements of <" + e.getLocalName() + ">");
        return out;
    }

    /** The one child element of that name, in the profile namespace. */
    private static Element child(Element e, String name) {
        List<Element> found = new ArrayList<>();
        for (Element c : children(e)) {
            if (NS.equals(c.getNamespaceURI()) && name.equals(c.getLocalName())) {
                found.add(c);
            }
        }
        assertEquals(1, found.size(), "<" + name + "> under <" + e.getLocalName() + ">");
        return found.get(0);
    }

    private static String text(Element root, String... path) {
        Element e = root;
        for (String name : path) {
            e = child(e, name);
        }
        assertTrue(children(e).isEmpty(), "<" + e.getLocalName() + "> has child elements");
        return e.getTextContent();
    }

    private static byte[] unhex(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (Character.digit(hex.charAt(2 * i), 16) << 4 | Character.digit(hex.charAt(2 * i + 1), 16));
        }
        return b;
    }
}
