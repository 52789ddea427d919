#!/usr/bin/env python3
"""The lecture's midpoint-rule pi, in CPython: serial, and with multiprocessing.Pool(p).starmap over
the strided partition (worker r takes the steps i = r, r + p, r + 2p, ...), each timed.

    python3 lecture_pi.py                          # 10**7 steps: serial, then Pool(p), p = CPU count
    python3 lecture_pi.py --processes 4 --repeat 5 --only pool

One line per timed run: strategy, processes, seconds, pi. A pool's time includes starting and
stopping its worker processes, as the lecture's timing does. The speedup sweep (run-bench.sh) runs
this file pinned to p CPUs, like the JVM benchmarks, and writes python-p<p>.csv from these lines.
"""
import argparse
import os
import time
from multiprocessing import Pool


def compute_pi_serial(nsteps):
    step = 1.0 / nsteps
    total = 0.0
    for i in range(nsteps):
        x = (i + 0.5) * step
        total += 4.0 / (1.0 + x * x)
    return total * step


def compute_pi_part(rank, nprocs, nsteps):
    step = 1.0 / nsteps
    total = 0.0
    for i in range(rank, nsteps, nprocs):
        x = (i + 0.5) * step
        total += 4.0 / (1.0 + x * x)
    return total * step


def compute_pi_pool(nsteps, nprocs):
    with Pool(nprocs) as pool:
        parts = pool.starmap(compute_pi_part, [(rank, nprocs, nsteps) for rank in range(nprocs)])
    return sum(parts)


def timed(strategy, nprocs, nsteps):
    start = time.perf_counter()
    if strategy == "serial":
        pi = compute_pi_serial(nsteps)
    else:
        pi = compute_pi_pool(nsteps, nprocs)
    return time.perf_counter() - start, pi


def main():
    parser = argparse.ArgumentParser(description="The lecture's midpoint-rule pi, serial and with a process pool.")
    parser.add_argument("--steps", type=int, default=10**7, help="midpoint steps (default 10**7)")
    parser.add_argument("--processes", type=int, default=os.cpu_count(), help="pool size (default: CPU count)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of each (default 1)")
    parser.add_argument("--warmup", type=int, default=0, help="untimed runs of each first (default 0)")
    parser.add_argument("--only", choices=["serial", "pool"], help="time one of the two")
    args = parser.parse_args()
    if args.steps < 1 or args.processes < 1 or args.repeat < 1 or args.warmup < 0:
        parser.error("--steps, --processes and --repeat must be at least 1, --warmup at least 0")
    strategies = [args.only] if args.only else ["serial", "pool"]
    for strategy in strategies:
        nprocs = 1 if strategy == "serial" else args.processes
        for _ in range(args.warmup):
            timed(strategy, nprocs, args.steps)
        for _ in range(args.repeat):
            seconds, pi = timed(strategy, nprocs, args.steps)
            print(f"{strategy} {nprocs} {seconds:.6f} {pi!r}", flush=True)


if __name__ == "__main__":
    main()
