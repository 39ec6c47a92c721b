#!/usr/bin/env bash
# Filters, near-duplicate folding, and the output forms: --count, --facet,
# --kwic, --csv (parsed back), --explain, --sort; the same results whether
# the index was built in one run or file by file.
. "$(dirname "$0")/lib.sh"
SRC=$PS_SOURCE_DIR
ps index --db "$T/db" --quiet "$SRC/corpus/plans" "$SRC/tests/data/dup" "$SRC/tests/data/outline"
check "the bundled plans with the repost and outline fixtures index" status_is 0
X="--db $T/db"
BZ=002_7479f0db71bd9e90.txt
REPOST=bazi_repost.txt
EM=emeishan_2014.txt
LS=000_85891dc427c33ef6.txt
XH="001_b15d1195fe800da6.txt#5"

# ---- filters ----
ps $X 工会 --region 四川 --json
check "--region 四川: a province holding several plans (乐山, 峨眉山, the 宣汉 school)" \
  jq_true "[.[].id] | sort == ([\"$LS\", \"$EM\", \"$XH\"] | sort)"
ps $X 工会 --region 乐山市 --json
check "--region 乐山市 includes the county-level city inside it" \
  jq_true "[.[].id] | sort == ([\"$LS\", \"$EM\"] | sort)"
ps $X 工会 --region 峨眉山 --json
check "--region without its suffix" jq_true "[.[].id] == [\"$EM\"]"
ps $X 工会 --region 511181 --json
check "--region by GB/T 2260 code" jq_true "[.[].id] == [\"$EM\"]"
ps $X 工会 --region 林甸縣 --json
check "--region in traditional script" jq_true '[.[].id] == ["001_b15d1195fe800da6.txt#4"]'
ps $X 工会 --region 朝阳区
check "an ambiguous --region exits 2" status_is 2
check "an ambiguous --region is one line" err_lines 1
check "it lists 北京's 朝阳区 with its code" err_has "北京市/朝阳区 (110105)"
check "it lists 长春's 朝阳区 too" err_has "吉林省/长春市/朝阳区"
check "it asks for a fuller name or a code" err_has "give a fuller name or a code"
ps $X 工会 --region 北京/朝阳区 --json
check "a fuller name settles it" jq_true '[.[].id] == ["001_b15d1195fe800da6.txt#1"]'
ps $X 工会 --region 朝阳
check "--region 朝阳 is taken as the prefecture 辽宁省/朝阳市 (no plan there)" status_is 1
check "... and a note says so" err_has "note: region '朝阳' taken as 辽宁省/朝阳市 (211300)"
check "... naming the districts it hid" err_has "北京市/朝阳区 (110105), 吉林省/长春市/朝阳区 (220104)"
check "... in one line" err_lines 1
ps $X 工会 --region 北京朝阳 --json
check "北京朝阳 is the district" jq_true '[.[].id] == ["001_b15d1195fe800da6.txt#1"]'
check "... without a note" err_lines 0
ps $X 工会 --region 乐山 --json
check "乐山 hides only townships (乐山镇): no note" err_lines 0
ps compare $X 工会 --region 朝阳
check "compare notes the choice too" err_has "note: region '朝阳' taken as 辽宁省/朝阳市"
ps --db "$T/no-such-index" 工会 --region 朝阳
check "a failing search keeps its one line of error (no note)" err_lines 1
ps $X 工会 --region 亚特兰蒂斯
check "an unknown --region exits 2" status_is 2
check "an unknown --region is named" err_has "unknown region '亚特兰蒂斯'"
ps $X 工会 --level 县 --json
check "--level 县: only county-level plans" jq_true 'length >= 2 and all(.[]; .level == "县")'
ps $X 工会 --level 乡镇 --json --all
check "--level 乡镇: 八字桥乡 and its repost" jq_true "[.[].id] | sort == ([\"$BZ\", \"$REPOST\"] | sort)"
ps $X 工会 --sector 教科文卫体 --json
check "--sector: the two 教科文卫体 plans" jq_true 'length == 2 and all(.[]; .sector == "教科文卫体")'
ps $X 工会 --sector 教科文卫体 --year 2020 --json
check "filters combine: sector and year" jq_true '[.[].id] == ["003_33c2545a96ee321c.txt"]'
ps $X 工会 --sector 教科文卫体 --region 四川 --level 市 --year 2010..2015 --json
check "four filters combine" jq_true "[.[].id] == [\"$LS\"]"
ps $X --region 四川 --count
check "filters alone, without a query" out_has 3

# ---- near-duplicates ----
ps $X 困难职工 --json
check "the repost is folded into one hit" jq_true "[.[].id] | (index(\"$BZ\") != null) != (index(\"$REPOST\") != null)"
check "the hit says one copy was folded" jq_true "any(.[]; (.id == \"$BZ\" or .id == \"$REPOST\") and .folded == 1)"
folded=$(jq -s length "$T/out")
ps $X 困难职工
check "the human output shows the folded copy" out_has "(+1 near-duplicate)"
ps $X 困难职工 --all --json
check "--all shows every copy" jq_true "([.[].id] | index(\"$BZ\") != null and index(\"$REPOST\") != null) and all(.[]; .folded == 0)"
check "--all has exactly one hit more" jq_true "length == $folded + 1"
ps $X 困难职工 --count
check "--count counts folded plans once" out_has "$folded"
ps $X 职工 --json --limit 100
check "no two unrelated plans are folded together" jq_true "[.[].folded] | add == 1"

# ---- --count and --facet ----
ps $X 职工 --count
check "--count prints only the number" jq_true 'length == 1 and .[0] == 10'
ps $X 这个词组不在任何计划里 --count
check "--count with no match prints 0" out_has 0
check "--count with no match exits 1" status_is 1
ps $X 职工 --facet year
check "--facet year: one line per year, oldest first" \
  test "$(cut -f2 "$T/out" | tr '\n' ' ')" = "2008 2011 2012 2014 2015 2018 2020 "
check "--facet year counts the four 2012 plans" out_has "$(printf 'year\t2012\t4')"
check "the year facet adds up to the matches (10)" test "$(awk -F"\t" "{ s += \$3 } END { print s }" "$T/out")" -eq 10
ps $X 职工 --facet province --limit 1
check "--facet counts every match, not the page: 四川 has 3" out_has "$(printf 'province\t四川省\t3')"
check "plans without a region are counted under '-'" out_has "$(printf 'province\t-\t1')"
ps $X 职工 --facet level,sector --json
check "--facet level,sector --json: objects with facet, value, count" jq_true '
  all(.[]; (.facet == "level" or .facet == "sector") and (.count|type) == "number")
  and ([.[] | select(.facet == "level") | .count] | add) == 10'
ps $X 职工 --facet region --all
check "--facet region with --all counts the repost" out_has "$(printf 'region\t福建省/三明市/尤溪县/八字桥乡\t2')"
ps $X 职工 --facet year --csv
check "--facet --csv: a header and one row per value" \
  test "$(tail -n +2 "$T/out" | tr -d '\r' | cut -d, -f1-3 | tr '\n' ' ')" = "year,2008,1 year,2011,1 year,2012,4 year,2014,1 year,2015,1 year,2018,1 year,2020,1 "
ps $X 职工 --facet color
check "an unknown facet exits 2" status_is 2
check "an unknown facet is named" err_has "unknown --facet 'color'"

# ---- --kwic ----
ps $X 集体协商 --kwic --json
check "--kwic: one line per occurrence (朝阳 4, 郑州 1, 峨眉山 4)" jq_true 'length == 9'
check "every line's match is the query, as written" \
  jq_true 'all(.[]; .match == "集体协商" or .match == "集體協商")'
check "context is at most 20 characters each side" \
  jq_true 'all(.[]; (.left|length) <= 20 and (.right|length) <= 20)'
check "lines carry the document id" jq_true "any(.[]; .id == \"$EM\")"
ps $X 集体协商 --kwic
check "--kwic text: a line per occurrence" test "$(wc -l <"$T/out")" -eq 9
check "text lines end with the document id" out_has "$EM"
check "matches are marked" out_has "【集体协商】"
# terminal columns before the match: CJK characters and full-width forms take two
perl -CSD -Mutf8 -ne '
  my ($left) = /^(.*?)【/ or die "no match marked: $_";
  my $w = 0;
  $w += /[\x{1100}-\x{115F}\x{2E80}-\x{A4CF}\x{AC00}-\x{D7A3}\x{F900}-\x{FAFF}\x{FE30}-\x{FE4F}\x{FF00}-\x{FF60}\x{FFE0}-\x{FFE6}]/ ? 2 : 1
    for split //, $left;
  print "$w\n";
' "$T/out" | sort -u >"$T/cols"
check "the matches form one column (40 terminal columns in)" test "$(cat "$T/cols")" = 40

# ---- --csv ----
ps $X 集体协商 --csv --explain
check "--csv starts with a UTF-8 byte order mark" test "$(head -c3 "$T/out" | od -An -tx1 | tr -d ' ')" = efbbbf
# parse it back with a small RFC 4180 reader
perl -CSD -e '
  local $/; my $s = <STDIN>; $s =~ s/^\x{FEFF}//;
  my (@rows, @f, $v); my $q = 0;
  while (length $s) {
    if ($s =~ s/^"((?:[^"]|"")*)"//) { ($v = $1) =~ s/""/"/g; push @f, $v; }
    elsif ($s =~ s/^([^,"\r\n]*)//) { push @f, $1; }
    if ($s =~ s/^,//) { next } 
    $s =~ s/^\r\n// or die "bad line end\n"; push @rows, [@f]; @f = ();
  }
  my $h = shift @rows;
  for my $r (@rows) { die "row has ".@$r." fields, header ".@$h."\n" if @$r != @$h;
    my %r; @r{@$h} = @$r; print "$r{rank}\t$r{id}\t$r{year}\t$r{snippets}\n"; }
' <"$T/out" >"$T/csv" 2>"$T/csv.err"
check "--csv parses back with the header's number of fields on every row" test ! -s "$T/csv.err"
ps $X 集体协商 --json
check "the CSV has one row per hit, in rank order" \
  test "$(cut -f2 "$T/csv" | tr '\n' ' ')" = "$(jq -r .id "$T/out" | tr '\n' ' ')"
check "CSV snippets keep the marked matches (a quoted field with commas)" \
  grep -q "【集體協商】" "$T/csv"
ps $X 集体协商 --csv --json
check "--csv with --json exits 2" status_is 2

# ---- --explain and --sort ----
ps $X 集体协商 女职工 --explain --json
check "--explain lists each term with its count and first positions" jq_true '
  all(.[]; (.explain | map(.part) | sort) == ["女职工", "集体协商"]
      and all(.explain[]; .count >= 1 and (.positions|length) >= 1))'
ps $X 集体协商 女职工 --explain
check "--explain in the text output" out_has "matched: 集体协商:"
ps $X 工会 --sort year --json --limit 100 --all
check "--sort year: oldest first" jq_true '[.[].year] == ([.[].year] | sort)'
ps $X 工会 --sort -year --json --limit 100 --all
check "--sort -year: newest first" jq_true '[.[].year] == ([.[].year] | sort | reverse)'

# ---- the same results however the index was built ----
for f in "$SRC/tests/data/outline/emeishan_2014.txt" "$SRC"/corpus/plans/00[43210]_*.txt \
         "$SRC/tests/data/dup/bazi_repost.txt"; do
  ps index --db "$T/db1" --quiet "$f"
done
for q in 职工 "集体协商 ITEM 女职工" "困难职工 OR 送温暖" "工会 NEAR/0 组织"; do
  ps $X "$q" --json --explain --limit 100; cp "$T/out" "$T/a"
  ps --db "$T/db1" "$q" --json --explain --limit 100
  check "'$q': identical results from a one-run and a file-by-file index" cmp -s "$T/a" "$T/out"
done
# filters alone: every score ties, so the order rests on year and id alone
ps $X --year 2000..2030 --all --json --limit 100; cp "$T/out" "$T/a"
ps --db "$T/db1" --year 2000..2030 --all --json --limit 100
check "filters only: the same order from both indexes" cmp -s "$T/a" "$T/out"
check "filters only: newest first, then by id" \
  jq_true '[.[] | [-.year, .id]] == ([.[] | [-.year, .id]] | sort) and length == 11'
done_testing
