package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every offset and size the reader uses ({@link WlanStructs#layout()}) equals
 * {@code offsetof}/{@code sizeof} as the C compiler lays out the stand-in's structures: under
 * {@code -Pwine} those are the Windows SDK's own declarations (mingw-w64's {@code wlanapi.h},
 * Win64); on Linux, declarations that {@code src/test/c/layout_check.c} proves equal to the SDK's
 * for x64 and x86 before the stand-in is built.
 */
class LayoutTest {
    @Test
    void theReadersLayoutIsTheCompilers() {
        StandIn standIn = StandIn.require();
        Map<String, Integer> layout = WlanStructs.layout();
        assertTrue(layout.size() > 60, "the reader registers its layout: " + layout.size() + " entries");
        List<String> wrong = new ArrayList<>();
        layout.forEach((name, value) -> {
            int c = standIn.control.standin_layout(name);
            if (c != value) {
                wrong.add(name + ": reader " + value + ", C " + c);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void anUnknownNameIsNotGivenAnOffset() {
        assertEquals(-1, StandIn.require().control.standin_layout("WLAN_BSS_ENTRY.noSuchField"));
    }
}
