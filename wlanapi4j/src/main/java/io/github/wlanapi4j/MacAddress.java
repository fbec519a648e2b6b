package io.github.wlanapi4j;

/**
 * A six-byte IEEE 802 MAC address ({@code DOT11_MAC_ADDRESS}), immutable.
 *
 * <pre>{@code
 * MacAddress peer = MacAddress.parse("02:11:22:33:44:55");   // or "02-11-22-33-44-55"
 * peer.toString();                                           // "02:11:22:33:44:55"
 * }</pre>
 */
public final class MacAddress {
    private static final int LENGTH = 6;
    private static final String FORM = "six pairs of hex digits separated by ':' or '-', e.g. 02:11:22:33:44:55";

    /** The 48 bits, first byte highest. */
    private final long bits;

    private MacAddress(long bits) {
        this.bits = bits;
    }

    /** The address whose 48 bits are these (first byte highest), as the reader assembles them. */
    static MacAddress ofBits(long bits) {
        return new MacAddress(bits & 0xFFFF_FFFF_FFFFL);
    }

    /**
     * Parses {@code 02:11:22:33:44:55} or {@code 02-11-22-33-44-55}, in either case. One kind of
     * separator throughout; nothing before, after or between.
     *
     * @param text the address
     * @return the address
     * @throws IllegalArgumentException naming {@code text} if it is null or not of that form
     */
    public static MacAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("MAC address is null; expected " + FORM);
        }
        if (text.length() != LENGTH * 3 - 1) {
            throw bad(text);
        }
        char separator = text.charAt(2);
        if (separator != ':' && separator != '-') {
            throw bad(text);
        }
        long bits = 0;
        for (int i = 0; i < LENGTH; i++) {
            int at = i * 3;
            int high = Character.digit(text.charAt(at), 16);
            int low = Character.digit(text.charAt(at + 1), 16);
            boolean separated = i == LENGTH - 1 || text.charAt(at + 2) == separator;
            if (high < 0 || low < 0 || !separated || !isAsciiHex(text.charAt(at)) || !isAsciiHex(text.charAt(at + 1))) {
                throw bad(text);
            }
            bits = bits << 8 | high << 4 | low;
        }
        return new MacAddress(bits);
    }

    /**
     * Returns the address of six bytes, copying them.
     *
     * @param bytes exactly six bytes, first byte first
     * @return the address
     * @throws IllegalArgumentException if {@code bytes} is null or not six bytes long
     */
    public static MacAddress of(byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("MAC address bytes are null; expected " + LENGTH + " bytes");
        }
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a MAC address has " + LENGTH + " bytes, not " + bytes.length);
        }
        long bits = 0;
        for (byte b : bytes) {
            bits = bits << 8 | (b & 0xFF);
        }
        return new MacAddress(bits);
    }

    private static boolean isAsciiHex(char c) {
        return c < 128; // Character.digit also accepts non-ASCII digits, which are not hex here
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("not a MAC address: \"" + text + "\"; expected " + FORM);
    }

    /**
     * Returns a new array with the six bytes, first byte first.
     *
     * @return the bytes
     */
    public byte[] toBytes() {
        byte[] bytes = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            bytes[i] = (byte) (bits >>> (8 * (LENGTH - 1 - i)));
        }
        return bytes;
    }

    /** Returns the address as lower-case hex pairs separated by colons, e.g. {@code 02:11:22:33:44:55}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(LENGTH * 3 - 1);
        for (int i = 0; i < LENGTH; i++) {
            int b = (int) (bits >>> (8 * (LENGTH - 1 - i))) & 0xFF;
            if (i > 0) {
                s.append(':');
            }
            s.append(Character.forDigit(b >>> 4, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress && ((MacAddress) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }
}
