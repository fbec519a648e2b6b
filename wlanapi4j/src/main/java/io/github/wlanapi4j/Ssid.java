package io.github.wlanapi4j;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A network name (SSID): up to 32 raw bytes, which are its identity. Most SSIDs are UTF-8 text,
 * but 802.11 does not require it: two networks whose names differ only in bytes that are not
 * valid UTF-8 are different networks, and this class keeps them apart.
 *
 * <pre>{@code
 * Ssid home = Ssid.of("Home");
 * boolean same = home.equals(entry.ssid());
 * }</pre>
 */
public final class Ssid {
    /** The longest SSID, in bytes ({@code DOT11_SSID_MAX_LENGTH}). */
    public static final int MAX_LENGTH = 32;

    private final byte[] bytes;

    private Ssid(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The SSID whose bytes are {@code name} in UTF-8.
     *
     * @param name the network name
     * @return the SSID
     * @throws IllegalArgumentException if the name is longer than 32 bytes in UTF-8, naming it
     */
    public static Ssid of(String name) {
        Objects.requireNonNull(name, "name");
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        if (b.length > MAX_LENGTH) {
            throw new IllegalArgumentException("SSID \"" + name + "\" is " + b.length + " bytes in UTF-8; at most "
                    + MAX_LENGTH + " are allowed");
        }
        return new Ssid(b);
    }

    /**
     * The SSID of these raw bytes (copied).
     *
     * @param bytes 0 to 32 bytes, any values
     * @return the SSID
     * @throws IllegalArgumentException if there are more than 32 bytes
     */
    public static Ssid of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("an SSID has at most " + MAX_LENGTH + " bytes, not " + bytes.length);
        }
        return new Ssid(bytes.clone());
    }

    /**
     * The SSID whose bytes {@link #hex()} gives as {@code hex}, as a profile's {@code <hex>} holds
     * them: {@code Ssid.ofHex("486f6d65")} is "Home".
     *
     * @param hex an even number of ASCII hex digits, at most 64, either case
     * @return the SSID
     * @throws IllegalArgumentException if {@code hex} is not that, naming it
     */
    public static Ssid ofHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() % 2 != 0 || hex.length() > 2 * MAX_LENGTH
                || !hex.chars().allMatch(c -> c < 128 && Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("an SSID in hex is an even number of hex digits, at most "
                    + 2 * MAX_LENGTH + ", not \"" + hex + "\"");
        }
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new Ssid(b);
    }

    /** Wraps bytes the caller has made and will not change (the reader's own copy). */
    static Ssid wrap(byte[] bytes) {
        return new Ssid(bytes);
    }

    /**
     * Returns the raw bytes.
     *
     * @return a copy of the 0 to 32 bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the bytes as lower-case hex digits, two a byte: what tells apart SSIDs whose text
     * looks alike, such as the bytes {@code FF 78} and the text {@code "\\xffx"}.
     *
     * @return the hex digits, empty for the empty SSID
     */
    public String hex() {
        StringBuilder h = new StringBuilder(2 * bytes.length);
        for (byte b : bytes) {
            h.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return h.toString();
    }

    /** This SSID as a {@code DOT11_SSID}: its length as a little-endian {@code ULONG}, then 32 bytes. */
    byte[] toDot11Ssid() {
        byte[] dot11 = new byte[4 + MAX_LENGTH];
        dot11[0] = (byte) bytes.length;
        System.arraycopy(bytes, 0, dot11, 4, bytes.length);
        return dot11;
    }

    /**
     * Returns the length in bytes; 0 for a hidden network's empty SSID.
     *
     * @return 0 to 32
     */
    public int length() {
        return bytes.length;
    }

    /**
     * Returns the name as text: the bytes decoded as UTF-8 where they are valid UTF-8; otherwise
     * printable ASCII as is and every other byte as {@code \xNN}, so that names which are not
     * text stay visible (a text name can look the same: compare SSIDs with {@code equals}, which
     * compares the bytes). Never throws.
     */
    @Override
    public String toString() {
        String text = utf8();
        return text != null ? text : escaped(bytes);
    }

    /** The bytes decoded as UTF-8, or null where they are not valid UTF-8. */
    String utf8() {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Printable ASCII as itself, every other byte (and the backslash) as {@code \xNN}. */
    static String escaped(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 4);
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x20 && v < 0x7F && v != '\\') {
                s.append((char) v);
            } else {
                s.append(String.format("\\x%02x", v));
            }
        }
        return s.toString();
    }

    /** Two SSIDs are equal when their bytes are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ssid && Arrays.equals(bytes, ((Ssid) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
