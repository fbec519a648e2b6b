package io.github.wlanapi4j;

import com.sun.jna.platform.win32.Guid;
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
}
