package io.github.wlanapi4j.simulator;

import io.github.wlanapi4j.AvailableNetwork;
import io.github.wlanapi4j.BssEntry;
import io.github.wlanapi4j.Connection;
import io.github.wlanapi4j.MacAddress;
import io.github.wlanapi4j.RadioState;
import io.github.wlanapi4j.WlanInterface;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * One simulated wireless interface and what it sees: the world's state that every function of
 * {@link WlanSimulator} reads and writes, under the simulator's lock.
 */
final class SimulatedInterface {
    WlanInterface info;
    final List<AvailableNetwork> networks = new ArrayList<>();
    final List<BssEntry> bss = new ArrayList<>();
    Connection connection;
    RadioState radio = RadioState.of(true, true);
    /** Profiles in preference order. */
    final ProfileStore profiles = new ProfileStore();
    /** Connects started: a later one supersedes an earlier one, whose job then reports nothing. */
    int connects;
    /** The BOOL settings by opcode: 1 auto-config, 2 background scan (on), 3 media streaming (off). */
    final int[] settings = {0, 1, 1, 0};
    /** The RSSI {@link WlanSimulator#signal} set for the connection, or null: the joined BSS's. */
    Integer rssi;
    /** The adapter behind it, or null; and the IPv4 address it has while connected, or null. */
    MacAddress adapterMac;
    int adapterIndex;
    Inet4Address addressWhenConnected;

    SimulatedInterface(WlanInterface info) {
        this.info = info;
    }
}
