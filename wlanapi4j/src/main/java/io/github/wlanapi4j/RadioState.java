package io.github.wlanapi4j;

import java.util.Arrays;

/**
 * The radio switches of an interface ({@code WLAN_RADIO_STATE}), one software and one hardware
 * switch per PHY, as {@link WlanClient#radioState(java.util.UUID)} returns them. The radio
 * transmits only where both are on.
 *
 * <pre>{@code
 * if (!wlan.radioState(iface).isOn()) System.out.println("Wi-Fi is switched off");
 * }</pre>
 */
public final class RadioState {
    /** {@code dot11_radio_state_on}. */
    static final int ON = 1;
    /** {@code dot11_radio_state_off}. */
    static final int OFF = 2;

    private final int[] software;
    private final int[] hardware;

    RadioState(int[] software, int[] hardware) {
        this.software = software;
        this.hardware = hardware;
    }

    /**
     * One PHY with these switches, for a simulator to report.
     *
     * @param softwareOn whether the software switch is on
     * @param hardwareOn whether the hardware switch is on
     * @return the state
     */
    public static RadioState of(boolean softwareOn, boolean hardwareOn) {
        return new RadioState(new int[] {softwareOn ? ON : OFF}, new int[] {hardwareOn ? ON : OFF});
    }

    /** @return how many PHYs the interface has (up to 64) */
    public int phyCount() {
        return software.length;
    }

    /** @return whether the interface has a PHY and every PHY's software and hardware switches are on */
    public boolean isOn() {
        return softwareOn() && hardwareOn();
    }

    /** @return whether the interface has a PHY and every PHY's software switch is on */
    public boolean softwareOn() {
        return allOn(software);
    }

    /** @return whether the interface has a PHY and every PHY's hardware switch is on */
    public boolean hardwareOn() {
        return allOn(hardware);
    }

    /**
     * @param phy a PHY index, 0 to {@link #phyCount()} - 1
     * @return whether that PHY's software switch is on (false when its state is unknown)
     */
    public boolean softwareOn(int phy) {
        return software[checkPhy(phy)] == ON;
    }

    /**
     * @param phy a PHY index, 0 to {@link #phyCount()} - 1
     * @return whether that PHY's hardware switch is on (false when its state is unknown)
     */
    public boolean hardwareOn(int phy) {
        return hardware[checkPhy(phy)] == ON;
    }

    /**
     * Returns a copy with one PHY's software switch set, as {@code WlanSetInterface} sets it (for
     * a simulator).
     *
     * @param phy a PHY index, 0 to {@link #phyCount()} - 1
     * @param on whether the switch is on
     * @return the changed state
     */
    public RadioState withSoftware(int phy, boolean on) {
        int[] changed = software.clone();
        changed[checkPhy(phy)] = on ? ON : OFF;
        return new RadioState(changed, hardware);
    }

    private int checkPhy(int phy) {
        if (phy < 0 || phy >= software.length) {
            throw new IndexOutOfBoundsException("PHY " + phy + " of " + software.length);
        }
        return phy;
    }

    private static boolean allOn(int[] states) {
        for (int s : states) {
            if (s != ON) {
                return false;
            }
        }
        return states.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RadioState && Arrays.equals(software, ((RadioState) o).software)
                && Arrays.equals(hardware, ((RadioState) o).hardware);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(software) + Arrays.hashCode(hardware);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RadioState[");
        for (int i = 0; i < software.length; i++) {
            s.append(i == 0 ? "" : ", ").append("PHY ").append(i).append(": software ").append(name(software[i]))
                    .append(", hardware ").append(name(hardware[i]));
        }
        return s.append(']').toString();
    }

    private static String name(int state) {
        return state == ON ? "on" : state == OFF ? "off" : "unknown";
    }
}
