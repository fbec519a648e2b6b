package io.github.wlanapi4j.simulator;

import io.github.wlanapi4j.AuthAlgorithm;
import io.github.wlanapi4j.CipherAlgorithm;
import io.github.wlanapi4j.Ssid;
import java.util.Arrays;

/**
 * What the simulated service reads of a profile's XML, as the C stand-in reads it: its network's
 * SSID and its security, as a connection reports them and as a network must offer them.
 */
final class ProfileXml {
    private ProfileXml() {}

    /**
     * The SSID of profile XML, as the C stand-in reads it: its first {@code <hex>}'s pairs of hex
     * digits, up to 32 bytes and up to the first pair that is not one; no {@code <hex>}: empty.
     */
    static Ssid ssid(String xml) {
        String hex = ProfileStore.element(xml, "hex");
        byte[] bytes = new byte[Ssid.MAX_LENGTH];
        int n = 0;
        for (int k = 0; hex != null && k + 1 < hex.length() && n < bytes.length; k += 2) {
            int hi = hexDigit(hex.charAt(k));
            int lo = hexDigit(hex.charAt(k + 1));
            if (hi < 0 || lo < 0) {
                break;
            }
            bytes[n++] = (byte) (hi << 4 | lo);
        }
        return Ssid.of(Arrays.copyOf(bytes, n));
    }

    /** An ASCII hex digit's value, or -1 ({@code Character.digit} would take other scripts' digits). */
    private static int hexDigit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** The authentication a profile's {@code <authentication>} names, as the connection reports it. */
    static AuthAlgorithm auth(String xml) {
        AuthAlgorithm a = named(xml);
        return a == null ? AuthAlgorithm.RSNA_PSK : a; // another secured one reports as WPA2-Personal
    }

    /** The authentication of each {@code <authentication>} value Windows' profile schema defines; null for another. */
    private static AuthAlgorithm named(String xml) {
        switch (String.valueOf(ProfileStore.element(xml, "authentication"))) {
            case "open":
                return AuthAlgorithm.OPEN;
            case "shared":
                return AuthAlgorithm.SHARED_KEY;
            case "WPA":
                return AuthAlgorithm.WPA;
            case "WPAPSK":
                return AuthAlgorithm.WPA_PSK;
            case "WPA2":
                return AuthAlgorithm.RSNA;
            case "WPA2PSK":
                return AuthAlgorithm.RSNA_PSK;
            case "WPA3SAE":
                return AuthAlgorithm.WPA3_SAE;
            case "WPA3ENT":
                return AuthAlgorithm.WPA3_ENTERPRISE;
            case "WPA3ENT192":
            case "WPA3": // the name Windows 10 gave WPA3-Enterprise 192-bit
                return AuthAlgorithm.WPA3_ENTERPRISE_192;
            case "OWE":
                return AuthAlgorithm.OWE;
            default:
                return null;
        }
    }

    /** The cipher a profile's {@code <encryption>} names. */
    static CipherAlgorithm cipher(String xml) {
        String e = String.valueOf(ProfileStore.element(xml, "encryption"));
        boolean open = "open".equals(ProfileStore.element(xml, "authentication"));
        switch (e) {
            case "none":
                return open ? CipherAlgorithm.NONE : CipherAlgorithm.CCMP;
            case "WEP":
                return CipherAlgorithm.WEP;
            case "TKIP":
                return CipherAlgorithm.TKIP;
            case "GCMP256":
                return CipherAlgorithm.GCMP_256;
            default:
                return open ? CipherAlgorithm.NONE : CipherAlgorithm.CCMP;
        }
    }

    /**
     * What the profile asks of a network: the way in ({@link Networks#way}) its authentication
     * and cipher stand for, or {@link Networks#ANY} for an authentication the schema does not
     * define (the simulator refuses only what it understands).
     */
    static int asks(String xml) {
        AuthAlgorithm a = named(xml);
        return a == null ? Networks.ANY : Networks.way(a, cipher(xml));
    }
}
