package io.github.wlanapi4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, as a user's modular application sees it: on the module path, as the
 * automatic module {@code io.github.wlanapi4j}, beside JNA's modules. Running the doctor there
 * proves the module name resolves and that JNA may reflect on the library's classes.
 */
class ModulePathIT {

    @Test
    void theJarRunsOnTheModulePath() throws Exception {
        String modulePath = String.join(File.pathSeparator, System.getProperty("wlanapi4j.jar"),
                System.getProperty("jna.jar"), System.getProperty("jna-platform.jar"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "--module-path", modulePath,
                "--module", "io.github.wlanapi4j/io.github.wlanapi4j.cli.Main", "doctor", "--simulated"))
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the doctor did not finish");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("[simulated] All checks passed."), output);
    }
}
