package io.github.wlanapi4j;

import java.util.UUID;

/**
 * An open Wi-Fi Direct session, from {@link WfdClient#startOpenSession(MacAddress)},
 * {@link WfdClient#openSession(MacAddress, java.time.Duration)} or
 * {@link WfdClient#openLegacySession(MacAddress)}. Closed with {@code WFDCloseSession}, exactly
 * once, by {@link #close()} or by the client's own close, whichever comes first.
 *
 * <p>Thread-safe. A session holds a reference on its client's handle, so {@code WFDCloseHandle}
 * never runs before {@code WFDCloseSession} has returned.
 */
public final class WfdSession implements AutoCloseable {
    private final WfdSessions owner;
    private final MacAddress peer;
    private final UUID interfaceGuid;
    private final Guard guard;
    /** Its leak tracker (lifecycle law 8); forgotten on close. */
    private final Object tracker;

    /** Takes over one reference on the client's guard, released when the session is closed. */
    WfdSession(WfdSessions owner, long handle, MacAddress peer, UUID interfaceGuid) {
        this.owner = owner;
        this.peer = peer;
        this.interfaceGuid = interfaceGuid;
        this.guard = new Guard(owner.api, owner.guard, handle);
        this.tracker = Leaks.watch(this, guard);
    }

    /** The session handle's guard; static, so that it never refers to the session (law 8). */
    private static final class Guard extends HandleGuard {
        private final WlanApi api;
        private final HandleGuard client;

        Guard(WlanApi api, HandleGuard client, long handle) {
            super(handle);
            this.api = api;
            this.client = client;
        }

        @Override
        String owner() {
            return "WfdSession";
        }

        @Override
        String closeFunction() {
            return "WFDCloseSession";
        }

        @Override
        int closeNative(long address) {
            try {
                return api.WFDCloseSession(handleOf(address));
            } finally {
                client.releaseAndLog(); // the session's reference; may run WFDCloseHandle
            }
        }
    }

    /**
     * Returns the peer this session is with.
     *
     * @return the peer's address
     */
    public MacAddress peer() {
        return peer;
    }

    /**
     * Returns the GUID of the network interface the session uses (as the service reported it).
     *
     * @return the interface GUID
     */
    public UUID interfaceGuid() {
        return interfaceGuid;
    }

    /**
     * Returns whether the session has not been closed yet, by {@link #close()} or by its client.
     *
     * @return {@code true} until closed
     */
    public boolean isOpen() {
        return !guard.isClosed();
    }

    /**
     * Closes the session ({@code WFDCloseSession}). Idempotent and thread-safe; the native close
     * runs exactly once.
     *
     * @throws WlanException if this call ran {@code WFDCloseSession} and it failed; the session
     *     counts as closed all the same
     */
    @Override
    public void close() {
        WlanException failure = closeAndReport();
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes where nobody is left to receive a failure of the native close: it is logged, saying {@code why}. */
    void closeAndLog(String why) {
        WlanException failure = closeAndReport();
        if (failure != null) {
            System.getLogger("io.github.wlanapi4j").log(System.Logger.Level.WARNING,
                    "closing " + this + " (" + why + ") failed", failure);
        }
    }

    HandleGuard guard() {
        return guard;
    }

    /** Closes, returning instead of throwing a failure of the native close. */
    WlanException closeAndReport() {
        try {
            WlanException failure = guard.close();
            owner.forget(guard);
            Leaks.forget(tracker);
            return failure;
        } finally {
            java.lang.ref.Reference.reachabilityFence(this); // not "leaked" while closing
        }
    }

    @Override
    public String toString() {
        return guard + "(peer " + peer + ", interface " + interfaceGuid + ")";
    }
}
