package dev.speedup.reports.cli;

import dev.speedup.reports.render.TerminalTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code table}: only the compact speedup table, nothing written to disk. */
@Command(
        name = "table",
        mixinStandardHelpOptions = true,
        description = "Print the compact speedup table (largest size of each case) without writing" + " a report.")
public final class TableCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        new TerminalTable(spec.commandLine().getOut()).print(input.analyse());
        return 0;
    }
}
