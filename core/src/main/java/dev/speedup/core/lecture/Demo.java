package dev.speedup.core.lecture;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;

/** The lecture's demos by command-line name, each with its lesson in one line. */
public enum Demo {
    THREADS(
            "threads",
            "threads started and joined in one loop run one after another; started all, then joined all, they overlap") {
        @Override
        void run(PrintStream out) throws Exception {
            ThreadsDemo.print(ThreadsDemo.run(), out);
        }
    },
    LOCK(
            "lock",
            "a lock held across the work makes the total the sum of the work; released before it, about the longest") {
        @Override
        void run(PrintStream out) throws Exception {
            LockDemo.print(LockDemo.run(), out);
        }
    },
    DAEMON(
            "daemon",
            "a daemon thread does not keep the JVM alive; a non-daemon thread does, until it ends; forked workers die with their parent") {
        @Override
        void run(PrintStream out) throws Exception {
            DaemonDemo.print(DaemonDemo.run(), out);
            DaemonDemo.printForked(DaemonDemo.runForkedWorkersDieWithParent(2), out);
        }
    },
    PRODUCER_CONSUMER(
            "producer-consumer",
            "a consumer that stops on an empty queue loses items; poison pills end it with every item consumed once, between threads and through a pipe to a forked JVM") {
        @Override
        void run(PrintStream out) throws Exception {
            ProducerConsumerDemo.printRace(
                    "producer starting 50 ms late", ProducerConsumerDemo.runEmptyCheckRace(20, 50, 2), out);
            ProducerConsumerDemo.printRace(
                    "producer pausing 5 ms between items", ProducerConsumerDemo.runEmptyCheckRace(20, 0, 5), out);
            ProducerConsumerDemo.printPill(ProducerConsumerDemo.runWithPoisonPill(4, 4, 100_000, 1024), out);
            ProducerConsumerDemo.printPipe(ProducerConsumerDemo.runThroughForkedJvm(4, 100_000, 1000), out);
        }
    },
    BARRIER("barrier", "workers at a barrier wait for the last to arrive; workers without one don't wait") {
        @Override
        void run(PrintStream out) throws Exception {
            BarrierDemo.print(BarrierDemo.run(), out);
        }
    },
    POOL_MAP("pool-map", "Pool(2).map(x + 10, 1..10) gives [11, 12, ..., 20] through every strategy") {
        @Override
        void run(PrintStream out) {
            PoolMapDemo.print(PoolMapDemo.run(), out);
        }
    },
    SQUARE_MAP("square-map", "the squares of 0..99 with 4 workers, the same list through every strategy") {
        @Override
        void run(PrintStream out) {
            SquareMapDemo.print(SquareMapDemo.run(), out);
        }
    },
    PI("pi", "midpoint-rule pi with 10^7 steps, serial versus parallel with both times, through every strategy") {
        @Override
        void run(PrintStream out) {
            PiDemo.print(PiDemo.run(), out);
        }
    };

    private final String command;
    private final String lesson;

    Demo(String command, String lesson) {
        this.command = command;
        this.lesson = lesson;
    }

    /** The name the demo is run by: {@code java -jar core.jar NAME}. */
    public String command() {
        return command;
    }

    public String lesson() {
        return lesson;
    }

    /** Runs the demo and prints what happened, with measured times, to {@code out}. */
    abstract void run(PrintStream out) throws Exception;

    public static Optional<Demo> byCommand(String command) {
        return Arrays.stream(values()).filter(d -> d.command.equals(command)).findFirst();
    }
}
