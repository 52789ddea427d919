package dev.speedup.core.strategy;

/**
 * Run by {@link VectorLoopWithoutTheModuleTest} in a JVM started without the Vector API module:
 * prints the loops it can run, what asking for VECTOR says, and a TUNED pi.
 */
public final class VectorUnavailableMain {
    private VectorUnavailableMain() {}

    public static void main(String[] args) {
        System.out.println("available " + PiLoop.available());
        try (ParallelEngine engine = Strategy.THREADS.create(2)) {
            try {
                engine.pi(1000, Partition.STRIDED, PiLoop.VECTOR);
                System.out.println("VECTOR ran");
            } catch (UnsupportedOperationException e) {
                System.out.println("refused " + e.getMessage());
            }
            System.out.println("tuned " + engine.pi(1_000_000, Partition.BLOCK, PiLoop.TUNED));
        }
    }
}
