#!/usr/bin/env bash
# Queries as typed: parentheses glued to text are part of the phrase, a
# pasted headline's separators are skipped, lower-case operators get a hint;
# show takes a file's id without #1 and the path a search printed.
. "$(dirname "$0")/lib.sh"
mkdir -p "$T/p"
cat >"$T/p/news.txt" <<'DOC'
某某县总工会召开全委(扩大)会议
近日,某某县总工会召开十五届三次全委(扩大)会议,部署全年工作。
DOC
cat >"$T/p/other.txt" <<'DOC'
某某市总工会工作要点
全委会议要扩大覆盖面,扩大集体协商。
DOC
ps index --db "$T/db" --quiet "$T/p"
check "the pages are indexed" status_is 0

ps --db "$T/db" '全委(扩大)会议' --json
check "全委(扩大)会议 is one phrase: only the plan that writes it" jq_true 'map(.id) == ["news.txt"]'
ps --db "$T/db" '全委(扩大)会议' --explain
check "--explain shows one part, the whole phrase" out_has '全委(扩大)会议'
ps --db "$T/db" '某某县总工会召开全委(扩大)会议 - 新闻中心 - 某某网' --json
check "a pasted headline with its site's tail is not refused" status_is 1
check "no error for the separators" err_lacks "malformed"
ps --db "$T/db" '某某县总工会召开全委(扩大)会议 -' --json
check "a headline ending in a pasted '-' finds the page" jq_true 'map(.id) == ["news.txt"]'
ps --db "$T/db" '(全委(扩大)会议 OR 集体协商) 总工会' --json
check "groups still work around glued parentheses" jq_true 'map(.id) | sort == ["news.txt", "other.txt"]'
ps --db "$T/db" '(全委 会议'
check "an unbalanced group is still refused" status_is 2
ps --db "$T/db" 全委 or 集体协商
check "a lower-case or gets a hint on stderr" err_has "note: 'or' is searched as a word; operators are written in capitals (OR)"
ps --db "$T/db" 全委 OR 集体协商
check "OR gets no hint" err_lacks "note:"

ps --db "$T/db" 十五届三次 --json
path=$(jq -r .path "$T/out")
ps show --db "$T/db" "$path"
check "show takes the path a search printed" out_has "id:         news.txt"
ps show --db "$T/db" news.txt#1
check "show takes news.txt#1 for a file of one document" out_has "id:         news.txt"
ps show --db "$T/db" "$T/p/none.txt"
check "an unknown path is no document" status_is 1
ps show --db "$PS_E2E_DB" 001_b15d1195fe800da6.txt
check "a file of several documents, named without #N, is refused" status_is 2
check "the refusal names the ids to use" err_has "'001_b15d1195fe800da6.txt#1'"
done_testing
