package dev.speedup.core.kernel;

import static dev.speedup.core.kernel.MidpointPiTest.assertMessageNames;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class MapKernelsTest {

    @Test
    void squareMapSquaresTheLecturesInputAndLeavesItIntact() {
        double[] in = new double[100];
        for (int i = 0; i < in.length; i++) {
            in[i] = i;
        }
        double[] out = new double[100];
        SquareMap.apply(in, out);
        for (int i = 0; i < in.length; i++) {
            assertEquals((double) i * i, out[i]);
            assertEquals(i, in[i]);
        }
    }

    @Test
    void squareMapRangeWritesOnlyItsRange() {
        double[] in = {1, 2, 3, 4, 5};
        double[] out = new double[5];
        SquareMap.applyRange(in, out, 1, 3);
        assertArrayEquals(new double[] {0, 4, 9, 0, 0}, out);
    }

    @Test
    void poolMapWithCostZeroIsTheLecturesPlusTen() {
        double[] in = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] out = new double[10];
        PoolMap.apply(PoolFunction.plusTen(), in, out);
        assertArrayEquals(new double[] {10, 11, 12, 13, 14, 15, 16, 17, 18, 19}, out);
    }

    @Test
    void costlyFunctionDependsOnItsCostAndStaysBounded() {
        double cheap = new PoolFunction(1).apply(3.0);
        double dear = new PoolFunction(10_000).apply(3.0);
        assertNotEquals(cheap, dear);
        assertEquals(13.0, cheap, 1e-5);
        assertEquals(13.0, new PoolFunction(1_000_000).apply(3.0), 2.0);
    }

    @Test
    void chunksCoverTheInputWithAShorterLastChunk() {
        assertEquals(0, PoolMap.chunkCount(0, 3));
        assertEquals(4, PoolMap.chunkCount(10, 3));
        assertEquals(1, PoolMap.chunkCount(10, 10));
        assertEquals(1, PoolMap.chunkCount(Integer.MAX_VALUE, Integer.MAX_VALUE));
        double[] in = {1, 2, 3, 4, 5};
        double[] out = new double[5];
        PoolMap.applyChunk(PoolFunction.plusTen(), in, out, 2, 2);
        assertArrayEquals(new double[] {0, 0, 0, 0, 15}, out);
    }

    @Test
    void badArgumentsAreRejectedByName() {
        double[] five = new double[5];
        assertMessageNames("in", () -> SquareMap.apply(null, five));
        assertMessageNames("out", () -> SquareMap.apply(five, null));
        assertMessageNames("length", () -> SquareMap.apply(five, new double[4]));
        assertMessageNames("different array", () -> SquareMap.apply(five, five));
        assertMessageNames("range", () -> SquareMap.applyRange(five, new double[5], 3, 6));
        assertMessageNames("f", () -> PoolMap.apply(null, five, new double[5]));
        assertMessageNames("chunk", () -> PoolMap.chunkCount(5, 0));
        assertMessageNames("size", () -> PoolMap.chunkCount(-1, 1));
        assertMessageNames("cost", () -> new PoolFunction(-1));
    }
}
