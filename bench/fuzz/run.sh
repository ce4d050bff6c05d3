#!/bin/sh
# Builds the importers' fuzz targets (the fuzz preset) and runs each for SECONDS (default 120),
# two at a time, from a seed corpus of the test data and ../shared/data. Prints each target's
# executions, coverage and findings; a finding (crash, sanitizer report, hang, memory over the
# limit) is left in build/fuzz/findings/TARGET/ to be fixed and copied to tests/data/hostile/fuzz/,
# which the test suite imports.
#   bench/fuzz/run.sh [SECONDS] [TARGET...]
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-120}
[ $# -gt 0 ] && shift
shared=../shared/data
cmake --preset fuzz >/dev/null
cmake --build build/fuzz

# The seeds of each target: files of its kind from the tests and the shared data.
seeds() {
    case $1 in
    email) echo tests/data/hostile/fuzz/email "$shared"/email-mime "$shared"/email-enron/enron_tiny ;;
    pdf) echo tests/data/pdf "$shared"/pdf/001-trivial "$shared"/pdf/025-attachment ;;
    archive) echo tests/data/archive ;;
    image) echo tests/data/image ;;
    ofx) echo "$shared"/bank-statements/ofxparse "$shared"/bank-statements/actualbudget ;;
    mt940) echo "$shared"/bank-statements/actualbudget ;;
    table) echo tests/data/table "$shared"/cdr ;;
    office) echo tests/data/office ;;
    phone-report) echo tests/data/phone ;;
    html-ad) echo tests/data/ads ;;
    jsonl-ads) echo tests/data/ads ;;
    vcard) echo "$shared"/vcard ;;
    text) echo tests/data/email "$shared"/email-enron/enron_tiny ;;
    graphml) echo "$shared"/graphml "$shared"/maltego ;;
    gexf) echo "$shared"/gexf ;;
    esac
}

run_target() {
    target=$1
    corpus=build/fuzz/corpus/$target
    findings=build/fuzz/findings/$target
    mkdir -p "$corpus" "$findings"
    for seed in $(seeds "$target"); do
        [ -d "$seed" ] && find "$seed" -maxdepth 2 -type f -size -2M -exec cp -n {} "$corpus"/ \;
    done
    OMP_THREAD_LIMIT=1 ASAN_OPTIONS=detect_leaks=0 \
        build/fuzz/bin/threadline-fuzz-"$target" "$corpus" -max_total_time="$seconds" \
        -rss_limit_mb=4096 -timeout=30 -max_len=262144 -use_value_profile=1 \
        -artifact_prefix="$findings"/ -print_final_stats=1 >build/fuzz/"$target".log 2>&1 || true
    stats=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' build/fuzz/"$target".log | tail -1)
    runs=$(grep -E 'stat::number_of_executed_units' build/fuzz/"$target".log | awk '{print $2}')
    found=$(find "$findings" -type f | wc -l)
    echo "$target: ${runs:-?} executions; last: ${stats:-none}; findings: $found"
}

targets=${*:-email pdf archive image ofx mt940 table office phone-report html-ad jsonl-ads vcard text graphml gexf}
set -- $targets
while [ $# -gt 0 ]; do
    run_target "$1" &
    if [ $# -gt 1 ]; then run_target "$2" & shift; fi
    shift
    wait
done
