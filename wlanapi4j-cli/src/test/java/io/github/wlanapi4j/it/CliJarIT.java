package io.github.wlanapi4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar as a user runs it: {@code java -jar wlanapi4j-<version>-cli.jar ...}, nothing else on the class path. */
class CliJarIT {

    @Test
    void interfacesAsJsonFromTheRunnableJar() throws Exception {
        String output = run(0, "interfaces", "--simulated", "--json");
        new JsonCheck(output.strip()).value(); // throws on anything that is not one JSON value
        assertTrue(output.contains("\"description\": \"Simulated Wi-Fi 6E adapter\""), output);
    }

    @Test
    void aScanAndAConnectRunFromTheJar() throws Exception {
        assertTrue(run(0, "scan", "--simulated").contains("6 GHz"));
        assertTrue(run(0, "connect", "--simulated", "--ssid", "Home", "--passphrase", "correct horse battery")
                .contains("Connected"));
    }

    @Test
    void offWindowsWithoutSimulatedItExitsWithItsOwnCode() throws Exception {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return; // there, the system's wlanapi.dll answers
        }
        assertTrue(run(3, "doctor").contains("Add --simulated"));
    }

    private static String run(int expectedExit, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("wlanapi4j.cli.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not finish: " + command);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expectedExit, p.exitValue(), output);
        return output;
    }

    /** A strict JSON (RFC 8259) recogniser: enough to prove the output parses. */
    private static final class JsonCheck {
        private final String s;
        private int i;

        JsonCheck(String s) {
            this.s = s;
        }

        void value() {
            space();
            char c = peek();
            if (c == '{') {
                members('}', true);
            } else if (c == '[') {
                members(']', false);
            } else if (c == '"') {
                string();
            } else if (s.startsWith("true", i) || s.startsWith("null", i)) {
                i += 4;
            } else if (s.startsWith("false", i)) {
                i += 5;
            } else {
                int start = i;
                while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                Double.parseDouble(s.substring(start, i)); // throws for no number
            }
            space();
            if (i != s.length() && ",}]:".indexOf(peek()) < 0) {
                throw new AssertionError("unexpected '" + peek() + "' at " + i + " in " + s);
            }
        }

        private void members(char close, boolean object) {
            i++;
            space();
            if (peek() == close) {
                i++;
                return;
            }
            while (true) {
                if (object) {
                    space();
                    string();
                    space();
                    expect(':');
                }
                value();
                if (peek() == close) {
                    i++;
                    return;
                }
                expect(',');
            }
        }

        private void string() {
            expect('"');
            while (peek() != '"') {
                char c = s.charAt(i++);
                if (c < 0x20) {
                    throw new AssertionError("a raw control character in a string at " + i);
                }
                if (c == '\\') {
                    i++;
                }
            }
            i++;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new AssertionError("expected '" + c + "' at " + i + " in " + s);
            }
            i++;
        }

        private char peek() {
            if (i >= s.length()) {
                throw new AssertionError("the JSON ends early: " + s);
            }
            return s.charAt(i);
        }

        private void space() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }
    }
}
