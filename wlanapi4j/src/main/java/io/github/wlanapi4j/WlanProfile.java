package io.github.wlanapi4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A WLAN profile for one network, as the XML that {@code WlanSetProfile} takes (schema
 * {@code http://www.microsoft.com/networking/WLAN/profile/v1}), so that connecting needs no
 * hand-written XML. Immutable: {@link #named(String)}, {@link #autoConnect(boolean)},
 * {@link #hidden(boolean)} and {@link #trustedRootCa(String)} return copies.
 *
 * <pre>{@code
 * WlanProfile home = WlanProfile.wpa2Personal(Ssid.of("Home"), "correct horse battery").autoConnect(true);
 * String xml = home.toXml();
 * }</pre>
 *
 * <p>The key is in the XML as plain text ({@code <protected>false</protected>}): the service
 * encrypts it when it stores the profile. {@link #toString()} never shows it.
 *
 * <p>An enterprise (802.1X) profile holds no credentials: store it, then give the user's with
 * {@link WlanClient#setPeapCredentials(java.util.UUID, String, String, String)}.
 *
 * <pre>{@code
 * WlanProfile eduroam = WlanProfile.wpa2Enterprise(Ssid.of("eduroam"), "radius.example.edu");
 * wlan.setProfile(iface, eduroam.toXml(), true);
 * wlan.setPeapCredentials(iface, eduroam.name(), "jane@example.edu", password);
 * wlan.connect(iface, eduroam.name()).get(60, TimeUnit.SECONDS);
 * }</pre>
 */
public final class WlanProfile {
    /** The namespace of the profile schema. */
    static final String NAMESPACE = "http://www.microsoft.com/networking/WLAN/profile/v1";

    /** The shortest and longest WPA passphrase (IEEE 802.11i, annex H.4). */
    private static final int MIN_PASSPHRASE = 8;
    private static final int MAX_PASSPHRASE = 63;
    /** The length of a raw 256-bit pre-shared key written as hex digits. */
    private static final int HEX_KEY_LENGTH = 64;

    /** The security a profile can have: the schema's authentication and encryption values. */
    private enum Security {
        OPEN("open", "none", "open"),
        WPA2_PERSONAL("WPA2PSK", "AES", "WPA2-Personal"),
        WPA3_PERSONAL("WPA3SAE", "AES", "WPA3-Personal"),
        WPA2_ENTERPRISE("WPA2", "AES", "WPA2-Enterprise"),
        WPA3_ENTERPRISE("WPA3ENT", "AES", "WPA3-Enterprise");

        final String authentication;
        final String encryption;
        final String label;

        Security(String authentication, String encryption, String label) {
            this.authentication = authentication;
            this.encryption = encryption;
            this.label = label;
        }
    }

    private final String name;
    private final Ssid ssid;
    private final Security security;
    /** {@code passPhrase} or {@code networkKey}; null when open. */
    private final String keyType;
    /** The key material; null when open. */
    private final String key;
    private final boolean autoConnect;
    /** Whether the network hides its SSID ({@code nonBroadcast}). */
    private final boolean hidden;
    /** An enterprise profile's RADIUS server names (PEAP's server validation); null otherwise. */
    private final List<String> serverNames;
    /** An enterprise profile's trusted root CA thumbprints, 40 hex digits each; empty otherwise. */
    private final List<String> rootCas;

    private WlanProfile(String name, Ssid ssid, Security security, String keyType, String key,
            boolean autoConnect, boolean hidden, List<String> serverNames, List<String> rootCas) {
        this.name = name;
        this.ssid = ssid;
        this.security = security;
        this.keyType = keyType;
        this.key = key;
        this.autoConnect = autoConnect;
        this.hidden = hidden;
        this.serverNames = serverNames;
        this.rootCas = rootCas;
    }

    /**
     * A profile for an open network: no authentication, no encryption.
     *
     * @param ssid the network's SSID, 1 to 32 bytes
     * @return the profile, named after the SSID, connecting manually
     * @throws IllegalArgumentException if the SSID is empty
     */
    public static WlanProfile open(Ssid ssid) {
        return create(ssid, Security.OPEN, null, null);
    }

    /**
     * A profile for a WPA2-Personal network (WPA2PSK with AES).
     *
     * @param ssid the network's SSID, 1 to 32 bytes
     * @param passphrase 8 to 63 printable ASCII characters (0x20 to 0x7E), or the 256-bit key as
     *     exactly 64 hex digits
     * @return the profile, named after the SSID, connecting manually
     * @throws IllegalArgumentException if the SSID is empty or the passphrase is neither form; the
     *     message gives its length or the index of the bad character, never the passphrase
     */
    public static WlanProfile wpa2Personal(Ssid ssid, String passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        if (passphrase.length() == HEX_KEY_LENGTH) {
            // 64 characters cannot be a passphrase (at most 63), so 802.11i reads them as the
            // key itself; a typo there must not become a key nobody meant.
            for (int i = 0; i < passphrase.length(); i++) {
                if (!isHexDigit(passphrase.charAt(i))) {
                    throw new IllegalArgumentException("a WPA2 key of 64 characters must be 64 hex digits, but the"
                            + " character at index " + i + " is not a hex digit");
                }
            }
            return create(ssid, Security.WPA2_PERSONAL, "networkKey", passphrase);
        }
        return create(ssid, Security.WPA2_PERSONAL, "passPhrase", checkPassphrase("WPA2", passphrase));
    }

    /**
     * A profile for a WPA3-Personal network (SAE with AES).
     *
     * @param ssid the network's SSID, 1 to 32 bytes
     * @param passphrase 8 to 63 printable ASCII characters (0x20 to 0x7E)
     * @return the profile, named after the SSID, connecting manually
     * @throws IllegalArgumentException if the SSID is empty or the passphrase is not 8 to 63
     *     printable ASCII characters; the message gives its length or the index of the bad
     *     character, never the passphrase
     */
    public static WlanProfile wpa3Personal(Ssid ssid, String passphrase) {
        Objects.requireNonNull(passphrase, "passphrase");
        // SAE derives its keys from the password itself, so there is no raw 64-hex-digit form.
        return create(ssid, Security.WPA3_PERSONAL, "passPhrase", checkPassphrase("WPA3", passphrase));
    }

    /**
     * A profile for a WPA2-Enterprise network (WPA2 with AES, 802.1X) that authenticates with
     * PEAP and MS-CHAPv2 inside it, as eduroam and most campus and company networks do. Windows
     * accepts the RADIUS server only if its certificate names one of {@code serverNames} (and,
     * with {@link #trustedRootCa(String)}, chains to that root); without server names it would
     * ask the user, or with credentials stored trust any server, which gives the password away to
     * whoever imitates the network.
     *
     * @param ssid the network's SSID, 1 to 32 bytes
     * @param serverNames the RADIUS servers' names as their certificates give them, such as
     *     {@code "radius.example.edu"}; a name may end a suffix match with a leading dot or be a
     *     regular expression, as Windows' {@code ServerNames} allows
     * @return the profile, named after the SSID, connecting manually
     * @throws IllegalArgumentException if the SSID is empty, no server name is given, or one is
     *     empty, holds a semicolon (Windows' separator) or a character XML cannot carry
     */
    public static WlanProfile wpa2Enterprise(Ssid ssid, String... serverNames) {
        return enterprise(ssid, Security.WPA2_ENTERPRISE, serverNames);
    }

    /**
     * A profile for a WPA3-Enterprise network (WPA3ENT with AES, 802.1X, protected management
     * frames) with PEAP and MS-CHAPv2, as {@link #wpa2Enterprise(Ssid, String...)}. Windows 11 and
     * later.
     *
     * @param ssid the network's SSID, 1 to 32 bytes
     * @param serverNames the RADIUS servers' names
     * @return the profile, named after the SSID, connecting manually
     * @throws IllegalArgumentException as {@link #wpa2Enterprise(Ssid, String...)}
     */
    public static WlanProfile wpa3Enterprise(Ssid ssid, String... serverNames) {
        return enterprise(ssid, Security.WPA3_ENTERPRISE, serverNames);
    }

    private static WlanProfile enterprise(Ssid ssid, Security security, String... serverNames) {
        Objects.requireNonNull(serverNames, "serverNames");
        if (serverNames.length == 0) {
            throw new IllegalArgumentException("an enterprise profile needs at least one RADIUS server name to check"
                    + " the server's certificate against");
        }
        List<String> names = new ArrayList<>(serverNames.length);
        for (int i = 0; i < serverNames.length; i++) {
            String n = Objects.requireNonNull(serverNames[i], "serverNames[" + i + "]");
            if (n.isEmpty() || n.indexOf(';') >= 0 || firstNonXmlChar(n) >= 0) {
                throw new IllegalArgumentException("serverNames[" + i + "] must be a non-empty server name without"
                        + " ';' or characters XML cannot carry: \"" + visible(n) + "\"");
            }
            names.add(n);
        }
        WlanProfile p = create(ssid, security, null, null);
        return new WlanProfile(p.name, p.ssid, security, null, null, false, false,
                Collections.unmodifiableList(names), List.of());
    }

    /**
     * Returns a copy of an enterprise profile that also requires the RADIUS server's certificate
     * to chain to this root certificate authority.
     *
     * @param sha1Thumbprint the root certificate's SHA-1 thumbprint: 40 hex digits, spaces and
     *     colons between them allowed (as {@code certutil} and browsers print them)
     * @return the copy
     * @throws IllegalArgumentException if the thumbprint is not 40 hex digits, naming it
     * @throws IllegalStateException if this is not an enterprise profile
     */
    public WlanProfile trustedRootCa(String sha1Thumbprint) {
        Objects.requireNonNull(sha1Thumbprint, "sha1Thumbprint");
        if (serverNames == null) {
            throw new IllegalStateException("a trusted root CA applies only to an enterprise profile, and " + this
                    + " is not one");
        }
        String digits = sha1Thumbprint.replace(" ", "").replace(":", "");
        if (digits.length() != 40 || !digits.chars().allMatch(c -> isHexDigit((char) c))) {
            throw new IllegalArgumentException("a SHA-1 thumbprint is 40 hex digits, not \"" + visible(sha1Thumbprint)
                    + "\"");
        }
        List<String> cas = new ArrayList<>(rootCas);
        cas.add(digits.toLowerCase(Locale.ROOT));
        return new WlanProfile(name, ssid, security, keyType, key, autoConnect, hidden, serverNames,
                Collections.unmodifiableList(cas));
    }

    /**
     * Returns a copy with another profile name (the one the service stores it under).
     *
     * @param name 1 to 255 characters, no NUL, all of them characters XML 1.0 allows
     * @return the copy
     * @throws IllegalArgumentException if the name is empty, too long, or has a character XML
     *     cannot carry, naming it and the index of that character
     */
    public WlanProfile named(String name) {
        Checks.profileName("name", name);
        int bad = firstNonXmlChar(name);
        if (bad >= 0) {
            throw new IllegalArgumentException("name has a character XML 1.0 cannot carry at index " + bad + " (U+"
                    + String.format("%04X", name.codePointAt(bad)) + "): \"" + visible(name) + "\"");
        }
        return new WlanProfile(name, ssid, security, keyType, key, autoConnect, hidden, serverNames, rootCas);
    }

    /**
     * Returns a copy that connects by itself when the network is in range, or only when asked.
     *
     * @param auto true for connection mode {@code auto}, false for {@code manual} (the default)
     * @return the copy
     */
    public WlanProfile autoConnect(boolean auto) {
        return new WlanProfile(name, ssid, security, keyType, key, auto, hidden, serverNames, rootCas);
    }

    /**
     * Returns a copy for a network that hides its SSID (does not broadcast it in beacons):
     * Windows then probes for the SSID to find it ({@code nonBroadcast} in the profile).
     *
     * @param hidden true for a hidden network
     * @return the copy
     */
    public WlanProfile hidden(boolean hidden) {
        return new WlanProfile(name, ssid, security, keyType, key, autoConnect, hidden, serverNames, rootCas);
    }

    /**
     * Returns whether the profile is for a hidden network.
     *
     * @return true if set with {@link #hidden(boolean)}
     */
    public boolean isHidden() {
        return hidden;
    }

    /**
     * Returns the profile name.
     *
     * @return the name given to {@link #named(String)}, or by default the SSID as text
     *     ({@link Ssid#toString()}, with any character XML cannot carry written as {@code \xNN})
     */
    public String name() {
        return name;
    }

    /**
     * Returns the network's SSID.
     *
     * @return the SSID
     */
    public Ssid ssid() {
        return ssid;
    }

    /**
     * Returns the profile as XML for {@code WlanSetProfile}. It holds the key as plain text.
     *
     * @return the XML, elements in the order the schema requires
     */
    public String toXml() {
        StringBuilder x = new StringBuilder(768);
        x.append("<?xml version=\"1.0\"?>\n");
        x.append("<WLANProfile xmlns=\"").append(NAMESPACE).append("\">\n");
        element(x, 1, "name", name);
        x.append("  <SSIDConfig>\n");
        x.append("    <SSID>\n");
        element(x, 3, "hex", ssid.hex().toUpperCase(Locale.ROOT)); // as Windows writes it
        String text = ssidText(ssid);
        if (text != null) {
            // The service goes by the hex; the name is only for people reading the profile, so
            // it is left out where it could not say the same thing as the hex.
            element(x, 3, "name", text);
        }
        x.append("    </SSID>\n");
        if (hidden) {
            element(x, 2, "nonBroadcast", "true");
        }
        x.append("  </SSIDConfig>\n");
        element(x, 1, "connectionType", "ESS");
        element(x, 1, "connectionMode", autoConnect ? "auto" : "manual");
        x.append("  <MSM>\n");
        x.append("    <security>\n");
        x.append("      <authEncryption>\n");
        element(x, 4, "authentication", security.authentication);
        element(x, 4, "encryption", security.encryption);
        element(x, 4, "useOneX", serverNames != null ? "true" : "false");
        x.append("      </authEncryption>\n");
        if (serverNames != null) {
            oneX(x);
        }
        if (key != null) {
            x.append("      <sharedKey>\n");
            element(x, 4, "keyType", keyType);
            element(x, 4, "protected", "false");
            element(x, 4, "keyMaterial", key);
            x.append("      </sharedKey>\n");
        }
        x.append("    </security>\n");
        x.append("  </MSM>\n");
        x.append("</WLANProfile>\n");
        return x.toString();
    }

    /**
     * The 802.1X section of an enterprise profile: PEAP (EAP type 25) with MS-CHAPv2 (26) inside,
     * the server validated by name and, if given, by root CA; the elements in the order the
     * OneX, EapHostConfig and MsPeapConnectionPropertiesV1 schemas require.
     */
    private void oneX(StringBuilder x) {
        String common = "http://www.microsoft.com/provisioning/EapCommon";
        String baseEap = "http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1";
        x.append("      <OneX xmlns=\"http://www.microsoft.com/networking/OneX/v1\">\n");
        element(x, 4, "authMode", "user");
        x.append("        <EAPConfig>\n");
        x.append("          <EapHostConfig xmlns=\"http://www.microsoft.com/provisioning/EapHostConfig\">\n");
        x.append("            <EapMethod>\n");
        for (String[] e : new String[][] {{"Type", "25"}, {"VendorId", "0"}, {"VendorType", "0"}, {"AuthorId", "0"}}) {
            x.append("              <").append(e[0]).append(" xmlns=\"").append(common).append("\">").append(e[1])
                    .append("</").append(e[0]).append(">\n");
        }
        x.append("            </EapMethod>\n");
        x.append("            <Config xmlns=\"http://www.microsoft.com/provisioning/EapHostConfig\">\n");
        x.append("              <Eap xmlns=\"").append(baseEap).append("\">\n");
        element(x, 8, "Type", "25");
        x.append("                <EapType xmlns=\"http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV1\">\n");
        x.append("                  <ServerValidation>\n");
        element(x, 10, "DisableUserPromptForServerValidation", "true");
        element(x, 10, "ServerNames", String.join(";", serverNames));
        for (String ca : rootCas) {
            element(x, 10, "TrustedRootCA", spaced(ca));
        }
        x.append("                  </ServerValidation>\n");
        element(x, 9, "FastReconnect", "true");
        element(x, 9, "InnerEapOptional", "false");
        x.append("                  <Eap xmlns=\"").append(baseEap).append("\">\n");
        element(x, 10, "Type", "26");
        x.append("                    <EapType xmlns=\"http://www.microsoft.com/provisioning/MsChapV2ConnectionPropertiesV1\">\n");
        element(x, 11, "UseWinLogonCredentials", "false");
        x.append("                    </EapType>\n");
        x.append("                  </Eap>\n");
        element(x, 9, "EnableQuarantineChecks", "false");
        element(x, 9, "RequireCryptoBinding", "false");
        x.append("                  <PeapExtensions>\n");
        String v2 = "http://www.microsoft.com/provisioning/MsPeapConnectionPropertiesV2";
        x.append("                    <PerformServerValidation xmlns=\"").append(v2)
                .append("\">true</PerformServerValidation>\n");
        x.append("                    <AcceptServerName xmlns=\"").append(v2).append("\">true</AcceptServerName>\n");
        x.append("                  </PeapExtensions>\n");
        x.append("                </EapType>\n");
        x.append("              </Eap>\n");
        x.append("            </Config>\n");
        x.append("          </EapHostConfig>\n");
        x.append("        </EAPConfig>\n");
        x.append("      </OneX>\n");
    }

    /**
     * The EAPHost user credentials of PEAP with MS-CHAPv2 inside (the {@code EapHostUserCredentials}
     * schema with the MsPeap and MsChapV2 user properties), for {@code WlanSetProfileEapXmlUserData}.
     */
    static String peapUserCredentials(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isEmpty() || firstNonXmlChar(username) >= 0) {
            throw new IllegalArgumentException("username must be non-empty text XML can carry: \"" + visible(username)
                    + "\"");
        }
        int bad = firstNonXmlChar(password);
        if (bad >= 0) {
            throw new IllegalArgumentException("the password has a character XML cannot carry at index " + bad);
        }
        int slash = username.indexOf('\\');
        String domain = slash > 0 ? username.substring(0, slash) : null;
        String user = slash > 0 ? username.substring(slash + 1) : username;
        if (user.isEmpty()) {
            throw new IllegalArgumentException("username has no user after its domain: \"" + visible(username) + "\"");
        }
        StringBuilder x = new StringBuilder(1536);
        x.append("<?xml version=\"1.0\"?>\n");
        x.append("<EapHostUserCredentials xmlns=\"http://www.microsoft.com/provisioning/EapHostUserCredentials\"")
                .append(" xmlns:eapCommon=\"http://www.microsoft.com/provisioning/EapCommon\"")
                .append(" xmlns:baseEap=\"http://www.microsoft.com/provisioning/BaseEapMethodUserCredentials\">\n");
        x.append("  <EapMethod>\n");
        x.append("    <eapCommon:Type>25</eapCommon:Type>\n");
        x.append("    <eapCommon:AuthorId>0</eapCommon:AuthorId>\n");
        x.append("  </EapMethod>\n");
        x.append("  <Credentials xmlns:eapUser=\"http://www.microsoft.com/provisioning/EapUserPropertiesV1\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:baseEap=\"http://www.microsoft.com/provisioning/BaseEapUserPropertiesV1\"")
                .append(" xmlns:MsPeap=\"http://www.microsoft.com/provisioning/MsPeapUserPropertiesV1\"")
                .append(" xmlns:MsChapV2=\"http://www.microsoft.com/provisioning/MsChapV2UserPropertiesV1\">\n");
        x.append("    <baseEap:Eap>\n");
        element(x, 3, "baseEap:Type", "25");
        x.append("      <MsPeap:EapType>\n");
        x.append("        <baseEap:Eap>\n");
        element(x, 5, "baseEap:Type", "26");
        x.append("          <MsChapV2:EapType>\n");
        element(x, 6, "MsChapV2:Username", user);
        element(x, 6, "MsChapV2:Password", password);
        if (domain != null) {
            element(x, 6, "MsChapV2:LogonDomain", domain);
        }
        x.append("          </MsChapV2:EapType>\n");
        x.append("        </baseEap:Eap>\n");
        x.append("      </MsPeap:EapType>\n");
        x.append("    </baseEap:Eap>\n");
        x.append("  </Credentials>\n");
        x.append("</EapHostUserCredentials>\n");
        return x.toString();
    }

    /** A thumbprint as Windows writes TrustedRootCA: pairs of hex digits separated by spaces. */
    private static String spaced(String hex) {
        StringBuilder s = new StringBuilder(hex.length() * 3 / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(hex, i, i + 2);
        }
        return s.toString();
    }

    /**
     * Two profiles are equal when they produce the same XML: name, SSID, security, key, mode,
     * hidden, and an enterprise profile's servers and root CAs.
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WlanProfile)) {
            return false;
        }
        WlanProfile p = (WlanProfile) o;
        return name.equals(p.name) && ssid.equals(p.ssid) && security == p.security
                && Objects.equals(keyType, p.keyType) && Objects.equals(key, p.key) && autoConnect == p.autoConnect
                && hidden == p.hidden && Objects.equals(serverNames, p.serverNames) && rootCas.equals(p.rootCas);
    }

    /** Leaves the key out: hash codes get printed and logged, and equal keys still hash alike. */
    @Override
    public int hashCode() {
        return Objects.hash(name, ssid, security, autoConnect, hidden, serverNames);
    }

    /**
     * Returns the name and the security, never the key: for example
     * {@code WlanProfile[Home, WPA2-Personal]} or {@code WlanProfile[Lab, WPA2-Enterprise, auto, hidden]}.
     */
    @Override
    public String toString() {
        return "WlanProfile[" + name + ", " + security.label + (autoConnect ? ", auto" : "") + (hidden ? ", hidden" : "")
                + "]";
    }

    private static WlanProfile create(Ssid ssid, Security security, String keyType, String key) {
        Objects.requireNonNull(ssid, "ssid");
        if (ssid.length() == 0) {
            // An empty SSID is what scans report for a hidden network, not a name to connect to.
            throw new IllegalArgumentException("a profile's SSID must have 1 to " + Ssid.MAX_LENGTH
                    + " bytes, not 0 (a hidden network's empty SSID): give the network's real SSID");
        }
        return new WlanProfile(defaultName(ssid), ssid, security, keyType, key, false, false, null, List.of());
    }

    /** The 8..63 printable ASCII rule; messages name the length or an index, never the text. */
    private static String checkPassphrase(String kind, String passphrase) {
        int n = passphrase.length();
        if (n < MIN_PASSPHRASE || n > MAX_PASSPHRASE) {
            throw new IllegalArgumentException("a " + kind + " passphrase must have " + MIN_PASSPHRASE + " to "
                    + MAX_PASSPHRASE + " characters, not " + n
                    + (kind.equals("WPA2") ? " (or be the key as exactly 64 hex digits)" : ""));
        }
        for (int i = 0; i < n; i++) {
            char c = passphrase.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("a " + kind + " passphrase must be printable ASCII (0x20 to 0x7E),"
                        + " but the character at index " + i + " is not");
            }
        }
        return passphrase;
    }

    /**
     * The SSID as text where that is exactly what its bytes say; otherwise each byte that is not
     * printable ASCII as {@code \xNN}, as {@link Ssid#toString()} writes bytes that are not UTF-8.
     */
    private static String defaultName(Ssid ssid) {
        String text = ssidText(ssid);
        if (text != null) {
            return text;
        }
        return Ssid.escaped(ssid.bytes());
    }

    /** The SSID's bytes decoded as UTF-8, or null if they are not UTF-8 or not all XML characters. */
    private static String ssidText(Ssid ssid) {
        String text = ssid.utf8();
        return text != null && firstNonXmlChar(text) < 0 ? text : null;
    }

    /** The index of the first character XML 1.0 does not allow, or -1. */
    private static int firstNonXmlChar(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!isXmlChar(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * XML 1.0's production {@code Char}. An unpaired surrogate fails it too, as
     * {@code codePointAt} returns one as it is.
     */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The name for a message: each character XML cannot carry as a backslash, u and 4 hex digits. */
    private static String visible(String s) {
        StringBuilder v = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isXmlChar(c)) {
                v.appendCodePoint(c);
            } else {
                v.append(String.format("\\u%04X", c));
            }
            i += Character.charCount(c);
        }
        return v.toString();
    }

    /** ASCII hex only: {@code Character.digit} would also take other scripts' digits. */
    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void element(StringBuilder x, int depth, String tag, String text) {
        for (int i = 0; i < depth; i++) {
            x.append("  ");
        }
        x.append('<').append(tag).append('>');
        escape(x, text);
        x.append("</").append(tag).append(">\n");
    }

    /** Escapes text content; a CR as {@code &#xD;} too, as a parser would turn a bare one into LF. */
    private static void escape(StringBuilder x, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    x.append("&amp;");
                    break;
                case '<':
                    x.append("&lt;");
                    break;
                case '>':
                    x.append("&gt;");
                    break;
                case '"':
                    x.append("&quot;");
                    break;
                case '\'':
                    x.append("&apos;");
                    break;
                case '\r':
                    x.append("&#xD;");
                    break;
                default:
                    x.append(c);
            }
        }
    }
}
