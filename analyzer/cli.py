"""The command line: analyze letters to JSON or tables, and write a grievance bundle.

    python -m analyzer analyze LETTER.pdf                      # analysis JSON on stdout
    python -m analyzer analyze a.pdf b.pdf --format json --out OUT   # OUT/a.json, OUT/b.json
    python -m analyzer analyze DIR --out results/              # tables (Parquet + CSV) for every letter in DIR
    python -m analyzer grievance LETTER.pdf --out DIR --fact serious_condition=yes

Exit codes: 0 when at least one letter was analyzed, 1 when every letter failed, 2 bad usage.
A letter that fails still gets its output (JSON with ``errors`` filled, or an error row).
This is the outermost client: errors become messages and exit codes here, never tracebacks.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .options import Options


def _parse_pairs(pairs: Iterable[str], option: str, what: str) -> dict[str, Any]:
    """``--fact ID=VALUE`` / ``--correct FIELD=VALUE`` options into a dict."""
    out: dict[str, Any] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise SystemExit(f"{option} expects {what}=VALUE, got {pair!r}")
        k, v = pair.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def _parse_facts(pairs: Iterable[str]) -> dict[str, Any]:
    return _parse_pairs(pairs, "--fact", "ID")


def _parse_corrections(pairs: Iterable[str]) -> dict[str, Any]:
    return _parse_pairs(pairs, "--correct", "FIELD")


def _options(args: argparse.Namespace) -> Options:
    kw: dict[str, Any] = {"ocr_mode": args.ocr}
    if args.max_pages:
        kw["max_pages"] = args.max_pages
    return Options(**kw)


def _output_stem(name: str) -> str:
    """dev-004.scan.pdf -> dev-004.scan ; zip:folder/x.pdf -> x"""
    base = name.split(":", 1)[-1].replace("\\", "/").rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base


def _summary_line(result: dict) -> str:
    src = result.get("source", {})
    if result.get("errors"):
        e = result["errors"][0]
        return f"{src.get('file')}: ERROR {e['code']}: {e['message']}"
    letter = result.get("letter", {})
    pt = (letter.get("plan_type") or {}).get("value")
    st = (letter.get("state") or {}).get("value")
    ids = ", ".join(f["rule_id"] for f in result.get("flags", [])) or "no problems found"
    return f"{src.get('file')}: {pt or 'unknown plan'} / {st or '??'}: {ids}"


def _iter_results(inputs: list[str], args: argparse.Namespace, facts: dict) -> Iterable[dict]:
    from . import analyze_many

    yield from analyze_many(
        inputs,
        workers=args.workers,
        facts={"*": facts} if facts else None,
        progress=not args.quiet and sys.stderr.isatty(),
        options=_options(args),
        # resumable bulk runs (tables): a re-run analyzes only new letters; per-letter JSON is always fresh
        cache_dir=(Path(args.out) / ".cache") if (args.out and args.cache and args.format_resolved == "tables") else None,
    )


def cmd_analyze(args: argparse.Namespace) -> int:
    facts = _parse_facts(args.fact)
    corrections = _parse_corrections(args.correct)
    inputs = list(args.inputs)
    fmt = args.format or ("tables" if args.out and any(Path(i).is_dir() or i.endswith(".zip") for i in inputs) else "json")
    args.format_resolved = fmt
    single = len(inputs) == 1 and Path(inputs[0]).is_file() and not args.out
    if single or corrections:
        # one letter (or corrections, which are per letter): in-process, full Analysis available
        from .pipeline import analyze

        results = [analyze(i, options=_options(args), facts=facts or None, corrections=corrections or None).result
                   for i in inputs]
    else:
        results = _iter_results(inputs, args, facts)

    n_ok = n_failed = 0
    if fmt == "tables":
        if not args.out:
            print("--format tables needs --out DIR", file=sys.stderr)
            return 2
        from .frames import to_frames, write_tables

        counts = {"ok": 0, "failed": 0}

        def counted(rs: Iterable[dict]) -> Iterable[dict]:
            # streamed into the tables: results are never all held in memory at once (1,000-letter runs)
            for r in rs:
                counts["failed" if r.get("errors") else "ok"] += 1
                if not args.quiet:
                    print(_summary_line(r), file=sys.stderr)
                yield r

        frames = to_frames(counted(results))
        write_tables(frames, Path(args.out))
        n_ok, n_failed = counts["ok"], counts["failed"]
    else:
        out_dir = Path(args.out) if args.out else None
        if out_dir:
            out_dir.mkdir(parents=True, exist_ok=True)
        for r in results:
            if r.get("errors"):
                n_failed += 1
            else:
                n_ok += 1
            if fmt == "text":
                print(_summary_line(r))
                continue
            text = json.dumps(r, indent=2, ensure_ascii=False)
            if out_dir:
                (out_dir / f"{_output_stem(r['source']['file'])}.json").write_text(text, encoding="utf-8")
                if not args.quiet:
                    print(_summary_line(r), file=sys.stderr)
            else:
                print(text)
    if not args.quiet:
        print(f"{n_ok} ok, {n_failed} failed", file=sys.stderr)
    return 1 if n_ok == 0 and n_failed > 0 else 0


def cmd_grievance(args: argparse.Namespace) -> int:
    from .exports import write_bundle
    from .pipeline import analyze

    facts = _parse_facts(args.fact)
    corrections = _parse_corrections(args.correct)
    analysis = analyze(args.input, options=_options(args), facts=facts or None, corrections=corrections or None)
    if analysis.result.get("errors"):
        e = analysis.result["errors"][0]
        print(f"ERROR {e['code']}: {e['message']}", file=sys.stderr)
        return 1
    member = {k: v for k, v in {"name": args.member_name, "address": args.member_address,
                                "phone": args.member_phone, "email": args.member_email}.items() if v}
    written = write_bundle(analysis.result, Path(args.out), member=member or None)
    for kind, path in written.items():
        print(f"{kind}: {path}")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from .rules import load_catalogue

    cat = load_catalogue()
    for rule in cat.rules.values():
        print(f"{rule.id:45s} {rule.severity:6s} {rule.title}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analyzer", description=__doc__.split("\n\n")[0])
    p.add_argument("-v", "--verbose", action="store_true", help="log progress (never letter content) to stderr")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--fact", action="append", default=[], metavar="ID=VALUE",
                        help="a fact the letter does not state, e.g. serious_condition=yes (repeatable)")
        sp.add_argument("--correct", action="append", default=[], metavar="FIELD=VALUE",
                        help="correct an extracted field, e.g. plan_type=medi_cal or dates.letter=2026-03-02")
        sp.add_argument("--ocr", choices=["auto", "force_ocr", "text_only"], default="auto")
        sp.add_argument("--max-pages", type=int, default=0)
        sp.add_argument("-q", "--quiet", action="store_true")

    a = sub.add_parser("analyze", help="analyze letters (files, folders, globs or ZIPs)")
    a.add_argument("inputs", nargs="+")
    a.add_argument("--out", help="output folder (per-letter JSON with --format json, else tables)")
    a.add_argument("--format", choices=["json", "text", "tables"])
    a.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    a.add_argument("--no-cache", dest="cache", action="store_false", help="do not reuse results in OUT/.cache")
    common(a)
    a.set_defaults(func=cmd_analyze)

    g = sub.add_parser("grievance", help="analyze one letter and write the grievance letter, deadlines and analysis")
    g.add_argument("input")
    g.add_argument("--out", required=True)
    g.add_argument("--member-name")
    g.add_argument("--member-address")
    g.add_argument("--member-phone")
    g.add_argument("--member-email")
    common(g)
    g.set_defaults(func=cmd_grievance)

    r = sub.add_parser("rules", help="list the rule catalogue")
    r.set_defaults(func=cmd_rules)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
