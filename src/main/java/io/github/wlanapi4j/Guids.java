package io.github.wlanapi4j;

import com.sun.jna.platform.win32.Guid;
import java.nio.ByteBuffer;
import java.util.UUID;

/** GUIDs from native code as {@link UUID}s. */
final class Guids {
    private Guids() {}

    /** {@code GUID} (Data1..Data4) to {@link UUID}, as Windows writes GUIDs: the same 32 hex digits. */
    static UUID toUuid(Guid.GUID guid) {
        long msb = (guid.Data1 & 0xFFFF_FFFFL) << 32 | (guid.Data2 & 0xFFFFL) << 16 | (guid.Data3 & 0xFFFFL);
        long lsb = 0;
        for (byte b : guid.Data4) {
            lsb = lsb << 8 | (b & 0xFF);
        }
        return new UUID(msb, lsb);
    }

    /** The {@code GUID} at {@code offset} of a native-order view. */
    static UUID read(ByteBuffer b, int offset) {
        long msb = (b.getInt(offset) & 0xFFFF_FFFFL) << 32 | (b.getShort(offset + 4) & 0xFFFFL) << 16
                | (b.getShort(offset + 6) & 0xFFFFL);
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            lsb = lsb << 8 | (b.get(offset + 8 + i) & 0xFF);
        }
        return new UUID(msb, lsb);
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
