#!/usr/bin/env python3
"""The live room behind a reverse proxy under load, for `make bench`: on loopback only, bounded in count and time.

One `workshop serve --listen 127.0.0.1:PORT --trust-proxy 127.0.0.1 --public-url
http://127.0.0.1:PORT2/stirling/`, and one Caddy (Debian's `caddy`) on 127.0.0.1:PORT2 in front of
it, running deploy/Caddyfile as the README shows it, with its site on plain HTTP on loopback
(Tests/live/proxies.py: admin off, its state in a temporary folder). 500 phones (`workshop-load`: 50 tables, 10 phones sharing each table's link,
as Tests/live/load_test.py: a link's rate limit lets 300 answers through at once) answer,
(a) all at once with no pause (each phone sends its next answer the moment the last is
acknowledged: 500 requests always in flight) and (b) at a person's pace (about 2 s between
answers), straight to `serve` and through Caddy, the same tokens, in the same run, the order
alternating so neither always goes first (at once: direct, proxy; paced: proxy, direct; at once
again: proxy, direct). Printed: p50, p99 and max of the
acknowledgement (after the journal's fsync) for each, and proxy/direct; every acknowledged answer
must be in the journal, once.

Between the phones and Caddy it is plain HTTP (the loader speaks no TLS), so the figure is the cost
of the proxy's hop, not of TLS; a real venue adds the TLS handshake and encryption on top.

    python3 Benchmarks/proxy_load.py [--binary PATH] [--loader PATH] [--example DIR]

Prints a `skipped:` line and exits 0 when `caddy` is not on PATH; one `ok:` line per check; exits 1
with a `FAIL:` line at the first failure.
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "live"))
from load_test import fifty_tables  # noqa: E402
from proxies import PREFIX, Proxy, ProxyError, free_port  # noqa: E402
from room import Room, fail, make_project, notes, plan_activities  # noqa: E402

THINK = 2000  # ms between a person's answers


def load(loader, root, links, acked, tag, phones, count, think, seconds):
    """One run of the loader on `links` ({group: url}); its figures."""
    path = os.path.join(root, f"links-{tag}.txt")
    with open(path, "w") as file:
        file.writelines(f"{group} {link}\n" for group, link in links.items())
    activities, keys = plan_activities(os.path.join(root, "sessions", "stirling-2015.jsonl"))
    run = subprocess.run(
        [loader, "--links", path, "--activities", ",".join(activities), "--answers", ",".join(keys),
         "--phones-per-group", str(phones), "--count", str(count), "--acked", acked, "--tag", tag,
         "--seconds", str(seconds), "--think-ms", str(think)],
        capture_output=True, text=True, timeout=seconds + 30)
    if run.returncode != 0 or not run.stdout.strip():
        fail(f"{tag}: the loader failed ({run.returncode}): {run.stderr.strip()[-500:]}")
    return json.loads(run.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/debug/workshop")
    parser.add_argument("--loader", default=".build/debug/workshop-load")
    parser.add_argument("--example", default=".")
    parser.add_argument("--phones-per-table", type=int, default=10, help="phones on each of the 50 tables' links")
    parser.add_argument("--count", type=int, default=8,
                        help="answers per phone all at once, twice each route (a link takes 300 at once)")
    parser.add_argument("--paced-count", type=int, default=4, help="answers per phone at a person's pace")
    args = parser.parse_args()
    if not shutil.which("caddy"):
        print("skipped: caddy is not installed ('make test-deps' installs it): no proxy load figures")
        return 0
    binary, loader = os.path.abspath(args.binary), os.path.abspath(args.loader)
    started = time.monotonic()
    folder = tempfile.mkdtemp(prefix="workshop-caddy-")
    room, caddy = None, None
    try:
        app, proxy = free_port(), free_port()
        public = f"http://127.0.0.1:{proxy}{PREFIX}"
        root = make_project(os.path.abspath(args.example), binary=binary)
        room = Room(binary, root, listen=f"127.0.0.1:{app}",
                    extra=["--assign", fifty_tables(binary, root), "--trust-proxy", "127.0.0.1", "--public-url", public])
        if len(room.links) != 50 or not all(link.startswith(public + "g/") for link in room.links.values()):
            fail(f"serve did not print 50 join links under {public}: {room.links}")
        try:
            caddy = Proxy("caddy", folder, proxy, app, tls=False)
        except ProxyError as error:
            fail(str(error))
        tokens = {group: link.rsplit("/", 1)[1] for group, link in room.links.items()}
        routes = {
            "direct": {group: f"http://127.0.0.1:{app}/g/{token}" for group, token in tokens.items()},
            "proxy": {group: public + "g/" + token for group, token in tokens.items()},
        }
        phones = args.phones_per_table * len(tokens)
        print(f"ok: serve on 127.0.0.1:{app}, caddy {public} in front of it (plain HTTP to caddy: the proxy's "
              f"hop, not TLS); {phones} phones, {args.phones_per_table} on each table's link")

        # ABBA: at once direct then proxy, at a person's pace proxy then direct, at once again proxy
        # then direct; each route goes first once at each pace. A link's bucket (300 at once, 10 a
        # second after) fills again during the paced runs.
        rounds = [("all at once, 1st", 0, args.count, ("direct", "proxy")),
                  (f"person's pace (~{THINK // 1000} s)", THINK, args.paced_count, ("proxy", "direct")),
                  ("all at once, 2nd", 0, args.count, ("proxy", "direct"))]
        figures, acked = {}, []
        for number, (_, think, count, order) in enumerate(rounds):
            for route in order:
                tag = f"{route}{number}"
                acked.append(os.path.join(root, f"acked-{tag}.txt"))
                seconds = 20 if think == 0 else count * THINK * 1.5 / 1000 + 10
                got = load(loader, root, routes[route], acked[-1], tag, args.phones_per_table, count, think, seconds)
                expected = phones * count
                if got["acked"] != expected or got["statuses"] != {"200": expected} or got["failed_phones"]:
                    fail(f"{route}, think {think} ms: {got['acked']} of {expected} answers acknowledged: {got}")
                figures[(number, route)] = got

        # Every acknowledged answer in the journal, once.
        recorded = collections.Counter(record.get("text") for record in notes(room.journal))
        said = set()
        for path in acked:
            said.update(open(path).read().split())
        missing = [note for note in said if note not in recorded]
        twice = [note for note, times in recorded.items() if note and note.startswith("load-") and times > 1]
        if missing or twice:
            fail(f"{len(missing)} acknowledged answers not in the journal (e.g. {missing[:1]}; a 200 that never reached serve?), "
                 f"{len(twice)} there twice")
        total = sum(times for note, times in recorded.items() if note and note.startswith("load-"))
        print(f"ok: {len(said)} acknowledged answers, {total} in the journal, each once")

        print(f"acknowledgement latency after fsync, ms   {'p50':>8} {'p99':>8} {'max':>8} {'answers/s':>10}")
        for number, (label, _, _, order) in enumerate(rounds):
            direct, proxied = figures[(number, "direct")], figures[(number, "proxy")]
            for route in order:
                got = figures[(number, route)]
                name = "direct" if route == "direct" else "through caddy"
                print(f"  {label:22} {name:14} {got['p50_ms']:8.2f} {got['p99_ms']:8.2f} {got['max_ms']:8.2f} "
                      f"{got['per_second']:10.0f}")
            ratio = [proxied[key] / direct[key] if direct[key] else float("nan") for key in ("p50_ms", "p99_ms", "max_ms")]
            print(f"  {label:22} {'proxy/direct':14} {ratio[0]:7.2f}x {ratio[1]:7.2f}x {ratio[2]:7.2f}x")
        took = time.monotonic() - started
        print(f"ok: {phones} phones × ({args.count} at once, twice + {args.paced_count} paced) answers, direct and through "
              f"caddy, in {took:.0f} s ({os.path.basename(binary)} at {args.binary})")
        return 0
    finally:
        if caddy:
            caddy.quit()
        if room:
            room.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
