package io.github.wlanapi4j;

/**
 * The frequency band of a channel centre frequency, and the channel number within it (IEEE
 * 802.11 channel plans: 2.4 GHz channels 1–14, 5 GHz with the 4.9 GHz Japanese channels, 6 GHz
 * channels 1–233 and channel 2 at 5935 MHz, 60 GHz channels 1–6).
 */
public enum WifiBand {
    /** 2.4 GHz (2400–2500 MHz). */
    BAND_2_4_GHZ,
    /** 5 GHz (4900–5925 MHz). */
    BAND_5_GHZ,
    /** 6 GHz (5925–7125 MHz): Wi-Fi 6E and 7. */
    BAND_6_GHZ,
    /** 60 GHz (57–71 GHz): 802.11ad/ay. */
    BAND_60_GHZ,
    /** A frequency outside the bands above. */
    UNKNOWN;

    /**
     * The band of a centre frequency.
     *
     * @param centerFrequencyKhz the centre frequency in kHz, as {@code ulChCenterFrequency} gives it
     * @return its band, or {@link #UNKNOWN}
     */
    public static WifiBand ofFrequency(long centerFrequencyKhz) {
        long mhz = centerFrequencyKhz / 1000;
        if (mhz >= 2400 && mhz <= 2500) {
            return BAND_2_4_GHZ;
        }
        if (mhz == 5935 || (mhz > 5925 && mhz <= 7125)) {
            return BAND_6_GHZ;
        }
        if (mhz >= 4900 && mhz <= 5925) {
            return BAND_5_GHZ;
        }
        if (mhz >= 57000 && mhz <= 71000) {
            return BAND_60_GHZ;
        }
        return UNKNOWN;
    }

    /**
     * The channel number of a centre frequency on its band's channel grid.
     *
     * @param centerFrequencyKhz the centre frequency in kHz
     * @return the channel number, or 0 where the frequency is not on a grid (or not in a band)
     */
    public static int channelOf(long centerFrequencyKhz) {
        if (centerFrequencyKhz % 1000 != 0) {
            return 0;
        }
        long mhz = centerFrequencyKhz / 1000;
        switch (ofFrequency(centerFrequencyKhz)) {
            case BAND_2_4_GHZ:
                if (mhz == 2484) {
                    return 14;
                }
                return onGrid(mhz - 2407, 5, 1, 13);
            case BAND_5_GHZ:
                return mhz >= 5000 ? onGrid(mhz - 5000, 5, 1, 199) : onGrid(mhz - 4000, 5, 180, 199);
            case BAND_6_GHZ:
                return mhz == 5935 ? 2 : onGrid(mhz - 5950, 5, 1, 233);
            case BAND_60_GHZ:
                return onGrid(mhz - 56160, 2160, 1, 6);
            default:
                return 0;
        }
    }

    private static int onGrid(long offsetMhz, int spacing, int first, int last) {
        if (offsetMhz % spacing != 0) {
            return 0;
        }
        long channel = offsetMhz / spacing;
        return channel >= first && channel <= last ? (int) channel : 0;
    }
}
