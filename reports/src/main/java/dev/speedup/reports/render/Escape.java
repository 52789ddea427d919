package dev.speedup.reports.render;

/**
 * Escaping for text that came from CSV or properties files: a result file from another machine
 * is untrusted, so it must never become markup.
 */
public final class Escape {
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
                default -> sb.append(c);
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
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Terminal text: C0 and C1 control characters (an escape sequence could recolour or rewrite the
     * screen) become a visible {@code \x1b} form.
     */
    public static String terminal(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A CSV text cell a spreadsheet will not run as a formula (OWASP CSV injection): a leading
     * {@code = + - @}, tab or carriage return gets a {@code '} before it.
     */
    public static String spreadsheetCell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
