package dev.speedup.core.strategy;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Makes the {@code ForkJoinPool(p)} that FORK_JOIN and PARALLEL_STREAM run on, built so that
 * JDK-8330017 cannot strike.
 *
 * <p>Before the fix (JDK-8351933: 17.0.17, 21.0.8, 25) a pool whose total-count field reaches
 * zero, which {@code new ForkJoinPool(p)} does as soon as all p workers exist, can borrow from
 * its release-count field when a worker is retired; after enough borrows the pool parks every
 * worker forever. On the 2-core dev machine (OpenJDK 17.0.15) a loop of tiny parallel streams in a
 * {@code ForkJoinPool(2)} hung after 150 000 to 410 000 calls, every time.
 *
 * <p>The total count starts at minus the core pool size and only rises as workers are made. With
 * a core size of 2p and at most p workers ever (maximum pool size p, no compensating spares, and
 * {@code saturate} letting a blocked join wait instead of throwing), it never reaches zero. The
 * same loop then ran 5.4 million calls without a hang. At most p workers are active at once, as
 * with {@code new ForkJoinPool(p)}.
 */
final class DedicatedForkJoinPool {
    private static final long KEEP_ALIVE_SECONDS = 60;

    private DedicatedForkJoinPool() {}

    static ForkJoinPool create(int parallelism, ForkJoinPool.ForkJoinWorkerThreadFactory threads) {
        return new ForkJoinPool(
                parallelism,
                threads,
                null,
                false,
                2 * parallelism, // core size: keeps the total count below zero (see above)
                parallelism, // maximum size: no compensating spares beyond p
                1,
                pool -> true, // saturated: let a blocked join wait rather than throw
                KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }
}
