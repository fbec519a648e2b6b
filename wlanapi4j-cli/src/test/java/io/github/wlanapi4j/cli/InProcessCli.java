package io.github.wlanapi4j.cli;

import io.github.wlanapi4j.simulator.WlanSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The command line run in this JVM, as its tests run it: standard output and error captured as
 * UTF-8 in {@link #out} and {@link #err}, the system's {@code wlanapi.dll} never loaded.
 */
abstract class InProcessCli {
    String out;
    String err;

    /** Runs {@code args}; {@code simulators} is asked for the simulator when the command needs one. */
    int run(Supplier<WlanSimulator> simulators, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                () -> {
                    throw new AssertionError("the system's wlanapi.dll must not be loaded here");
                }, simulators).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** Runs {@code args} on a simulator that {@code setUp} prepares before the command's world is put in it. */
    int run(Consumer<WlanSimulator> setUp, String... args) {
        return run(() -> {
            WlanSimulator sim = new WlanSimulator();
            setUp.accept(sim);
            return sim;
        }, args);
    }

    int run(String... args) {
        return run(WlanSimulator::new, args);
    }
}
