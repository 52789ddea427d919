package dev.speedup.core.strategy;

/**
 * The ways to run a workload, used directly as the JMH {@code strategy} parameter. Each constant
 * creates an engine for a given parallelism; the engine owns its workers until closed.
 */
public enum Strategy {
    /** The calling thread alone: every speedup's denominator. */
    SERIAL {
        @Override
        public ParallelEngine create(int parallelism) {
            return new SerialEngine(parallelism);
        }
    },
    /** A new platform thread per task, all started then all joined, on every call. */
    THREADS {
        @Override
        public ParallelEngine create(int parallelism) {
            return new ThreadsEngine(parallelism);
        }
    },
    /** A fixed pool of p threads made once; tasks submitted with {@code invokeAll}. */
    EXECUTOR {
        @Override
        public ParallelEngine create(int parallelism) {
            return new ExecutorEngine(parallelism);
        }
    },
    /** Recursive halving with work stealing on a dedicated {@code ForkJoinPool(p)}. */
    FORK_JOIN {
        @Override
        public ParallelEngine create(int parallelism) {
            return new ForkJoinEngine(parallelism);
        }
    },
    /** {@code IntStream.range(...).parallel()} inside a dedicated {@code ForkJoinPool(p)}. */
    PARALLEL_STREAM {
        @Override
        public ParallelEngine create(int parallelism) {
            return new ParallelStreamEngine(parallelism);
        }
    },
    /** A pool of p child JVMs started once, like Python's {@code multiprocessing.Pool}: every byte crosses a pipe. */
    FORKED_JVM {
        @Override
        public ParallelEngine create(int parallelism) {
            return new ForkedJvmEngine(parallelism);
        }
    };

    /** A new engine with {@code parallelism >= 1} workers; close it when done. */
    public abstract ParallelEngine create(int parallelism);
}
