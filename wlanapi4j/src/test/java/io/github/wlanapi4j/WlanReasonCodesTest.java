package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wlanapi4j.WlanConnectionException.Failure;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reason codes against the values Microsoft's "WLAN_REASON_CODE" documentation page lists
 * (decimal there), their names, and the classification a program acts on.
 */
class WlanReasonCodesTest {

    @Test
    void valuesAreTheDocumentedOnes() {
        assertEquals(0, WlanReasonCodes.SUCCESS);
        assertEquals(65537, WlanReasonCodes.UNKNOWN);
        assertEquals(131073, WlanReasonCodes.NETWORK_NOT_COMPATIBLE);
        assertEquals(163841, WlanReasonCodes.NO_AUTO_CONNECTION);
        assertEquals(163851, WlanReasonCodes.NETWORK_NOT_AVAILABLE);
        assertEquals(163853, WlanReasonCodes.KEY_MISMATCH);
        assertEquals(196612, WlanReasonCodes.PHY_TYPE_UNMATCH);
        assertEquals(229377, WlanReasonCodes.USER_CANCELLED);
        assertEquals(229378, WlanReasonCodes.ASSOCIATION_FAILURE);
        assertEquals(229396, WlanReasonCodes.NO_VISIBLE_AP);
        assertEquals(262145, WlanReasonCodes.MSMSEC_PROFILE_INVALID_KEY_INDEX);
        assertEquals(262181, WlanReasonCodes.MSMSEC_CAPABILITY_MFP_NW_NIC);
        assertEquals(294913, WlanReasonCodes.MSMSEC_UI_REQUEST_FAILURE);
        assertEquals(294932, WlanReasonCodes.MSMSEC_PSK_MISMATCH_SUSPECTED);
        assertEquals(294939, WlanReasonCodes.MSMSEC_G1_MISSING_MGMT_GRP_KEY);
        assertEquals(524289, WlanReasonCodes.INVALID_PROFILE_SCHEMA);
        assertEquals(327685, WlanReasonCodes.ONEX_EAP_FAILURE_RECEIVED); // the page's 0x00050005 range
        assertEquals(327700, WlanReasonCodes.ONEX_UI_NOT_PERMITTED);
        assertEquals(524315, WlanReasonCodes.HOTSPOT2_PROFILE_NOT_ALLOWED);
    }

    @Test
    void everyCodeHasOneNameAndUnknownCodesShowTheirValue() throws Exception {
        Map<Integer, String> seen = new HashMap<>();
        for (Field f : WlanReasonCodes.class.getFields()) {
            int code = f.getInt(null);
            String before = seen.put(code, f.getName());
            assertEquals(null, before, f.getName() + " has the value of " + before);
            assertEquals(f.getName(), WlanReasonCodes.name(code));
        }
        assertTrue(seen.size() > 130, "the documented codes: " + seen.size());
        assertEquals("0x0002801F", WlanReasonCodes.name(0x2801F));
        assertEquals("0xFFFFFFFF", WlanReasonCodes.name(-1));
    }

    @Test
    void failuresAreClassifiedForAProgramToActOn() throws Exception {
        assertEquals(Failure.WRONG_KEY, Failure.of(WlanReasonCodes.KEY_MISMATCH));
        assertEquals(Failure.WRONG_KEY, Failure.of(WlanReasonCodes.MSMSEC_PSK_MISMATCH_SUSPECTED));
        assertEquals(Failure.WRONG_KEY, Failure.of(WlanReasonCodes.MSMSEC_PROFILE_PSK_LENGTH));
        assertEquals(Failure.NETWORK_NOT_AVAILABLE, Failure.of(WlanReasonCodes.NETWORK_NOT_AVAILABLE));
        assertEquals(Failure.NETWORK_NOT_AVAILABLE, Failure.of(WlanReasonCodes.NO_VISIBLE_AP));
        assertEquals(Failure.ASSOCIATION_FAILED, Failure.of(WlanReasonCodes.ASSOCIATION_FAILURE));
        assertEquals(Failure.AUTHENTICATION_FAILED, Failure.of(WlanReasonCodes.SECURITY_FAILURE));
        assertEquals(Failure.AUTHENTICATION_FAILED, Failure.of(WlanReasonCodes.MSMSEC_NO_AUTHENTICATOR));
        assertEquals(Failure.TIMEOUT, Failure.of(WlanReasonCodes.ASSOCIATION_TIMEOUT));
        assertEquals(Failure.TIMEOUT, Failure.of(WlanReasonCodes.MSMSEC_KEY_SUCCESS_TIMEOUT));
        assertEquals(Failure.CANCELLED, Failure.of(WlanReasonCodes.USER_CANCELLED));
        assertEquals(Failure.INCOMPATIBLE, Failure.of(WlanReasonCodes.MSMSEC_CAPABILITY_NETWORK));
        assertEquals(Failure.INVALID_PROFILE, Failure.of(WlanReasonCodes.INVALID_PROFILE_SCHEMA));
        assertEquals(Failure.INVALID_PROFILE, Failure.of(WlanReasonCodes.MSMSEC_PROFILE_INVALID_AUTH_CIPHER));
        assertEquals(Failure.DENIED, Failure.of(WlanReasonCodes.GP_DENIED));
        assertEquals(Failure.AUTHENTICATION_FAILED, Failure.of(WlanReasonCodes.ONEX_EAP_FAILURE_RECEIVED));
        assertEquals(Failure.AUTHENTICATION_FAILED, Failure.of(WlanReasonCodes.ONEX_UNABLE_TO_IDENTIFY_USER));
        assertEquals(Failure.INVALID_PROFILE, Failure.of(WlanReasonCodes.ONEX_PROFILE_DISALLOWED_EAP_TYPE));
        assertEquals(Failure.CANCELLED, Failure.of(WlanReasonCodes.ONEX_UI_CANCELLED));
        assertEquals(Failure.OTHER, Failure.of(WlanReasonCodes.SUCCESS));
        assertEquals(Failure.OTHER, Failure.of(WlanReasonCodes.UNKNOWN));
        assertEquals(Failure.OTHER, Failure.of(0x7FFF_FFFF));
        for (Field f : WlanReasonCodes.class.getFields()) {
            Failure.of(f.getInt(null)); // total: every code has a kind
        }
    }
}
