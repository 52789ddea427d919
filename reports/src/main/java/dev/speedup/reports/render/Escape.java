package dev.speedup.reports.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Escaping for text that came from CSV or properties files: a result file from another machine
 * is untrusted, so it must never become markup, a terminal escape sequence or a spreadsheet
 * formula. Control characters are shown, not dropped, so a reader sees that they were there.
 */
public final class Escape {
    // A plain decimal number, which no spreadsheet reads as a formula even with a leading sign.
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Escape() {}

    public static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> appendVisible(sb, c);
            }
        }
        return sb.toString();
    }

    /** Markdown table cell: no pipe ends the cell, no HTML or emphasis takes effect, one line. */
    public static String markdown(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r', '\n' -> sb.append(' ');
                case '\\', '|', '*', '_', '`', '[', ']', '#', '~' ->
                    sb.append('\\').append(c);
                default -> appendVisible(sb, c);
            }
        }
        return sb.toString();
    }

    /**
     * Text for a terminal: every control character (C0 with ESC and NUL, DEL, C1) and the Unicode
     * line and bidi-override controls become a visible {@code \x1b} or {@code \u202e}, so input
     * can neither move the cursor, recolour nor rewrite the screen, nor fake a line of output.
     */
    public static String terminal(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            appendVisible(sb, text.charAt(i));
        }
        return sb.toString();
    }

    /**
     * A text cell for a CSV that a spreadsheet may open (OWASP, "CSV injection"): a cell starting
     * with {@code = + - @}, tab or CR is prefixed with {@code '} so it stays text, not a live
     * formula. A plain number such as {@code -3.5} is left as it is: it is no formula and must stay
     * a number.
     */
    public static String spreadsheetCell(String text) {
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static void appendVisible(StringBuilder sb, char c) {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
        } else if (c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
            sb.append(c);
        }
    }
}
