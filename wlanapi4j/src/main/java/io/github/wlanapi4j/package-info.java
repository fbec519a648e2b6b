/**
 * A safe handle lifecycle over the Windows Native Wifi API ({@code wlanapi.dll}).
 *
 * <p>{@link io.github.wlanapi4j.WlanClient} owns a WLAN client handle;
 * {@link io.github.wlanapi4j.WfdClient} a Wi-Fi Direct client handle and its
 * {@link io.github.wlanapi4j.WfdSession}s. All are {@link java.lang.AutoCloseable}, meant for
 * try-with-resources, thread-safe, and close their native handle exactly once, never under a call
 * in flight. {@link io.github.wlanapi4j.WlanApi} is the thin JNA binding beneath them and the seam
 * for tests. Every error code arrives as a subclass of {@link io.github.wlanapi4j.WlanException}.
 *
 * <pre>{@code
 * try (WfdClient wfd = WfdClient.open();
 *      WfdSession session = wfd.openSession(MacAddress.parse("02:11:22:33:44:55"), Duration.ofSeconds(30))) {
 *     UUID iface = session.interfaceGuid();
 * }
 * }</pre>
 */
package io.github.wlanapi4j;
