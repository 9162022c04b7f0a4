package io.github.pdguard.analysis.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retention syntax of SPEC 3.6: an ISO-8601 duration of non-negative whole years, months,
 * weeks and days, optionally {@code T} with hours, minutes and seconds; letters in any case; at
 * least one component. {@code P0D} means "not stored".
 */
public final class RetentionPeriod {
    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:(T)(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?",
            Pattern.CASE_INSENSITIVE);

    private RetentionPeriod() {
    }

    public static boolean isValid(String text) {
        Matcher m = ISO_DURATION.matcher(text.trim());
        if (!m.matches()) {
            return false;
        }
        boolean anyDate = m.group(1) != null || m.group(2) != null || m.group(3) != null || m.group(4) != null;
        boolean anyTime = m.group(6) != null || m.group(7) != null || m.group(8) != null;
        boolean timeMarker = m.group(5) != null;
        return timeMarker ? anyTime : anyDate;
    }

    /** What a user should read when a retention is rejected. */
    public static String explain(String text) {
        return "retention '" + text + "' is not an ISO-8601 period: write it like P2Y (2 years), P6M, P2W, P30D,"
                + " PT48H or P1Y2M3DT4H, whole non-negative numbers only; P0D means not stored";
    }
}
