package dev.speedup.reports;

import dev.speedup.reports.cli.CompareCommand;
import dev.speedup.reports.cli.ReportCommand;
import dev.speedup.reports.cli.TableCommand;
import dev.speedup.reports.read.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Entry point of {@code reports.jar}: JMH CSV files in, speedup charts and tables out. */
@Command(
        name = "reports",
        mixinStandardHelpOptions = true,
        version = "speedup reports 0.1.0",
        description = "Turns JMH CSV results into speedup, efficiency and serial-fraction reports.",
        subcommands = {ReportCommand.class, TableCommand.class, CompareCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:could not write the output", "2:bad arguments or bad input"})
public final class Main implements Callable<Integer> {
    /** Bad arguments and unreadable input share picocli's usage exit code. */
    public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;

    public static final int WRITE_FAILED = CommandLine.ExitCode.SOFTWARE;

    @Spec
    CommandSpec spec;

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
        // Charts are drawn off-screen; on a server or in CI there is no display to ask for.
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        // picocli shows only suggestions for a mistyped option; a user should also see the usage.
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter w = failed.getErr();
            w.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
            failed.usage(w, failed.getColorScheme());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException) {
                err.println("reports: " + e.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                err.println("reports: cannot write the report: " + e.getMessage());
                err.flush();
                return WRITE_FAILED;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
