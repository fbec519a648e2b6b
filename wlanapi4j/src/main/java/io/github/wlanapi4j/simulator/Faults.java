package io.github.wlanapi4j.simulator;

import io.github.wlanapi4j.WlanApi;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The simulator's faults and call counts, per {@link WlanApi} function: the next error a test
 * asked a function to return, and how often each was called. Every simulated function enters
 * here first. Guarded by the simulator's lock, like the rest of its state.
 */
final class Faults {
    /** The functions a test may name: the methods of {@link WlanApi}, which the simulator implements. */
    private static final Set<String> FUNCTIONS = functions();

    private final Map<String, Integer> nextErrors = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();

    private static Set<String> functions() {
        Set<String> names = new TreeSet<>();
        for (Method m : WlanApi.class.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers())) {
                names.add(m.getName());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * {@code name}, checked to be a {@link WlanApi} function (a misspelled name would never fire).
     *
     * @throws IllegalArgumentException naming the functions, if it is none of them
     */
    static String function(String name) {
        Objects.requireNonNull(name, "function");
        if (!FUNCTIONS.contains(name)) {
            throw new IllegalArgumentException("no WlanApi function is named \"" + name + "\"; the functions are "
                    + String.join(", ", FUNCTIONS));
        }
        return name;
    }

    /** The next call of {@code function} returns {@code errorCode}, with no other effect. */
    void failNext(String function, int errorCode) {
        nextErrors.put(function(function), errorCode);
    }

    /** Counts a call of {@code function}; returns the error a test asked it to fail with, or 0. */
    int enter(String function) {
        calls.merge(function, 1, Integer::sum);
        Integer e = nextErrors.remove(function);
        return e == null ? 0 : e;
    }

    /** How many times {@code function} was called. */
    int calls(String function) {
        return calls.getOrDefault(function(function), 0);
    }
}
