package io.github.wlanapi4j;

/**
 * Windows denied a location-revealing query ({@code ERROR_ACCESS_DENIED}, 5) because the app
 * lacks location permission: since Windows 11 24H2, listing networks and BSSs, the current
 * connection and scanning need it, as SSIDs and BSSIDs reveal where the machine is. The message
 * says where to grant it: Settings, Privacy &amp; security, Location, "Let desktop apps access
 * your location" ({@code ms-settings:privacy-location}). A service, or a process outside the
 * user's session, is denied without a prompt.
 *
 * <pre>{@code
 * try {
 *     networks = wlan.availableNetworks(iface);
 * } catch (WlanLocationAccessDeniedException e) {
 *     System.err.println(e.getMessage()); // says what to turn on
 * }
 * }</pre>
 */
public final class WlanLocationAccessDeniedException extends WlanAccessDeniedException {
    private static final long serialVersionUID = 1L;

    /** What the user can do about it. */
    static final String ADVICE = "Windows 11 24H2 and later deny this without location permission: turn on "
            + "Settings > Privacy & security > Location > \"Let desktop apps access your location\" "
            + "(ms-settings:privacy-location) for the user running this program";

    WlanLocationAccessDeniedException(String function, int errorCode) {
        super(function, errorCode);
        withContext(ADVICE);
    }
}
