package io.github.wlanapi4j.ie;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * A BSS's security, from its RSN element (48), or, only when it has none, from Microsoft's WPA
 * vendor element (221, {@code 00:50:F2} type 1). A suite is one 32-bit number: the OUI in the top
 * 24 bits, the type in the low 8 ({@link #AKM_PSK} is {@code 0x000FAC02}).
 *
 * <pre>{@code
 * Security s = InformationElements.parse(bytes).security();
 * if (s.mode() == SecurityMode.WPA3_TRANSITION && s.pmf() != Pmf.REQUIRED) { ... }
 * }</pre>
 */
public final class Security {
    /** AKM 802.1X (1). */
    public static final int AKM_8021X = 0x000FAC01;
    /** AKM PSK (2). */
    public static final int AKM_PSK = 0x000FAC02;
    /** AKM FT over 802.1X (3). */
    public static final int AKM_FT_8021X = 0x000FAC03;
    /** AKM FT with PSK (4). */
    public static final int AKM_FT_PSK = 0x000FAC04;
    /** AKM 802.1X with SHA-256 (5). */
    public static final int AKM_8021X_SHA256 = 0x000FAC05;
    /** AKM PSK with SHA-256 (6). */
    public static final int AKM_PSK_SHA256 = 0x000FAC06;
    /** AKM SAE (8): WPA3-Personal. */
    public static final int AKM_SAE = 0x000FAC08;
    /** AKM FT with SAE (9). */
    public static final int AKM_FT_SAE = 0x000FAC09;
    /** AKM 802.1X Suite B 192-bit (12). */
    public static final int AKM_8021X_SUITE_B_192 = 0x000FAC0C;
    /** AKM OWE (18). */
    public static final int AKM_OWE = 0x000FAC12;
    /** AKM SAE with a group-dependent hash (24). */
    public static final int AKM_SAE_EXT_KEY = 0x000FAC18;
    /** Cipher TKIP (2). */
    public static final int CIPHER_TKIP = 0x000FAC02;
    /** Cipher CCMP-128 (4): AES. */
    public static final int CIPHER_CCMP = 0x000FAC04;
    /** Cipher GCMP-128 (8). */
    public static final int CIPHER_GCMP = 0x000FAC08;
    /** Cipher GCMP-256 (9). */
    public static final int CIPHER_GCMP_256 = 0x000FAC09;
    /** Cipher CCMP-256 (10). */
    public static final int CIPHER_CCMP_256 = 0x000FAC0A;
    /** WPA (vendor element) AKM 802.1X. */
    public static final int WPA_AKM_8021X = 0x0050F201;
    /** WPA (vendor element) AKM PSK. */
    public static final int WPA_AKM_PSK = 0x0050F202;
    /** WPA (vendor element) cipher TKIP. */
    public static final int WPA_CIPHER_TKIP = 0x0050F202;
    /** WPA (vendor element) cipher CCMP. */
    public static final int WPA_CIPHER_CCMP = 0x0050F204;

    static final int RSN_OUI = 0x000FAC;
    /** An empty suite list (shared: nothing writes a suite array once read). */
    static final int[] NO_SUITES = new int[0];
    static final int WPA_OUI = 0x0050F2;

    /** No RSN and no WPA element. */
    static final Security NONE = new Security(SecurityMode.OPEN, NO_SUITES, NO_SUITES, -1, Pmf.DISABLED);

    // 00-0F-AC AKM types, as bits of a mask.
    private static final long SUITE_B = 1L << 12 | 1L << 13;
    private static final long ENTERPRISE = 1L << 1 | 1L << 3 | 1L << 5 | 1L << 11 | 1L << 23;
    private static final long SAE = 1L << 8 | 1L << 9 | 1L << 24 | 1L << 25;
    private static final long PSK = 1L << 2 | 1L << 4 | 1L << 6;
    private static final long OWE_AKM = 1L << 18;

    private final SecurityMode mode;
    /** Read once, never written: shown through {@link Suites} views. */
    private final int[] akmSuites;
    private final int[] pairwiseCipherSuites;
    /** The group cipher suite as an unsigned value, or -1 for none. */
    private final long groupCipherSuite;
    private final Pmf pmf;

    /** Takes the arrays: nobody else may hold them. {@code groupCipherSuite} is unsigned, or -1 for none. */
    Security(SecurityMode mode, int[] akmSuites, int[] pairwiseCipherSuites, long groupCipherSuite, Pmf pmf) {
        this.mode = mode;
        this.akmSuites = akmSuites;
        this.pairwiseCipherSuites = pairwiseCipherSuites;
        this.groupCipherSuite = groupCipherSuite;
        this.pmf = pmf;
    }

    /** An unmodifiable list over suites read once: no boxing until a user asks for one. */
    private static final class Suites extends AbstractList<Integer> implements RandomAccess {
        private final int[] values;

        Suites(int[] values) {
            this.values = values;
        }

        @Override
        public Integer get(int i) {
            return values[i];
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /**
     * The mode an RSN element's AKMs and PMF make, first match: AKM 12/13 → WPA3-Enterprise 192;
     * 1/3/5/11/23 → WPA3-Enterprise with PMF required, else WPA2-Enterprise; 8/9/24/25 →
     * WPA3-Transition with 2/4/6 too, else WPA3-Personal; 2/4/6 → WPA2-Personal; 18 → OWE; else other.
     */
    static SecurityMode rsnMode(int[] akms, Pmf pmf) {
        long types = 0;
        for (int akm : akms) {
            if (akm >>> 8 == RSN_OUI && (akm & 0xFF) < 64) {
                types |= 1L << (akm & 0xFF);
            }
        }
        if ((types & SUITE_B) != 0) {
            return SecurityMode.WPA3_ENTERPRISE_192;
        }
        if ((types & ENTERPRISE) != 0) {
            return pmf == Pmf.REQUIRED ? SecurityMode.WPA3_ENTERPRISE : SecurityMode.WPA2_ENTERPRISE;
        }
        if ((types & SAE) != 0) {
            return (types & PSK) != 0 ? SecurityMode.WPA3_TRANSITION : SecurityMode.WPA3_PERSONAL;
        }
        if ((types & PSK) != 0) {
            return SecurityMode.WPA2_PERSONAL;
        }
        return (types & OWE_AKM) != 0 ? SecurityMode.OWE : SecurityMode.OTHER;
    }

    /** The mode of a WPA element's AKMs: 1 → WPA-Enterprise, 2 → WPA-Personal, else other. */
    static SecurityMode wpaMode(int[] akms) {
        boolean psk = false;
        for (int akm : akms) {
            if (akm == WPA_AKM_8021X) {
                return SecurityMode.WPA_ENTERPRISE;
            }
            psk |= akm == WPA_AKM_PSK;
        }
        return psk ? SecurityMode.WPA_PERSONAL : SecurityMode.OTHER;
    }

    /** This security with {@code mode} instead (WEP, where the privacy bit says so). */
    Security withMode(SecurityMode mode) {
        return new Security(mode, akmSuites, pairwiseCipherSuites, groupCipherSuite, pmf);
    }

    /**
     * Returns what a station must do to join.
     *
     * @return the security mode
     */
    public SecurityMode mode() {
        return mode;
    }

    /**
     * Returns the AKM suites, in the element's order.
     *
     * @return the AKM suites (unmodifiable; empty for an open network)
     */
    public List<Integer> akmSuites() {
        return new Suites(akmSuites);
    }

    /**
     * Returns the pairwise (unicast) cipher suites, in the element's order.
     *
     * @return the pairwise cipher suites (unmodifiable)
     */
    public List<Integer> pairwiseCipherSuites() {
        return new Suites(pairwiseCipherSuites);
    }

    /**
     * Returns the group (broadcast) cipher suite.
     *
     * @return the group cipher suite, or empty if the element ends before it or there is none
     */
    public OptionalInt groupCipherSuite() {
        return groupCipherSuite < 0 ? OptionalInt.empty() : OptionalInt.of((int) groupCipherSuite);
    }

    /**
     * Returns whether management frames are protected.
     *
     * @return the PMF setting ({@link Pmf#DISABLED} without RSN capabilities)
     */
    public Pmf pmf() {
        return pmf;
    }

    /** A suite as OUI and type, with its name where known, such as {@code 00:0f:ac:8 (SAE)}. */
    static String suiteName(int suite, boolean akm) {
        String name = akm ? akmName(suite) : cipherName(suite);
        return String.format("%02x:%02x:%02x:%d", suite >>> 24, (suite >>> 16) & 0xFF, (suite >>> 8) & 0xFF, suite & 0xFF)
                + (name == null ? "" : " (" + name + ")");
    }

    private static String akmName(int suite) {
        switch (suite) {
            case AKM_8021X:
            case WPA_AKM_8021X:
                return "802.1X";
            case AKM_PSK:
            case WPA_AKM_PSK:
                return "PSK";
            case AKM_FT_8021X:
                return "FT 802.1X";
            case AKM_FT_PSK:
                return "FT PSK";
            case AKM_8021X_SHA256:
                return "802.1X SHA-256";
            case AKM_PSK_SHA256:
                return "PSK SHA-256";
            case AKM_SAE:
                return "SAE";
            case AKM_FT_SAE:
                return "FT SAE";
            case AKM_8021X_SUITE_B_192:
                return "802.1X Suite B 192";
            case AKM_OWE:
                return "OWE";
            case AKM_SAE_EXT_KEY:
                return "SAE ext key";
            default:
                return null;
        }
    }

    private static String cipherName(int suite) {
        switch (suite) {
            case CIPHER_TKIP:
            case WPA_CIPHER_TKIP:
                return "TKIP";
            case CIPHER_CCMP:
            case WPA_CIPHER_CCMP:
                return "CCMP";
            case CIPHER_GCMP:
                return "GCMP";
            case CIPHER_GCMP_256:
                return "GCMP-256";
            case CIPHER_CCMP_256:
                return "CCMP-256";
            default:
                return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Security)) {
            return false;
        }
        Security s = (Security) o;
        return mode == s.mode && Arrays.equals(akmSuites, s.akmSuites)
                && Arrays.equals(pairwiseCipherSuites, s.pairwiseCipherSuites)
                && groupCipherSuite == s.groupCipherSuite && pmf == s.pmf;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, Arrays.hashCode(akmSuites), Arrays.hashCode(pairwiseCipherSuites), groupCipherSuite,
                pmf);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Security[").append(mode).append(", AKM");
        for (int s : akmSuites) {
            b.append(' ').append(suiteName(s, true));
        }
        b.append(", pairwise");
        for (int s : pairwiseCipherSuites) {
            b.append(' ').append(suiteName(s, false));
        }
        groupCipherSuite().ifPresent(g -> b.append(", group ").append(suiteName(g, false)));
        return b.append(", PMF ").append(pmf).append(']').toString();
    }
}
