package dev.speedup.core.forked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Workers never outlive their parent JVM, however it ends: the parent here is a real subprocess. */
@Timeout(60)
class ParentDeathTest {
    private final List<Long> cleanup = new ArrayList<>();

    private static Process startParent(int workers, String... mode) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ForkedWorkerPool.javaExecutable(),
                "-D" + SharedDoubles.DIRECTORY_PROPERTY + "=" + SharedDoubles.directory(),
                "-cp",
                System.getProperty("java.class.path"),
                PoolParentMain.class.getName(),
                Integer.toString(workers)));
        command.addAll(List.of(mode));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private List<Long> workerPids(Process parent) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("pids "), "parent said: " + line);
        List<Long> pids =
                Arrays.stream(line.substring(5).split(" ")).map(Long::valueOf).collect(Collectors.toList());
        cleanup.addAll(pids);
        assertTrue(pids.stream().allMatch(Processes::alive), pids.toString());
        return pids;
    }

    @Test
    void everyWorkerIsGoneWithinTwoSecondsOfItsParentsKillMinus9EvenMidTask() throws Exception {
        Process parent = startParent(3);
        try {
            List<Long> workers = workerPids(parent);
            Processes.signal("KILL", parent.pid());
            parent.waitFor();
            assertEquals(
                    List.of(),
                    Processes.aliveAfter(workers, Duration.ofSeconds(2)),
                    "workers outlived their parent's kill -9");
        } finally {
            parent.destroyForcibly();
            Processes.killAll(cleanup);
        }
    }

    @Test
    void afterAKillMinus9MidTaskNeitherAWorkerNorASharedMemoryFileRemains() throws Exception {
        Set<Path> before = sharedFiles();
        Process parent = startParent(2, "shared");
        try {
            List<Long> workers = workerPids(parent);
            for (long worker : workers) {
                assertTrue(PoolParentMain.mapsSharedMemory(worker), "worker " + worker + " has not mapped the array");
            }
            Processes.signal("KILL", parent.pid());
            parent.waitFor();
            assertEquals(
                    List.of(),
                    Processes.aliveAfter(workers, Duration.ofSeconds(5)),
                    "workers outlived their parent's kill -9");
            Set<Path> left = sharedFiles();
            left.removeAll(before);
            assertEquals(Set.of(), left, "shared-memory files left in " + SharedDoubles.directory());
        } finally {
            parent.destroyForcibly();
            Processes.killAll(cleanup);
        }
    }

    private static Set<Path> sharedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedDoubles.directory())) {
            return files.filter(f -> f.getFileName().toString().startsWith("speedup-shm-"))
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }

    @Test
    void theShutdownHookKillsEvenAWorkerThatCannotSeeItsStdinEndWhenTheParentExits() throws Exception {
        Process parent = startParent(2);
        try {
            List<Long> workers = workerPids(parent);
            // A stopped worker would never read the end of its stdin: only the hook can end it.
            Processes.signal("STOP", workers.get(0));
            parent.getOutputStream().write("exit\n".getBytes(StandardCharsets.UTF_8));
            parent.getOutputStream().flush();
            assertEquals(0, parent.waitFor());
            assertEquals(
                    List.of(),
                    Processes.aliveAfter(workers, Duration.ofSeconds(2)),
                    "workers outlived their parent's normal exit");
        } finally {
            parent.destroyForcibly();
            Processes.killAll(cleanup);
        }
    }
}
