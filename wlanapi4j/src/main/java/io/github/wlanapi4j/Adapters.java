package io.github.wlanapi4j;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads iphlpapi's adapter list ({@code GetAdaptersAddresses}) through a {@link WlanApi}. The
 * buffer is the caller's, so every pointer in it must point back into it: one that does not, a
 * string without its NUL or a list that loops is a malformed buffer, never a read elsewhere.
 */
final class Adapters {
    private static final String FUNCTION = "GetAdaptersAddresses";
    private static final int AF_UNSPEC = 0;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 23;
    /** {@code GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER}: only what is read. */
    private static final int FLAGS = 0x2 | 0x4 | 0x8;
    private static final int ERROR_BUFFER_OVERFLOW = 111;
    private static final int ERROR_NO_DATA = 232;
    /** {@code IfOperStatusUp}. */
    private static final int OPER_STATUS_UP = 1;
    /** Microsoft's advice: start with 15 KB, which holds most machines' lists in one call. */
    private static final int FIRST_SIZE = 15 * 1024;
    /** Adapters come and go between the size query and the read: a few retries, then give up. */
    private static final int ATTEMPTS = 4;
    /** The largest buffer a service may ask for: thousands of adapters fit in far less. */
    private static final int MAX_SIZE = 16 * 1024 * 1024;
    /** {@code IpDadStateDeprecated} and {@code IpDadStatePreferred}: addresses in use (not tentative, not a duplicate). */
    private static final int DAD_DEPRECATED = 3;
    private static final int DAD_PREFERRED = 4;
    /** How many bytes a string is read in at a time, up to its NUL. */
    private static final int CHUNK = 64;

    /** One adapter as listed, before it is known to be a WLAN interface's. */
    static final class Listed {
        final String name;
        final int index;
        final byte[] mac;
        final String friendlyName;
        final String description;
        final boolean up;
        final List<InetAddress> addresses;

        Listed(String name, int index, byte[] mac, String friendlyName, String description, boolean up,
                List<InetAddress> addresses) {
            this.name = name;
            this.index = index;
            this.mac = mac;
            this.friendlyName = friendlyName;
            this.description = description;
            this.up = up;
            this.addresses = addresses;
        }
    }

    private Adapters() {
    }

    /** The adapter whose name is {@code iface}'s GUID, or empty. */
    static Optional<WlanAdapter> of(WlanApi api, UUID iface) {
        String name = "{" + iface.toString().toUpperCase(Locale.ROOT) + "}";
        for (Listed l : list(api)) {
            if (l.name.equalsIgnoreCase(name)) {
                if (l.mac.length != 6) {
                    throw WlanStructs.malformed(FUNCTION, "the physical address length of " + name, l.mac.length,
                            "6 for a WLAN interface");
                }
                return Optional.of(new WlanAdapter(iface, l.index, l.friendlyName, l.description, MacAddress.of(l.mac),
                        l.up, l.addresses));
            }
        }
        return Optional.empty();
    }

    /** Every adapter, in the order listed. */
    static List<Listed> list(WlanApi api) {
        int size = FIRST_SIZE;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Memory buffer = new Memory(size);
            IntByReference sizeRef = new IntByReference(size);
            int code = api.GetAdaptersAddresses(AF_UNSPEC, FLAGS, null, buffer, sizeRef);
            if (code == WlanErrors.ERROR_SUCCESS) {
                return read(buffer);
            }
            if (code == ERROR_NO_DATA) {
                return List.of();
            }
            if (code != ERROR_BUFFER_OVERFLOW) {
                throw ErrorTable.exception(FUNCTION, code);
            }
            // The size it needs now; were that no more than the buffer had, grow it all the same.
            long needed = Integer.toUnsignedLong(sizeRef.getValue());
            long next = needed > size ? needed : 2L * size;
            if (next > MAX_SIZE) {
                throw WlanStructs.malformed(FUNCTION, "the size it asks for", next, "at most " + MAX_SIZE + " bytes");
            }
            size = (int) next;
        }
        throw ErrorTable.exception(FUNCTION, ERROR_BUFFER_OVERFLOW).withContext("the adapter list kept growing over "
                + ATTEMPTS + " attempts");
    }

    private static List<Listed> read(Memory buffer) {
        List<Listed> adapters = new ArrayList<>();
        long base = Pointer.nativeValue(buffer);
        Set<Long> seen = new HashSet<>(); // every entry and address once: a list that loops is malformed
        long at = base;
        while (at != 0) {
            long offset = inside(buffer, base, at, WlanStructs.ADAPTER_READ_SIZE, "an adapter");
            once(seen, offset, "the adapter list");
            String name = ansi(buffer, base, pointer(buffer, offset + WlanStructs.ADAPTER_NAME), "AdapterName");
            int macLength = buffer.getInt(offset + WlanStructs.ADAPTER_MAC_LENGTH);
            if (macLength < 0 || macLength > 8) {
                throw WlanStructs.malformed(FUNCTION, "PhysicalAddressLength", macLength, "0 to 8");
            }
            adapters.add(new Listed(name, buffer.getInt(offset + WlanStructs.ADAPTER_IF_INDEX),
                    buffer.getByteArray(offset + WlanStructs.ADAPTER_MAC, macLength),
                    wide(buffer, base, pointer(buffer, offset + WlanStructs.ADAPTER_FRIENDLY_NAME), "FriendlyName"),
                    wide(buffer, base, pointer(buffer, offset + WlanStructs.ADAPTER_DESCRIPTION), "Description"),
                    buffer.getInt(offset + WlanStructs.ADAPTER_OPER_STATUS) == OPER_STATUS_UP,
                    unicast(buffer, base, seen, pointer(buffer, offset + WlanStructs.ADAPTER_UNICAST))));
            at = pointer(buffer, offset + WlanStructs.ADAPTER_NEXT);
        }
        return adapters;
    }

    /**
     * The addresses in use: Windows lists a tentative one (still being checked) and a duplicate
     * (another host has it) too, and neither can be used.
     */
    private static List<InetAddress> unicast(Memory buffer, long base, Set<Long> seen, long first) {
        List<InetAddress> addresses = new ArrayList<>();
        for (long at = first; at != 0; ) {
            long offset = inside(buffer, base, at, WlanStructs.UNICAST_READ_SIZE, "a unicast address");
            once(seen, offset, "an address list");
            long socket = offset + WlanStructs.UNICAST_ADDRESS;
            int length = buffer.getInt(socket + WlanStructs.SOCKET_ADDRESS_LENGTH);
            long sockaddr = inside(buffer, base, pointer(buffer, socket + WlanStructs.SOCKET_ADDRESS_POINTER),
                    Math.max(length, 2), "a socket address");
            InetAddress address = address(buffer, sockaddr, length);
            int dad = buffer.getInt(offset + WlanStructs.UNICAST_DAD_STATE);
            if ((dad == DAD_PREFERRED || dad == DAD_DEPRECATED) && !address.isAnyLocalAddress()) {
                addresses.add(address);
            }
            at = pointer(buffer, offset + WlanStructs.UNICAST_NEXT);
        }
        return addresses;
    }

    private static void once(Set<Long> seen, long offset, String list) {
        if (!seen.add(offset)) {
            throw WlanStructs.malformed(FUNCTION, list, "a loop back to offset " + offset, "an end");
        }
    }

    /** A Windows {@code SOCKADDR_IN} (family 2, the address at 4) or {@code SOCKADDR_IN6} (23, at 8). */
    private static InetAddress address(Memory buffer, long sockaddr, int length) {
        int family = buffer.getShort(sockaddr) & 0xFFFF;
        byte[] bytes;
        if (family == AF_INET && length >= 8) {
            bytes = buffer.getByteArray(sockaddr + 4, 4);
        } else if (family == AF_INET6 && length >= 24) {
            bytes = buffer.getByteArray(sockaddr + 8, 16);
        } else {
            throw WlanStructs.malformed(FUNCTION, "a socket address", "family " + family + " in " + length + " bytes",
                    "AF_INET (2) in 16 bytes or AF_INET6 (23) in 28");
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError(e); // 4 or 16 bytes: never
        }
    }

    private static long pointer(Memory buffer, long offset) {
        return Pointer.nativeValue(buffer.getPointer(offset));
    }

    /** The offset of {@code address} in the buffer, where {@code size} bytes from it are inside it. */
    private static long inside(Memory buffer, long base, long address, long size, String what) {
        long offset = address - base;
        if (offset < 0 || offset > buffer.size() - size) {
            throw WlanStructs.malformed(FUNCTION, "a pointer to " + what, "0x" + Long.toHexString(address),
                    "one into the " + buffer.size() + "-byte buffer");
        }
        return offset;
    }

    /** A NUL-terminated ANSI string inside the buffer, read a chunk at a time up to its NUL. */
    private static String ansi(Memory buffer, long base, long address, String field) {
        if (address == 0) {
            return "";
        }
        long offset = inside(buffer, base, address, 1, field);
        ByteArrayOutputStream text = new ByteArrayOutputStream(CHUNK);
        for (long at = offset; at < buffer.size(); at += CHUNK) {
            byte[] chunk = buffer.getByteArray(at, (int) Math.min(CHUNK, buffer.size() - at));
            for (int n = 0; n < chunk.length; n++) {
                if (chunk[n] == 0) {
                    text.write(chunk, 0, n);
                    return new String(text.toByteArray(), StandardCharsets.US_ASCII);
                }
            }
            text.write(chunk, 0, chunk.length);
        }
        throw WlanStructs.malformed(FUNCTION, field, "unterminated", "a NUL inside the buffer");
    }

    /** A NUL-terminated UTF-16 string (two-byte WCHARs) inside the buffer, read a chunk at a time. */
    private static String wide(Memory buffer, long base, long address, String field) {
        if (address == 0) {
            return "";
        }
        long offset = inside(buffer, base, address, 2, field);
        StringBuilder text = new StringBuilder(CHUNK / 2);
        for (long at = offset; at + 2 <= buffer.size(); at += CHUNK) {
            short[] chunk = buffer.getShortArray(at, (int) Math.min(CHUNK, buffer.size() - at) / 2);
            for (short c : chunk) {
                if (c == 0) {
                    return text.toString();
                }
                text.append((char) c);
            }
        }
        throw WlanStructs.malformed(FUNCTION, field, "unterminated", "a NUL inside the buffer");
    }
}
