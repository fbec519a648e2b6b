package io.github.wlanapi4j;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The thin JNA binding of {@code wlanapi.dll}: one method per C function, same names, same
 * parameter order, each returning the function's own {@code DWORD} result code (never read
 * {@code GetLastError} after these).
 *
 * <p>This is the seam of the library: {@link WlanClient} and {@link WfdClient} take a
 * {@code WlanApi}, so tests can pass {@link io.github.wlanapi4j.simulator.WlanSimulator} or a
 * mock, and code that needs a function the wrappers do not
 * cover can call the binding directly with a handle borrowed through
 * {@link WlanClient#withHandle(java.util.function.Function)}. Most programs never call it.
 *
 * <p>The native binding is obtained with {@link #load()}; it uses JNA direct mapping and the
 * right calling convention for the platform (stdcall on 32-bit Windows, the C convention
 * elsewhere). The interface is also a valid JNA interface mapping for {@code Native.load}.
 *
 * <p>Thread-safety: the native binding is thread-safe, as {@code wlanapi.dll} is.
 */
public interface WlanApi extends StdCallLibrary {

    /** Client version 1: Windows XP SP2/SP3 with the Wireless LAN API. */
    int WLAN_API_VERSION_1_0 = 1;
    /** Client version 2: Windows Vista and later; the version {@link WlanClient#open()} requests. */
    int WLAN_API_VERSION_2_0 = 2;
    /** The only Wi-Fi Direct API version, requested by {@link WfdClient#open()}. */
    int WFD_API_VERSION_1_0 = 1;

    /**
     * Returns the native binding of {@code wlanapi}, loading it on first use and caching it.
     *
     * <p>The library is found through JNA's normal search, so the {@code jna.library.path}
     * system property can point it at another implementation (the project's tests load a
     * stand-in this way).
     *
     * @return the cached native binding
     * @throws WlanUnavailableException if {@code wlanapi.dll} is not present or does not export
     *     the Native Wifi functions; the message says why and what to do. A library without the
     *     Wi-Fi Direct functions (Windows 7) still loads: the {@code WFD*} methods of the
     *     returned binding then throw this exception.
     */
    static WlanApi load() {
        return NativeWlanApi.instance();
    }

    /**
     * {@code DWORD WlanOpenHandle(DWORD dwClientVersion, PVOID pReserved,
     * PDWORD pdwNegotiatedVersion, PHANDLE phClientHandle)}: opens a connection to the server.
     *
     * @param dwClientVersion {@link #WLAN_API_VERSION_1_0} or {@link #WLAN_API_VERSION_2_0}
     * @param pReserved must be {@code null}
     * @param pdwNegotiatedVersion receives the version negotiated with the server
     * @param phClientHandle receives the client handle
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanOpenHandle(int dwClientVersion, Pointer pReserved, IntByReference pdwNegotiatedVersion,
            WinNT.HANDLEByReference phClientHandle);

    /**
     * {@code DWORD WlanCloseHandle(HANDLE hClientHandle, PVOID pReserved)}: closes a client
     * handle. Waits for a running notification callback of the handle to return, so it must
     * never be called from inside one.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanCloseHandle(WinNT.HANDLE hClientHandle, Pointer pReserved);

    /**
     * {@code DWORD WlanRegisterNotification(HANDLE hClientHandle, DWORD dwNotifSource,
     * BOOL bIgnoreDuplicate, WLAN_NOTIFICATION_CALLBACK funcCallback, PVOID pCallbackContext,
     * PVOID pReserved, PDWORD pdwPrevNotifSource)}: sets the one notification callback of a
     * handle and the sources it receives; a new registration replaces the old one, and sources 0
     * ({@code WLAN_NOTIFICATION_SOURCE_NONE}) unregisters.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param dwNotifSource a mask of {@code WLAN_NOTIFICATION_SOURCE_*} bits, or 0
     * @param bIgnoreDuplicate whether the service may drop a notification equal to the previous one
     * @param funcCallback called for each notification; must stay strongly reachable while
     *     registered (may be {@code null} when unregistering)
     * @param pCallbackContext passed back to the callback unchanged
     * @param pReserved must be {@code null}
     * @param pdwPrevNotifSource receives the previous mask; may be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanRegisterNotification(WinNT.HANDLE hClientHandle, int dwNotifSource, boolean bIgnoreDuplicate,
            WLAN_NOTIFICATION_CALLBACK funcCallback, Pointer pCallbackContext, Pointer pReserved,
            IntByReference pdwPrevNotifSource);

    /**
     * {@code DWORD WlanEnumInterfaces(HANDLE hClientHandle, PVOID pReserved,
     * PWLAN_INTERFACE_INFO_LIST *ppInterfaceList)}: lists the wireless interfaces.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pReserved must be {@code null}
     * @param ppInterfaceList receives a {@code WLAN_INTERFACE_INFO_LIST} the service allocated;
     *     free it with {@link #WlanFreeMemory}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanEnumInterfaces(WinNT.HANDLE hClientHandle, Pointer pReserved, PointerByReference ppInterfaceList);

    /**
     * {@code DWORD WlanGetAvailableNetworkList(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * DWORD dwFlags, PVOID pReserved, PWLAN_AVAILABLE_NETWORK_LIST *ppAvailableNetworkList)}: lists
     * the networks an interface sees. On Windows 11 24H2 and later it fails with
     * {@code ERROR_ACCESS_DENIED} when the app lacks location permission.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param dwFlags {@code WLAN_AVAILABLE_NETWORK_INCLUDE_*} bits, or 0
     * @param pReserved must be {@code null}
     * @param ppAvailableNetworkList receives a {@code WLAN_AVAILABLE_NETWORK_LIST} the service
     *     allocated; free it with {@link #WlanFreeMemory}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanGetAvailableNetworkList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int dwFlags,
            Pointer pReserved, PointerByReference ppAvailableNetworkList);

    /**
     * {@code DWORD WlanGetNetworkBssList(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * const PDOT11_SSID pDot11Ssid, DOT11_BSS_TYPE dot11BssType, BOOL bSecurityEnabled,
     * PVOID pReserved, PWLAN_BSS_LIST *ppWlanBssList)}: lists the BSSs an interface sees, as of its
     * last scan. On Windows 11 24H2 and later it fails with {@code ERROR_ACCESS_DENIED} when the
     * app lacks location permission.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param pDot11Ssid a {@code DOT11_SSID} (36 bytes: the length as a little-endian
     *     {@code ULONG}, then 32 bytes) to list only that network's BSSs, or {@code null} for all
     * @param dot11BssType {@code dot11_BSS_type_infrastructure} (1), {@code _independent} (2) or
     *     {@code _any} (3)
     * @param bSecurityEnabled whether the network is secured; used only with an SSID
     * @param pReserved must be {@code null}
     * @param ppWlanBssList receives a {@code WLAN_BSS_LIST} the service allocated; free it with
     *     {@link #WlanFreeMemory}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanGetNetworkBssList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, byte[] pDot11Ssid,
            int dot11BssType, boolean bSecurityEnabled, Pointer pReserved, PointerByReference ppWlanBssList);

    /**
     * {@code DWORD WlanQueryInterface(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * WLAN_INTF_OPCODE OpCode, PVOID pReserved, PDWORD pdwDataSize, PVOID *ppData,
     * PWLAN_OPCODE_VALUE_TYPE pWlanOpcodeValueType)}: reads one property of an interface, such as
     * {@code wlan_intf_opcode_radio_state} (4) or {@code wlan_intf_opcode_current_connection} (7;
     * {@code ERROR_INVALID_STATE} when not connected, and {@code ERROR_ACCESS_DENIED} on Windows 11
     * 24H2 and later without location permission).
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param OpCode the property ({@code WLAN_INTF_OPCODE})
     * @param pReserved must be {@code null}
     * @param pdwDataSize receives the size of the data
     * @param ppData receives the data, allocated by the service; free it with {@link #WlanFreeMemory}
     * @param pWlanOpcodeValueType receives where the value came from; may be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanQueryInterface(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int OpCode, Pointer pReserved,
            IntByReference pdwDataSize, PointerByReference ppData, IntByReference pWlanOpcodeValueType);

    /**
     * {@code DWORD WlanGetInterfaceCapability(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * PVOID pReserved, PWLAN_INTERFACE_CAPABILITY *ppCapability)}: what an interface can do.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param pReserved must be {@code null}
     * @param ppCapability receives a {@code WLAN_INTERFACE_CAPABILITY} (276 bytes) the service
     *     allocated; free it with {@link #WlanFreeMemory}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanGetInterfaceCapability(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pReserved,
            PointerByReference ppCapability);

    /**
     * {@code DWORD WlanScan(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * const PDOT11_SSID pDot11Ssid, const PWLAN_RAW_DATA pIeData, PVOID pReserved)}: starts a
     * scan and returns at once; the outcome is the interface's ACM {@code scan_complete} (7) or
     * {@code scan_fail} (8) notification. On Windows 11 24H2 and later it fails with
     * {@code ERROR_ACCESS_DENIED} when the app lacks location permission.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param pDot11Ssid a {@code DOT11_SSID} (36 bytes, as for {@link #WlanGetNetworkBssList}) to
     *     probe for, or {@code null}
     * @param pIeData a {@code WLAN_RAW_DATA} to add to probe requests, or {@code null}
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanScan(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, byte[] pDot11Ssid, Pointer pIeData,
            Pointer pReserved);

    /**
     * {@code DWORD WlanConnect(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * const PWLAN_CONNECTION_PARAMETERS pConnectionParameters, PVOID pReserved)}: starts a
     * connection and returns at once; the outcome is the interface's ACM
     * {@code connection_complete} (10), preceded by {@code connection_attempt_fail} (11) when it
     * failed.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param pConnectionParameters a {@code WLAN_CONNECTION_PARAMETERS} (40 bytes on 64-bit, 24
     *     on 32-bit: mode, profile name or XML as {@code LPCWSTR}, SSID, BSSID list, BSS type, flags)
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanConnect(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pConnectionParameters,
            Pointer pReserved);

    /**
     * {@code DWORD WlanDisconnect(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * PVOID pReserved)}: disconnects the interface; the service reports ACM
     * {@code disconnected} (21) when it has.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanDisconnect(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pReserved);

    /**
     * {@code DWORD WlanGetProfileList(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * PVOID pReserved, PWLAN_PROFILE_INFO_LIST *ppProfileList)}: lists an interface's profiles,
     * in preference order.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param pReserved must be {@code null}
     * @param ppProfileList receives a {@code WLAN_PROFILE_INFO_LIST} the service allocated; free
     *     it with {@link #WlanFreeMemory}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanGetProfileList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, Pointer pReserved,
            PointerByReference ppProfileList);

    /**
     * {@code DWORD WlanGetProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * LPCWSTR strProfileName, PVOID pReserved, LPWSTR *pstrProfileXml, DWORD *pdwFlags,
     * PDWORD pdwGrantedAccess)}: reads a profile's XML ({@code ERROR_NOT_FOUND} if there is no
     * such profile).
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param strProfileName the profile's name, NUL-terminated UTF-16
     * @param pReserved must be {@code null}
     * @param pstrProfileXml receives the XML the service allocated; free it with {@link #WlanFreeMemory}
     * @param pdwFlags on input {@code WLAN_PROFILE_GET_PLAINTEXT_KEY} and the like, on output the
     *     profile's flags; may be {@code null}
     * @param pdwGrantedAccess receives the caller's access rights; may be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanGetProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strProfileName,
            Pointer pReserved, PointerByReference pstrProfileXml, IntByReference pdwFlags,
            IntByReference pdwGrantedAccess);

    /**
     * {@code DWORD WlanSetProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid, DWORD dwFlags,
     * LPCWSTR strProfileXml, LPCWSTR strAllUserProfileSecurity, BOOL bOverwrite, PVOID pReserved,
     * DWORD *pdwReasonCode)}: adds or replaces a profile. {@code ERROR_BAD_PROFILE} (1206) comes
     * with a {@code WLAN_REASON_CODE} saying why; {@code ERROR_ALREADY_EXISTS} (183) when the
     * profile exists and {@code bOverwrite} is false.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param dwFlags {@code WLAN_PROFILE_*} flags, 0 for an all-user profile
     * @param strProfileXml the profile's XML, NUL-terminated UTF-16
     * @param strAllUserProfileSecurity a security descriptor string, or {@code null}
     * @param bOverwrite whether to replace a profile of the same name
     * @param pReserved must be {@code null}
     * @param pdwReasonCode receives why the profile was rejected
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanSetProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int dwFlags, char[] strProfileXml,
            char[] strAllUserProfileSecurity, boolean bOverwrite, Pointer pReserved, IntByReference pdwReasonCode);

    /**
     * {@code DWORD WlanDeleteProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * LPCWSTR strProfileName, PVOID pReserved)}: deletes a profile ({@code ERROR_NOT_FOUND} if
     * there is none of that name).
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param strProfileName the profile's name, NUL-terminated UTF-16
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanDeleteProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strProfileName,
            Pointer pReserved);

    /**
     * {@code DWORD WlanSetProfileEapXmlUserData(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * LPCWSTR strProfileName, DWORD dwFlags, LPCWSTR strEapXmlUserData, PVOID pReserved)}: stores
     * the user's credentials for an 802.1X profile, as EAPHost user-credentials XML
     * ({@code EapHostUserCredentials}). Its {@code dwFlags} is 0 for the current user, or
     * {@code WLAN_SET_EAPHOST_DATA_ALL_USERS} (1) for all users.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param strProfileName the profile's name, NUL-terminated UTF-16
     * @param dwFlags 0 or {@code WLAN_SET_EAPHOST_DATA_ALL_USERS}
     * @param strEapXmlUserData the credentials' XML, NUL-terminated UTF-16
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code ({@code ERROR_NOT_FOUND}: no such profile)
     */
    int WlanSetProfileEapXmlUserData(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strProfileName,
            int dwFlags, char[] strEapXmlUserData, Pointer pReserved);

    /**
     * {@code DWORD WlanSetProfilePosition(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * LPCWSTR strProfileName, DWORD dwPosition, PVOID pReserved)}: moves a profile to a position
     * (0 first) in the order Windows tries them. Group-policy profiles stay first.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param strProfileName the profile's name, NUL-terminated UTF-16
     * @param dwPosition the new position, 0-based
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanSetProfilePosition(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strProfileName,
            int dwPosition, Pointer pReserved);

    /**
     * {@code DWORD WlanRenameProfile(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * LPCWSTR strOldProfileName, LPCWSTR strNewProfileName, PVOID pReserved)}: renames a profile.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param strOldProfileName the profile's name, NUL-terminated UTF-16
     * @param strNewProfileName its new name, NUL-terminated UTF-16
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanRenameProfile(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, char[] strOldProfileName,
            char[] strNewProfileName, Pointer pReserved);

    /**
     * {@code DWORD WlanSetProfileList(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * DWORD dwItems, LPCWSTR *strProfileNames, PVOID pReserved)}: sets the order of all of an
     * interface's profiles at once; the list must name each profile once.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param dwItems how many names {@code strProfileNames} holds
     * @param strProfileNames an array of {@code dwItems} pointers, each to a NUL-terminated UTF-16
     *     name (two bytes per character, as Windows' {@code WCHAR})
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanSetProfileList(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int dwItems, Pointer strProfileNames,
            Pointer pReserved);

    /**
     * {@code DWORD WlanSetInterface(HANDLE hClientHandle, const GUID *pInterfaceGuid,
     * WLAN_INTF_OPCODE OpCode, DWORD dwDataSize, const PVOID pData, PVOID pReserved)}: sets one
     * property of an interface, such as {@code wlan_intf_opcode_radio_state} (4) with a
     * {@code WLAN_PHY_RADIO_STATE}.
     *
     * @param hClientHandle the handle from {@code WlanOpenHandle}
     * @param pInterfaceGuid the interface
     * @param OpCode the property ({@code WLAN_INTF_OPCODE})
     * @param dwDataSize the size of {@code pData} in bytes
     * @param pData the value
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanSetInterface(WinNT.HANDLE hClientHandle, Guid.GUID pInterfaceGuid, int OpCode, int dwDataSize,
            Pointer pData, Pointer pReserved);

    /**
     * {@code DWORD WlanReasonCodeToString(DWORD dwReasonCode, DWORD dwBufferSize,
     * PWCHAR pStringBuffer, PVOID pReserved)}: the text of a {@code WLAN_REASON_CODE}.
     *
     * @param dwReasonCode the reason code
     * @param dwBufferSize the buffer's size in characters
     * @param pStringBuffer receives the text, NUL-terminated UTF-16
     * @param pReserved must be {@code null}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WlanReasonCodeToString(int dwReasonCode, int dwBufferSize, char[] pStringBuffer, Pointer pReserved);

    /**
     * {@code ULONG GetAdaptersAddresses(ULONG Family, ULONG Flags, PVOID Reserved,
     * PIP_ADAPTER_ADDRESSES AdapterAddresses, PULONG SizePointer)}: the network adapters and their
     * addresses, from {@code iphlpapi.dll} (not {@code wlanapi.dll}: it is here so that one seam
     * serves the whole library). A WLAN interface's GUID is its adapter's {@code AdapterName}. The
     * caller's buffer receives a linked list of {@code IP_ADAPTER_ADDRESSES_LH}, everything it
     * points to inside the same buffer.
     *
     * @param Family {@code AF_UNSPEC} (0), {@code AF_INET} (2) or {@code AF_INET6} (23)
     * @param Flags {@code GAA_FLAG_*} bits, such as {@code GAA_FLAG_SKIP_DNS_SERVER} (8)
     * @param Reserved must be {@code null}
     * @param AdapterAddresses the caller's buffer, or {@code null} to ask for the size
     * @param SizePointer in: the buffer's size; out, with {@code ERROR_BUFFER_OVERFLOW} (111): the
     *     size needed
     * @return {@code ERROR_SUCCESS} (0), {@code ERROR_NO_DATA} (232) when there is no adapter, or
     *     an error code
     */
    int GetAdaptersAddresses(int Family, int Flags, Pointer Reserved, Pointer AdapterAddresses,
            IntByReference SizePointer);

    /**
     * {@code VOID WlanFreeMemory(PVOID pMemory)}: frees memory the service allocated, exactly once.
     *
     * @param pMemory what a {@code Wlan*} function returned
     */
    void WlanFreeMemory(Pointer pMemory);

    /**
     * {@code DWORD WFDOpenHandle(DWORD dwClientVersion, PDWORD pdwNegotiatedVersion,
     * PHANDLE phClientHandle)}: opens a Wi-Fi Direct client handle (Windows 8 and later).
     *
     * @param dwClientVersion {@link #WFD_API_VERSION_1_0}
     * @param pdwNegotiatedVersion receives the negotiated version
     * @param phClientHandle receives the client handle
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WFDOpenHandle(int dwClientVersion, IntByReference pdwNegotiatedVersion,
            WinNT.HANDLEByReference phClientHandle);

    /**
     * {@code DWORD WFDCloseHandle(HANDLE hClientHandle)}: closes a Wi-Fi Direct client handle,
     * waiting for its pending {@code WFDStartOpenSession} calls to complete.
     *
     * @param hClientHandle the handle from {@code WFDOpenHandle}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WFDCloseHandle(WinNT.HANDLE hClientHandle);

    /**
     * {@code DWORD WFDStartOpenSession(HANDLE hClientHandle, PDOT11_MAC_ADDRESS pDeviceAddress,
     * PVOID pvContext, WFD_OPEN_SESSION_COMPLETE_CALLBACK pfnCallback, PHANDLE phSessionHandle)}:
     * starts opening a session to a paired peer. Returns at once with the session handle; the
     * callback reports the outcome later, on a service thread.
     *
     * @param hClientHandle the handle from {@code WFDOpenHandle}
     * @param pDeviceAddress the peer's six-byte MAC address ({@code DOT11_MAC_ADDRESS})
     * @param pvContext passed back to the callback unchanged
     * @param pfnCallback called once when the open completes, fails or is cancelled; must stay
     *     strongly reachable until then
     * @param phSessionHandle receives the session handle
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WFDStartOpenSession(WinNT.HANDLE hClientHandle, byte[] pDeviceAddress, Pointer pvContext,
            WFD_OPEN_SESSION_COMPLETE_CALLBACK pfnCallback, WinNT.HANDLEByReference phSessionHandle);

    /**
     * {@code DWORD WFDCancelOpenSession(HANDLE hSessionHandle)}: asks for a pending open to be
     * cancelled. The callback still fires afterwards.
     *
     * @param hSessionHandle the handle from {@code WFDStartOpenSession}
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WFDCancelOpenSession(WinNT.HANDLE hSessionHandle);

    /**
     * {@code DWORD WFDCloseSession(HANDLE hSessionHandle)}: closes a session whose open completed
     * successfully (the close is queued, not immediate).
     *
     * @param hSessionHandle the session handle
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WFDCloseSession(WinNT.HANDLE hSessionHandle);

    /**
     * {@code DWORD WFDOpenLegacySession(HANDLE hClientHandle, PDOT11_MAC_ADDRESS pLegacyMacAddress,
     * HANDLE *phSessionHandle, GUID *pGuidSessionInterface)}: opens a session to a legacy peer,
     * synchronously. The session is closed with {@code WFDCloseSession}.
     *
     * @param hClientHandle the handle from {@code WFDOpenHandle}
     * @param pLegacyMacAddress the peer's six-byte MAC address
     * @param phSessionHandle receives the session handle
     * @param pGuidSessionInterface receives the session's interface GUID
     * @return {@code ERROR_SUCCESS} (0) or an error code
     */
    int WFDOpenLegacySession(WinNT.HANDLE hClientHandle, byte[] pLegacyMacAddress,
            WinNT.HANDLEByReference phSessionHandle, Guid.GUID pGuidSessionInterface);

    /**
     * {@code WLAN_NOTIFICATION_DATA}: one notification, valid only during the callback that
     * receives it (copy what you need).
     */
    @Structure.FieldOrder({"NotificationSource", "NotificationCode", "InterfaceGuid", "dwDataSize", "pData"})
    class WLAN_NOTIFICATION_DATA extends Structure {
        /** The {@code WLAN_NOTIFICATION_SOURCE_*} bit of the sender. */
        public int NotificationSource;
        /** The notification, meaningful per source. */
        public int NotificationCode;
        /** The interface it concerns. */
        public Guid.GUID InterfaceGuid;
        /** The size of {@link #pData} in bytes. */
        public int dwDataSize;
        /** Source- and code-specific data, or {@code null}. */
        public Pointer pData;

        /** An empty structure (for JNA). */
        public WLAN_NOTIFICATION_DATA() {
        }

        /**
         * The structure at {@code p}, read from native memory.
         *
         * @param p the address of a {@code WLAN_NOTIFICATION_DATA}
         */
        public WLAN_NOTIFICATION_DATA(Pointer p) {
            super(p);
            read();
        }
    }

    /**
     * {@code VOID WINAPI WLAN_NOTIFICATION_CALLBACK(PWLAN_NOTIFICATION_DATA data, PVOID context)}.
     * The same calling-convention rule as {@link WFD_OPEN_SESSION_COMPLETE_CALLBACK} applies.
     * Windows' {@code WlanCloseHandle} waits for a running callback of its handle: calling it from
     * inside the callback never returns.
     */
    interface WLAN_NOTIFICATION_CALLBACK extends Callback {
        /**
         * Called on a service thread for each notification.
         *
         * @param data the notification, valid only until this method returns
         * @param context the context given to {@code WlanRegisterNotification}
         */
        void callback(WLAN_NOTIFICATION_DATA data, Pointer context);
    }

    /**
     * {@code VOID WINAPI WFD_OPEN_SESSION_COMPLETE_CALLBACK(HANDLE hSessionHandle, PVOID pvContext,
     * GUID guidSessionInterface, DWORD dwError, DWORD dwReasonCode)}. The GUID is passed by
     * value.
     *
     * <p>JNA takes a callback's calling convention from the callback object's class: on 32-bit
     * Windows an implementation must also implement {@link StdCallLibrary.StdCallCallback}, and
     * elsewhere it must not (JNA rejects stdcall there). {@link WfdClient} makes that choice for
     * its own callback.
     */
    interface WFD_OPEN_SESSION_COMPLETE_CALLBACK extends Callback {
        /**
         * Called once per started open.
         *
         * @param hSessionHandle the session handle returned by {@code WFDStartOpenSession}
         * @param pvContext the context passed to {@code WFDStartOpenSession}
         * @param guidSessionInterface the session's interface; meaningful only when
         *     {@code dwError} is 0
         * @param dwError 0 on success, else the error code
         * @param dwReasonCode detail on a failure
         */
        void callback(WinNT.HANDLE hSessionHandle, Pointer pvContext, Guid.GUID.ByValue guidSessionInterface,
                int dwError, int dwReasonCode);
    }
}
