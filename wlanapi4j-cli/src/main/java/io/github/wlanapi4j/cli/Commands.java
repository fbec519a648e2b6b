package io.github.wlanapi4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line's grammar, parsed by picocli: each command, the options it takes, its
 * operands and its help. Picocli gives {@code --help} per command, {@code --version}, "did you
 * mean" suggestions and the shell completion script; {@link Main} runs what is parsed.
 *
 * <p>The grammar is built from tables rather than annotated classes: one description per option
 * (a command says where it means something else), so that every command's help reads alike.
 */
final class Commands {
    static final String NAME = "wlanapi4j";

    private Commands() {}

    /** What a command line asks for: a command to run, or an exit code (help was printed, or the line was wrong). */
    static final class Parsed {
        /** The command ({@code profile} with its verb as the first operand), or null where {@link #exit} says. */
        final String command;
        /** Each option given, by its long name: its value, or "" for a flag. */
        final Map<String, String> options;
        final List<String> operands;
        final int exit;

        private Parsed(String command, Map<String, String> options, List<String> operands, int exit) {
            this.command = command;
            this.options = options;
            this.operands = operands;
            this.exit = exit;
        }
    }

    // Options: the value's label (null: a flag) and what it does.
    private static final Map<String, String[]> OPTIONS = Map.ofEntries(
            Map.entry("--iface", new String[] {"IF", "the interface: its GUID, its number or its description, as "
                    + "`interfaces` lists them (default: the first)"}),
            Map.entry("--ssid", new String[] {"NAME", "only the BSSs of this network"}),
            Map.entry("--profile", new String[] {"NAME", "connect with this stored profile"}),
            Map.entry("--passphrase", new String[] {"TEXT", "the network's passphrase (WPA2-Personal; none: an open "
                    + "network)"}),
            Map.entry("--wpa3", new String[] {null, "WPA3-Personal (SAE) rather than WPA2"}),
            Map.entry("--timeout", new String[] {"S", "seconds to wait"}),
            Map.entry("--key", new String[] {null, "show the key in the clear (Windows shows it to an administrator only)"}),
            Map.entry("--count", new String[] {"N", "stop after N"}),
            Map.entry("--interval", new String[] {"S", "ask for a scan when none has completed for S seconds "
                    + "(default 10)"}),
            Map.entry("--peer", new String[] {"MAC", "the Wi-Fi Direct device to open a session with"}));

    /** Where an option means something particular to a command: "command option" to its description. */
    private static final Map<String, String> SAYS = Map.of(
            "scan --timeout", "seconds to wait for the scan (default 10)",
            "connect --ssid", "connect with a temporary profile for this network",
            "connect --timeout", "seconds to wait for the connection (default 60)",
            "disconnect --timeout", "seconds to wait for the disconnection (default 15)",
            "events --count", "stop after N events",
            "events --timeout", "stop after S seconds",
            "watch --count", "stop after N views",
            "export --key", "write the keys in the clear (default: sealed, as Windows stores them)");

    /**
     * Builds the grammar, writing help and errors to {@code out} and {@code err}.
     *
     * @return the command line, with the {@code profile} verbs as subcommands of {@code profile}
     */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandSpec root = CommandSpec.create().name(NAME).version(NAME + " " + version());
        root.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("print the version").build());
        help(root);
        root.usageMessage()
                .description("Wi-Fi at a terminal, through the Windows Native Wifi API (wlanapi.dll).")
                .footerHeading("%nExit codes:%n")
                .footer("  0  all went well", "  1  the operation or a check failed", "  2  the command line was wrong",
                        "  3  the Native Wifi API is not available here (add --simulated)");
        // Options of every command, given before or after it: "--json bss" and "bss --json".
        global(root, OptionSpec.builder("--json").description("machine-readable output: JSON, in UTF-8").arity("0"));
        global(root, OptionSpec.builder("--terse").arity("0")
                .description("values only, colon-separated, no header (as nmcli -t)"));
        global(root, OptionSpec.builder("--fields").paramLabel("A,B").type(String.class)
                .description("these columns only, in this order (the JSON field names)"));
        global(root, OptionSpec.builder("--simulated").paramLabel("FILE").arity("0..1").type(String.class)
                .fallbackValue("")
                .description("run against the built-in simulator, anywhere; with =FILE, against the world that "
                        + "file describes, kept there from one run to the next (a missing file is made from the "
                        + "built-in world)"));
        global(root, OptionSpec.builder("--verbose").arity("0").description("print the stack traces of failures"));

        command(root, "interfaces", "list the wireless interfaces");
        command(root, "networks", "list the networks an interface sees", "--iface");
        command(root, "bss", "list the BSSs (access points) an interface sees", "--iface", "--ssid");
        command(root, "scan", "scan, then list the BSSs found", "--iface", "--ssid", "--timeout");
        command(root, "connect", "connect with a stored profile (--profile), or a temporary one (--ssid)",
                "--iface", "--profile", "--ssid", "--passphrase", "--wpa3", "--timeout");
        command(root, "status", "the interface, its connection, signal and addresses (netsh wlan show interfaces)",
                "--iface");
        command(root, "disconnect", "disconnect the interface", "--iface", "--timeout");
        command(root, "radio", "switch the radio on or off (in software)", operand("on|off", "1", "on or off"),
                "--iface");
        command(root, "profiles", "list the stored profiles", "--iface");
        CommandSpec profile = command(root, "profile", "show, export, add or delete stored profiles");
        command(profile, "show", "a stored profile: its SSID, security and switches",
                operand("NAME", "1", "the profile's name"), "--iface", "--key");
        command(profile, "export", "write each stored profile to DIR/NAME.xml",
                operand("DIR", "0..1", "where to write (default: here)"), "--iface", "--key");
        command(profile, "add", "store the profile in FILE (an existing one of its name is not replaced)",
                operand("FILE", "1", "a profile's XML, as export writes it"), "--iface");
        command(profile, "delete", "delete a stored profile", operand("NAME", "1", "the profile's name"), "--iface");
        command(root, "events", "print notifications as they arrive (simulated: a connect's)", "--iface", "--count",
                "--timeout");
        command(root, "watch", "a live view, redrawn as scans complete: the BSSs with their signal history, and the "
                + "channels", "--iface", "--count", "--interval");
        command(root, "doctor", "check that the Native Wifi API works here, and say what to do where it does not");
        command(root, "demo", "walk the lifecycle: client, notifications, Wi-Fi Direct", "--peer");
        command(root, "completion", "print a bash or zsh completion script: source <(wlanapi4j completion)");
        command(root, "help", "the usage, or a command's", operand("COMMAND", "0..1", "the command"));

        CommandLine line = new CommandLine(root);
        // An option's value is a value even where it reads like an option: "--ssid -h" is the SSID "-h".
        line.setAllowOptionsAsOptionParameters(true);
        // Plain text: picocli would colour the help where it guesses a console that takes ANSI (on
        // Windows even when the output is piped, as under Wine), and every console shows plain text.
        line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line;
    }

    /**
     * The help option. Built here rather than with picocli's standard-options mixin, which reads
     * an annotated class by reflection for every command: about 100 ms at each start.
     */
    private static void help(CommandSpec command) {
        command.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
    }

    private static void global(CommandSpec root, OptionSpec.Builder option) {
        root.addOption(option.scopeType(ScopeType.INHERIT).build());
    }

    private static CommandSpec command(CommandSpec parent, String name, String summary, String... options) {
        return command(parent, name, summary, null, options);
    }

    private static CommandSpec command(CommandSpec parent, String name, String summary, PositionalParamSpec operand,
            String... options) {
        CommandSpec c = CommandSpec.create().name(name);
        help(c);
        if (operand != null) {
            c.addPositional(operand);
        }
        c.usageMessage().description(summary);
        for (String option : options) {
            String[] o = OPTIONS.get(option);
            OptionSpec.Builder b = OptionSpec.builder(option).description(SAYS.getOrDefault(name + " " + option, o[1]));
            c.addOption((o[0] == null ? b.arity("0") : b.paramLabel(o[0]).type(String.class)).build());
        }
        parent.addSubcommand(name, c);
        return c;
    }

    private static PositionalParamSpec operand(String label, String arity, String description) {
        return PositionalParamSpec.builder().index("0").paramLabel(label).arity(arity).required(!arity.startsWith("0"))
                .type(String.class).description(description).build();
    }

    /** The version the build wrote into version.properties (unknown where the resource was not filtered). */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Commands.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // unknown, below
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }

    /** A wrong command line: {@code problem} (null: said already), and the help to read; exit code 2. */
    static Parsed usage(PrintStream err, String problem, String command) {
        if (problem != null) {
            err.println(NAME + ": " + problem);
        }
        err.println("Try: " + command + " --help");
        return new Parsed(null, null, null, Main.USAGE);
    }

    /** What is wrong, as picocli says it; an option of other commands as one this command does not take. */
    private static String problem(ParameterException e) {
        if (e instanceof UnmatchedArgumentException) {
            List<String> unmatched = ((UnmatchedArgumentException) e).getUnmatched();
            CommandSpec command = e.getCommandLine().getCommandSpec();
            if (!unmatched.isEmpty() && OPTIONS.containsKey(unmatched.get(0)) && command.parent() != null) {
                return unmatched.get(0) + " is not an option of " + command.qualifiedName(" ").substring(NAME.length() + 1);
            }
        }
        return e.getMessage();
    }

    /**
     * The arguments with each {@code --simulated} that is not an option's value written as
     * {@code --simulated=}: a world's file is only ever attached ({@code --simulated=FILE}), so
     * that {@code --simulated bss} is the built-in world and the command bss, never a world named
     * bss (an option's value may read like an option: {@code --ssid -h} is the SSID "-h").
     */
    static String[] attachWorld(String[] args) {
        String[] out = args.clone();
        for (int i = 0; i < out.length && !out[i].equals("--"); i++) {
            String before = i == 0 ? "" : args[i - 1];
            boolean isValue = before.equals("--fields") || OPTIONS.containsKey(before) && OPTIONS.get(before)[0] != null;
            if (out[i].equals("--simulated") && !isValue) {
                out[i] = "--simulated=";
            }
        }
        return out;
    }

    /**
     * Parses {@code args}: help, the version and the completion script are printed here, and a
     * wrong line is said on {@code err} with what was probably meant.
     */
    static Parsed parse(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = commandLine(out, err);
        ParseResult result;
        try {
            result = line.parseArgs(attachWorld(args));
        } catch (ParameterException e) {
            err.println(NAME + ": " + problem(e));
            if (e instanceof UnmatchedArgumentException) {
                UnmatchedArgumentException.printSuggestions((UnmatchedArgumentException) e, err);
            }
            return usage(err, null, e.getCommandLine().getCommandSpec().qualifiedName());
        }
        if (CommandLine.printHelpIfRequested(result)) {
            return new Parsed(null, null, null, Main.OK);
        }
        if (!result.hasSubcommand()) {
            line.usage(err);
            return new Parsed(null, null, null, Main.USAGE);
        }
        Map<String, String> options = new HashMap<>();
        List<String> operands = new ArrayList<>();
        String command = null;
        for (ParseResult level = result; level != null; level = level.subcommand()) {
            for (OptionSpec o : level.matchedOptions()) {
                Object value = o.getValue();
                // An option of every command may come before and after it: once, all the same.
                if (options.put(o.longestName(), o.arity().max() == 0 || value == null ? "" : value.toString()) != null) {
                    return usage(err, o.longestName() + " is given twice", NAME);
                }
            }
            for (PositionalParamSpec p : level.matchedPositionals()) {
                operands.add(String.valueOf((Object) p.getValue()));
            }
            String name = level.commandSpec().name();
            if (level == result) {
                continue;
            }
            if (command == null) {
                command = name;
            } else {
                operands.add(0, name); // profile's verb
            }
        }
        if (command.equals("profile") && operands.isEmpty()) {
            return usage(err, "profile needs what to do: show, export, add or delete", NAME + " profile");
        }
        if (command.equals("help")) {
            CommandLine asked = operands.isEmpty() ? line : line.getSubcommands().get(operands.get(0));
            if (asked == null) {
                return usage(err, "no command \"" + operands.get(0) + "\"", NAME);
            }
            asked.usage(out);
            return new Parsed(null, null, null, Main.OK);
        }
        if (command.equals("completion")) {
            out.print(AutoComplete.bash(NAME, line));
            return new Parsed(null, null, null, Main.OK);
        }
        return new Parsed(command, options, operands, -1);
    }
}
