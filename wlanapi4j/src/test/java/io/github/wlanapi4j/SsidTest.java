package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SsidTest {
    @Test
    void textIsUtf8() {
        Ssid s = Ssid.of("Café ☕");
        assertArrayEquals("Café ☕".getBytes(StandardCharsets.UTF_8), s.bytes());
        assertEquals("Café ☕", s.toString());
        assertEquals(Ssid.of("Café ☕".getBytes(StandardCharsets.UTF_8)), s);
    }

    @Test
    void bytesThatAreNotUtf8StayVisibleAndDistinct() {
        Ssid latin1 = Ssid.of(new byte[] {'C', 'a', 'f', (byte) 0xE9});
        assertEquals("Caf\\xe9", latin1.toString());
        Ssid other = Ssid.of(new byte[] {'C', 'a', 'f', (byte) 0xE8});
        assertNotEquals(latin1, other);
        assertNotEquals(latin1.toString(), other.toString());
        assertEquals("\\x00\\x5c\\xff", Ssid.of(new byte[] {0, '\\', (byte) 0xFF}).toString());
    }

    @Test
    void zeroAnd32BytesAreValidAnd33AreNot() {
        assertEquals("", Ssid.of(new byte[0]).toString());
        assertEquals(32, Ssid.of(new byte[32]).length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ssid.of(new byte[33]));
        assertTrue(e.getMessage().contains("33"), e.getMessage());
        String name = "é".repeat(17); // 34 bytes in UTF-8
        e = assertThrows(IllegalArgumentException.class, () -> Ssid.of(name));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains("34"), e.getMessage());
    }

    @Test
    void theBytesAreCopiedInAndOut() {
        byte[] b = {'a', 'b'};
        Ssid s = Ssid.of(b);
        b[0] = 'x';
        s.bytes()[1] = 'y';
        assertEquals("ab", s.toString());
    }

    @Test
    void hexComesBackAsTheSameBytes() {
        for (Ssid s : new Ssid[] {Ssid.of("Home"), Ssid.of(new byte[] {(byte) 0xFF, 'x'}), Ssid.of(new byte[0]),
            Ssid.of(new byte[32])}) {
            assertEquals(s, Ssid.ofHex(s.hex()));
        }
        assertEquals(Ssid.of("Home"), Ssid.ofHex("486F6D65"), "either case");
        for (String bad : new String[] {"486", "4g", "\u0661\u0662", "00".repeat(33)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ssid.ofHex(bad));
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }
}
