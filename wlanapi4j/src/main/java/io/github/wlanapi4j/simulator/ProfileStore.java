package io.github.wlanapi4j.simulator;

import io.github.wlanapi4j.WlanErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One interface's stored profiles, in the order Windows tries them, with what the profile
 * functions do to them; each returns the function's error code. The C stand-in keeps the same
 * rules (src/test/c/wlanapi_standin.c), and the contract suites hold the two to them.
 *
 * <p>Not thread-safe: the simulator calls it under its own lock.
 */
final class ProfileStore {
    /** How many profiles an interface keeps (the stand-in's limit too). */
    static final int MAX = 16;
    /** {@code WLAN_PROFILE_USER}: a per-user profile. */
    static final int USER = 0x2;
    /** {@code WLAN_PROFILE_GET_PLAINTEXT_KEY}. */
    static final int PLAINTEXT_KEY = 0x4;
    /** {@code WLAN_READ_ACCESS | WLAN_EXECUTE_ACCESS | WLAN_WRITE_ACCESS}: all the rights on a profile. */
    static final int ALL_ACCESS = 0x70023;
    /** The prefix of the stand-in's "ciphertext" of a protected key (a DPAPI blob starts so). */
    private static final String SEALED_PREFIX = "01000000D08C9DDF0115D1118C7A00C04FC297EB";

    private static final class Profile {
        String name;
        String xml;
        /** The user's EAP credentials' XML, or null. */
        String eapUser;
        int flags;
    }

    private final List<Profile> profiles = new ArrayList<>();

    List<String> names() {
        List<String> names = new ArrayList<>(profiles.size());
        for (Profile p : profiles) {
            names.add(p.name);
        }
        return names;
    }

    private Profile find(String name) {
        for (Profile p : profiles) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The stored XML, as the service has it (keys in the clear), or null. */
    String xml(String name) {
        Profile p = find(name);
        return p == null ? null : p.xml;
    }

    /** Whether a connect with this profile has what 802.1X needs: the user's credentials. */
    boolean hasEapUser(String name) {
        Profile p = find(name);
        return p != null && p.eapUser != null;
    }

    /**
     * {@code WlanGetProfile}: the XML, with the key protected unless the caller asked for it in
     * the clear and is {@code elevated}; {@code out[0]} the XML, {@code flags[0]} the profile's flags.
     */
    int get(String name, boolean plaintext, boolean elevated, String[] out, int[] flags) {
        Profile p = find(name);
        if (p == null) {
            return WlanErrors.ERROR_NOT_FOUND;
        }
        out[0] = plaintext && elevated ? p.xml : sealed(p.xml);
        flags[0] = p.flags;
        return WlanErrors.ERROR_SUCCESS;
    }

    /**
     * {@code WlanSetProfile} once the XML has a name. A key sealed as {@link #sealed} seals it is
     * stored clear again, as Windows decrypts a protected key it encrypted; a replaced profile
     * keeps its user credentials while it still uses 802.1X.
     */
    int set(String name, String xml, int flags, boolean overwrite) {
        Profile p = find(name);
        if (p != null && !overwrite) {
            return WlanErrors.ERROR_ALREADY_EXISTS;
        }
        if (p == null) {
            if (profiles.size() == MAX) {
                return WlanErrors.ERROR_NOT_ENOUGH_MEMORY;
            }
            p = new Profile();
            p.name = name;
            profiles.add(p);
        }
        p.xml = unsealed(xml);
        if (!"true".equals(element(p.xml, "useOneX"))) {
            p.eapUser = null;
        }
        p.flags = flags & USER;
        return WlanErrors.ERROR_SUCCESS;
    }

    int delete(String name) {
        return profiles.remove(find(name)) ? WlanErrors.ERROR_SUCCESS : WlanErrors.ERROR_NOT_FOUND;
    }

    /** {@code WlanSetProfileEapXmlUserData}: only for an 802.1X profile, only user credentials. */
    int setEapUser(String name, int flags, String xml) {
        Profile p = find(name);
        if (p == null) {
            return WlanErrors.ERROR_NOT_FOUND;
        }
        if ((flags & ~1) != 0 || !"true".equals(element(p.xml, "useOneX"))
                || !xml.contains("EapHostUserCredentials")) {
            return WlanErrors.ERROR_INVALID_PARAMETER;
        }
        p.eapUser = xml;
        return WlanErrors.ERROR_SUCCESS;
    }

    /** {@code WlanSetProfilePosition}: a position past the end is refused. */
    int move(String name, int position) {
        Profile p = find(name);
        if (p == null) {
            return WlanErrors.ERROR_NOT_FOUND;
        }
        if (position < 0 || position >= profiles.size()) {
            return WlanErrors.ERROR_INVALID_PARAMETER;
        }
        profiles.remove(p);
        profiles.add(position, p);
        return WlanErrors.ERROR_SUCCESS;
    }

    /** {@code WlanRenameProfile}: the list's name and the XML's {@code <name>}. */
    int rename(String from, String to) {
        if (to.isEmpty() || to.length() > 255) {
            return WlanErrors.ERROR_INVALID_PARAMETER;
        }
        Profile p = find(from);
        if (p == null) {
            return WlanErrors.ERROR_NOT_FOUND;
        }
        if (!from.equals(to) && find(to) != null) {
            return WlanErrors.ERROR_ALREADY_EXISTS;
        }
        p.xml = withElement(p.xml, "name", escape(to));
        p.name = to;
        return WlanErrors.ERROR_SUCCESS;
    }

    /** {@code WlanSetProfileList}: every profile named exactly once. */
    int order(List<String> names) {
        if (names.isEmpty() || names.size() != profiles.size()) {
            return WlanErrors.ERROR_INVALID_PARAMETER;
        }
        List<Profile> ordered = new ArrayList<>(names.size());
        Set<Profile> seen = new HashSet<>();
        for (String name : names) {
            Profile p = find(name);
            if (p == null) {
                return WlanErrors.ERROR_NOT_FOUND;
            }
            if (!seen.add(p)) {
                return WlanErrors.ERROR_INVALID_PARAMETER;
            }
            ordered.add(p);
        }
        profiles.clear();
        profiles.addAll(ordered);
        return WlanErrors.ERROR_SUCCESS;
    }

    /**
     * The XML as an unprivileged caller gets it: a clear key becomes {@code <protected>true} with
     * stand-in ciphertext (the prefix, then each character XOR 0x5A as four hex digits), as the C
     * stand-in makes it.
     */
    static String sealed(String xml) {
        String key = element(xml, "keyMaterial");
        if (key == null || !"false".equals(element(xml, "protected"))) {
            return xml;
        }
        StringBuilder s = new StringBuilder(SEALED_PREFIX);
        // The raw text between the tags, as the C stand-in seals it (entities and all).
        String raw = rawElement(xml, "keyMaterial");
        for (int i = 0; i < raw.length(); i++) {
            s.append(String.format(Locale.ROOT, "%04X", raw.charAt(i) ^ 0x5A));
        }
        return withElement(withElement(xml, "keyMaterial", s.toString()), "protected", "true");
    }

    /** The XML with a key {@link #sealed} sealed clear again; any other XML as it is. */
    static String unsealed(String xml) {
        String sealed = rawElement(xml, "keyMaterial");
        if (sealed == null || !"true".equals(element(xml, "protected")) || !sealed.startsWith(SEALED_PREFIX)
                || (sealed.length() - SEALED_PREFIX.length()) % 4 != 0) {
            return xml;
        }
        StringBuilder key = new StringBuilder();
        for (int i = SEALED_PREFIX.length(); i < sealed.length(); i += 4) {
            int v;
            try {
                v = Integer.parseInt(sealed.substring(i, i + 4), 16);
            } catch (NumberFormatException e) {
                return xml; // not ours: kept as it came
            }
            key.append((char) (v ^ 0x5A));
        }
        return withElement(withElement(xml, "keyMaterial", key.toString()), "protected", "false");
    }

    /** The text of the first {@code <tag>} element, unescaped, or null. */
    static String element(String xml, String tag) {
        String raw = rawElement(xml, tag);
        return raw == null ? null : raw.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String rawElement(String xml, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">([^<]*)</" + tag + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }

    /** {@code xml} with the first {@code <tag>} element's text replaced by {@code text} (already escaped). */
    private static String withElement(String xml, String tag, String text) {
        Matcher m = Pattern.compile("<" + tag + ">([^<]*)</" + tag + ">").matcher(xml);
        if (!m.find()) {
            return xml;
        }
        return xml.substring(0, m.start(1)) + text + xml.substring(m.end(1));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
