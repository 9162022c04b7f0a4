package io.github.pdguard.analysis;

/**
 * pdguard itself failed (a bug, not a problem of the analysed code or the configuration). The
 * message says what was being analysed and how to report it, so a front end shows it as it is.
 */
public class AnalysisException extends RuntimeException {
    /** Where users report pdguard's internal errors. */
    public static final String REPORT_AT = "https://github.com/pdguard/pdguard/issues";

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code (IllegalStateException: boom)}: an exception for a message, without its stack. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").trim();
        return line.length() > 200 ? line.substring(0, 200) + "\u2026" : line;
    }
}
