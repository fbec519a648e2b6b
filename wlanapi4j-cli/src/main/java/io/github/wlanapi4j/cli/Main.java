package io.github.wlanapi4j.cli;

import com.sun.jna.Platform;
import io.github.wlanapi4j.AcmEvent;
import io.github.wlanapi4j.AuthAlgorithm;
import io.github.wlanapi4j.AvailableNetwork;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.CipherAlgorithm;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.ConnectionNotification;
import io.github.wlanapi4j.InterfaceState;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.MsmNotification;
import io.github.wlanapi4j.PhyType;
import io.github.wlanapi4j.RadioState;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.StoredProfile;
import io.github.wlanapi4j.WfdClient;
import io.github.wlanapi4j.WfdSession;
import io.github.wlanapi4j.WifiBand;
import io.github.wlanapi4j.WlanAccessDeniedException;
import io.github.wlanapi4j.WlanAdapter;
import io.github.wlanapi4j.WlanApi;
import io.github.wlanapi4j.WlanClient;
import io.github.wlanapi4j.WlanConnectionException;
import io.github.wlanapi4j.WlanException;
import io.github.wlanapi4j.WlanHandleLimitException;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.WlanInvalidStateException;
import io.github.wlanapi4j.WlanLocationAccessDeniedException;
import io.github.wlanapi4j.WlanNotification;
import io.github.wlanapi4j.WlanNotificationSource;
import io.github.wlanapi4j.WlanProfile;
import io.github.wlanapi4j.WlanReasonCodes;
import io.github.wlanapi4j.WlanRpcException;
import io.github.wlanapi4j.WlanServiceNotActiveException;
import io.github.wlanapi4j.WlanUnavailableException;
import io.github.wlanapi4j.ie.BssLoad;
import io.github.wlanapi4j.ie.InformationElements;
import io.github.wlanapi4j.ie.SecurityMode;
import io.github.wlanapi4j.ie.WifiGeneration;
import io.github.wlanapi4j.simulator.WlanSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The {@code wlanapi4j} command: what people do with Wi-Fi at a terminal ({@code interfaces},
 * {@code networks}, {@code bss}, {@code scan}, {@code connect}, {@code profiles}), {@code doctor},
 * which checks that the Native Wifi API works here and says what to do where it does not, and
 * {@code demo}, which walks the whole lifecycle. Tables by default, {@code --json} for scripts;
 * {@code --simulated} runs against {@link WlanSimulator}, with a small world of networks, anywhere,
 * and {@code --simulated=FILE} against the world a file describes, kept there across runs
 * ({@link World}). {@link Commands} holds the grammar, which picocli parses.
 *
 * <p>Exit codes a script can trust: 0 all went well; 1 the operation or a check failed; 2 the
 * command line was wrong; 3 the Native Wifi API is not available here (not Windows, or no
 * {@code wlanapi.dll}), unless {@code --simulated}. Only {@code demo} falls back to the simulator
 * by itself, saying so, as it is there to be watched.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;
    static final MacAddress DEMO_PEER = MacAddress.parse("02:11:22:33:44:55");
    static final UUID DEMO_INTERFACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    /**
     * Fields for scripts only: an SSID's bytes as hex, beside its text (where the bytes are not
     * UTF-8, the text escapes them, and only the hex tells {FF,'x'} from the text "\\xffx").
     */
    private static final Set<String> JSON_ONLY = Set.of("ssidHex");
    /** The longest timeout, in seconds (about 31,700 years): longer ones mean the same, no deadline. */
    private static final long MAX_TIMEOUT_SECONDS = 1_000_000_000_000L;
    /** An interface GUID as `interfaces` prints it: 8-4-4-4-12 hex digits. */
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<WlanApi> system;
    private final Supplier<WlanSimulator> simulators;
    private boolean verbose;
    private boolean json;
    /** Whether the output is a terminal that takes ANSI codes: watch redraws in place, else appends. */
    boolean terminal;
    /** nmcli's terse output: no header, values only, colon-separated (a ':' or '\' in a value escaped with '\'). */
    private boolean terse;
    /** The columns --fields asks for, in its order (JSON keys), or null for all. */
    private List<String> fields;
    /** Whether --simulated was given; with =FILE, its world file (else null: the built-in world). */
    private boolean simulated;
    private Path worldFile;

    Main(PrintStream out, PrintStream err, Supplier<WlanApi> system, Supplier<WlanSimulator> simulators) {
        this.out = out;
        this.err = err;
        this.system = system;
        this.simulators = simulators;
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line, as {@code --help} describes it
     */
    public static void main(String[] args) {
        warmUp();
        Main main = new Main(System.out, System.err, WlanApi::load, WlanSimulator::new);
        main.terminal = isTerminal();
        System.exit(main.run(args));
    }

    /**
     * Initialises JNA on a thread of its own while this one parses the command line: both are
     * mostly class loading (about 100 and 150 ms on a cold JVM), and every command but help needs
     * JNA (the simulator hands out native memory, as Windows does). A daemon: a command that ends
     * first does not wait for it. Warming the library's classes too gained nothing measurable.
     */
    private static void warmUp() {
        Thread t = new Thread(() -> {
            try {
                Class.forName("com.sun.jna.Native", true, Main.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // The command that needs JNA reports it.
            }
        }, "wlanapi4j-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Whether standard output is an interactive terminal: a console on Java 11 to 21; from Java 22
     * {@code System.console()} is there when redirected too, and {@code Console.isTerminal()} tells.
     */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException before22) {
            return true;
        }
    }

    int run(String[] args) {
        Commands.Parsed parsed = Commands.parse(args, out, err);
        if (parsed.command == null) {
            return parsed.exit;
        }
        String command = parsed.command;
        Map<String, String> options = parsed.options;
        List<String> operands = parsed.operands;
        verbose = options.remove("--verbose") != null;
        json = options.remove("--json") != null;
        terse = options.remove("--terse") != null;
        String fieldList = options.remove("--fields");
        fields = fieldList == null ? null : List.of(fieldList.split(",", -1));
        if (json && terse) {
            return usage("--json and --terse are two different outputs: give one");
        }
        String problem = checkOutput(command, operands.isEmpty() ? null : operands.get(0));
        if (problem != null) {
            return usage(problem);
        }
        String world = options.remove("--simulated");
        simulated = world != null;
        worldFile = world == null || world.isEmpty() ? null : Path.of(world);
        try {
            return run(command, new Options(options, operands));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
    }

    /**
     * The fields of each command's rows (JSON names, in order): --fields is checked against them
     * before a command acts, and MainTest holds each command's output to its list.
     */
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("interfaces", List.of("index", "guid", "state", "description")),
            Map.entry("networks", List.of("inUse", "ssid", "ssidHex", "signalPercent", "bars", "security", "cipher",
                    "bssids", "profile")),
            Map.entry("bss", List.of("inUse", "ssid", "ssidHex", "bssid", "rssiDbm", "signalPercent", "bars",
                    "channel", "bandGhz", "widthMhz", "generation", "security", "phy", "stations", "utilizationPercent")),
            Map.entry("status", List.of("interface", "description", "state", "mac", "ipv4", "ssid", "ssidHex", "bssid",
                    "profile", "security", "channel", "rssiDbm", "signalPercent", "rxMbps", "txMbps", "radio")),
            Map.entry("connect", List.of("ssid", "ssidHex", "bssid", "profile", "state", "signalPercent", "security")),
            Map.entry("disconnect", List.of("interface", "state")),
            Map.entry("profiles", List.of("profile")),
            Map.entry("profile show", List.of("profile", "ssid", "authentication", "encryption", "autoConnect",
                    "hidden", "enterprise", "key")),
            Map.entry("profile export", List.of("profile", "file")),
            Map.entry("profile add", List.of("file", "added")),
            Map.entry("profile delete", List.of("profile", "deleted")),
            Map.entry("radio", List.of("interface", "software", "hardware")),
            Map.entry("events", List.of("source", "event", "interface", "ssid", "profile", "peer", "signalPercent",
                    "reason")));

    /** Why the output options do not fit the command, or null: checked before the command acts. */
    private String checkOutput(String command, String verb) {
        String key = command.equals("scan") ? "bss" : command.equals("profile") ? "profile " + verb : command;
        List<String> known = FIELDS.get(key);
        if (known == null && (fields != null || json || terse)) {
            return command + " has no --json, --terse or --fields (it writes for people)";
        }
        if (fields != null) {
            for (String f : fields) {
                if (!known.contains(f)) {
                    return "--fields: no field \"" + f + "\" in " + key + "; its fields are " + String.join(",", known);
                }
            }
        }
        return null;
    }

    /** The parsed options, each checked where it is read. */
    private static final class Options {
        final Map<String, String> values;
        final List<String> operands;

        Options(Map<String, String> values, List<String> operands) {
            this.values = values;
            this.operands = operands;
        }

        /** The operand at {@code index}, or null. */
        String operand(int index) {
            return index < operands.size() ? operands.get(index) : null;
        }

        boolean has(String option) {
            return values.containsKey(option);
        }

        String get(String option) {
            return values.get(option);
        }

        /**
         * The --iface value (null: none), checked as far as it can be without the interfaces: a
         * GUID is 8-4-4-4-12 hex digits (UUID.fromString would take "1-2-3-4-5"), a number is
         * positive; anything else is a description.
         */
        String iface() {
            String v = values.get("--iface");
            if (v == null) {
                return null;
            }
            boolean guidLike = v.matches("[0-9a-fA-F-]+") && v.contains("-");
            if (guidLike && !GUID.matcher(v).matches()) {
                throw new IllegalArgumentException("--iface must be an interface GUID (8-4-4-4-12 hex digits), number "
                        + "or description, as `interfaces` lists them, not \"" + v + "\"");
            }
            if (v.matches("0+")) {
                throw new IllegalArgumentException("--iface " + v + ": interfaces are numbered from 1, as `interfaces` "
                        + "lists them");
            }
            return v;
        }

        /** --interval: seconds between the scans watch asks for (default 10). */
        Duration interval() {
            long seconds = number("--interval", 1, 3600, "1 to 3600 seconds");
            return Duration.ofSeconds(seconds == 0 ? 10 : seconds);
        }

        /** --count: how many events to print, or views to draw, before ending (0: no limit). */
        long count() {
            return number("--count", 1, Long.MAX_VALUE, "a positive number");
        }

        /** --timeout, or {@code otherwise}; a timeout too long to count means no deadline. */
        Duration timeout(Duration otherwise) {
            long seconds = number("--timeout", 1, Long.MAX_VALUE, "a positive number of seconds");
            return seconds == 0 ? otherwise : Duration.ofSeconds(Math.min(seconds, MAX_TIMEOUT_SECONDS));
        }

        /** The option's whole number, from {@code min} to {@code max} (said as {@code what}), or 0 if not given. */
        private long number(String option, long min, long max, String what) {
            String v = values.get(option);
            if (v == null) {
                return 0;
            }
            try {
                long n = Long.parseLong(v);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " must be " + what + ", not \"" + v + "\"");
        }

        MacAddress peer() {
            String v = values.get("--peer");
            return v == null ? null : MacAddress.parse(v);
        }
    }

    private int run(String command, Options o) {
        switch (command) {
            case "doctor":
                return onTarget(false, this::doctor);
            case "demo":
                MacAddress peer = o.peer();
                return onTarget(true, (t, tag) -> {
                    if (t.simulated() && peer != null) {
                        ((WlanSimulator) t.api).peer(peer, Duration.ofMillis(50), DEMO_INTERFACE);
                    }
                    return demo(t, tag, t.simulated() && peer == null ? DEMO_PEER : peer);
                });
            case "connect":
                if (o.has("--profile") == o.has("--ssid")) {
                    throw new IllegalArgumentException("connect needs --profile NAME or --ssid NAME (not both)");
                }
                if (!o.has("--ssid") && (o.has("--passphrase") || o.has("--wpa3"))) {
                    throw new IllegalArgumentException("--passphrase and --wpa3 go with --ssid");
                }
                if (o.has("--wpa3") && !o.has("--passphrase")) {
                    throw new IllegalArgumentException("--wpa3 needs --passphrase");
                }
                return onClient(o, (wlan, iface) -> connect(wlan, iface.get(), o));
            case "interfaces":
                return onClient(o, (wlan, iface) -> print(interfaceRows(wlan.interfaces())));
            case "networks":
                return onClient(o, (wlan, iface) -> print(networkRows(wlan.availableNetworks(iface.get()))));
            case "bss":
                return onClient(o, (wlan, iface) -> print(bssRows(o.has("--ssid")
                        ? wlan.bssList(iface.get(), Ssid.of(o.get("--ssid"))) : wlan.bssList(iface.get()),
                        inUse(wlan, iface.get()))));
            case "scan":
                return onClient(o, (wlan, iface) -> scan(wlan, iface.get(), o));
            case "status":
                return onClient(o, (wlan, iface) -> print(List.of(status(wlan, iface.get()))));
            case "disconnect":
                return onClient(o, (wlan, iface) -> {
                    Duration timeout = o.timeout(Duration.ofSeconds(15));
                    return await(wlan.disconnect(iface.get()), timeout, "the disconnect",
                            done -> print(List.of(row("interface", iface.get().toString(), "state", "disconnected"))));
                });
            case "profiles":
                return onClient(o, (wlan, iface) -> {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (String name : wlan.profiles(iface.get())) {
                        rows.add(row("profile", name));
                    }
                    return print(rows);
                });
            case "radio": {
                String state = o.operand(0);
                if (!state.equals("on") && !state.equals("off")) {
                    throw new IllegalArgumentException("radio takes on or off, not \"" + state + "\"");
                }
                return onClient(o, (wlan, iface) -> {
                    RadioState r = wlan.setSoftwareRadio(iface.get(), state.equals("on"));
                    return print(List.of(row("interface", iface.get().toString(), "software", r.softwareOn() ? "on" : "off",
                            "hardware", r.hardwareOn() ? "on" : "off")));
                });
            }
            case "profile":
                return profile(o);
            case "watch": {
                long count = o.count();
                Duration interval = o.interval();
                return onClient(o, (wlan, iface) -> watch(wlan, iface.get(), count, interval));
            }
            case "events": {
                long count = o.count();
                Duration timeout = o.timeout(null);
                return onTarget(false, (t, tag) -> events(t, o.iface(), count, timeout));
            }
            default:
                throw new IllegalStateException("a command without a case: " + command);
        }
    }

    /** The history kept per BSS for its sparkline: the RSSI of its last scans. */
    private static final int HISTORY = 24;
    /** The sparkline's levels, weakest first: plain ASCII, which every console shows. */
    private static final String LEVELS = "_.-:=+*#";

    /**
     * A live view, drawn anew each time a scan of the interface completes (ours, asked for every
     * {@code interval} without one, or anyone else's: Windows' background scans count too): the
     * BSSs, strongest first, each with its RSSI history, and per band the channels in use. On a
     * terminal it redraws in place (ANSI: home, clear); otherwise each view is appended.
     */
    private int watch(WlanClient wlan, UUID iface, long count, Duration interval) throws InterruptedException {
        // Each scan's end: TRUE when it completed, else why it failed (a reason code's name, or a Throwable).
        BlockingQueue<Object> ended = new LinkedBlockingQueue<>();
        Map<MacAddress, ArrayDeque<Integer>> history = new HashMap<>();
        try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
            AcmEvent e = n.interfaceGuid().equals(iface) ? n.acmEvent().orElse(AcmEvent.UNKNOWN) : AcmEvent.UNKNOWN;
            if (e == AcmEvent.SCAN_COMPLETE) {
                ended.offer(Boolean.TRUE);
            } else if (e == AcmEvent.SCAN_FAIL) {
                ended.offer(WlanReasonCodes.name(n.reasonCode().orElse(0)));
            }
        })) {
            scan(wlan, iface, ended);
            for (long drawn = 0; count == 0 || drawn < count; ) {
                Object end = ended.poll(interval.toMillis(), TimeUnit.MILLISECONDS);
                if (end == null) {
                    scan(wlan, iface, ended); // none in a while: ask for one (its completion draws)
                    continue;
                }
                if (end != Boolean.TRUE) {
                    err.println("wlanapi4j: the scan failed: " + (end instanceof WlanException
                            ? advice((WlanException) end) : end));
                    return FAILED;
                }
                List<BssEntry> bss = new ArrayList<>(wlan.bssList(iface));
                bss.sort(Comparator.comparingInt(BssEntry::rssi).reversed());
                for (BssEntry b : bss) {
                    ArrayDeque<Integer> h = history.computeIfAbsent(b.bssid(), k -> new ArrayDeque<>());
                    if (h.size() == HISTORY) {
                        h.removeFirst();
                    }
                    h.addLast(b.rssi());
                }
                drawn++;
                out.print((terminal ? "\u001b[H\u001b[2J" : drawn > 1 ? System.lineSeparator() : "")
                        + view(bss, history, inUse(wlan, iface), drawn));
                out.flush();
            }
        }
        return OK;
    }

    /** Asks for a scan for watch; a scan refused at once ends the watch through {@code ended}, as a failed one does. */
    private static void scan(WlanClient wlan, UUID iface, BlockingQueue<Object> ended) {
        wlan.scan(iface).whenComplete((found, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof WlanException && !(cause instanceof WlanConnectionException)) {
                ended.offer(cause); // refused by the service (a failed scan is its scan_fail, already told)
            }
        });
    }

    /** One view: the BSS table with sparklines, then the channel picture. */
    static String view(List<BssEntry> bss, Map<MacAddress, ArrayDeque<Integer>> history,
            MacAddress connected, long scan) {
        StringBuilder b = new StringBuilder("wlanapi4j watch: scan ").append(scan).append(", ").append(bss.size())
                .append(" BSSs").append(System.lineSeparator());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BssEntry e : bss) {
            rows.add(row("inUse", e.bssid().equals(connected), "ssid", e.ssid().toString(), "bssid", e.bssid().toString(),
                    "rssiDbm", e.rssi(), "channel", e.channel(), "bandGhz", bandGhz(e.band()),
                    "history", sparkline(history.getOrDefault(e.bssid(), new ArrayDeque<>()))));
        }
        b.append(table(rows));
        b.append(System.lineSeparator()).append("channels (each # about 5 dB above -100 dBm)").append(System.lineSeparator());
        Map<String, TreeMap<Integer, List<BssEntry>>> bands = new TreeMap<>();
        for (BssEntry e : bss) {
            bands.computeIfAbsent(band(e.band()), k -> new TreeMap<>())
                    .computeIfAbsent(e.channel(), k -> new ArrayList<>()).add(e);
        }
        bands.forEach((band, channels) -> channels.forEach((channel, aps) -> {
            int strongest = aps.stream().mapToInt(BssEntry::rssi).max().orElse(-100);
            b.append(String.format(Locale.ROOT, "  %-8s %4d  %-14s %d AP%s, strongest %d dBm%n", band, channel,
                    "#".repeat(Math.max(1, Math.min(14, (strongest + 100) / 5))), aps.size(),
                    aps.size() == 1 ? "" : "s", strongest));
        }));
        return b.toString();
    }

    /** RSSI samples as a line of ASCII levels, -90 dBm and below the lowest, -30 and above the highest. */
    static String sparkline(Collection<Integer> rssi) {
        StringBuilder b = new StringBuilder();
        for (int r : rssi) {
            int level = (Math.max(-90, Math.min(-30, r)) + 90) * (LEVELS.length() - 1) / 60;
            b.append(LEVELS.charAt(level));
        }
        return b.toString();
    }

    /** {@code profile show|export|add|delete}: netsh's profile commands. */
    private int profile(Options o) {
        // The grammar (Commands) has let through only these four verbs, each with its operand and options.
        String verb = o.operand(0);
        String what = o.operand(1);
        return onClient(o, (wlan, iface) -> {
            UUID i = iface.get();
            switch (verb) {
                case "show":
                    return print(List.of(profileRow(wlan.profile(i, what), o.has("--key"))));
                case "delete":
                    wlan.deleteProfile(i, what);
                    return print(List.of(row("profile", what, "deleted", true)));
                case "add": {
                    String xml;
                    try {
                        xml = Files.readString(Path.of(what), StandardCharsets.UTF_8);
                    } catch (IOException | java.io.UncheckedIOException e) {
                        err.println("wlanapi4j: cannot read the profile file " + what + ": " + e.getMessage());
                        return FAILED;
                    }
                    wlan.setProfile(i, xml, false);
                    return print(List.of(row("file", what, "added", true)));
                }
                default: { // export
                    Path dir = Path.of(what == null ? "." : what);
                    List<Map<String, Object>> rows = new ArrayList<>();
                    Set<String> taken = new HashSet<>(); // names that map to one file get -2, -3, ...
                    for (String name : wlan.profiles(i)) {
                        // The key in the clear only when asked, as netsh's key=clear: else Windows' sealed form.
                        String xml = o.has("--key") ? wlan.profile(i, name).xml() : wlan.profileXml(i, name);
                        String base = fileName(name);
                        String unique = base;
                        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) { // one file per name, in any case
                            unique = base + "-" + n;
                        }
                        Path file = dir.resolve(unique + ".xml");
                        try {
                            Files.writeString(file, xml, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            err.println("wlanapi4j: cannot write " + file + ": " + e.getMessage());
                            return FAILED;
                        }
                        rows.add(row("profile", name, "file", file.toString()));
                    }
                    return print(rows);
                }
            }
        });
    }

    /** A profile name as a file name: characters Windows or POSIX refuse become '_', a device name gets a '_' first. */
    static String fileName(String profileName) {
        String safe = profileName.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1F]", "_");
        // Windows' device names are no files, whatever the extension: "CON.xml" is the console.
        boolean device = safe.matches("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");
        return device || safe.isBlank() || safe.equals(".") || safe.equals("..") ? "_" + safe : safe;
    }

    /** A stored profile as netsh's "show profile" tells it; the key only when asked for. */
    private static Map<String, Object> profileRow(StoredProfile p, boolean key) {
        List<String> ssids = new ArrayList<>();
        for (Ssid s : p.ssids()) {
            ssids.add(s.toString());
        }
        return row("profile", p.name(), "ssid", String.join(", ", ssids), "authentication", p.authentication(),
                "encryption", p.encryption(), "autoConnect", p.autoConnect(), "hidden", p.hidden(),
                "enterprise", p.enterprise(), "key", key ? p.key().orElse(p.keyProtected() ? "(protected)" : null)
                        : p.key().isPresent() || p.keyProtected() ? "(present: --key shows it)" : null);
    }

    /**
     * Prints notifications as they arrive, one per line (JSON Lines with --json), until --count
     * of them or --timeout (else until interrupted). On the simulator a connect to Home, a signal
     * change and a disconnect play out, so there is something to see.
     */
    private int events(Target t, String chosen, long count, Duration timeout) throws InterruptedException {
        CountDownLatch enough = new CountDownLatch(1);
        AtomicLong printed = new AtomicLong();
        try (WlanClient wlan = WlanClient.open(t.api)) {
            UUID only = chosen == null ? null : iface(wlan, chosen);
            if (only != null && wlan.interfaces().stream().noneMatch(i -> i.guid().equals(only))) {
                throw new NoInterface("no interface " + only + " here (see `interfaces`)"); // events would wait in vain
            }
            WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM,
                    WlanNotificationSource.MSM), n -> {
                        if ((only == null || only.equals(n.interfaceGuid())) && enough.getCount() > 0) {
                            Map<String, Object> r = select(eventRow(n));
                            out.println(json ? Json.object(r) : terse ? terseLine(r) : eventLine(r));
                            if (count > 0 && printed.incrementAndGet() >= count) {
                                enough.countDown();
                            }
                        }
                    });
            try (s) {
                if (t.simulated()) {
                    scene((WlanSimulator) t.api, wlan);
                }
                if (timeout == null) {
                    enough.await();
                } else {
                    enough.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            return OK;
        } catch (NoInterface e) {
            err.println("wlanapi4j: " + e.getMessage());
            return FAILED;
        } catch (WlanException e) {
            err.println("wlanapi4j: " + advice(e));
            return FAILED;
        }
    }

    /** The simulator's scene for `events`: connect to Home, the signal drops, disconnect. */
    private static void scene(WlanSimulator sim, WlanClient wlan) {
        wlan.connect(DEMO_INTERFACE, "Home").thenCompose(c -> {
            sim.signal(DEMO_INTERFACE, 54, -68);
            return wlan.disconnect(DEMO_INTERFACE);
        });
    }

    /** One notification's fields, named as in JSON: what it is, and the data it carries. */
    private static Map<String, Object> eventRow(WlanNotification n) {
        Optional<ConnectionNotification> c = n.connection();
        Optional<MsmNotification> m = n.msm();
        Integer reason = boxed(n.reasonCode());
        return row("source", n.source().name(), "event", n.acmEvent().map(Enum::name)
                .or(() -> n.msmEvent().map(Enum::name)).orElse("code " + n.code()), "interface", n.interfaceGuid().toString(),
                "ssid", c.map(x -> x.ssid().toString()).or(() -> m.map(x -> x.ssid().toString())).orElse(null),
                "profile", c.map(ConnectionNotification::profileName).or(() -> m.map(MsmNotification::profileName))
                        .orElse(null),
                "peer", m.map(x -> x.peer().toString()).orElse(null),
                "signalPercent", boxed(n.signalQuality()),
                "reason", reason == null ? null : WlanReasonCodes.name(reason));
    }

    /** A notification as one line: its event, then the fields it has. */
    private static String eventLine(Map<String, Object> r) {
        StringBuilder b = new StringBuilder();
        if (r.containsKey("source") || r.containsKey("event")) {
            b.append(r.getOrDefault("source", "")).append(' ').append(r.getOrDefault("event", ""));
        }
        for (Map.Entry<String, Object> e : r.entrySet()) {
            boolean success = e.getKey().equals("reason") && "SUCCESS".equals(e.getValue()); // said only when it is not
            if (e.getValue() != null && !success && !e.getKey().equals("source") && !e.getKey().equals("event")
                    && !e.getKey().equals("interface")) {
                b.append(b.length() == 0 ? "" : "  ").append(e.getKey()).append('=').append(printable(String.valueOf(e.getValue())));
            }
        }
        return b.toString();
    }

    private int usage(String problem) {
        return Commands.usage(err, problem, Commands.NAME).exit;
    }

    /**
     * The binding to use: the simulator (with its world) where asked, or for the demo off Windows;
     * else the system's {@code wlanapi.dll}, or null (said on stderr) where there is none.
     */
    private Target target(boolean fallBack) {
        if (simulated && worldFile != null) {
            List<String> lines;
            try {
                lines = World.read(worldFile);
            } catch (IOException e) {
                throw new IllegalArgumentException("--simulated=" + worldFile + ": cannot read it: " + e.getMessage(), e);
            }
            WlanSimulator sim = simulators.get();
            try {
                World.load(sim, lines, worldFile.toString());
                return new Target(sim, "the simulated world in " + worldFile, worldFile, lines, World.state(sim));
            } catch (RuntimeException e) {
                sim.close();
                throw e;
            }
        }
        if (simulated) {
            return new Target(world(simulators.get()), "the simulator (--simulated)");
        }
        if (!Platform.isWindows()) {
            String why = "There is no wlanapi.dll here: this is " + System.getProperty("os.name")
                    + ", and the Native Wifi API exists only on Windows.";
            if (fallBack) {
                out.println(why + " Using the simulator instead.");
                return new Target(world(simulators.get()), "the simulator");
            }
            err.println("wlanapi4j: " + why + " Add --simulated to run against the built-in simulator.");
            return null;
        }
        return new Target(system.get(), "wlanapi.dll");
    }

    /**
     * The built-in simulated world ({@link World}, world.txt): one interface, three networks (2.4,
     * 5 and 6 GHz), a stored profile, a Wi-Fi Direct peer.
     */
    static WlanSimulator world(WlanSimulator sim) {
        return World.load(sim, World.builtIn(), "the built-in world");
    }

    private final class Target implements AutoCloseable {
        final WlanApi api;
        final String label;
        /** The world file the simulator was loaded from, its lines and the world's state then; null for other targets. */
        private final Path file;
        private final List<String> lines;
        private final List<String> before;
        /** Whether writing the world back failed: the command then fails too, its effect lost. */
        boolean lost;

        Target(WlanApi api, String label) {
            this(api, label, null, null, null);
        }

        Target(WlanApi api, String label, Path file, List<String> lines, List<String> before) {
            this.api = api;
            this.label = label;
            this.file = file;
            this.lines = lines;
            this.before = before;
        }

        boolean simulated() {
            return api instanceof WlanSimulator;
        }

        /** Writes what the command left back to the world file, then ends the simulator. */
        @Override
        public void close() {
            if (api instanceof WlanSimulator) {
                try {
                    if (file != null) {
                        World.save((WlanSimulator) api, file, lines, before);
                    }
                } catch (IOException e) {
                    lost = true;
                    err.println("wlanapi4j: could not write the world back to " + file + ": " + e);
                } finally {
                    ((WlanSimulator) api).close();
                }
            }
        }
    }

    /** What a command does with its target; returns the exit code. */
    private interface Command {
        int run(Target target, String tag) throws InterruptedException;
    }

    /** Runs {@code command} on the system's wlanapi.dll or the simulator, reporting what goes wrong. */
    private int onTarget(boolean fallBack, Command command) {
        Target target;
        try {
            target = target(fallBack);
        } catch (WlanUnavailableException e) {
            fail("load wlanapi.dll", e);
            return UNAVAILABLE;
        }
        if (target == null) {
            return UNAVAILABLE;
        }
        int code;
        try (Target t = target) {
            code = command.run(t, t.simulated() ? "[simulated] " : "");
        } catch (WlanException e) {
            fail("unexpected failure", e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("wlanapi4j: interrupted");
            return FAILED;
        }
        return target.lost ? FAILED : code;
    }

    /** A command on an open client and its interface (--iface, or the first one, looked up when asked for). */
    private interface ClientCommand {
        int run(WlanClient wlan, Supplier<UUID> iface) throws InterruptedException;
    }

    /** Thrown by the interface lookup when there is none: the command fails, saying so. */
    private static final class NoInterface extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoInterface(String why) {
            super(why, null, false, false);
        }
    }

    private int onClient(Options o, ClientCommand command) {
        String chosen = o.iface();
        return onTarget(false, (t, tag) -> {
            try (WlanClient wlan = WlanClient.open(t.api)) {
                return command.run(wlan, () -> iface(wlan, chosen));
            } catch (NoInterface e) {
                err.println("wlanapi4j: " + e.getMessage());
                return FAILED;
            } catch (WlanException e) {
                err.println("wlanapi4j: " + advice(e));
                if (verbose) {
                    e.printStackTrace(err);
                }
                return FAILED;
            }
        });
    }

    /**
     * The interface --iface names: by GUID, by number (from 1, in the order `interfaces` lists
     * them) or by description (any case; it must name one); without --iface, the first.
     */
    private static UUID iface(WlanClient wlan, String chosen) {
        if (chosen != null && GUID.matcher(chosen).matches()) {
            return UUID.fromString(chosen);
        }
        List<WlanInterface> all = wlan.interfaces();
        if (all.isEmpty()) {
            throw new NoInterface("no wireless interface here");
        }
        if (chosen == null) {
            return all.get(0).guid();
        }
        if (chosen.matches("[0-9]+")) {
            String number = chosen.replaceFirst("^0+", ""); // "007" is 7; any length, no overflow
            if (number.length() > 9 || Integer.parseInt(number) > all.size()) {
                throw new NoInterface("no interface number " + number + ": there " + (all.size() == 1 ? "is 1" : "are "
                        + all.size()) + " (see `interfaces`)");
            }
            return all.get(Integer.parseInt(number) - 1).guid();
        }
        List<WlanInterface> named = new ArrayList<>();
        for (WlanInterface i : all) {
            if (i.description().equalsIgnoreCase(chosen)) {
                named.add(i);
            }
        }
        if (named.size() != 1) {
            throw new NoInterface(named.isEmpty() ? "no interface is described as \"" + chosen + "\" (see `interfaces`)"
                    : named.size() + " interfaces are described as \"" + chosen + "\": give its GUID or number");
        }
        return named.get(0).guid();
    }

    /**
     * What {@code netsh wlan show interfaces} shows, from the connection, the link's figures, the
     * radio and the adapter: each field there when Windows gives it (null in JSON, "-" in a table).
     */
    private static Map<String, Object> status(WlanClient wlan, UUID iface) {
        WlanInterface info = null;
        for (WlanInterface i : wlan.interfaces()) {
            if (i.guid().equals(iface)) {
                info = i;
            }
        }
        Optional<Connection> c = wlan.connection(iface);
        Optional<WlanAdapter> adapter = adapter(wlan, iface);
        return row("interface", iface.toString(),
                "description", info == null ? null : info.description(),
                "state", c.isPresent() ? "connected" : info == null ? null : state(info.state()),
                "mac", adapter.map(a -> a.macAddress().toString()).orElse(null),
                "ipv4", adapter.flatMap(WlanAdapter::ipv4Address)
                        .map(a -> a.getHostAddress()).orElse(null),
                "ssid", c.map(x -> x.ssid().toString()).orElse(null),
                "ssidHex", c.map(x -> x.ssid().hex()).orElse(null),
                "bssid", c.map(x -> x.bssid().toString()).orElse(null),
                "profile", c.map(Connection::profileName).orElse(null),
                "security", c.map(Main::security).orElse(null),
                "channel", c.isPresent() ? boxed(wlan.channel(iface)) : null,
                "rssiDbm", c.isPresent() ? boxed(wlan.rssi(iface)) : null,
                "signalPercent", c.map(Connection::signalQuality).orElse(null),
                "rxMbps", c.map(x -> x.rxRateKbps() / 1000).orElse(null),
                "txMbps", c.map(x -> x.txRateKbps() / 1000).orElse(null),
                "radio", wlan.radioState(iface).isOn() ? "on" : "off");
    }

    /** The adapter, where this system can tell it (not off Windows without a simulator's). */
    private static Optional<WlanAdapter> adapter(WlanClient wlan, UUID iface) {
        try {
            return wlan.adapter(iface);
        } catch (WlanUnavailableException e) {
            return Optional.empty();
        }
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private int scan(WlanClient wlan, UUID iface, Options o) throws InterruptedException {
        Duration timeout = o.timeout(Duration.ofSeconds(10));
        Ssid ssid = o.has("--ssid") ? Ssid.of(o.get("--ssid")) : null;
        return await(wlan.scan(iface, ssid, timeout.plusSeconds(1)), timeout, "the scan",
                found -> print(bssRows(found, inUse(wlan, iface))));
    }

    private int connect(WlanClient wlan, UUID iface, Options o) throws InterruptedException {
        Duration timeout = o.timeout(Duration.ofSeconds(60));
        CompletableFuture<Connection> connecting;
        if (o.has("--profile")) {
            connecting = wlan.connect(iface, o.get("--profile"), timeout.plusSeconds(1));
        } else {
            Ssid ssid = Ssid.of(o.get("--ssid"));
            String passphrase = o.get("--passphrase");
            connecting = wlan.connect(iface, passphrase == null ? WlanProfile.open(ssid)
                    : o.has("--wpa3") ? WlanProfile.wpa3Personal(ssid, passphrase) : WlanProfile.wpa2Personal(ssid, passphrase),
                    timeout.plusSeconds(1)); // the library's deadline after ours: ours is the one reported
        }
        return await(connecting, timeout, "the connection", c -> print(List.of(connectionRow(c))));
    }

    /** Waits for an operation and prints its outcome; a failure is told on stderr, exit 1. */
    private <T> int await(CompletableFuture<T> f, Duration timeout, String what, ToIntFunction<T> then)
            throws InterruptedException {
        try {
            return then.applyAsInt(f.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            err.println("wlanapi4j: " + what + " had no outcome within " + timeout.getSeconds() + " s");
            return FAILED;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            err.println("wlanapi4j: " + what + " failed: " + explain(cause));
            if (verbose) {
                cause.printStackTrace(err);
            }
            return FAILED;
        }
    }

    // ---- output: aligned tables, or JSON -----------------------------------------------------

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static List<Map<String, Object>> interfaceRows(List<WlanInterface> interfaces) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WlanInterface i : interfaces) {
            rows.add(row("index", rows.size() + 1, "guid", i.guid().toString(), "state", state(i.state()),
                    "description", i.description()));
        }
        return rows;
    }

    private static List<Map<String, Object>> networkRows(List<AvailableNetwork> networks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AvailableNetwork n : networks) {
            rows.add(row("inUse", n.connected(), "ssid", n.ssid().toString(), "ssidHex", n.ssid().hex(),
                    "signalPercent", n.signalQuality(), "bars", bars(n.signalQuality()), "security", auth(n.auth()),
                    "cipher", cipher(n.cipher()), "bssids", n.bssCount(), "profile", n.profileName()));
        }
        return rows;
    }

    /** The BSSID the interface is connected to, or null. */
    private static MacAddress inUse(WlanClient wlan, UUID iface) {
        try {
            return wlan.connection(iface).map(Connection::bssid).orElse(null);
        } catch (WlanException e) { // the list is what was asked for; the marker is a nicety
            return null;
        }
    }

    /**
     * One row per BSS: where it is, how strong, and what its information elements say it is (null
     * where they do not say); {@code inUse} marks the one the interface is connected to.
     */
    private static List<Map<String, Object>> bssRows(List<BssEntry> entries, MacAddress connected) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BssEntry b : entries) {
            InformationElements ies = b.elements();
            Optional<BssLoad> load = ies.bssLoad();
            rows.add(row("inUse", b.bssid().equals(connected), "ssid", b.ssid().toString(), "ssidHex", b.ssid().hex(),
                    "bssid", b.bssid().toString(), "rssiDbm", b.rssi(), "signalPercent", b.linkQuality(),
                    "bars", bars(b.linkQuality()), "channel", b.channel(), "bandGhz", bandGhz(b.band()),
                    "widthMhz", ies.channelWidthMhz(), "generation", words(ies.generation()),
                    "security", words(b.security().mode()), "phy", b.phyType().name(),
                    "stations", load.map(BssLoad::stationCount).orElse(null),
                    "utilizationPercent", load.map(BssLoad::channelUtilizationPercent).orElse(null)));
        }
        return rows;
    }

    /** Signal bars, 0 to 4, from a quality in percent (as nmcli draws them). */
    static int bars(int percent) {
        return percent >= 75 ? 4 : percent >= 50 ? 3 : percent >= 25 ? 2 : percent > 0 ? 1 : 0;
    }

    /** A band's frequency in GHz as a number (2.4, 5, 6, 60), or null when unknown. */
    private static Number bandGhz(WifiBand band) {
        switch (band) {
            case BAND_2_4_GHZ:
                return 2.4;
            case BAND_5_GHZ:
                return 5;
            case BAND_6_GHZ:
                return 6;
            case BAND_60_GHZ:
                return 60;
            default:
                return null;
        }
    }

    /** A band as people say it: "5 GHz". */
    static String band(WifiBand band) {
        Number ghz = bandGhz(band);
        return ghz == null ? "unknown band" : ghz + " GHz";
    }

    /** An authentication algorithm as netsh names it ("WPA2-Personal" for RSNA-PSK). */
    static String auth(AuthAlgorithm a) {
        switch (a) {
            case OPEN:
                return "Open";
            case SHARED_KEY:
                return "Shared";
            case WPA:
                return "WPA-Enterprise";
            case WPA_PSK:
                return "WPA-Personal";
            case RSNA:
                return "WPA2-Enterprise";
            case RSNA_PSK:
                return "WPA2-Personal";
            case WPA3_SAE:
                return "WPA3-Personal";
            case WPA3_ENTERPRISE:
                return "WPA3-Enterprise";
            case WPA3_ENTERPRISE_192:
                return "WPA3-Enterprise 192-bit";
            case OWE:
                return "OWE";
            default:
                return words(a);
        }
    }

    /** A cipher as netsh names it ("CCMP", "GCMP-256", "None"). */
    static String cipher(CipherAlgorithm c) {
        return c == CipherAlgorithm.NONE ? "None" : c.name().replace('_', '-');
    }

    /** An interface's state as netsh and nmcli write it: "connected", "disconnected", "associating". */
    private static String state(InterfaceState s) {
        return words(s).toLowerCase(Locale.ROOT);
    }

    /** An enum constant as people write it: WPA3_TRANSITION as "WPA3-Transition", WIFI_6E as "Wi-Fi 6E". */
    static String words(Enum<?> value) {
        if (value instanceof WifiGeneration) {
            return value == WifiGeneration.LEGACY ? "legacy" : "Wi-Fi " + value.name().substring("WIFI_".length());
        }
        StringBuilder b = new StringBuilder();
        for (String part : value.name().split("_")) {
            String word = part.matches("[A-Z]+") && part.length() > 3
                    ? part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT) : part;
            b.append(b.length() == 0 ? "" : "-").append(word);
        }
        return b.toString();
    }

    private static Map<String, Object> connectionRow(Connection c) {
        return row("ssid", c.ssid().toString(), "ssidHex", c.ssid().hex(), "bssid", c.bssid().toString(),
                "profile", c.profileName(), "state", words(c.state()), "signalPercent", c.signalQuality(),
                "security", security(c));
    }

    /** A connection's security as netsh writes it: "WPA2-Personal/CCMP". */
    private static String security(Connection c) {
        return auth(c.auth()) + "/" + cipher(c.cipher());
    }

    /** Prints rows as an aligned table (a header, then one line each) or as a JSON array. */
    private int print(List<Map<String, Object>> rows) {
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            chosen.add(select(r));
        }
        rows = chosen;
        if (terse) {
            for (Map<String, Object> r : rows) {
                out.println(terseLine(r));
            }
            return OK;
        }
        if (json) {
            out.println(Json.array(rows));
            return OK;
        }
        if (rows.isEmpty()) {
            out.println("(none)");
            return OK;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        if (fields == null) {
            columns.removeAll(JSON_ONLY); // a script's fields, shown in a table only when asked for
        }
        out.print(table(rows, columns));
        return OK;
    }

    /** Rows as an aligned table: a header, then one line each (every column). */
    private static String table(List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>(rows.isEmpty() ? List.of() : rows.get(0).keySet());
        columns.removeAll(JSON_ONLY);
        return table(rows, columns);
    }

    private static String table(List<Map<String, Object>> rows, List<String> columns) {
        // Every cell once, the header first: the widths and the lines come from the same text.
        String[][] cells = new String[rows.size() + 1][columns.size()];
        int[] width = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String key = columns.get(c);
            cells[0][c] = header(key);
            for (int r = 0; r < rows.size(); r++) {
                cells[r + 1][c] = cell(key, rows.get(r).get(key));
            }
            for (String[] line : cells) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String[] values : cells) {
            line.setLength(0);
            for (int c = 0; c < values.length; c++) {
                line.append(pad(values[c], width[c], c == values.length - 1));
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** The row with only the --fields, in their order (all of it without --fields). */
    private Map<String, Object> select(Map<String, Object> row) {
        if (fields == null) {
            return row;
        }
        Map<String, Object> chosen = new LinkedHashMap<>();
        for (String f : fields) {
            chosen.put(f, row.get(f));
        }
        return chosen;
    }

    /** nmcli's terse line: values only, ':'-separated, with ':' and '\' escaped and no control character raw. */
    private static String terseLine(Map<String, Object> row) {
        List<String> values = new ArrayList<>();
        row.forEach((k, v) -> values.add(v == null ? "" : printable(String.valueOf(v).replace("\\", "\\\\")
                .replace(":", "\\:"))));
        return String.join(":", values);
    }

    /**
     * The text with its control characters escaped ({@code \n}, {@code \r}, {@code \t},
     * {@code \xNN}): an SSID is any 32 bytes a beacon sends, and must neither drive the terminal
     * nor split a line.
     */
    static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F;
            if (control && b == null) {
                b = new StringBuilder(text.substring(0, i));
            }
            if (b != null) {
                if (!control) {
                    b.append(c);
                } else if (c == '\n') {
                    b.append("\\n");
                } else if (c == '\r') {
                    b.append("\\r");
                } else if (c == '\t') {
                    b.append("\\t");
                } else {
                    b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                }
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * JSON keys end in their unit ({@code rssiDbm}); a table's header drops it and its cells carry
     * it ("-48 dBm"): one place for both.
     */
    private static final Map<String, String> UNITS = Map.of("Dbm", " dBm", "Percent", "%", "Mbps", " Mbps",
            "Mhz", " MHz", "Ghz", " GHz");

    /** The unit suffix of a JSON key, or null. */
    private static String unitOf(String key) {
        for (String suffix : UNITS.keySet()) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                return suffix;
            }
        }
        return null;
    }

    /** A column's header: its key without the unit, in capitals, words split ("inUse": "IN-USE"). */
    private static String header(String key) {
        String unit = unitOf(key);
        String name = unit == null ? key : key.substring(0, key.length() - unit.length());
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toUpperCase(Locale.ROOT);
    }

    /** A table cell: "-" where there is no value (JSON says null), a value with its unit, "*" in use, bars drawn. */
    private static String cell(String key, Object value) {
        if (key.equals("inUse")) {
            return Boolean.TRUE.equals(value) ? "*" : "";
        }
        if (value == null) {
            return "-";
        }
        if (key.equals("bars")) {
            int n = (Integer) value;
            return "*".repeat(n) + "-".repeat(4 - n);
        }
        String unit = unitOf(key);
        return printable(unit == null ? String.valueOf(value) : value + UNITS.get(unit));
    }

    private static String pad(String s, int width, boolean last) {
        return last ? s : s + " ".repeat(width - s.length() + 2);
    }

    // ---- doctor --------------------------------------------------------------------------------

    private int doctor(Target t, String tag) {
        out.println(tag + "Checking " + t.label);
        boolean ok = true;
        try (WlanClient wlan = WlanClient.open(t.api)) {
            pass(tag + "WLAN client: opened, API version " + wlan.negotiatedVersion() + " negotiated");
            ok = readModel(wlan, tag);
        } catch (WlanException e) {
            fail(tag + "WLAN client", e);
            ok = false;
        }
        try (WfdClient wfd = WfdClient.open(t.api)) {
            pass(tag + "Wi-Fi Direct: available, API version " + wfd.negotiatedVersion());
        } catch (WlanException e) {
            fail(tag + "Wi-Fi Direct", e);
            ok = false;
        }
        out.println(ok ? tag + "All checks passed." : tag + "Some checks failed; see above.");
        return ok ? OK : FAILED;
    }

    /** Lists the interfaces, and on the first one checks location permission (Windows 11 24H2). */
    private boolean readModel(WlanClient wlan, String tag) {
        List<WlanInterface> interfaces;
        try {
            interfaces = wlan.interfaces();
        } catch (WlanException e) {
            fail(tag + "wireless interfaces", e);
            return false;
        }
        pass(tag + "wireless interfaces: " + interfaces.size() + " found");
        if (interfaces.isEmpty()) {
            out.println("  note  " + tag + "location permission: not checked (no wireless interface)");
            return true;
        }
        try {
            int networks = wlan.availableNetworks(interfaces.get(0).guid()).size();
            pass(tag + "location permission: networks can be listed (" + networks + " visible)");
            return true;
        } catch (WlanException e) {
            fail(tag + "location permission", e);
            return false;
        }
    }

    private void pass(String what) {
        out.println("  ok    " + what);
    }

    private void fail(String what, WlanException e) {
        out.println("  FAIL  " + what + ": " + advice(e));
        if (verbose) {
            e.printStackTrace(err);
        }
    }

    /** A failure as a user reads it: {@link #advice} for the library's, the text of others. */
    static String explain(Throwable t) {
        return t instanceof WlanException ? advice((WlanException) t) : String.valueOf(t);
    }

    /** What a user can do about a failure; the one place that explains them. */
    static String advice(WlanException e) {
        if (e instanceof WlanConnectionException) {
            WlanConnectionException c = (WlanConnectionException) e;
            return c.reasonText() + " (" + WlanReasonCodes.name(c.reasonCode()) + ", reason code 0x"
                    + Integer.toHexString(c.reasonCode()) + ")";
        }
        if (e instanceof WlanUnavailableException) {
            return e.function().startsWith("WFD")
                    ? "this Windows has no Wi-Fi Direct API (it needs Windows 8 or later)."
                    : "wlanapi.dll is missing. On Windows Server, install the Wireless LAN Service feature "
                            + "(PowerShell, as administrator: Install-WindowsFeature Wireless-Networking) and restart.";
        }
        if (e instanceof WlanServiceNotActiveException) {
            return "the WLAN AutoConfig service is not running. Start it (as administrator): net start WlanSvc, and "
                    + "set its startup type to Automatic.";
        }
        if (e instanceof WlanInvalidStateException) {
            return "Wi-Fi Direct is disabled by group policy; ask your administrator to allow it.";
        }
        if (e instanceof WlanLocationAccessDeniedException) {
            return "Windows denies listing networks without location permission (Windows 11 24H2 and later). Turn on "
                    + "Settings > Privacy & security > Location > \"Let desktop apps access your location\" "
                    + "(start ms-settings:privacy-location). A Windows service is denied without a prompt.";
        }
        if (e instanceof WlanAccessDeniedException) {
            return "access denied; run as a user allowed to manage wireless networks.";
        }
        if (e instanceof WlanHandleLimitException) {
            return "the service has no client handles left; close WLAN handles that are no longer needed.";
        }
        if (e instanceof WlanRpcException) {
            return "the WLAN service could not be reached (" + e.getMessage() + "); check that WlanSvc runs.";
        }
        return e.getMessage();
    }

    // ---- demo ----------------------------------------------------------------------------------

    private int demo(Target t, String tag, MacAddress peer) throws InterruptedException {
        boolean ok = true;
        out.println(tag + "1. WlanClient.open(): WlanOpenHandle, asking for version 2");
        try (WlanClient wlan = WlanClient.open(t.api)) {
            out.println(tag + "   open, version " + wlan.negotiatedVersion() + " negotiated: " + wlan);
            ok = readAndScan(wlan, tag);
            out.println(tag + "3. subscribe to ACM notifications: one WlanRegisterNotification for the client");
            CountDownLatch received = new CountDownLatch(1);
            try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM), n -> {
                out.println(tag + "   notification on a library thread: " + describe(n));
                received.countDown();
            })) {
                if (t.simulated()) {
                    ((WlanSimulator) t.api).notify(WlanNotificationSource.ACM, 10, DEMO_INTERFACE, new byte[] {1, 2});
                    if (!received.await(5, TimeUnit.SECONDS)) {
                        out.println(tag + "   (no notification arrived within 5 s)");
                        return FAILED;
                    }
                } else {
                    out.println(tag + "   subscribed; notifications arrive as the system sends them");
                }
                out.println(tag + "4. end the subscription: the registration is removed (source NONE)");
            } catch (WlanException e) {
                fail(tag + "notifications", e);
                ok = false;
            }
            out.println(tag + "5. WfdClient.open(): WFDOpenHandle, version 1");
            try (WfdClient wfd = WfdClient.open(t.api)) {
                out.println(tag + "   open, version " + wfd.negotiatedVersion() + ": " + wfd);
                if (peer == null) {
                    out.println(tag + "6. no --peer given: skipping the Wi-Fi Direct session");
                } else {
                    out.println(tag + "6. openSession(" + peer + ", 30 s): WFDStartOpenSession, then its callback");
                    try (WfdSession session = wfd.openSession(peer, Duration.ofSeconds(30))) {
                        out.println(tag + "   session open on interface " + session.interfaceGuid());
                        out.println(tag + "7. session.close(): WFDCloseSession");
                    }
                }
                out.println(tag + "8. wfd.close(): ends any sessions left, then WFDCloseHandle");
            } catch (WlanException e) {
                fail(tag + "Wi-Fi Direct", e);
                ok = false;
            }
            out.println(tag + "9. wlan.close(): WlanCloseHandle");
        }
        if (t.simulated()) {
            WlanSimulator sim = (WlanSimulator) t.api;
            sim.awaitIdle(Duration.ofSeconds(5));
            out.println(tag + "Done: " + sim.openHandles() + " handles and " + sim.openSessions()
                    + " sessions left open, " + sim.staleHandleCalls() + " calls with a stale handle.");
        } else {
            out.println("Done.");
        }
        return ok ? OK : FAILED;
    }

    /** Step 2: the read model and a scan, on the first interface. */
    private boolean readAndScan(WlanClient wlan, String tag) throws InterruptedException {
        try {
            List<WlanInterface> interfaces = wlan.interfaces();
            out.println(tag + "2. interfaces(): WlanEnumInterfaces, " + interfaces.size() + " found");
            if (interfaces.isEmpty()) {
                return true;
            }
            WlanInterface first = interfaces.get(0);
            out.println(tag + "   " + first.description() + " (" + words(first.state()) + "), sees "
                    + wlan.availableNetworks(first.guid()).size() + " networks");
            out.println(tag + "   scan(): WlanScan, completed on the interface's scan_complete");
            for (BssEntry b : wlan.scan(first.guid()).get(15, TimeUnit.SECONDS)) {
                out.println(tag + "   " + b.ssid() + " " + b.bssid() + " " + b.rssi() + " dBm, channel " + b.channel()
                        + " (" + band(b.band()) + ")");
            }
            return true;
        } catch (WlanException e) {
            fail(tag + "interfaces and scan", e);
            return false;
        } catch (ExecutionException | TimeoutException e) {
            out.println("  FAIL  " + tag + "scan: " + explain(e.getCause() == null ? e : e.getCause()));
            return false;
        }
    }

    private static String describe(WlanNotification n) {
        return n.acmEvent().map(e -> e + " (").orElse("") + n.source() + " code " + n.code()
                + (n.acmEvent().isPresent() ? ")" : "") + " on interface " + n.interfaceGuid() + ", " + n.data().length
                + " bytes of data";
    }

    /** The JSON the command line writes: arrays of flat objects of strings, numbers and booleans. */
    static final class Json {
        private Json() {}

        static String array(List<Map<String, Object>> rows) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < rows.size(); i++) {
                object(b.append(i == 0 ? "" : ",").append("\n  "), rows.get(i));
            }
            return b.append(rows.isEmpty() ? "]" : "\n]").toString();
        }

        /** One row as one line: a JSON Lines record. */
        static String object(Map<String, Object> row) {
            return object(new StringBuilder(), row).toString();
        }

        private static StringBuilder object(StringBuilder b, Map<String, Object> row) {
            b.append('{');
            int k = 0;
            for (Map.Entry<String, Object> e : row.entrySet()) {
                b.append(k++ == 0 ? "" : ", ");
                string(b, e.getKey());
                b.append(": ");
                Object v = e.getValue();
                if (v == null) {
                    b.append("null");
                } else if (v instanceof Number || v instanceof Boolean) {
                    b.append(v);
                } else {
                    string(b, String.valueOf(v));
                }
            }
            return b.append('}');
        }

        /**
         * A JSON string (RFC 8259): quotes, backslashes, control characters and everything beyond
         * ASCII escaped, so that JSON is UTF-8 whatever the platform's encoding ("Café" is
         * {@code "Caf\u00e9"}, never "Caf?").
         */
        static void string(StringBuilder b, String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7E) {
                    // ASCII only: the output is the same bytes in any console encoding, and UTF-8.
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            b.append('"');
        }
    }
}
