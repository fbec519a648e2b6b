/*
 * The structures of wlanapi.h that the stand-in hands out, as the stand-in declares them off
 * Windows: fixed-width types only, so that any C11 compiler lays them out as the Windows SDK
 * does. layout_check.c proves that against mingw-w64's own wlanapi.h, for x64 and for x86, and
 * the build fails if they differ; the Windows build of the stand-in uses the SDK header itself.
 *
 * The lists below name every structure and field the library reads. The stand-in exports their
 * offsets and sizes (standin_layout), so that the Java reader's constants are checked against
 * the compiler's, which under -Pwine is the SDK's.
 */
#ifndef WLAN_LAYOUT_H
#define WLAN_LAYOUT_H

/* Structures whose size is fixed (a list with a variable tail is checked by its fields only). */
#define WLAN_LAYOUT_STRUCTS(S) \
    S(DOT11_SSID) S(WLAN_INTERFACE_INFO) S(WLAN_AVAILABLE_NETWORK) S(WLAN_RATE_SET) S(WLAN_BSS_ENTRY) \
    S(WLAN_ASSOCIATION_ATTRIBUTES) S(WLAN_SECURITY_ATTRIBUTES) S(WLAN_CONNECTION_ATTRIBUTES) \
    S(WLAN_PHY_RADIO_STATE) S(WLAN_RADIO_STATE) S(WLAN_NOTIFICATION_DATA) \
    S(WLAN_CONNECTION_PARAMETERS) S(WLAN_CONNECTION_NOTIFICATION_DATA) S(WLAN_PROFILE_INFO) \
    S(DOT11_BSSID_LIST) S(WLAN_MSM_NOTIFICATION_DATA) S(WLAN_INTERFACE_CAPABILITY) S(DOT11_AUTH_CIPHER_PAIR) \
    S(WLAN_MAC_FRAME_STATISTICS) S(WLAN_PHY_FRAME_STATISTICS)

#define WLAN_LAYOUT_FIELDS(F) \
    F(DOT11_SSID, uSSIDLength) F(DOT11_SSID, ucSSID) \
    F(WLAN_INTERFACE_INFO, InterfaceGuid) F(WLAN_INTERFACE_INFO, strInterfaceDescription) \
    F(WLAN_INTERFACE_INFO, isState) \
    F(WLAN_INTERFACE_INFO_LIST, dwNumberOfItems) F(WLAN_INTERFACE_INFO_LIST, dwIndex) \
    F(WLAN_AVAILABLE_NETWORK, strProfileName) F(WLAN_AVAILABLE_NETWORK, dot11Ssid) \
    F(WLAN_AVAILABLE_NETWORK, dot11BssType) F(WLAN_AVAILABLE_NETWORK, uNumberOfBssids) \
    F(WLAN_AVAILABLE_NETWORK, bNetworkConnectable) F(WLAN_AVAILABLE_NETWORK, wlanNotConnectableReason) \
    F(WLAN_AVAILABLE_NETWORK, uNumberOfPhyTypes) F(WLAN_AVAILABLE_NETWORK, dot11PhyTypes) \
    F(WLAN_AVAILABLE_NETWORK, bMorePhyTypes) F(WLAN_AVAILABLE_NETWORK, wlanSignalQuality) \
    F(WLAN_AVAILABLE_NETWORK, bSecurityEnabled) F(WLAN_AVAILABLE_NETWORK, dot11DefaultAuthAlgorithm) \
    F(WLAN_AVAILABLE_NETWORK, dot11DefaultCipherAlgorithm) F(WLAN_AVAILABLE_NETWORK, dwFlags) \
    F(WLAN_AVAILABLE_NETWORK, dwReserved) \
    F(WLAN_AVAILABLE_NETWORK_LIST, dwNumberOfItems) F(WLAN_AVAILABLE_NETWORK_LIST, dwIndex) \
    F(WLAN_RATE_SET, uRateSetLength) F(WLAN_RATE_SET, usRateSet) \
    F(WLAN_BSS_ENTRY, dot11Ssid) F(WLAN_BSS_ENTRY, uPhyId) F(WLAN_BSS_ENTRY, dot11Bssid) \
    F(WLAN_BSS_ENTRY, dot11BssType) F(WLAN_BSS_ENTRY, dot11BssPhyType) F(WLAN_BSS_ENTRY, lRssi) \
    F(WLAN_BSS_ENTRY, uLinkQuality) F(WLAN_BSS_ENTRY, bInRegDomain) F(WLAN_BSS_ENTRY, usBeaconPeriod) \
    F(WLAN_BSS_ENTRY, ullTimestamp) F(WLAN_BSS_ENTRY, ullHostTimestamp) \
    F(WLAN_BSS_ENTRY, usCapabilityInformation) F(WLAN_BSS_ENTRY, ulChCenterFrequency) \
    F(WLAN_BSS_ENTRY, wlanRateSet) F(WLAN_BSS_ENTRY, ulIeOffset) F(WLAN_BSS_ENTRY, ulIeSize) \
    F(WLAN_BSS_LIST, dwTotalSize) F(WLAN_BSS_LIST, dwNumberOfItems) \
    F(WLAN_ASSOCIATION_ATTRIBUTES, dot11Ssid) F(WLAN_ASSOCIATION_ATTRIBUTES, dot11BssType) \
    F(WLAN_ASSOCIATION_ATTRIBUTES, dot11Bssid) F(WLAN_ASSOCIATION_ATTRIBUTES, dot11PhyType) \
    F(WLAN_ASSOCIATION_ATTRIBUTES, uDot11PhyIndex) F(WLAN_ASSOCIATION_ATTRIBUTES, wlanSignalQuality) \
    F(WLAN_ASSOCIATION_ATTRIBUTES, ulRxRate) F(WLAN_ASSOCIATION_ATTRIBUTES, ulTxRate) \
    F(WLAN_SECURITY_ATTRIBUTES, bSecurityEnabled) F(WLAN_SECURITY_ATTRIBUTES, bOneXEnabled) \
    F(WLAN_SECURITY_ATTRIBUTES, dot11AuthAlgorithm) F(WLAN_SECURITY_ATTRIBUTES, dot11CipherAlgorithm) \
    F(WLAN_CONNECTION_ATTRIBUTES, isState) F(WLAN_CONNECTION_ATTRIBUTES, wlanConnectionMode) \
    F(WLAN_CONNECTION_ATTRIBUTES, strProfileName) F(WLAN_CONNECTION_ATTRIBUTES, wlanAssociationAttributes) \
    F(WLAN_CONNECTION_ATTRIBUTES, wlanSecurityAttributes) \
    F(WLAN_PHY_RADIO_STATE, dwPhyIndex) F(WLAN_PHY_RADIO_STATE, dot11SoftwareRadioState) \
    F(WLAN_PHY_RADIO_STATE, dot11HardwareRadioState) \
    F(WLAN_RADIO_STATE, dwNumberOfPhys) F(WLAN_RADIO_STATE, PhyRadioState) \
    F(WLAN_NOTIFICATION_DATA, NotificationSource) F(WLAN_NOTIFICATION_DATA, NotificationCode) \
    F(WLAN_NOTIFICATION_DATA, InterfaceGuid) F(WLAN_NOTIFICATION_DATA, dwDataSize) \
    F(WLAN_NOTIFICATION_DATA, pData) \
    F(WLAN_CONNECTION_PARAMETERS, wlanConnectionMode) F(WLAN_CONNECTION_PARAMETERS, strProfile) \
    F(WLAN_CONNECTION_PARAMETERS, pDot11Ssid) F(WLAN_CONNECTION_PARAMETERS, pDesiredBssidList) \
    F(WLAN_CONNECTION_PARAMETERS, dot11BssType) F(WLAN_CONNECTION_PARAMETERS, dwFlags) \
    F(WLAN_CONNECTION_NOTIFICATION_DATA, wlanConnectionMode) F(WLAN_CONNECTION_NOTIFICATION_DATA, strProfileName) \
    F(WLAN_CONNECTION_NOTIFICATION_DATA, dot11Ssid) F(WLAN_CONNECTION_NOTIFICATION_DATA, dot11BssType) \
    F(WLAN_CONNECTION_NOTIFICATION_DATA, bSecurityEnabled) F(WLAN_CONNECTION_NOTIFICATION_DATA, wlanReasonCode) \
    F(WLAN_CONNECTION_NOTIFICATION_DATA, dwFlags) F(WLAN_CONNECTION_NOTIFICATION_DATA, strProfileXml) \
    F(WLAN_PROFILE_INFO, strProfileName) F(WLAN_PROFILE_INFO, dwFlags) \
    F(WLAN_PROFILE_INFO_LIST, dwNumberOfItems) F(WLAN_PROFILE_INFO_LIST, dwIndex) \
    F(DOT11_BSSID_LIST, Header) F(DOT11_BSSID_LIST, uNumOfEntries) F(DOT11_BSSID_LIST, uTotalNumOfEntries) \
    F(IP_ADAPTER_ADDRESSES_LH, Length) F(IP_ADAPTER_ADDRESSES_LH, IfIndex) F(IP_ADAPTER_ADDRESSES_LH, Next) \
    F(IP_ADAPTER_ADDRESSES_LH, AdapterName) F(IP_ADAPTER_ADDRESSES_LH, FirstUnicastAddress) \
    F(IP_ADAPTER_ADDRESSES_LH, Description) F(IP_ADAPTER_ADDRESSES_LH, FriendlyName) \
    F(IP_ADAPTER_ADDRESSES_LH, PhysicalAddress) F(IP_ADAPTER_ADDRESSES_LH, PhysicalAddressLength) \
    F(IP_ADAPTER_ADDRESSES_LH, OperStatus) \
    F(IP_ADAPTER_UNICAST_ADDRESS_LH, Length) F(IP_ADAPTER_UNICAST_ADDRESS_LH, Next) \
    F(IP_ADAPTER_UNICAST_ADDRESS_LH, Address) F(IP_ADAPTER_UNICAST_ADDRESS_LH, DadState) \
    F(SOCKET_ADDRESS, lpSockaddr) F(SOCKET_ADDRESS, iSockaddrLength) \
    F(WLAN_MSM_NOTIFICATION_DATA, wlanConnectionMode) F(WLAN_MSM_NOTIFICATION_DATA, strProfileName) \
    F(WLAN_MSM_NOTIFICATION_DATA, dot11Ssid) F(WLAN_MSM_NOTIFICATION_DATA, dot11BssType) \
    F(WLAN_MSM_NOTIFICATION_DATA, dot11MacAddr) F(WLAN_MSM_NOTIFICATION_DATA, bSecurityEnabled) \
    F(WLAN_MSM_NOTIFICATION_DATA, bFirstPeer) F(WLAN_MSM_NOTIFICATION_DATA, bLastPeer) \
    F(WLAN_MSM_NOTIFICATION_DATA, wlanReasonCode) \
    F(WLAN_INTERFACE_CAPABILITY, interfaceType) F(WLAN_INTERFACE_CAPABILITY, bDot11DSupported) \
    F(WLAN_INTERFACE_CAPABILITY, dwMaxDesiredSsidListSize) F(WLAN_INTERFACE_CAPABILITY, dwMaxDesiredBssidListSize) \
    F(WLAN_INTERFACE_CAPABILITY, dwNumberOfSupportedPhys) F(WLAN_INTERFACE_CAPABILITY, dot11PhyTypes) \
    F(DOT11_AUTH_CIPHER_PAIR, AuthAlgoId) F(DOT11_AUTH_CIPHER_PAIR, CipherAlgoId) \
    F(WLAN_AUTH_CIPHER_PAIR_LIST, dwNumberOfItems) F(WLAN_AUTH_CIPHER_PAIR_LIST, pAuthCipherPairList) \
    F(WLAN_COUNTRY_OR_REGION_STRING_LIST, dwNumberOfItems) \
    F(WLAN_COUNTRY_OR_REGION_STRING_LIST, pCountryOrRegionStringList) \
    F(WLAN_STATISTICS, ullFourWayHandshakeFailures) F(WLAN_STATISTICS, ullTKIPCounterMeasuresInvoked) \
    F(WLAN_STATISTICS, MacUcastCounters) F(WLAN_STATISTICS, MacMcastCounters) \
    F(WLAN_STATISTICS, dwNumberOfPhys) F(WLAN_STATISTICS, PhyCounters)

/* The variable tails of the lists: checked by offset and element size. */
#define WLAN_LAYOUT_TAILS(T) \
    T(WLAN_INTERFACE_INFO_LIST, InterfaceInfo) T(WLAN_AVAILABLE_NETWORK_LIST, Network) \
    T(WLAN_BSS_LIST, wlanBssEntries) T(WLAN_PROFILE_INFO_LIST, ProfileInfo) T(DOT11_BSSID_LIST, BSSIDs)

/* The query opcodes the library uses (WLAN_INTF_OPCODE). */
enum { WLAN_OPCODE_RADIO_STATE = 4, WLAN_OPCODE_CURRENT_CONNECTION = 7, WLAN_OPCODE_CHANNEL_NUMBER = 8,
       WLAN_OPCODE_INFRASTRUCTURE_PAIRS = 9, WLAN_OPCODE_COUNTRIES = 11, WLAN_OPCODE_STATISTICS = 0x10000101,
       WLAN_OPCODE_RSSI = 0x10000102 };
/* The MSM notifications the stand-in sends (WLAN_NOTIFICATION_MSM: the Windows SDK's values, which
 * mingw-w64's wlanapi.h lacks): a connect's sequence, a disconnect, a roam, a signal change. */
enum {
    WLAN_MSM_SOURCE = 0x10,
    WLAN_MSM_ASSOCIATING = 1, WLAN_MSM_ASSOCIATED = 2, WLAN_MSM_AUTHENTICATING = 3, WLAN_MSM_CONNECTED = 4,
    WLAN_MSM_ROAMING_START = 5, WLAN_MSM_ROAMING_END = 6, WLAN_MSM_SIGNAL_QUALITY_CHANGE = 8,
    WLAN_MSM_DISASSOCIATING = 9, WLAN_MSM_DISCONNECTED = 10
};
/* The notifications the operations send (source WLAN_NOTIFICATION_SOURCE_ACM, WLAN_NOTIFICATION_ACM
 * codes), the interface states and connection modes they set (WLAN_INTERFACE_STATE,
 * WLAN_CONNECTION_MODE), the radio states (DOT11_RADIO_STATE) and the PHY type of a connection. */
enum {
    WLAN_ACM_SOURCE = 0x8,
    WLAN_ACM_SCAN_COMPLETE = 7, WLAN_ACM_SCAN_FAIL = 8, WLAN_ACM_CONNECTION_START = 9,
    WLAN_ACM_CONNECTION_COMPLETE = 10, WLAN_ACM_CONNECTION_ATTEMPT_FAIL = 11,
    WLAN_ACM_DISCONNECTING = 20, WLAN_ACM_DISCONNECTED = 21
};
enum { WLAN_STATE_CONNECTED = 1, WLAN_STATE_DISCONNECTING = 3, WLAN_STATE_DISCONNECTED = 4 };
enum { WLAN_MODE_PROFILE = 0, WLAN_MODE_TEMPORARY_PROFILE = 1 };
enum { WLAN_RADIO_ON = 1, WLAN_RADIO_OFF = 2 };
enum { WLAN_PHY_TYPE_HT = 7 };          /* DOT11_PHY_TYPE */
/* The header of a DOT11_BSSID_LIST (NDIS_OBJECT_TYPE_DEFAULT, DOT11_BSSID_LIST_REVISION_1), and the
 * WLAN_CONNECTION_PARAMETERS flag that Windows ignores when a profile is given. */
enum { NDIS_TYPE_DEFAULT = 0x80, BSSID_LIST_REVISION_1 = 1, CONNECTION_HIDDEN_NETWORK = 1 };
/* iphlpapi: Windows' address families, GetAdaptersAddresses' answers, and the operational status
 * of an adapter (IF_OPER_STATUS) */
enum { WIN_AF_UNSPEC = 0, WIN_AF_INET = 2, WIN_AF_INET6 = 23 };
enum { ERROR_BUFFER_OVERFLOW_ = 111, ERROR_NO_DATA_ = 232 };
enum { OPER_STATUS_UP = 1, OPER_STATUS_DOWN = 2 };
enum { DAD_STATE_DEPRECATED = 3, DAD_STATE_PREFERRED = 4 };   /* IP_DAD_STATE: the usable ones */
#endif /* WLAN_LAYOUT_H */

/*
 * The declarations: off Windows for the stand-in, and for layout_check.c beside the SDK's, under
 * other names (WL). Enumerations are 32-bit in both ABIs; WCHAR is 16-bit; BOOL is 32-bit and
 * BOOLEAN 8-bit; GUID comes from the includer.
 */
#if (!defined(_WIN32) || defined(WLAN_LAYOUT_OWN)) && !defined(WLAN_LAYOUT_DECLARED)
#define WLAN_LAYOUT_DECLARED
#include <stdint.h>
#ifndef WL
#  define WL(name) name
#endif
typedef struct { uint32_t uSSIDLength; uint8_t ucSSID[32]; } WL(DOT11_SSID);

typedef struct {
    GUID InterfaceGuid;
    uint16_t strInterfaceDescription[256];
    uint32_t isState;
} WL(WLAN_INTERFACE_INFO);
typedef struct {
    uint32_t dwNumberOfItems;
    uint32_t dwIndex;
    WL(WLAN_INTERFACE_INFO) InterfaceInfo[1];
} WL(WLAN_INTERFACE_INFO_LIST);

typedef struct {
    uint16_t strProfileName[256];
    WL(DOT11_SSID) dot11Ssid;
    uint32_t dot11BssType;
    uint32_t uNumberOfBssids;
    int32_t bNetworkConnectable;
    uint32_t wlanNotConnectableReason;
    uint32_t uNumberOfPhyTypes;
    uint32_t dot11PhyTypes[8];
    int32_t bMorePhyTypes;
    uint32_t wlanSignalQuality;
    int32_t bSecurityEnabled;
    uint32_t dot11DefaultAuthAlgorithm;
    uint32_t dot11DefaultCipherAlgorithm;
    uint32_t dwFlags;
    uint32_t dwReserved;
} WL(WLAN_AVAILABLE_NETWORK);
typedef struct {
    uint32_t dwNumberOfItems;
    uint32_t dwIndex;
    WL(WLAN_AVAILABLE_NETWORK) Network[1];
} WL(WLAN_AVAILABLE_NETWORK_LIST);

typedef struct { uint32_t uRateSetLength; uint16_t usRateSet[126]; } WL(WLAN_RATE_SET);
typedef struct {
    WL(DOT11_SSID) dot11Ssid;
    uint32_t uPhyId;
    uint8_t dot11Bssid[6];
    uint32_t dot11BssType;
    uint32_t dot11BssPhyType;
    int32_t lRssi;
    uint32_t uLinkQuality;
    uint8_t bInRegDomain;
    uint16_t usBeaconPeriod;
    uint64_t ullTimestamp;
    uint64_t ullHostTimestamp;
    uint16_t usCapabilityInformation;
    uint32_t ulChCenterFrequency;
    WL(WLAN_RATE_SET) wlanRateSet;
    uint32_t ulIeOffset;
    uint32_t ulIeSize;
} WL(WLAN_BSS_ENTRY);
typedef struct {
    uint32_t dwTotalSize;
    uint32_t dwNumberOfItems;
    WL(WLAN_BSS_ENTRY) wlanBssEntries[1];
} WL(WLAN_BSS_LIST);

typedef struct {
    WL(DOT11_SSID) dot11Ssid;
    uint32_t dot11BssType;
    uint8_t dot11Bssid[6];
    uint32_t dot11PhyType;
    uint32_t uDot11PhyIndex;
    uint32_t wlanSignalQuality;
    uint32_t ulRxRate;
    uint32_t ulTxRate;
} WL(WLAN_ASSOCIATION_ATTRIBUTES);
typedef struct {
    int32_t bSecurityEnabled;
    int32_t bOneXEnabled;
    uint32_t dot11AuthAlgorithm;
    uint32_t dot11CipherAlgorithm;
} WL(WLAN_SECURITY_ATTRIBUTES);
typedef struct {
    uint32_t isState;
    uint32_t wlanConnectionMode;
    uint16_t strProfileName[256];
    WL(WLAN_ASSOCIATION_ATTRIBUTES) wlanAssociationAttributes;
    WL(WLAN_SECURITY_ATTRIBUTES) wlanSecurityAttributes;
} WL(WLAN_CONNECTION_ATTRIBUTES);

typedef struct {
    uint32_t dwPhyIndex;
    uint32_t dot11SoftwareRadioState;
    uint32_t dot11HardwareRadioState;
} WL(WLAN_PHY_RADIO_STATE);
typedef struct {
    uint32_t dwNumberOfPhys;
    WL(WLAN_PHY_RADIO_STATE) PhyRadioState[64];
} WL(WLAN_RADIO_STATE);

typedef struct {
    uint32_t NotificationSource;
    uint32_t NotificationCode;
    GUID InterfaceGuid;
    uint32_t dwDataSize;
    void *pData;
} WL(WLAN_NOTIFICATION_DATA);

/* Pointers are real pointers: 40 bytes on x64, 24 on x86. The BSSID list is not read. */
typedef struct {
    uint32_t wlanConnectionMode;
    const uint16_t *strProfile;
    WL(DOT11_SSID) *pDot11Ssid;
    void *pDesiredBssidList;
    uint32_t dot11BssType;
    uint32_t dwFlags;
} WL(WLAN_CONNECTION_PARAMETERS);
/* The desired BSSIDs of a connect: an NDIS object header (type, revision, size), then the MACs. */
typedef struct { uint8_t Type; uint8_t Revision; uint16_t Size; } WL(NDIS_OBJECT_HEADER);
typedef struct {
    WL(NDIS_OBJECT_HEADER) Header;
    uint32_t uNumOfEntries;
    uint32_t uTotalNumOfEntries;
    uint8_t BSSIDs[1][6];
} WL(DOT11_BSSID_LIST);

/* iphlpapi's adapter list (GetAdaptersAddresses): the SDK's structures go on past these fields;
 * only the leading fields the library reads are declared, and checked. */
typedef struct { void *lpSockaddr; int32_t iSockaddrLength; } WL(SOCKET_ADDRESS);
typedef struct {
    union { uint64_t Alignment; struct { uint32_t Length; uint32_t Flags; }; };
    void *Next;
    WL(SOCKET_ADDRESS) Address;
    uint32_t PrefixOrigin;
    uint32_t SuffixOrigin;
    uint32_t DadState;
} WL(IP_ADAPTER_UNICAST_ADDRESS_LH);
typedef struct {
    union { uint64_t Alignment; struct { uint32_t Length; uint32_t IfIndex; }; };
    void *Next;
    char *AdapterName;
    WL(IP_ADAPTER_UNICAST_ADDRESS_LH) *FirstUnicastAddress;
    void *FirstAnycastAddress;
    void *FirstMulticastAddress;
    void *FirstDnsServerAddress;
    uint16_t *DnsSuffix;
    uint16_t *Description;
    uint16_t *FriendlyName;
    uint8_t PhysicalAddress[8];
    uint32_t PhysicalAddressLength;
    uint32_t Flags;
    uint32_t Mtu;
    uint32_t IfType;
    uint32_t OperStatus;
} WL(IP_ADAPTER_ADDRESSES_LH);
/* The auth/cipher pairs and country strings an interface supports (WlanQueryInterface 9 and 11);
 * each list's first entry stands for its tail. */
typedef struct { uint32_t AuthAlgoId; uint32_t CipherAlgoId; } WL(DOT11_AUTH_CIPHER_PAIR);
typedef struct { uint32_t dwNumberOfItems; WL(DOT11_AUTH_CIPHER_PAIR) pAuthCipherPairList[1]; } WL(WLAN_AUTH_CIPHER_PAIR_LIST);
typedef struct { uint32_t dwNumberOfItems; uint8_t pCountryOrRegionStringList[1][3]; } WL(WLAN_COUNTRY_OR_REGION_STRING_LIST);
/* An interface's frame counters (WlanQueryInterface, wlan_intf_opcode_statistics): 12 MAC counters,
 * 18 per PHY, each a ULONGLONG in the SDK's order. */
typedef struct { uint64_t counts[12]; } WL(WLAN_MAC_FRAME_STATISTICS);
typedef struct { uint64_t counts[18]; } WL(WLAN_PHY_FRAME_STATISTICS);
typedef struct {
    uint64_t ullFourWayHandshakeFailures;
    uint64_t ullTKIPCounterMeasuresInvoked;
    uint64_t ullReserved;
    WL(WLAN_MAC_FRAME_STATISTICS) MacUcastCounters;
    WL(WLAN_MAC_FRAME_STATISTICS) MacMcastCounters;
    uint32_t dwNumberOfPhys;
    WL(WLAN_PHY_FRAME_STATISTICS) PhyCounters[1];
} WL(WLAN_STATISTICS);
/* What an interface can do (WlanGetInterfaceCapability). */
typedef struct {
    uint32_t interfaceType;
    int32_t bDot11DSupported;
    uint32_t dwMaxDesiredSsidListSize;
    uint32_t dwMaxDesiredBssidListSize;
    uint32_t dwNumberOfSupportedPhys;
    uint32_t dot11PhyTypes[64];
} WL(WLAN_INTERFACE_CAPABILITY);
/* The data of the MSM notifications: the connection and the access point (or ad hoc peer). */
typedef struct {
    uint32_t wlanConnectionMode;
    uint16_t strProfileName[256];
    WL(DOT11_SSID) dot11Ssid;
    uint32_t dot11BssType;
    uint8_t dot11MacAddr[6];
    int32_t bSecurityEnabled;
    int32_t bFirstPeer;
    int32_t bLastPeer;
    uint32_t wlanReasonCode;
} WL(WLAN_MSM_NOTIFICATION_DATA);
/* The data of the connection notifications; strProfileXml is a tail (the stand-in sends it empty). */
typedef struct {
    uint32_t wlanConnectionMode;
    uint16_t strProfileName[256];
    WL(DOT11_SSID) dot11Ssid;
    uint32_t dot11BssType;
    int32_t bSecurityEnabled;
    uint32_t wlanReasonCode;
    uint32_t dwFlags;
    uint16_t strProfileXml[1];
} WL(WLAN_CONNECTION_NOTIFICATION_DATA);

typedef struct {
    uint16_t strProfileName[256];
    uint32_t dwFlags;
} WL(WLAN_PROFILE_INFO);
typedef struct {
    uint32_t dwNumberOfItems;
    uint32_t dwIndex;
    WL(WLAN_PROFILE_INFO) ProfileInfo[1];
} WL(WLAN_PROFILE_INFO_LIST);
#endif
