/*
 * Dates as signatures write them: 2012年2月6日, 二〇一二年二月十日,
 * 二0一二年一月三十一日 (blanks allowed between the parts).
 */
#include "corpus_int.h"

#include <string.h>

/* 1–31 in Arabic digits or Chinese numerals (十, 二十一, 三十一); 0 if none. */
static int day_number(const char *s, size_t n, size_t *len)
{
    static const char *const cn[] = {"〇", "一", "二", "三", "四",
                                     "五", "六", "七", "八", "九"};
    size_t i = 0;
    int v = 0;

    if (n > 0 && s[0] >= '0' && s[0] <= '9') {
        while (i < n && i < 2 && s[i] >= '0' && s[i] <= '9')
            v = v * 10 + (s[i++] - '0');
        if (i < n && s[i] >= '0' && s[i] <= '9')
            return 0;
        *len = i;
        return v;
    }
    int tens = -1, units = -1;
    for (;;) {
        int d = -1;
        for (int k = 1; k < 10; k++)
            if (ps_starts(s + i, n - i, cn[k]))
                d = k;
        if (d > 0 && units < 0 && (tens < 0 || i > 0)) {
            units = d;
            i += 3;
        } else if (ps_starts(s + i, n - i, "十") && tens < 0) {
            tens = units < 0 ? 1 : units;
            units = -1;
            i += 3;
        } else {
            break;
        }
    }
    if (tens < 0 && units < 0)
        return 0;
    v = (tens < 0 ? 0 : tens * 10) + (units < 0 ? 0 : units);
    *len = i;
    return v;
}

static size_t blanks(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    while (ps_starts(s + i, n - i, "　"))
        i += 3;
    return i;
}

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

int ps_date_at(const char *s, size_t n, int *y, int *m, int *d, size_t *len)
{
    size_t k, i;
    int year = ps_year_at(s, n, 0, &k);

    /* the year must end in 年 itself (not 学年 or a range) */
    if (!year || k < 3 || memcmp(s + k - 3, "年", 3) != 0)
        return 0;
    i = blanks(s, n, k);
    /* 元月 is January */
    int month = ps_starts(s + i, n - i, "元") ? (k = 3, 1) : day_number(s + i, n - i, &k);
    if (month < 1 || month > 12)
        return 0;
    i = blanks(s, n, i + k);
    if (!ps_starts(s + i, n - i, "月"))
        return 0;
    i = blanks(s, n, i + 3);
    int day = day_number(s + i, n - i, &k);
    if (day < 1 || day > days_in_month(year, month))
        return 0;
    i = blanks(s, n, i + k);
    if (!ps_starts(s + i, n - i, "日") && !ps_starts(s + i, n - i, "号"))
        return 0;
    *y = year, *m = month, *d = day;
    *len = i + 3;
    return 1;
}
