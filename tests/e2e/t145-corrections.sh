#!/usr/bin/env bash
# Metadata set by people: a researcher's metadata file (index --meta, CSV or
# JSON Lines) and corrections by hand (plansearch meta).  They win over
# extraction, are kept in the index through re-indexing, compaction and
# --rebuild, can be listed and taken back; a bad field or value is refused
# and changes nothing.
. "$(dirname "$0")/lib.sh"
mkdir -p "$T/pages"
cp "$PS_SOURCE_DIR"/tests/data/pages/*.txt "$T/pages/"
cd "$T" || exit 1
X="--db $T/db"
ps index $X --quiet pages
check "the page fixtures index" status_is 0

# ---- a metadata file ----
printf 'path,url,year,region,title\npages/speech.txt,http://example.org/s.html,2012,四川省/乐山市,县总工会全委会讲话\n' >meta.csv
ps index $X --quiet --meta meta.csv pages
check "index --meta with a CSV file" status_is 0
ps show $X speech.txt --json
check "the file's fields win over extraction, and say so" \
  jq_true '.[0] | .year == 2012 and .region == "四川省/乐山市" and .title == "县总工会全委会讲话" and .year_from == "metadata file"'
check "the URL is stored and shown" jq_true '.[0].url == "http://example.org/s.html"'
ps $X --year 2012 --json
check "--year finds the document by the file's year" jq_true '[.[].id] == ["speech.txt"] and .[0].url == "http://example.org/s.html"'
printf '{"path":"pages/founded.txt","year":2001,"type":"other"}\n{"path":"pages/notice.txt","level":"国家"}\n' >bad.jsonl
ps index $X --quiet --meta bad.jsonl pages
check "a bad value in a metadata file is refused, naming file and line" err_has "bad.jsonl:2: invalid level '国家'"
check "… with exit status 2" status_is 2
ps show $X founded.txt --json
check "… and nothing of that file was kept (its good first row neither)" jq_true '.[0].year == null'
printf '{"path":"pages/founded.txt","year":2001}\n' >good.jsonl
ps index $X --quiet --meta good.jsonl pages
ps show $X founded.txt --json
check "JSON Lines metadata files work too" jq_true '.[0] | .year == 2001 and .year_from == "metadata file"'

# ---- corrections ----
ps meta $X undated.txt year=2021 region=易县
check "meta ID FIELD=VALUE corrects" status_is 0
ps show $X undated.txt --json
check "the correction is in the record, marked as such" \
  jq_true '.[0] | .year == 2021 and .region == "河北省/保定市/易县" and .year_from == "correction" and .region_from == "correction"'
ps $X --region 河北 --json
check "filters see the corrected place at once" jq_true '[.[].id] == ["undated.txt"]'
ps meta $X speech.txt year=2013
ps show $X speech.txt --json
check "a correction wins over the metadata file" jq_true '.[0].year == 2013 and .[0].url == "http://example.org/s.html"'
ps meta $X --list
check "meta --list lists the corrections" out_has "undated.txt	year	2021"
check "… all of them" test "$(wc -l <"$T/out")" -eq 3
ps index $X --quiet pages
ps show $X undated.txt --json
check "re-indexing keeps the correction" jq_true '.[0].year == 2021'
ps index $X --quiet --rebuild pages
ps show $X undated.txt --json
check "--rebuild keeps the correction" jq_true '.[0].year == 2021 and .[0].region == "河北省/保定市/易县"'
ps show $X speech.txt --json
check "--rebuild keeps the metadata file's rows" jq_true '.[0].url == "http://example.org/s.html"'
ps meta $X --list
check "--rebuild keeps the corrections themselves (listed)" test "$(wc -l <"$T/out")" -eq 3
ps index $X --quiet pages
ps show $X undated.txt --json
check "… so that the next run still applies them" jq_true '.[0].year == 2021'
ps check $X
check "the index is consistent after corrections" status_is 0

ps meta $X undated.txt level=国家
check "an unknown level is refused" err_has "invalid level '国家': expected 全国 省 市 县 乡镇 基层 or none"
ps meta $X undated.txt year=2022 colour=red
check "an unknown field is refused" err_has "unknown field 'colour'"
ps show $X undated.txt --json
check "… and the valid field beside it was not kept either" jq_true '.[0].year == 2021'
ps meta $X undated.txt region=朝阳区
check "an ambiguous place is refused, naming the candidates" err_has "ambiguous region '朝阳区': 北京市/朝阳区"
ps meta $X nosuch.txt year=2020
check "a correction of a document that does not exist is refused" err_has "no document with id 'nosuch.txt'"

ps meta $X undated.txt --undo year
ps show $X undated.txt --json
check "--undo FIELD takes one correction back" jq_true '.[0].year == null and .[0].region == "河北省/保定市/易县"'
ps meta $X undated.txt --undo
ps show $X undated.txt --json
check "--undo alone takes all of a document's corrections back" jq_true '.[0].region == null'
ps meta $X --list undated.txt
check "… and none is listed" status_is 1
done_testing
