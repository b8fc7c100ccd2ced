#!/usr/bin/env python3
"""Signed-in users driven through the load balancer for bench/cluster.sh (standard library only).

Members read /me, secretaries save attendance and minutes of their own meeting, staff read the
dashboards, each as a browser would (its own session, its own connection, the CSRF token of its
session). Every request is written to a CSV: time, kind, method, status, what happened. Bounded in
time; only the given loopback address is used.

Usage: cluster_load.py BASE SECONDS USERS.json OUT.csv
       cluster_load.py report OUT.csv KILLED_AT READY_AT   (seconds since the start)
USERS.json: {"members": [...usernames], "staff": [[username, path], ...],
             "secretaries": [{"username": u, "meeting": id, "members": [id, id], "items": [id, ...]}]}
"""
import csv
import http.client
import json
import re
import sys
import threading
import time
import urllib.parse

if sys.argv[1] != "report":
    BASE, SECONDS, USERS, OUT = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
    HOST = urllib.parse.urlsplit(BASE).netloc
PASSWORD = "chibo-demo"
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')
started = time.time()
rows, lock = [], threading.Lock()


class Browser:
    def __init__(self, kind):
        self.kind, self.cookies, self.connection = kind, {}, None

    def request(self, method, path, form=None, record=True):
        body = urllib.parse.urlencode(form) if form is not None else None
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        at = time.time() - started
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(HOST, timeout=60)
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
            status, location = response.status, response.getheader("Location") or ""
        except (OSError, http.client.HTTPException) as e:
            self.connection = None
            status, location, text = 0, "", type(e).__name__
        if record:
            with lock:
                rows.append((round(at, 3), self.kind, method, status, location, round(time.time() - started - at, 4)))
        return status, location, text

    def sign_in(self, username):
        status, _, page = self.request("GET", "/login", record=False)
        token = CSRF.search(page).group(1)
        status, location, _ = self.request("POST", "/login", {"username": username, "password": PASSWORD,
                                                             "_csrf": token}, record=False)
        if status != 302 or "error" in location:
            raise SystemExit(f"sign-in of {username} failed: {status} {location}")
        status, _, page = self.request("GET", "/account", record=False)
        self.token = CSRF.search(page).group(1)


def member(username):
    browser = Browser("member")
    browser.sign_in(username)
    while time.time() - started < SECONDS:
        browser.request("GET", "/me")
        time.sleep(0.05)


def staff(username, path):
    browser = Browser("staff")
    browser.sign_in(username)
    while time.time() - started < SECONDS:
        browser.request("GET", path)
        time.sleep(0.2)


def secretary(spec, writes):
    browser = Browser("secretary")
    browser.sign_in(spec["username"])
    meeting, n = spec["meeting"], 0
    while time.time() - started < SECONDS:
        for step in ("attendance", "minutes"):
            status, _, page = browser.request("GET", f"/meetings/{meeting}/{step}")
            found = VERSION.search(page) if status == 200 else None
            if not found:
                time.sleep(0.2)
                continue
            n += 1
            marker = f"cluster {spec['username']} {step} {n}"
            form = {"_csrf": browser.token, "version": found.group(1)}
            if step == "attendance":
                for member_id in spec["members"]:
                    form[f"marks[{member_id}].status"] = "EXCUSED"
                    form[f"marks[{member_id}].reason"] = marker
            else:
                for item in spec["items"]:
                    form[f"minutes[{item}]"] = marker
            status, location, _ = browser.request("POST", f"/meetings/{meeting}/{step}", form)
            acknowledged = status == 302 and location.endswith(f"/meetings/{meeting}")
            with lock:
                writes.append((spec["username"], meeting, step, n, marker, acknowledged, status))
            time.sleep(0.1)


def main():
    users = json.load(open(USERS))
    writes = []
    threads = [threading.Thread(target=member, args=(u,)) for u in users["members"]]
    threads += [threading.Thread(target=staff, args=(u, p)) for u, p in users["staff"]]
    threads += [threading.Thread(target=secretary, args=(s, writes)) for s in users["secretaries"]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(OUT, "w", newline="") as f:
        csv.writer(f).writerows(rows)
    with open(OUT + ".writes", "w", newline="") as f:
        csv.writer(f).writerows(writes)


def report(out, killed, ready):
    """Answers per second before the kill, while a node is down, and after it is back; what failed."""
    rows = [(float(t), kind, method, int(status), location) for t, kind, method, status, location, _ in
            csv.reader(open(out))]
    end = max(t for t, *_ in rows)
    phases = [("before", 0, killed), ("one node down", killed, ready), ("after", ready, end)]
    for name, start, stop in phases:
        inside = [r for r in rows if start <= r[0] < stop]
        answered = [r for r in inside if 200 <= r[3] < 400]
        print(f"  {name:14} {stop - start:6.1f} s  {len(answered) / max(stop - start, 0.001):7.1f} answered/s"
              f"  ({len(inside)} requests)")
    failed_gets = [r for r in rows if r[2] == "GET" and not (200 <= r[3] < 400)]
    failed_posts = [r for r in rows if r[2] == "POST" and not (200 <= r[3] < 400)]
    lost = [r for r in rows if 300 <= r[3] < 400 and "/login" in r[4]]
    print(f"requests: {len(rows)}; failed GETs: {len(failed_gets)}; failed POSTs (not acknowledged): "
          f"{len(failed_posts)}; sessions lost (sent to the login page): {len(lost)}")
    for r in (failed_gets + failed_posts + lost)[:10]:
        print("   ", r)


if __name__ == "__main__":
    if sys.argv[1] == "report":
        report(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]))
    else:
        main()
