#!/usr/bin/env bash
# Near-duplicate folding as a user sees it, with copies made independently
# of plansearch: the traditional-script repost is written by OpenCC's own
# command (opencc -c s2t.json), not by the fold table under test, and the
# rewritten plans have a measured share of their characters replaced by
# another plan's text.  Copies fold into one hit; rewritten plans do not.
. "$(dirname "$0")/lib.sh"
command -v opencc >/dev/null || skip_all "opencc (Debian package opencc) is not installed"
command -v python3 >/dev/null || skip_all "python3 is not installed"
PLANS="$PS_SOURCE_DIR/corpus/plans"
D="$T/plans"
mkdir "$D"
cp "$PLANS/003_33c2545a96ee321c.txt" "$D/orig.txt"
opencc -c s2t.json -i "$D/orig.txt" -o "$D/trad.txt"
# a repost with one sentence added at the end
{ cat "$D/orig.txt"; echo "附：本通知另有补充说明一则。"; } >"$D/repost.txt"
# rewritten: a tenth and 30% of the characters (newlines kept), in the middle
# of the plan, replaced by another plan's text
python3 - "$D/orig.txt" "$PLANS/000_85891dc427c33ef6.txt" "$D" <<'PY'
import sys
orig = open(sys.argv[1], encoding="utf-8").read()
other = open(sys.argv[2], encoding="utf-8").read().replace("\n", "")[500:]
for frac, name in ((0.1, "r10.txt"), (0.3, "r30.txt")):
    out, src = list(orig), iter(other)
    k = int(len(orig) * frac)
    for i in range(len(orig) // 2 - k // 2, len(orig) // 2 + k // 2):
        if out[i] != "\n":
            out[i] = next(src)
    open(f"{sys.argv[3]}/{name}", "w", encoding="utf-8").write("".join(out))
PY
check "the OpenCC repost really is in traditional script" grep -q "鄭州市教科文衛體工會" "$D/trad.txt"

ps index --db "$T/db" "$D"
check "the five plans are indexed" err_has "5 added"

ps --db "$T/db" 郑州 --json --limit 50
check "a search finds three plans: the copies as one, and each rewritten plan" jq_true 'length == 3'
check "the original, its traditional repost and its extended repost are one hit of 3 copies" \
  jq_true '[.[] | select(.id == "orig.txt" or .id == "trad.txt" or .id == "repost.txt")]
           | length == 1 and .[0].folded == 2'
check "the plan with 30% of its text replaced is a hit of its own" \
  jq_true 'any(.[]; .id == "r30.txt" and .folded == 0)'
check "the plan with a tenth of its text replaced is a hit of its own" \
  jq_true 'any(.[]; .id == "r10.txt" and .folded == 0)'

ps --db "$T/db" 郑州 --count
check "--count counts the copies once" out_has "3"
ps --db "$T/db" 郑州 --all --json --limit 50
check "--all shows every copy" jq_true '[.[].id] | sort == ["orig.txt", "r10.txt", "r30.txt", "repost.txt", "trad.txt"]'
check "… none folded" jq_true 'all(.[]; .folded == 0)'

# the traditional repost alone is found by the simplified query and folds
# with the original whichever script the query is written in
ps --db "$T/db" 鄭州市教科文衛體工會 --json --limit 50
check "a traditional query folds the copies the same way" \
  jq_true '[.[] | select(.id == "orig.txt" or .id == "trad.txt" or .id == "repost.txt")]
           | length == 1 and .[0].folded == 2'
done_testing
