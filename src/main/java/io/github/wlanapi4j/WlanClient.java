package io.github.wlanapi4j;

import com.sun.jna.platform.win32.WinNT;
import java.util.Objects;
import java.util.function.Function;

/**
 * A WLAN client handle ({@code WlanOpenHandle}), closed exactly once with
 * {@code WlanCloseHandle}.
 *
 * <pre>{@code
 * try (WlanClient wlan = WlanClient.open()) {
 *     int version = wlan.negotiatedVersion();      // 2 on Windows Vista and later
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} is idempotent and may race calls on other threads: the
 * native close waits for no one, but it never runs while a call on the handle is in flight; the
 * last such call to finish runs it instead. After {@code close()} every method that would use the
 * handle throws {@link IllegalStateException} without calling native code.
 */
public final class WlanClient implements AutoCloseable {
    private final HandleGuard guard;
    private final int negotiatedVersion;

    private WlanClient(HandleGuard guard, int negotiatedVersion) {
        this.guard = guard;
        this.negotiatedVersion = negotiatedVersion;
    }

    /**
     * Opens a client handle on the system's {@code wlanapi.dll}, requesting
     * {@link WlanApi#WLAN_API_VERSION_2_0}.
     *
     * @return the open client; close it
     * @throws WlanUnavailableException if there is no {@code wlanapi.dll} here
     * @throws WlanServiceNotActiveException if the WLAN AutoConfig service is not running
     * @throws WlanHandleLimitException if the service has no handles left
     * @throws WlanException for any other error
     */
    public static WlanClient open() {
        return open(WlanApi.load());
    }

    /**
     * Opens a client handle through {@code api}, requesting {@link WlanApi#WLAN_API_VERSION_2_0}.
     *
     * @param api the binding, {@link WlanApi#load()} or a test double
     * @return the open client; close it
     * @throws WlanException as for {@link #open()}
     */
    public static WlanClient open(WlanApi api) {
        return open(api, WlanApi.WLAN_API_VERSION_2_0);
    }

    /**
     * Opens a client handle through {@code api}, requesting {@code clientVersion}. The service
     * decides what it supports: an unknown version fails with {@link WlanNotSupportedException}.
     *
     * @param api the binding, {@link WlanApi#load()} or a test double
     * @param clientVersion the highest version the caller supports, such as
     *     {@link WlanApi#WLAN_API_VERSION_1_0}
     * @return the open client; close it
     * @throws WlanException as for {@link #open()}, naming the requested version
     */
    public static WlanClient open(WlanApi api, int clientVersion) {
        Objects.requireNonNull(api, "api");
        return OutParams.open("WlanOpenHandle", "requested client version " + Integer.toUnsignedString(clientVersion),
                (version, handle) -> api.WlanOpenHandle(clientVersion, null, version, handle),
                (handle, version) -> new WlanClient(new HandleGuard("WlanClient", handle, "WlanCloseHandle",
                        h -> api.WlanCloseHandle(h, null)), version));
    }

    /**
     * Returns the API version the service negotiated ({@code pdwNegotiatedVersion}). Still
     * available after close.
     *
     * @return the negotiated version, such as {@link WlanApi#WLAN_API_VERSION_2_0}
     */
    public int negotiatedVersion() {
        return negotiatedVersion;
    }

    /**
     * Returns whether {@link #close()} has not been called yet.
     *
     * @return {@code true} until {@code close()} is called
     */
    public boolean isOpen() {
        return !guard.isClosed();
    }

    /**
     * Runs {@code action} with the raw client handle, for native functions this class does not
     * wrap. The handle is guaranteed to stay open until {@code action} returns, even if another
     * thread calls {@link #close()} meanwhile; it must not be kept or used after that.
     *
     * <pre>{@code
     * var raw = com.sun.jna.platform.win32.WlanApi.INSTANCE; // jna-platform's binding
     * int count = wlan.withHandle(h -> {
     *     PointerByReference list = new PointerByReference();
     *     WlanException.check("WlanEnumInterfaces", raw.WlanEnumInterfaces(h, null, list));
     *     try {
     *         return new WLAN_INTERFACE_INFO_LIST(list.getValue()).dwNumberOfItems;
     *     } finally {
     *         raw.WlanFreeMemory(list.getValue());
     *     }
     * });
     * }</pre>
     *
     * @param <T> the result type
     * @param action the code to run with the handle
     * @return what {@code action} returned
     * @throws IllegalStateException if the client is closed; {@code action} is not run
     */
    public <T> T withHandle(Function<? super WinNT.HANDLE, ? extends T> action) {
        Objects.requireNonNull(action, "action");
        return guard.borrow(action);
    }

    /**
     * Closes the handle ({@code WlanCloseHandle}). Idempotent and thread-safe: the native close
     * runs exactly once, now, or, if a {@link #withHandle} call is in flight on another thread,
     * when the last one returns (a failure is then logged through {@link System.Logger}).
     *
     * @throws WlanException if this call ran {@code WlanCloseHandle} and it failed; the client
     *     counts as closed all the same, and the close is not retried
     */
    @Override
    public void close() {
        WlanException failure = guard.close();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return guard + "(version " + negotiatedVersion + ")";
    }
}
