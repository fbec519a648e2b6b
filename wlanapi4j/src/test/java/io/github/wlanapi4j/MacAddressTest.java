package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"02:11:22:aa:bb:cc", "02-11-22-AA-BB-CC", "02:11:22:Aa:bB:cc"})
    void parsesEitherSeparatorInEitherCase(String text) {
        MacAddress mac = MacAddress.parse(text);
        assertEquals("02:11:22:aa:bb:cc", mac.toString());
        assertArrayEquals(new byte[] {2, 0x11, 0x22, (byte) 0xAA, (byte) 0xBB, (byte) 0xCC}, mac.toBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "02:11:22:33:44", "02:11:22:33:44:55:66", "02:11-22:33:44:55", "0g:11:22:33:44:55",
        " 02:11:22:33:44:55", "02:11:22:33:44:55 ", "021122334455", "02.11.22.33.44.55", "2:11:22:33:44:555",
        "\u0662\u0660:11:22:33:44:55", "02::11:22:33:44:5"})
    void rejectsAnythingElseNamingTheInput(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(text));
        assertTrue(e.getMessage().startsWith("not a MAC address: \"" + text + "\"; expected six pairs"), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(null)).getMessage()
                .startsWith("MAC address is null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MacAddress.of(null)).getMessage()
                .startsWith("MAC address bytes are null"));
    }

    @Test
    void ofTakesExactlySixBytesAndCopiesThem() {
        assertEquals("a MAC address has 6 bytes, not 5",
                assertThrows(IllegalArgumentException.class, () -> MacAddress.of(new byte[5])).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MacAddress.of(new byte[7]));
        byte[] bytes = {(byte) 0xFF, 0, 1, 2, 3, 4};
        MacAddress mac = MacAddress.of(bytes);
        bytes[0] = 0;
        assertEquals("ff:00:01:02:03:04", mac.toString());
        mac.toBytes()[1] = 9;
        assertEquals("ff:00:01:02:03:04", mac.toString());
    }

    @Test
    void isAValue() {
        MacAddress a = MacAddress.parse("02:11:22:33:44:55");
        assertEquals(a, MacAddress.parse("02-11-22-33-44-55"));
        assertEquals(a.hashCode(), MacAddress.of(a.toBytes()).hashCode());
        assertNotEquals(a, MacAddress.parse("02:11:22:33:44:56"));
        assertNotEquals(a, "02:11:22:33:44:55");
    }
}
