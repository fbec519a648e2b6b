package io.github.wlanapi4j.simulator;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.github.wlanapi4j.AuthAlgorithm;
import io.github.wlanapi4j.AvailableNetwork;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.BssType;
import io.github.wlanapi4j.CipherAlgorithm;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.ConnectionMode;
import io.github.wlanapi4j.InterfaceState;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.RadioState;
import io.github.wlanapi4j.Ssid;
import io.github.wlanapi4j.WlanInterface;
import io.github.wlanapi4j.WlanApi;
import io.github.wlanapi4j.WlanErrors;
import io.github.wlanapi4j.WlanNotificationSource;
import io.github.wlanapi4j.WlanReasonCodes;
import io.github.wlanapi4j.WlanUnavailableException;
import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated {@code wlanapi.dll} in pure Java, for testing code that uses wlanapi4j on any
 * operating system, without Windows or a C compiler.
 *
 * <pre>{@code
 * try (WlanSimulator wifi = new WlanSimulator()) {
 *     wifi.peer(MacAddress.parse("02:11:22:33:44:55"), Duration.ofMillis(20), iface);
 *     try (WfdClient wfd = WfdClient.open(wifi);
 *          WfdSession session = wfd.openSession(MacAddress.parse("02:11:22:33:44:55"), Duration.ofSeconds(5))) {
 *         assertEquals(iface, session.interfaceGuid());
 *     }
 *     assertEquals(0, wifi.openHandles());
 * }
 * }</pre>
 *
 * <p>It behaves as the Native Wifi service is documented to: client handles up to a limit (16,
 * then {@code ERROR_REMOTE_SESSION_LIMIT_EXCEEDED}), version negotiation (1 and 2; anything else
 * {@code ERROR_NOT_SUPPORTED}), {@code ERROR_INVALID_PARAMETER} and {@code ERROR_INVALID_HANDLE}
 * where documented, outputs untouched on failure. Wi-Fi Direct opens complete later on a
 * simulator thread, as the peers you define say; an open to a peer you did not define completes
 * with {@code ERROR_NOT_FOUND}, as one to an unpaired device fails on Windows (unless
 * {@link #anyPeer} makes the service lenient); a cancel makes the open complete with
 * {@code ERROR_CANCELLED}; legacy sessions open at once. Notifications you send are delivered on
 * a simulator thread to every handle registered for their source, and {@code WlanCloseHandle}
 * waits for a running notification callback of its handle, as Windows does (called from inside
 * that callback it would never return on Windows; here it throws {@link IllegalStateException}).
 *
 * <p>It also has wireless interfaces, each with the networks and BSSs it sees, a connection and
 * a radio, as a test defines them ({@link #addInterface}, {@link #addNetwork}, {@link #addBss},
 * {@link #connection}, {@link #radio}); the queries hand them out in freshly allocated native
 * memory laid out as Windows' structures, and {@code WlanFreeMemory} must free each buffer exactly
 * once ({@link #buffersOutstanding()}, {@link #invalidFrees()}).
 *
 * <pre>{@code
 * UUID iface = UUID.randomUUID();
 * wifi.addInterface(new WlanInterface(iface, "Simulated Wi-Fi", InterfaceState.DISCONNECTED))
 *     .addBss(iface, BssEntry.builder(Ssid.of("Home"), MacAddress.parse("02:00:00:00:00:01")).rssi(-48).build());
 * }</pre>
 *
 * <p>They are one world: a BSS's network is in the network list, a connect joins only a BSS in
 * range whose elements offer the profile's security (else {@code NETWORK_NOT_AVAILABLE}, as on
 * Windows), and the connection it makes is what every query and notification then reports.
 *
 * <p>Switches make the service misbehave: {@link #serviceRunning(boolean)} (1062),
 * {@link #wifiDirectDisabledByPolicy(boolean)} (5023), {@link #locationAccess(boolean)} (5, as
 * Windows 11 24H2 without location consent), {@link #wifiDirectAvailable(boolean)}
 * (the {@code WFD*} functions missing, as before Windows 8) and {@link #failNext(String, int)}
 * (any function by its exact name, any code: {@link WlanErrors} names them). Counters tell what
 * was left open or misused:
 * {@link #openHandles()}, {@link #openSessions()}, {@link #staleHandleCalls()},
 * {@link #calls(String)}. Thread-safe.
 */
public final class WlanSimulator implements WlanApi, AutoCloseable {
    // Its shape: this class is the service's functions and the controls a test uses; the world's
    // state is SimulatedInterface's, what the world derives (network list, joins, security) is
    // Networks', profiles are ProfileStore's and what their XML says ProfileXml's, injected
    // faults and call counts are Faults', and the native buffers it hands out are Buffers'.
    // The codes it answers with: the library's own WlanErrors, as its error table uses.
    private static final int SUCCESS = WlanErrors.ERROR_SUCCESS;
    private static final int INVALID_HANDLE = WlanErrors.ERROR_INVALID_HANDLE;
    private static final int NOT_SUPPORTED = WlanErrors.ERROR_NOT_SUPPORTED;
    private static final int INVALID_PARAMETER = WlanErrors.ERROR_INVALID_PARAMETER;
    private static final int SERVICE_NOT_ACTIVE = WlanErrors.ERROR_SERVICE_NOT_ACTIVE;
    private static final int SESSION_LIMIT = WlanErrors.ERROR_REMOTE_SESSION_LIMIT_EXCEEDED;
    private static final int CANCELLED = WlanErrors.ERROR_CANCELLED;
    private static final int INVALID_STATE = WlanErrors.ERROR_INVALID_STATE;

    private enum Kind { WLAN_CLIENT, WFD_CLIENT, WFD_SESSION }

    /** The file the native binding loads on Windows, as its missing-export message names it. */
    private static final String LIBRARY_FILE = "wlanapi.dll";

    // WLAN_NOTIFICATION_ACM codes the operations send.
    private static final int ACM_SCAN_COMPLETE = 7;
    private static final int ACM_SCAN_FAIL = 8;
    private static final int ACM_CONNECTION_START = 9;
    private static final int ACM_CONNECTION_COMPLETE = 10;
    private static final int ACM_CONNECTION_ATTEMPT_FAIL = 11;
    private static final int ACM_DISCONNECTING = 20;
    private static final int ACM_DISCONNECTED = 21;
    // WLAN_NOTIFICATION_MSM codes the link sends (the Windows SDK's values).
    private static final int MSM_ASSOCIATING = 1;
    private static final int MSM_ASSOCIATED = 2;
    private static final int MSM_AUTHENTICATING = 3;
    private static final int MSM_CONNECTED = 4;
    private static final int MSM_ROAMING_START = 5;
    private static final int MSM_ROAMING_END = 6;
    private static final int MSM_SIGNAL_QUALITY_CHANGE = 8;
    private static final int MSM_DISASSOCIATING = 9;
    private static final int MSM_DISCONNECTED = 10;
    private static final MacAddress NO_PEER = MacAddress.of(new byte[6]);
    /** The reason a profile without a name is rejected with (the C stand-in's). */
    private static final int PROFILE_MISSING_NAME = WlanReasonCodes.PROFILE_MISSING;
    /** Why a connect fails where the world decides it: no desired BSS in range, no 802.1X credentials. */
    private static final int NETWORK_NOT_AVAILABLE = WlanReasonCodes.NETWORK_NOT_AVAILABLE;
    private static final int USER_NOT_RESPOND = WlanReasonCodes.USER_NOT_RESPOND;
    /** GetAdaptersAddresses' answers: too small a buffer, no adapter. */
    private static final int ERROR_BUFFER_OVERFLOW = 111;
    private static final int ERROR_NO_DATA = 232;

    /** One open handle. */
    private static final class Handle {
        final Kind kind;
        final long value;
        // WLAN clients
        int sources;
        WLAN_NOTIFICATION_CALLBACK notify;
        Pointer notifyContext;
        int callbacksRunning;
        Thread callbackThread;
        // WFD clients and sessions
        long owner;
        boolean pending;
        boolean cancelled;
        ScheduledFuture<?> completion;
        Runnable completeNow;

        Handle(Kind kind, long value) {
            this.kind = kind;
            this.value = value;
        }
    }

    /** How an open to a peer completes. */
    private static final class Peer {
        final Duration delay;
        final int error;
        final int reason;
        final UUID iface;

        Peer(Duration delay, int error, int reason, UUID iface) {
            this.delay = delay;
            this.error = error;
            this.reason = reason;
            this.iface = iface;
        }
    }

    private final Map<Long, Handle> handles = new HashMap<>();
    private final Map<UUID, SimulatedInterface> interfaces = new LinkedHashMap<>();
    private final Buffers buffers = new Buffers();
    private boolean locationGranted = true;
    private boolean elevated;
    private final Map<MacAddress, Peer> peers = new HashMap<>();
    /** How opens to a peer no test defined complete: by default they fail, as to an unpaired device. */
    private Peer undefinedPeer = new Peer(Duration.ZERO, WlanErrors.ERROR_NOT_FOUND, 0, new UUID(0, 0));
    /** The next errors a test asked for, and the calls counted (enter()). */
    private final Faults faults = new Faults();
    /** Completes Wi-Fi Direct opens. */
    private final ScheduledExecutorService service;
    /** Delivers notifications, one at a time, in the order sent. */
    private final java.util.concurrent.ExecutorService notifier;
    private long nextHandle = 0x5100;
    private boolean running = true;
    private boolean wfdAvailable = true;
    private boolean wfdDisabled;
    private int handleLimit = 16;
    private int serverVersion = 2;
    private int staleCalls;
    private int pendingWork;
    private int completionsDelivered;
    private int sessionsClosed;
    // How operations report (see scanOutcome, connectOutcome, operationsReport, ...).
    private Duration scanDelay = Duration.ofMillis(10);
    private int scanReason;
    private Duration connectDelay = Duration.ofMillis(10);
    private int connectReason;
    /** Outcomes of connects to one SSID, over the default one. */
    private final Map<Ssid, Outcome> connectOutcomes = new HashMap<>();
    private boolean operationsReport = true;
    private boolean duplicateNotifications;
    private int profileRejectReason;
    private int operationsPending;

    /** A running simulated service with no peers, accepting up to 16 handles of each kind. */
    public WlanSimulator() {
        AtomicInteger threads = new AtomicInteger();
        java.util.concurrent.ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "wlan-simulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        service = Executors.newScheduledThreadPool(2, daemons);
        notifier = Executors.newSingleThreadExecutor(daemons);
    }

    // ---- Switches ------------------------------------------------------------------------------

    /**
     * Starts or stops the simulated WLAN AutoConfig service; while stopped, opens, registrations
     * and every call on a handle opened before fail with {@code ERROR_SERVICE_NOT_ACTIVE} (1062)
     * (a close still closes).
     *
     * @param running whether the service runs
     * @return this simulator
     */
    public synchronized WlanSimulator serviceRunning(boolean running) {
        this.running = running;
        return this;
    }

    /**
     * Disables Wi-Fi Direct by group policy: opens of sessions fail with
     * {@code ERROR_INVALID_STATE} (5023).
     *
     * @param disabled whether policy disables it
     * @return this simulator
     */
    public synchronized WlanSimulator wifiDirectDisabledByPolicy(boolean disabled) {
        this.wfdDisabled = disabled;
        return this;
    }

    /**
     * Makes the {@code WFD*} functions exist or not, as on Windows 8 and later or before: when
     * absent they throw the {@link WlanUnavailableException} the native binding throws for a
     * missing export ({@link WlanUnavailableException#missingExport}), message for message:
     * "wlanapi.dll does not export WFDOpenHandle: Wi-Fi Direct needs Windows 8 or later.".
     *
     * @param available whether Wi-Fi Direct exists
     * @return this simulator
     */
    public synchronized WlanSimulator wifiDirectAvailable(boolean available) {
        this.wfdAvailable = available;
        return this;
    }

    /**
     * Sets how many client handles of each kind may be open at once (16 by default).
     *
     * @param limit the limit
     * @return this simulator
     */
    public synchronized WlanSimulator handleLimit(int limit) {
        this.handleLimit = limit;
        return this;
    }

    /**
     * Sets the highest WLAN API version the service offers (2 by default; 1 is Windows XP).
     *
     * @param version 1 or 2
     * @return this simulator
     */
    public synchronized WlanSimulator serverVersion(int version) {
        this.serverVersion = version;
        return this;
    }

    /**
     * Makes the next call of {@code function} (e.g. {@code "WlanOpenHandle"}) return
     * {@code errorCode} (e.g. {@link WlanErrors#ERROR_SERVICE_NOT_ACTIVE}), with no other effect.
     *
     * @param function the name of a {@link WlanApi} function, spelled exactly
     * @param errorCode the {@code DWORD} to return
     * @throws IllegalArgumentException if {@code function} is not the name of a {@link WlanApi}
     *     function (a misspelled name would otherwise never fire)
     */
    public synchronized void failNext(String function, int errorCode) {
        faults.failNext(function, errorCode);
    }

    /**
     * Defines a Wi-Fi Direct peer whose opens succeed after {@code delay} with {@code iface}.
     * Only defined peers open: an open to any other completes with {@code ERROR_NOT_FOUND}
     * (1168), as an open to a device that is not paired fails on Windows, unless
     * {@link #anyPeer} says otherwise.
     *
     * @param peer the peer's address
     * @param delay how long an open takes; not negative
     * @param iface the interface GUID the open reports
     * @return this simulator
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public synchronized WlanSimulator peer(MacAddress peer, Duration delay, UUID iface) {
        peers.put(Objects.requireNonNull(peer, "peer"),
                new Peer(nonNegative(delay), SUCCESS, 0, Objects.requireNonNull(iface, "iface")));
        return this;
    }

    /**
     * Makes opens to every peer that is not defined ({@link #peer}, {@link #failingPeer}) succeed
     * after {@code delay} with {@code iface}: a lenient service, for tests that open to many
     * addresses and do not care which. By default such opens complete with
     * {@code ERROR_NOT_FOUND} (1168), and legacy opens return it at once.
     *
     * @param delay how long an open takes; not negative
     * @param iface the interface GUID the opens report
     * @return this simulator
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public synchronized WlanSimulator anyPeer(Duration delay, UUID iface) {
        undefinedPeer = new Peer(nonNegative(delay), SUCCESS, 0, Objects.requireNonNull(iface, "iface"));
        return this;
    }

    /**
     * Defines a Wi-Fi Direct peer whose opens fail after {@code delay} with {@code errorCode} and
     * {@code reasonCode}. Legacy opens of it fail at once with {@code errorCode}.
     *
     * @param peer the peer's address
     * @param delay how long an open takes; not negative
     * @param errorCode the {@code dwError} the completion reports
     * @param reasonCode the {@code dwReasonCode} it reports
     * @return this simulator
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public synchronized WlanSimulator failingPeer(MacAddress peer, Duration delay, int errorCode, int reasonCode) {
        peers.put(Objects.requireNonNull(peer, "peer"), new Peer(nonNegative(delay), errorCode, reasonCode,
                new UUID(0, 0)));
        return this;
    }

    /**
     * Sends a notification, on a simulator thread, to every client handle registered for its
     * source; its data is valid during each callback only, as on Windows. {@link #awaitIdle}
     * covers it until the callbacks have returned; the library then delivers it to listeners on
     * its own threads ({@code WlanClient.awaitDelivered} waits for that).
     *
     * @param source where it comes from
     * @param code the notification code
     * @param iface the interface it concerns
     * @param data its data (copied), or {@code null} for none: {@code dwDataSize} 0 and
     *     {@code pData} {@code NULL}, as many notifications come (an empty array means the same)
     * @throws NullPointerException if {@code source} or {@code iface} is null
     */
    public void notify(WlanNotificationSource source, int code, UUID iface, byte[] data) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(iface, "iface");
        byte[] copy = data == null ? new byte[0] : data.clone();
        schedule(() -> deliver(source.bits(), code, iface, copy));
    }

    /** Runs {@code events} on the notifier thread, counted in {@link #awaitIdle} until it has run. */
    private void schedule(Runnable events) {
        synchronized (this) {
            pendingWork++;
        }
        notifier.execute(() -> {
            try {
                events.run();
            } finally {
                synchronized (this) {
                    pendingWork--;
                    notifyAll();
                }
            }
        });
    }

    // ---- How operations end --------------------------------------------------------------------

    /**
     * Sets how scans end: after {@code delay}, the interface reports {@code scan_complete} if
     * {@code reasonCode} is 0, else {@code scan_fail} with it. The default: complete after 10 ms.
     *
     * @param delay how long a scan takes
     * @param reasonCode 0, or the {@code WLAN_REASON_CODE} scans fail with
     * @return this simulator
     */
    public synchronized WlanSimulator scanOutcome(Duration delay, int reasonCode) {
        this.scanDelay = nonNegative(delay);
        this.scanReason = reasonCode;
        return this;
    }

    /**
     * Sets how connects end: after {@code delay}, {@code connection_start}, then
     * {@code connection_complete} (the interface is then connected) if {@code reasonCode} is 0,
     * else {@code connection_attempt_fail} and {@code connection_complete} with it. Disconnects
     * take the same delay. The default: success after 10 ms.
     *
     * @param delay how long a connect takes
     * @param reasonCode 0, or the {@code WLAN_REASON_CODE} connects fail with
     * @return this simulator
     */
    public synchronized WlanSimulator connectOutcome(Duration delay, int reasonCode) {
        this.connectDelay = nonNegative(delay);
        this.connectReason = reasonCode;
        return this;
    }

    /**
     * Sets how connects to one network end, as {@link #connectOutcome(Duration, int)} does for
     * every other: "joining the device fails, rejoining home works" is two lines.
     *
     * <pre>{@code
     * wifi.connectOutcome(Ssid.of("Device-AP"), Duration.ofMillis(50), WlanReasonCodes.NETWORK_NOT_AVAILABLE);
     * }</pre>
     *
     * @param ssid the network's SSID, as the profile names it
     * @param delay how long a connect to it takes
     * @param reasonCode 0, or the {@code WLAN_REASON_CODE} connects to it fail with
     * @return this simulator
     */
    public synchronized WlanSimulator connectOutcome(Ssid ssid, Duration delay, int reasonCode) {
        connectOutcomes.put(Objects.requireNonNull(ssid, "ssid"), new Outcome(nonNegative(delay), reasonCode));
        return this;
    }

    /** How a connect ends: after its delay, with success (0) or a reason code. */
    private static final class Outcome {
        final Duration delay;
        final int reason;

        Outcome(Duration delay, int reason) {
            this.delay = delay;
            this.reason = reason;
        }
    }

    /**
     * With {@code false}, scans, connects and disconnects start but never report, as when the
     * service's notification is lost: what a caller's timeout is for.
     *
     * @param report whether operations report their outcome (the default)
     * @return this simulator
     */
    public synchronized WlanSimulator operationsReport(boolean report) {
        this.operationsReport = report;
        return this;
    }

    /**
     * With {@code true}, every notification an operation sends is sent twice in a row.
     *
     * @param duplicate whether to duplicate them
     * @return this simulator
     */
    public synchronized WlanSimulator duplicateNotifications(boolean duplicate) {
        this.duplicateNotifications = duplicate;
        return this;
    }

    /**
     * Makes {@code WlanSetProfile} reject every profile with {@code ERROR_BAD_PROFILE} (1206) and
     * this reason code; 0 accepts them again.
     *
     * @param reasonCode the {@code WLAN_REASON_CODE}, or 0
     * @return this simulator
     */
    public synchronized WlanSimulator rejectProfiles(int reasonCode) {
        this.profileRejectReason = reasonCode;
        return this;
    }

    /**
     * Stores a profile on an interface, as {@code WlanSetProfile} would.
     *
     * @param iface an interface added with {@link #addInterface}
     * @param xml the profile's XML; its first {@code <name>} is the profile's name
     * @return this simulator
     * @throws IllegalArgumentException if the interface was not added or the XML has no name
     */
    public synchronized WlanSimulator addProfile(UUID iface, String xml) {
        String name = element(Objects.requireNonNull(xml, "xml"), "name");
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("the profile XML has no <name>: " + xml);
        }
        simulated(iface).profiles.set(name, xml, 0, true);
        return this;
    }

    /**
     * Returns how many scans, connects and disconnects have started and not yet sent their last
     * notification.
     *
     * @return the number of operations in progress
     */
    public synchronized int operationsPending() {
        return operationsPending;
    }

    private static Duration nonNegative(Duration d) {
        if (Objects.requireNonNull(d, "delay").isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, not " + d);
        }
        return d;
    }

    // ---- Interfaces and what they see ----------------------------------------------------------

    /**
     * Adds a wireless interface, or replaces the description and state of the one with its GUID
     * (keeping what it sees). It starts with no networks, no BSSs, no connection and its radio on.
     *
     * @param iface the interface
     * @return this simulator
     */
    public synchronized WlanSimulator addInterface(WlanInterface iface) {
        Objects.requireNonNull(iface, "iface");
        SimulatedInterface known = interfaces.get(iface.guid());
        if (known == null) {
            interfaces.put(iface.guid(), new SimulatedInterface(iface));
        } else {
            known.info = iface;
        }
        return this;
    }

    /**
     * Adds a network the interface sees ({@code WlanGetAvailableNetworkList}), in place of the one
     * its BSSs would make. It is flagged connected while the interface is connected to it (its
     * SSID, BSS type, and profile where it names one), and only then.
     *
     * @param iface an interface added with {@link #addInterface}
     * @param network the network, made with {@link AvailableNetwork#builder}
     * @return this simulator
     * @throws IllegalArgumentException if the interface was not added
     */
    public synchronized WlanSimulator addNetwork(UUID iface, AvailableNetwork network) {
        simulated(iface).networks.add(Objects.requireNonNull(network, "network"));
        return this;
    }

    /**
     * Adds a BSS the interface sees ({@code WlanGetNetworkBssList}). Its network is in the network
     * list too (with its SSID, BSS type and the security its elements advertise, once for each
     * stored profile of its SSID and security, as Windows lists it) unless a network of that SSID
     * was added; a connect to its SSID joins the strongest such BSS that offers the
     * profile's security as its elements advertise (no RSN or WPA element: open, or WEP with the
     * capability's privacy bit). A connect to an SSID with no such BSS and no added network of it
     * with that security fails with {@code WLAN_REASON_CODE_NETWORK_NOT_AVAILABLE}, as on Windows:
     * a WPA2-Personal profile joins neither an open nor a WPA3-only network.
     *
     * @param iface an interface added with {@link #addInterface}
     * @param entry the BSS, made with {@link BssEntry#builder}
     * @return this simulator
     * @throws IllegalArgumentException if the interface was not added
     */
    public synchronized WlanSimulator addBss(UUID iface, BssEntry entry) {
        simulated(iface).bss.add(Objects.requireNonNull(entry, "entry"));
        return this;
    }

    /**
     * Sets the interface's current connection, or with {@code null} disconnects it (the query then
     * fails with {@code ERROR_INVALID_STATE}, as Windows' does, and the library returns empty).
     *
     * @param iface an interface added with {@link #addInterface}
     * @param connection the connection, made with {@link Connection#builder}, or {@code null}
     * @return this simulator
     * @throws IllegalArgumentException if the interface was not added
     */
    public synchronized WlanSimulator connection(UUID iface, Connection connection) {
        simulated(iface).connection = connection;
        return this;
    }

    /**
     * Sets the interface's radio switches.
     *
     * @param iface an interface added with {@link #addInterface}
     * @param radio the switches, such as {@code RadioState.of(false, true)} for "switched off in software"
     * @return this simulator
     * @throws IllegalArgumentException if the interface was not added
     */
    public synchronized WlanSimulator radio(UUID iface, RadioState radio) {
        simulated(iface).radio = Objects.requireNonNull(radio, "radio");
        return this;
    }

    /**
     * Grants or withdraws location permission: without it, as on Windows 11 24H2, the
     * network list, the BSS list and the current-connection query fail with
     * {@code ERROR_ACCESS_DENIED} (5).
     *
     * @param granted whether the app may access location
     * @return this simulator
     */
    public synchronized WlanSimulator locationAccess(boolean granted) {
        this.locationGranted = granted;
        return this;
    }

    /**
     * Gives an interface its network adapter, as iphlpapi's {@code GetAdaptersAddresses} lists it
     * ({@link io.github.wlanapi4j.WlanClient#adapter}): MAC address, interface index, and the IPv4
     * address it has while connected, as DHCP would give it (null: none, as when DHCP does not
     * answer). Its description is the interface's.
     *
     * @param iface an interface added with {@link #addInterface}
     * @param mac the adapter's MAC address
     * @param index its interface index ({@code IfIndex})
     * @param addressWhenConnected its address while connected, or null
     * @return this simulator
     * @throws IllegalArgumentException if the interface was not added
     */
    public synchronized WlanSimulator adapter(UUID iface, MacAddress mac, int index, Inet4Address addressWhenConnected) {
        SimulatedInterface i = simulated(iface);
        i.adapterMac = Objects.requireNonNull(mac, "mac");
        i.adapterIndex = index;
        i.addressWhenConnected = addressWhenConnected;
        return this;
    }

    /**
     * Changes the signal of an interface's connection, as the radio would: its quality (what
     * {@code connection()} reports) and RSSI (what {@code rssi()} reports), and sends MSM
     * {@code signal_quality_change} with the new quality.
     *
     * @param iface a connected interface
     * @param quality the signal quality, 0 to 100
     * @param rssiDbm the RSSI in dBm
     * @return this simulator
     * @throws IllegalArgumentException if the interface was not added, or quality is out of range
     * @throws IllegalStateException if the interface is not connected, or the simulator closed
     */
    public WlanSimulator signal(UUID iface, int quality, int rssiDbm) {
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0 to 100, not " + quality);
        }
        synchronized (this) {
            SimulatedInterface i = connected(iface);
            i.connection = i.connection.toBuilder().signalQuality(quality).build();
            i.rssi = rssiDbm;
        }
        schedule(() -> sendMsm(MSM_SIGNAL_QUALITY_CHANGE, iface, ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN).putInt(0, quality).array()));
        return this;
    }

    /**
     * Makes an interface's connection roam to another access point of its network, as the driver
     * would: MSM {@code roaming_start}, then {@code roaming_end} naming the new one, whose BSSID
     * the connection then reports.
     *
     * @param iface a connected interface
     * @param to the new access point's BSSID: another BSS of the network the interface sees
     * @return this simulator
     * @throws IllegalArgumentException if the interface was not added, or sees no other BSS
     *     {@code to} of its network
     * @throws IllegalStateException if the interface is not connected, or the simulator closed
     */
    public WlanSimulator roam(UUID iface, MacAddress to) {
        Objects.requireNonNull(to, "to");
        byte[] start;
        byte[] end;
        synchronized (this) {
            SimulatedInterface i = connected(iface);
            Connection c = i.connection;
            boolean inRange = false;
            for (BssEntry b : i.bss) {
                inRange |= b.bssid().equals(to) && b.ssid().equals(c.ssid());
            }
            if (!inRange || to.equals(c.bssid())) {
                throw new IllegalArgumentException("interface " + iface + " can roam only to another BSS of "
                        + c.ssid() + " it sees (addBss), not to " + to);
            }
            start = Buffers.msmNotification(c.modeCode(), c.profileName(), c.ssid(), c.bssTypeCode(), c.bssid(),
                    c.securityEnabled(), 0);
            end = Buffers.msmNotification(c.modeCode(), c.profileName(), c.ssid(), c.bssTypeCode(), to,
                    c.securityEnabled(), 0);
            i.connection = c.toBuilder().bssid(to).build();
            i.rssi = null;
        }
        schedule(() -> {
            sendMsm(MSM_ROAMING_START, iface, start);
            sendMsm(MSM_ROAMING_END, iface, end);
        });
        return this;
    }

    private SimulatedInterface connected(UUID iface) {
        if (notifier.isShutdown()) {
            throw new IllegalStateException("the simulator is closed");
        }
        SimulatedInterface i = simulated(iface);
        if (i.connection == null) {
            throw new IllegalStateException("interface " + iface + " is not connected");
        }
        return i;
    }

    /** The BSS of the interface its connection is to, or null. */
    private static BssEntry joinedBss(SimulatedInterface i) {
        for (BssEntry b : i.bss) {
            if (b.bssid().equals(i.connection.bssid())) {
                return b;
            }
        }
        return null;
    }

    /**
     * Makes the caller an administrator (or LocalSystem), or not (the default): only then does
     * {@code WlanGetProfile} with {@code WLAN_PROFILE_GET_PLAINTEXT_KEY} return keys in the clear;
     * otherwise they come back protected, as Windows encrypts them.
     *
     * @param elevated whether the caller is elevated
     * @return this simulator
     */
    public synchronized WlanSimulator elevated(boolean elevated) {
        this.elevated = elevated;
        return this;
    }

    private SimulatedInterface simulated(UUID iface) {
        Objects.requireNonNull(iface, "iface");
        SimulatedInterface i = interfaces.get(iface);
        if (i == null) {
            throw new IllegalArgumentException("no simulated interface " + iface + " (add it with addInterface first)");
        }
        return i;
    }

    /**
     * Returns how many buffers the simulated service handed out that were not freed yet with
     * {@code WlanFreeMemory}: 0 once every query's result has been freed.
     *
     * @return the number of buffers outstanding
     */
    public synchronized int buffersOutstanding() {
        return buffers.outstanding();
    }

    /**
     * Returns how many buffers the simulated service has handed out.
     *
     * @return the number of buffers handed out since the simulator was made
     */
    public synchronized int buffersHandedOut() {
        return buffers.handedOut();
    }

    /**
     * Returns how many times {@code WlanFreeMemory} was called with an address the service did
     * not hand out, or had freed already.
     *
     * @return unknown and double frees together (0 for correct code)
     */
    public synchronized int invalidFrees() {
        return buffers.unknownFrees() + buffers.doubleFrees();
    }

    /**
     * Returns how many times {@code WlanFreeMemory} was called a second time for one buffer.
     *
     * @return the double frees (0 for correct code)
     */
    public synchronized int doubleFrees() {
        return buffers.doubleFrees();
    }

    // ---- Inspection ----------------------------------------------------------------------------

    /**
     * Returns how many client handles (WLAN and Wi-Fi Direct) are open.
     *
     * @return the number of open client handles
     */
    public synchronized int openHandles() {
        return (int) (count(Kind.WLAN_CLIENT) + count(Kind.WFD_CLIENT));
    }

    /**
     * Returns how many WLAN client handles ({@code WlanOpenHandle}) are open.
     *
     * @return the number of open WLAN client handles
     */
    public synchronized int openWlanHandles() {
        return (int) count(Kind.WLAN_CLIENT);
    }

    /**
     * Returns how many Wi-Fi Direct client handles ({@code WFDOpenHandle}) are open.
     *
     * @return the number of open Wi-Fi Direct client handles
     */
    public synchronized int openWfdHandles() {
        return (int) count(Kind.WFD_CLIENT);
    }

    /**
     * Returns how many Wi-Fi Direct sessions are open or opening.
     *
     * @return the number of sessions
     */
    public synchronized int openSessions() {
        return (int) handles.values().stream().filter(h -> h.kind == Kind.WFD_SESSION).count();
    }

    /**
     * Returns how many calls were made with a handle that was not open (a stale or made-up one).
     *
     * @return the number of such calls
     */
    public synchronized int staleHandleCalls() {
        return staleCalls;
    }

    /**
     * Returns how many Wi-Fi Direct open completions were delivered to their callbacks.
     *
     * @return the number of completions
     */
    public synchronized int completionsDelivered() {
        return completionsDelivered;
    }

    /**
     * Returns how many sessions {@code WFDCloseSession} closed.
     *
     * @return the number of closed sessions
     */
    public synchronized int sessionsClosed() {
        return sessionsClosed;
    }

    /**
     * Returns how many times {@code function} was called.
     *
     * @param function the name of a {@link WlanApi} function, spelled exactly
     * @return the number of calls
     * @throws IllegalArgumentException if {@code function} is not the name of a {@link WlanApi} function
     */
    public synchronized int calls(String function) {
        return faults.calls(function);
    }

    /**
     * Waits, at most {@code timeout}, until the simulated service has nothing in progress: every
     * Wi-Fi Direct open has completed and its callback returned, and every notification sent
     * ({@link #notify}, or by a scan, connect or disconnect that reports) has been passed to the
     * registered callbacks, which have returned.
     *
     * <p>It covers the service's side only. The library hands what its callbacks receive to its
     * own delivery threads, so a listener or a future may still be about to run when this
     * returns: to wait for them too, call {@code WlanClient.awaitDelivered(Duration)} after this.
     *
     * @param timeout the longest wait
     * @return whether the simulator is idle
     * @throws InterruptedException if interrupted while waiting
     */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pendingWork > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Stops the simulator's threads (opens still pending never complete) and frees what buffers are outstanding. */
    @Override
    public void close() {
        service.shutdownNow();
        notifier.shutdownNow();
        synchronized (this) {
            buffers.freeAll();
        }
    }

    // ---- The simulated functions ---------------------------------------------------------------

    /** Counts the call and returns an injected error for it, or 0. */
    private int enter(String function) {
        return faults.enter(function);
    }

    private Handle find(WinNT.HANDLE h, Kind kind) {
        long v = h == null || h.getPointer() == null ? 0 : Pointer.nativeValue(h.getPointer());
        Handle found = handles.get(v);
        if (found != null && found.kind == kind) {
            return found;
        }
        if (v != 0) {
            staleCalls++;
        }
        return null;
    }

    private long count(Kind kind) {
        return handles.values().stream().filter(h -> h.kind == kind).count();
    }

    private Handle allocate(Kind kind) {
        Handle h = new Handle(kind, nextHandle);
        nextHandle += 0x10; // never reused, so a stale handle is always recognised
        handles.put(h.value, h);
        return h;
    }

    private static WinNT.HANDLE handle(long value) {
        return new WinNT.HANDLE(new Pointer(value));
    }

    private void requireWfd(String function) {
        if (!wfdAvailable) {
            throw WlanUnavailableException.missingExport(LIBRARY_FILE, function);
        }
    }

    @Override
    public synchronized int WlanOpenHandle(int dwClientVersion, Pointer pReserved, IntByReference pdwNegotiatedVersion,
            WinNT.HANDLEByReference phClientHandle) {
        int e = enter("WlanOpenHandle");
        if (e != SUCCESS) {
            return e;
        }
        if (pReserved != null || pdwNegotiatedVersion == null || phClientHandle == null) {
            return INVALID_PARAMETER;
        }
        if (!running) {
            return SERVICE_NOT_ACTIVE;
        }
        if (dwClientVersion != 1 && dwClientVersion != 2) {
            return NOT_SUPPORTED;
        }
        if (count(Kind.WLAN_CLIENT) >= handleLimit) {
            return SESSION_LIMIT;
        }
        Handle h = allocate(Kind.WLAN_CLIENT);
        pdwNegotiatedVersion.setValue(Math.min(dwClientVersion, serverVersion));
        phClientHandle.setValue(handle(h.value));
        return SUCCESS;
    }

    @Override
    public synchronized int WlanCloseHandle(WinNT.HANDLE hClientHandle, Pointer pReserved) {
        int e = enter("WlanCloseHandle");
        if (e != SUCCESS) {
            return e;
        }
        if (hClientHandle == null || hClientHandle.getPointer() == null || pReserved != null) {
            return INVALID_PARAMETER;
        }
        Handle h = find(hClientHandle, Kind.WLAN_CLIENT);
        if (h == null) {
            return INVALID_HANDLE;
        }
        if (h.callbackThread == Thread.currentThread()) {
            throw new IllegalStateException("WlanCloseHandle called from inside a notification callback of the same "
                    + "handle: on Windows this call never returns");
        }
        h.notify = null; // outstanding notifications are discarded
        while (h.callbacksRunning > 0) { // a running callback is waited for
            try {
                wait();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        handles.remove(h.value);
        return SUCCESS;
    }

    @Override
    public synchronized int WlanRegisterNotification(WinNT.HANDLE hClientHandle, int dwNotifSource,
            boolean bIgnoreDuplicate, WLAN_NOTIFICATION_CALLBACK funcCallback, Pointer pCallbackContext,
            Pointer pReserved, IntByReference pdwPrevNotifSource) {
        int e = enter("WlanRegisterNotification");
        if (e != SUCCESS) {
            return e;
        }
        if (hClientHandle == null || pReserved != null || (dwNotifSource != 0 && funcCallback == null)) {
            return INVALID_PARAMETER;
        }
        Handle h = find(hClientHandle, Kind.WLAN_CLIENT);
        if (h == null) {
            return INVALID_HANDLE;
        }
        if (!running) {
            return SERVICE_NOT_ACTIVE;
        }
        if (!locationGranted && (dwNotifSource & WlanNotificationSource.MSM.bits()) != 0) {
            return WlanErrors.ERROR_ACCESS_DENIED; // Windows 11 24H2; the registration stays as it was
        }
        if (pdwPrevNotifSource != null) {
            pdwPrevNotifSource.setValue(h.sources);
        }
        h.sources = dwNotifSource;
        h.notify = dwNotifSource == 0 ? null : funcCallback;
        h.notifyContext = pCallbackContext;
        return SUCCESS;
    }

    // ---- The read model ------------------------------------------------------------------------

    /**
     * The checks every query makes, in Windows' order: parameters, the handle, the service (a
     * handle opened before the service stopped answers ERROR_SERVICE_NOT_ACTIVE, as the stand-in's
     * does), the interface (ERROR_NOT_FOUND), location consent where Windows 11 24H2 gates it.
     */
    private int query(WinNT.HANDLE h, Pointer reserved, Object out, boolean needsInterface, Guid.GUID iface,
            boolean gated) {
        if (h == null || reserved != null || out == null || (needsInterface && iface == null)) {
            return INVALID_PARAMETER;
        }
        if (find(h, Kind.WLAN_CLIENT) == null) {
            return INVALID_HANDLE;
        }
        if (!running) {
            return SERVICE_NOT_ACTIVE;
        }
        if (needsInterface && interfaces.get(uuid(iface)) == null) {
            return WlanErrors.ERROR_NOT_FOUND;
        }
        return gated && !locationGranted ? WlanErrors.ERROR_ACCESS_DENIED : SUCCESS;
    }

    @Override
    public synchronized int WlanEnumInterfaces(WinNT.HANDLE hClientHandle, Pointer pReserved,
            PointerByReference ppInterfaceList) {
        int e = enter("WlanEnumInterfaces");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, ppInterfaceList, false, null, false);
        }
        if (e == SUCCESS) {
            List<WlanInterface> list = new ArrayList<>();
            interfaces.values().forEach(i -> list.add(i.info));
            ppInterfaceList.setValue(buffers.interfaceList(list));
        }
        return e;
    }

    @Override
    public synchronized int WlanGetAvailableNetworkList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            int dwFlags, Pointer pReserved, PointerByReference ppAvailableNetworkList) {
        int e = enter("WlanGetAvailableNetworkList");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, ppAvailableNetworkList, true, pInterfaceGuid, true);
        }
        if (e == SUCCESS) {
            SimulatedInterface i = interfaces.get(uuid(pInterfaceGuid));
            List<Networks.Stored> stored = new ArrayList<>();
            for (String name : i.profiles.names()) {
                String xml = i.profiles.xml(name);
                stored.add(new Networks.Stored(name, ProfileXml.ssid(xml), ProfileXml.asks(xml)));
            }
            ppAvailableNetworkList.setValue(buffers.networkList(Networks.shown(i.networks, i.bss, i.connection, stored)));
        }
        return e;
    }

    @Override
    public synchronized int WlanGetNetworkBssList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            byte[] pDot11Ssid, int dot11BssType, boolean bSecurityEnabled, Pointer pReserved,
            PointerByReference ppWlanBssList) {
        int e = enter("WlanGetNetworkBssList");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, ppWlanBssList, true, pInterfaceGuid, true);
        }
        if (e == SUCCESS && (dot11BssType < 1 || dot11BssType > 3 || (pDot11Ssid != null && pDot11Ssid.length < 36))) {
            e = INVALID_PARAMETER;
        }
        if (e == SUCCESS) {
            List<BssEntry> matching = new ArrayList<>();
            for (BssEntry b : interfaces.get(uuid(pInterfaceGuid)).bss) {
                if ((dot11BssType == 3 || b.bssTypeCode() == dot11BssType) && ssidMatches(pDot11Ssid, b)) {
                    matching.add(b);
                }
            }
            ppWlanBssList.setValue(buffers.bssList(matching));
        }
        return e;
    }

    /** A {@code DOT11_SSID} filter (little-endian length, then the bytes), or null for all. */
    private static boolean ssidMatches(byte[] dot11Ssid, BssEntry b) {
        if (dot11Ssid == null) {
            return true;
        }
        int length = ByteBuffer.wrap(dot11Ssid).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        byte[] want = Arrays.copyOfRange(dot11Ssid, 4, 4 + Math.max(0, Math.min(length, 32)));
        return Arrays.equals(want, b.ssid().bytes());
    }

    @Override
    public synchronized int WlanQueryInterface(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int OpCode,
            Pointer pReserved, IntByReference pdwDataSize, PointerByReference ppData,
            IntByReference pWlanOpcodeValueType) {
        int e = enter("WlanQueryInterface");
        boolean currentConnection = OpCode == 7; // wlan_intf_opcode_current_connection
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, pdwDataSize == null ? null : ppData, true, pInterfaceGuid,
                    currentConnection);
        }
        if (e != SUCCESS) {
            return e;
        }
        SimulatedInterface i = interfaces.get(uuid(pInterfaceGuid));
        Memory data;
        if (OpCode == 4) { // wlan_intf_opcode_radio_state
            data = buffers.radio(i.radio);
        } else if (currentConnection) {
            if (i.connection == null) {
                return INVALID_STATE; // documented: not connected
            }
            data = buffers.connection(i.connection);
        } else if (OpCode == 0x1000_0101) { // wlan_intf_opcode_statistics
            if (i.connection == null) {
                return INVALID_STATE;
            }
            data = buffers.statistics();
        } else if (OpCode == 9) { // supported infrastructure auth/cipher pairs, as the C stand-in's
            data = buffers.ints(4, AuthAlgorithm.OPEN.code(), CipherAlgorithm.NONE.code(), AuthAlgorithm.RSNA_PSK.code(),
                    CipherAlgorithm.CCMP.code(), AuthAlgorithm.WPA3_SAE.code(), CipherAlgorithm.CCMP.code(),
                    AuthAlgorithm.RSNA.code(), CipherAlgorithm.CCMP.code());
        } else if (OpCode == 11) { // supported country or region strings
            data = buffers.countries("US ", "DE ");
        } else if (OpCode >= 1 && OpCode <= 3) { // the BOOL settings
            data = buffers.int32(i.settings[OpCode]);
        } else if (OpCode == 8 || OpCode == 0x1000_0102) { // wlan_intf_opcode_channel_number, _rssi
            if (i.connection == null) {
                return INVALID_STATE;
            }
            BssEntry joined = joinedBss(i);
            data = buffers.int32(OpCode == 8 ? (joined == null ? 1 : joined.channel())
                    : i.rssi != null ? i.rssi : joined == null ? -60 : joined.rssi());
        } else {
            return NOT_SUPPORTED;
        }
        pdwDataSize.setValue((int) data.size());
        ppData.setValue(data);
        if (pWlanOpcodeValueType != null) {
            pWlanOpcodeValueType.setValue(0); // wlan_opcode_value_type_query_only
        }
        return SUCCESS;
    }

    @Override
    public synchronized int WlanGetInterfaceCapability(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            Pointer pReserved, PointerByReference ppCapability) {
        int e = enter("WlanGetInterfaceCapability");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, ppCapability, true, pInterfaceGuid, false);
        }
        if (e == SUCCESS) {
            ppCapability.setValue(buffers.capability());
        }
        return e;
    }

    @Override
    public synchronized int GetAdaptersAddresses(int Family, int Flags, Pointer Reserved, Pointer AdapterAddresses,
            IntByReference SizePointer) {
        int e = enter("GetAdaptersAddresses");
        if (e != SUCCESS) {
            return e;
        }
        if (SizePointer == null || Reserved != null || (Family != 0 && Family != 2 && Family != 23)) {
            return INVALID_PARAMETER;
        }
        List<Buffers.Adapter> adapters = new ArrayList<>();
        for (SimulatedInterface i : interfaces.values()) {
            if (i.adapterMac != null) {
                boolean up = i.connection != null;
                byte[] ipv4 = up && i.addressWhenConnected != null && Family != 23
                        ? i.addressWhenConnected.getAddress() : null;
                adapters.add(new Buffers.Adapter(i.info.guid(), i.info.description(), i.adapterMac, i.adapterIndex, up,
                        ipv4));
            }
        }
        if (adapters.isEmpty()) {
            return ERROR_NO_DATA;
        }
        int needed = Buffers.adapterList(AdapterAddresses, Integer.toUnsignedLong(SizePointer.getValue()), adapters);
        if (AdapterAddresses == null || needed > Integer.toUnsignedLong(SizePointer.getValue())) {
            SizePointer.setValue(needed);
            return ERROR_BUFFER_OVERFLOW;
        }
        return SUCCESS;
    }

    @Override
    public synchronized void WlanFreeMemory(Pointer pMemory) {
        enter("WlanFreeMemory");
        buffers.free(pMemory);
    }

    // ---- Operations -----------------------------------------------------------------------------

    @Override
    public synchronized int WlanScan(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, byte[] pDot11Ssid,
            Pointer pIeData, Pointer pReserved) {
        int e = enter("WlanScan");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, Boolean.TRUE, true, pInterfaceGuid, true);
        }
        if (e == SUCCESS && pDot11Ssid != null && pDot11Ssid.length < 36) {
            e = INVALID_PARAMETER;
        }
        if (e == SUCCESS) {
            UUID iface = uuid(pInterfaceGuid);
            int reason = scanReason;
            operation(scanDelay, () -> {
                if (reason == 0) {
                    send(ACM_SCAN_COMPLETE, iface, new byte[0]);
                } else {
                    send(ACM_SCAN_FAIL, iface, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(reason).array());
                }
            });
        }
        return e;
    }

    @Override
    public synchronized int WlanConnect(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            Pointer pConnectionParameters, Pointer pReserved) {
        int e = enter("WlanConnect");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, pConnectionParameters, true, pInterfaceGuid, false);
        }
        if (e != SUCCESS) {
            return e;
        }
        SimulatedInterface i = interfaces.get(uuid(pInterfaceGuid));
        // WLAN_CONNECTION_PARAMETERS: mode, then pointers (4 or 8 bytes), the BSS type after four of them.
        int mode = pConnectionParameters.getInt(0);
        Pointer text = pConnectionParameters.getPointer(Native.POINTER_SIZE);
        Pointer bssids = pConnectionParameters.getPointer(3L * Native.POINTER_SIZE);
        int bssType = pConnectionParameters.getInt(4L * Native.POINTER_SIZE);
        if (text == null) {
            return INVALID_PARAMETER;
        }
        String profile = wide(text);
        String xml;
        String name;
        if (mode == 0) { // wlan_connection_mode_profile
            xml = i.profiles.xml(profile);
            name = profile;
            if (xml == null) {
                return WlanErrors.ERROR_NOT_FOUND;
            }
        } else if (mode == 1) { // wlan_connection_mode_temporary_profile
            xml = profile;
            name = element(xml, "name");
            if (name == null) {
                return INVALID_PARAMETER;
            }
        } else {
            return INVALID_PARAMETER;
        }
        Ssid ssid = ProfileXml.ssid(xml);
        boolean security = !"open".equalsIgnoreCase(element(xml, "authentication"));
        boolean hidden = "true".equals(element(xml, "nonBroadcast"));
        int asks = ProfileXml.asks(xml);
        Outcome outcome = connectOutcomes.getOrDefault(ssid, new Outcome(connectDelay, connectReason));
        int reason = outcome.reason;
        MacAddress desired = null;
        if (bssids != null) {
            List<MacAddress> listed = Buffers.bssidList(bssids);
            if (listed == null) {
                return INVALID_PARAMETER;
            }
            desired = Networks.named(i.bss, listed, ssid, hidden, asks);
            if (desired == null && reason == 0) {
                reason = NETWORK_NOT_AVAILABLE;
            }
        } else {
            // No list: the strongest BSS of the network in range; none, and no network a test added, fails.
            BssEntry best = Networks.joins(i.bss, ssid, hidden, bssType, asks);
            desired = best == null ? null : best.bssid();
            if (best == null && !Networks.added(i.networks, ssid, asks) && reason == 0) {
                reason = NETWORK_NOT_AVAILABLE;
            }
        }
        // 802.1X needs the user's credentials, stored with the profile (a temporary one has none).
        if (reason == 0 && "true".equals(element(xml, "useOneX")) && (mode != 0 || !i.profiles.hasEapUser(name))) {
            reason = USER_NOT_RESPOND;
        }
        MacAddress joined = desired;
        int failure = reason;
        AuthAlgorithm auth = ProfileXml.auth(xml);
        CipherAlgorithm cipher = ProfileXml.cipher(xml);
        boolean oneX = "true".equals(element(xml, "useOneX"));
        MacAddress[] peer = new MacAddress[1];
        UUID iface = uuid(pInterfaceGuid);
        int number = ++i.connects;
        operation(outcome.delay, () -> {
            synchronized (this) {
                if (number != i.connects) {
                    return; // superseded by a later connect: the service drops this one, silently
                }
            }
            send(ACM_CONNECTION_START, iface, Buffers.connectionNotification(mode, name, ssid, bssType, security, 0));
            sendMsm(MSM_ASSOCIATING, iface,
                    Buffers.msmNotification(mode, name, ssid, bssType, joined != null ? joined : NO_PEER, security, 0));
            if (failure != 0) {
                sendMsm(MSM_DISCONNECTED, iface,
                        Buffers.msmNotification(mode, name, ssid, bssType, NO_PEER, security, failure));
                byte[] failed = Buffers.connectionNotification(mode, name, ssid, bssType, security, failure);
                send(ACM_CONNECTION_ATTEMPT_FAIL, iface, failed);
                send(ACM_CONNECTION_COMPLETE, iface, failed);
                return;
            }
            synchronized (this) {
                // A network a test added with no BSS defined has none to name: a made-up local address.
                MacAddress bssid = joined != null ? joined : MacAddress.parse("02:00:00:00:00:01");
                i.connection = Connection.builder(ssid, bssid).profileName(name)
                        .mode(ConnectionMode.of(mode)).bssType(BssType.of(bssType))
                        .security(auth, cipher, oneX).build();
                i.rssi = null;
                i.info = new WlanInterface(i.info.guid(), i.info.description(), InterfaceState.CONNECTED);
                peer[0] = bssid;
            }
            for (int code : new int[] {MSM_ASSOCIATED, MSM_AUTHENTICATING, MSM_CONNECTED}) {
                sendMsm(code, iface, Buffers.msmNotification(mode, name, ssid, bssType, peer[0], security, 0));
            }
            send(ACM_CONNECTION_COMPLETE, iface, Buffers.connectionNotification(mode, name, ssid, bssType, security, 0));
        });
        return SUCCESS;
    }

    @Override
    public synchronized int WlanDisconnect(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pReserved) {
        int e = enter("WlanDisconnect");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, Boolean.TRUE, true, pInterfaceGuid, false);
        }
        if (e != SUCCESS) {
            return e;
        }
        SimulatedInterface i = interfaces.get(uuid(pInterfaceGuid));
        Connection was = i.connection;
        if (was == null) {
            return SUCCESS; // nothing to disconnect: no notification either
        }
        i.info = new WlanInterface(i.info.guid(), i.info.description(), InterfaceState.DISCONNECTING);
        UUID iface = i.info.guid();
        byte[] data = Buffers.connectionNotification(was.mode().code(), was.profileName(), was.ssid(),
                was.bssTypeCode(), was.securityEnabled(), 0);
        byte[] link = Buffers.msmNotification(was.mode().code(), was.profileName(), was.ssid(), was.bssTypeCode(),
                was.bssid(), was.securityEnabled(), 0);
        operation(connectDelay, () -> {
            synchronized (this) {
                i.connection = null;
                i.info = new WlanInterface(i.info.guid(), i.info.description(), InterfaceState.DISCONNECTED);
            }
            send(ACM_DISCONNECTING, iface, data);
            sendMsm(MSM_DISASSOCIATING, iface, link);
            sendMsm(MSM_DISCONNECTED, iface, link);
            send(ACM_DISCONNECTED, iface, data);
        });
        return SUCCESS;
    }

    /**
     * Runs {@code events} on the notifier thread after {@code delay} (unless operations do not
     * report), counted in {@link #operationsPending()} and {@link #awaitIdle} until it has run.
     */
    private void operation(Duration delay, Runnable events) {
        if (!operationsReport) {
            return;
        }
        operationsPending++;
        pendingWork++;
        service.schedule(() -> notifier.execute(() -> {
            try {
                events.run();
            } finally {
                synchronized (this) {
                    operationsPending--;
                    pendingWork--;
                    notifyAll();
                }
            }
        }), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** On the notifier thread: one ACM notification of an operation (twice, if asked). */
    private void send(int code, UUID iface, byte[] data) {
        send(WlanNotificationSource.ACM, code, iface, data);
    }

    /** On the notifier thread: one MSM notification of the link (twice, if asked). */
    private void sendMsm(int code, UUID iface, byte[] data) {
        send(WlanNotificationSource.MSM, code, iface, data);
    }

    private void send(WlanNotificationSource source, int code, UUID iface, byte[] data) {
        boolean twice;
        synchronized (this) {
            twice = duplicateNotifications;
        }
        deliver(source.bits(), code, iface, data);
        if (twice) {
            deliver(source.bits(), code, iface, data);
        }
    }

    @Override
    public synchronized int WlanGetProfileList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pReserved,
            PointerByReference ppProfileList) {
        int e = enter("WlanGetProfileList");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, ppProfileList, true, pInterfaceGuid, false);
        }
        if (e == SUCCESS) {
            ppProfileList.setValue(buffers.profileList(interfaces.get(uuid(pInterfaceGuid)).profiles.names()));
        }
        return e;
    }

    @Override
    public synchronized int WlanGetProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strProfileName,
            Pointer pReserved, PointerByReference pstrProfileXml, IntByReference pdwFlags,
            IntByReference pdwGrantedAccess) {
        int e = enter("WlanGetProfile");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, strProfileName == null ? null : pstrProfileXml, true, pInterfaceGuid,
                    false);
        }
        if (e != SUCCESS) {
            return e;
        }
        String[] xml = new String[1];
        int[] flags = new int[1];
        boolean plaintext = pdwFlags != null && (pdwFlags.getValue() & ProfileStore.PLAINTEXT_KEY) != 0;
        e = interfaces.get(uuid(pInterfaceGuid)).profiles.get(wide(strProfileName), plaintext, elevated, xml, flags);
        if (e != SUCCESS) {
            return e;
        }
        pstrProfileXml.setValue(buffers.wideString(xml[0]));
        if (pdwFlags != null) {
            pdwFlags.setValue(flags[0]);
        }
        if (pdwGrantedAccess != null) {
            pdwGrantedAccess.setValue(ProfileStore.ALL_ACCESS);
        }
        return SUCCESS;
    }

    @Override
    public synchronized int WlanSetProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int dwFlags,
            char[] strProfileXml, char[] strAllUserProfileSecurity, boolean bOverwrite, Pointer pReserved,
            IntByReference pdwReasonCode) {
        int e = enter("WlanSetProfile");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, strProfileXml == null ? null : pdwReasonCode, true, pInterfaceGuid,
                    false);
        }
        if (e != SUCCESS) {
            return e;
        }
        pdwReasonCode.setValue(0);
        String xml = wide(strProfileXml);
        String name = element(xml, "name");
        int reason = profileRejectReason != 0 ? profileRejectReason
                : name == null || name.isEmpty() ? PROFILE_MISSING_NAME : 0;
        if (reason != 0) {
            pdwReasonCode.setValue(reason);
            return WlanErrors.ERROR_BAD_PROFILE;
        }
        return interfaces.get(uuid(pInterfaceGuid)).profiles.set(name, xml, dwFlags, bOverwrite);
    }

    @Override
    public synchronized int WlanDeleteProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            char[] strProfileName, Pointer pReserved) {
        int e = enter("WlanDeleteProfile");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, strProfileName, true, pInterfaceGuid, false);
        }
        return e == SUCCESS ? interfaces.get(uuid(pInterfaceGuid)).profiles.delete(wide(strProfileName)) : e;
    }

    @Override
    public synchronized int WlanSetProfileEapXmlUserData(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            char[] strProfileName, int dwFlags, char[] strEapXmlUserData, Pointer pReserved) {
        int e = enter("WlanSetProfileEapXmlUserData");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, strProfileName == null ? null : strEapXmlUserData, true,
                    pInterfaceGuid, false);
        }
        return e == SUCCESS ? interfaces.get(uuid(pInterfaceGuid)).profiles.setEapUser(wide(strProfileName), dwFlags,
                wide(strEapXmlUserData)) : e;
    }

    @Override
    public synchronized int WlanSetProfilePosition(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            char[] strProfileName, int dwPosition, Pointer pReserved) {
        int e = enter("WlanSetProfilePosition");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, strProfileName, true, pInterfaceGuid, false);
        }
        return e == SUCCESS ? interfaces.get(uuid(pInterfaceGuid)).profiles.move(wide(strProfileName), dwPosition) : e;
    }

    @Override
    public synchronized int WlanRenameProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            char[] strOldProfileName, char[] strNewProfileName, Pointer pReserved) {
        int e = enter("WlanRenameProfile");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, strOldProfileName == null ? null : strNewProfileName, true,
                    pInterfaceGuid, false);
        }
        return e == SUCCESS ? interfaces.get(uuid(pInterfaceGuid)).profiles.rename(wide(strOldProfileName),
                wide(strNewProfileName)) : e;
    }

    @Override
    public synchronized int WlanSetProfileList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int dwItems,
            Pointer strProfileNames, Pointer pReserved) {
        int e = enter("WlanSetProfileList");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, strProfileNames, true, pInterfaceGuid, false);
        }
        if (e != SUCCESS) {
            return e;
        }
        if (dwItems <= 0 || dwItems > ProfileStore.MAX) {
            return INVALID_PARAMETER;
        }
        List<String> names = new ArrayList<>(dwItems);
        for (int k = 0; k < dwItems; k++) {
            Pointer name = strProfileNames.getPointer((long) k * Native.POINTER_SIZE);
            if (name == null) {
                return INVALID_PARAMETER;
            }
            names.add(wide(name));
        }
        return interfaces.get(uuid(pInterfaceGuid)).profiles.order(names);
    }

    @Override
    public synchronized int WlanSetInterface(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int OpCode,
            int dwDataSize, Pointer pData, Pointer pReserved) {
        int e = enter("WlanSetInterface");
        if (e == SUCCESS) {
            e = query(hClientHandle, pReserved, pData, true, pInterfaceGuid, false);
        }
        if (e != SUCCESS) {
            return e;
        }
        SimulatedInterface i = interfaces.get(uuid(pInterfaceGuid));
        if (OpCode >= 1 && OpCode <= 3) { // a BOOL setting: 0 or 1
            int v = dwDataSize == 4 ? pData.getInt(0) : -1;
            if (v != 0 && v != 1) {
                return INVALID_PARAMETER;
            }
            i.settings[OpCode] = v;
            return SUCCESS;
        }
        if (OpCode != 4) { // wlan_intf_opcode_radio_state
            return NOT_SUPPORTED;
        }
        int phy = pData.getInt(0);
        int software = pData.getInt(4);
        if (dwDataSize != 12 || phy < 0 || phy >= i.radio.phyCount() || (software != 1 && software != 2)) {
            return INVALID_PARAMETER;
        }
        i.radio = i.radio.withSoftware(phy, software == 1);
        return SUCCESS;
    }

    @Override
    public int WlanReasonCodeToString(int dwReasonCode, int dwBufferSize, char[] pStringBuffer, Pointer pReserved) {
        synchronized (this) {
            int e = enter("WlanReasonCodeToString");
            if (e != SUCCESS) {
                return e;
            }
        }
        if (pStringBuffer == null || dwBufferSize <= 0 || dwBufferSize > pStringBuffer.length || pReserved != null) {
            return INVALID_PARAMETER;
        }
        String text = "Stand-in reason 0x" + Integer.toHexString(dwReasonCode).toUpperCase(Locale.ROOT);
        int n = Math.min(text.length(), dwBufferSize - 1);
        text.getChars(0, n, pStringBuffer, 0);
        pStringBuffer[n] = 0;
        return SUCCESS;
    }

    /** A NUL-terminated UTF-16 string in a Java array or at an address. */
    private static String wide(char[] chars) {
        int n = 0;
        while (n < chars.length && chars[n] != 0) {
            n++;
        }
        return new String(chars, 0, n);
    }

    private static String wide(Pointer p) {
        StringBuilder b = new StringBuilder();
        for (long at = 0; ; at += 2) {
            char c = (char) p.getShort(at); // WCHAR: two bytes (JNA's getChar reads a wchar_t)
            if (c == 0) {
                return b.toString();
            }
            b.append(c);
        }
    }

    /** The text of the first {@code <tag>} element of profile XML, unescaped, or null. */
    private static String element(String xml, String tag) {
        return ProfileStore.element(xml, tag);
    }

    /** A Windows GUID as a {@link UUID}: the same 32 hex digits. */
    private static UUID uuid(Guid.GUID g) {
        long msb = (g.Data1 & 0xFFFF_FFFFL) << 32 | (g.Data2 & 0xFFFFL) << 16 | (g.Data3 & 0xFFFFL);
        long lsb = 0;
        for (byte b : g.Data4) {
            lsb = lsb << 8 | (b & 0xFF);
        }
        return new UUID(msb, lsb);
    }

    /** On a simulator thread: one notification to every handle registered for its source. */
    private void deliver(int source, int code, UUID iface, byte[] data) {
        List<Handle> targets = new ArrayList<>();
        synchronized (this) {
            for (Handle h : handles.values()) {
                if (h.kind == Kind.WLAN_CLIENT && h.notify != null && (h.sources & source) != 0) {
                    targets.add(h);
                }
            }
        }
        for (Handle h : targets) {
            WLAN_NOTIFICATION_CALLBACK callback;
            Pointer context;
            synchronized (this) {
                if (h.notify == null || !handles.containsKey(h.value)) {
                    continue; // closed or unregistered meanwhile
                }
                callback = h.notify;
                context = h.notifyContext;
                h.callbacksRunning++;
                h.callbackThread = Thread.currentThread();
            }
            Memory buffer = new Memory(Math.max(1, data.length));
            buffer.write(0, data, 0, data.length);
            WLAN_NOTIFICATION_DATA n = new WLAN_NOTIFICATION_DATA();
            n.NotificationSource = source;
            n.NotificationCode = code;
            n.InterfaceGuid = guid(iface);
            n.dwDataSize = data.length;
            n.pData = data.length == 0 ? null : buffer;
            n.write();
            try {
                callback.callback(n, context);
            } finally {
                buffer.clear(); // valid only during the callback
                synchronized (this) {
                    h.callbacksRunning--;
                    h.callbackThread = null;
                    notifyAll();
                }
            }
        }
    }

    @Override
    public synchronized int WFDOpenHandle(int dwClientVersion, IntByReference pdwNegotiatedVersion,
            WinNT.HANDLEByReference phClientHandle) {
        requireWfd("WFDOpenHandle");
        int e = enter("WFDOpenHandle");
        if (e != SUCCESS) {
            return e;
        }
        if (dwClientVersion != WFD_API_VERSION_1_0 || pdwNegotiatedVersion == null || phClientHandle == null) {
            return INVALID_PARAMETER;
        }
        if (!running) {
            return SERVICE_NOT_ACTIVE;
        }
        if (count(Kind.WFD_CLIENT) >= handleLimit) {
            return SESSION_LIMIT;
        }
        Handle h = allocate(Kind.WFD_CLIENT);
        pdwNegotiatedVersion.setValue(WFD_API_VERSION_1_0);
        phClientHandle.setValue(handle(h.value));
        return SUCCESS;
    }

    @Override
    public synchronized int WFDCloseHandle(WinNT.HANDLE hClientHandle) {
        requireWfd("WFDCloseHandle");
        int e = enter("WFDCloseHandle");
        if (e != SUCCESS) {
            return e;
        }
        if (hClientHandle == null || hClientHandle.getPointer() == null) {
            return INVALID_PARAMETER;
        }
        Handle h = find(hClientHandle, Kind.WFD_CLIENT);
        if (h == null) {
            return INVALID_HANDLE;
        }
        // Windows waits for the handle's pending opens: complete them now, as cancelled.
        for (Handle s : new ArrayList<>(handles.values())) {
            if (s.kind == Kind.WFD_SESSION && s.owner == h.value && s.pending && s.completeNow != null) {
                s.cancelled = true;
                s.completion.cancel(false);
                s.completeNow.run();
            }
        }
        handles.values().removeIf(s -> s.kind == Kind.WFD_SESSION && s.owner == h.value);
        handles.remove(h.value);
        return SUCCESS;
    }

    @Override
    public synchronized int WFDStartOpenSession(WinNT.HANDLE hClientHandle, byte[] pDeviceAddress, Pointer pvContext,
            WFD_OPEN_SESSION_COMPLETE_CALLBACK pfnCallback, WinNT.HANDLEByReference phSessionHandle) {
        requireWfd("WFDStartOpenSession");
        int e = enter("WFDStartOpenSession");
        if (e != SUCCESS) {
            return e;
        }
        if (pDeviceAddress == null || pDeviceAddress.length != 6 || pfnCallback == null || phSessionHandle == null) {
            return INVALID_PARAMETER;
        }
        Handle client = find(hClientHandle, Kind.WFD_CLIENT);
        if (client == null) {
            return INVALID_HANDLE;
        }
        if (!running) {
            return SERVICE_NOT_ACTIVE;
        }
        if (wfdDisabled) {
            return INVALID_STATE;
        }
        Peer peer = peers.getOrDefault(MacAddress.of(pDeviceAddress), undefinedPeer);
        Handle session = allocate(Kind.WFD_SESSION);
        session.owner = client.value;
        session.pending = true;
        pendingWork++;
        Runnable complete = () -> complete(session, peer, pfnCallback, pvContext);
        session.completeNow = complete;
        session.completion = service.schedule(complete, peer.delay.toNanos(), TimeUnit.NANOSECONDS);
        phSessionHandle.setValue(handle(session.value));
        return SUCCESS;
    }

    /** The service's side of an open: decides, then calls back outside the lock. */
    private void complete(Handle session, Peer peer, WFD_OPEN_SESSION_COMPLETE_CALLBACK callback, Pointer context) {
        int error;
        synchronized (this) {
            if (!session.pending) {
                return; // completed already (cancelled by a handle close)
            }
            session.pending = false; // a success is open before its callback runs
            error = session.cancelled ? CANCELLED : peer.error;
            completionsDelivered++;
        }
        try {
            Guid.GUID.ByValue g = new Guid.GUID.ByValue(guid(error == SUCCESS ? peer.iface : new UUID(0, 0)));
            callback.callback(handle(session.value), context, g, error, error == SUCCESS ? 0 : peer.reason);
        } finally {
            synchronized (this) {
                if (error != SUCCESS) {
                    handles.remove(session.value); // a failed session's handle lasts until its callback returns
                }
                pendingWork--;
                notifyAll();
            }
        }
    }

    @Override
    public synchronized int WFDCancelOpenSession(WinNT.HANDLE hSessionHandle) {
        requireWfd("WFDCancelOpenSession");
        int e = enter("WFDCancelOpenSession");
        if (e != SUCCESS) {
            return e;
        }
        if (hSessionHandle == null || hSessionHandle.getPointer() == null) {
            return INVALID_PARAMETER;
        }
        Handle s = find(hSessionHandle, Kind.WFD_SESSION);
        if (s == null) {
            return INVALID_HANDLE;
        }
        if (s.pending && !s.cancelled) {
            s.cancelled = true;
            if (s.completion.cancel(false)) { // not started yet: complete now, as cancelled
                service.execute(s.completeNow);
            }
        }
        return SUCCESS;
    }

    @Override
    public synchronized int WFDCloseSession(WinNT.HANDLE hSessionHandle) {
        requireWfd("WFDCloseSession");
        int e = enter("WFDCloseSession");
        if (e != SUCCESS) {
            return e;
        }
        if (hSessionHandle == null || hSessionHandle.getPointer() == null) {
            return INVALID_PARAMETER;
        }
        Handle s = find(hSessionHandle, Kind.WFD_SESSION);
        if (s == null) {
            return INVALID_HANDLE;
        }
        if (s.pending) {
            return INVALID_STATE; // it does not close a session whose open is pending
        }
        handles.remove(s.value);
        sessionsClosed++;
        return SUCCESS;
    }

    @Override
    public synchronized int WFDOpenLegacySession(WinNT.HANDLE hClientHandle, byte[] pLegacyMacAddress,
            WinNT.HANDLEByReference phSessionHandle, Guid.GUID pGuidSessionInterface) {
        requireWfd("WFDOpenLegacySession");
        int e = enter("WFDOpenLegacySession");
        if (e != SUCCESS) {
            return e;
        }
        if (pLegacyMacAddress == null || pLegacyMacAddress.length != 6 || phSessionHandle == null
                || pGuidSessionInterface == null) {
            return INVALID_PARAMETER;
        }
        Handle client = find(hClientHandle, Kind.WFD_CLIENT);
        if (client == null) {
            return INVALID_HANDLE;
        }
        if (!running) {
            return SERVICE_NOT_ACTIVE;
        }
        if (wfdDisabled) {
            return INVALID_STATE;
        }
        Peer peer = peers.getOrDefault(MacAddress.of(pLegacyMacAddress), undefinedPeer);
        if (peer.error != SUCCESS) {
            return peer.error;
        }
        Handle session = allocate(Kind.WFD_SESSION);
        session.owner = client.value;
        Guid.GUID g = guid(peer.iface);
        pGuidSessionInterface.Data1 = g.Data1;
        pGuidSessionInterface.Data2 = g.Data2;
        pGuidSessionInterface.Data3 = g.Data3;
        pGuidSessionInterface.Data4 = g.Data4;
        pGuidSessionInterface.write();
        phSessionHandle.setValue(handle(session.value));
        return SUCCESS;
    }

    /** A {@link UUID} as a Windows GUID: the same 32 hex digits. */
    private static Guid.GUID guid(UUID u) {
        Guid.GUID g = new Guid.GUID();
        long msb = u.getMostSignificantBits();
        long lsb = u.getLeastSignificantBits();
        g.Data1 = (int) (msb >>> 32);
        g.Data2 = (short) (msb >>> 16);
        g.Data3 = (short) msb;
        for (int i = 0; i < 8; i++) {
            g.Data4[i] = (byte) (lsb >>> (56 - 8 * i));
        }
        g.write();
        return g;
    }

    @Override
    public String toString() {
        return "WlanApi[simulated, " + openHandles() + " handles open]";
    }
}
