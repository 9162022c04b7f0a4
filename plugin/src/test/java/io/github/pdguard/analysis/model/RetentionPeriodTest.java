package io.github.pdguard.analysis.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 3.6: the retention syntax. */
class RetentionPeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"P10Y", "P6M", "P2W", "P30D", "PT48H", "P1Y2M3DT4H", "P0D", "PT30M", "PT90S", "P1Y6M",
            "P2Y6M", "P1W3D", "P1DT12H", "PT1H30M15S", "p30d", "pt48h", "P1y2m", " P2Y ", "P0010D"})
    void valid(String text) {
        assertThat(RetentionPeriod.isValid(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 years", "forever", "P", "PT", "P1.5Y", "P0,5Y", "P-1D", "-P1D", "P1DT", "P2Y6",
            "PT1D", "P1H", "1Y", "30D", "P1M2Y", "P1D2W", "P1Y1Y", "P 1Y", "PT48H30D", "P1Y T4H", "", " ", "R/P1Y",
            "P1Y/P2Y"})
    void invalid(String text) {
        assertThat(RetentionPeriod.isValid(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 years", "P1.5Y"})
    void explanationQuotesTheValueAndShowsValidForms(String text) {
        assertThat(RetentionPeriod.explain(text)).contains("'" + text + "'", "ISO-8601", "P2Y", "PT48H", "P0D");
    }
}
