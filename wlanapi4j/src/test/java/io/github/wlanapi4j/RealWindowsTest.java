package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.NativeLibrary;
import com.sun.jna.platform.win32.Kernel32Util;
import java.util.Locale;
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
        String system = Kernel32Util.formatMessage(1062).strip();
        assertEquals(system, ErrorTable.text(1062));
        assertEquals("WlanOpenHandle failed: ERROR_SERVICE_NOT_ACTIVE (1062): " + system,
                WlanException.of("WlanOpenHandle", 1062).getMessage());
        if (isWine()) {
            // Wine 8's message table has its own wording, unlike Windows' (and the built-in table).
            assertEquals("Service not active.", system);
        } else {
            assumeTrue(Locale.getDefault().getLanguage().equals("en"), "a non-English Windows: " + system);
            assertEquals("The service has not been started.", system);
        }
    }

    static boolean isWine() {
        try {
            NativeLibrary.getInstance("ntdll").getFunction("wine_get_version");
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
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
