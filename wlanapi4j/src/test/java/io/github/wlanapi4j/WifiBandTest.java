package io.github.wlanapi4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WifiBandTest {
    @ParameterizedTest(name = "{0} kHz: {1} channel {2}")
    @CsvSource({
        "2412000, BAND_2_4_GHZ, 1", "2437000, BAND_2_4_GHZ, 6", "2472000, BAND_2_4_GHZ, 13",
        "2484000, BAND_2_4_GHZ, 14", "2413000, BAND_2_4_GHZ, 0",
        "4920000, BAND_5_GHZ, 184", "5180000, BAND_5_GHZ, 36", "5825000, BAND_5_GHZ, 165",
        "5885000, BAND_5_GHZ, 177",
        "5935000, BAND_6_GHZ, 2", "5955000, BAND_6_GHZ, 1", "6415000, BAND_6_GHZ, 93", "7115000, BAND_6_GHZ, 233",
        "58320000, BAND_60_GHZ, 1", "69120000, BAND_60_GHZ, 6",
        "0, UNKNOWN, 0", "2437500, BAND_2_4_GHZ, 0", "900000, UNKNOWN, 0"})
    void bandAndChannelOfACentreFrequency(long khz, WifiBand band, int channel) {
        assertEquals(band, WifiBand.ofFrequency(khz));
        assertEquals(channel, WifiBand.channelOf(khz));
    }
}
