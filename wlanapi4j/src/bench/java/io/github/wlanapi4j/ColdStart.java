package io.github.wlanapi4j;

import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;

/**
 * Cold start: a fresh JVM that does one open+close and exits, through wlanapi4j
 * ({@code wlanapi4j}) or through jna-platform's {@code WlanApi.INSTANCE} ({@code jna-platform}).
 * The caller times whole runs (see {@code src/bench/cold-start.sh}); this prints nothing.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("wlanapi4j")) {
            WlanClient.open().close();
        } else if (args.length == 1 && args[0].equals("jna-platform")) {
            com.sun.jna.platform.win32.WlanApi raw = com.sun.jna.platform.win32.WlanApi.INSTANCE;
            IntByReference version = new IntByReference();
            WinNT.HANDLEByReference handle = new WinNT.HANDLEByReference();
            WlanException.check("WlanOpenHandle", raw.WlanOpenHandle(2, null, version, handle));
            WlanException.check("WlanCloseHandle", raw.WlanCloseHandle(handle.getValue(), null));
        } else {
            throw new IllegalArgumentException("usage: ColdStart wlanapi4j|jna-platform, not " + String.join(" ", args));
        }
    }
}
