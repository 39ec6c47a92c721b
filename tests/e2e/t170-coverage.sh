#!/usr/bin/env bash
# Coverage stated: plans without a year, place or level are selectable
# (--year none …) and counted where an analysis leaves them out; filters
# take several values; keyness --vs rest; collocates --min-plans; the chart
# marks small groups and a year far from the rest.
. "$(dirname "$0")/lib.sh"
mkdir -p "$T/p"
mk() { printf '%s\n一、推进新就业形态劳动者入会，做好集体协商工作。\n二、加强基层工会建设，服务职工。\n' "$2" >"$T/p/$1.txt"; }
mk a1 "江西省总工会2012年工作要点"
mk a2 "湖南省总工会2012年工作要点"
mk a3 "南昌市总工会2015年工作要点"
mk a4 "长沙市总工会2015年工作计划"
mk a5 "四川省总工会2018年工作要点"
mk a6 "某某县总工会1979年工作要点"
printf '工会工作要点\n一、推进新就业形态劳动者入会，做好集体协商工作。\n' >"$T/p/u1.txt"
printf '关于做好工会工作的意见\n各单位要做好新就业形态劳动者入会工作。\n' >"$T/p/u2.txt"
printf '学校工会工作计划\n一、推进新就业形态劳动者入会。\n' >"$T/p/u3.txt"
# a national body: its place is 全国, which is a value, not "none"
printf '中华全国总工会2016年工作要点\n一、推进新就业形态劳动者入会，做好集体协商工作。\n' >"$T/p/n1.txt"
ps index --db "$T/db" --quiet "$T/p"
check "the plans are indexed" status_is 0
D=(--db "$T/db" --all)

# none: exactly the plans the facets count as "-"
ps "${D[@]}" 工会 --json
jq -r 'select(.year == null) | .id' "$T/out" | sort >"$T/noyear"
jq -r 'select(.region == null) | .id' "$T/out" | sort >"$T/noregion"
jq -r 'select(.level == null) | .id' "$T/out" | sort >"$T/nolevel"
check "the fixture has undated plans" test "$(wc -l <"$T/noyear")" -eq 3
for f in year:noyear region:noregion level:nolevel; do
  ps "${D[@]}" 工会 --${f%%:*} none --json
  check "--${f%%:*} none selects exactly the plans without one" \
    test "$(jq -r .id "$T/out" | sort)" = "$(cat "$T/${f#*:}")"
done
ps "${D[@]}" 工会 --facet year
check "the year facet's '-' equals --year none" out_has "year	-	3"
ps "${D[@]}" 工会 --facet region
check "the region facet's '-' counts 4 (全国 is a place)" out_has "region	-	4"
ps "${D[@]}" 工会 --region none --json
check "--region none leaves out the national plan" jq_true 'map(.id) | index("n1.txt") == null'

ps "${D[@]}" --type none --count
check "--type none selects the plans without a type (none here)" status_is 1

# several values in one filter
ps "${D[@]}" 工会 --year 2012,2015 --json
check "--year 2012,2015 gives the plans of both years" \
  jq_true 'map(.year) | sort == [2012, 2012, 2015, 2015]'
ps "${D[@]}" 工会 --year none,2018 --json
check "--year none,2018 joins the undated to 2018" jq_true 'length == 4'
ps "${D[@]}" 工会 --region 江西,湖南 --json
check "--region 江西,湖南 gives the plans of both provinces" \
  jq_true 'map(.id) | sort == ["a1.txt", "a2.txt", "a3.txt", "a4.txt"]'
ps "${D[@]}" 工会 --level 省,市 --json
check "--level 省,市 gives the provincial and city plans" jq_true 'length == 5'
ps "${D[@]}" 工会 --type plan,notice --count
check "--type plan,notice counts both kinds" out_has "10"
ps "${D[@]}" 工会 --year 2012,20x
check "a bad value in a list is an error naming it" status_is 2
check "the error names the option" err_has "invalid --year '2012,20x'"

# keyness: the plans in neither selection, and --vs rest
ps keyness "${D[@]}" --year 2012 --vs --year 2015 --min 1 --min-plans 1
check "keyness states the plans in neither selection and why" \
  out_has "in neither, left out: 6 plans (3 without a year"
ps keyness "${D[@]}" --year 2012 --vs --year 2015 --min 1 --min-plans 1 --json
check "keyness --json has left_out" jq_true '.[0].left_out.plans == 6 and .[0].left_out.no_year == 3'
ps keyness "${D[@]}" --year 2012 --vs rest --min 1 --min-plans 1 --json
check "--vs rest: B is every plan not in A" \
  jq_true '.[0].a.plans == 2 and .[0].b.plans == 8 and .[0].b.rest and .[0].left_out.plans == 0'
ps keyness "${D[@]}" --year 2012 --vs rest --year 2015
check "--vs rest with filters is refused" status_is 2

# collocates: what the filter left out; --min-plans
ps collocates "${D[@]}" 新就业形态 --year 2012,2015 --min 1
check "collocates states the plans its filter left out" \
  out_has "outside the selection, left out: 6 plans (3 without a year"
ps collocates "${D[@]}" 新就业形态 --year 2012,2015 --min 1 --csv
check "collocates CSV carries the left-out counts" out_has "left_out_plans,left_out_no_year"
ps collocates "${D[@]}" 新就业形态 --min 1 --min-plans 9 --json
check "collocates --min-plans 9 keeps only n-grams near the term in 9 plans" \
  jq_true '.[0].collocates | length > 0 and all(.near_plans >= 9)'
ps collocates "${D[@]}" 新就业形态 --min 1 --json
check "without --min-plans n-grams near the term in fewer plans are listed" \
  jq_true '.[0].collocates | any(.near_plans < 9)'

# the chart: small groups hollow, 1979 far from the rest, the undated stated
ps compare "${D[@]}" 新就业形态 --by year --plot "$T/c.svg"
check "compare --plot exits 0" status_is 0
check "the chart says how many plans have no year" grep -q '10 plans; 3 without a year' "$T/c.svg"
check "points of years with fewer than 5 plans are marked" grep -q 'class="small"' "$T/c.svg"
check "a note says what the marking means" grep -q 'class="note-small"' "$T/c.svg"
check "the 32 empty years before 2012 are one break, not the axis" grep -q '≈ 32 years' "$T/c.svg"
check "1979 is marked as far from the other years" grep -q '1979 \*' "$T/c.svg"
check "the chart is well-formed XML" xmllint --noout "$T/c.svg"
done_testing
