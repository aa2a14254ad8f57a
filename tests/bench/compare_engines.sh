#!/usr/bin/env bash
# Both engines give the same answers (issue 17): imports the bundled samples and the first COUNT
# articles of the Sina 2018 corpus (../shared/data, so this is a benchmark, not a unit test) into a
# new corpus file and into a new team corpus on a PostgreSQL test server, then compares `list`,
# `search` (one, two and four characters and two terms, in both scripts) and every CSV export.
# Both corpora are filled the same way in the same order, so their ids agree and the answers are
# compared byte for byte. Prints the import times and each comparison; exits 1 on a difference.
#
#   tests/bench/compare_engines.sh [BUILD-DIR] [COUNT]
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
count=${2:-2000}
pizhu=$build/app/pizhu
data=$root/../shared/data/corpus-sina2018/articles.jsonl
if [ ! -x "$pizhu" ] || [ ! -r "$data" ]; then
    echo "compare_engines: needs $pizhu (build first) and $data" >&2
    exit 2
fi

work=$(mktemp -d)
chmod 755 "$work"
server=$work/server
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
    bash "$root/tests/postgres/testserver.sh" stop "$server" || true
    rm -rf "$work"
}
trap cleanup EXIT
bash "$root/tests/postgres/testserver.sh" start "$server"
read -r socket port admin <"$server"
psql -qX -h "$socket" -p "$port" -U "$admin" -d postgres -c "CREATE DATABASE compared"
team="postgresql:///compared?host=$socket&port=$port&user"
"$pizhu" init-team --db "$team=$admin" --lead compare_lead >/dev/null
team="$team=compare_lead"
file=$work/compared.pizhu

head -n "$count" "$data" >"$work/sina.jsonl"
for corpus in "$file" "$team"; do
    start=$(date +%s.%N)
    "$pizhu" import --db "$corpus" "$root/resources/samples" "$work/sina.jsonl" >"$work/import.log"
    imported=$(grep -c '^imported' "$work/import.log" || true)
    awk -v start="$start" -v end="$(date +%s.%N)" -v n="$imported" -v where="$([ "$corpus" = "$file" ] && echo file || echo server)" \
        'BEGIN { printf "%-10s imported %d articles in %.1f s (%.0f articles/s)\n", where, n, end - start, n / (end - start) }'
done

failed=0
compare() {
    local name=$1 command=$2
    shift 2
    if ! "$pizhu" "$command" --db "$file" "$@" >"$work/file.out" ||
        ! "$pizhu" "$command" --db "$team" "$@" >"$work/team.out"; then
        printf 'FAILED     %s\n' "$name"
        failed=1
    elif [ ! -s "$work/file.out" ]; then
        printf 'EMPTY      %s\n' "$name"
        failed=1
    elif cmp -s "$work/file.out" "$work/team.out"; then
        printf 'same       %-34s %6d lines\n' "$name" "$(wc -l <"$work/file.out")"
    else
        printf 'DIFFERENT  %s\n' "$name"
        diff "$work/file.out" "$work/team.out" | head -8
        failed=1
    fi
}
compare "list" list
compare "list --json" list --json
for query in 李 黨 明星 明星們 娱乐圈里 娛樂圈裡 "球员 转会" "球員 轉會"; do
    # shellcheck disable=SC2086 # two-term queries are two words
    compare "search $query" search --limit 100000 $query
    # shellcheck disable=SC2086
    compare "search --json $query" search --json --limit 100000 $query
done
for what in annotations article-tags entities articles matrix memos; do
    for corpus in file team; do
        db=$file
        [ "$corpus" = team ] && db=$team
        "$pizhu" export --db "$db" --what "$what" --out "$work/$corpus-$what.csv" >/dev/null
    done
    if cmp -s "$work/file-$what.csv" "$work/team-$what.csv"; then
        printf 'same       %-34s %6d lines\n' "export $what" "$(wc -l <"$work/file-$what.csv")"
    else
        printf 'DIFFERENT  export %s\n' "$what"
        diff "$work/file-$what.csv" "$work/team-$what.csv" | head -8
        failed=1
    fi
done
exit $failed
