package io.github.wlanapi4j;

import java.util.Objects;
import java.util.UUID;

/**
 * A wireless interface ({@code WLAN_INTERFACE_INFO}), as {@link WlanClient#interfaces()} lists it.
 *
 * <pre>{@code
 * for (WlanInterface i : wlan.interfaces()) {
 *     System.out.println(i.description() + " " + i.state());
 * }
 * }</pre>
 */
public final class WlanInterface {
    private final UUID guid;
    private final String description;
    private final int stateCode;

    /**
     * An interface, as a simulator defines it.
     *
     * @param guid its GUID, which the other queries take
     * @param description its description, such as the adapter's name (at most 255 characters)
     * @param state its state
     */
    public WlanInterface(UUID guid, String description, InterfaceState state) {
        this(Objects.requireNonNull(guid, "guid"), Checks.name("description", description),
                Checks.known("state", state).code());
    }

    WlanInterface(UUID guid, String description, int stateCode) {
        this.guid = guid;
        this.description = description;
        this.stateCode = stateCode;
    }

    /** @return the interface's GUID, which {@link WlanClient#availableNetworks(UUID)} and the others take */
    public UUID guid() {
        return guid;
    }

    /** @return the description, such as the adapter's name */
    public String description() {
        return description;
    }

    /** @return the state, or {@link InterfaceState#UNKNOWN} for a value this version does not know */
    public InterfaceState state() {
        return InterfaceState.of(stateCode);
    }

    /** @return the raw {@code WLAN_INTERFACE_STATE} value */
    public int stateCode() {
        return stateCode;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WlanInterface)) {
            return false;
        }
        WlanInterface i = (WlanInterface) o;
        return guid.equals(i.guid) && description.equals(i.description) && stateCode == i.stateCode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(guid, description, stateCode);
    }

    @Override
    public String toString() {
        return "WlanInterface[" + guid + ", \"" + description + "\", " + state()
                + (state() == InterfaceState.UNKNOWN ? "(" + stateCode + ")" : "") + "]";
    }
}
