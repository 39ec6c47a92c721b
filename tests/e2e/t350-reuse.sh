#!/usr/bin/env bash
# reuse and spread on fixtures with planted passages (tests/data/reuse,
# written by its make.py): a provincial passage copied by a county and, in
# traditional script, by a township; a second one copied by the county with
# other punctuation; a stock formula every plan carries; a repost of the
# provincial plan; two plans of one union with a 30-character name.
. "$(dirname "$0")/lib.sh"
FIX=$PS_SOURCE_DIR/tests/data/reuse
DB=$T/db
"$PLANSEARCH" index --db "$DB" --quiet "$FIX/plans" 2>/dev/null
planted() { awk -F'\t' -v f="$1" -v p="$2" '$1 == f && $2 == p { print $3 }' "$FIX/planted.tsv"; }
P1=$(planted prov.txt P1)
P1_TRAD=$(planted town_trad.txt P1)
P2=$(planted prov.txt P2)
BOILER=$(planted prov.txt BOILER)
export P1 P1_TRAD P2 BOILER
# CSV without its byte order mark and CR (t540 checks those), for grep
lf() { sed '1s/^\xEF\xBB\xBF//' "$T/out" | tr -d '\r' >"$T/out.lf"; }

ps reuse --db "$DB" prov.txt --json
check "reuse ID exits 0" status_is 0
check "the county and the township, nothing else (no repost, no unrelated plan)" \
  jq_true '[.[].id] | sort == ["county.txt", "town_trad.txt"]'
check "the county shares most, first" jq_true '.[0].id == "county.txt" and .[0].rank == 1'
check "every object has id, shared_chars and passages with offsets in both plans" jq_true '
  all(.[]; (.id | type) == "string" and .shared_chars > 0 and (.passages | length) > 0 and
      all(.passages[]; (.text | type) == "string" and .start < .end and .plan_start < .plan_end))'
check "the county's passages are the planted P1 and P2 (as the provincial plan wrote them)" jq_true '
  .[0].passages | length == 2 and (.[0].plan_text | contains(env.P1 | rtrimstr("。"))) and
  (.[1].plan_text | contains(env.P2 | rtrimstr("。") | .[0:40]))'
check "the township's passage is P1 as it wrote it, in traditional script" jq_true '
  .[1].passages | length == 1 and (.[0].text | contains(env.P1_TRAD | rtrimstr("。")))'
check "boilerplate shared by every plan is not reported" jq_true '
  all(.[].passages[]; (.plan_text | contains(env.BOILER[0:20]) | not))'
check "direction: the provincial plan came first and is the higher issuer" jq_true '
  all(.[]; .earlier == "prov.txt" and .higher == "prov.txt")'
check "shared_chars adds up the passages" jq_true 'all(.[]; .shared_chars == ([.passages[].chars] | add))'
cp "$T/out" "$T/reuse.json"
# offsets are characters of each plan's stored text
for who in county.txt prov.txt; do
  ps show --db "$DB" "$who" --json
  cp "$T/out" "$T/$who.json"
done
jq -s --slurpfile c "$T/county.txt.json" --slurpfile p "$T/prov.txt.json" '
  .[0].passages | all(.[]; $c[0].text[.start:.end] == .text and $p[0].text[.plan_start:.plan_end] == .plan_text)' \
  "$T/reuse.json" >"$T/out"
check "passage offsets point at the passage texts in both stored texts" out_has true

ps reuse --db "$DB" town_trad.txt --json
check "the traditional township plan finds both simplified plans it copies" \
  jq_true '[.[].id] | sort == ["county.txt", "prov.txt"]'
ps reuse --db "$DB" prov_repost.txt --json
check "a repost is not reuse of the plan it reposts" jq_true '[.[].id] | index("prov.txt") == null'
ps reuse --db "$DB" other1.txt
check "a plan sharing only boilerplate: exit 1" status_is 1
check "... and no plan listed" out_lacks "id "
ps reuse --db "$DB" same_org_a.txt
check "two plans of one union sharing only its long name in headline and signature: exit 1" status_is 1
ps reuse --db "$DB" prov.txt --min 100
check "--min 100 keeps only the 100+ character passage" bash -c "grep -c '↔' '$T/out' | grep -qx 2"
ps reuse --db "$DB" prov.txt --level 乡镇 --json
check "filters restrict the other plans" jq_true '[.[].id] == ["town_trad.txt"]'
ps reuse --db "$DB" prov.txt --csv
lf
check "reuse ID --csv: a header and one row per passage (texts quoted across lines)" \
  bash -c "head -1 '$T/out.lf' | grep -q '^rank,id,title' &&
    python3 -c 'import csv,sys; r=list(csv.reader(open(sys.argv[1], encoding=\"utf-8-sig\", newline=\"\"))); sys.exit(not (len(r) == 4 and [x[1] for x in r[1:]] == [\"county.txt\", \"county.txt\", \"town_trad.txt\"]))' '$T/out'"

ps reuse --db "$DB" --all --csv
check "reuse --all exits 0" status_is 0
lf
check "the edge list header" bash -c "head -1 '$T/out.lf' | grep -qx 'source,target,weight,passages,longest,source_share,target_share,source_year,target_year,source_level,target_level,direction,source_higher,provenance_index,provenance_version,provenance_query,provenance_filters,provenance_date'"
tail -n +2 "$T/out.lf" | cut -d, -f1,2,12 | sort >"$T/have"
printf '%s\n' "county.txt,town_trad.txt,earlier" "prov.txt,county.txt,earlier" \
  "prov.txt,town_trad.txt,earlier" >"$T/want"
check "three edges, each from the earlier plan, no repost or boilerplate pair" diff -u "$T/want" "$T/have"
check "the county edge weighs both planted passages" \
  bash -c "grep '^prov.txt,county.txt,' '$T/out.lf' | cut -d, -f3,4 | grep -qx '$(jq -s '.[0].shared_chars' "$T/reuse.json"),2'"

ps reuse --db "$DB" --all --csv --shared 1
lf
tail -n +2 "$T/out.lf" | cut -d, -f1,2,12 | sort >"$T/have"
check "--shared 1 finds the same three edges" diff -u "$T/want" "$T/have"
ps reuse --db "$DB" --all --shared 0
check "--shared 0 is refused" status_is 2
ps reuse --db "$DB"
check "reuse without ID or --all: exit 2" status_is 2
check "... naming the usage" err_has "one plan id or --all"
ps reuse --db "$DB" nosuch.txt
check "an unknown id: exit 1 and a message" bash -c "[ $status -eq 1 ] && grep -q \"no document with id 'nosuch.txt'\" '$T/err'"
ps reuse --db "$DB" prov.txt --min 3
check "--min below the k-gram length is refused" status_is 2

# (its first ten characters, whatever the locale: bash counts bytes under C)
PHRASE=$(python3 -c 'import sys; print(sys.argv[1][:10])' "$P1")
ps spread --db "$DB" "$PHRASE" --json --plot "$T/spread.svg"
check "spread exits 0" status_is 0
check "first plans, oldest first" jq_true '[.[0].first[].id] == ["prov.txt", "county.txt", "town_trad.txt"]'
check "the repost is counted once: 3 plans, 3 adopters" jq_true '.[0].using == 3 and .[0].adopters == 3'
check "new adopters per year: 2015, 2017, 2018" jq_true '
  [.[0].groups[] | select(.new_adopters > 0) | .group] == [2015, 2017, 2018] and
  .[0].groups[-1].adopters_so_far == 3'
check "every year of the selection is a row, with its plans" jq_true '
  [.[0].groups[].group] == [2014, 2015, 2016, 2017, 2018, 2019, 2020] and
  ([.[0].groups[].plans] | add) == 10'
check "the chart is well-formed SVG" xmllint --noout "$T/spread.svg"
ps spread --db "$DB" "$PHRASE" --by level --csv
lf
check "spread --by level: one row per level with its first plan" bash -c "
  grep -q '^省,2,1,1,,2015,prov.txt,' '$T/out.lf' && grep -q '^县,3,1,1,,2017,county.txt,' '$T/out.lf' &&
  grep -q '^乡镇,1,1,1,,2018,town_trad.txt,' '$T/out.lf'"
ps spread --db "$DB" 没有这个短语的计划
check "a phrase no plan uses: exit 1" status_is 1
ps spread --db "$DB" "$PHRASE" --by sector
check "spread --by sector is refused" status_is 2
done_testing
