package io.github.wlanapi4j;

import com.sun.jna.platform.win32.WinNT;
import java.net.Inet4Address;
import java.util.UUID;

/**
 * What the contract tests run against: an implementation of the native contract, with controls
 * (fault injection, switches) and counters. Two exist: the C stand-in ({@link StandIn}), reached
 * through real native calls, and the pure-Java simulator ({@link SimulatorBackend}). Running one
 * suite against both keeps the simulator from drifting from the native behaviour.
 *
 * <p>A backend that lacks a control or a counter skips the test that asks for it, saying so.
 */
interface Backend {
    /** The library's binding of this backend. */
    WlanApi directBinding();

    /** {@link WlanApi} as a JNA interface mapping (native backends only). */
    WlanApi interfaceBinding();

    void reset();

    void failNext(String function, int code);

    void set(Setting setting, int value);

    int get(Counter counter);

    int calls(String function);

    long[] lastArgs(String function);

    /** Waits, with a bound, until a counter reaches a value (events inside the backend have no Java event). */
    default void await(Counter counter, int value) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (get(counter) != value) {
            if (System.nanoTime() > deadline) {
                org.junit.jupiter.api.Assertions.fail("timed out waiting for " + counter + " to reach " + value
                        + " (it is " + get(counter) + ")");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    void peer(MacAddress peer, int delayMs, int error, int reason, UUID iface);

    /** Sends {@code count} notifications, each with its sequence number as 4 little-endian bytes then 4 × 0xA5. */
    void notify(WlanNotificationSource source, int code, UUID iface, int count);

    /** Sends one notification carrying {@code data} (a test's own bytes, such as a malformed connection notification). */
    void notify(WlanNotificationSource source, int code, UUID iface, byte[] data);

    /** A raw call with a borrowed handle: 0 while the handle is open, 6 once it is not. */
    int enumInterfaces(WinNT.HANDLE handle);

    /** Defines an interface, or updates the one with its GUID. */
    void addInterface(WlanInterface iface);

    void addNetwork(UUID iface, AvailableNetwork network);

    void addBss(UUID iface, BssEntry entry);

    /** Sets the interface's connection, or with null disconnects it. */
    void connection(UUID iface, Connection connection);

    void radio(UUID iface, RadioState radio);

    /** Gives an interface its network adapter, with the IPv4 address it has while connected (null: none). */
    void adapter(UUID iface, MacAddress mac, int index, Inet4Address addressWhenConnected);

    void assertInvariants();

    /** Releases what the backend holds (the simulator's threads); the stand-in stays loaded. */
    default void close() {
    }
}
