package io.github.wlanapi4j;

import java.util.UUID;
import java.util.function.Consumer;

/** Calls a {@link WlanEventListener}'s methods for each notification, by kind. */
final class EventDispatch implements Consumer<WlanNotification> {
    private final WlanEventListener listener;

    EventDispatch(WlanEventListener listener) {
        this.listener = listener;
    }

    @Override
    public void accept(WlanNotification n) {
        listener.notification(n);
        UUID iface = n.interfaceGuid();
        if (n.acmEvent().isPresent()) {
            acm(n, iface, n.acmEvent().get());
        } else if (n.msmEvent().isPresent()) {
            msm(n, iface, n.msmEvent().get());
        }
    }

    private void acm(WlanNotification n, UUID iface, AcmEvent event) {
        switch (event) {
            case SCAN_COMPLETE:
                listener.scanCompleted(iface);
                break;
            case SCAN_FAIL:
                listener.scanFailed(iface, n.reasonCode().orElse(0));
                break;
            case CONNECTION_COMPLETE:
                n.connection().ifPresent(c -> {
                    if (c.reasonCode() == 0) {
                        listener.connected(iface, c);
                    } else {
                        listener.connectionFailed(iface, c);
                    }
                });
                break;
            case DISCONNECTED:
                n.connection().ifPresent(c -> listener.disconnected(iface, c));
                break;
            case INTERFACE_ARRIVAL:
                listener.interfaceArrived(iface);
                break;
            case INTERFACE_REMOVAL:
                listener.interfaceRemoved(iface);
                break;
            default:
                break;
        }
    }

    private void msm(WlanNotification n, UUID iface, MsmEvent event) {
        switch (event) {
            case SIGNAL_QUALITY_CHANGE:
                n.signalQuality().ifPresent(q -> listener.signalQualityChanged(iface, q));
                break;
            case ROAMING_END:
                n.msm().ifPresent(m -> listener.roamed(iface, m));
                break;
            case RADIO_STATE_CHANGE:
                n.radioState().ifPresent(r -> listener.radioStateChanged(iface, r));
                break;
            default:
                break;
        }
    }
}
