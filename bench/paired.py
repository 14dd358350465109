#!/usr/bin/python3
"""Paired wall-clock timing of shell commands: run every variant once per round, in turn, for R
rounds, and print the median (and min/max) wall time of each, the median CPU time (user+sys, all
threads and children: less sensitive to load than wall time), plus the ratio of medians to the
first variant.

Pairing matters on a shared machine: a burst of load hits every variant of a round alike, so the
ratios stay meaningful even when the absolute times drift.

usage: bench/paired.py [--rounds R] [--warmup W] [--cwd DIR] NAME=COMMAND [NAME=COMMAND ...]

Each COMMAND runs under /bin/sh -c with stdout and stderr discarded; a non-zero exit status of a
command is reported (some commands are expected to exit 1) but does not stop the run. The last
stdout line is "PAIRED name=median_s ..." for scripts to read.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time


def run_once(command, cwd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    status = subprocess.run(["/bin/sh", "-c", command], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, status


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured rounds first (page cache, archives)")
    parser.add_argument("--cwd", default=os.getcwd())
    parser.add_argument("variants", nargs="+", metavar="NAME=COMMAND")
    args = parser.parse_args()
    variants = []
    for spec in args.variants:
        name, sep, command = spec.partition("=")
        if not sep:
            parser.error(f"expected NAME=COMMAND, found {spec!r}")
        variants.append((name, command))
    times = {name: [] for name, _ in variants}
    cpus = {name: [] for name, _ in variants}
    statuses = {name: set() for name, _ in variants}
    for round_index in range(args.warmup + args.rounds):
        for name, command in variants:
            elapsed, cpu, status = run_once(command, args.cwd)
            statuses[name].add(status)
            if round_index >= args.warmup:
                times[name].append(elapsed)
                cpus[name].append(cpu)
    first = statistics.median(times[variants[0][0]])
    summary = []
    for name, _ in variants:
        median = statistics.median(times[name])
        print(f"{name:<28} median {median:8.3f} s  min {min(times[name]):8.3f}  max {max(times[name]):8.3f}"
              f"  ratio {median / first:6.2f}  cpu {statistics.median(cpus[name]):7.3f} s"
              f"  exit {sorted(statuses[name])}")
        summary.append(f"{name}={median:.4f}")
    load = os.getloadavg()
    print(f"rounds={args.rounds} load_after={load[0]:.2f},{load[1]:.2f},{load[2]:.2f}")
    print("PAIRED " + " ".join(summary))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
