package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Against the system's own {@code wlanapi.dll}, on Windows only. Windows Server (as on hosted CI
 * runners) lacks the Wireless LAN Service: such tests skip, saying so.
 */
@EnabledOnOs(OS.WINDOWS)
class RealWindowsTest {

    @Test
    void messagesComeFromFormatMessage() {
        // Windows' own text for 1062 (English systems); the built-in table has the same words.
        String text = ErrorTable.text(1062);
        assertFalse(text.isBlank());
        assumeTrue(java.util.Locale.getDefault().getLanguage().equals("en"), "a non-English Windows: " + text);
        assertEquals("The service has not been started.", text);
    }

    @Test
    void opensAndClosesAClientOnTheSystemsService() {
        WlanApi api;
        try {
            api = WlanApi.load();
        } catch (WlanUnavailableException e) {
            assumeTrue(false, "no usable wlanapi.dll here: " + e.getMessage());
            return;
        }
        try (WlanClient wlan = WlanClient.open(api)) {
            assertEquals(WlanApi.WLAN_API_VERSION_2_0, wlan.negotiatedVersion());
        } catch (WlanServiceNotActiveException e) {
            assumeTrue(false, "the WLAN AutoConfig service is not running here: " + e.getMessage());
        }
    }
}
