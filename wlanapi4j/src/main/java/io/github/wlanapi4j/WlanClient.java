package io.github.wlanapi4j;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Reference;
import java.net.Inet4Address;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A WLAN client handle ({@code WlanOpenHandle}), closed exactly once with
 * {@code WlanCloseHandle}, and what it reads: interfaces, networks, BSSs, the connection, the
 * radio.
 *
 * <pre>{@code
 * try (WlanClient wlan = WlanClient.open()) {
 *     for (WlanInterface i : wlan.interfaces()) {
 *         for (BssEntry b : wlan.bssList(i.guid())) {
 *             System.out.println(b.ssid() + " " + b.rssi() + " dBm, channel " + b.channel());
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The queries copy what the service returns into immutable values and free its memory
 * ({@code WlanFreeMemory}) before they return, whatever happens; no native pointer is ever
 * handed out. On Windows 11 24H2 and later, the queries that reveal location (networks, BSSs,
 * the connection) throw {@link WlanLocationAccessDeniedException} when the app lacks location
 * permission; its message says where to grant it.
 *
 * <p>Thread-safe. {@link #close()} is idempotent and may race calls on other threads: the
 * native close waits for no one, but it never runs while a call on the handle is in flight; the
 * last such call to finish runs it instead. After {@code close()} every method that would use the
 * handle throws {@link IllegalStateException} without calling native code.
 */
public final class WlanClient implements AutoCloseable {
    /** {@code WLAN_PROFILE_GET_PLAINTEXT_KEY} (the Windows SDK's value; mingw-w64 lacks it). */
    private static final int PROFILE_GET_PLAINTEXT_KEY = 0x4;
    /**
     * What {@link #notifications} holds when close() came before any subscribe. A plain object, not
     * a closed hub: a program that never subscribes never loads the notification machinery (its
     * callback, threads and tables), which is most of what a cold start would otherwise pay for.
     */
    private static final Object NONE_AND_CLOSED = new Object();
    private static final VarHandle NOTIFICATIONS;
    private static final VarHandle CLOSE_HOOKS;

    static {
        try {
            NOTIFICATIONS = MethodHandles.lookup().findVarHandle(WlanClient.class, "notifications", Object.class);
            CLOSE_HOOKS = MethodHandles.lookup().findVarHandle(WlanClient.class, "closeHooks", Set.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Guard guard;
    /** Its leak tracker (lifecycle law 8); forgotten on close. */
    private final Object tracker;
    /**
     * Null until the first subscribe makes the hub (which close() closes), or
     * {@link #NONE_AND_CLOSED} if close() came first. Both changes are one CAS each, so a
     * subscribe racing close() either makes a hub that close() closes or makes none.
     */
    private volatile Object notifications;

    private WlanClient(Guard guard) {
        this.guard = guard;
        this.tracker = Leaks.watch(this, guard);
    }

    /** The client handle's guard; static, so that it never refers to the client (law 8). */
    private static final class Guard extends HandleGuard {
        final WlanApi api;
        /** Kept here, not in the client: it fits the guard's padding, and an open allocates less. */
        final int negotiatedVersion;

        Guard(WlanApi api, long handle, int negotiatedVersion) {
            super(handle);
            this.api = api;
            this.negotiatedVersion = negotiatedVersion;
        }

        @Override
        String owner() {
            return "WlanClient";
        }

        @Override
        String closeFunction() {
            return "WlanCloseHandle";
        }

        @Override
        int closeNative(long address) {
            return NativeWlanApi.closeWlanHandle(api, address);
        }
    }

    /**
     * A listener's subscription to notifications; {@link #close()} ends it.
     */
    public interface Subscription extends AutoCloseable {
        /**
         * Ends the subscription. Once this returns the listener is not running and is not
         * called again: a call in progress on another thread is waited for, as Windows'
         * {@code WlanCloseHandle} waits for a running callback. Called from a library thread
         * (inside a listener or a completion stage) it does not wait, so a listener may end its
         * own subscription. Idempotent.
         *
         * @throws WlanException if narrowing the native registration failed (the listener is
         *     removed all the same)
         */
        @Override
        void close();
    }

    /**
     * Opens a client handle on the system's {@code wlanapi.dll}, requesting
     * {@link WlanApi#WLAN_API_VERSION_2_0}.
     *
     * @return the open client; close it
     * @throws WlanUnavailableException if there is no {@code wlanapi.dll} here
     * @throws WlanServiceNotActiveException if the WLAN AutoConfig service is not running
     * @throws WlanHandleLimitException if the service has no handles left
     * @throws WlanException for any other error
     */
    public static WlanClient open() {
        return open(WlanApi.load());
    }

    /**
     * Opens a client handle through {@code api}, requesting {@link WlanApi#WLAN_API_VERSION_2_0}.
     *
     * @param api the binding, {@link WlanApi#load()} or a test double
     * @return the open client; close it
     * @throws WlanException as for {@link #open()}
     */
    public static WlanClient open(WlanApi api) {
        return open(api, WlanApi.WLAN_API_VERSION_2_0);
    }

    /**
     * Opens a client handle through {@code api}, requesting {@code clientVersion}. The service
     * decides what it supports: an unknown version fails with {@link WlanNotSupportedException}.
     *
     * @param api the binding, {@link WlanApi#load()} or a test double
     * @param clientVersion the highest version the caller supports, such as
     *     {@link WlanApi#WLAN_API_VERSION_1_0}
     * @return the open client; close it
     * @throws WlanException as for {@link #open()}, naming the requested version
     */
    public static WlanClient open(WlanApi api, int clientVersion) {
        Objects.requireNonNull(api, "api");
        try {
            // Non-capturing lambdas: one instance each, so an open allocates only what it keeps.
            return OutParams.open("WlanOpenHandle", api, clientVersion,
                    (a, requested, version, handle) -> a.WlanOpenHandle(requested, null, version, handle),
                    (a, handle, version) -> new WlanClient(new Guard(a, handle, version)));
        } catch (WlanException e) {
            throw e.withContext("requested client version " + Integer.toUnsignedString(clientVersion));
        }
    }

    /**
     * Returns the API version the service negotiated ({@code pdwNegotiatedVersion}). Still
     * available after close.
     *
     * @return the negotiated version, such as {@link WlanApi#WLAN_API_VERSION_2_0}
     */
    public int negotiatedVersion() {
        return guard.negotiatedVersion;
    }

    /**
     * Returns whether {@link #close()} has not been called yet.
     *
     * @return {@code true} until {@code close()} is called
     */
    public boolean isOpen() {
        return !guard.isClosed();
    }

    /**
     * Runs {@code action} with the raw client handle, for native functions this class does not
     * wrap. The handle is guaranteed to stay open until {@code action} returns, even if another
     * thread calls {@link #close()} meanwhile; it must not be kept or used after that.
     *
     * <p>Call this library's binding, {@link WlanApi}, with the handle (the same binding the client
     * was opened with: {@link WlanApi#load()} for {@link #open()}). Here, the RSSI of the current
     * connection ({@code wlan_intf_opcode_rssi}, a {@code LONG} in dBm):
     *
     * <pre>{@code
     * WlanApi api = WlanApi.load();
     * Guid.GUID guid = Guid.GUID.fromString(iface.toString());
     * int rssi = wlan.withHandle(h -> {
     *     IntByReference size = new IntByReference();
     *     PointerByReference data = new PointerByReference();
     *     WlanException.check("WlanQueryInterface",
     *             api.WlanQueryInterface(h, guid, 0x1000_0102, null, size, data, null));
     *     try {
     *         return data.getValue().getInt(0);
     *     } finally {
     *         api.WlanFreeMemory(data.getValue());
     *     }
     * });
     * }</pre>
     *
     * @param <T> the result type
     * @param action the code to run with the handle
     * @return what {@code action} returned
     * @throws IllegalStateException if the client is closed; {@code action} is not run
     */
    public <T> T withHandle(Function<? super WinNT.HANDLE, ? extends T> action) {
        Objects.requireNonNull(action, "action");
        try {
            return guard.borrow(action);
        } finally {
            Reference.reachabilityFence(this); // not "leaked" while its handle is in use
        }
    }

    /**
     * Lists the wireless interfaces ({@code WlanEnumInterfaces}).
     *
     * @return the interfaces, possibly none (an immutable list)
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error
     */
    public List<WlanInterface> interfaces() {
        try {
            return interfaces(guard.api, guard);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    static List<WlanInterface> interfaces(WlanApi api, HandleGuard guard) {
        return WlanMemory.query(api, guard, "WlanEnumInterfaces", null, false,
                (a, h, g, buffer, size) -> a.WlanEnumInterfaces(h, null, buffer),
                (f, address, size) -> WlanStructs.interfaces(f, address));
    }

    /**
     * Lists the networks an interface sees ({@code WlanGetAvailableNetworkList}): one entry per
     * SSID and BSS type, plus one per profile for it, with signal quality and security, as of the
     * interface's last scan.
     *
     * @param iface the interface's GUID, from {@link #interfaces()}
     * @return the networks (an immutable list)
     * @throws WlanLocationAccessDeniedException if Windows requires location permission the app lacks
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported another error, such as {@code ERROR_NOT_FOUND}
     *     for an unknown interface
     */
    public List<AvailableNetwork> availableNetworks(UUID iface) {
        Objects.requireNonNull(iface, "iface");
        return query("WlanGetAvailableNetworkList", iface, true,
                (a, h, g, buffer, size) -> a.WlanGetAvailableNetworkList(h, g, 0, null, buffer),
                (f, address, size) -> WlanStructs.networks(f, address));
    }

    /**
     * Lists the networks an interface sees, each with its access points, strongest first: the
     * network list and the BSS list joined as {@link VisibleNetwork} explains (by SSID bytes, BSS
     * type and security, not by name), which hidden networks and several networks of one SSID
     * would otherwise make a caller get wrong.
     *
     * @param iface the interface's GUID
     * @return the networks (an immutable list), in the service's order
     * @throws WlanLocationAccessDeniedException if Windows requires location permission the app lacks
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported another error
     */
    public List<VisibleNetwork> visibleNetworks(UUID iface) {
        return VisibleNetwork.join(availableNetworks(iface), bssList(iface));
    }

    /**
     * Lists the BSSs (access points' radios) an interface sees ({@code WlanGetNetworkBssList}),
     * with RSSI, channel and band, as of the interface's last scan.
     *
     * @param iface the interface's GUID, from {@link #interfaces()}
     * @return the BSSs (an immutable list)
     * @throws WlanLocationAccessDeniedException if Windows requires location permission the app lacks
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported another error
     */
    public List<BssEntry> bssList(UUID iface) {
        Objects.requireNonNull(iface, "iface");
        try {
            return bssList(guard.api, guard, iface);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    static List<BssEntry> bssList(WlanApi api, HandleGuard guard, UUID iface) {
        return WlanMemory.query(api, guard, "WlanGetNetworkBssList", iface, true,
                (a, h, g, buffer, size) -> a.WlanGetNetworkBssList(h, g, null, BssType.ANY.code(), false, null, buffer),
                (f, address, size) -> WlanStructs.bssList(f, address));
    }

    /**
     * Lists the BSSs of one network. The whole list is read and filtered here, by the SSID's
     * bytes, rather than by the service: with an SSID, Windows also filters on a security flag
     * the caller would have to guess.
     *
     * @param iface the interface's GUID
     * @param ssid the network's SSID
     * @return the BSSs whose SSID is {@code ssid} (an immutable list)
     * @throws WlanException as for {@link #bssList(UUID)}
     */
    public List<BssEntry> bssList(UUID iface, Ssid ssid) {
        Objects.requireNonNull(ssid, "ssid");
        return only(bssList(iface), ssid);
    }

    /** The entries of {@code all} whose SSID is {@code ssid}. */
    static List<BssEntry> only(List<BssEntry> all, Ssid ssid) {
        List<BssEntry> matching = new ArrayList<>();
        for (BssEntry b : all) {
            if (b.ssid().equals(ssid)) {
                matching.add(b);
            }
        }
        return Collections.unmodifiableList(matching);
    }

    /**
     * Returns an interface's current connection ({@code WlanQueryInterface},
     * {@code wlan_intf_opcode_current_connection}).
     *
     * @param iface the interface's GUID
     * @return the connection, or empty when the interface is not connected
     * @throws WlanLocationAccessDeniedException if Windows requires location permission the app lacks
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported another error
     */
    public Optional<Connection> connection(UUID iface) {
        Objects.requireNonNull(iface, "iface");
        try {
            return connection(guard.api, guard, iface);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    static Optional<Connection> connection(WlanApi api, HandleGuard guard, UUID iface) {
        try {
            return Optional.of(WlanMemory.query(api, guard, "WlanQueryInterface", iface, true,
                    (a, h, g, buffer, size) -> a.WlanQueryInterface(h, g, WlanStructs.OPCODE_CURRENT_CONNECTION, null,
                            size, buffer, null),
                    WlanStructs::connection));
        } catch (WlanInvalidStateException e) {
            return Optional.empty(); // documented: ERROR_INVALID_STATE when not connected
        }
    }

    /**
     * Returns what an interface can do ({@code WlanGetInterfaceCapability}): its driver type,
     * 802.11d support, list limits and supported PHY types.
     *
     * <pre>{@code
     * boolean wifi6 = wlan.capability(iface).phyTypes().contains(PhyType.HE);
     * }</pre>
     *
     * @param iface the interface's GUID
     * @return the capability
     * @throws IllegalStateException if the client is closed, or the structure is malformed
     * @throws WlanException if the service reported an error
     */
    public InterfaceCapability capability(UUID iface) {
        Objects.requireNonNull(iface, "iface");
        return query("WlanGetInterfaceCapability", iface, false,
                (a, h, g, buffer, size) -> a.WlanGetInterfaceCapability(h, g, null, buffer),
                (f, address, size) -> WlanStructs.capability(f, address));
    }

    /**
     * Returns the authentication and cipher pairs an interface supports on infrastructure
     * networks ({@code WlanQueryInterface},
     * {@code wlan_intf_opcode_supported_infrastructure_auth_cipher_pairs}): whether it can join
     * WPA3-Personal, say.
     *
     * @param iface the interface's GUID
     * @return the pairs (an immutable list)
     * @throws IllegalStateException if the client is closed, or the list is malformed
     * @throws WlanException if the service reported an error
     */
    public List<InterfaceCapability.SecurityPair> securityPairs(UUID iface) {
        return queryInterface(iface, WlanStructs.OPCODE_INFRASTRUCTURE_PAIRS, false, WlanStructs::securityPairs);
    }

    /**
     * Returns the country or region strings an interface supports ({@code WlanQueryInterface},
     * {@code wlan_intf_opcode_supported_country_or_region_string_list}), as 802.11d writes them:
     * two letters and a third character ({@code "US "}, {@code "DEI"}).
     *
     * @param iface the interface's GUID
     * @return the strings (an immutable list)
     * @throws IllegalStateException if the client is closed, or the list is malformed
     * @throws WlanException if the service reported an error
     */
    public List<String> countryCodes(UUID iface) {
        return queryInterface(iface, WlanStructs.OPCODE_COUNTRIES, false, WlanStructs::countries);
    }

    /**
     * Reads an on/off setting of an interface ({@code WlanQueryInterface}).
     *
     * @param iface the interface's GUID
     * @param setting the setting
     * @return whether it is on
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error
     */
    public boolean setting(UUID iface, InterfaceSetting setting) {
        Objects.requireNonNull(setting, "setting");
        return queryInterface(iface, setting.opcode(), false, WlanStructs::int32) != 0;
    }

    /**
     * Switches an on/off setting of an interface ({@code WlanSetInterface} with a {@code BOOL}).
     *
     * @param iface the interface's GUID
     * @param setting the setting
     * @param on whether it should be on
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service refused, such as {@code ERROR_ACCESS_DENIED} for a
     *     caller without the right to change it
     */
    public void setSetting(UUID iface, InterfaceSetting setting, boolean on) {
        Objects.requireNonNull(setting, "setting");
        Memory value = new Memory(4);
        value.setInt(0, on ? 1 : 0);
        call("WlanSetInterface", iface, (h, g) -> guard.api.WlanSetInterface(h, g, setting.opcode(), 4, value, null));
    }

    /**
     * Returns the received signal strength of an interface's connection, in dBm
     * ({@code WlanQueryInterface}, {@code wlan_intf_opcode_rssi}): what a signal monitor polls
     * between {@link MsmEvent#SIGNAL_QUALITY_CHANGE} notifications.
     *
     * @param iface the interface's GUID
     * @return the RSSI, such as -52, or empty when the interface is not connected
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported another error
     */
    public OptionalInt rssi(UUID iface) {
        return connectedInt(iface, WlanStructs.OPCODE_RSSI);
    }

    /**
     * Returns an interface's frame counters ({@code WlanQueryInterface},
     * {@code wlan_intf_opcode_statistics}): handshake failures, MAC counters, each PHY's.
     *
     * @param iface the interface's GUID
     * @return the counters, or empty when the interface is not connected
     * @throws IllegalStateException if the client is closed, or the structure is malformed
     * @throws WlanException if the service reported another error
     */
    public Optional<WlanStatistics> statistics(UUID iface) {
        return queryConnected(iface, WlanStructs.OPCODE_STATISTICS, false, WlanStructs::statistics);
    }

    /**
     * Returns the channel number of an interface's connection ({@code WlanQueryInterface},
     * {@code wlan_intf_opcode_channel_number}).
     *
     * @param iface the interface's GUID
     * @return the channel, such as 36, or empty when the interface is not connected
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported another error
     */
    public OptionalInt channel(UUID iface) {
        return connectedInt(iface, WlanStructs.OPCODE_CHANNEL_NUMBER);
    }

    /** A 32-bit property of the connection; empty when not connected. */
    private OptionalInt connectedInt(UUID iface, int opcode) {
        Optional<Integer> value = queryConnected(iface, opcode, true, WlanStructs::int32);
        return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

    /** One property of an interface ({@code WlanQueryInterface} with {@code opcode}), as {@code reader} reads it. */
    private <T> T queryInterface(UUID iface, int opcode, boolean locationGated, WlanMemory.Reader<T> reader) {
        Objects.requireNonNull(iface, "iface");
        return query("WlanQueryInterface", iface, locationGated,
                (a, h, g, buffer, size) -> a.WlanQueryInterface(h, g, opcode, null, size, buffer, null), reader);
    }

    /**
     * One property of an interface's connection; empty on {@code ERROR_INVALID_STATE}, which the
     * service answers when the interface is not connected.
     */
    private <T> Optional<T> queryConnected(UUID iface, int opcode, boolean locationGated,
            WlanMemory.Reader<T> reader) {
        try {
            return Optional.of(queryInterface(iface, opcode, locationGated, reader));
        } catch (WlanInvalidStateException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns an interface's radio switches ({@code WlanQueryInterface},
     * {@code wlan_intf_opcode_radio_state}).
     *
     * @param iface the interface's GUID
     * @return the software and hardware switch of each PHY
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error
     */
    public RadioState radioState(UUID iface) {
        return queryInterface(iface, WlanStructs.OPCODE_RADIO_STATE, false, WlanStructs::radio);
    }

    /**
     * Switches an interface's radio on or off in software ({@code WlanSetInterface},
     * {@code wlan_intf_opcode_radio_state}, for each of its PHYs). A radio switched off in
     * hardware stays off.
     *
     * @param iface the interface's GUID
     * @param on whether the radio should be on
     * @return the radio state afterwards
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error, such as {@code ERROR_ACCESS_DENIED}
     *     for a caller without the right to change it
     */
    public RadioState setSoftwareRadio(UUID iface, boolean on) {
        int phys = Math.max(1, radioState(iface).phyCount()); // a service that lists no PHY is asked for PHY 0
        for (int phy = 0; phy < phys; phy++) {
            Memory state = WlanStructs.phyRadioState(phy, on);
            call("WlanSetInterface", iface, (h, g) -> guard.api.WlanSetInterface(h, g, WlanStructs.OPCODE_RADIO_STATE,
                    (int) state.size(), state, null));
        }
        return radioState(iface);
    }

    /**
     * Scans an interface ({@code WlanScan}) and completes with the BSS list as of that scan: when
     * the interface reports {@code scan_complete}. Fails with a {@link WlanException} whose
     * {@link WlanException#reasonCode()} says why on {@code scan_fail}, with
     * {@link WlanTimeoutException} ({@link WlanTimeoutException#isLibraryWait()} true) if the
     * interface reports nothing within 10 seconds (Windows gives drivers 4), and with
     * {@link WlanCancelledException} if this client closes first. Scans of one interface started
     * while one is pending share it.
     *
     * <pre>{@code
     * List<BssEntry> fresh = wlan.scan(iface).get(); // or thenAccept(...), without blocking
     * }</pre>
     *
     * <p>The future completes on a library thread of its own: a completion stage may call anything
     * on this client (block, wait for another of its operations, or {@code close()} it), and holds
     * up no other future or listener. Cancelling it stops only that wait. A {@code scan_complete}
     * cannot say whose scan it ends: one another program started, arriving just after this call,
     * completes this one too.
     *
     * @param iface the interface's GUID
     * @return the BSSs the interface sees after the scan
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<List<BssEntry>> scan(UUID iface) {
        return scan(iface, null, Operations.SCAN_TIMEOUT);
    }

    /**
     * Scans for one network (a directed probe, which finds hidden networks) and completes with its
     * BSSs, as {@link #scan(UUID)} does.
     *
     * @param iface the interface's GUID
     * @param ssid the network to probe for
     * @return the BSSs of {@code ssid} the interface sees after the scan
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<List<BssEntry>> scan(UUID iface, Ssid ssid) {
        return scan(iface, Objects.requireNonNull(ssid, "ssid"), Operations.SCAN_TIMEOUT);
    }

    /**
     * Scans, as {@link #scan(UUID)} (with {@code ssid} null) or {@link #scan(UUID, Ssid)} do, with a
     * deadline of the caller's choice.
     *
     * @param iface the interface's GUID
     * @param ssid the network to probe for, or null for all
     * @param timeout how long to wait for the interface's report; positive
     * @return the BSSs the interface sees after the scan
     * @throws IllegalArgumentException if {@code timeout} is not positive (a very long one, such as
     *     {@code ChronoUnit.FOREVER.getDuration()}, means no deadline)
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<List<BssEntry>> scan(UUID iface, Ssid ssid, Duration timeout) {
        Objects.requireNonNull(iface, "iface");
        try {
            return operations().scan(iface, ssid, Checks.positive("timeout", timeout));
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Connects an interface with one of its stored profiles ({@code WlanConnect}) and completes
     * with the connection when the interface reports {@code connection_complete} for it. Fails
     * with {@link WlanConnectionException} (reason code and text) when the attempt fails, with
     * {@link WlanCancelledException} when a later connect on the interface, once the service
     * accepted it, supersedes it or this
     * client closes first, with {@link WlanTimeoutException} after 60 seconds
     * without an outcome, and with the typed exception of an error {@code WlanConnect} returned.
     * Where the connection cannot be read once made (Windows 11 24H2 without location consent
     * refuses that query, not the connect), it completes all the same, with what the
     * {@code connection_complete} carried: see {@link Connection#detailed()}.
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name, as {@link #profiles(UUID)} lists it
     * @return the connection once made
     * @throws IllegalArgumentException if {@code profileName} is empty, longer than 255
     *     characters or holds a NUL
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<Connection> connect(UUID iface, String profileName) {
        return connect(iface, Checks.profileName("profileName", profileName), null, List.of(),
                Operations.CONNECT_TIMEOUT);
    }

    /**
     * Connects an interface with a temporary profile, which is not stored: the way to join a
     * network with a passphrase. Completes as {@link #connect(UUID, String)} does.
     *
     * <pre>{@code
     * Connection c = wlan.connect(iface, WlanProfile.wpa2Personal(Ssid.of("Home"), passphrase))
     *         .get(60, TimeUnit.SECONDS);
     * }</pre>
     *
     * @param iface the interface's GUID
     * @param profile the profile
     * @return the connection once made
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<Connection> connect(UUID iface, WlanProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return connect(iface, profile.name(), profile.toXml(), List.of(), Operations.CONNECT_TIMEOUT);
    }

    /**
     * Connects an interface with one of its stored profiles, as {@link #connect(UUID, String)}
     * does, with a deadline of your choice rather than 60 seconds.
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name
     * @param timeout how long to wait for the outcome; a very long one, such as
     *     {@code ChronoUnit.FOREVER.getDuration()}, means no deadline
     * @return the connection once made
     * @throws IllegalArgumentException if {@code profileName} is not a profile name, or
     *     {@code timeout} is not positive
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<Connection> connect(UUID iface, String profileName, Duration timeout) {
        return connect(iface, Checks.profileName("profileName", profileName), null, List.of(),
                Checks.positive("timeout", timeout));
    }

    /**
     * Connects an interface with a temporary profile, as {@link #connect(UUID, WlanProfile)} does,
     * with a deadline of your choice rather than 60 seconds.
     *
     * @param iface the interface's GUID
     * @param profile the profile
     * @param timeout how long to wait for the outcome; a very long one means no deadline
     * @return the connection once made
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<Connection> connect(UUID iface, WlanProfile profile, Duration timeout) {
        Objects.requireNonNull(profile, "profile");
        return connect(iface, profile.name(), profile.toXml(), List.of(), Checks.positive("timeout", timeout));
    }

    /**
     * Connects an interface with one of its stored profiles to one access point of the network:
     * {@code WlanConnect} with {@code bssid} as its desired BSSID list. Completes as
     * {@link #connect(UUID, String)} does; fails with {@link WlanConnectionException} (typically
     * {@link WlanConnectionException.Failure#NETWORK_NOT_AVAILABLE}) when that access point is not
     * in range.
     *
     * <pre>{@code
     * BssEntry strongest = wlan.bssList(iface, Ssid.of("Office")).get(0);
     * wlan.connect(iface, "Office", strongest.bssid()).get(60, TimeUnit.SECONDS);
     * }</pre>
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name, as {@link #profiles(UUID)} lists it
     * @param bssid the access point's BSSID, as {@link BssEntry#bssid()} gives it
     * @return the connection once made
     * @throws IllegalArgumentException if {@code profileName} is empty, longer than 255
     *     characters or holds a NUL
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<Connection> connect(UUID iface, String profileName, MacAddress bssid) {
        Objects.requireNonNull(bssid, "bssid");
        return connect(iface, Checks.profileName("profileName", profileName), null, List.of(bssid),
                Operations.CONNECT_TIMEOUT);
    }

    /**
     * Connects an interface with a temporary profile to one access point of the network, as
     * {@link #connect(UUID, String, MacAddress)} does with a stored one.
     *
     * @param iface the interface's GUID
     * @param profile the profile
     * @param bssid the access point's BSSID
     * @return the connection once made
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<Connection> connect(UUID iface, WlanProfile profile, MacAddress bssid) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(bssid, "bssid");
        return connect(iface, profile.name(), profile.toXml(), List.of(bssid), Operations.CONNECT_TIMEOUT);
    }

    CompletableFuture<Connection> connect(UUID iface, String profileName, String temporaryXml, Duration timeout) {
        return connect(iface, profileName, temporaryXml, List.of(), timeout);
    }

    private CompletableFuture<Connection> connect(UUID iface, String profileName, String temporaryXml,
            List<MacAddress> bssids, Duration timeout) {
        Objects.requireNonNull(iface, "iface");
        try {
            return operations().connect(iface, profileName, temporaryXml, bssids, timeout);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Disconnects an interface ({@code WlanDisconnect}) and completes when it reports
     * {@code disconnected}, or at once if it was not connected. Fails with
     * {@link WlanTimeoutException} after 15 seconds without that report, and
     * with {@link WlanCancelledException} if this client closes first.
     *
     * @param iface the interface's GUID
     * @return completes when the interface is disconnected
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<Void> disconnect(UUID iface) {
        return disconnect(iface, Operations.DISCONNECT_TIMEOUT);
    }

    CompletableFuture<Void> disconnect(UUID iface, Duration timeout) {
        Objects.requireNonNull(iface, "iface");
        try {
            return operations().disconnect(iface, timeout);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Lists an interface's profiles ({@code WlanGetProfileList}), in the order Windows tries them.
     *
     * @param iface the interface's GUID
     * @return the profiles' names (an immutable list)
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error
     */
    public List<String> profiles(UUID iface) {
        Objects.requireNonNull(iface, "iface");
        return query("WlanGetProfileList", iface, false,
                (a, h, g, buffer, size) -> a.WlanGetProfileList(h, g, null, buffer),
                (f, address, size) -> WlanStructs.profileNames(f, address));
    }

    /**
     * Returns a profile's XML ({@code WlanGetProfile}); keys come back encrypted, as Windows
     * stores them.
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name
     * @return the profile XML
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error ({@code ERROR_NOT_FOUND}: no such profile)
     */
    public String profileXml(UUID iface, String profileName) {
        Objects.requireNonNull(iface, "iface");
        char[] name = WlanStructs.wide(Checks.profileName("profileName", profileName));
        return query("WlanGetProfile", iface, false,
                (a, h, g, buffer, size) -> a.WlanGetProfile(h, g, name, null, buffer, null, null),
                (f, address, size) -> WlanStructs.wideString(f, address));
    }

    /**
     * Stores a profile for all users ({@code WlanSetProfile}), such as
     * {@link WlanProfile#toXml()}, or XML of your own.
     *
     * @param iface the interface's GUID
     * @param profileXml the profile's XML
     * @param overwrite whether to replace a profile of the same name
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service rejected it: {@code ERROR_BAD_PROFILE} with the
     *     service's {@link WlanException#reasonCode() reason code} (and its text in the message),
     *     {@code ERROR_ALREADY_EXISTS} if the profile exists and {@code overwrite} is false
     */
    public void setProfile(UUID iface, String profileXml, boolean overwrite) {
        setProfile(iface, profileXml, 0, overwrite);
    }

    private void setProfile(UUID iface, String profileXml, int flags, boolean overwrite) {
        char[] xml = WlanStructs.wide(Checks.text("profileXml", profileXml));
        IntByReference reason = new IntByReference();
        try {
            call("WlanSetProfile", iface,
                    (h, g) -> guard.api.WlanSetProfile(h, g, flags, xml, null, overwrite, null, reason));
        } catch (WlanException e) {
            int r = reason.getValue();
            throw r == 0 ? e : e.withReasonCode(r).withContext(Operations.reasonText(guard.api, r));
        }
    }

    /**
     * Deletes a profile ({@code WlanDeleteProfile}).
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error ({@code ERROR_NOT_FOUND}: no such profile)
     */
    public void deleteProfile(UUID iface, String profileName) {
        char[] name = WlanStructs.wide(Checks.profileName("profileName", profileName));
        call("WlanDeleteProfile", iface, (h, g) -> guard.api.WlanDeleteProfile(h, g, name, null));
    }

    /**
     * Reads a stored profile ({@code WlanGetProfile}, asking for the key in the clear with
     * {@code WLAN_PROFILE_GET_PLAINTEXT_KEY}): its network, connection mode, security, flags, and
     * its key where Windows gives it clear (to an elevated administrator or LocalSystem; to anyone
     * else it is {@linkplain StoredProfile#keyProtected() protected}).
     *
     * <pre>{@code
     * wlan.profile(iface, "Home").key().ifPresent(k -> System.out.println("Home's key: " + k));
     * }</pre>
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name
     * @return the profile
     * @throws IllegalStateException if the client is closed
     * @throws IllegalArgumentException if the service returned XML that is not a profile
     * @throws WlanException if the service reported an error ({@code ERROR_NOT_FOUND}: no such profile)
     */
    public StoredProfile profile(UUID iface, String profileName) {
        Objects.requireNonNull(iface, "iface");
        char[] name = WlanStructs.wide(Checks.profileName("profileName", profileName));
        IntByReference flags = new IntByReference();
        String xml = query("WlanGetProfile", iface, false, (a, h, g, buffer, size) -> {
            flags.setValue(PROFILE_GET_PLAINTEXT_KEY); // in: what to return; out: the profile's flags
            return a.WlanGetProfile(h, g, name, null, buffer, flags, null);
        }, (f, address, size) -> WlanStructs.wideString(f, address));
        return StoredProfile.parse(xml, flags.getValue());
    }

    /**
     * Makes a stored profile connect by itself when its network is in range, or only when asked:
     * its {@code connectionMode} element, set in the parsed profile and stored back with
     * {@code WlanSetProfile} (the key as Windows returned it, clear or encrypted, which Windows
     * decrypts again; a per-user profile stays per-user). Whether Windows keeps an enterprise
     * profile's stored user credentials across the rewrite is not documented: the project's
     * stand-in and simulator keep them.
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name
     * @param auto true for {@code auto}, false for {@code manual}
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error, such as {@code ERROR_NOT_FOUND}
     */
    public void setAutoConnect(UUID iface, String profileName, boolean auto) {
        StoredProfile p = profile(iface, profileName);
        if (p.groupPolicy()) {
            throw ErrorTable.exception("WlanSetProfile", WlanErrors.ERROR_ACCESS_DENIED)
                    .withContext("profile \"" + profileName + "\" comes from group policy and cannot be changed");
        }
        String xml = StoredProfile.withConnectionMode(p.xml(), auto);
        setProfile(iface, xml, p.perUser() ? StoredProfile.FLAG_USER : 0, true);
    }

    /**
     * Moves a profile to a position in the order Windows tries them ({@code WlanSetProfilePosition}).
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name
     * @param position the new position, 0 first
     * @throws IllegalArgumentException if {@code position} is negative
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error ({@code ERROR_NOT_FOUND}: no such
     *     profile; {@code ERROR_INVALID_PARAMETER}: a position past the end)
     */
    public void setProfilePosition(UUID iface, String profileName, int position) {
        char[] name = WlanStructs.wide(Checks.profileName("profileName", profileName));
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more, not " + position);
        }
        call("WlanSetProfilePosition", iface, (h, g) -> guard.api.WlanSetProfilePosition(h, g, name, position, null));
    }

    /**
     * Renames a stored profile ({@code WlanRenameProfile}).
     *
     * @param iface the interface's GUID
     * @param profileName the profile's name
     * @param newName its new name
     * @throws IllegalArgumentException if a name is empty, longer than 255 characters or holds a NUL
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error ({@code ERROR_NOT_FOUND}: no such
     *     profile; {@code ERROR_ALREADY_EXISTS}: a profile has the new name)
     */
    public void renameProfile(UUID iface, String profileName, String newName) {
        char[] from = WlanStructs.wide(Checks.profileName("profileName", profileName));
        char[] to = WlanStructs.wide(Checks.profileName("newName", newName));
        call("WlanRenameProfile", iface, (h, g) -> guard.api.WlanRenameProfile(h, g, from, to, null));
    }

    /**
     * Sets the order Windows tries all of an interface's profiles in ({@code WlanSetProfileList}).
     *
     * <pre>{@code
     * List<String> order = new ArrayList<>(wlan.profiles(iface));
     * Collections.reverse(order);
     * wlan.setProfileOrder(iface, order);
     * }</pre>
     *
     * @param iface the interface's GUID
     * @param profileNames every profile of the interface, each once, most preferred first
     * @throws IllegalArgumentException if the list is empty, names a profile twice, or a name is
     *     empty, longer than 255 characters or holds a NUL
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error ({@code ERROR_NOT_FOUND}: a name that
     *     is not a profile; {@code ERROR_INVALID_PARAMETER}: the list leaves a profile out)
     */
    public void setProfileOrder(UUID iface, List<String> profileNames) {
        Objects.requireNonNull(profileNames, "profileNames");
        if (profileNames.isEmpty()) {
            throw new IllegalArgumentException("profileNames must name the interface's profiles, not be empty");
        }
        if (new HashSet<>(profileNames).size() != profileNames.size()) {
            throw new IllegalArgumentException("profileNames names a profile twice: " + profileNames);
        }
        for (int i = 0; i < profileNames.size(); i++) {
            Checks.profileName("profileNames[" + i + "]", profileNames.get(i));
        }
        Memory names = WlanStructs.wideStringArray(profileNames);
        call("WlanSetProfileList", iface, (h, g) -> guard.api.WlanSetProfileList(h, g, profileNames.size(), names, null));
    }

    /**
     * Stores a user's PEAP-MSCHAPv2 credentials for an 802.1X profile, such as one from
     * {@link WlanProfile#wpa2Enterprise(Ssid, String...)} ({@code WlanSetProfileEapXmlUserData},
     * for the current user): the user name (an outer identity is not sent separately) and the
     * password, as EAPHost user-credentials XML.
     *
     * @param iface the interface's GUID
     * @param profileName the stored enterprise profile's name
     * @param username the user name, such as {@code jane@example.edu}, or {@code DOMAIN\jane}
     *     (the part before a backslash becomes the logon domain)
     * @param password the password
     * @throws IllegalArgumentException if the user name is empty, or either holds a character XML
     *     cannot carry (the message never holds the password)
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error ({@code ERROR_NOT_FOUND}: no such
     *     profile; {@code ERROR_INVALID_PARAMETER}, on the project's stand-in and simulator: not an
     *     802.1X profile); its message never holds the password
     */
    public void setPeapCredentials(UUID iface, String profileName, String username, String password) {
        setEapCredentials(iface, profileName, WlanProfile.peapUserCredentials(username, password));
    }

    /**
     * Stores a user's credentials for an 802.1X profile as EAPHost user-credentials XML of your
     * own ({@code WlanSetProfileEapXmlUserData}, for the current user), for EAP methods other
     * than PEAP-MSCHAPv2.
     *
     * @param iface the interface's GUID
     * @param profileName the stored enterprise profile's name
     * @param eapUserXml an {@code EapHostUserCredentials} document
     * @throws IllegalStateException if the client is closed
     * @throws WlanException if the service reported an error; its message never holds the XML
     */
    public void setEapCredentials(UUID iface, String profileName, String eapUserXml) {
        char[] name = WlanStructs.wide(Checks.profileName("profileName", profileName));
        char[] xml = WlanStructs.wide(Checks.text("eapUserXml", eapUserXml));
        try {
            call("WlanSetProfileEapXmlUserData", iface,
                    (h, g) -> guard.api.WlanSetProfileEapXmlUserData(h, g, name, 0, xml, null));
        } finally {
            Arrays.fill(xml, '\0'); // the password's copy in this array goes now, not with the GC
        }
    }

    /**
     * Returns the network adapter behind a WLAN interface ({@code GetAdaptersAddresses} of
     * iphlpapi, whose {@code AdapterName} is the interface's GUID): MAC address, names, IP
     * addresses, and the JDK's {@link java.net.NetworkInterface} for it.
     *
     * <pre>{@code
     * wlan.adapter(iface).ifPresent(a -> System.out.println(a.macAddress() + " " + a.addresses()));
     * }</pre>
     *
     * @param iface the interface's GUID
     * @return the adapter, or empty if iphlpapi lists none for it
     * @throws IllegalStateException if the client is closed, or the list is malformed
     * @throws WlanUnavailableException if {@code iphlpapi.dll} cannot be loaded (not Windows)
     * @throws WlanException if the call failed
     */
    public Optional<WlanAdapter> adapter(UUID iface) {
        Objects.requireNonNull(iface, "iface");
        try {
            return guard.borrow(h -> Adapters.of(guard.api, iface)); // the handle only proves the client open
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Waits until the adapter behind a WLAN interface has an IPv4 address that is not link-local
     * (DHCP answered): what a program needs after {@link #connect} before it talks to a device on
     * that network. Looks every 50 ms at first, then less often, up to every 500 ms.
     *
     * <pre>{@code
     * wlan.connect(iface, WlanProfile.open(Ssid.of("Device-Setup"))).get(30, TimeUnit.SECONDS);
     * Inet4Address mine = wlan.awaitIpv4Address(iface, Duration.ofSeconds(20));
     * }</pre>
     *
     * @param iface the interface's GUID
     * @param timeout how long to wait; a very long one, such as
     *     {@code ChronoUnit.FOREVER.getDuration()}, means no deadline
     * @return the address
     * @throws WlanTimeoutException if there is none after {@code timeout}
     *     ({@link WlanTimeoutException#isLibraryWait()} true)
     * @throws InterruptedException if interrupted while waiting
     * @throws IllegalArgumentException if {@code timeout} is not positive
     * @throws IllegalStateException if the client is closed
     */
    public Inet4Address awaitIpv4Address(UUID iface, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(iface, "iface");
        long start = System.nanoTime();
        long wait = Checks.saturatedNanos(Checks.positive("timeout", timeout)); // a very long one: no deadline
        long pause = TimeUnit.MILLISECONDS.toNanos(50);
        while (true) {
            Optional<Inet4Address> address = adapter(iface).flatMap(WlanAdapter::ipv4Address);
            if (address.isPresent()) {
                return address.get();
            }
            long left = wait - (System.nanoTime() - start); // differences of nanoTime: no overflow
            if (left <= 0) {
                throw WlanTimeoutException.libraryWait("GetAdaptersAddresses").withContext("interface " + iface
                        + " had no IPv4 address within " + timeout);
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(pause, left));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    /**
     * Subscribes a listener with one method per kind of event ({@link WlanEventListener}) to the
     * ACM and MSM notifications.
     *
     * @param listener the listener
     * @return the subscription; close it to stop
     * @throws WlanLocationAccessDeniedException on Windows 11 24H2 and later without location
     *     permission, which MSM notifications need
     * @throws IllegalStateException if the client is closed
     */
    public Subscription subscribe(WlanEventListener listener) {
        Objects.requireNonNull(listener, "listener");
        return subscribe(EnumSet.of(WlanNotificationSource.ACM, WlanNotificationSource.MSM),
                new EventDispatch(listener));
    }

    /**
     * Returns the client's notifications as a {@link Flow.Publisher}, for
     * reactive code (Reactor's {@code JdkFlowAdapter}, RxJava's {@code FlowAdapters}, Mutiny's
     * {@code Multi.createFrom().publisher}). Each subscriber gets its own subscription to the
     * sources and its own buffer of 256 notifications: one that does not keep up loses the
     * notifications its buffer cannot take, and one that blocks holds up only itself. Delivery is
     * in order, on library threads ({@code wlanapi4j-publisher-N}, gone when idle). Cancelling
     * ends the subscriber's client subscription at once; closing the client completes every
     * subscriber; a subscriber already subscribed gets {@code onError}.
     *
     * <pre>{@code
     * wlan.publisher(EnumSet.of(WlanNotificationSource.MSM)).subscribe(new Flow.Subscriber<>() { ... });
     * }</pre>
     *
     * @param sources the sources, as for {@link #subscribe}
     * @return the publisher; a subscriber of a closed client gets {@code onError}
     */
    public Flow.Publisher<WlanNotification> publisher(Set<WlanNotificationSource> sources) {
        Objects.requireNonNull(sources, "sources");
        return new NotificationPublisher(this, Set.copyOf(sources));
    }

    /**
     * What runs when the client closes (publishers completing their subscribers), each once;
     * made on first use, so that a client without publishers pays nothing for it.
     */
    @SuppressWarnings("unused") // through CLOSE_HOOKS
    private volatile Set<Runnable> closeHooks;

    /** Adds a hook {@link #close()} runs; one added after the close runs at once. */
    @SuppressWarnings("unchecked")
    void addCloseHook(Runnable hook) {
        Set<Runnable> hooks = closeHooks;
        if (hooks == null) {
            Set<Runnable> made = ConcurrentHashMap.newKeySet();
            Set<Runnable> was = (Set<Runnable>) CLOSE_HOOKS.compareAndExchange(this, null, made);
            hooks = was != null ? was : made;
        }
        hooks.add(hook);
        if (!isOpen() && hooks.remove(hook)) { // close() has run, or runs its hooks after this check
            hook.run();
        }
    }

    void removeCloseHook(Runnable hook) {
        Set<Runnable> hooks = closeHooks;
        if (hooks != null) {
            hooks.remove(hook);
        }
    }

    private void runCloseHooks() {
        Set<Runnable> hooks = closeHooks;
        if (hooks == null) {
            return;
        }
        for (Runnable hook : hooks) {
            if (hooks.remove(hook)) {
                hook.run();
            }
        }
    }

    /**
     * Returns the service's text for a {@code WLAN_REASON_CODE} ({@code WlanReasonCodeToString}),
     * such as the reason of a failed connection.
     *
     * @param reasonCode the reason code
     * @return its text, or "WLAN reason code 0x..." where the system has none
     */
    public String reasonText(int reasonCode) {
        return Operations.reasonText(guard.api, reasonCode);
    }

    /** A call that returns only a code, with the handle borrowed; an error code is thrown, typed. */
    private void call(String function, UUID iface, BiFunction<WinNT.HANDLE, Guid.GUID, Integer> call) {
        Objects.requireNonNull(iface, "iface");
        Guid.GUID g = Guids.toGuid(iface);
        try {
            int code = guard.borrow(h -> call.apply(h, g));
            if (code != WlanErrors.ERROR_SUCCESS) {
                throw ErrorTable.exception(function, code).withContext("interface " + iface);
            }
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** The number of operations not yet settled (for tests). */
    int pendingOperations() {
        Notifications n = hub();
        return n == null ? 0 : n.operations().pendingCount();
    }

    private Operations operations() {
        return notifications().operations();
    }

    /** A query through {@link WlanMemory}, with the handle borrowed for the call. */
    private <T> T query(String function, UUID iface, boolean locationGated, WlanMemory.Call call,
            WlanMemory.Reader<T> reader) {
        try {
            return WlanMemory.query(guard.api, guard, function, iface, locationGated, call, reader);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Calls {@code listener} with each notification from {@code sources} until the returned
     * subscription or this client is closed.
     *
     * <pre>{@code
     * try (WlanClient.Subscription s = wlan.subscribe(EnumSet.of(WlanNotificationSource.ACM),
     *         n -> System.out.println(n.code() + " on " + n.interfaceGuid()))) {
     *     ...
     * }
     * }</pre>
     *
     * <p>Listeners run on a library thread, never on the service's callback thread: one
     * notification at a time per client, in the order the service sent them. A listener may
     * call anything on this client, including {@link #close()}. An exception a listener throws
     * is logged through {@link System.Logger}; delivery goes on. The client keeps one native
     * registration, whose source mask covers all its listeners.
     *
     * @param sources the sources to receive, at least one
     * @param listener called with each notification
     * @return the subscription; close it to stop
     * @throws IllegalStateException if the client is closed
     * @throws IllegalArgumentException if {@code sources} is empty
     * @throws WlanException if {@code WlanRegisterNotification} failed (e.g. code 120 where the
     *     system does not implement notifications)
     */
    public Subscription subscribe(Set<WlanNotificationSource> sources, Consumer<? super WlanNotification> listener) {
        try {
            return notifications().subscribe(sources, listener);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    private Notifications notifications() {
        Object n = notifications;
        if (n == null) {
            Notifications made = new Notifications(guard.api, guard);
            n = NOTIFICATIONS.compareAndExchange(this, null, made);
            if (n == null) {
                return made;
            }
            made.close(); // another subscribe or close() came first
        }
        if (n == NONE_AND_CLOSED) {
            throw new IllegalStateException("WlanClient is closed");
        }
        return (Notifications) n; // throws in subscribe() if close() has closed it
    }

    /** The hub, or null if none was made (never subscribed, or closed first). */
    private Notifications hub() {
        Object n = notifications;
        return n instanceof Notifications ? (Notifications) n : null;
    }

    int registeredNotificationMask() {
        Notifications n = hub();
        return n == null ? 0 : n.registeredMask();
    }

    /**
     * Waits, at most {@code timeout}, until every notification this client has received from the
     * service so far has been delivered: each listener it was for has been called with it and has
     * returned, and the scans, connects and disconnects it settled have completed their futures
     * (with the stages that run on that completion). Listeners run on library threads, so
     * without this a test cannot know when they have run. Notifications the service has not
     * passed to the client yet are not covered: with {@code WlanSimulator}, call its
     * {@code awaitIdle} first, which waits for that.
     *
     * <pre>{@code
     * sim.notify(WlanNotificationSource.ACM, 7, iface, null);
     * assertTrue(sim.awaitIdle(Duration.ofSeconds(5)));      // the service has called back
     * assertTrue(wlan.awaitDelivered(Duration.ofSeconds(5))); // the listeners have run
     * }</pre>
     *
     * <p>Returns {@code true} at once when nothing is pending, no listener was ever subscribed,
     * or the client is closed (nothing more will be delivered).
     *
     * @param timeout the longest wait; not negative
     * @return {@code true} once everything received has been delivered, {@code false} if
     *     {@code timeout} ran out first
     * @throws InterruptedException if the thread was interrupted while waiting
     * @throws IllegalArgumentException if {@code timeout} is negative
     * @throws IllegalStateException if called from a listener or completion stage that this
     *     client's delivery is running, which would wait for itself
     */
    public boolean awaitDelivered(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        long deadline = System.nanoTime() + Checks.saturatedNanos(timeout);
        Notifications n = hub();
        return n == null || n.awaitDelivered(deadline);
    }

    /**
     * Returns how many notifications this client has dropped because its listeners fell behind:
     * up to 1,024 wait for delivery, and the service's thread is never made to wait, so past that
     * new ones are dropped (and the first drop is logged through {@link System.Logger}). Still
     * readable after close.
     *
     * @return the number of notifications dropped since the client was opened
     */
    public long droppedNotifications() {
        Notifications n = hub();
        return n == null ? 0 : n.dropped();
    }

    /**
     * Closes the handle ({@code WlanCloseHandle}). Idempotent and thread-safe: the native close
     * runs exactly once, now, or, if a {@link #withHandle} call is in flight on another thread,
     * when the last one returns (a failure is then logged through {@link System.Logger}).
     * Notifications stop first: queued ones are dropped, the registration is removed, and once
     * this returns no listener is running or is called again (a listener call in progress on
     * another thread is waited for; called from a library thread, inside a listener or a
     * completion stage, this does not wait, so a listener may close its own client). Pending
     * scans, connects and disconnects fail with {@link WlanCancelledException}; an outcome the
     * library is reading when this is called (a BSS list after {@code scan_complete}) is waited
     * for, so that the native close is not left to that read.
     *
     * @throws WlanException if this call ran {@code WlanCloseHandle} and it failed; the client
     *     counts as closed all the same, and the close is not retried
     */
    @Override
    public void close() {
        WlanException failure;
        try {
            Object n = NOTIFICATIONS.compareAndExchange(this, null, NONE_AND_CLOSED);
            if (n instanceof Notifications) {
                ((Notifications) n).close(); // idempotent
            }
        } finally {
            failure = guard.close(); // whatever unregistering did
            runCloseHooks(); // after the guard: a hook added from now on runs at once
            Leaks.forget(tracker);
            Reference.reachabilityFence(this); // not "leaked" while closing
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return guard + "(version " + guard.negotiatedVersion + ")";
    }
}
