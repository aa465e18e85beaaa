#!/bin/sh
# Builds the libFuzzer targets and runs each for FUZZ_SECONDS (default 60), seeded from the
# course's own files. Findings (crash-*, timeout-*, oom-*) land in build/fuzz/artifacts/.
#
# Why not plain `-sanitize=fuzzer`: SwiftPM links every executable with `--defsym main=<module>_main`,
# which clashes with the `main` that -sanitize=fuzzer pulls in from libFuzzer. So the code is
# instrumented the way -sanitize=fuzzer does it (coverage counters, comparison tracing) with
# AddressSanitizer, libFuzzer is linked without its main, and each target's own main calls
# LLVMFuzzerRunDriver (Fuzz/Sources/FuzzSupport).
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
RUNTIME=$(dirname "$(swiftc -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["paths"]["runtimeResourcePath"])')")/clang
RUNTIME=$(ls "$RUNTIME"/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
swift build --package-path Fuzz -c release \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xlinker "$RUNTIME" -Xlinker -lstdc++
BIN=Fuzz/.build/release
OUT=build/fuzz
mkdir -p "$OUT/artifacts"
mkdir -p "$OUT/bibtex" "$OUT/csljson" "$OUT/yaml" "$OUT/summary" "$OUT/citations"
cp content/references.bib "$OUT/bibtex/"
cp Fuzz/seeds/refs.json "$OUT/csljson/"
cp content/book.yml "$OUT/yaml/"; cp content/index.md "$OUT/yaml/"
cp content/SUMMARY.md "$OUT/summary/"; cp Tests/MarrowKitTests/Fixtures/summary-errors/content/SUMMARY.md "$OUT/summary/errors.md"
cp content/technique.md content/sampling.md "$OUT/citations/"
status=0
for target in bibtex csljson yaml summary citations; do
    echo "== fuzz-$target for ${SECONDS_EACH}s"
    if ! "$BIN/fuzz-$target" "$OUT/$target" -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=10 \
        -artifact_prefix="$OUT/artifacts/$target-" -print_final_stats=1 2>"$OUT/$target.log"; then
        status=1
        echo "   FINDING: see $OUT/$target.log and $OUT/artifacts/"
    fi
    grep -E "^stat::number_of_executed_units|^Done" "$OUT/$target.log" || true
done
exit $status
