#!/usr/bin/python3
"""Splits the linked app (app.wasm.orig, which carries function names) into app.wasm, the code the
home page's first view runs, and app.deferred.wasm, everything else, which the loader fetches
when it is first needed (docs/architecture.md, "Loading"). Binaryen's wasm-split does the work.

  split       the build's post-link step: keeps the functions that the committed list
              (src/platform/web/first-view-functions.txt) names, moves the rest, strips names.
  write-list  for `make split-profile`: splits by a profile of the first views (wasm-split's
              instrumented module, merged profiles) and writes the kept functions as the list.

The list holds one function a line: a key (the first 16 hex digits of the SHA-256 of the name as
Binaryen writes it) and, after a space, the name shortened for people. Names of template code
run to tens of kilobytes, hence the key. A key that no longer matches a function is ignored (the
function it named is gone or renamed); a function missing from the list only moves to the
deferred module, so a stale list costs first-view bytes or an early fetch, never correctness."""
import argparse
import hashlib
import pathlib
import string
import subprocess
import sys
import tempfile

# wasm-split needs the features the linked module uses declared (it asserts on mutable globals
# otherwise); these are the ones Emscripten 3.1.6 enables by default.
FEATURES = ["--enable-bulk-memory", "--enable-mutable-globals", "--enable-sign-ext"]
MAX_LIST_BYTES = 4 << 20       # the list is ~100 KB; anything near this is not our list
MAX_LIST_LINES = 100_000
READABLE_CHARS = 100


def key(name):
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def readable(name):
    """The name as C++ spells it (Binaryen escapes some characters as \\hh), cut for the eye."""
    out, i = [], 0
    while i < len(name):
        code = name[i + 1:i + 3]
        if name[i] == "\\" and len(code) == 2 and all(c in string.hexdigits for c in code):
            out.append(chr(int(code, 16)))
            i += 3
            continue
        out.append(name[i])
        i += 1
    text = "".join(out)
    return text if len(text) <= READABLE_CHARS else text[:READABLE_CHARS - 3] + "..."


def function_names(wasm_opt, module):
    """Every function of the module, by name, as Binaryen spells it (index:name lines)."""
    result = subprocess.run([wasm_opt, str(module), "--all-features", "--print-function-map"],
                            check=True, capture_output=True, text=True)
    return [line.split(":", 1)[1] for line in result.stdout.splitlines() if ":" in line]


def read_list(path):
    """The keys of the committed list; '#' starts a comment line."""
    if not path.exists():
        sys.exit(f"split-wasm: {path} is missing; make split-profile writes it")
    data = path.read_bytes()
    if len(data) > MAX_LIST_BYTES:
        sys.exit(f"split-wasm: {path} is larger than {MAX_LIST_BYTES} bytes")
    lines = data.decode("utf-8").splitlines()
    if len(lines) > MAX_LIST_LINES:
        sys.exit(f"split-wasm: {path} has more than {MAX_LIST_LINES} lines")
    return {line.split(" ", 1)[0] for line in lines if line.strip() and not line.startswith("#")}


def wasm_split(args, module, out, keep_args, verbose=False):
    primary, deferred = out / "app.wasm", out / "app.deferred.wasm"
    result = subprocess.run([args.wasm_split, "--split", str(module), "-o1", str(primary), "-o2", str(deferred)]
                            + keep_args + FEATURES + (["--verbose"] if verbose else []),
                            check=True, capture_output=True, text=True)
    return primary, deferred, result.stdout


def split(args):
    module, out = pathlib.Path(args.module), pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    listed = read_list(pathlib.Path(args.list))
    names = function_names(args.wasm_opt, module)
    kept = [n for n in names if key(n) in listed]
    keep_file = out / "first-view.keep"
    keep_file.write_text("".join(n + "\n" for n in kept), encoding="utf-8")
    primary, deferred, _ = wasm_split(args, module, out, ["--keep-funcs=@" + str(keep_file)])
    for path in (primary, deferred):
        subprocess.run([args.wasm_opt, str(path), "-o", str(path), "--strip-debug", "--strip-producers", "--all-features"],
                       check=True)
    stale = len(listed) - len(kept)
    print(f"split-wasm: {len(kept)} of {len(names)} functions in app.wasm ({primary.stat().st_size} bytes), "
          f"the rest in app.deferred.wasm ({deferred.stat().st_size} bytes)"
          + (f"; {stale} listed functions no longer exist (make split-profile renews the list)" if stale else ""))


def write_list(args):
    module, profile, target = pathlib.Path(args.module), pathlib.Path(args.profile), pathlib.Path(args.list)
    with tempfile.TemporaryDirectory() as tmp:
        _, _, report = wasm_split(args, module, pathlib.Path(tmp), ["--profile=" + str(profile)], verbose=True)
    prefix = "Keeping functions: "
    lines = [line for line in report.splitlines() if line.startswith(prefix)]
    if len(lines) != 1:
        sys.exit("split-wasm: wasm-split --verbose did not list the kept functions")
    # Binaryen escapes commas in names (\2c), so the comma-separated list splits cleanly.
    kept = [n for n in lines[0][len(prefix):].split(", ") if n]
    header = ("# The functions the home page's first view runs, kept in app.wasm; the others go to\n"
              "# app.deferred.wasm. Written by `make split-profile` (scripts/split-profile.mjs);\n"
              "# see scripts/split-wasm.py for the format and docs/architecture.md for the split.\n")
    rows = sorted((readable(n), key(n)) for n in kept)
    target.write_text(header + "".join(f"{k} {r}\n" for r, k in rows), encoding="utf-8")
    print(f"split-wasm: {len(kept)} first-view functions written to {target}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["split", "write-list"])
    parser.add_argument("--module", required=True, help="the linked app with names (app.wasm.orig)")
    parser.add_argument("--list", required=True, help="the list of first-view functions")
    parser.add_argument("--out", help="split: the folder for app.wasm and app.deferred.wasm")
    parser.add_argument("--profile", help="write-list: the merged profile of the first views")
    parser.add_argument("--wasm-split", dest="wasm_split", default="wasm-split")
    parser.add_argument("--wasm-opt", dest="wasm_opt", default="wasm-opt")
    args = parser.parse_args()
    if args.command == "split":
        if not args.out:
            parser.error("split needs --out")
        split(args)
    else:
        if not args.profile:
            parser.error("write-list needs --profile")
        write_list(args)


if __name__ == "__main__":
    main()
