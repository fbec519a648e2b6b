/**
 * What a BSS's information elements say it is: security, Wi-Fi generation, channel width, load,
 * country, roaming support, spatial streams and the highest rate, parsed from the raw bytes of a
 * beacon or probe response. Pure Java: it serves {@link io.github.wlanapi4j.BssEntry} and bytes
 * from any other source (a capture, a test) alike.
 *
 * <pre>{@code
 * InformationElements ies = InformationElements.parse(bytes);
 * System.out.println(ies.security().mode() + " " + ies.generation() + " " + ies.channelWidthMhz() + " MHz");
 * }</pre>
 *
 * <p>These bytes come over the air from anyone's radio. {@link InformationElements#parse(byte[])}
 * never throws for any content, keeps one copy of what it was given and nothing more, and reads
 * a truncated or malformed element as far as it goes. The rules follow IEEE 802.11 as Wireshark
 * reads it; {@link InformationElements.Builder} writes elements for simulated worlds and tests.
 */
package io.github.wlanapi4j.ie;
