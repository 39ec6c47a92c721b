#!/usr/bin/env bash
# Page furniture: content is never dropped as furniture (a plan's month
# table stays searchable), furniture lines are kept in the record apart from
# the body (show marks them, show --json lists them), are never searched,
# and still give the metadata its evidence (the publication year).
. "$(dirname "$0")/lib.sh"
mkdir -p "$T/pages"
cat >"$T/pages/hosp.txt" <<'DOC'
当前位置:首页 > 工会工作 > 正文
某某医院工会2019年工作计划
来源:某某市总工会 发布时间:2019-02-20 10:31 浏览次数:120
分享到:
一、指导思想
以服务职工为中心,做好全年工会工作。
二、活动安排
时间 |
活动内容 |
九月 |
艺术节 篮球比赛 中秋节 |
十月 |
趣味运动会 健步走 |
十一月 |
登山比赛 |
版权所有:某某市总工会 京ICP备12345678号
DOC
cat >"$T/pages/news.txt" <<'DOC'
某某县总工会召开全委会议
来源:某某县总工会 发布时间:2016-03-02 09:00
近日,某某县总工会召开全委(扩大)会议,部署今年工会工作。
会议要求,各级工会要切实维护职工合法权益。
DOC
ps index --db "$T/db" --quiet "$T/pages"
check "the pages are indexed" status_is 0

for term in 趣味运动会 健步走 登山比赛 十一月; do
  ps --db "$T/db" "$term" --json
  check "a term of the plan's month table ($term) finds the plan" jq_true 'length == 1 and .[0].id == "hosp.txt"'
done

for term in 浏览次数 分享到 京ICP备12345678号 当前位置; do
  ps --db "$T/db" "$term"
  check "a term only in page furniture ($term) finds nothing" status_is 1
done

ps show --db "$T/db" hosp.txt
check "show exits 0" status_is 0
check "show marks the furniture apart from the text" out_has "page furniture (kept apart from the text, not searched):"
check "show lists the publication line as furniture" out_has "  | 来源:某某市总工会 发布时间:2019-02-20 10:31 浏览次数:120"
check "show lists the copyright line as furniture" out_has "  | 版权所有:某某市总工会 京ICP备12345678号"
check "show keeps the month table in the text" out_has "趣味运动会 健步走 |"

ps show --db "$T/db" hosp.txt --json
check "show --json has the furniture lines, in order" \
  jq_true '.[0].furniture == ["当前位置:首页 > 工会工作 > 正文", "来源:某某市总工会 发布时间:2019-02-20 10:31 浏览次数:120", "分享到:", "版权所有:某某市总工会 京ICP备12345678号"]'
check "show --json's text holds no furniture line" jq_true '.[0].text | contains("浏览次数") | not'

ps show --db "$T/db" news.txt --json
check "the publication line in the furniture still dates the news (2016)" \
  jq_true '.[0].year == 2016 and (.[0].year_from | startswith("published"))'
check "the news's furniture is its publication line" \
  jq_true '.[0].furniture == ["来源:某某县总工会 发布时间:2016-03-02 09:00"]'
done_testing
