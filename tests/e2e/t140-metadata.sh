#!/usr/bin/env bash
# Metadata of real-shaped pages (tests/data/pages, written for this test):
# the year a meeting deployed, the place of the body the opening sentence
# names, Hong Kong in traditional script, a national body, the kind of
# document, and where each field came from.  --year, --region and --type
# answer exactly the documents whose text says so; undated pages stay
# undated rather than guessed.
. "$(dirname "$0")/lib.sh"
ps index --db "$T/db" --quiet "$PS_SOURCE_DIR/tests/data/pages"
check "the page fixtures index" status_is 0
X="--db $T/db"

ps $X --year 2016 --json
check "--year 2016: the plenary that deployed 2016 (reviewing 2015)" jq_true '[.[].id] == ["plenary.txt"]'
ps $X --year 2015 --json
check "--year 2015: nothing (the reviewed year is not the plenary's)" status_is 1
ps $X --year 2019 --json
check "--year 2019: the national meeting and the Hong Kong page" \
  jq_true '[.[].id] | sort == ["hongkong.txt", "national.txt"]'
ps $X --region 湖南 --json
check "--region 湖南: the body named in the opening sentence (宁乡市总工会)" \
  jq_true '[.[].id] == ["plenary.txt"] and .[0].region == "湖南省/长沙市/宁乡市" and .[0].level == "县"'
ps $X --region 乐山 --json
check "--region 乐山: the notice, by its signing body" jq_true '[.[].id] == ["notice.txt"]'
ps $X --region 香港 --json
check "--region 香港: the traditional-script page of 香港工會聯合會" \
  jq_true '[.[].id] == ["hongkong.txt"] and .[0].org == "香港工會聯合會"'
ps $X --type notice --json
check "--type notice: the notice that wraps a plan" jq_true '[.[].id] == ["notice.txt"]'
ps $X --type 讲话 --json
check "--type 讲话 (Chinese name): the speech" jq_true '[.[].id] == ["speech.txt"]'
ps $X --type news --json
check "--type news: the three meeting and event reports" \
  jq_true '[.[].id] | sort == ["hongkong.txt", "national.txt", "plenary.txt", "undated.txt"]'
ps $X --type 国家
check "an unknown --type is an error naming the kinds" err_has "unknown --type '国家': expected one of plan report news notice speech summary other"
check "… with exit status 2" status_is 2
ps $X 工会 --facet type --json
check "--facet type counts every kind" jq_true 'map(select(.facet == "type") | {(.value): .count}) | add | .news == 4 and .notice == 1 and .speech == 1 and .other == 1'

ps show $X national.txt --json
check "a national body's place is 全国, its level 全国" jq_true '.[0] | .region == "全国" and .level == "全国"'
check "show --json says where the year came from" jq_true '.[0] | .year_from == "deploys: 部署2019年任务"'
ps show $X plenary.txt --json
check "the headline above the publication line is the title" \
  jq_true '.[0] | .title == "宁乡市总工会召开第五届委员会第四次全体（扩大）会议" and .title_from == "first line"'
check "the org and where it was read (the headline names it)" jq_true '.[0] | .org == "宁乡市总工会" and .org_from == "title"'
ps show $X hongkong.txt --json
check "a news page without a deployed year is dated by its publication line" \
  jq_true '.[0] | .year == 2019 and (.year_from | startswith("published:"))'
ps show $X undated.txt --json
check "news with no date anywhere: no year, not a guess" jq_true '.[0] | .year == null and .type == "news"'
ps show $X founded.txt --json
check "a founding year is a mention, not the page's year" jq_true '.[0] | .year == null'
ps show $X plenary.txt
check "show prints each field's source in brackets" out_has "year:       2016  [deploys: 部署2016年工会重点任务]"
done_testing
