package io.github.wlanapi4j.cli;

import io.github.wlanapi4j.AuthAlgorithm;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.CipherAlgorithm;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.ConnectionMode;
import io.github.wlanapi4j.InterfaceState;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.PhyType;
import io.github.wlanapi4j.RadioState;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.WlanClient;
import io.github.wlanapi4j.WlanException;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.WlanProfile;
import io.github.wlanapi4j.ie.InformationElements;
import io.github.wlanapi4j.ie.SecurityMode;
import io.github.wlanapi4j.ie.WifiGeneration;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A simulated world in a few lines of text: the one {@code --simulated} runs against (the
 * resource {@code world.txt}), or a file of the user's ({@code --simulated=FILE}) that keeps what
 * the commands do, so that {@code connect} and then {@code status} can be tried across runs.
 *
 * <p>Each line is a keyword and {@code name=value} fields; a value with spaces is in double quotes
 * ({@code \"}, {@code \\}, {@code \n}, {@code \r} and {@code \t} inside); {@code #} starts a comment. The world:
 * <pre>
 * interface description="Simulated Wi-Fi adapter"
 * bss ssid=Home bssid=02:00:00:00:00:01 rssi=-48 channel=36 width=80 generation=5 security=WPA2-Personal
 * profile ssid=Home passphrase="correct horse battery staple"
 * peer mac=02:11:22:33:44:55
 * </pre>
 * {@code bss} takes {@code band=2.4|5|6} (default: 2.4 GHz for channels 1 to 14, else 5),
 * {@code width} (MHz, default 20), {@code generation} (4, 5, 6, 6E or 7; default 6E on 6 GHz,
 * else 6), {@code security} (as the {@code bss} command prints it: Open, WEP, WPA2-Personal,
 * WPA3-Personal, WPA3-Transition, WPA2-Enterprise, OWE, ...), {@code stations} and {@code
 * utilization} (percent). Its networks come from its BSSs, as on Windows. A {@code profile} is
 * stored: a network's {@code ssid} with its {@code passphrase} (WPA2-Personal; {@code
 * security=WPA3-Personal} or {@code Open} as it says), or any profile's {@code xml}. What the commands
 * change is written back after each command as the lines {@code profile xml="..."}, {@code
 * connected profile=NAME bssid=MAC ...} (what the service reports of the connection) and {@code
 * radio software=off}, below the world's own lines,
 * which are kept as they were.
 */
final class World {
    private World() {}

    /** The interface of every world: the GUID the demo and the tests name. */
    static final UUID INTERFACE = Main.DEMO_INTERFACE;
    /** Where the written state begins; the lines after it are the state's, rewritten each time. */
    private static final String STATE = "# What the last command left, rewritten by wlanapi4j after each one:";

    /** The built-in world's lines (the resource world.txt). */
    static List<String> builtIn() {
        try (InputStream in = World.class.getResourceAsStream("world.txt")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the built-in world (world.txt) is missing from the jar", e);
        }
    }

    /** A world file's lines; a missing file is made from the built-in world first. */
    static List<String> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            write(file, builtIn());
        }
        if (!Files.isRegularFile(file)) { // a directory, a device: it would be replaced on the way out
            throw new IOException("not a regular file");
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) { // UTF-8 with a byte order mark, as Notepad saves it
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /**
     * Puts the world {@code lines} describe into {@code sim} (with a new interface), and its state
     * (profiles, the radio, a connection) through {@code sim}'s own functions.
     *
     * @throws IllegalArgumentException naming the source, the line and what is wrong there
     */
    static WlanSimulator load(WlanSimulator sim, List<String> lines, String source) {
        String description = "Simulated Wi-Fi adapter";
        boolean connected = false;
        // Each line's effect on the world, applied once the interface is there, with where it came from.
        List<Map.Entry<String, Runnable>> effects = new ArrayList<>();
        boolean sawInterface = false;
        for (int n = 0; n < lines.size(); n++) {
            String where = source + ":" + (n + 1) + ": ";
            try {
                List<String> words = words(lines.get(n), where);
                if (words.isEmpty()) {
                    continue;
                }
                Map<String, String> f = fields(words, where);
                switch (words.get(0)) {
                    case "interface":
                        allow(f, where, "description");
                        if (sawInterface) {
                            throw new IllegalArgumentException(where + "a world has one interface");
                        }
                        sawInterface = true;
                        description = f.getOrDefault("description", description);
                        break;
                    case "bss": {
                        allow(f, where, "ssid", "bssid", "rssi", "channel", "band", "width", "generation", "security",
                                "stations", "utilization");
                        BssEntry b = bss(f, where);
                        effects.add(Map.entry(where, () -> sim.addBss(INTERFACE, b)));
                        break;
                    }
                    case "profile": {
                        allow(f, where, "xml", "ssid", "passphrase", "security");
                        String xml = f.containsKey("xml") ? f.get("xml") : profile(f, where);
                        effects.add(Map.entry(where, () -> sim.addProfile(INTERFACE, xml)));
                        break;
                    }
                    case "connected": {
                        allow(f, where, "profile", "bssid", "ssidHex", "mode", "auth", "cipher", "oneX");
                        Connection c = connection(f, where);
                        connected = true;
                        effects.add(Map.entry(where, () -> sim.connection(INTERFACE, c)));
                        break;
                    }
                    case "radio":
                        allow(f, where, "software");
                        if ("off".equals(oneOf(f, "software", where, "on", "off"))) {
                            effects.add(Map.entry(where, () -> sim.radio(INTERFACE, RadioState.of(false, true))));
                        }
                        break;
                    case "peer": {
                        allow(f, where, "mac");
                        MacAddress peer = MacAddress.parse(required(f, "mac", where));
                        effects.add(Map.entry(where, () -> sim.peer(peer, Duration.ofMillis(50), INTERFACE)));
                        break;
                    }
                    default:
                        throw new IllegalArgumentException(where + "no such line as \"" + words.get(0)
                                + "\": interface, bss, peer, profile, connected or radio");
                }
            } catch (RuntimeException e) {
                throw at(where, e);
            }
        }
        // You administer your own world: keys come back in the clear, so that a saved profile keeps its key.
        sim.elevated(true).addInterface(new WlanInterface(INTERFACE, description,
                connected ? InterfaceState.CONNECTED : InterfaceState.DISCONNECTED));
        for (Map.Entry<String, Runnable> effect : effects) {
            try {
                effect.getValue().run();
            } catch (RuntimeException e) {
                throw at(effect.getKey(), e);
            }
        }
        return sim;
    }

    /** {@code e} as a wrong line, said with where it is ({@code FILE:LINE: }) once. */
    private static IllegalArgumentException at(String where, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return e instanceof IllegalArgumentException && message.startsWith(where) ? (IllegalArgumentException) e
                : new IllegalArgumentException(where + message, e);
    }

    /** A connection as {@link #save} writes it: what the service reports of it, byte for byte. */
    private static Connection connection(Map<String, String> f, String where) {
        return Connection.builder(Ssid.ofHex(required(f, "ssidHex", where)), MacAddress.parse(required(f, "bssid", where)))
                .profileName(required(f, "profile", where))
                .mode(ConnectionMode.of(number(f, "mode", where, 0, 4, 0)))
                .security(AuthAlgorithm.of(number(f, "auth", where, 1, Integer.MAX_VALUE, 1)),
                        CipherAlgorithm.of(number(f, "cipher", where, 0, Integer.MAX_VALUE, 0)),
                        "true".equals(oneOf(f, "oneX", where, "true", "false")))
                .build();
    }

    /**
     * What {@code sim} holds that the commands change: its profiles (keys in the clear: the world
     * is yours), its connection and its radio, as the lines {@link #save} writes.
     *
     * @throws WlanException if the world's service does not answer (stopped, say)
     */
    static List<String> state(WlanSimulator sim) {
        List<String> out = new ArrayList<>();
        try (WlanClient wlan = WlanClient.open(sim)) {
            for (String name : wlan.profiles(INTERFACE)) {
                out.add("profile xml=" + quote(wlan.profile(INTERFACE, name).xml()));
            }
            Optional<Connection> c = wlan.connection(INTERFACE);
            if (c.isPresent()) {
                Connection k = c.get();
                out.add("connected profile=" + quote(k.profileName()) + " bssid=" + k.bssid() + " ssidHex=" + k.ssid().hex()
                        + " mode=" + k.modeCode() + " auth=" + k.authCode() + " cipher=" + k.cipherCode() + " oneX="
                        + k.oneXEnabled() + "  # " + quote(k.ssid().toString()) + ", " + Main.auth(k.auth()) + "/"
                        + Main.cipher(k.cipher()));
            }
            if (!wlan.radioState(INTERFACE).softwareOn()) {
                out.add("radio software=off");
            }
        }
        return out;
    }

    /**
     * Writes back to {@code file} what the command changed: if {@code sim}'s {@link #state} is no
     * longer {@code before}, the file's lines ({@code lines}, as read) with their state lines
     * replaced by the new ones, below the world's own lines (kept as they were, wherever they
     * are). A command that changed nothing writes nothing, so that it cannot undo another run's
     * change made meanwhile. The file is replaced at once (a reader never sees half of it); a
     * link is followed, and the file keeps its permissions.
     */
    static void save(WlanSimulator sim, Path file, List<String> lines, List<String> before) throws IOException {
        List<String> state;
        try {
            state = state(sim);
        } catch (WlanException e) {
            return; // the world's service is stopped, say: nothing to read, the file stays as it was
        }
        if (state.equals(before)) {
            return;
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String keyword = line.strip().split("\\s", 2)[0];
            if (!line.equals(STATE) && !keyword.equals("profile") && !keyword.equals("connected")
                    && !keyword.equals("radio")) {
                out.add(line);
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        out.add("");
        out.add(STATE);
        out.addAll(state);
        write(file, out);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath(); // through a link, to its file
        Path temp = Files.createTempFile(real.getParent(), ".wlanapi4j-world", ".tmp");
        try {
            Files.write(temp, lines, StandardCharsets.UTF_8);
            if (Files.exists(real) && Files.getFileStore(real).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(real));
            }
            Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static BssEntry bss(Map<String, String> f, String where) {
        Ssid ssid = Ssid.of(required(f, "ssid", where));
        MacAddress bssid = MacAddress.parse(required(f, "bssid", where));
        int rssi = number(f, "rssi", where, -100, 0, null);
        int channel = number(f, "channel", where, 1, 233, null);
        String band = oneOf(f, "band", where, "2.4", "5", "6");
        if (band == null) {
            band = channel <= 14 ? "2.4" : "5";
        }
        int width = number(f, "width", where, 20, 320, 20);
        WifiGeneration generation = generation(f.get("generation"), band.equals("6"), where);
        SecurityMode security = security(f.getOrDefault("security", "Open"), where);
        InformationElements.Builder ies = InformationElements.builder().ssid(ssid.bytes()).security(security);
        if (band.equals("6")) {
            ies.channel6Ghz(generation, channel, width);
        } else {
            ies.channel(generation, channel, width);
        }
        if (f.containsKey("stations") || f.containsKey("utilization")) {
            ies.bssLoad(number(f, "stations", where, 0, 65535, 0),
                    (number(f, "utilization", where, 0, 100, 0) * 255 + 50) / 100);
        }
        int khz = band.equals("2.4") ? (channel == 14 ? 2_484_000 : 2_407_000 + 5_000 * channel)
                : band.equals("5") ? 5_000_000 + 5_000 * channel : 5_950_000 + 5_000 * channel;
        boolean secured = security != SecurityMode.OPEN;
        return BssEntry.builder(ssid, bssid).rssi(rssi).linkQuality(Math.max(0, Math.min(100, 2 * (rssi + 100))))
                .centerFrequencyKhz(khz).phyType(phy(generation)).capabilityInformation(secured ? 0x0431 : 0x0421)
                .informationElements(ies.build()).build();
    }

    /** A profile written as a network and its passphrase: WPA2-Personal (or WPA3-Personal), or Open without one. */
    private static String profile(Map<String, String> f, String where) {
        Ssid ssid = Ssid.of(required(f, "ssid", where));
        String passphrase = f.get("passphrase");
        switch (f.getOrDefault("security", passphrase == null ? "Open" : "WPA2-Personal")) {
            case "Open":
                if (passphrase != null) {
                    throw new IllegalArgumentException(where + "an open network has no passphrase");
                }
                return WlanProfile.open(ssid).toXml();
            case "WPA2-Personal":
                return WlanProfile.wpa2Personal(ssid, required(f, "passphrase", where)).toXml();
            case "WPA3-Personal":
                return WlanProfile.wpa3Personal(ssid, required(f, "passphrase", where)).toXml();
            default:
                throw new IllegalArgumentException(where + "security must be Open, WPA2-Personal or WPA3-Personal "
                        + "(others: xml= with the profile's XML), not \"" + f.get("security") + "\"");
        }
    }

    private static PhyType phy(WifiGeneration g) {
        switch (g) {
            case WIFI_4:
                return PhyType.HT;
            case WIFI_5:
                return PhyType.VHT;
            case WIFI_7:
                return PhyType.EHT;
            default:
                return PhyType.HE;
        }
    }

    private static WifiGeneration generation(String value, boolean sixGhz, String where) {
        if (value == null) {
            return sixGhz ? WifiGeneration.WIFI_6E : WifiGeneration.WIFI_6;
        }
        String v = value.toUpperCase(Locale.ROOT).replace("WI-FI", "").replace("WIFI", "").strip();
        for (WifiGeneration g : WifiGeneration.values()) {
            if (g != WifiGeneration.LEGACY && g.name().equals("WIFI_" + v)) {
                return g;
            }
        }
        throw new IllegalArgumentException(where + "generation must be 4, 5, 6, 6E or 7, not \"" + value + "\"");
    }

    private static SecurityMode security(String value, String where) {
        for (SecurityMode m : SecurityMode.values()) {
            if (m != SecurityMode.OTHER && Main.words(m).equalsIgnoreCase(value)) {
                return m;
            }
        }
        List<String> names = new ArrayList<>();
        for (SecurityMode m : SecurityMode.values()) {
            if (m != SecurityMode.OTHER) {
                names.add(Main.words(m));
            }
        }
        throw new IllegalArgumentException(where + "security must be one of " + String.join(", ", names) + ", not \""
                + value + "\"");
    }


    private static String required(Map<String, String> f, String name, String where) {
        String v = f.get(name);
        if (v == null) {
            throw new IllegalArgumentException(where + "needs " + name + "=");
        }
        return v;
    }

    private static int number(Map<String, String> f, String name, String where, int min, int max, Integer otherwise) {
        String v = f.get(name);
        if (v == null) {
            if (otherwise == null) {
                throw new IllegalArgumentException(where + "needs " + name + "=");
            }
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(where + name + " must be a whole number from " + min + " to " + max
                + ", not \"" + v + "\"");
    }

    private static String oneOf(Map<String, String> f, String name, String where, String... values) {
        String v = f.get(name);
        if (v != null && !List.of(values).contains(v)) {
            throw new IllegalArgumentException(where + name + " must be " + String.join(" or ", values) + ", not \""
                    + v + "\"");
        }
        return v;
    }

    private static void allow(Map<String, String> f, String where, String... names) {
        for (String name : f.keySet()) {
            if (!List.of(names).contains(name)) {
                throw new IllegalArgumentException(where + "no field \"" + name + "\" here; it takes "
                        + String.join(", ", names));
            }
        }
    }

    /** A line's fields after its keyword, each name=value once. */
    private static Map<String, String> fields(List<String> words, String where) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String w : words.subList(1, words.size())) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(where + "\"" + w + "\" is not name=value");
            }
            if (f.put(w.substring(0, eq), w.substring(eq + 1)) != null) {
                throw new IllegalArgumentException(where + w.substring(0, eq) + " is given twice");
            }
        }
        return f;
    }

    /** A line's words: split at blanks outside double quotes, quotes and escapes removed; none for a comment. */
    static List<String> words(String line, String where) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!quoted && (c == ' ' || c == '\t')) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (!quoted && c == '#' && word == null) {
                break;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted && c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                word.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
            } else {
                word.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(where + "a quote is not closed");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code value} in double quotes, with \\, \" and \n, \r, \t escapes: one line, read back as it was. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }
}
