package io.github.wlanapi4j;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A profile as Windows keeps it ({@code WlanGetProfile}), read from its XML: the network, how it
 * connects, its security, and the key where Windows gave it in the clear.
 *
 * <pre>{@code
 * StoredProfile home = wlan.profile(iface, "Home");
 * if (home.key().isPresent()) {
 *     System.out.println("key: " + home.key().get());
 * } else if (home.keyProtected()) {
 *     System.out.println("the key is encrypted: run as an administrator to read it");
 * }
 * }</pre>
 *
 * <p>Windows returns the key in the clear only to an administrator (elevated) or LocalSystem;
 * anyone else gets it encrypted ({@link #keyProtected()}). {@link #toString()} never shows the key.
 */
public final class StoredProfile {
    /** {@code WLAN_PROFILE_GROUP_POLICY}: the profile came from group policy. */
    static final int FLAG_GROUP_POLICY = 0x1;
    /** {@code WLAN_PROFILE_USER}: a per-user profile (else all users'). */
    static final int FLAG_USER = 0x2;

    private final String xml;
    private final int flags;
    private final String name;
    private final List<Ssid> ssids;
    private final boolean hidden;
    private final boolean autoConnect;
    private final boolean autoSwitch;
    private final String authentication;
    private final String encryption;
    private final boolean oneX;
    private final String keyType;
    private final boolean keyProtected;
    private final String key;

    private StoredProfile(String xml, int flags, Element root) {
        this.xml = xml;
        this.flags = flags;
        this.name = raw(root, "name", "");
        List<Ssid> found = new ArrayList<>();
        for (Element config : children(root, "SSIDConfig")) {
            for (Element ssid : children(config, "SSID")) {
                found.add(ssid(ssid));
            }
        }
        this.ssids = Collections.unmodifiableList(found);
        Element config = first(root, "SSIDConfig");
        this.hidden = config != null && "true".equals(text(config, "nonBroadcast", "false"));
        // The schema's defaults: an ESS profile connects automatically and does not switch.
        this.autoConnect = !"manual".equals(text(root, "connectionMode", "auto"));
        this.autoSwitch = "true".equals(text(root, "autoSwitch", "false"));
        Element security = path(root, "MSM", "security");
        Element auth = security == null ? null : first(security, "authEncryption");
        this.authentication = auth == null ? "" : text(auth, "authentication", "");
        this.encryption = auth == null ? "" : text(auth, "encryption", "");
        this.oneX = auth != null && "true".equals(text(auth, "useOneX", "false"));
        Element shared = security == null ? null : first(security, "sharedKey");
        this.keyType = shared == null ? null : text(shared, "keyType", null);
        this.keyProtected = shared != null && "true".equals(text(shared, "protected", "false"));
        this.key = shared == null || keyProtected ? null : raw(shared, "keyMaterial", null);
    }

    /**
     * Reads a profile's XML.
     *
     * @param xml the XML, as {@code WlanGetProfile} returns it
     * @param flags the profile's {@code WLAN_PROFILE_*} flags, as it returns them too
     * @return the profile
     * @throws IllegalArgumentException if the XML is not well-formed, has a DTD, or is not a
     *     {@code WLANProfile}, saying why (never quoting the XML, which may hold a key)
     */
    static StoredProfile parse(String xml, int flags) {
        return new StoredProfile(xml, flags, document(xml).getDocumentElement());
    }

    /** The profile's document; its root checked to be {@code WLANProfile}. */
    private static Document document(String xml) {
        Document d;
        try {
            d = builder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("the profile XML is not well-formed: " + e.getMessage(), e);
        }
        Element root = d.getDocumentElement();
        if (!"WLANProfile".equals(root.getLocalName())) {
            throw new IllegalArgumentException("the profile XML's root is <" + root.getLocalName()
                    + ">, not <WLANProfile>");
        }
        return d;
    }

    /**
     * The profile's XML with its {@code connectionMode} set to {@code auto} or {@code manual}:
     * the element itself, found in the parsed document (never a look-alike in a comment), or one
     * added after {@code connectionType} where the profile has none, as the schema orders them.
     *
     * @throws IllegalArgumentException if the XML is not a profile, or has no {@code connectionType}
     */
    static String withConnectionMode(String xml, boolean auto) {
        Document d = document(xml);
        Element root = d.getDocumentElement();
        Element mode = first(root, "connectionMode");
        if (mode == null) {
            Element type = first(root, "connectionType");
            if (type == null) {
                throw new IllegalArgumentException("the profile has no <connectionType> to put <connectionMode> after");
            }
            mode = d.createElementNS(root.getNamespaceURI(), "connectionMode");
            root.insertBefore(mode, type.getNextSibling());
        }
        mode.setTextContent(auto ? "auto" : "manual");
        try {
            TransformerFactory f = TransformerFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = f.newTransformer();
            // No encoding in a declaration: the text goes to WlanSetProfile as UTF-16, as Windows' own has none.
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter(xml.length() + 16);
            out.write("<?xml version=\"1.0\"?>\n");
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK could not write the profile back: " + e.getMessage(), e);
        }
    }

    /** A parser that reads no DTD and no external entity: the XML comes from elsewhere. */
    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() { // the exception says it all; nothing on System.err
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the profile's name.
     *
     * @return its {@code <name>}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the networks the profile is for (usually one).
     *
     * @return the SSIDs, from each {@code <SSID>}'s {@code <hex>} (or its {@code <name>} as UTF-8)
     */
    public List<Ssid> ssids() {
        return ssids;
    }

    /**
     * Returns whether the network hides its SSID ({@code nonBroadcast}).
     *
     * @return true for a hidden network
     */
    public boolean hidden() {
        return hidden;
    }

    /**
     * Returns whether Windows connects by itself when the network is in range
     * ({@code connectionMode} auto, the schema's default) rather than when asked.
     *
     * @return true for auto
     */
    public boolean autoConnect() {
        return autoConnect;
    }

    /**
     * Returns whether Windows moves to a more preferred network in range while connected
     * ({@code autoSwitch}).
     *
     * @return true if it switches
     */
    public boolean autoSwitch() {
        return autoSwitch;
    }

    /**
     * Returns the authentication, as the schema names it: {@code open}, {@code shared},
     * {@code WPA2PSK}, {@code WPA3SAE}, {@code WPA2}, {@code WPA3ENT}, ...
     *
     * @return the authentication, or empty if the profile has none
     */
    public String authentication() {
        return authentication;
    }

    /**
     * Returns the encryption, as the schema names it: {@code none}, {@code WEP}, {@code TKIP},
     * {@code AES}, {@code GCMP256}.
     *
     * @return the encryption, or empty if the profile has none
     */
    public String encryption() {
        return encryption;
    }

    /**
     * Returns whether the profile authenticates with 802.1X (an enterprise network).
     *
     * @return true if {@code useOneX}
     */
    public boolean enterprise() {
        return oneX;
    }

    /**
     * Returns the key in the clear: the passphrase, or the key as Windows keeps it (such as 64
     * hex digits). Present only where the profile has a shared key and Windows gave it clear.
     *
     * @return the key, or empty
     */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Returns whether the profile has a key that Windows returned encrypted, because the caller
     * is neither an elevated administrator nor LocalSystem.
     *
     * @return true if the key was withheld
     */
    public boolean keyProtected() {
        return keyProtected;
    }

    /**
     * Returns whether the profile is the current user's only, rather than all users'.
     *
     * @return true for a per-user profile ({@code WLAN_PROFILE_USER})
     */
    public boolean perUser() {
        return (flags & FLAG_USER) != 0;
    }

    /**
     * Returns whether the profile comes from group policy (it cannot be changed or moved).
     *
     * @return true for a group-policy profile ({@code WLAN_PROFILE_GROUP_POLICY})
     */
    public boolean groupPolicy() {
        return (flags & FLAG_GROUP_POLICY) != 0;
    }

    /**
     * Returns the profile's XML as Windows returned it, with the key as it came.
     *
     * @return the XML
     */
    public String xml() {
        return xml;
    }

    int flags() {
        return flags;
    }

    String keyType() {
        return keyType;
    }

    /**
     * Returns the name, networks and security, never the key: for example
     * {@code StoredProfile[Home, [Home], WPA2PSK/AES, auto, key clear]}.
     */
    @Override
    public String toString() {
        return "StoredProfile[" + name + ", " + ssids + ", " + authentication + "/" + encryption
                + (autoConnect ? ", auto" : ", manual") + (hidden ? ", hidden" : "")
                + (key != null ? ", key clear" : keyProtected ? ", key protected" : "")
                + (perUser() ? ", per-user" : "") + (groupPolicy() ? ", group policy" : "") + "]";
    }

    private static Ssid ssid(Element ssid) {
        String hex = text(ssid, "hex", null);
        if (hex != null) {
            try {
                return Ssid.ofHex(hex);
            } catch (IllegalArgumentException notHex) {
                // its <name>, below
            }
        }
        byte[] utf8 = raw(ssid, "name", "").getBytes(StandardCharsets.UTF_8);
        return Ssid.of(utf8.length <= Ssid.MAX_LENGTH ? utf8 : Arrays.copyOf(utf8, Ssid.MAX_LENGTH));
    }

    private static List<Element> children(Element parent, String local) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element && local.equals(n.getLocalName())) {
                found.add((Element) n);
            }
        }
        return found;
    }

    private static Element first(Element parent, String local) {
        List<Element> found = children(parent, local);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Element path(Element from, String... locals) {
        Element at = from;
        for (String local : locals) {
            at = at == null ? null : first(at, local);
        }
        return at;
    }

    /**
     * The trimmed text of the first child element {@code local}, or {@code otherwise}: for the
     * schema's enumerations and booleans, which may have whitespace around them.
     */
    private static String text(Element parent, String local, String otherwise) {
        String raw = raw(parent, local, otherwise);
        return raw == null ? null : raw.trim();
    }

    /** The text of the first child element {@code local} as it is (a key or a name may have spaces), or {@code otherwise}. */
    private static String raw(Element parent, String local, String otherwise) {
        Element e = first(parent, local);
        return e == null ? otherwise : Objects.requireNonNullElse(e.getTextContent(), "");
    }
}
