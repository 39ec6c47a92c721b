/*
 * Dates as signatures write them: 2012年2月6日, 二〇一二年二月十日,
 * 二0一二年一月三十一日 (blanks allowed between the parts), and the
 * signature itself: the signing body and its date.
 */
#include "corpus_int.h"

#include <stdio.h>
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

/* The month and day after a year written in s[0..k): 3月15日, 元月8号. */
static int month_day(const char *s, size_t n, size_t k, int year, int *y, int *m, int *d,
                     size_t *len)
{
    size_t i = blanks(s, n, k);
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
    /* (the first day of a span: 12月25至30日, 7月9-13日, 5月18、19日) */
    static const char *const spans[] = {"至", "-", "—", "~", "～", "、", NULL};
    for (size_t sp = 0; spans[sp]; sp++)
        if (ps_starts(s + i, n - i, spans[sp])) {
            size_t j = blanks(s, n, i + strlen(spans[sp])), k2;
            int last = day_number(s + j, n - j, &k2);
            if (last > day && last <= days_in_month(year, month))
                i = blanks(s, n, j + k2);
            break;
        }
    if (!ps_starts(s + i, n - i, "日") && !ps_starts(s + i, n - i, "号"))
        return 0;
    *y = year, *m = month, *d = day;
    *len = i + 3;
    return 1;
}

int ps_date_at(const char *s, size_t n, int *y, int *m, int *d, size_t *len)
{
    size_t k;
    int year = ps_year_at(s, n, 0, &k);

    /* the year must end in 年 itself (not 学年 or a range) */
    if (!year || k < 3 || memcmp(s + k - 3, "年", 3) != 0)
        return 0;
    return month_day(s, n, k, year, y, m, d, len);
}

int ps_roc_date_at(const char *s, size_t n, int *y, int *m, int *d, size_t *len)
{
    size_t k = 0;
    int v = 0;
    while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9')
        v = v * 10 + (s[k++] - '0');
    /* (民国98年5月12日, 108年3月1日: 1971–2041, as roc years are read;
       a notice set with spaces, 115 年 1 月 12 日, as month_day allows) */
    size_t at = blanks(s, n, k);
    if (k < 2 || (k < n && s[k] >= '0' && s[k] <= '9') || v < 60 || v > 130 ||
        !ps_starts(s + at, n - at, "年"))
        return 0;
    return month_day(s, n, at + 3, v + 1911, y, m, d, len);
}

int ps_month_day_at(const char *s, size_t n, int *m, int *d, size_t *len)
{
    int y;
    /* (a leap year, so that 2月29日 is a day) */
    return month_day(s, n, 0, 2000, &y, m, d, len);
}

int ps_date_in(const char *s, size_t n)
{
    int y, m, d;
    size_t len;
    for (size_t i = 0; i < n; i++)
        if (ps_date_at(s + i, n - i, &y, &m, &d, &len))
            return 1;
    return 0;
}

/* The whole of s is a date in digits: 2012-02-06, 2012.2.6, 2012/2/6. */
static int numeric_date(const char *s, size_t n, int *y, int *m, int *d)
{
    int v[3] = {0, 0, 0}, part = 0;
    size_t digits = 0;
    char sep = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9' && digits < 4) {
            v[part] = v[part] * 10 + (s[i] - '0');
            digits++;
        } else if ((s[i] == '-' || s[i] == '.' || s[i] == '/') && part < 2 &&
                   digits > 0 && (!sep || sep == s[i])) {
            sep = s[i], part++, digits = 0;
        } else {
            return 0;
        }
    }
    if (part != 2 || digits == 0 || v[0] < 1949 || v[0] > 2099 || v[1] < 1 ||
        v[1] > 12 || v[2] < 1 || v[2] > 31)
        return 0;
    *y = v[0], *m = v[1], *d = v[2];
    return 1;
}

/* The signing body on the nearest non-empty line above line i, if any. */
static int body_above(const ps_text *t, size_t i, size_t *bs, size_t *be)
{
    for (size_t j = i; j-- > 0;) {
        const ps_line *p = &t->lines[j];
        const char *s = t->fold + p->s;
        size_t n = p->e - p->s;
        if (n == 0)
            continue;
        if ((p->flags & PS_LINE_BOILER) || n > 90 || !ps_org_like(s, n) ||
            ps_has_any(s, n, ps_sentence_punct) || ps_date_in(s, n))
            return 0;
        *bs = p->s, *be = p->e;
        return 1;
    }
    return 0;
}

/*
 * The signature: a line ending with a date (二〇一二年二月十日, or in
 * parentheses under a title), the body before it on the same line or on
 * the line above; or a date in digits alone on a line under a body's name.
 * The first whose body agrees with `org` (either unknown, or one name
 * containing the other): a notice forwarding another body's plan is signed
 * by the forwarder, and its date is not the plan's.
 */
int ps_signature_find(const ps_text *t, const char *org, size_t orglen,
                      ps_signature *sig)
{
    for (size_t i = 0; i < t->nlines; i++) {
        const ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s, len, off = 0;
        if ((l->flags & PS_LINE_BOILER) || n == 0 || n > 150 ||
            ps_has_any(s, n, ps_sentence_punct))
            continue;
        /* (2013年1月10日) */
        if ((ps_starts(s, n, "(") || ps_starts(s, n, "（")) &&
            (ps_ends(s, n, ")") || ps_ends(s, n, "）"))) {
            off = s[0] == '(' ? 1 : 3;
            n -= off + (s[n - 1] == ')' ? 1 : 3);
            s += off;
            /* (2014年3月11日 某某总工会第十二届委员会第七次全体会议通过):
               adopted on that day */
            if (ps_ends(s, n, "通过") &&
                ps_date_at(s, n, &sig->y, &sig->m, &sig->d, &len)) {
                sig->os = sig->oe = 0;
                return 1;
            }
        }
        size_t bs = 0, be = 0;
        int found = 0;
        if (numeric_date(s, n, &sig->y, &sig->m, &sig->d)) {
            /* digits alone could be anything: only under a body's name */
            if (!body_above(t, i, &bs, &be))
                continue;
            found = 1;
        }
        for (size_t at = 0; at < n && !found; at++) {
            if ((s[at] & 0xC0) == 0x80 ||
                !ps_date_at(s + at, n - at, &sig->y, &sig->m, &sig->d, &len))
                continue;
            if (at + len != n)
                break; /* 2012年1月31日印发: a print line, not a signature */
            bs = l->s + off, be = l->s + off + at;
            while (be > bs && (t->fold[be - 1] == ' '))
                be--;
            if (be == bs) {
                if (!body_above(t, i, &bs, &be))
                    bs = be = 0;
            } else if (!ps_org_like(t->fold + bs, be - bs) ||
                       ps_find(t->fold + bs, be - bs, ":") != (size_t)-1) {
                break; /* 召开时间:2013年3月8日 is no signature */
            }
            found = 1;
        }
        if (!found)
            continue;
        sig->os = bs, sig->oe = be;
        if (bs == be || !org)
            return 1;
        /* both named: they must agree */
        if (ps_contains(org, orglen, t->fold + bs, be - bs) ||
            ps_contains(t->fold + bs, be - bs, org, orglen))
            return 1;
        /* 镇工会 in the title, 王庆坨镇总工会 signing: one body */
        char full[256];
        size_t u = strlen("工会");
        if (orglen > u && orglen + 4 < sizeof full && !memcmp(org + orglen - u, "工会", u) &&
            (orglen < u + 3 || memcmp(org + orglen - u - 3, "总", 3))) {
            snprintf(full, sizeof full, "%.*s总工会", (int)(orglen - u), org);
            if (ps_contains(t->fold + bs, be - bs, full, strlen(full)))
                return 1;
        }
    }
    return 0;
}
