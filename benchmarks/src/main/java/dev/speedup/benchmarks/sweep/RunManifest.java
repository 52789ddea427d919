package dev.speedup.benchmarks.sweep;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A run directory's {@code machine.properties}: the machine, JDK, build and sweep behind the results
 * beside it. The one writer and reader of the file; the reports module reads the same keys. UTF-8,
 * in Java properties syntax ({@link Properties} escapes newlines, {@code =}, {@code :} and
 * backslashes), keys in the order below.
 *
 * @param jvmArgs what every benchmark JVM of a step at p cores gets, with p written as {@code <p>}
 * @param pinning {@code taskset} or {@code none}
 * @param python the {@code python3 --version} that timed the lecture's π, or {@code none}
 * @param end empty while the sweep runs
 */
public record RunManifest(
        String host,
        String cpuModel,
        String cpuSockets,
        String cpuCores,
        String cpuThreadsPerCore,
        String cpuOnline,
        String memoryTotal,
        String osName,
        String osKernel,
        String javaVendor,
        String javaVersion,
        String javaVm,
        String jvmArgs,
        String pinning,
        String python,
        String gitCommit,
        String gitDirty,
        String profile,
        String cores,
        String start,
        String end,
        boolean interrupted) {
    public static final String FILE_NAME = "machine.properties";
    private static final String COMMENT = "speedup run: the machine and build behind the results beside this file";

    /** This manifest once the sweep has ended, or was interrupted, at {@code end}. */
    public RunManifest ended(String endTime, boolean wasInterrupted) {
        return new RunManifest(
                host,
                cpuModel,
                cpuSockets,
                cpuCores,
                cpuThreadsPerCore,
                cpuOnline,
                memoryTotal,
                osName,
                osKernel,
                javaVendor,
                javaVersion,
                javaVm,
                jvmArgs,
                pinning,
                python,
                gitCommit,
                gitDirty,
                profile,
                cores,
                start,
                endTime,
                wasInterrupted);
    }

    /** Keys as the file spells them, in the order written. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("host", host);
        map.put("cpu.model", cpuModel);
        map.put("cpu.sockets", cpuSockets);
        map.put("cpu.cores", cpuCores);
        map.put("cpu.threadsPerCore", cpuThreadsPerCore);
        map.put("cpu.online", cpuOnline);
        map.put("memory.total", memoryTotal);
        map.put("os.name", osName);
        map.put("os.kernel", osKernel);
        map.put("java.vendor", javaVendor);
        map.put("java.version", javaVersion);
        map.put("java.vm", javaVm);
        map.put("jvm.args", jvmArgs);
        map.put("pinning", pinning);
        map.put("python", python);
        map.put("git.commit", gitCommit);
        map.put("git.dirty", gitDirty);
        map.put("profile", profile);
        map.put("cores", cores);
        map.put("start", start);
        map.put("end", end);
        map.put("interrupted", Boolean.toString(interrupted));
        return map;
    }

    /** Writes {@code dir/machine.properties} whole, in one move, so a reader never sees half a file. */
    public void write(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("# " + COMMENT + "\n");
            for (Map.Entry<String, String> entry : asMap().entrySet()) {
                out.write(escaped(entry.getKey(), entry.getValue() == null ? "" : entry.getValue()));
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads {@code dir/machine.properties}; a key it lacks reads as empty (a file from an older sweep). */
    public static RunManifest read(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new RunManifest(
                p.getProperty("host", ""),
                p.getProperty("cpu.model", ""),
                p.getProperty("cpu.sockets", ""),
                p.getProperty("cpu.cores", ""),
                p.getProperty("cpu.threadsPerCore", ""),
                p.getProperty("cpu.online", ""),
                p.getProperty("memory.total", ""),
                p.getProperty("os.name", ""),
                p.getProperty("os.kernel", ""),
                p.getProperty("java.vendor", ""),
                p.getProperty("java.version", ""),
                p.getProperty("java.vm", ""),
                p.getProperty("jvm.args", ""),
                p.getProperty("pinning", ""),
                p.getProperty("python", ""),
                p.getProperty("git.commit", ""),
                p.getProperty("git.dirty", ""),
                p.getProperty("profile", ""),
                p.getProperty("cores", ""),
                p.getProperty("start", ""),
                p.getProperty("end", ""),
                Boolean.parseBoolean(p.getProperty("interrupted", "false")));
    }

    /**
     * One {@code key=value} line as {@link Properties#store(Writer, String)} escapes it (a Writer
     * keeps non-ASCII as it is, which UTF-8 can hold), without its date comment.
     */
    private static String escaped(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter text = new StringWriter();
        try {
            one.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stored = text.toString();
        return stored.substring(stored.indexOf('\n') + 1).replace(System.lineSeparator(), "\n");
    }
}
