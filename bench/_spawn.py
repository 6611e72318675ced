"""Run one command and print its exit code, wall time, CPU time and peak RSS as JSON.

    python bench/_spawn.py STDOUT_FILE STDERR_FILE -- COMMAND ARGS...

Why a separate process: on Linux a child's peak RSS (ru_maxrss) starts from the RSS of the
process that forked it, so a bench holding large reports in memory reported its own peak as the
child's. This launcher is a fresh small interpreter, so the command it forks starts small and
wait4 reports the command's own peak. Its output goes straight to a file, never through the bench.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main() -> None:
    out_path, err_path, sep, *command = sys.argv[1:]
    assert sep == "--" and command, __doc__
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the command, with its output in the two files
        out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, 1)
        os.dup2(err, 2)
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"code": code, "wall": wall, "cpu": cpu, "rss_mb": usage.ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
