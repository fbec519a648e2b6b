package io.github.wlanapi4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a user's modular application sees it: the module {@code io.github.wlanapi4j}
 * on the module path beside JNA's. A consumer module that {@code requires io.github.wlanapi4j} and
 * nothing else compiles against the API's JNA types and runs, with a native callback crossing
 * into the library.
 */
class ModulePathIT {
    private static final String MODULE_PATH = String.join(File.pathSeparator, System.getProperty("wlanapi4j.jar"),
            System.getProperty("jna.jar"), System.getProperty("jna-platform.jar"));

    @Test
    void aConsumerModuleNamingOnlyTheLibraryCompilesAndRunsACallback(@TempDir Path dir) throws Exception {
        String standIn = System.getProperty("wlanapi4j.standin.dir", "");
        assumeTrue(Files.isDirectory(Path.of(standIn)) && !Files.exists(Path.of(standIn, "SKIPPED")),
                "the native stand-in was not built here (no C compiler), so no native callback can be made");
        Path src = dir.resolve("src/consumer");
        Files.createDirectories(src);
        Files.writeString(dir.resolve("src/module-info.java"), String.join("\n",
                "module consumer {",
                "    requires io.github.wlanapi4j;",
                "    opens consumer to com.sun.jna; // for the stand-in's control interface below",
                "}"));
        Files.writeString(src.resolve("Main.java"), String.join("\n",
                "package consumer;",
                "import com.sun.jna.Library;",
                "import com.sun.jna.Native;",
                "import com.sun.jna.platform.win32.WinNT;",
                "import io.github.wlanapi4j.WlanClient;",
                "import io.github.wlanapi4j.WlanNotificationSource;",
                "import java.util.EnumSet;",
                "import java.util.concurrent.CountDownLatch;",
                "import java.util.concurrent.TimeUnit;",
                "public class Main {",
                "    public interface StandIn extends Library {",
                "        int standin_notify(int source, int code, byte[] guid, int count);",
                "    }",
                "    public static void main(String[] args) throws Exception {",
                "        StandIn standIn = Native.load(\"wlanapi\", StandIn.class);",
                "        try (WlanClient wlan = WlanClient.open()) {",
                "            WinNT.HANDLE handle = wlan.withHandle(h -> h); // a jna-platform type, read transitively",
                "            System.out.println(\"handle \" + (handle != null));",
                "            CountDownLatch received = new CountDownLatch(1);",
                "            WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM),",
                "                    n -> received.countDown());",
                "            standIn.standin_notify(0x8, 7, new byte[16], 1); // from a native thread, through JNA",
                "            boolean ok = received.await(30, TimeUnit.SECONDS);",
                "            s.close();",
                "            System.out.println(ok ? \"callback delivered\" : \"no callback\");",
                "            System.exit(ok ? 0 : 1);",
                "        }",
                "    }",
                "}"));
        Path classes = dir.resolve("classes");
        List<String> javac = new ArrayList<>(List.of("--release", "11", "-Xlint:all", "-Werror", "--module-path",
                MODULE_PATH, "-d", classes.toString(), dir.resolve("src/module-info.java").toString(),
                src.resolve("Main.java").toString()));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(new String[0])),
                "the consumer module did not compile with only 'requires io.github.wlanapi4j'");

        Result r = java("-Djna.library.path=" + standIn, "--module-path", MODULE_PATH + File.pathSeparator + classes,
                "--module", "consumer/consumer.Main");
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("callback delivered"), r.output);
    }

    private static final class Result {
        final int exit;
        final String output;

        Result(int exit, String output) {
            this.exit = exit;
            this.output = output;
        }
    }

    /** Runs this JDK's java with {@code args} (the module path of the packaged jar unless given). */
    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!List.of(args).contains("--module-path")) {
            command.add("--module-path");
            command.add(MODULE_PATH);
        }
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not finish: " + command);
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
