/**
 * wlanapi4j: the Windows Native Wifi API ({@code wlanapi.dll}) for Java, through JNA.
 *
 * <p>A consumer needs only {@code requires io.github.wlanapi4j;}: JNA and jna-platform come with
 * it ({@code requires transitive}), as the API's own types ({@code WinNT.HANDLE} in
 * {@code withHandle}, {@code Pointer} in {@link io.github.wlanapi4j.WlanApi}) are theirs.
 */
module io.github.wlanapi4j {
    // JNA's jars are automatic modules (no descriptor of their own); their names are stable,
    // declared in their manifests.
    requires transitive com.sun.jna;
    requires transitive com.sun.jna.platform;
    // StoredProfile reads profile XML with the JDK's parser.
    requires java.xml;

    exports io.github.wlanapi4j;
    exports io.github.wlanapi4j.ie;
    exports io.github.wlanapi4j.simulator;

    // JNA binds the direct-mapped natives of private nested classes, reads structures' fields and
    // makes callback proxies by reflection: open to JNA, and only to JNA.
    opens io.github.wlanapi4j to com.sun.jna;
}
