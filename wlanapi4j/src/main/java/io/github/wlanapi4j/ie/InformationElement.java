package io.github.wlanapi4j.ie;

import java.util.Arrays;

/**
 * One information element: its ID, for an Element ID Extension (255) its extension ID, and its
 * data. Immutable: {@link #data()} returns a copy.
 */
public final class InformationElement {
    /** Element ID Extension: the first data byte is the extension ID. */
    public static final int EXTENSION = 255;
    /** Vendor Specific: the data starts with an OUI. */
    public static final int VENDOR_SPECIFIC = 221;

    private final byte[] source;
    private final int id;
    private final int extensionId;
    /** Where the data starts in {@link #source} (after the extension ID for 255), and its length. */
    private final int offset;
    private final int length;

    InformationElement(byte[] source, int id, int extensionId, int offset, int length) {
        this.source = source;
        this.id = id;
        this.extensionId = extensionId;
        this.offset = offset;
        this.length = length;
    }

    /**
     * Returns the element ID.
     *
     * @return 0 to 255
     */
    public int id() {
        return id;
    }

    /**
     * Returns the extension ID of an Element ID Extension (255), such as 35 for HE Capabilities.
     *
     * @return 0 to 255, or -1 for any other element, and for an Element ID Extension too short to
     *     hold one (length 0: malformed, kept so that {@code elements()} shows every element sent)
     */
    public int extensionId() {
        return extensionId;
    }

    /**
     * Returns a copy of the data (for an Element ID Extension, without the extension ID).
     *
     * @return the data bytes
     */
    public byte[] data() {
        return Arrays.copyOfRange(source, offset, offset + length);
    }

    /**
     * Returns the data's length.
     *
     * @return the data length, without copying
     */
    public int length() {
        return length;
    }

    /**
     * Returns the element's name in the standard (or the vendor's, for known vendor elements),
     * such as {@code "RSN"}, {@code "HE Operation"} or {@code "WPA (Microsoft)"}.
     *
     * @return the name, or {@code "Unknown"} with its ID
     */
    public String name() {
        if (id == EXTENSION) {
            if (extensionId < 0) {
                return "Element ID Extension (no extension ID)";
            }
            String n = extensionName(extensionId);
            return n != null ? n : "Element ID Extension " + extensionId;
        }
        if (id == VENDOR_SPECIFIC) {
            return vendorName();
        }
        String n = name(id);
        return n != null ? n : "Unknown " + id;
    }

    private String vendorName() {
        if (length < 4) {
            return "Vendor Specific";
        }
        int oui = (source[offset] & 0xFF) << 16 | (source[offset + 1] & 0xFF) << 8 | source[offset + 2] & 0xFF;
        int type = source[offset + 3] & 0xFF;
        if (oui == Security.WPA_OUI) {
            switch (type) {
                case 1:
                    return "WPA (Microsoft)";
                case 2:
                    return "WMM/WME (Microsoft)";
                case 4:
                    return "WPS (Microsoft)";
                default:
                    break;
            }
        }
        if (oui == InformationElements.WFA_OUI) {
            switch (type) {
                case InformationElements.WFA_OWE_TRANSITION:
                    return "OWE Transition Mode (Wi-Fi Alliance)";
                case 0x10:
                    return "Hotspot 2.0 Indication (Wi-Fi Alliance)";
                case 0x09:
                    return "P2P (Wi-Fi Alliance)";
                default:
                    break;
            }
        }
        return String.format("Vendor Specific %02x:%02x:%02x type %d", oui >>> 16, (oui >>> 8) & 0xFF, oui & 0xFF, type);
    }

    static String name(int id) {
        switch (id) {
            case 0: return "SSID";
            case 1: return "Supported Rates";
            case 3: return "DS Parameter Set";
            case 5: return "TIM";
            case 7: return "Country";
            case 11: return "BSS Load";
            case 32: return "Power Constraint";
            case 35: return "TPC Report";
            case 42: return "ERP Information";
            case 45: return "HT Capabilities";
            case 48: return "RSN";
            case 50: return "Extended Supported Rates";
            case 54: return "Mobility Domain";
            case 55: return "Fast BSS Transition";
            case 59: return "Supported Operating Classes";
            case 61: return "HT Operation";
            case 70: return "RM Enabled Capabilities";
            case 71: return "Multiple BSSID";
            case 74: return "Overlapping BSS Scan Parameters";
            case 107: return "Interworking";
            case 108: return "Advertisement Protocol";
            case 111: return "Roaming Consortium";
            case 127: return "Extended Capabilities";
            case 191: return "VHT Capabilities";
            case 192: return "VHT Operation";
            case 195: return "Transmit Power Envelope";
            case 201: return "Reduced Neighbor Report";
            case 221: return "Vendor Specific";
            case 244: return "RSN Extension";
            default: return null;
        }
    }

    static String extensionName(int extensionId) {
        switch (extensionId) {
            case 35: return "HE Capabilities";
            case 36: return "HE Operation";
            case 37: return "UORA Parameter Set";
            case 38: return "MU EDCA Parameter Set";
            case 39: return "Spatial Reuse Parameter Set";
            case 59: return "HE 6 GHz Band Capabilities";
            case 106: return "EHT Operation";
            case 107: return "Multi-Link";
            case 108: return "EHT Capabilities";
            default: return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof InformationElement)) {
            return false;
        }
        InformationElement e = (InformationElement) o;
        return id == e.id && extensionId == e.extensionId && Arrays.equals(source, offset, offset + length, e.source,
                e.offset, e.offset + e.length);
    }

    @Override
    public int hashCode() {
        int h = 31 * id + extensionId;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + source[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return name() + " (" + id + (extensionId >= 0 ? "/" + extensionId : "") + "), " + length + " bytes";
    }
}
