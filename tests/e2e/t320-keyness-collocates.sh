#!/usr/bin/env bash
# keyness and collocates on the bundled plans, checked against counts made
# here with perl over the OpenCC-simplified stored texts (analyze_ref.sh).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/analyze_ref.sh"
DB=$PS_E2E_DB
ref_docs "$DB" "$T/ref"
mapfile -t A < <(awk -F'\t' '$2 == 2012 { print $7 }' "$T/ref/docs.tsv")
mapfile -t B < <(awk -F'\t' '$2 != "?" && $2 >= 2013 { print $7 }' "$T/ref/docs.tsv")
achars=$(awk -F'\t' '$2 == 2012 { s += $6 } END { print s }' "$T/ref/docs.tsv")
bchars=$(awk -F'\t' '$2 != "?" && $2 >= 2013 { s += $6 } END { print s }' "$T/ref/docs.tsv")
JQDEF='def xl(x; e): if x > 0 then x * ((x / e) | log) else 0 end;
  def g2(a; n1; b; n2): ((a + b) * n1 / (n1 + n2)) as $e1 | ((a + b) * n2 / (n1 + n2)) as $e2
    | 2 * (xl(a; $e1) + xl(b; $e2));
  def lr(a; n1; b; n2): ((if a > 0 then a else 0.5 end) / n1) / ((if b > 0 then b else 0.5 end) / n2)
    | log / (2 | log);
  def close(x; y): ((x - y) | fabs) <= 1e-3 * (1 + (y | fabs));'

# ---- keyness ----------------------------------------------------------------
ps keyness --db "$DB" --year 2012 --vs --year 2013.. --limit 15 --json
check "keyness exits 0 when terms are found" status_is 0
check "the sides hold the reference plans and characters" jq_true \
  ".[0].a.plans == ${#A[@]} and .[0].b.plans == ${#B[@]} and .[0].a.chars == $achars and .[0].b.chars == $bchars"
check "keyness lists terms, at most --limit" jq_true '(.[0].terms | length) > 0 and (.[0].terms | length) <= 15'
bad=0
while IFS=$'\t' read -r term a b ap bp; do
  ra=$(count_overlapping "$term" "${A[@]}")
  rb=$(count_overlapping "$term" "${B[@]}")
  rap=$(count_plans "$term" "${A[@]}")
  rbp=$(count_plans "$term" "${B[@]}")
  if [ "$a $b $ap $bp" != "$ra $rb $rap $rbp" ]; then
    echo "  $term: got $a $b $ap $bp, reference $ra $rb $rap $rbp"
    bad=$((bad + 1))
  fi
done < <(jq -r '.terms[] | [.term, .a_occurrences, .b_occurrences, .a_plans, .b_plans] | @tsv' "$T/out")
check "every term's occurrences and plans on both sides equal the reference" test "$bad" -eq 0
check "G2, log ratio and rates follow from the counts" jq_true "$JQDEF"'
  .[0] as $k | all($k.terms[];
    close(.g2; g2(.a_occurrences; $k.a.chars; .b_occurrences; $k.b.chars))
    and close(.log_ratio; lr(.a_occurrences; $k.a.chars; .b_occurrences; $k.b.chars))
    and close(.a_per_10k; 1e4 * .a_occurrences / $k.a.chars))'
check "terms are over-represented in A and significant (G2 >= 3.84)" jq_true '
  .[0] as $k | all($k.terms[]; .g2 >= 3.84 and .a_per_10k > .b_per_10k)'
check "terms are ordered by G2" jq_true '[.[0].terms[].g2] == ([.[0].terms[].g2] | sort | reverse)'
check "no listed term contains another (phrases are not repeated as their pieces)" jq_true '
  [.[0].terms[].term] as $t | all($t[] as $x | $t[] as $y | ($x == $y) or (($x | contains($y)) | not))'
check "terms are CJK n-grams of 2 to 6 characters" jq_true '
  all(.[0].terms[].term; length >= 2 and length <= 6 and test("^\\p{Han}+$"))'
check "provenance records both selections and how candidates were made" jq_true '
  .[0].provenance | .command == "keyness" and .filters.year == "2012" and .vs_filters.year == "2013.."
  and (.candidates | test("2 to 6")) and .index.documents == 9'
JIEBA=/usr/lib/python3/dist-packages/jieba/dict.txt
check "jieba's dictionary is installed (python3-jieba, see scripts/dev)" test -r "$JIEBA"
check "candidates are judged by jieba's word boundaries, and provenance says so" jq_true \
  ".[0].provenance.candidates | contains(\"$JIEBA\")"
ps keyness --db "$DB" --year 2012 --vs --year 2013.. --words none --json
check "--words none judges by frequencies alone" jq_true \
  '.[0].provenance.candidates | contains("no word list")'
ps keyness --db "$DB" --year 2012 --vs --year 2013.. --words "$T/no-such-list"
check "an unreadable word list exits 2 naming it" err_has "cannot read word list '$T/no-such-list'"
ps keyness --db "$DB" --year 2012 --vs --year 2013.. --limit 5
check "the table shows both sides' sizes" out_has "A: ${#A[@]} plans, $achars characters"
check "the table has a header" out_has "G2"
ps keyness --db "$DB" --year 2012 --vs --year 2013.. --csv --limit 5
check "CSV has a header and a row per term" test "$(wc -l <"$T/out")" -eq 6
ps keyness --db "$DB" --year 2012
check "keyness without --vs exits 2" status_is 2
check "the message asks for --vs" err_has "'--vs'"
ps keyness --db "$DB" --year 1990 --vs --year 2012
check "an empty side exits 2" status_is 2
check "the empty side is named" err_has "selection A holds no plan"
ps keyness --db "$DB" --region 四川 --vs --region 朝阳区
check "an ambiguous region on the B side exits 2" status_is 2

# ---- collocates ---------------------------------------------------------------
mapfile -t ALL < <(cut -f7 "$T/ref/docs.tsv")
ps collocates --db "$DB" 职工 --window 10 --limit 12 --json
check "collocates exits 0" status_is 0
occ=$(cat "${ALL[@]}" | grep -o 职工 | wc -l)
mp=$(count_plans 职工 "${ALL[@]}")
allchars=$(awk -F'\t' '{ s += $6 } END { print s }' "$T/ref/docs.tsv")
check "the term's occurrences, plans and the selection's characters equal the reference" jq_true \
  ".[0].occurrences == $occ and .[0].matching_plans == $mp and .[0].plans == 9 and .[0].chars == $allchars"
jq -r '.collocates[].ngram' "$T/out" >"$T/grams"
# windows recomputed here: W characters either side of each (non-overlapping)
# match, the matches themselves excluded; n-grams wholly inside a window
perl -CSD -Mutf8 -e '
  my ($term, $w, $grams, @files) = @ARGV; utf8::decode($term);
  open my $g, "<:encoding(UTF-8)", $grams or die; my @g = map { chomp; $_ } <$g>;
  my %near; my $wc = 0;
  for my $f (@files) {
    open my $h, "<:encoding(UTF-8)", $f or die; local $/; my $t = <$h>; $t =~ s/\n\z//;
    my $n = length $t; my @m = (0) x $n; my @spans;
    my $p = 0;
    while (($p = index($t, $term, $p)) >= 0) { push @spans, [$p, $p + length $term]; $p += length $term }
    for my $s (@spans) {
      my ($lo, $hi) = ($s->[0] - $w, $s->[1] + $w); $lo = 0 if $lo < 0; $hi = $n if $hi > $n;
      $m[$_] = 1 for $lo .. $hi - 1 }
    for my $s (@spans) { $m[$_] = 0 for $s->[0] .. $s->[1] - 1 }
    $wc += $_ for @m;
    for my $x (@g) { my $l = length $x;
      for my $i (0 .. $n - $l) { next unless substr($t, $i, $l) eq $x;
        my $ok = 1; for my $k ($i .. $i + $l - 1) { $ok = 0 unless $m[$k] } $near{$x} += $ok } } }
  print "window_chars\t$wc\n"; print "$_\t", ($near{$_} // 0), "\n" for @g' \
  职工 10 "$T/grams" "${ALL[@]}" >"$T/near.ref"
jq -r '"window_chars\t\(.window_chars)", (.collocates[] | "\(.ngram)\t\(.near)")' "$T/out" >"$T/near.got"
check "window sizes and counts near the term equal the reference" diff -u "$T/near.ref" "$T/near.got"
bad=0
while IFS=$'\t' read -r gram total; do
  r=$(count_overlapping "$gram" "${ALL[@]}")
  [ "$r" = "$total" ] || { echo "  $gram: total $total, reference $r"; bad=$((bad + 1)); }
done < <(jq -r '.collocates[] | [.ngram, .total] | @tsv' "$T/out")
check "every collocate's total count equals the reference" test "$bad" -eq 0
check "G2 follows from near against elsewhere" jq_true "$JQDEF"'
  .[0] as $c | all($c.collocates[];
    close(.g2; g2(.near; $c.window_chars; .total - .near; $c.chars - $c.window_chars)))'
check "collocates are ordered by G2 and none contains another" jq_true '
  [.[0].collocates[].g2] == ([.[0].collocates[].g2] | sort | reverse)
  and ([.[0].collocates[].ngram] as $t | all($t[] as $x | $t[] as $y | ($x == $y) or (($x | contains($y)) | not)))'
check "provenance records the term and the window" jq_true '
  .[0].provenance | .command == "collocates" and .queries == ["职工"] and .window == 10'
ps collocates --db "$DB" 这个词组不在任何计划里
check "a term that never occurs exits 1" status_is 1
ps collocates --db "$DB" 职工 --window 0
check "a zero window is refused" err_has "invalid --window '0'"
done_testing
