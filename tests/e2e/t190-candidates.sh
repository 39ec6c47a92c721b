#!/usr/bin/env bash
# keyness and collocates list terms: fragments (的要求, 企业和) and page
# furniture words (查看, 文档) never rank, a term of a single plan does not
# top the list, and each term's dispersion is shown.
. "$(dirname "$0")/lib.sh"
mkdir -p "$T/p"
X=(x 上级 文件 职工 会议)
Y=(y 职工 员工 单位 社会)
Z=(z 台账 资料 记录 档案)
for i in 1 2 3 4; do
  {
    echo "某某${i}县总工会2012年工作要点"
    for k in 1 2 3; do
      echo "一、按照${X[$i]}的要求，推进工资集体协商，引导企业和${Y[$i]}共同发展。"
      echo "二、定期查看${Z[$i]}，整理文档。"
    done
    [ "$i" = 1 ] && for k in 1 2 3 4 5 6 7 8 9 10; do echo "二、独门绝技比武活动。"; done
    echo "三、加强基层组织建设。"
  } >"$T/p/a$i.txt"
  {
    echo "某某${i}市总工会2015年工作要点"
    echo "一、加强基层组织建设，做好困难职工帮扶，开展劳动竞赛。"
    echo "二、推进职工之家建设，丰富职工文化生活。"
  } >"$T/p/b$i.txt"
done
ps index --db "$T/db" --quiet "$T/p"
check "the plans are indexed" status_is 0
ps keyness --db "$T/db" --all --year 2012 --vs --year 2015 --min 2 --min-plans 1 --json
check "keyness exits 0 with terms" status_is 0
check "a real term ranks (…集体…)" jq_true '.[0].terms | map(.term) | any(contains("集体"))'
for frag in 的要求 企业和 查看 文档; do
  check "no listed term holds the fragment or furniture word $frag" \
    jq_true ".[0].terms | map(.term) | all(contains(\"$frag\") | not)"
done
check "a term of one plan (独门绝技比武) is not listed: every term is in 2 plans of A" \
  jq_true '.[0].terms | all(.a_plans >= 2)'
check "each term has its dispersion, the share of A's plans holding it" \
  jq_true '.[0].terms | all(.a_dispersion == .a_plans / 4)'
ps keyness --db "$T/db" --all --year 2012 --vs --year 2015 --min 2 --min-plans 1
check "the table shows dispersion" out_has "A disp"
ps collocates --db "$T/db" --all 集体协商 --min 2 --json
check "collocates lists no fragment" \
  jq_true '.[0].collocates | map(.ngram) | all((contains("的要求") or contains("企业和") or contains("查看")) | not)'
check "collocates shows dispersion" jq_true '.[0].collocates | all(has("dispersion"))'
done_testing
