#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (600 by
# default), two at a time, seeded from the sample articles and tests/fuzz/corpus/ (inputs earlier
# runs found that reach new code; copy good ones there from build-fuzz/corpus/). Crashes are written to
# build-fuzz/crashes/; each becomes a regression test in tests/models.
#   tests/fuzz/run-fuzzers.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
build=build-fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPIZHU_FUZZ=ON >/dev/null
cmake --build "$build" -j2 --target fuzz_import_txt fuzz_import_html fuzz_import_csv fuzz_import_jsonl \
    fuzz_searchquery fuzz_figures fuzz_entity_model >/dev/null

seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{txt,html,csv,jsonl,query,figures,model} "$build/crashes"
cp resources/samples/*.txt "$seeds/txt/"
for f in resources/samples/*.txt; do
    { echo "<html><head><title>t</title></head><body><p>"; sed 's/$/<\/p><p>/' "$f"; echo "</p></body></html>"; } \
        > "$seeds/html/$(basename "$f" .txt).html"
done
printf 'title,date,outlet,body\n"标题","2022-03-25","河北新闻网","廊坊市9.9万名党员投身防疫一线。"\n' > "$seeds/csv/seed.csv"
printf '{"title":"标题","date":"2022-03-25","content":"记者李公乐说，近1900万元。"}\n' > "$seeds/jsonl/seed.jsonl"
printf '%s\n' '党员' '"疫情 防控"' '“李公乐”' '黨員 OR NOT' 'a*b:c^(d)' > "$seeds/query/seeds.txt"
split -l 1 "$seeds/query/seeds.txt" "$seeds/query/q-" && rm "$seeds/query/seeds.txt"
grep -h -o '[^。]*' resources/samples/*.txt | head -200 | split -l 20 - "$seeds/figures/f-"
cp tests/data/entity-model-v2.bin "$seeds/model/"

run() {
    local target=$1 dir=$2 maxlen=$3
    mkdir -p "$build/corpus/$target"
    local kept=()
    [[ -d tests/fuzz/corpus/$dir ]] && kept=("tests/fuzz/corpus/$dir")
    "$build/tests/fuzz/$target" "$build/corpus/$target" "$seeds/$dir" "${kept[@]}" -max_total_time="$seconds" \
        -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 -max_len="$maxlen" \
        >"$build/$target.log" 2>&1 || echo "$target: FAILED, see $build/$target.log"
    echo "$target: $(grep -E '^stat::number_of_executed_units' "$build/$target.log" | awk '{print $2}') runs," \
         "$(grep -E '^#[0-9]+.*(DONE|pulse)' "$build/$target.log" | tail -1 | grep -o 'cov: [0-9]* ft: [0-9]*')"
}
run fuzz_import_txt txt 65536 & run fuzz_import_html html 65536 & wait
run fuzz_import_csv csv 65536 & run fuzz_import_jsonl jsonl 65536 & wait
run fuzz_searchquery query 4096 & run fuzz_figures figures 4096 & wait
run fuzz_entity_model model 65536
