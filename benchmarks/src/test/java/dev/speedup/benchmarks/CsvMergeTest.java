package dev.speedup.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMergeTest {
    @TempDir
    Path dir;

    @Test
    void partsWithDifferentParametersShareOneHeaderWithBlanksWhereAParameterIsMissing() throws Exception {
        Path a = Files.writeString(
                dir.resolve("a.csv"),
                String.join(
                        "\n",
                        "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: steps\",\"Param: strategy\"",
                        "\"x.PiBenchmark.pi\",\"avgt\",1,3,1.5,0.25,\"ms/op\",1000,SERIAL",
                        ""));
        Path b = Files.writeString(
                dir.resolve("b.csv"),
                String.join(
                        "\n",
                        "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: size\"",
                        "\"x.SquareMapBenchmark.arraycopy\",\"avgt\",1,3,2.5,NaN,\"us/op\",\"1,000\"",
                        ""));
        Path out = dir.resolve("jmh-p1.csv");
        CsvMerge.merge(out, List.of(a, b));
        assertEquals(
                List.of(
                        "Benchmark,Mode,Threads,Samples,Score,Score Error (99.9%),Unit,Param: size,Param: steps,Param: strategy",
                        "x.PiBenchmark.pi,avgt,1,3,1.5,0.25,ms/op,,1000,SERIAL",
                        "x.SquareMapBenchmark.arraycopy,avgt,1,3,2.5,NaN,us/op,\"1,000\",,"),
                Files.readAllLines(out, StandardCharsets.UTF_8));
    }
}
