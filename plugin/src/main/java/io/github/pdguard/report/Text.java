package io.github.pdguard.report;

import java.util.List;

/** Escaping for the text formats. */
final class Text {

    private Text() {
    }

    /** Text safe inside HTML elements and double-quoted attributes. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text safe in a Markdown table cell: no line breaks, pipes and HTML escaped. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** Inline code in Markdown, with a fence longer than any backtick run inside. */
    static String code(String text) {
        String fence = "`";
        while (text.contains(fence)) {
            fence += "`";
        }
        String padded = text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text;
        return fence + padded.replace("|", "\\|") + fence;
    }

    static String join(List<String> values) {
        return values == null || values.isEmpty() ? "" : String.join(", ", values);
    }

    static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
