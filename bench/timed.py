#!/usr/bin/env python3
"""Runs a command RUNS times and prints "<best wall seconds> <peak RSS in MB> <exit status>".

Usage: timed.py RUNS COMMAND [ARG...]   (stdout and stderr of the command go to /dev/null,
except with TIMED_OUTPUT=FILE, where the first run's output goes). The wall time is measured
around the child alone, so the interpreter's own start does not count; the peak RSS is the
largest resident size any of the runs reached (getrusage of the children).
"""
import os
import resource
import subprocess
import sys
import time


def main():
    runs = int(sys.argv[1])
    command = sys.argv[2:]
    output = os.environ.get("TIMED_OUTPUT")
    best = None
    status = 0
    for run in range(runs):
        sink = open(output, "wb") if output and run == 0 else subprocess.DEVNULL
        start = time.perf_counter()
        status = subprocess.run(command, stdout=sink, stderr=subprocess.STDOUT).returncode
        elapsed = time.perf_counter() - start
        if sink is not subprocess.DEVNULL:
            sink.close()
        best = elapsed if best is None else min(best, elapsed)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    print("%.4f %.1f %d" % (best, peak_mb, status))


if __name__ == "__main__":
    main()
