package dev.speedup.reports.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The {@code machine.properties} of a run: every key optional, shown as written. */
public record MachineInfo(Map<String, String> properties) {

    public static final String FILE_NAME = "machine.properties";

    public MachineInfo {
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    public static MachineInfo empty() {
        return new MachineInfo(Map.of());
    }

    /** Reads {@code machine.properties} in {@code dir}; a missing file gives an empty description. */
    public static MachineInfo read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Properties p = new Properties();
        // The run script writes UTF-8 (CPU model strings can hold (R), (TM) or other symbols).
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw BadInputException.at(file, 0, "cannot read as Java properties (key=value lines): " + e.getMessage());
        }
        Map<String, String> map = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).trim()));
        return new MachineInfo(map);
    }

    public String get(String key) {
        return properties.getOrDefault(key, "");
    }

    public boolean interrupted() {
        return "true".equalsIgnoreCase(get("interrupted"));
    }

    /** One line such as {@code Intel Xeon ..., 2 cores (1 socket x 2 x 1 thread), Temurin 17.0.15}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        append(sb, get("cpu.model"));
        if (!get("cpu.cores").isEmpty()) {
            append(
                    sb,
                    get("cpu.cores") + " cores"
                            + (get("cpu.online").isEmpty() ? "" : " (" + get("cpu.online") + " online)"));
        }
        String java = (get("java.vendor") + " " + get("java.version")).trim();
        append(sb, java.isEmpty() ? "" : "Java " + java);
        append(sb, get("os.name"));
        append(sb, get("pinning").isEmpty() ? "" : "pinning: " + get("pinning"));
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (!part.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(part);
        }
    }
}
