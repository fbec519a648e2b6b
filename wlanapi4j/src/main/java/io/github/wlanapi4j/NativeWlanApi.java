package io.github.wlanapi4j;

import com.sun.jna.Function;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.ByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The default {@link WlanApi}: JNA direct mapping into {@code wlanapi}, loaded once.
 *
 * <p>Direct mapping (static native methods bound by {@code Native.register}) skips the proxy,
 * the reflection and the per-call argument arrays of interface mapping. The adapters below only
 * unwrap JNA objects into their addresses, so a call allocates nothing.
 *
 * <p>The WLAN and the Wi-Fi Direct functions are registered separately: Windows 7 and Wine's
 * {@code wlanapi.dll} have the former but not the latter, and a missing export must cost only the
 * functions that need it.
 */
final class NativeWlanApi implements WlanApi {
    private static final String LIBRARY = "wlanapi";
    private static final String IP_HELPER = "iphlpapi";

    /** Binds the WLAN client functions (Windows Vista and later, XP SP3 with the WLAN API). */
    private static final class Wlan {
        static native int WlanOpenHandle(int dwClientVersion, Pointer pReserved, Pointer pdwNegotiatedVersion,
                Pointer phClientHandle);

        static native int WlanCloseHandle(Pointer hClientHandle, Pointer pReserved);

        // The same with pointers as their addresses (64-bit only, where they fit a long): no
        // Pointer object to make or to read the address out of, which is most of a call's cost.
        static native int WlanOpenHandle(int dwClientVersion, long pReserved, long pdwNegotiatedVersion,
                long phClientHandle);

        static native int WlanCloseHandle(long hClientHandle, long pReserved);

        static native int WlanRegisterNotification(Pointer hClientHandle, int dwNotifSource, boolean bIgnoreDuplicate,
                WLAN_NOTIFICATION_CALLBACK funcCallback, Pointer pCallbackContext, Pointer pReserved,
                Pointer pdwPrevNotifSource);
    }

    /**
     * Binds the queries of the read model, on first use: a program's start-up (its first open and
     * close) registers only what it calls, as JNA's registration is most of a cold start's cost.
     */
    private static final class Queries {
        static final Missing MISSING = register(Queries.class);

        static native int WlanEnumInterfaces(Pointer hClientHandle, Pointer pReserved, Pointer ppInterfaceList);

        static native int WlanGetAvailableNetworkList(Pointer hClientHandle, Pointer pInterfaceGuid, int dwFlags,
                Pointer pReserved, Pointer ppAvailableNetworkList);

        static native int WlanGetNetworkBssList(Pointer hClientHandle, Pointer pInterfaceGuid, byte[] pDot11Ssid,
                int dot11BssType, boolean bSecurityEnabled, Pointer pReserved, Pointer ppWlanBssList);

        static native int WlanQueryInterface(Pointer hClientHandle, Pointer pInterfaceGuid, int OpCode,
                Pointer pReserved, Pointer pdwDataSize, Pointer ppData, Pointer pWlanOpcodeValueType);

        static native void WlanFreeMemory(Pointer pMemory);

        static native int WlanGetInterfaceCapability(Pointer hClientHandle, Pointer pInterfaceGuid, Pointer pReserved,
                Pointer ppCapability);
    }

    /** Registers a holder's functions on first use; null, or which export the library lacks. */
    private static Missing register(Class<?> holder) {
        return bind(holder, NativeLibrary.getInstance(LIBRARY, CallingConvention.libraryOptions()));
    }

    /**
     * Registers a holder's functions in {@code library}; null, or which export it lacks. Only a
     * failed registration probes the exports one by one to name the missing one: a start-up pays
     * for one lookup per function, not two.
     */
    private static Missing bind(Class<?> holder, NativeLibrary library) {
        try {
            Native.register(holder, library);
            return null;
        } catch (UnsatisfiedLinkError e) { // a function the library lacks; the others are never called
            Missing missing = missing(holder, library);
            return missing != null ? missing
                    : new Missing(holder.getSimpleName(), WlanErrors.ERROR_PROC_NOT_FOUND, e.getMessage(), e);
        }
    }

    private static void requireQueries() {
        require(Queries.MISSING);
    }

    /**
     * Whether {@code function} is one of Wine's process-killing stubs here, to be answered with
     * {@code ERROR_CALL_NOT_IMPLEMENTED}; otherwise makes sure the operations are bound.
     */
    private boolean stub(String function) {
        if (stubs.contains(function)) {
            return true;
        }
        require(Operations.MISSING);
        return false;
    }

    private static void require(Missing missing) {
        if (missing != null) {
            throw missing.exception();
        }
    }

    /** Binds the operations (scan, connect, profiles, radio) on first use, as {@link Queries}. */
    private static final class Operations {
        static final Missing MISSING = register(Operations.class);

        static native int WlanScan(Pointer hClientHandle, Pointer pInterfaceGuid, byte[] pDot11Ssid, Pointer pIeData,
                Pointer pReserved);

        static native int WlanConnect(Pointer hClientHandle, Pointer pInterfaceGuid, Pointer pConnectionParameters,
                Pointer pReserved);

        static native int WlanDisconnect(Pointer hClientHandle, Pointer pInterfaceGuid, Pointer pReserved);

        static native int WlanGetProfileList(Pointer hClientHandle, Pointer pInterfaceGuid, Pointer pReserved,
                Pointer ppProfileList);

        static native int WlanGetProfile(Pointer hClientHandle, Pointer pInterfaceGuid, char[] strProfileName,
                Pointer pReserved, Pointer pstrProfileXml, Pointer pdwFlags, Pointer pdwGrantedAccess);

        static native int WlanSetProfile(Pointer hClientHandle, Pointer pInterfaceGuid, int dwFlags,
                char[] strProfileXml, char[] strAllUserProfileSecurity, boolean bOverwrite, Pointer pReserved,
                Pointer pdwReasonCode);

        static native int WlanDeleteProfile(Pointer hClientHandle, Pointer pInterfaceGuid, char[] strProfileName,
                Pointer pReserved);

        static native int WlanSetInterface(Pointer hClientHandle, Pointer pInterfaceGuid, int OpCode, int dwDataSize,
                Pointer pData, Pointer pReserved);

        static native int WlanReasonCodeToString(int dwReasonCode, int dwBufferSize, char[] pStringBuffer,
                Pointer pReserved);

        static native int WlanSetProfileEapXmlUserData(Pointer hClientHandle, Pointer pInterfaceGuid,
                char[] strProfileName, int dwFlags, char[] strEapXmlUserData, Pointer pReserved);

        static native int WlanSetProfilePosition(Pointer hClientHandle, Pointer pInterfaceGuid, char[] strProfileName,
                int dwPosition, Pointer pReserved);

        static native int WlanRenameProfile(Pointer hClientHandle, Pointer pInterfaceGuid, char[] strOldProfileName,
                char[] strNewProfileName, Pointer pReserved);

        static native int WlanSetProfileList(Pointer hClientHandle, Pointer pInterfaceGuid, int dwItems,
                Pointer strProfileNames, Pointer pReserved);
    }

    /**
     * The WLAN client functions as JNA {@code Function}s, for a program's first calls.
     * Registering {@link Wlan} (JNA's type tables, annotation proxies: about 20 ms) is most of a
     * cold start, and a program that opens and closes once should not pay for it; so the first
     * {@link #CALLS_BEFORE_BINDING} calls go through these, and the one that reaches the count
     * registers {@link Wlan}, after which every call is direct (allocation-free). Not on a thread of
     * its own: measured, a registration still running when the program ends delays its exit by as
     * much as it saves.
     */
    private static final class Cold {
        static final int CALLS_BEFORE_BINDING = 32;
        /** Set once {@link Wlan} is registered; read on every call of the three. */
        static volatile boolean direct;
        static NativeLibrary library;
        static Function open;
        static Function close;
        static Function register;
        private static final AtomicInteger CALLS = new AtomicInteger();
        /** Whether Wi-Fi Direct can be bound, asked on first use. A class, not a lambda: no bootstrap at start-up. */
        static final Supplier<Missing> WFD = new Supplier<>() {
            @Override
            public Missing get() {
                return Wfd.MISSING;
            }
        };

        /** Counts a call through the {@code Function}s; the one that reaches the count registers {@link Wlan}. */
        static void count() {
            if (CALLS.incrementAndGet() == CALLS_BEFORE_BINDING && bind(Wlan.class, library) == null) {
                direct = true; // calls already past their check finish through the Functions: both are sound
            }
        }
    }

    /**
     * Binds the Wi-Fi Direct functions (Windows 8 and later) on first use, as {@link Queries}: a
     * program that only opens a WLAN client never pays for their registration.
     */
    private static final class Wfd {
        static final Missing MISSING = register(Wfd.class);

        static native int WFDOpenHandle(int dwClientVersion, Pointer pdwNegotiatedVersion, Pointer phClientHandle);

        static native int WFDCloseHandle(Pointer hClientHandle);

        static native int WFDStartOpenSession(Pointer hClientHandle, byte[] pDeviceAddress, Pointer pvContext,
                WFD_OPEN_SESSION_COMPLETE_CALLBACK pfnCallback, Pointer phSessionHandle);

        static native int WFDCancelOpenSession(Pointer hSessionHandle);

        static native int WFDCloseSession(Pointer hSessionHandle);

        static native int WFDOpenLegacySession(Pointer hClientHandle, byte[] pLegacyMacAddress,
                Pointer phSessionHandle, Pointer pGuidSessionInterface);
    }

    /**
     * Binds iphlpapi's adapter list on first use, from {@code iphlpapi.dll} (a library of its own:
     * the WLAN functions are wlanapi's). Its absence costs only {@link WlanClient#adapter}.
     */
    private static final class IpHelper {
        static final Missing MISSING = ipHelper();

        private static Missing ipHelper() {
            NativeLibrary library;
            try {
                library = NativeLibrary.getInstance(IP_HELPER, CallingConvention.libraryOptions());
            } catch (LinkageError e) {
                return new Missing("GetAdaptersAddresses", WlanErrors.ERROR_MOD_NOT_FOUND, IP_HELPER
                        + " could not be loaded: the adapter behind a WLAN interface is known only on Windows", e);
            }
            return bind(IpHelper.class, library);
        }

        static native int GetAdaptersAddresses(int Family, int Flags, Pointer Reserved, Pointer AdapterAddresses,
                Pointer SizePointer);
    }

    /** Why something could not be bound; a new exception is made from it for each caller. */
    static final class Missing {
        final String function;
        final int code;
        final String message;
        final Throwable cause;

        Missing(String function, int code, String message, Throwable cause) {
            this.function = function;
            this.code = code;
            this.message = message;
            this.cause = cause;
        }

        WlanUnavailableException exception() {
            WlanUnavailableException e = new WlanUnavailableException(function, code, message);
            e.initCause(cause);
            return e;
        }
    }

    /** Lazy, thread-safe, once: the holder's class initialisation runs the load. */
    private static final class Holder {
        static final Object OUTCOME = loadOnce();
    }

    /** Where a pointer fits a Java long exactly, it can travel, and be read, as a primitive. */
    static final boolean POINTER_IS_LONG = Native.POINTER_SIZE == Long.BYTES;

    /**
     * Functions Wine 8's {@code wlanapi.dll} exports as "unimplemented function" stubs, which raise
     * a Windows exception that kills the process (measured: code 0x80000100). Under Wine's own DLL
     * the binding answers {@code ERROR_CALL_NOT_IMPLEMENTED} for them instead of calling, as Wine
     * does for the functions it declines properly. An export probe cannot tell a stub from an
     * implementation; the DLL's header can ({@link #isWineBuiltin}).
     */
    private static final Set<String> WINE_STUBS = Set.of("WlanGetNetworkBssList", "WlanConnect", "WlanDisconnect",
            "WlanGetProfileList", "WlanGetProfile", "WlanSetProfile", "WlanDeleteProfile", "WlanSetInterface",
            "WlanReasonCodeToString", "WlanSetProfileEapXmlUserData", "WlanSetProfilePosition", "WlanRenameProfile",
            "WlanSetProfileList", "WlanGetInterfaceCapability");

    /** Why the Wi-Fi Direct functions cannot be bound (null: they can), found out on first use. */
    private final Supplier<Missing> wfdMissing;
    /** Whether the bound library is Wine's builtin {@code wlanapi.dll}. */
    private final boolean wineBuiltin;
    /** The functions not to call here: {@link #WINE_STUBS} under Wine's DLL, else none. */
    private final Set<String> stubs;

    NativeWlanApi(Supplier<Missing> wfdMissing, boolean wineBuiltin) {
        this.wfdMissing = wfdMissing;
        this.wineBuiltin = wineBuiltin;
        this.stubs = wineBuiltin ? WINE_STUBS : Set.of();
    }

    static WlanApi instance() {
        Object outcome = Holder.OUTCOME;
        if (outcome instanceof NativeWlanApi) {
            return (NativeWlanApi) outcome;
        }
        throw ((Missing) outcome).exception();
    }

    private static Object loadOnce() {
        NativeLibrary library;
        try {
            library = NativeLibrary.getInstance(LIBRARY, CallingConvention.libraryOptions());
        } catch (LinkageError e) { // UnsatisfiedLinkError, or JNA itself missing for this platform
            return new Missing("LoadLibrary", WlanErrors.ERROR_MOD_NOT_FOUND, libraryMissingMessage(), e);
        }
        try {
            Cold.open = library.getFunction("WlanOpenHandle");
            Cold.close = library.getFunction("WlanCloseHandle");
            Cold.register = library.getFunction("WlanRegisterNotification");
            Cold.library = library;
        } catch (UnsatisfiedLinkError e) {
            return missing(Wlan.class, library);
        }
        return new NativeWlanApi(Cold.WFD, Platform.isWindows() && isWineBuiltin(library));
    }

    /**
     * Whether {@code library} is one of Wine's builtin DLLs, which carry "Wine builtin DLL" where
     * a Windows DLL has its DOS stub (offset 0x40 of the loaded image, which is always mapped).
     * Any failure to tell means no: a real Windows, then.
     */
    static boolean isWineBuiltin(NativeLibrary library) {
        byte[] marker = "Wine builtin DLL".getBytes(StandardCharsets.US_ASCII);
        try {
            String name = library.getName().endsWith(".dll") ? library.getName() : library.getName() + ".dll";
            WinDef.HMODULE module = Kernel32.INSTANCE.GetModuleHandle(name);
            return module != null && Arrays.equals(module.getPointer().getByteArray(0x40, marker.length), marker);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Pointer address(Guid.GUID guid) {
        if (guid == null) {
            return null;
        }
        guid.write();
        return guid.getPointer();
    }

    /** Whether the WLAN client functions are called through direct mapping yet (for tests). */
    static boolean direct() {
        return Cold.direct;
    }

    static Missing missingWlan(NativeLibrary library) {
        return missing(Wlan.class, library);
    }

    static Missing missingWfd(NativeLibrary library) {
        return missing(Wfd.class, library);
    }

    /** Says which export of {@code functions} the library lacks, if any. */
    private static Missing missing(Class<?> functions, NativeLibrary library) {
        for (Method m : functions.getDeclaredMethods()) {
            if (!Modifier.isNative(m.getModifiers())) {
                continue;
            }
            try {
                library.getFunction(m.getName());
            } catch (UnsatisfiedLinkError e) {
                return new Missing(m.getName(), WlanErrors.ERROR_PROC_NOT_FOUND,
                        WlanUnavailableException.missingExportMessage(library.getFile().getName(), m.getName()), e);
            }
        }
        return null;
    }

    static String libraryMissingMessage() {
        if (!Platform.isWindows()) {
            return "wlanapi.dll is not available: the Native Wifi API exists only on Windows, and this is "
                    + System.getProperty("os.name") + " (" + System.getProperty("os.arch") + "). "
                    + "Tests can pass a WlanApi of their own, such as io.github.wlanapi4j.simulator.WlanSimulator, "
                    + "to WlanClient.open(WlanApi).";
        }
        return "wlanapi.dll could not be loaded. On Windows Server, install the Wireless LAN Service feature "
                + "(PowerShell: Install-WindowsFeature Wireless-Networking) and restart; on client editions of "
                + "Windows it is part of the system.";
    }

    private void requireWfd() {
        require(wfdMissing.get());
    }

    private static Pointer address(ByReference reference) {
        return reference == null ? null : reference.getPointer();
    }

    private static Pointer address(PointerType handle) {
        return handle == null ? null : handle.getPointer();
    }

    @Override
    public int WlanOpenHandle(int dwClientVersion, Pointer pReserved, IntByReference pdwNegotiatedVersion,
            WinNT.HANDLEByReference phClientHandle) {
        if (!Cold.direct) {
            Cold.count();
            return Cold.open.invokeInt(new Object[] {dwClientVersion, pReserved, address(pdwNegotiatedVersion),
                address(phClientHandle)});
        }
        if (POINTER_IS_LONG) {
            return Wlan.WlanOpenHandle(dwClientVersion, Pointer.nativeValue(pReserved),
                    Pointer.nativeValue(address(pdwNegotiatedVersion)), Pointer.nativeValue(address(phClientHandle)));
        }
        return Wlan.WlanOpenHandle(dwClientVersion, pReserved, address(pdwNegotiatedVersion), address(phClientHandle));
    }

    @Override
    public int WlanCloseHandle(WinNT.HANDLE hClientHandle, Pointer pReserved) {
        if (!Cold.direct) {
            Cold.count();
            return Cold.close.invokeInt(new Object[] {address(hClientHandle), pReserved});
        }
        if (POINTER_IS_LONG) {
            // A caller's HANDLE (e.g. fresh from HANDLEByReference.getValue()) need not be
            // allocated at all once the JIT sees that only its address is used.
            return Wlan.WlanCloseHandle(Pointer.nativeValue(address(hClientHandle)), Pointer.nativeValue(pReserved));
        }
        return Wlan.WlanCloseHandle(address(hClientHandle), pReserved);
    }

    /**
     * {@code WlanCloseHandle(handle, NULL)} through {@code api}, for {@link WlanClient}'s close.
     * Through this binding the handle crosses as its value: the HANDLE a caller of the interface
     * method must make escapes the guard's close path (measured: 24 B more per open+close).
     */
    static int closeWlanHandle(WlanApi api, long handle) {
        if (!(api instanceof NativeWlanApi)) {
            return api.WlanCloseHandle(HandleGuard.handleOf(handle), null);
        }
        if (!Cold.direct) {
            Cold.count();
            return Cold.close.invokeInt(new Object[] {new Pointer(handle), null});
        }
        return POINTER_IS_LONG ? Wlan.WlanCloseHandle(handle, 0) : Wlan.WlanCloseHandle(new Pointer(handle), null);
    }

    @Override
    public int WlanRegisterNotification(WinNT.HANDLE hClientHandle, int dwNotifSource, boolean bIgnoreDuplicate,
            WLAN_NOTIFICATION_CALLBACK funcCallback, Pointer pCallbackContext, Pointer pReserved,
            IntByReference pdwPrevNotifSource) {
        if (!Cold.direct) {
            Cold.count();
            return Cold.register.invokeInt(new Object[] {address(hClientHandle), dwNotifSource, bIgnoreDuplicate,
                funcCallback, pCallbackContext, pReserved, address(pdwPrevNotifSource)});
        }
        return Wlan.WlanRegisterNotification(address(hClientHandle), dwNotifSource, bIgnoreDuplicate, funcCallback,
                pCallbackContext, pReserved, address(pdwPrevNotifSource));
    }

    @Override
    public int WlanEnumInterfaces(WinNT.HANDLE hClientHandle, Pointer pReserved, PointerByReference ppInterfaceList) {
        requireQueries();
        return Queries.WlanEnumInterfaces(address(hClientHandle), pReserved, address(ppInterfaceList));
    }

    @Override
    public int WlanGetAvailableNetworkList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int dwFlags,
            Pointer pReserved, PointerByReference ppAvailableNetworkList) {
        requireQueries();
        return Queries.WlanGetAvailableNetworkList(address(hClientHandle), address(pInterfaceGuid), dwFlags, pReserved,
                address(ppAvailableNetworkList));
    }

    @Override
    public int WlanGetNetworkBssList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, byte[] pDot11Ssid,
            int dot11BssType, boolean bSecurityEnabled, Pointer pReserved, PointerByReference ppWlanBssList) {
        if (stubs.contains("WlanGetNetworkBssList")) {
            return WlanErrors.ERROR_CALL_NOT_IMPLEMENTED;
        }
        requireQueries();
        return Queries.WlanGetNetworkBssList(address(hClientHandle), address(pInterfaceGuid), pDot11Ssid, dot11BssType,
                bSecurityEnabled, pReserved, address(ppWlanBssList));
    }

    @Override
    public int WlanQueryInterface(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int OpCode, Pointer pReserved,
            IntByReference pdwDataSize, PointerByReference ppData, IntByReference pWlanOpcodeValueType) {
        requireQueries();
        return Queries.WlanQueryInterface(address(hClientHandle), address(pInterfaceGuid), OpCode, pReserved,
                address(pdwDataSize), address(ppData), address(pWlanOpcodeValueType));
    }

    @Override
    public int WlanGetInterfaceCapability(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pReserved,
            PointerByReference ppCapability) {
        if (stubs.contains("WlanGetInterfaceCapability")) {
            return WlanErrors.ERROR_CALL_NOT_IMPLEMENTED;
        }
        requireQueries();
        return Queries.WlanGetInterfaceCapability(address(hClientHandle), address(pInterfaceGuid), pReserved,
                address(ppCapability));
    }

    @Override
    public int WlanScan(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, byte[] pDot11Ssid, Pointer pIeData,
            Pointer pReserved) {
        require(Operations.MISSING);
        return Operations.WlanScan(address(hClientHandle), address(pInterfaceGuid), pDot11Ssid, pIeData, pReserved);
    }

    @Override
    public int WlanConnect(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pConnectionParameters,
            Pointer pReserved) {
        return stub("WlanConnect") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanConnect(address(hClientHandle), address(pInterfaceGuid), pConnectionParameters,
                pReserved);
    }

    @Override
    public int WlanDisconnect(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pReserved) {
        return stub("WlanDisconnect") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanDisconnect(address(hClientHandle), address(pInterfaceGuid), pReserved);
    }

    @Override
    public int WlanGetProfileList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pReserved,
            PointerByReference ppProfileList) {
        return stub("WlanGetProfileList") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanGetProfileList(address(hClientHandle), address(pInterfaceGuid), pReserved,
                address(ppProfileList));
    }

    @Override
    public int WlanGetProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strProfileName,
            Pointer pReserved, PointerByReference pstrProfileXml, IntByReference pdwFlags,
            IntByReference pdwGrantedAccess) {
        return stub("WlanGetProfile") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanGetProfile(address(hClientHandle), address(pInterfaceGuid), strProfileName, pReserved,
                address(pstrProfileXml), address(pdwFlags), address(pdwGrantedAccess));
    }

    @Override
    public int WlanSetProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int dwFlags, char[] strProfileXml,
            char[] strAllUserProfileSecurity, boolean bOverwrite, Pointer pReserved, IntByReference pdwReasonCode) {
        return stub("WlanSetProfile") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanSetProfile(address(hClientHandle), address(pInterfaceGuid), dwFlags, strProfileXml,
                strAllUserProfileSecurity, bOverwrite, pReserved, address(pdwReasonCode));
    }

    @Override
    public int WlanDeleteProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strProfileName,
            Pointer pReserved) {
        return stub("WlanDeleteProfile") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanDeleteProfile(address(hClientHandle), address(pInterfaceGuid), strProfileName,
                pReserved);
    }

    @Override
    public int WlanSetInterface(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int OpCode, int dwDataSize,
            Pointer pData, Pointer pReserved) {
        return stub("WlanSetInterface") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanSetInterface(address(hClientHandle), address(pInterfaceGuid), OpCode, dwDataSize, pData,
                pReserved);
    }

    @Override
    public int WlanReasonCodeToString(int dwReasonCode, int dwBufferSize, char[] pStringBuffer, Pointer pReserved) {
        return stub("WlanReasonCodeToString") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanReasonCodeToString(dwReasonCode, dwBufferSize, pStringBuffer, pReserved);
    }

    @Override
    public int WlanSetProfileEapXmlUserData(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid,
            char[] strProfileName, int dwFlags, char[] strEapXmlUserData, Pointer pReserved) {
        return stub("WlanSetProfileEapXmlUserData") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanSetProfileEapXmlUserData(address(hClientHandle), address(pInterfaceGuid),
                strProfileName, dwFlags, strEapXmlUserData, pReserved);
    }

    @Override
    public int WlanSetProfilePosition(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strProfileName,
            int dwPosition, Pointer pReserved) {
        return stub("WlanSetProfilePosition") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanSetProfilePosition(address(hClientHandle), address(pInterfaceGuid), strProfileName,
                dwPosition, pReserved);
    }

    @Override
    public int WlanRenameProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strOldProfileName,
            char[] strNewProfileName, Pointer pReserved) {
        return stub("WlanRenameProfile") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanRenameProfile(address(hClientHandle), address(pInterfaceGuid), strOldProfileName,
                strNewProfileName, pReserved);
    }

    @Override
    public int WlanSetProfileList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int dwItems,
            Pointer strProfileNames, Pointer pReserved) {
        return stub("WlanSetProfileList") ? WlanErrors.ERROR_CALL_NOT_IMPLEMENTED
                : Operations.WlanSetProfileList(address(hClientHandle), address(pInterfaceGuid), dwItems,
                strProfileNames, pReserved);
    }

    @Override
    public int GetAdaptersAddresses(int Family, int Flags, Pointer Reserved, Pointer AdapterAddresses,
            IntByReference SizePointer) {
        require(IpHelper.MISSING);
        return IpHelper.GetAdaptersAddresses(Family, Flags, Reserved, AdapterAddresses, address(SizePointer));
    }

    @Override
    public void WlanFreeMemory(Pointer pMemory) {
        requireQueries();
        Queries.WlanFreeMemory(pMemory);
    }

    @Override
    public int WFDOpenHandle(int dwClientVersion, IntByReference pdwNegotiatedVersion,
            WinNT.HANDLEByReference phClientHandle) {
        requireWfd();
        return Wfd.WFDOpenHandle(dwClientVersion, address(pdwNegotiatedVersion), address(phClientHandle));
    }

    @Override
    public int WFDCloseHandle(WinNT.HANDLE hClientHandle) {
        requireWfd();
        return Wfd.WFDCloseHandle(address(hClientHandle));
    }

    @Override
    public int WFDStartOpenSession(WinNT.HANDLE hClientHandle, byte[] pDeviceAddress, Pointer pvContext,
            WFD_OPEN_SESSION_COMPLETE_CALLBACK pfnCallback, WinNT.HANDLEByReference phSessionHandle) {
        requireWfd();
        return Wfd.WFDStartOpenSession(address(hClientHandle), pDeviceAddress, pvContext, pfnCallback,
                address(phSessionHandle));
    }

    @Override
    public int WFDCancelOpenSession(WinNT.HANDLE hSessionHandle) {
        requireWfd();
        return Wfd.WFDCancelOpenSession(address(hSessionHandle));
    }

    @Override
    public int WFDCloseSession(WinNT.HANDLE hSessionHandle) {
        requireWfd();
        return Wfd.WFDCloseSession(address(hSessionHandle));
    }

    @Override
    public int WFDOpenLegacySession(WinNT.HANDLE hClientHandle, byte[] pLegacyMacAddress,
            WinNT.HANDLEByReference phSessionHandle, Guid.GUID pGuidSessionInterface) {
        requireWfd();
        int code = Wfd.WFDOpenLegacySession(address(hClientHandle), pLegacyMacAddress, address(phSessionHandle),
                pGuidSessionInterface == null ? null : pGuidSessionInterface.getPointer());
        if (pGuidSessionInterface != null) {
            pGuidSessionInterface.read(); // what interface mapping does for a Structure argument
        }
        return code;
    }

    @Override
    public String toString() {
        return "WlanApi[native " + LIBRARY + (wfdMissing.get() == null ? "" : ", without Wi-Fi Direct")
                + (wineBuiltin ? ", Wine's builtin" : "") + "]";
    }
}
