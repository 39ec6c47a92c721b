#!/usr/bin/env bash
# Character offsets a user relies on, checked against the stored text that
# `show --json` returns and against OpenCC's own conversion: snippet
# highlights (also in snippets cut on the left, which start with "…"),
# KWIC offsets in --json and --csv, and `show --raw`.
. "$(dirname "$0")/lib.sh"
command -v opencc >/dev/null || skip_all "opencc (Debian package opencc) is not installed"
command -v python3 >/dev/null || skip_all "python3 is not installed"
DB=$PS_E2E_DB

# ---- snippets ---------------------------------------------------------------
# the stored text of every plan, once
ps --db "$DB" 工会 --all --limit 100 --json
for id in $(jq -r .id "$T/out"); do
  "$PLANSEARCH" show --db "$DB" "$id" --json
done >"$T/docs.json" 2>/dev/null
check "the stored texts of all nine plans are read" test "$(jq -s length "$T/docs.json")" -eq 9
for q in 集体协商 工会 职工之家 两个普遍; do
  ps --db "$DB" "$q" --all --limit 100 --json
  cp "$T/out" "$T/hits.json"
  # every highlighted span, in simplified script by OpenCC, is the query
  jq -r '.snippets[] | . as $s | $s.matches[] | $s.text[.[0]:.[1]]' "$T/hits.json" \
    | opencc -c t2s.json | sort -u >"$T/spans"
  check "'$q': highlighted spans exist" test -s "$T/spans"
  check "'$q': every highlighted span is the query (OpenCC t2s of the span)" \
    test "$(cat "$T/spans")" = "$q"
  # every snippet, without its "…" ends, is a piece of its plan's stored
  # text (white space runs shown as one space)
  check "'$q': every snippet is a piece of its plan's stored text" \
    python3 - "$T/docs.json" "$T/hits.json" <<'PY'
import json, re, sys
texts = {d["id"]: re.sub(r"[\s\u3000]+", " ", d["text"])
         for d in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
bad = 0
for h in map(json.loads, open(sys.argv[2], encoding="utf-8")):
    for s in h["snippets"]:
        core = s["text"].removeprefix("…").removesuffix("…")
        if core not in texts[h["id"]]:
            bad += 1
            print(f"  {h['id']}: snippet not in the stored text: {s['text']}")
sys.exit(1 if bad else 0)
PY
done
ps --db "$DB" 集体协商 --all --limit 100 --json
check "some snippet is cut on the left (starts with …) and has a highlight" \
  jq_true 'any(.[].snippets[]; (.text | startswith("…")) and (.matches | length) > 0)'
check "… whose highlight is exactly the query as the plan wrote it" jq_true '
  [.[].snippets[] | select(.text | startswith("…")) | . as $s | $s.matches[] | $s.text[.[0]:.[1]]]
  | length > 0 and all(.[]; . == "集體協商" or . == "集体协商")'

# ---- KWIC --------------------------------------------------------------------
ps --db "$DB" 集体协商 --kwic --json
check "--kwic --json exits 0" status_is 0
cp "$T/out" "$T/kwic.json"
check "--kwic lists several matches" jq_true 'length >= 5'
bad=0
for id in $(jq -r .id "$T/kwic.json" | sort -u); do
  jq -s -e --arg id "$id" '(.[0] | map(select(.id == $id)) | .[0].text) as $t | .[1] | map(select(.id == $id))
    | length > 0 and all(.[]; $t[.offset:.offset + (.match | length)] == .match)' \
    <(jq -s . "$T/docs.json") <(jq -s . "$T/kwic.json") >/dev/null || { bad=$((bad + 1)); echo "  $id: an offset does not point at its match"; }
done
check "every KWIC offset is the match's position in characters of the stored text" test "$bad" -eq 0
check "KWIC left and right contexts are at most 20 characters" \
  jq_true 'all(.[]; (.left | length) <= 20 and (.right | length) <= 20)'
check "… and the match is the query as the plan wrote it" \
  jq_true 'all(.[]; .match == "集體協商" or .match == "集体协商")'

ps --db "$DB" 集体协商 --kwic --csv
check "--kwic --csv exits 0" status_is 0
python3 - "$T/out" "$T/kwic.json" >"$T/cmp" 2>&1 <<'PY'
import csv, io, json, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no byte order mark"
assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "line ends are not CRLF"
rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))
assert rows[0][:6] == ["id", "rank", "offset", "left", "match", "right"], rows[0]
assert rows[0][6:] == ["provenance_index", "provenance_version", "provenance_query",
                       "provenance_filters", "provenance_date"], rows[0]
assert all(r[8] == "集体协商" for r in rows[1:]), "provenance_query"
rows = [r[:6] for r in rows]
want = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
got = [dict(zip(rows[0], r)) for r in rows[1:]]
assert len(got) == len(want), (len(got), len(want))
for g, w in zip(got, want):
    for k in rows[0]:
        assert g[k] == str(w[k]), (k, g[k], w[k])
print("same")
PY
check "--kwic --csv has the header and the same rows as --kwic --json" grep -qx same "$T/cmp"
[ -s "$T/cmp" ] && grep -vx same "$T/cmp" | head -3

# ---- show --raw ----------------------------------------------------------------
f=002_7479f0db71bd9e90.txt
ps show --db "$DB" "$f" --raw
check "show --raw exits 0" status_is 0
# the text follows the metadata block and one empty line
sed '1,/^$/d' "$T/out" >"$T/raw"
check "show --raw prints the file's text as it was read (a UTF-8 file: its bytes)" \
  cmp -s "$T/raw" <(cat "$PS_SOURCE_DIR/corpus/plans/$f"; echo)
check "… including the breadcrumb line that searches leave out" grep -q "当前位置" "$T/raw"
ps show --db "$DB" "$f"
sed '/^page furniture (kept apart from the text, not searched):$/,$d' "$T/out" >"$T/text"
check "plain show leaves the breadcrumb out of the text" sh -c '! grep -q 当前位置 "$1"' _ "$T/text"
check "… and shows it apart, as page furniture" sh -c 'sed -n "/^page furniture/,\$p" "$1" | grep -q 当前位置' _ "$T/out"
done_testing
