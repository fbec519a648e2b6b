package io.github.wlanapi4j;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * The documented {@code WLAN_REASON_CODE} values, named as in the Windows SDK without their
 * {@code WLAN_REASON_CODE_} prefix, and the 802.1X module's ({@code ONEX_REASON_CODE} of
 * {@code dot1x.h}, from 0x50000), which an enterprise connect ends with: what
 * {@link WlanException#reasonCode()}, {@link WlanConnectionException#reasonCode()} and the
 * connection notifications carry.
 *
 * <pre>{@code
 * if (e.reasonCode() == WlanReasonCodes.KEY_MISMATCH) { ... }
 * System.out.println(WlanReasonCodes.name(e.reasonCode()));   // "KEY_MISMATCH"
 * }</pre>
 *
 * <p>mingw-w64's {@code wlanapi.h} does not define these values. They are computed as the Windows
 * SDK's {@code wlanapi.h}, {@code l2cmn.h} and {@code dot1x.h} define them (as recompiled in Microsoft's
 * {@code win32metadata} repository, {@code generation/WinSDK/RecompiledIdlHeaders/um}): each
 * component has a range of 0x10000 codes from its {@code L2_REASON_CODE_*_BASE} (auto-configuration
 * 0x20000, MSM 0x30000, security 0x40000, 802.1X 0x50000, profiles 0x80000), the first half for capability
 * mismatches and the second half (from base + 0x8000) for connection failures.
 * {@code WlanReasonCodesTest} checks the values the Microsoft documentation lists.
 */
public final class WlanReasonCodes {
    /** {@code WLAN_REASON_CODE_SUCCESS}: 0x00000000. */
    public static final int SUCCESS = 0x00000000;
    /** {@code WLAN_REASON_CODE_UNKNOWN}: 0x00010001. */
    public static final int UNKNOWN = 0x00010001;
    /** {@code WLAN_REASON_CODE_NETWORK_NOT_COMPATIBLE}: 0x00020001. */
    public static final int NETWORK_NOT_COMPATIBLE = 0x00020001;
    /** {@code WLAN_REASON_CODE_PROFILE_NOT_COMPATIBLE}: 0x00020002. */
    public static final int PROFILE_NOT_COMPATIBLE = 0x00020002;
    /** {@code WLAN_REASON_CODE_NO_AUTO_CONNECTION}: 0x00028001. */
    public static final int NO_AUTO_CONNECTION = 0x00028001;
    /** {@code WLAN_REASON_CODE_NOT_VISIBLE}: 0x00028002. */
    public static final int NOT_VISIBLE = 0x00028002;
    /** {@code WLAN_REASON_CODE_GP_DENIED}: 0x00028003. */
    public static final int GP_DENIED = 0x00028003;
    /** {@code WLAN_REASON_CODE_USER_DENIED}: 0x00028004. */
    public static final int USER_DENIED = 0x00028004;
    /** {@code WLAN_REASON_CODE_BSS_TYPE_NOT_ALLOWED}: 0x00028005. */
    public static final int BSS_TYPE_NOT_ALLOWED = 0x00028005;
    /** {@code WLAN_REASON_CODE_IN_FAILED_LIST}: 0x00028006. */
    public static final int IN_FAILED_LIST = 0x00028006;
    /** {@code WLAN_REASON_CODE_IN_BLOCKED_LIST}: 0x00028007. */
    public static final int IN_BLOCKED_LIST = 0x00028007;
    /** {@code WLAN_REASON_CODE_SSID_LIST_TOO_LONG}: 0x00028008. */
    public static final int SSID_LIST_TOO_LONG = 0x00028008;
    /** {@code WLAN_REASON_CODE_CONNECT_CALL_FAIL}: 0x00028009. */
    public static final int CONNECT_CALL_FAIL = 0x00028009;
    /** {@code WLAN_REASON_CODE_SCAN_CALL_FAIL}: 0x0002800A. */
    public static final int SCAN_CALL_FAIL = 0x0002800A;
    /** {@code WLAN_REASON_CODE_NETWORK_NOT_AVAILABLE}: 0x0002800B. */
    public static final int NETWORK_NOT_AVAILABLE = 0x0002800B;
    /** {@code WLAN_REASON_CODE_PROFILE_CHANGED_OR_DELETED}: 0x0002800C. */
    public static final int PROFILE_CHANGED_OR_DELETED = 0x0002800C;
    /** {@code WLAN_REASON_CODE_KEY_MISMATCH}: 0x0002800D. */
    public static final int KEY_MISMATCH = 0x0002800D;
    /** {@code WLAN_REASON_CODE_USER_NOT_RESPOND}: 0x0002800E. */
    public static final int USER_NOT_RESPOND = 0x0002800E;
    /** {@code WLAN_REASON_CODE_AP_PROFILE_NOT_ALLOWED_FOR_CLIENT}: 0x0002800F. */
    public static final int AP_PROFILE_NOT_ALLOWED_FOR_CLIENT = 0x0002800F;
    /** {@code WLAN_REASON_CODE_AP_PROFILE_NOT_ALLOWED}: 0x00028010. */
    public static final int AP_PROFILE_NOT_ALLOWED = 0x00028010;
    /** {@code WLAN_REASON_CODE_HOTSPOT2_PROFILE_DENIED}: 0x00028011. */
    public static final int HOTSPOT2_PROFILE_DENIED = 0x00028011;
    /** {@code WLAN_REASON_CODE_INVALID_PROFILE_SCHEMA}: 0x00080001. */
    public static final int INVALID_PROFILE_SCHEMA = 0x00080001;
    /** {@code WLAN_REASON_CODE_PROFILE_MISSING}: 0x00080002. */
    public static final int PROFILE_MISSING = 0x00080002;
    /** {@code WLAN_REASON_CODE_INVALID_PROFILE_NAME}: 0x00080003. */
    public static final int INVALID_PROFILE_NAME = 0x00080003;
    /** {@code WLAN_REASON_CODE_INVALID_PROFILE_TYPE}: 0x00080004. */
    public static final int INVALID_PROFILE_TYPE = 0x00080004;
    /** {@code WLAN_REASON_CODE_INVALID_PHY_TYPE}: 0x00080005. */
    public static final int INVALID_PHY_TYPE = 0x00080005;
    /** {@code WLAN_REASON_CODE_MSM_SECURITY_MISSING}: 0x00080006. */
    public static final int MSM_SECURITY_MISSING = 0x00080006;
    /** {@code WLAN_REASON_CODE_IHV_SECURITY_NOT_SUPPORTED}: 0x00080007. */
    public static final int IHV_SECURITY_NOT_SUPPORTED = 0x00080007;
    /** {@code WLAN_REASON_CODE_IHV_OUI_MISMATCH}: 0x00080008. */
    public static final int IHV_OUI_MISMATCH = 0x00080008;
    /** {@code WLAN_REASON_CODE_IHV_OUI_MISSING}: 0x00080009. */
    public static final int IHV_OUI_MISSING = 0x00080009;
    /** {@code WLAN_REASON_CODE_IHV_SETTINGS_MISSING}: 0x0008000A. */
    public static final int IHV_SETTINGS_MISSING = 0x0008000A;
    /** {@code WLAN_REASON_CODE_CONFLICT_SECURITY}: 0x0008000B. */
    public static final int CONFLICT_SECURITY = 0x0008000B;
    /** {@code WLAN_REASON_CODE_SECURITY_MISSING}: 0x0008000C. */
    public static final int SECURITY_MISSING = 0x0008000C;
    /** {@code WLAN_REASON_CODE_INVALID_BSS_TYPE}: 0x0008000D. */
    public static final int INVALID_BSS_TYPE = 0x0008000D;
    /** {@code WLAN_REASON_CODE_INVALID_ADHOC_CONNECTION_MODE}: 0x0008000E. */
    public static final int INVALID_ADHOC_CONNECTION_MODE = 0x0008000E;
    /** {@code WLAN_REASON_CODE_NON_BROADCAST_SET_FOR_ADHOC}: 0x0008000F. */
    public static final int NON_BROADCAST_SET_FOR_ADHOC = 0x0008000F;
    /** {@code WLAN_REASON_CODE_AUTO_SWITCH_SET_FOR_ADHOC}: 0x00080010. */
    public static final int AUTO_SWITCH_SET_FOR_ADHOC = 0x00080010;
    /** {@code WLAN_REASON_CODE_AUTO_SWITCH_SET_FOR_MANUAL_CONNECTION}: 0x00080011. */
    public static final int AUTO_SWITCH_SET_FOR_MANUAL_CONNECTION = 0x00080011;
    /** {@code WLAN_REASON_CODE_IHV_SECURITY_ONEX_MISSING}: 0x00080012. */
    public static final int IHV_SECURITY_ONEX_MISSING = 0x00080012;
    /** {@code WLAN_REASON_CODE_PROFILE_SSID_INVALID}: 0x00080013. */
    public static final int PROFILE_SSID_INVALID = 0x00080013;
    /** {@code WLAN_REASON_CODE_TOO_MANY_SSID}: 0x00080014. */
    public static final int TOO_MANY_SSID = 0x00080014;
    /** {@code WLAN_REASON_CODE_IHV_CONNECTIVITY_NOT_SUPPORTED}: 0x00080015. */
    public static final int IHV_CONNECTIVITY_NOT_SUPPORTED = 0x00080015;
    /** {@code WLAN_REASON_CODE_BAD_MAX_NUMBER_OF_CLIENTS_FOR_AP}: 0x00080016. */
    public static final int BAD_MAX_NUMBER_OF_CLIENTS_FOR_AP = 0x00080016;
    /** {@code WLAN_REASON_CODE_INVALID_CHANNEL}: 0x00080017. */
    public static final int INVALID_CHANNEL = 0x00080017;
    /** {@code WLAN_REASON_CODE_OPERATION_MODE_NOT_SUPPORTED}: 0x00080018. */
    public static final int OPERATION_MODE_NOT_SUPPORTED = 0x00080018;
    /** {@code WLAN_REASON_CODE_AUTO_AP_PROFILE_NOT_ALLOWED}: 0x00080019. */
    public static final int AUTO_AP_PROFILE_NOT_ALLOWED = 0x00080019;
    /** {@code WLAN_REASON_CODE_AUTO_CONNECTION_NOT_ALLOWED}: 0x0008001A. */
    public static final int AUTO_CONNECTION_NOT_ALLOWED = 0x0008001A;
    /** {@code WLAN_REASON_CODE_HOTSPOT2_PROFILE_NOT_ALLOWED}: 0x0008001B. */
    public static final int HOTSPOT2_PROFILE_NOT_ALLOWED = 0x0008001B;
    /** {@code WLAN_REASON_CODE_UNSUPPORTED_SECURITY_SET_BY_OS}: 0x00030001. */
    public static final int UNSUPPORTED_SECURITY_SET_BY_OS = 0x00030001;
    /** {@code WLAN_REASON_CODE_UNSUPPORTED_SECURITY_SET}: 0x00030002. */
    public static final int UNSUPPORTED_SECURITY_SET = 0x00030002;
    /** {@code WLAN_REASON_CODE_BSS_TYPE_UNMATCH}: 0x00030003. */
    public static final int BSS_TYPE_UNMATCH = 0x00030003;
    /** {@code WLAN_REASON_CODE_PHY_TYPE_UNMATCH}: 0x00030004. */
    public static final int PHY_TYPE_UNMATCH = 0x00030004;
    /** {@code WLAN_REASON_CODE_DATARATE_UNMATCH}: 0x00030005. */
    public static final int DATARATE_UNMATCH = 0x00030005;
    /** {@code WLAN_REASON_CODE_USER_CANCELLED}: 0x00038001. */
    public static final int USER_CANCELLED = 0x00038001;
    /** {@code WLAN_REASON_CODE_ASSOCIATION_FAILURE}: 0x00038002. */
    public static final int ASSOCIATION_FAILURE = 0x00038002;
    /** {@code WLAN_REASON_CODE_ASSOCIATION_TIMEOUT}: 0x00038003. */
    public static final int ASSOCIATION_TIMEOUT = 0x00038003;
    /** {@code WLAN_REASON_CODE_PRE_SECURITY_FAILURE}: 0x00038004. */
    public static final int PRE_SECURITY_FAILURE = 0x00038004;
    /** {@code WLAN_REASON_CODE_START_SECURITY_FAILURE}: 0x00038005. */
    public static final int START_SECURITY_FAILURE = 0x00038005;
    /** {@code WLAN_REASON_CODE_SECURITY_FAILURE}: 0x00038006. */
    public static final int SECURITY_FAILURE = 0x00038006;
    /** {@code WLAN_REASON_CODE_SECURITY_TIMEOUT}: 0x00038007. */
    public static final int SECURITY_TIMEOUT = 0x00038007;
    /** {@code WLAN_REASON_CODE_ROAMING_FAILURE}: 0x00038008. */
    public static final int ROAMING_FAILURE = 0x00038008;
    /** {@code WLAN_REASON_CODE_ROAMING_SECURITY_FAILURE}: 0x00038009. */
    public static final int ROAMING_SECURITY_FAILURE = 0x00038009;
    /** {@code WLAN_REASON_CODE_ADHOC_SECURITY_FAILURE}: 0x0003800A. */
    public static final int ADHOC_SECURITY_FAILURE = 0x0003800A;
    /** {@code WLAN_REASON_CODE_DRIVER_DISCONNECTED}: 0x0003800B. */
    public static final int DRIVER_DISCONNECTED = 0x0003800B;
    /** {@code WLAN_REASON_CODE_DRIVER_OPERATION_FAILURE}: 0x0003800C. */
    public static final int DRIVER_OPERATION_FAILURE = 0x0003800C;
    /** {@code WLAN_REASON_CODE_IHV_NOT_AVAILABLE}: 0x0003800D. */
    public static final int IHV_NOT_AVAILABLE = 0x0003800D;
    /** {@code WLAN_REASON_CODE_IHV_NOT_RESPONDING}: 0x0003800E. */
    public static final int IHV_NOT_RESPONDING = 0x0003800E;
    /** {@code WLAN_REASON_CODE_DISCONNECT_TIMEOUT}: 0x0003800F. */
    public static final int DISCONNECT_TIMEOUT = 0x0003800F;
    /** {@code WLAN_REASON_CODE_INTERNAL_FAILURE}: 0x00038010. */
    public static final int INTERNAL_FAILURE = 0x00038010;
    /** {@code WLAN_REASON_CODE_UI_REQUEST_TIMEOUT}: 0x00038011. */
    public static final int UI_REQUEST_TIMEOUT = 0x00038011;
    /** {@code WLAN_REASON_CODE_TOO_MANY_SECURITY_ATTEMPTS}: 0x00038012. */
    public static final int TOO_MANY_SECURITY_ATTEMPTS = 0x00038012;
    /** {@code WLAN_REASON_CODE_AP_STARTING_FAILURE}: 0x00038013. */
    public static final int AP_STARTING_FAILURE = 0x00038013;
    /** {@code WLAN_REASON_CODE_NO_VISIBLE_AP}: 0x00038014. */
    public static final int NO_VISIBLE_AP = 0x00038014;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_INVALID_KEY_INDEX}: 0x00040001. */
    public static final int MSMSEC_PROFILE_INVALID_KEY_INDEX = 0x00040001;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_PSK_PRESENT}: 0x00040002. */
    public static final int MSMSEC_PROFILE_PSK_PRESENT = 0x00040002;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_KEY_LENGTH}: 0x00040003. */
    public static final int MSMSEC_PROFILE_KEY_LENGTH = 0x00040003;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_PSK_LENGTH}: 0x00040004. */
    public static final int MSMSEC_PROFILE_PSK_LENGTH = 0x00040004;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_NO_AUTH_CIPHER_SPECIFIED}: 0x00040005. */
    public static final int MSMSEC_PROFILE_NO_AUTH_CIPHER_SPECIFIED = 0x00040005;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_TOO_MANY_AUTH_CIPHER_SPECIFIED}: 0x00040006. */
    public static final int MSMSEC_PROFILE_TOO_MANY_AUTH_CIPHER_SPECIFIED = 0x00040006;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_DUPLICATE_AUTH_CIPHER}: 0x00040007. */
    public static final int MSMSEC_PROFILE_DUPLICATE_AUTH_CIPHER = 0x00040007;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_RAWDATA_INVALID}: 0x00040008. */
    public static final int MSMSEC_PROFILE_RAWDATA_INVALID = 0x00040008;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_INVALID_AUTH_CIPHER}: 0x00040009. */
    public static final int MSMSEC_PROFILE_INVALID_AUTH_CIPHER = 0x00040009;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_ONEX_DISABLED}: 0x0004000A. */
    public static final int MSMSEC_PROFILE_ONEX_DISABLED = 0x0004000A;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_ONEX_ENABLED}: 0x0004000B. */
    public static final int MSMSEC_PROFILE_ONEX_ENABLED = 0x0004000B;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_INVALID_PMKCACHE_MODE}: 0x0004000C. */
    public static final int MSMSEC_PROFILE_INVALID_PMKCACHE_MODE = 0x0004000C;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_INVALID_PMKCACHE_SIZE}: 0x0004000D. */
    public static final int MSMSEC_PROFILE_INVALID_PMKCACHE_SIZE = 0x0004000D;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_INVALID_PMKCACHE_TTL}: 0x0004000E. */
    public static final int MSMSEC_PROFILE_INVALID_PMKCACHE_TTL = 0x0004000E;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_INVALID_PREAUTH_MODE}: 0x0004000F. */
    public static final int MSMSEC_PROFILE_INVALID_PREAUTH_MODE = 0x0004000F;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_INVALID_PREAUTH_THROTTLE}: 0x00040010. */
    public static final int MSMSEC_PROFILE_INVALID_PREAUTH_THROTTLE = 0x00040010;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_PREAUTH_ONLY_ENABLED}: 0x00040011. */
    public static final int MSMSEC_PROFILE_PREAUTH_ONLY_ENABLED = 0x00040011;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_NETWORK}: 0x00040012. */
    public static final int MSMSEC_CAPABILITY_NETWORK = 0x00040012;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_NIC}: 0x00040013. */
    public static final int MSMSEC_CAPABILITY_NIC = 0x00040013;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_PROFILE}: 0x00040014. */
    public static final int MSMSEC_CAPABILITY_PROFILE = 0x00040014;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_DISCOVERY}: 0x00040015. */
    public static final int MSMSEC_CAPABILITY_DISCOVERY = 0x00040015;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_PASSPHRASE_CHAR}: 0x00040016. */
    public static final int MSMSEC_PROFILE_PASSPHRASE_CHAR = 0x00040016;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_KEYMATERIAL_CHAR}: 0x00040017. */
    public static final int MSMSEC_PROFILE_KEYMATERIAL_CHAR = 0x00040017;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_WRONG_KEYTYPE}: 0x00040018. */
    public static final int MSMSEC_PROFILE_WRONG_KEYTYPE = 0x00040018;
    /** {@code WLAN_REASON_CODE_MSMSEC_MIXED_CELL}: 0x00040019. */
    public static final int MSMSEC_MIXED_CELL = 0x00040019;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_AUTH_TIMERS_INVALID}: 0x0004001A. */
    public static final int MSMSEC_PROFILE_AUTH_TIMERS_INVALID = 0x0004001A;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_INVALID_GKEY_INTV}: 0x0004001B. */
    public static final int MSMSEC_PROFILE_INVALID_GKEY_INTV = 0x0004001B;
    /** {@code WLAN_REASON_CODE_MSMSEC_TRANSITION_NETWORK}: 0x0004001C. */
    public static final int MSMSEC_TRANSITION_NETWORK = 0x0004001C;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_KEY_UNMAPPED_CHAR}: 0x0004001D. */
    public static final int MSMSEC_PROFILE_KEY_UNMAPPED_CHAR = 0x0004001D;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_PROFILE_AUTH}: 0x0004001E. */
    public static final int MSMSEC_CAPABILITY_PROFILE_AUTH = 0x0004001E;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_PROFILE_CIPHER}: 0x0004001F. */
    public static final int MSMSEC_CAPABILITY_PROFILE_CIPHER = 0x0004001F;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_SAFE_MODE}: 0x00040020. */
    public static final int MSMSEC_PROFILE_SAFE_MODE = 0x00040020;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_PROFILE_SAFE_MODE_NIC}: 0x00040021. */
    public static final int MSMSEC_CAPABILITY_PROFILE_SAFE_MODE_NIC = 0x00040021;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_PROFILE_SAFE_MODE_NW}: 0x00040022. */
    public static final int MSMSEC_CAPABILITY_PROFILE_SAFE_MODE_NW = 0x00040022;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_UNSUPPORTED_AUTH}: 0x00040023. */
    public static final int MSMSEC_PROFILE_UNSUPPORTED_AUTH = 0x00040023;
    /** {@code WLAN_REASON_CODE_MSMSEC_PROFILE_UNSUPPORTED_CIPHER}: 0x00040024. */
    public static final int MSMSEC_PROFILE_UNSUPPORTED_CIPHER = 0x00040024;
    /** {@code WLAN_REASON_CODE_MSMSEC_CAPABILITY_MFP_NW_NIC}: 0x00040025. */
    public static final int MSMSEC_CAPABILITY_MFP_NW_NIC = 0x00040025;
    /** {@code WLAN_REASON_CODE_MSMSEC_UI_REQUEST_FAILURE}: 0x00048001. */
    public static final int MSMSEC_UI_REQUEST_FAILURE = 0x00048001;
    /** {@code WLAN_REASON_CODE_MSMSEC_AUTH_START_TIMEOUT}: 0x00048002. */
    public static final int MSMSEC_AUTH_START_TIMEOUT = 0x00048002;
    /** {@code WLAN_REASON_CODE_MSMSEC_AUTH_SUCCESS_TIMEOUT}: 0x00048003. */
    public static final int MSMSEC_AUTH_SUCCESS_TIMEOUT = 0x00048003;
    /** {@code WLAN_REASON_CODE_MSMSEC_KEY_START_TIMEOUT}: 0x00048004. */
    public static final int MSMSEC_KEY_START_TIMEOUT = 0x00048004;
    /** {@code WLAN_REASON_CODE_MSMSEC_KEY_SUCCESS_TIMEOUT}: 0x00048005. */
    public static final int MSMSEC_KEY_SUCCESS_TIMEOUT = 0x00048005;
    /** {@code WLAN_REASON_CODE_MSMSEC_M3_MISSING_KEY_DATA}: 0x00048006. */
    public static final int MSMSEC_M3_MISSING_KEY_DATA = 0x00048006;
    /** {@code WLAN_REASON_CODE_MSMSEC_M3_MISSING_IE}: 0x00048007. */
    public static final int MSMSEC_M3_MISSING_IE = 0x00048007;
    /** {@code WLAN_REASON_CODE_MSMSEC_M3_MISSING_GRP_KEY}: 0x00048008. */
    public static final int MSMSEC_M3_MISSING_GRP_KEY = 0x00048008;
    /** {@code WLAN_REASON_CODE_MSMSEC_PR_IE_MATCHING}: 0x00048009. */
    public static final int MSMSEC_PR_IE_MATCHING = 0x00048009;
    /** {@code WLAN_REASON_CODE_MSMSEC_SEC_IE_MATCHING}: 0x0004800A. */
    public static final int MSMSEC_SEC_IE_MATCHING = 0x0004800A;
    /** {@code WLAN_REASON_CODE_MSMSEC_NO_PAIRWISE_KEY}: 0x0004800B. */
    public static final int MSMSEC_NO_PAIRWISE_KEY = 0x0004800B;
    /** {@code WLAN_REASON_CODE_MSMSEC_G1_MISSING_KEY_DATA}: 0x0004800C. */
    public static final int MSMSEC_G1_MISSING_KEY_DATA = 0x0004800C;
    /** {@code WLAN_REASON_CODE_MSMSEC_G1_MISSING_GRP_KEY}: 0x0004800D. */
    public static final int MSMSEC_G1_MISSING_GRP_KEY = 0x0004800D;
    /** {@code WLAN_REASON_CODE_MSMSEC_PEER_INDICATED_INSECURE}: 0x0004800E. */
    public static final int MSMSEC_PEER_INDICATED_INSECURE = 0x0004800E;
    /** {@code WLAN_REASON_CODE_MSMSEC_NO_AUTHENTICATOR}: 0x0004800F. */
    public static final int MSMSEC_NO_AUTHENTICATOR = 0x0004800F;
    /** {@code WLAN_REASON_CODE_MSMSEC_NIC_FAILURE}: 0x00048010. */
    public static final int MSMSEC_NIC_FAILURE = 0x00048010;
    /** {@code WLAN_REASON_CODE_MSMSEC_CANCELLED}: 0x00048011. */
    public static final int MSMSEC_CANCELLED = 0x00048011;
    /** {@code WLAN_REASON_CODE_MSMSEC_KEY_FORMAT}: 0x00048012. */
    public static final int MSMSEC_KEY_FORMAT = 0x00048012;
    /** {@code WLAN_REASON_CODE_MSMSEC_DOWNGRADE_DETECTED}: 0x00048013. */
    public static final int MSMSEC_DOWNGRADE_DETECTED = 0x00048013;
    /** {@code WLAN_REASON_CODE_MSMSEC_PSK_MISMATCH_SUSPECTED}: 0x00048014. */
    public static final int MSMSEC_PSK_MISMATCH_SUSPECTED = 0x00048014;
    /** {@code WLAN_REASON_CODE_MSMSEC_FORCED_FAILURE}: 0x00048015. */
    public static final int MSMSEC_FORCED_FAILURE = 0x00048015;
    /** {@code WLAN_REASON_CODE_MSMSEC_M3_TOO_MANY_RSNIE}: 0x00048016. */
    public static final int MSMSEC_M3_TOO_MANY_RSNIE = 0x00048016;
    /** {@code WLAN_REASON_CODE_MSMSEC_M2_MISSING_KEY_DATA}: 0x00048017. */
    public static final int MSMSEC_M2_MISSING_KEY_DATA = 0x00048017;
    /** {@code WLAN_REASON_CODE_MSMSEC_M2_MISSING_IE}: 0x00048018. */
    public static final int MSMSEC_M2_MISSING_IE = 0x00048018;
    /** {@code WLAN_REASON_CODE_MSMSEC_AUTH_WCN_COMPLETED}: 0x00048019. */
    public static final int MSMSEC_AUTH_WCN_COMPLETED = 0x00048019;
    /** {@code WLAN_REASON_CODE_MSMSEC_M3_MISSING_MGMT_GRP_KEY}: 0x0004801A. */
    public static final int MSMSEC_M3_MISSING_MGMT_GRP_KEY = 0x0004801A;
    /** {@code WLAN_REASON_CODE_MSMSEC_G1_MISSING_MGMT_GRP_KEY}: 0x0004801B. */
    public static final int MSMSEC_G1_MISSING_MGMT_GRP_KEY = 0x0004801B;
    /** {@code ONEX_UNABLE_TO_IDENTIFY_USER} (802.1X, {@code dot1x.h}): 0x00050001. */
    public static final int ONEX_UNABLE_TO_IDENTIFY_USER = 0x00050001;
    /** {@code ONEX_IDENTITY_NOT_FOUND} (802.1X, {@code dot1x.h}): 0x00050002. */
    public static final int ONEX_IDENTITY_NOT_FOUND = 0x00050002;
    /** {@code ONEX_UI_DISABLED} (802.1X, {@code dot1x.h}): 0x00050003. */
    public static final int ONEX_UI_DISABLED = 0x00050003;
    /** {@code ONEX_UI_FAILURE} (802.1X, {@code dot1x.h}): 0x00050004. */
    public static final int ONEX_UI_FAILURE = 0x00050004;
    /** {@code ONEX_EAP_FAILURE_RECEIVED} (802.1X, {@code dot1x.h}): 0x00050005. */
    public static final int ONEX_EAP_FAILURE_RECEIVED = 0x00050005;
    /** {@code ONEX_AUTHENTICATOR_NO_LONGER_PRESENT} (802.1X, {@code dot1x.h}): 0x00050006. */
    public static final int ONEX_AUTHENTICATOR_NO_LONGER_PRESENT = 0x00050006;
    /** {@code ONEX_NO_RESPONSE_TO_IDENTITY} (802.1X, {@code dot1x.h}): 0x00050007. */
    public static final int ONEX_NO_RESPONSE_TO_IDENTITY = 0x00050007;
    /** {@code ONEX_PROFILE_VERSION_NOT_SUPPORTED} (802.1X, {@code dot1x.h}): 0x00050008. */
    public static final int ONEX_PROFILE_VERSION_NOT_SUPPORTED = 0x00050008;
    /** {@code ONEX_PROFILE_INVALID_LENGTH} (802.1X, {@code dot1x.h}): 0x00050009. */
    public static final int ONEX_PROFILE_INVALID_LENGTH = 0x00050009;
    /** {@code ONEX_PROFILE_DISALLOWED_EAP_TYPE} (802.1X, {@code dot1x.h}): 0x0005000A. */
    public static final int ONEX_PROFILE_DISALLOWED_EAP_TYPE = 0x0005000A;
    /** {@code ONEX_PROFILE_INVALID_EAP_TYPE_OR_FLAG} (802.1X, {@code dot1x.h}): 0x0005000B. */
    public static final int ONEX_PROFILE_INVALID_EAP_TYPE_OR_FLAG = 0x0005000B;
    /** {@code ONEX_PROFILE_INVALID_ONEX_FLAGS} (802.1X, {@code dot1x.h}): 0x0005000C. */
    public static final int ONEX_PROFILE_INVALID_ONEX_FLAGS = 0x0005000C;
    /** {@code ONEX_PROFILE_INVALID_TIMER_VALUE} (802.1X, {@code dot1x.h}): 0x0005000D. */
    public static final int ONEX_PROFILE_INVALID_TIMER_VALUE = 0x0005000D;
    /** {@code ONEX_PROFILE_INVALID_SUPPLICANT_MODE} (802.1X, {@code dot1x.h}): 0x0005000E. */
    public static final int ONEX_PROFILE_INVALID_SUPPLICANT_MODE = 0x0005000E;
    /** {@code ONEX_PROFILE_INVALID_AUTH_MODE} (802.1X, {@code dot1x.h}): 0x0005000F. */
    public static final int ONEX_PROFILE_INVALID_AUTH_MODE = 0x0005000F;
    /** {@code ONEX_PROFILE_INVALID_EAP_CONNECTION_PROPERTIES} (802.1X, {@code dot1x.h}): 0x00050010. */
    public static final int ONEX_PROFILE_INVALID_EAP_CONNECTION_PROPERTIES = 0x00050010;
    /** {@code ONEX_UI_CANCELLED} (802.1X, {@code dot1x.h}): 0x00050011. */
    public static final int ONEX_UI_CANCELLED = 0x00050011;
    /** {@code ONEX_PROFILE_INVALID_EXPLICIT_CREDENTIALS} (802.1X, {@code dot1x.h}): 0x00050012. */
    public static final int ONEX_PROFILE_INVALID_EXPLICIT_CREDENTIALS = 0x00050012;
    /** {@code ONEX_PROFILE_EXPIRED_EXPLICIT_CREDENTIALS} (802.1X, {@code dot1x.h}): 0x00050013. */
    public static final int ONEX_PROFILE_EXPIRED_EXPLICIT_CREDENTIALS = 0x00050013;
    /** {@code ONEX_UI_NOT_PERMITTED} (802.1X, {@code dot1x.h}): 0x00050014. */
    public static final int ONEX_UI_NOT_PERMITTED = 0x00050014;

    /** The names by value, made on first use. */
    private static final class Names {
        static final Map<Integer, String> BY_CODE = names();

        private static Map<Integer, String> names() {
            Map<Integer, String> names = new HashMap<>();
            for (Field f : WlanReasonCodes.class.getFields()) {
                if (f.getType() == int.class && Modifier.isStatic(f.getModifiers())) {
                    try {
                        names.put(f.getInt(null), f.getName());
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e); // public fields of this class
                    }
                }
            }
            return names;
        }
    }

    private WlanReasonCodes() {
    }

    /**
     * Returns the SDK name of a reason code without its prefix, such as {@code "KEY_MISMATCH"}.
     *
     * @param reasonCode a {@code WLAN_REASON_CODE}
     * @return its name, or {@code "0x"} and eight hex digits for a code this class does not name
     */
    public static String name(int reasonCode) {
        String name = Names.BY_CODE.get(reasonCode);
        return name != null ? name : String.format("0x%08X", reasonCode);
    }
}
