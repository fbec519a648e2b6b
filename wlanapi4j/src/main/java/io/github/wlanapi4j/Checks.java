package io.github.wlanapi4j;

import java.time.Duration;
import java.util.Objects;

/** The argument checks the value types' builders share, each naming the bad value. */
final class Checks {
    private Checks() {}

    static int range(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    /** A name in a {@code WCHAR[256]}: at most 255 characters and its NUL, and no NUL inside. */
    static String name(String what, String name) {
        Objects.requireNonNull(name, what);
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " must not contain NUL, which ends it natively: \""
                    + name.replace("\0", "\\0") + "\"");
        }
        if (name.length() > 255) {
            throw new IllegalArgumentException(what + " has at most 255 characters, not " + name.length() + ": \""
                    + name + "\"");
        }
        return name;
    }

    /** A profile's name: as {@link #name}, and not empty. */
    static String profileName(String what, String name) {
        if (name(what, name).isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return name;
    }

    /** Text for an {@code LPCWSTR}, such as profile XML: not empty, and no NUL, which would end it early natively. */
    static String text(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new IllegalArgumentException(what + " must not contain NUL, which ends it natively (at index " + nul
                    + " of " + text.length() + ")");
        }
        return text;
    }

    /** A duration in nanoseconds, saturated: beyond about 292 years it means "never". */
    static long saturatedNanos(Duration d) {
        return d.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : d.toNanos();
    }

    /** A positive duration. */
    static Duration positive(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, not " + d);
        }
        return d;
    }

    /**
     * An enum constant a simulator may write: not null and not an {@code UNKNOWN} that stands
     * for values read from a service (code -1), which no service reports.
     */
    static <E extends Enum<E> & Codes.Coded> E known(String what, E value) {
        Objects.requireNonNull(value, what);
        if (value.code() == -1) {
            throw new IllegalArgumentException(what + " must be a known value, not " + value
                    + " (which stands for values this version cannot name when it reads them)");
        }
        return value;
    }
}
