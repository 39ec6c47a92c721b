# Reference data for the analysis tests (t3NN), made without plansearch's
# counting code: document ids from the index's Q terms (xapian-delve), texts
# and metadata from `plansearch show --json`, texts converted to simplified
# script by OpenCC.  Sourced after lib.sh.
#
# ref_docs DB DIR: writes DIR/docs.tsv (id year province level region_code
# chars textfile) and one simplified text per document in DIR.
ref_docs() {
  local db=$1 dir=$2 id n=0
  command -v xapian-delve >/dev/null || { echo "xapian-delve missing (apt-get install xapian-tools)"; exit 1; }
  command -v opencc >/dev/null || { echo "opencc missing (apt-get install opencc)"; exit 1; }
  mkdir -p "$dir"
  : >"$dir/docs.tsv"
  for id in $(xapian-delve -a -1 "$db" | grep -a '^Q' | sed 's/^Q//'); do
    "$PLANSEARCH" show --db "$db" --json "$id" >"$dir/show.json" 2>/dev/null </dev/null ||
      { echo "show '$id' failed"; exit 1; }
    n=$((n + 1))
    jq -r '.text' "$dir/show.json" | opencc -c t2s >"$dir/doc$n.txt"
    jq -r --arg f "$dir/doc$n.txt" '[.id, (.year // "?"), ((.region // "?") | split("/")[0]),
           (.level // "?"), (.region_code // "?"), (.text | length), $f] | @tsv' \
      "$dir/show.json" >>"$dir/docs.tsv"
  done
}

# count_overlapping NGRAM FILE...: occurrences at every position (n-gram counting)
count_overlapping() {
  local g=$1
  shift
  perl -CSD -Mutf8 -e 'my ($g, @f) = @ARGV; utf8::decode($g); my $c = 0;
    for my $f (@f) { open my $h, "<:encoding(UTF-8)", $f or die; local $/; my $t = <$h>;
      $c++ while $t =~ /(?=\Q$g\E)/g }
    print "$c\n"' "$g" "$@"
}

# count_plans NGRAM FILE...: files containing it
count_plans() {
  local g=$1 n=0 f
  shift
  for f in "$@"; do grep -qF -- "$g" "$f" && n=$((n + 1)); done
  echo "$n"
}
