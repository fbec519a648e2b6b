package io.github.wlanapi4j;

import com.sun.jna.platform.win32.Guid;
import java.nio.ByteBuffer;
import java.util.UUID;

/** GUIDs from native code as {@link UUID}s. */
final class Guids {
    private Guids() {}

    /** {@code GUID} (Data1..Data4) to {@link UUID}, as Windows writes GUIDs: the same 32 hex digits. */
    static UUID toUuid(Guid.GUID guid) {
        long data4 = 0;
        for (byte b : guid.Data4) {
            data4 = data4 << 8 | (b & 0xFF);
        }
        return uuid(guid.Data1, guid.Data2, guid.Data3, data4);
    }

    /** Data1..Data3 as Windows keeps them, Data4's eight bytes in order: the UUID of the same digits. */
    private static UUID uuid(int data1, short data2, short data3, long data4) {
        return new UUID((data1 & 0xFFFF_FFFFL) << 32 | (data2 & 0xFFFFL) << 16 | (data3 & 0xFFFFL), data4);
    }

    /** The {@code GUID} at {@code offset} of a native-order view. */
    static UUID read(ByteBuffer b, int offset) {
        long data4 = 0;
        for (int i = 0; i < 8; i++) {
            data4 = data4 << 8 | (b.get(offset + 8 + i) & 0xFF);
        }
        return uuid(b.getInt(offset), b.getShort(offset + 4), b.getShort(offset + 6), data4);
    }

    /** {@link UUID} to a new {@code GUID} structure, to pass as a {@code const GUID *}. */
    static Guid.GUID toGuid(UUID uuid) {
        Guid.GUID g = new Guid.GUID();
        long msb = uuid.getMostSignificantBits();
        g.Data1 = (int) (msb >>> 32);
        g.Data2 = (short) (msb >>> 16);
        g.Data3 = (short) msb;
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            g.Data4[i] = (byte) (lsb >>> (56 - 8 * i));
        }
        return g;
    }
}
