package dev.speedup.reports.render;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe, unique file names made from benchmark names and param values, which come from untrusted
 * CSVs: only {@code [A-Za-z0-9_-]} survive (no separators, no dots, so no {@code ..}), and the
 * resolved path is checked to stay inside the output directory.
 */
public final class FileNames {
    private static final int MAX_LENGTH = 100;

    private final Path dir;
    private final Path absolute;
    private final Set<String> used = new HashSet<>();

    public FileNames(Path dir) {
        this.dir = dir;
        this.absolute = dir.toAbsolutePath().normalize();
    }

    public static String slug(String text) {
        String s = text.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("_+", "_").replaceAll("^[_-]+|[_-]+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        return s.isEmpty() ? "chart" : s;
    }

    /** A path in the directory for {@code base + suffix}, numbered if the name was given out before. */
    public Path file(String base, String suffix) {
        String slug = slug(base);
        String name = slug + suffix;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = slug + "-" + n + suffix;
        }
        Path file = absolute.resolve(name).normalize();
        if (!absolute.equals(file.getParent())) {
            throw new IllegalStateException("refusing to write outside " + dir + ": " + name);
        }
        return dir.resolve(name);
    }
}
