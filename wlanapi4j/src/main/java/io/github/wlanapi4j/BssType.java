package io.github.wlanapi4j;

/**
 * The kind of a basic service set ({@code DOT11_BSS_TYPE}).
 */
public enum BssType implements Codes.Coded {
    /** An infrastructure network: stations and access points. */
    INFRASTRUCTURE(1),
    /** An independent (ad hoc) network of stations. */
    INDEPENDENT(2),
    /** Either kind. */
    ANY(3),
    /** A value this version does not know; the raw value is kept where it was read. */
    UNKNOWN(-1);

    private static final BssType[] VALUES = values();
    private final int code;

    BssType(int code) {
        this.code = code;
    }

    /** @return the native value, or -1 for {@link #UNKNOWN} */
    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a {@code DOT11_BSS_TYPE} value
     * @return its constant, or {@link #UNKNOWN}
     */
    public static BssType of(int code) {
        return Codes.decode(VALUES, UNKNOWN, code);
    }
}
