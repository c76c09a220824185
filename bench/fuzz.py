"""`make fuzz`: at least 100,000 generated inputs through eventwire's entry points.

    python bench/fuzz.py --count 100000 --workers 2

Each input is a report text and a publication date: news sentences (taken at run time from the
texts of ../shared/eval when present, else from the few written below) mutated by inserting
control, zero-width, bidi, surrogate and case-changing characters, cutting, doubling and
re-spacing; random unicode; long repetitive text; and extreme or malformed publication dates.
Most go to `eventwire.extract`; every tenth to `eventwire.places`, every tenth to the readers
(as JSONL, CSV or plain bytes on stdin). The run fails (exit 1) on any exception other than
eventwire's own `InputError`, and on any input that takes more than `--limit` seconds (2) of CPU
time (CPU, not wall-clock: on a shared machine the wall clock measures the neighbours).
Failures are grouped by exception class and place, each with its shortest input, in
`--out` (bench/results/fuzz.json) and on stdout. Seeded: a seed and a count give the same inputs.
"""
from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import random
import signal
import sys
import time
import traceback
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval"
DEFAULT_OUT = HERE / "results" / "fuzz.json"
HANG_S = 60            # an input still running after this is stopped and reported as a hang

# Our own wire-style sentences, used when ../shared/eval is absent.
OWN_SENTENCES = (
    "Gunmen killed two villagers in Kandahar on Monday.",
    "KABUL (Wire) - Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.",
    "Soldiers clashed with Boko Haram fighters near Maiduguri, Borno state, on Sunday, killing 14.",
    "An air strike hit a market in Saraqib, Idlib province, last week, the monitor said.",
    "Hundreds of teachers marched in Lagos demanding unpaid salaries.",
    "A roadside bomb exploded near a convoy in Mogadishu yesterday, wounding three soldiers.",
    "Islamic State claimed the attack on a checkpoint in Tikrit, Salahuddin, in late December.",
    "Rioters burned tyres and blocked roads in Port-au-Prince after the killing of a student.",
)
ODD_CHARS = (
    "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2028",
    "\u2029", "\u202e", "\u2066", "\ufeff", "\ufffd", "\ufffe", "\ud800", "\udfff", "\udc80", "\u0301", "\u0361",
    "ſ", "İ", "ı", "ß", "ẞ", "ﬁ", "ﬃ", "Å", "K", "ǅ", "ΐ", "ŉ", "\U0001f525", "\U0001f1fa\U0001f1f8", "中", "ا",
    "\t", "\r", "\n", "\n\n", "\x0b", "\x0c", " ", "\u00a0", "\u3000", "—", "“", "”", "’", "(", ")", ",", ".",
    "-", "'", '"', "\\", "/", "0", "9", "١٢", "²", "½", "%",
)
PHRASES = (
    "yesterday", "last week", "on Monday", "over the weekend", "last month", "in late December", "on 31 April",
    "on 29 February", "in mid-March 2020", "the town of", "near", "in northern", "province", "killing 10,000,000",
    "killed", "an air strike", "protesters", "(Reuters) -", "Idlib", "Kandahar", "Sucre municipality",
)
DATES = (
    date.min, date(1, 1, 6), date.max, date(9999, 12, 26), date(1900, 2, 28), date(2000, 2, 29), None,
    "0001-01-01", "9999-12-31", "2020-05-09garbage", "2020-13-01", "2020-02-30", "", "0000-00-00", "99999-01-01",
    "2020-05-09T23:59:60Z", "2020-05-09T10:00:00+14:00", "\ud800", "２０２０-０５-０９", "2020-05-09 ", " 2020-05-09",
)


def eval_sentences(limit_files: int = 7) -> list[str]:
    """Sentences of the ../shared/eval texts (read at run time, never stored): real wire prose."""
    found: list[str] = []
    for path in sorted(EVAL.glob("*.jsonl"))[:limit_files]:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                text = (json.loads(line).get("text") or "").strip()
                found += [s.strip() + "." for s in text.split(". ") if 20 <= len(s) <= 600]
    return found


def _mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(11)
        at = rng.randint(0, len(text))
        if op <= 2:
            text = text[:at] + rng.choice(ODD_CHARS) * rng.choice((1, 1, 2, 5)) + text[at:]
        elif op == 3 and text:
            end = min(len(text), at + rng.randint(1, 20))
            text = text[:at] + text[end:]
        elif op == 4 and text:
            end = min(len(text), at + rng.randint(1, 60))
            text = text[:end] + text[at:end] * rng.randint(1, 4) + text[end:]
        elif op == 5:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        elif op == 6:
            text = text[:at] + " " + rng.choice(PHRASES) + " " + text[at:]
        elif op == 7:
            text = text.replace(" ", rng.choice(("", "\n", "\t", "  ", "\u00a0", " \n ")))
        elif op == 8:
            text = text[:at]
        elif op == 9:
            text = "".join(ch.swapcase() if rng.random() < 0.3 else ch for ch in text)
        else:
            text = text[:at] + str(rng.choice((0, -1, 10**30, 2**63, 1e308))) + text[at:]
    return text


def _random_unicode(rng: random.Random) -> str:
    pools = (range(0x20, 0x7f), range(0, 0x20), range(0x80, 0x800), range(0x2000, 0x2070), range(0xd800, 0xe000),
             range(0x4e00, 0x4f00), range(0x1f300, 0x1f600), range(0xfff0, 0x10000))
    return "".join(chr(rng.choice(rng.choice(pools))) for _ in range(rng.randint(0, 300)))


def _repetitive(rng: random.Random, sentences: list[str]) -> str:
    unit = rng.choice((rng.choice(PHRASES), rng.choice(sentences), "Kandahar", "Idlib, ", "a", ". ", "\n"))
    size = rng.choice((1_000, 4_000, 8_000, 12_000))
    return (unit + " ") * max(1, size // (len(unit) + 1))


def make_input(index: int, seed: int, sentences: list[str]) -> dict:
    """The `index`-th input of a seeded run: which entry point, the text, the publication date."""
    rng = random.Random(seed * 1_000_003 + index)
    kind = rng.random()
    if kind < 0.70:
        text = _mutate(" ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4))), rng)
    elif kind < 0.85:
        text = _random_unicode(rng)
    elif kind < 0.90:
        text = _repetitive(rng, sentences)
    else:
        text = rng.choice(sentences) + " " + rng.choice(PHRASES[:9])
    if rng.random() < 0.5:
        published = rng.choice(DATES)
    else:
        published = date(2020, 1, 1) + timedelta(days=rng.randint(-3000, 3000))
    target = rng.choice(("extract",) * 8 + ("places", "reader"))
    return {"index": index, "target": target, "text": text, "published": published,
            "format": rng.choice(("jsonl", "csv", "text"))}


def _reader_bytes(item: dict) -> bytes:
    published = item["published"].isoformat() if isinstance(item["published"], date) else item["published"]
    if item["format"] == "jsonl":
        return json.dumps({"id": "f", "text": item["text"], "published": published}).encode("utf-8", "surrogatepass")
    text = item["text"].encode("utf-8", "surrogatepass")
    if item["format"] == "csv":
        quoted = b'"' + text.replace(b'"', b'""') + b'"'
        return b"id,text,published\nf," + quoted + b"," + str(published or "").encode("utf-8", "surrogatepass")
    return text


def run_one(item: dict) -> None:
    import eventwire
    from eventwire.ingest import iter_reports

    if item["target"] == "extract":
        eventwire.extract(item["text"], published=item["published"])
    elif item["target"] == "places":
        eventwire.places(item["text"])
    else:
        for report in eventwire.pipe(iter_reports("-", stdin=io.BytesIO(_reader_bytes(item)))):
            if report.failed:
                raise RuntimeError(f"pipe reported a coding failure: {report.error}")


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang(f"still running after {HANG_S} s")


_SENTENCES: list[str] = []


def _init(sentences: list[str]) -> None:
    import eventwire

    _SENTENCES[:] = sentences
    signal.signal(signal.SIGALRM, _alarm)
    eventwire.extract("Gunmen killed two villagers in Kandahar on Monday.", published="2020-05-09")   # warm up


def check(args: tuple[int, int, float]) -> list[dict]:
    """Run inputs [start, start + n); return the failures (exceptions other than InputError, slow inputs)."""
    from eventwire.errors import InputError

    start, n, seed, limit = args
    failures = []
    for index in range(start, start + n):
        item = make_input(index, seed, _SENTENCES)
        began, cpu = time.perf_counter(), time.process_time()
        signal.alarm(HANG_S)
        problem = None
        try:
            run_one(item)
        except InputError:
            pass
        except Exception as exc:   # noqa: BLE001 - every other exception is what the fuzzer looks for
            frames = traceback.extract_tb(exc.__traceback__)
            place = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames)
                          if "eventwire" in f.filename), "?")
            problem = {"kind": type(exc).__name__, "place": place, "message": str(exc)[:200]}
        finally:
            signal.alarm(0)
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        if problem is None and cpu > limit:
            problem = {"kind": "slow", "place": f"{item['target']} {len(item['text'])} chars", "message": ""}
        if problem is not None:
            problem.update(index=index, seconds=round(cpu, 2), wall_seconds=round(seconds, 2), target=item["target"],
                           text=item["text"][:2000], length=len(item["text"]), published=str(item["published"]))
            failures.append(problem)
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--limit", type=float, default=2.0, help="CPU seconds an input may take")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    sentences = eval_sentences() if EVAL.exists() else []
    source = f"{len(sentences):,} sentences of {EVAL}" if sentences else "the built-in sentences"
    sentences = sentences or list(OWN_SENTENCES)
    print(f"fuzzing {args.count:,} inputs on {args.workers} processes, mutating {source}", flush=True)
    chunk = 200
    jobs = [(s, min(chunk, args.count - s), args.seed, args.limit) for s in range(0, args.count, chunk)]
    began, done, failures = time.perf_counter(), 0, []
    with multiprocessing.get_context("fork").Pool(args.workers, initializer=_init, initargs=(sentences,)) as pool:
        for (start, n, _, _), found in zip(jobs, pool.imap(check, jobs)):
            done += n
            failures += found
            for failure in found:      # as they come, so a long run shows its findings early
                print(f"  FAIL {failure['kind']} at {failure['place']} (input {failure['index']}, {failure['target']}, "
                      f"{failure['length']} chars, {failure['seconds']} s CPU): {failure['message'][:120]!r} "
                      f"text={failure['text'][:160]!r} published={failure['published'][:30]!r}", flush=True)
            if done % 10_000 < chunk:
                print(f"  {done:,} inputs, {len(failures)} failures, {time.perf_counter() - began:.0f} s", flush=True)
    groups: dict[tuple[str, str], dict] = {}
    for failure in failures:
        key = (failure["kind"], failure["place"] if failure["kind"] != "slow" else failure["target"])
        best = groups.get(key)
        if best is None or failure["length"] < best["example"]["length"]:
            groups[key] = {"kind": key[0], "place": key[1], "count": (best or {}).get("count", 0), "example": failure}
        groups[key]["count"] += 1
    summary = {"inputs": done, "failures": len(failures), "seconds": round(time.perf_counter() - began, 1),
               "seed": args.seed, "limit_s": args.limit, "source": source, "groups": list(groups.values())}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2, ensure_ascii=True) + "\n")
    print(f"{done:,} inputs in {summary['seconds']} s: {len(failures)} failures in {len(groups)} groups")
    for group in sorted(groups.values(), key=lambda g: -g["count"]):
        example = group["example"]
        print(f"  {group['count']:>6}  {group['kind']} at {group['place']} (input {example['index']}, "
              f"{example['length']} chars, {example['seconds']} s): {example['message'][:100]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
