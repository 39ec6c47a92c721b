#!/usr/bin/env bash
# Which hits a page shows and in what order: --offset, --sort year with
# plans that give no year, open year ranges, and the title's extra weight.
# Each expectation is derived from a full listing (every hit with its year),
# not from the option under test.
. "$(dirname "$0")/lib.sh"
DB="$T/db"
SMALL="$PS_SOURCE_DIR/tests/e2e/plans-small"
ps index --db "$DB" "$PS_SOURCE_DIR/corpus/plans" "$SMALL"/*.txt
check "the bundled plans and four short ones are indexed" status_is 0

# --offset: page k of a listing is the listing from k on, ranks included
# (with --all and relevance order only a page is fetched from the index; the
# other orders and folding rank every candidate first: both paths are run)
for all in "" --all; do
  for sort in relevance year -year; do
    ps --db "$DB" 职工 $all --sort "$sort" --limit 100 --json
    full=$(jq -c -s 'map([.rank, .id])' "$T/out")
    n=$(jq -s length "$T/out")
    check "$all --sort $sort: the full listing has several hits" test "$n" -ge 8
    for k in 1 5; do
      ps --db "$DB" 职工 $all --sort "$sort" --limit 3 --offset "$k" --json
      got=$(jq -c -s 'map([.rank, .id])' "$T/out")
      want=$(echo "$full" | jq -c ".[$k:$k + 3]")
      check "$all --sort $sort --offset $k: hits $((k + 1))..$((k + 3)) of the listing, with their ranks" \
        test "$got" = "$want"
    done
  done
done
for all in "" --all; do
  ps --db "$DB" 职工 $all --limit 100 --json
  second=$(jq -r -s '.[1].title' "$T/out")
  ps --db "$DB" 职工 $all --limit 1 --offset 1
  check "$all human output: --offset 1 shows the second hit, as rank 2" grep -qxF " 2. $second" "$T/out"
  check "$all … and shows no rank 1" bash -c "! grep -qE '^ *1\\. ' '$T/out'"
done

# --sort year: known years in order, plans without a year last, either way
ps --db "$DB" 职工 --sort year --limit 100 --json
check "--sort year: years ascending, then the two plans without a year" jq_true '
  [.[].year] as $y | ($y | map(select(. != null))) as $k
  | $y == $k + [null, null] and $k == ($k | sort)'
check "… which are the two undated plans" \
  jq_true '[.[] | select(.year == null) | .id] | sort == ["noyear-1.txt", "noyear-2.txt"]'
ps --db "$DB" 职工 --sort -year --limit 100 --json
check "--sort -year: years descending, then the two plans without a year" jq_true '
  [.[].year] as $y | ($y | map(select(. != null))) as $k
  | $y == $k + [null, null] and $k == ($k | sort | reverse)'
ps --db "$DB" 职工 --sort year --limit 1 --offset 0
check "human output: the oldest plan first under --sort year" out_has "二○○八年"

# --year ranges: the hits are exactly those of the full listing in range
ps --db "$DB" 工会 --all --limit 100 --json
all="$T/all.json"
cp "$T/out" "$all"
for r in 2018.. ..2012 2012..2015 2012; do
  case $r in
    *..) lo=${r%..} hi=9999 ;;
    ..*) lo=0 hi=${r#..} ;;
    *..*) lo=${r%..*} hi=${r#*..} ;;
    *) lo=$r hi=$r ;;
  esac
  want=$(jq -r -s --argjson lo "$lo" --argjson hi "$hi" \
    '.[] | select(.year != null and .year >= $lo and .year <= $hi) | .id' "$all" | sort)
  ps --db "$DB" 工会 --all --limit 100 --year "$r" --json
  got=$(jq -r .id "$T/out" | sort)
  check "--year $r: exactly the plans of those years" test -n "$want" -a "$got" = "$want"
  ps --db "$DB" 工会 --all --year "$r" --count
  check "--year $r --count: their number" test "$(cat "$T/out")" = "$(echo "$want" | wc -l)"
done
ps --db "$DB" 工会 --all --year 2018.. --facet year
check "--year 2018.. --facet year: only 2018 and 2020" \
  test "$(cut -f2 "$T/out" | tr '\n' ' ')" = "2018 2020 "

# the title counts extra: 劳模工匠 once in a title beats 劳模工匠 once in the
# body of a newer plan of the same length (a tie would go to the newer plan)
ps --db "$DB" 劳模工匠 --json
check "a plan with the term in its title ranks above one with it only in the body" \
  jq_true '[.[].id] == ["title-2015.txt", "body-2016.txt"]'
check "… by a clear margin (the title's extra weight, not a length effect)" \
  jq_true '.[0].score > 1.5 * .[1].score'
done_testing
