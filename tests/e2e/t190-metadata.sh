#!/usr/bin/env bash
# Metadata read from titles as plans write them, as a user sees it in the
# hits and filters on it: 2016年度 is the year 2016 and the issuing body is
# the name after it (not 度…); a school year's second term is the later year.
. "$(dirname "$0")/lib.sh"
D="$T/plans"
mkdir "$D"
printf '2016年度市直机关工会工作要点\n一、加强职工之家建设，开展读书活动。\n二、推进厂务公开，健全职代会制度。\n' >"$D/du.txt"
printf '实验中学2017-2018学年第二学期工会工作计划\n一、开展教职工健步走活动。\n二、做好教职工体检工作。\n' >"$D/term.txt"
ps index --db "$T/db" "$D"
check "two plans are indexed" err_has "2 added"
ps --db "$T/db" 职工之家 --json
check "2016年度…: year 2016" jq_true '.[0].year == 2016'
check "… issued by 市直机关工会 (the name after the year)" jq_true '.[0].org == "市直机关工会"'
ps --db "$T/db" 工会 --year 2016 --json
check "--year 2016 finds it" jq_true '[.[].id] == ["du.txt"]'
ps --db "$T/db" 健步走 --json
check "2017-2018学年第二学期: the second term is in 2018" jq_true '.[0].year == 2018'
done_testing
