package io.github.wlanapi4j;

import java.util.Arrays;
import java.util.UUID;

/**
 * One WLAN notification ({@code WLAN_NOTIFICATION_DATA}), copied out of the service's buffer
 * (which is valid only during its callback): immutable and safe to keep.
 */
public final class WlanNotification {
    private final int sourceCode;
    private final int code;
    private final UUID interfaceGuid;
    private final byte[] data;

    WlanNotification(int sourceCode, int code, UUID interfaceGuid, byte[] data) {
        this.sourceCode = sourceCode;
        this.code = code;
        this.interfaceGuid = interfaceGuid;
        this.data = data;
    }

    /** Copies a notification while its buffer is valid (inside the callback). */
    static WlanNotification copyOf(WlanApi.WLAN_NOTIFICATION_DATA n) {
        byte[] data = n.pData == null || n.dwDataSize <= 0 ? new byte[0] : n.pData.getByteArray(0, n.dwDataSize);
        return new WlanNotification(n.NotificationSource, n.NotificationCode, Guids.toUuid(n.InterfaceGuid), data);
    }

    /**
     * Returns the source, or {@link WlanNotificationSource#ALL} for one this version does not name.
     *
     * @return the source
     */
    public WlanNotificationSource source() {
        return WlanNotificationSource.of(sourceCode);
    }

    /**
     * Returns the {@code NotificationSource} bits as the service sent them.
     *
     * @return the source bits
     */
    public int sourceCode() {
        return sourceCode;
    }

    /**
     * Returns the {@code NotificationCode}, whose meaning depends on the source (for
     * {@link WlanNotificationSource#ACM}, a {@code wlan_notification_acm_*} value).
     *
     * @return the notification code
     */
    public int code() {
        return code;
    }

    /**
     * Returns the interface the notification concerns.
     *
     * @return the interface GUID
     */
    public UUID interfaceGuid() {
        return interfaceGuid;
    }

    /**
     * Returns a copy of the notification's data ({@code pData}, {@code dwDataSize} bytes), empty
     * if there is none.
     *
     * @return the data bytes
     */
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String toString() {
        return "WlanNotification[" + source() + " 0x" + Integer.toHexString(sourceCode) + ", code " + code
                + ", interface " + interfaceGuid + ", " + data.length + " bytes " + Arrays.toString(data) + "]";
    }
}
