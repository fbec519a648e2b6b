package io.github.wlanapi4j;

/**
 * The one way a native enumeration value becomes a Java enum constant: the enums of the read
 * model keep an {@code UNKNOWN} constant for values this version does not know (a newer Windows,
 * a vendor's IHV range), and the value types keep the raw code beside it, so nothing fails on a
 * value it has not seen.
 */
final class Codes {
    /** An enum constant with its native value. */
    interface Coded {
        int code();
    }

    private Codes() {}

    /** The constant of {@code values} whose code is {@code code}, or {@code unknown}. */
    static <E extends Coded> E decode(E[] values, E unknown, int code) {
        for (E e : values) {
            if (e.code() == code && e != unknown) {
                return e;
            }
        }
        return unknown;
    }
}
