#!/usr/bin/env bash
# Builds the fuzz targets with clang and runs each for SECONDS (default 60), seeded from
# the GIFT and CSV fixtures and (bank_path_fuzz, the whole path of a bank) the shipped banks.
# Usage: bash tests/fuzz/run.sh [SECONDS] [TARGET...]   (targets: gift csv bank_path live_message)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
targets="${*:-gift csv bank_path live_message}"
build=build/fuzz
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTATECRAFT_FUZZ=ON >/dev/null
cmake --build "$build" -j2 --target $(for t in $targets; do printf '%s_fuzz ' "$t"; done)
fixtures=../shared/references/fixtures
mkdir -p "$build/corpus/gift" "$build/corpus/csv" "$build/corpus/bank" "$build/corpus/live"
# live_message_fuzz: one frame of each kind from docs/live-protocol.md
printf '%s' '{"type":"join","pin":"123456","token":"0123456789abcdef0123456789abcdef","name":"Ana","team":1}' >"$build/corpus/live/join"
printf '%s' '{"type":"answer","question":0,"round":1,"choice":1,"confidence":2}' >"$build/corpus/live/single"
printf '%s' '{"type":"answer","question":0,"round":1,"choices":[0,1],"matches":[1,-1],"order":[1,0],"text":"x","value":true}' >"$build/corpus/live/fields"
cp questions/*.json questions/examples/*.json "$build/corpus/bank/"
rm -f "$build/corpus/bank/bank.schema.json"
cp "$fixtures"/gift/moodle/* "$fixtures"/gift/fuhrmanator-GIFT-grammar-PEG.js/*.gift "$build/corpus/gift/"
cp questions/examples/spreadsheet-example.csv "$build/corpus/csv/"
python3 - "$fixtures/anki/anki_csv_import_test_vectors.json" "$build/corpus/csv" <<'PY'
import json, sys
vectors = json.load(open(sys.argv[1]))
cases = vectors["metadata_cases"] + vectors["import_cases_delimiter_comma_fields_2"]
for i, case in enumerate(cases):
    open(f"{sys.argv[2]}/anki-{i:02d}.csv", "w").write(case["input"])
PY
for target in $targets; do
  corpus="$build/corpus/${target%_path}"
  [ "$target" = live_message ] && corpus="$build/corpus/live"
  max_len=8192
  [ "$target" = bank_path ] && max_len=262144  # whole banks
  echo "== ${target}_fuzz for ${seconds}s"
  "$build/${target}_fuzz" -max_total_time="$seconds" -max_len="$max_len" -print_final_stats=1 \
      "$corpus" >"$build/${target}_fuzz.log" 2>&1
  grep -E "INITED|DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" \
      "$build/${target}_fuzz.log"
done
