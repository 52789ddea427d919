package dev.speedup.reports.output;

import dev.speedup.reports.read.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory a report goes into. A small manifest lists what the last report wrote, so the
 * next one replaces exactly those files (stale charts go) and refuses, unless forced, a directory
 * holding anything else. Nothing in it may be a symbolic link: the directory may come from a
 * stranger's run directory ({@code RUN_DIR/report}).
 */
public final class ReportDirectory {
    public static final String MANIFEST = ".reports-manifest";
    // What the report itself names files: no "..", no absolute paths, nothing to escape the directory.
    private static final Pattern SAFE_ENTRY =
            Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private final Path dir;
    private final Set<String> previous;

    private ReportDirectory(Path dir, Set<String> previous) {
        this.dir = dir;
        this.previous = previous;
    }

    /** The default output directory {@code name} beside a run: in it for a run directory, beside it for a file. */
    public static Path besideRun(Path run, String name) {
        Path dir = Files.isDirectory(run) ? run : run.toAbsolutePath().getParent();
        return dir.resolve(name);
    }

    /**
     * Checks {@code dir} before anything is written: a link anywhere in it is refused; files that
     * the last report did not write are refused unless {@code force} (then they are kept).
     */
    public static ReportDirectory prepare(Path dir, boolean force) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            throw refused(dir, "is a symbolic link; refusing to write the report through it");
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return new ReportDirectory(dir, Set.of());
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException(dir, "not a directory");
        }
        Set<String> previous = readManifest(dir);
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) { // walk does not follow links
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p)) {
                    throw refused(p, "is a symbolic link; refusing to write a report beside it (remove it first)");
                }
                String name = relative(dir, p);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !name.equals(MANIFEST)
                        && !previous.contains(name)) {
                    foreign.add(name);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new OutputException(dir, e.getCause());
        }
        if (!foreign.isEmpty() && !force) {
            throw refused(
                    dir,
                    "holds " + foreign.size() + (foreign.size() == 1 ? " file" : " files")
                            + " this report did not write (" + foreign.get(0)
                            + (foreign.size() > 1 ? ", ..." : "")
                            + "); choose an empty --out, or add --force to write beside them");
        }
        return new ReportDirectory(dir, previous);
    }

    /**
     * After a report: deletes what the last one wrote and this one did not (a stale chart), then
     * records what this one wrote.
     */
    public List<Path> finish(Collection<Path> written) throws IOException {
        Set<String> now = new TreeSet<>();
        for (Path p : written) {
            now.add(relative(dir, p));
        }
        List<Path> removed = new ArrayList<>();
        for (String old : previous) {
            Path file = dir.resolve(old);
            if (!now.contains(old) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new OutputException(file, e);
                }
                removed.add(file);
            }
        }
        SafeFiles.writeString(
                dir.resolve(MANIFEST),
                "# Files the last `reports report` wrote here; the next report replaces exactly these.\n"
                        + String.join("\n", now) + "\n");
        return removed;
    }

    private static Set<String> readManifest(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<String> entries = new LinkedHashSet<>();
        try (Stream<String> lines = Files.lines(manifest, StandardCharsets.UTF_8)) {
            // A manifest is input too: an entry that could name a file outside is never taken.
            lines.map(String::strip)
                    .filter(l -> SAFE_ENTRY.matcher(l).matches())
                    .forEach(entries::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw BadInputException.at(manifest, 0, "cannot read the report's manifest: " + e.getMessage());
        }
        return entries;
    }

    private static String relative(Path dir, Path file) {
        return dir.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    private static BadInputException refused(Path path, String why) {
        return new BadInputException(path + ": " + why);
    }
}
