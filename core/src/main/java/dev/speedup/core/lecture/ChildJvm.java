package dev.speedup.core.lecture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's {@code main} in a fresh JVM with this JVM's {@code java} and class path. */
final class ChildJvm {
    private ChildJvm() {}

    /** Starts the child with its stderr on ours, so a failing child explains itself. */
    static Process start(Class<?> mainClass, String... args) throws IOException {
        return builder(mainClass, args)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    static ProcessBuilder builder(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A short-lived child needs no optimizing compiler or parallel GC; both only slow its start.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
