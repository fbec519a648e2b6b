package io.github.wlanapi4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One WLAN notification ({@code WLAN_NOTIFICATION_DATA}), copied out of the service's buffer
 * (which is valid only during its callback): immutable and safe to keep. The raw source, code
 * and data are all here; for ACM notifications {@link #acmEvent()}, {@link #connection()} and
 * {@link #reasonCode()} decode them, and for MSM notifications {@link #msmEvent()}, {@link #msm()},
 * {@link #signalQuality()} and {@link #radioState()}.
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
     * Returns the source, or {@link WlanNotificationSource#OTHER} for one this version does not name.
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

    /**
     * Returns what an ACM notification reports, decoded.
     *
     * @return the event, {@link AcmEvent#UNKNOWN} for a code this version does not know, or
     *     empty if the notification is not from {@link WlanNotificationSource#ACM}
     */
    public Optional<AcmEvent> acmEvent() {
        return sourceCode == WlanNotificationSource.ACM.bits() ? Optional.of(AcmEvent.of(code)) : Optional.empty();
    }

    /**
     * Returns the decoded {@code WLAN_CONNECTION_NOTIFICATION_DATA} of an ACM connection
     * notification: {@code connection_start}, {@code connection_complete},
     * {@code connection_attempt_fail}, {@code disconnecting} and {@code disconnected}.
     *
     * @return the connection data, or empty for other notifications (or data too short to hold it)
     * @throws IllegalStateException if the data is malformed (an SSID longer than 32 bytes)
     */
    public Optional<ConnectionNotification> connection() {
        if (!acmEvent().map(AcmEvent::carriesConnection).orElse(false)) {
            return Optional.empty();
        }
        return Optional.ofNullable(WlanStructs.connectionNotification(data));
    }

    /**
     * Returns the {@code WLAN_REASON_CODE} a notification carries: a {@code scan_fail}'s, an ACM
     * connection notification's (0 when it succeeded), or an MSM notification's.
     *
     * @return the reason code, or empty if this notification carries none
     */
    public OptionalInt reasonCode() {
        Optional<AcmEvent> event = acmEvent();
        if (event.isPresent() && event.get() == AcmEvent.SCAN_FAIL && data.length >= Integer.BYTES) {
            return OptionalInt.of(WlanStructs.dword(data, 0));
        }
        Optional<MsmNotification> msm = msm();
        if (msm.isPresent()) {
            return OptionalInt.of(msm.get().reasonCode());
        }
        return connection().map(c -> OptionalInt.of(c.reasonCode())).orElse(OptionalInt.empty());
    }

    /**
     * Returns the two names of an ACM {@code profile_name_change}: the old one, then the new one
     * (its data holds them one after the other, each NUL-terminated UTF-16).
     *
     * @return [old name, new name], or empty for other notifications (or data without both names)
     */
    public Optional<List<String>> profileRename() {
        if (acmEvent().orElse(AcmEvent.UNKNOWN) != AcmEvent.PROFILE_NAME_CHANGE) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(2);
        StringBuilder name = new StringBuilder();
        for (int at = 0; at + 1 < data.length && names.size() < 2; at += 2) {
            char c = (char) ((data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8);
            if (c == 0) {
                names.add(name.toString());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        return names.size() == 2 ? Optional.of(List.copyOf(names)) : Optional.empty();
    }

    /**
     * Returns the {@code DWORD} an ACM notification of these kinds carries: {@code bss_type_change}
     * (the {@code DOT11_BSS_TYPE}, {@link BssType#of}), {@code power_setting_change} (the
     * {@code WLAN_POWER_SETTING}), {@code screen_power_change} (a {@code BOOL}: the screen is on) and
     * {@code adhoc_network_state_change} (the {@code WLAN_ADHOC_NETWORK_STATE}).
     *
     * @return the value, or empty for other notifications
     */
    public OptionalInt acmValue() {
        switch (acmEvent().orElse(AcmEvent.UNKNOWN)) {
            case BSS_TYPE_CHANGE:
            case POWER_SETTING_CHANGE:
            case SCREEN_POWER_CHANGE:
            case ADHOC_NETWORK_STATE_CHANGE:
                return data.length >= Integer.BYTES ? OptionalInt.of(WlanStructs.dword(data, 0)) : OptionalInt.empty();
            default:
                return OptionalInt.empty();
        }
    }

    /**
     * Returns what an MSM notification reports, decoded.
     *
     * @return the event, {@link MsmEvent#UNKNOWN} for a code this version does not know, or
     *     empty if the notification is not from {@link WlanNotificationSource#MSM}
     */
    public Optional<MsmEvent> msmEvent() {
        return sourceCode == WlanNotificationSource.MSM.bits() ? Optional.of(MsmEvent.of(code)) : Optional.empty();
    }

    /**
     * Returns the decoded {@code WLAN_MSM_NOTIFICATION_DATA} of an MSM notification that carries
     * one: associating, associated, authenticating, connected, roaming start and end,
     * disassociating, disconnected, peer join and leave, adapter removal.
     *
     * @return the data, or empty for other notifications (or data too short to hold it)
     * @throws IllegalStateException if the data is malformed (an SSID longer than 32 bytes)
     */
    public Optional<MsmNotification> msm() {
        if (!msmEvent().map(MsmEvent::carriesMsmData).orElse(false)) {
            return Optional.empty();
        }
        return Optional.ofNullable(WlanStructs.msmNotification(data));
    }

    /**
     * Returns the new signal quality of an MSM {@code signal_quality_change}: 0 (-100 dBm or less)
     * to 100 (-50 dBm or more), linear between.
     *
     * @return the quality, or empty for other notifications
     */
    public OptionalInt signalQuality() {
        if (msmEvent().orElse(MsmEvent.UNKNOWN) != MsmEvent.SIGNAL_QUALITY_CHANGE || data.length < Integer.BYTES) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(WlanStructs.dword(data, 0));
    }

    /**
     * Returns the radio state of an MSM {@code radio_state_change}: the one PHY whose switch
     * changed ({@code WLAN_PHY_RADIO_STATE}), as a state of one PHY.
     *
     * @return the state, or empty for other notifications
     */
    public Optional<RadioState> radioState() {
        if (msmEvent().orElse(MsmEvent.UNKNOWN) != MsmEvent.RADIO_STATE_CHANGE
                || data.length < WlanStructs.PHY_RADIO_SIZE) {
            return Optional.empty();
        }
        return Optional.of(new RadioState(new int[] {WlanStructs.dword(data, WlanStructs.PHY_RADIO_SOFTWARE)},
                new int[] {WlanStructs.dword(data, WlanStructs.PHY_RADIO_HARDWARE)}));
    }

    /**
     * Says what the notification is and how much data it carries, never the data itself: a
     * connection notification can carry profile XML, and profile XML can hold a key.
     */
    @Override
    public String toString() {
        return "WlanNotification[" + source() + " 0x" + Integer.toHexString(sourceCode) + ", code " + code
                + acmEvent().map(e -> " (" + e + ")").orElse(msmEvent().map(e -> " (" + e + ")").orElse(""))
                + ", interface " + interfaceGuid + ", " + data.length
                + " bytes of data]";
    }
}
