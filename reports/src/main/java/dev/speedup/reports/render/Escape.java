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
}
