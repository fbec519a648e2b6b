/*
 * Fails to compile unless the stand-in's own declarations (wlan_layout.h) have the Windows SDK's
 * layout: every field's offset and size, and every fixed-size structure's size, equal to those of
 * mingw-w64's wlanapi.h. build.sh compiles it with x86_64-w64-mingw32-gcc and
 * i686-w64-mingw32-gcc (-fsyntax-only): the two Windows ABIs the SDK defines.
 */
#include <stddef.h>
#include <winsock2.h>
#include <ws2ipdef.h>
#include <windows.h>
#include <wlanapi.h>
#include <iphlpapi.h>
#define WLAN_LAYOUT_OWN
#define WL(name) SI_##name
#include "wlan_layout.h"

#define FIELD_OF(type, field) (((type *)0)->field)
#define CHECK_FIELD(s, f) \
    _Static_assert(offsetof(SI_##s, f) == offsetof(s, f), #s "." #f ": offset differs from the SDK's"); \
    _Static_assert(sizeof FIELD_OF(SI_##s, f) == sizeof FIELD_OF(s, f), #s "." #f ": size differs from the SDK's");
#define CHECK_TAIL(s, f) \
    _Static_assert(offsetof(SI_##s, f) == offsetof(s, f), #s "." #f ": offset differs from the SDK's"); \
    _Static_assert(sizeof FIELD_OF(SI_##s, f)[0] == sizeof FIELD_OF(s, f)[0], #s "." #f ": element size differs");
#define CHECK_SIZE(s) _Static_assert(sizeof(SI_##s) == sizeof(s), #s ": size differs from the SDK's");

WLAN_LAYOUT_FIELDS(CHECK_FIELD)
WLAN_LAYOUT_TAILS(CHECK_TAIL)
WLAN_LAYOUT_STRUCTS(CHECK_SIZE)
_Static_assert((int)WLAN_OPCODE_RADIO_STATE == (int)wlan_intf_opcode_radio_state, "wlan_intf_opcode_radio_state");
_Static_assert((int)WLAN_OPCODE_CURRENT_CONNECTION == (int)wlan_intf_opcode_current_connection,
               "wlan_intf_opcode_current_connection");
#define CHECK_VALUE(ours, sdks) _Static_assert((long)(ours) == (long)(sdks), #ours " differs from the SDK's " #sdks);
CHECK_VALUE(WLAN_ACM_SOURCE, WLAN_NOTIFICATION_SOURCE_ACM)
CHECK_VALUE(WLAN_MSM_SOURCE, WLAN_NOTIFICATION_SOURCE_MSM)
CHECK_VALUE(WLAN_OPCODE_CHANNEL_NUMBER, wlan_intf_opcode_channel_number)
CHECK_VALUE(WLAN_OPCODE_RSSI, wlan_intf_opcode_rssi)
CHECK_VALUE(WLAN_OPCODE_STATISTICS, wlan_intf_opcode_statistics)
CHECK_VALUE(WLAN_OPCODE_INFRASTRUCTURE_PAIRS, wlan_intf_opcode_supported_infrastructure_auth_cipher_pairs)
CHECK_VALUE(WLAN_OPCODE_COUNTRIES, wlan_intf_opcode_supported_country_or_region_string_list)
CHECK_VALUE(WLAN_ACM_SCAN_COMPLETE, wlan_notification_acm_scan_complete)
CHECK_VALUE(WLAN_ACM_SCAN_FAIL, wlan_notification_acm_scan_fail)
CHECK_VALUE(WLAN_ACM_CONNECTION_START, wlan_notification_acm_connection_start)
CHECK_VALUE(WLAN_ACM_CONNECTION_COMPLETE, wlan_notification_acm_connection_complete)
CHECK_VALUE(WLAN_ACM_CONNECTION_ATTEMPT_FAIL, wlan_notification_acm_connection_attempt_fail)
CHECK_VALUE(WLAN_ACM_DISCONNECTING, wlan_notification_acm_disconnecting)
CHECK_VALUE(WLAN_ACM_DISCONNECTED, wlan_notification_acm_disconnected)
CHECK_VALUE(WLAN_STATE_CONNECTED, wlan_interface_state_connected)
CHECK_VALUE(WLAN_STATE_DISCONNECTING, wlan_interface_state_disconnecting)
CHECK_VALUE(WLAN_STATE_DISCONNECTED, wlan_interface_state_disconnected)
CHECK_VALUE(WLAN_MODE_PROFILE, wlan_connection_mode_profile)
CHECK_VALUE(WLAN_MODE_TEMPORARY_PROFILE, wlan_connection_mode_temporary_profile)
CHECK_VALUE(WLAN_RADIO_ON, dot11_radio_state_on)
CHECK_VALUE(WLAN_RADIO_OFF, dot11_radio_state_off)
CHECK_VALUE(WLAN_PHY_TYPE_HT, dot11_phy_type_ht)
CHECK_VALUE(NDIS_TYPE_DEFAULT, NDIS_OBJECT_TYPE_DEFAULT)
CHECK_VALUE(BSSID_LIST_REVISION_1, DOT11_BSSID_LIST_REVISION_1)
CHECK_VALUE(CONNECTION_HIDDEN_NETWORK, WLAN_CONNECTION_HIDDEN_NETWORK)
CHECK_VALUE(WIN_AF_UNSPEC, AF_UNSPEC)
CHECK_VALUE(WIN_AF_INET, AF_INET)
CHECK_VALUE(WIN_AF_INET6, AF_INET6)
CHECK_VALUE(ERROR_BUFFER_OVERFLOW_, ERROR_BUFFER_OVERFLOW)
CHECK_VALUE(ERROR_NO_DATA_, ERROR_NO_DATA)
CHECK_VALUE(OPER_STATUS_UP, IfOperStatusUp)
CHECK_VALUE(OPER_STATUS_DOWN, IfOperStatusDown)
CHECK_VALUE(DAD_STATE_DEPRECATED, IpDadStateDeprecated)
CHECK_VALUE(DAD_STATE_PREFERRED, IpDadStatePreferred)
/* The socket addresses the stand-in writes byte by byte: family, then the address at 4 (IPv4) or 8 (IPv6). */
_Static_assert(offsetof(SOCKADDR_IN, sin_family) == 0 && offsetof(SOCKADDR_IN, sin_addr) == 4
               && sizeof(SOCKADDR_IN) == 16, "sockaddr_in");
_Static_assert(offsetof(SOCKADDR_IN6, sin6_addr) == 8 && sizeof(SOCKADDR_IN6) == 28, "sockaddr_in6");

/* A translation unit must declare something. */
typedef int layout_check_passed;
