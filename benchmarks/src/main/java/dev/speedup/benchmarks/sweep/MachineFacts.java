package dev.speedup.benchmarks.sweep;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the machine says about itself: the CPUs this process may use, and the facts a run's
 * manifest records. Each fact is best effort: one a machine does not tell is left empty.
 */
final class MachineFacts {
    private static final boolean LINUX = System.getProperty("os.name", "").startsWith("Linux");
    private static final boolean MAC = System.getProperty("os.name", "").startsWith("Mac");

    private MachineFacts() {}

    /**
     * The CPU ids this process may run on: the affinity list where Linux tells it (a container or
     * a cgroup may allow fewer than are online), else 0 to the JVM's processor count - 1.
     */
    static List<Integer> allowedCpus() {
        if (LINUX) {
            for (String line : lines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return parseCpuList(line.substring(line.indexOf(':') + 1));
                }
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < Runtime.getRuntime().availableProcessors(); c++) {
            all.add(c);
        }
        return all;
    }

    /** Linux's CPU list syntax, {@code 0-3,8,10-11}. */
    static List<Integer> parseCpuList(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String range : list.trim().split(",")) {
            if (range.isBlank()) {
                continue;
            }
            String[] ends = range.trim().split("-");
            int first = Integer.parseInt(ends[0]);
            int last = ends.length > 1 ? Integer.parseInt(ends[1]) : first;
            for (int c = first; c <= last; c++) {
                cpus.add(c);
            }
        }
        return cpus;
    }

    static String host() {
        String name = run("hostname", "-s");
        if (name.isEmpty()) {
            name = run("uname", "-n");
        }
        String shortName = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return shortName.isEmpty() ? "host" : shortName.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** cpu.model, cpu.sockets, cpu.cores, cpu.threadsPerCore, memory.total (bytes), os.name. */
    static String[] cpuAndOs() {
        String model = "";
        String sockets = "";
        String perSocket = "";
        String threads = "";
        String memory = "";
        String os = "";
        if (LINUX) {
            String lscpu = run("lscpu");
            model = field(lscpu, "Model name");
            if (model.isEmpty()) {
                model = field(String.join("\n", lines(Path.of("/proc/cpuinfo"))), "model name");
            }
            sockets = field(lscpu, "Socket(s)");
            perSocket = field(lscpu, "Core(s) per socket");
            threads = field(lscpu, "Thread(s) per core");
            String kb = field(String.join("\n", lines(Path.of("/proc/meminfo"))), "MemTotal")
                    .replaceAll("[^0-9]", "");
            memory = kb.isEmpty() ? "" : Long.toString(Long.parseLong(kb) * 1024);
            for (String line : lines(Path.of("/etc/os-release"))) {
                if (line.startsWith("PRETTY_NAME=")) {
                    os = line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } else if (MAC) {
            model = run("sysctl", "-n", "machdep.cpu.brand_string");
            sockets = run("sysctl", "-n", "hw.packages");
            String physical = run("sysctl", "-n", "hw.physicalcpu");
            String logical = run("sysctl", "-n", "hw.logicalcpu");
            if (isNumber(sockets) && isNumber(physical) && Long.parseLong(sockets) > 0) {
                perSocket = Long.toString(Long.parseLong(physical) / Long.parseLong(sockets));
            }
            if (isNumber(physical) && isNumber(logical) && Long.parseLong(physical) > 0) {
                threads = Long.toString(Long.parseLong(logical) / Long.parseLong(physical));
            }
            memory = run("sysctl", "-n", "hw.memsize");
            os = "macOS " + run("sw_vers", "-productVersion");
        }
        String cores = isNumber(sockets) && isNumber(perSocket)
                ? Long.toString(Long.parseLong(sockets) * Long.parseLong(perSocket))
                : "";
        if (os.isEmpty()) {
            os = System.getProperty("os.name", "");
        }
        return new String[] {model, sockets, cores, threads, memory, os};
    }

    /** The git commit of {@code dir} and whether its tree has changes, or {@code unknown}. */
    static String[] git(Path dir) {
        String commit = run(dir, "git", "rev-parse", "HEAD");
        if (commit.isEmpty()) {
            return new String[] {"unknown", "unknown"};
        }
        String status = run(dir, "git", "status", "--porcelain");
        return new String[] {commit, Boolean.toString(!status.isEmpty())};
    }

    /** Whether {@code command} is an executable file on the PATH. */
    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String text) {
        return text.matches("[0-9]+");
    }

    /** The value of {@code key: value} in lscpu's or /proc's output. */
    private static String field(String text, String key) {
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static String run(String... command) {
        return run(null, command);
    }

    /** A command's trimmed output, or empty when it is missing, fails or takes over 10 s. */
    static String run(Path dir, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("LC_ALL", "C");
            if (dir != null) {
                builder.directory(dir.toFile());
            }
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return "";
            }
            return new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
