package dev.speedup.core.forked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.speedup.core.kernel.PoolFunction;
import dev.speedup.core.kernel.PoolMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class SharedDoublesTest {

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toList());
        }
    }

    @Test
    void theFileIsUnlinkedBeforeCreateReturnsYetTheArrayKeepsItsValues(@TempDir Path dir) throws IOException {
        double[] data = new SplittableRandom(5).doubles(10_000).toArray();
        try (SharedDoubles shared = SharedDoubles.create(dir, data.length)) {
            assertEquals(List.of(), filesIn(dir), "no name left in the directory");
            shared.copyFrom(data);
            double[] back = new double[data.length];
            shared.copyTo(back);
            assertArrayEquals(data, back);
            shared.fill(-1.5);
            double[] tail = new double[10];
            shared.get(9_990, tail, 0, 10);
            double[] filled = new double[10];
            Arrays.fill(filled, -1.5);
            assertArrayEquals(filled, tail);
        }
    }

    @Test
    void anUnwritableDirectoryIsAnIOExceptionNotACrash(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        assertThrows(IOException.class, () -> SharedDoubles.create(notADirectory, 10));
    }

    @Test
    void rangesOutsideTheArrayAreRefused(@TempDir Path dir) throws IOException {
        try (SharedDoubles shared = SharedDoubles.create(dir, 10)) {
            assertThrows(IndexOutOfBoundsException.class, () -> shared.put(5, new double[6], 0, 6));
            assertThrows(IndexOutOfBoundsException.class, () -> shared.get(-1, new double[1], 0, 1));
        }
    }

    @Test
    void workersMapTheSameMemoryAndWriteTheirSlicesInPlace(@TempDir Path dir) throws IOException {
        double[] data = new SplittableRandom(6).doubles(100_003).toArray();
        PoolFunction f = PoolFunction.skewed(2, 50, 0.1);
        try (ForkedWorkerPool pool = ForkedWorkerPool.start(2);
                SharedDoubles in = SharedDoubles.create(dir, data.length);
                SharedDoubles out = SharedDoubles.create(dir, data.length)) {
            in.copyFrom(data);
            List<double[]> replies = pool.invokeAll(
                    List.of(Task.squareMap(in, out, 0, 40_000), Task.squareMap(in, out, 40_000, data.length)));
            assertEquals(0, replies.get(0).length, "only a range travelled, no doubles came back");
            double[] back = new double[data.length];
            out.copyTo(back);
            for (int i = 0; i < data.length; i++) {
                assertEquals(data[i] * data[i], back[i], 0.0, "element " + i);
            }
            pool.invokeAll(List.of(Task.poolMap(f, in, out, 0, 7), Task.poolMap(f, in, out, 7, data.length)));
            double[] expected = new double[data.length];
            PoolMap.apply(f, data, expected);
            out.copyTo(back);
            assertArrayEquals(expected, back);
        }
    }
}
