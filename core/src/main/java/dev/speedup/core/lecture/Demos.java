package dev.speedup.core.lecture;

import java.io.PrintStream;
import java.util.Optional;

/** {@code java -jar core.jar [NAME]}: lists the lecture's demos, or runs one of them. */
public final class Demos {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private Demos() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        // Exit only on failure: a clean run returning from main also proves the demo left no thread behind.
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs the command line and returns the process exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            list(out);
            return OK;
        }
        Optional<Demo> demo = args.length == 1 ? Demo.byCommand(args[0]) : Optional.empty();
        if (demo.isEmpty()) {
            err.println(
                    args.length == 1
                            ? "error: unknown demo '" + args[0] + "'"
                            : "error: expected one demo name, got " + args.length + " arguments");
            err.println(usage());
            return USAGE;
        }
        try {
            demo.get().run(out);
            return OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: demo " + demo.get().command() + " was interrupted");
            return FAILED;
        } catch (Exception e) {
            err.println("error: demo " + demo.get().command() + " failed: " + e);
            return FAILED;
        }
    }

    static String usage() {
        StringBuilder names = new StringBuilder();
        for (Demo demo : Demo.values()) {
            names.append(names.length() == 0 ? "" : "|").append(demo.command());
        }
        return "usage: java -jar core/target/core.jar [" + names + "]";
    }

    static void list(PrintStream out) {
        for (Demo demo : Demo.values()) {
            out.printf("%-18s %s%n", demo.command(), demo.lesson());
        }
    }
}
