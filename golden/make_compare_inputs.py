#!/usr/bin/env python3
"""Writes the inputs of the golden cases under golden/compare/ (issue 8): episode records (CSV and
JSON Lines), task-score files and args.txt. Deterministic (fixed seeds, 4 decimals). The data is
committed; re-run this only to change a case, then re-approve (README, "Golden files").

    python3 golden/make_compare_inputs.py
"""
import json
import os
import random

ROOT = "golden/compare"
AT = "2026-02-15T23:15:00Z"


def records(rng, runs, tasks, episodes, gain, seed_sd=0.1, noise=0.2, safety=False, scale=None):
    out = []
    for r in range(runs):
        seed_effect = rng.gauss(0, seed_sd)
        for t, task in enumerate(tasks):
            base, spread = scale[t] if scale else (0.3 * t, 1.0)
            for e in range(episodes):
                x = base + spread * (0.5 + seed_effect + gain + rng.gauss(0, noise))
                rec = {"task": task, "seed": r, "episode": e, "reward": round(x, 4)}
                if safety:
                    rec["safety_penalty"] = round(abs(rng.gauss(0.1, 0.05)), 4)
                out.append(rec)
    return out


def write_csv(path, recs):
    keys = list(recs[0].keys())
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(keys) + "\n")
        for r in recs:
            f.write(",".join(str(r[k]) for k in keys) + "\n")


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in recs:
            f.write(json.dumps(r, separators=(",", ":")) + "\n")


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def case(name, files, args):
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    for file_name, content in files.items():
        path = os.path.join(d, file_name)
        if isinstance(content, str):
            write_text(path, content)
        elif file_name.endswith(".csv"):
            write_csv(path, content)
        elif file_name.endswith(".jsonl"):
            write_jsonl(path, content)
        else:
            write_text(path, json.dumps(content, indent=2) + "\n")
    write_text(os.path.join(d, "args.txt"), "\n".join(args) + "\n")


def arms(fmt):
    return ["--baseline-runs", "baseline." + fmt, "--trained-runs", "trained." + fmt]


def common(name):
    return ["--run-id", "m24-compare-" + name, "--generated-at", AT, "--output-dir", "out"]


def main():
    rng = random.Random(8)
    atari = ["breakout", "pong", "seaquest"]
    scale = [(1.7, 30.0), (-21.0, 35.0), (68.0, 4000.0)]
    ranges = {t: {"min": s[0], "max": s[0] + s[1]} for t, s in zip(atari, scale)}
    ranges["unused-task"] = {"min": 0, "max": 1}
    case("pass", {"baseline.csv": records(rng, 6, atari, 5, 0.0, scale=scale),
                  "trained.csv": records(rng, 6, atari, 5, 0.4, scale=scale),
                  "task-scores.json": ranges},
         ["compare"] + arms("csv") + ["--task-scores", "task-scores.json", "--min-delta", "0.1",
                                      "--bootstrap-resamples", "2000"] + common("pass"))
    tasks = ["hopper", "walker"]
    case("fail", {"baseline.jsonl": records(rng, 5, tasks, 4, 0.0), "trained.jsonl": records(rng, 5, tasks, 4, 0.12)},
         ["compare"] + arms("jsonl") + ["--bootstrap-resamples", "2000"] + common("fail"))
    case("one-task", {"baseline.jsonl": records(rng, 5, ["cartpole"], 10, 0.0, safety=True),
                      "trained.jsonl": records(rng, 7, ["cartpole"], 10, 0.3, safety=True)},
         ["compare"] + arms("jsonl") + ["--interval", "bca"] + common("one-task"))
    four = ["ant", "halfcheetah", "humanoid", "swimmer"]
    scale4 = [(0.0, 6000.0), (-300.0, 12000.0), (100.0, 5000.0), (0.0, 360.0)]
    case("several-tasks-normalized",
         {"baseline.csv": records(rng, 8, four, 3, 0.0, scale=scale4),
          "trained.csv": records(rng, 8, four, 3, 0.25, scale=scale4),
          "task-scores.json": {t: {"min": s[0], "max": s[0] + s[1]} for t, s in zip(four, scale4)}},
         ["compare"] + arms("csv") + ["--task-scores", "task-scores.json", "--metric", "mean", "--optimality-threshold",
                                      "0.9", "--bootstrap-resamples", "2000"] + common("several-tasks-normalized"))
    case("too-few-runs", {"baseline.csv": records(rng, 2, ["cartpole"], 20, 0.0),
                          "trained.csv": records(rng, 2, ["cartpole"], 20, 1.0)},
         ["compare"] + arms("csv") + ["--bootstrap-resamples", "2000"] + common("too-few-runs"))
    bad = records(rng, 3, ["cartpole"], 3, 0.0)
    case("bad-record", {"baseline.csv": bad,
                        "trained.csv": "task,seed,episode,reward\ncartpole,0,0,0.5\ncartpole,0,1,NaN\n"},
         ["compare"] + arms("csv") + common("bad-record"))
    case("missing-pair", {"baseline.jsonl": records(rng, 3, tasks, 2, 0.0),
                          "trained.jsonl": records(rng, 3, tasks, 2, 0.0)[:-2]},
         ["compare"] + arms("jsonl") + common("missing-pair"))


if __name__ == "__main__":
    main()
