/**
 * A safe handle lifecycle over the Windows Native Wifi API ({@code wlanapi.dll}).
 *
 * <p>{@link io.github.wlanapi4j.WlanClient} owns a WLAN client handle; both are
 * {@link java.lang.AutoCloseable} and meant for try-with-resources. {@link io.github.wlanapi4j.WlanApi}
 * is the thin JNA binding beneath them, and the seam for tests. Every error code arrives as a
 * subclass of {@link io.github.wlanapi4j.WlanException}.
 */
package io.github.wlanapi4j;
