package dev.speedup.reports;

import dev.speedup.reports.cli.CompareCommand;
import dev.speedup.reports.cli.ReportCommand;
import dev.speedup.reports.cli.TableCommand;
import dev.speedup.reports.output.OutputException;
import dev.speedup.reports.read.BadInputException;
import dev.speedup.reports.render.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** Entry point of {@code reports.jar}: JMH CSV files in, speedup charts and tables out. */
@Command(
        name = "reports",
        mixinStandardHelpOptions = true,
        version = "speedup reports 0.1.0",
        description = "Turns JMH CSV results into speedup, efficiency and serial-fraction reports.",
        subcommands = {ReportCommand.class, TableCommand.class, CompareCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (compare: no regression)",
            "1:compare only: at least one REGRESSION (with --strict, also a missing row)",
            "2:bad arguments or bad input (one line: file, line, what was expected)",
            "3:internal error (a bug or out of memory; --debug prints the stack trace)",
            "4:could not write the output (the line says which file and why)"
        })
public final class Main implements Callable<Integer> {
    /** Bad arguments and unreadable input share picocli's usage exit code. */
    public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;

    /** Not 1: compare's 1 means "a regression", and a CI job must not mistake a full disk for one. */
    public static final int WRITE_FAILED = 4;

    /** Anything unexpected: distinct from a write failure, so a script can tell a bug from a full disk. */
    public static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too.")
    boolean debug;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: report, table or compare");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
        PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
        System.exit(run(out, err, args));
    }

    /** Runs the CLI and returns its exit code, so tests can call it without exiting the JVM. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new CommandLine(new Main()), out, err, args);
    }

    /** {@link #run(PrintWriter, PrintWriter, String...)} on a given command line (tests add commands). */
    static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
        // Charts are drawn off-screen; on a server or in CI there is no display to ask for.
        System.setProperty("java.awt.headless", "true");
        cli.setOut(out);
        cli.setErr(err);
        // picocli shows only suggestions for a mistyped option; a user should also see the usage.
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter w = failed.getErr();
            w.println(Escape.terminal(e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
            failed.usage(w, failed.getColorScheme());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException) {
                err.println("reports: " + Escape.terminal(e.getMessage()));
                err.flush();
                return BAD_INPUT;
            }
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                String why = io instanceof OutputException ? io.getMessage() : describe(io);
                err.println("reports: cannot write the report: " + Escape.terminal(why));
                err.flush();
                return WRITE_FAILED;
            }
            return internalError(cli, err, e);
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (RuntimeException | Error e) { // OutOfMemoryError, StackOverflowError, a bug
            code = internalError(cli, err, e);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String describe(IOException e) {
        String reason = OutputException.reason(e);
        return e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                ? fs.getFile() + ": " + reason
                : reason;
    }

    private static int internalError(CommandLine cli, PrintWriter err, Throwable e) {
        // picocli wraps what a command throws; the user wants the original.
        Throwable cause = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        String message =
                cause.getMessage() == null ? "" : ": " + cause.getMessage().replaceAll("\\s+", " ");
        err.println(
                "reports: internal error: " + Escape.terminal(cause.getClass().getName() + message)
                        + (debugRequested(cli) ? "" : " (run again with --debug for the stack trace)"));
        if (debugRequested(cli)) {
            cause.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static boolean debugRequested(CommandLine cli) {
        for (ParseResult r = cli.getParseResult(); r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
