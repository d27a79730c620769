#!/usr/bin/env python3
"""Run press-extract over a corpus on a Dask cluster and gather the JSON Lines.

The files are split into shards (whole files, so each release keeps the neighbours it takes its
year from); each shard is one task, run on a worker as `press-extract --jobs 1 FILES...`, and the
outputs are gathered in shard order. Every machine must see the files, and the output folder of
--parts, at the same paths (shared storage), and have `press-extract` (or --cli) installed.

  python3 examples/dask/run.py --scheduler tcp://10.0.0.5:8786 corpus/ > releases.jsonl
  python3 examples/dask/run.py --local 4 corpus/ --output releases.jsonl
"""

import argparse
import os
import shlex
import subprocess
import sys

from distributed import Client, LocalCluster, get_worker


def expand(paths):
    """Files as given, folders searched recursively for *.txt, sorted: as the command line does."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            found = []
            for folder, dirs, names in os.walk(path):
                dirs.sort()
                found.extend(os.path.join(folder, n) for n in names if n.lower().endswith(".txt"))
            files.extend(sorted(found))
        else:
            files.append(path)
    return files


def shard(files, count):
    """Splits files into at most `count` shards of about equal size, largest files placed first.
    Each shard keeps its files in input order."""
    shards = [[] for _ in range(min(count, len(files)))]
    sizes = [0] * len(shards)
    order = {f: i for i, f in enumerate(files)}
    for f in sorted(files, key=lambda f: -os.path.getsize(f) if os.path.exists(f) else 0):
        lightest = sizes.index(min(sizes))
        shards[lightest].append(f)
        sizes[lightest] += os.path.getsize(f) if os.path.exists(f) else 0
    return [sorted(s, key=order.get) for s in shards if s]


def run_shard(cli, args, files, cwd, part):
    """One task: press-extract on one thread over a shard. Returns (exit code, output or None,
    errors, worker). With `part`, the output goes to that file on shared storage, not back here."""
    command = cli + ["--jobs", "1", *args, *(["--output", part] if part else []), *files]
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    errors = done.stderr.decode("utf-8", "replace")
    return done.returncode, None if part else done.stdout, errors, get_worker().address


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running scheduler, such as tcp://10.0.0.5:8786")
    where.add_argument("--scheduler-file", help="the file a scheduler wrote with --scheduler-file")
    where.add_argument("--local", type=int, metavar="N", help="start a cluster of N worker processes here")
    parser.add_argument("--wait-workers", type=int, default=1, metavar="N", help="wait for N workers (default 1)")
    parser.add_argument("--cli", default="press-extract", help="the command to run (default: press-extract)")
    parser.add_argument("--arg", action="append", default=[], help="an option for press-extract, such as --only=quotes")
    parser.add_argument("--shards", type=int, default=0, help="tasks to split the files into (default: 4 per worker)")
    parser.add_argument("--parts", help="a shared folder where each task writes its output, gathered at the end")
    parser.add_argument("--output", "-o", help="the gathered JSON Lines (default: standard output)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for workers (default 600)")
    parser.add_argument("paths", nargs="+", help="files and folders of *.txt")
    opts = parser.parse_args(argv)

    files = expand(opts.paths)
    cluster = None
    if opts.local:
        cluster = LocalCluster(
            n_workers=opts.local, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
        client = Client(cluster)
    elif opts.scheduler_file:
        client = Client(scheduler_file=opts.scheduler_file, timeout=opts.timeout)
    else:
        client = Client(opts.scheduler, timeout=opts.timeout)
    try:
        client.wait_for_workers(opts.local or opts.wait_workers, timeout=opts.timeout)
        workers = len(client.scheduler_info()["workers"])
        shards = shard(files, opts.shards or 4 * workers)
        cli = shlex.split(opts.cli)
        cwd = os.getcwd()
        parts = [os.path.join(opts.parts, f"part-{i:05d}.jsonl") if opts.parts else None for i in range(len(shards))]
        if opts.parts:
            os.makedirs(opts.parts, exist_ok=True)
        futures = client.map(run_shard, [cli] * len(shards), [opts.arg] * len(shards), shards,
                             [cwd] * len(shards), parts, pure=False)
        out = open(opts.output, "wb") if opts.output else sys.stdout.buffer
        worst = 0
        ran_on = set()
        try:
            # In shard order, so the gathered file is the same whichever worker finished first.
            for future, part in zip(futures, parts):
                code, stdout, stderr, worker = future.result()
                worst = max(worst, code)
                ran_on.add(worker)
                sys.stderr.write(stderr)
                if part:
                    with open(part, "rb") as f:
                        while chunk := f.read(1 << 20):
                            out.write(chunk)
                else:
                    out.write(stdout)
                future.release()
        finally:
            if opts.output:
                out.close()
            else:
                out.flush()
        print(f"run.py: {len(files)} files in {len(shards)} shards on {len(ran_on)} workers", file=sys.stderr)
        return worst
    finally:
        client.close()
        if cluster:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
