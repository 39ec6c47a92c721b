#!/usr/bin/env bash
# NEAR/n counts the characters between two matches exactly: NEAR/0 means
# touching (工会组织), not one character apart (工会的组织); NEAR/1 allows
# one; either order.  The same for spaces and punctuation between them.
. "$(dirname "$0")/lib.sh"
D="$T/plans"
mkdir "$D"
printf '甲单位2019年工作要点\n一、加强工会组织建设，完善制度。\n' >"$D/touch.txt"
printf '乙单位2018年工作计划\n一、健全工会的组织体系，提高效能。\n' >"$D/gap1.txt"
printf '丙单位2017年工作安排\n一、推进组织工会建设，扩大覆盖。\n' >"$D/reverse.txt"
printf '丁单位2016年工作思路\n一、发挥工会，组织开展劳动竞赛。\n' >"$D/comma.txt"
printf '戊单位2015年工作打算\n一、壮大工会基层组织，夯实基础。\n' >"$D/gap2.txt"
ps index --db "$T/db" "$D"
check "five plans are indexed" err_has "5 added"
ids() { jq -r .id "$T/out" | sort | tr '\n' ' '; }
ps --db "$T/db" 工会 NEAR/0 组织 --all --json
check "NEAR/0: only the touching matches, either order" test "$(ids)" = "reverse.txt touch.txt "
ps --db "$T/db" 工会 NEAR/1 组织 --all --json
check "NEAR/1: one character (的, or a comma) between is allowed" \
  test "$(ids)" = "comma.txt gap1.txt reverse.txt touch.txt "
ps --db "$T/db" 工会 NEAR/2 组织 --all --json
check "NEAR/2: two characters (基层) between too" \
  test "$(ids)" = "comma.txt gap1.txt gap2.txt reverse.txt touch.txt "
ps --db "$T/db" 组织 NEAR/0 工会 --all --json
check "NEAR/0 is symmetric" test "$(ids)" = "reverse.txt touch.txt "
ps --db "$T/db" 工会 NEAR/0 组织 --count
check "--count agrees" test "$(cat "$T/out")" = 2
done_testing
