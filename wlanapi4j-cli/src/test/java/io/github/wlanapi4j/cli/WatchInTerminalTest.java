package io.github.wlanapi4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code watch} as a person sees it: the command line runs in a real terminal (a tmux session of
 * 120 by 40), and the test reads the screen (capture-pane). On a terminal the view is redrawn in
 * place, so after three scans the screen holds one view, the third, not three. Skips where tmux
 * is missing (CI requires it: WLANAPI4J_REQUIRE_TMUX) and on a Windows JVM.
 */
class WatchInTerminalTest {
    private static final String SESSION = "wlanapi4j-watch-" + ProcessHandle.current().pid();

    @Test
    void theViewIsRedrawnInPlaceAsScansComplete() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "a Windows JVM (the Wine lane) has no tmux");
        boolean installed = tmux("-V") == 0;
        if (!installed && "true".equals(System.getenv("WLANAPI4J_REQUIRE_TMUX"))) {
            throw new AssertionError("tmux is required here (WLANAPI4J_REQUIRE_TMUX) but not installed");
        }
        assumeTrue(installed, "tmux is not installed here (apt-get install tmux)");
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        String command = String.join(" ", List.of(quote(java.toString()), "-cp",
                quote(System.getProperty("java.class.path")), Main.class.getName(), "watch", "--simulated",
                "--count", "3", "--interval", "1", ";", "echo", "WATCH-ENDED;", "sleep", "60"));
        assertEquals(0, tmux("new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", command));
        try {
            String screen = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!screen.contains("WATCH-ENDED") && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200)); // a screen has no event to wait on
                screen = capture();
            }
            assertTrue(screen.contains("WATCH-ENDED"), "watch did not end within 60 s:\n" + screen);
            assertTrue(screen.contains("wlanapi4j watch: scan 3, 3 BSSs"), screen);
            assertEquals(1, screen.lines().filter(l -> l.startsWith("wlanapi4j watch:")).count(),
                    "redrawn in place, one view on the screen:\n" + screen);
            assertTrue(screen.lines().anyMatch(l -> l.matches(" +Home +02:00:00:00:00:01 +-48 dBm +36 +5 GHz +===")),
                    "three scans of history:\n" + screen);
            assertTrue(screen.contains("6 GHz       1  #####          1 AP, strongest -75 dBm"), screen);
        } finally {
            tmux("kill-session", "-t", SESSION);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String capture() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("tmux", "capture-pane", "-p", "-t", SESSION).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return text;
    }

    private static int tmux(String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("tmux"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1; // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
