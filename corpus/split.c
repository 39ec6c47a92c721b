/*
 * Compilations: pages that hold several documents, each under a heading
 * 第一篇：… 第二篇：… (or 篇一 / 【篇二】, as essay sites write them).
 */
#include "corpus_int.h"

#include <string.h>

/* Chinese (一 … 九十九) or Arabic number at s; value, *len bytes. */
static int small_number(const char *s, size_t n, size_t *len)
{
    static const char *const digits[] = {"零", "一", "二", "三", "四",
                                         "五", "六", "七", "八", "九"};
    size_t i = 0;
    int v = 0, cur = -1, any = 0;

    if (n > 0 && s[0] >= '0' && s[0] <= '9') {
        while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
            v = v * 10 + (s[i++] - '0');
        *len = i;
        return v;
    }
    while (i < n) {
        int d = -1;
        for (int k = 0; k < 10; k++)
            if (ps_starts(s + i, n - i, digits[k]))
                d = k;
        if (d >= 0) {
            cur = d;
            i += 3, any = 1;
        } else if (ps_starts(s + i, n - i, "十")) {
            v += (cur < 0 ? 1 : cur) * 10;
            cur = -1;
            i += 3, any = 1;
        } else {
            break;
        }
    }
    if (!any)
        return 0;
    if (cur > 0)
        v += cur;
    *len = i;
    return v > 0 && v < 100 ? v : 0;
}

/* A heading at the start of s: 第三篇：…, 篇二：…, 【篇三】…; its title after. */
static int leading_heading(const char *s, size_t n, size_t *title)
{
    size_t i = 0, k;
    int num;

    if (ps_starts(s, n, "【"))
        i += 3;
    if (ps_starts(s + i, n - i, "第")) {
        i += 3;
        num = small_number(s + i, n - i, &k);
        if (!num || !ps_starts(s + i + k, n - i - k, "篇"))
            return 0;
        i += k + 3;
    } else if (ps_starts(s + i, n - i, "篇")) {
        i += 3;
        num = small_number(s + i, n - i, &k);
        if (!num)
            return 0;
        i += k;
    } else {
        return 0;
    }
    int closed = ps_starts(s + i, n - i, "】");
    if (closed)
        i += 3;
    /* the heading ends, or its title follows after a colon or blank */
    if (!closed && i < n && s[i] != ':' && s[i] != ' ' &&
        !ps_starts(s + i, n - i, "：") && !ps_starts(s + i, n - i, "　"))
        return 0;
    while (i < n && (s[i] == ':' || s[i] == ' '))
        i++;
    while (ps_starts(s + i, n - i, "：") || ps_starts(s + i, n - i, "　"))
        i += 3;
    *title = i;
    return num;
}

/* Where a run of digits or Chinese numerals ending at s[e] begins. */
static size_t numeral_start(const char *s, size_t e)
{
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七",
                                     "八", "九", "十", "〇", "零", NULL};
    for (;;) {
        if (e > 0 && s[e - 1] >= '0' && s[e - 1] <= '9') {
            e--;
            continue;
        }
        int found = 0;
        for (size_t k = 0; cn[k] && !found; k++)
            if (e >= 3 && memcmp(s + e - 3, cn[k], 3) == 0)
                found = 1;
        if (!found)
            return e;
        e -= 3;
    }
}

/*
 * A heading at the end of s, as essay sites number the plans of a
 * collection: 小学工会工作计划 【篇1】, 工会工作计划范本 篇2, … 第三篇.
 * The title is what precedes it; *start receives where the heading begins.
 */
static int trailing_heading(const char *s, size_t n, size_t *start)
{
    size_t e = n, h, k, m;
    int bracket = 0, num;

    if (ps_ends(s, e, "】"))
        e -= 3, bracket = 1;
    else if (ps_ends(s, e, "）"))
        e -= 3, bracket = 3;
    else if (e > 0 && s[e - 1] == ')')
        e -= 1, bracket = 2;
    if (e >= 3 && memcmp(s + e - 3, "篇", 3) == 0) {
        /* … 第三篇 */
        size_t j = e - 3;
        m = numeral_start(s, j);
        if (m == j || m < 3 || memcmp(s + m - 3, "第", 3) != 0)
            return 0;
        num = small_number(s + m, j - m, &k);
        if (!num || k != j - m)
            return 0;
    } else {
        /* … 篇2 */
        m = numeral_start(s, e);
        if (m == e || m < 3 || memcmp(s + m - 3, "篇", 3) != 0)
            return 0;
        num = small_number(s + m, e - m, &k);
        if (!num || k != e - m)
            return 0;
    }
    h = m - 3;
    if (bracket == 1) {
        if (h < 3 || memcmp(s + h - 3, "【", 3) != 0)
            return 0;
        h -= 3;
    } else if (bracket == 2) {
        if (h < 1 || s[h - 1] != '(')
            return 0;
        h -= 1;
    } else if (bracket == 3) {
        if (h < 3 || memcmp(s + h - 3, "（", 3) != 0)
            return 0;
        h -= 3;
    } else if (h > 0 && s[h - 1] != ' ' && !(h >= 3 && !memcmp(s + h - 3, "　", 3))) {
        return 0; /* 详见本书第三篇: prose, not a heading */
    }
    if (ps_find(s, h, "。") != (size_t)-1 || ps_find(s, h, "，") != (size_t)-1 ||
        ps_find(s, h, ",") != (size_t)-1)
        return 0;
    *start = h;
    return num;
}

int ps_split_heading(const char *s, size_t n, size_t *ts, size_t *te)
{
    size_t t = 0;
    int num = leading_heading(s, n, &t);
    if (num) {
        if (ts)
            *ts = t;
        if (te)
            *te = n;
        return num;
    }
    num = trailing_heading(s, n, &t);
    if (!num)
        return 0;
    while (t > 0 && (s[t - 1] == ' ' || (t >= 3 && !memcmp(s + t - 3, "　", 3))))
        t -= s[t - 1] == ' ' ? 1 : 3;
    if (ts)
        *ts = 0;
    if (te)
        *te = t;
    return num;
}

size_t ps_split(const ps_text *t, ps_part *out, size_t max)
{
    size_t count = 0;
    int expect = 1;

    for (size_t i = 0; i < t->nlines; i++) {
        const ps_line *l = &t->lines[i];
        int num = ps_split_heading(t->fold + l->s, l->e - l->s, NULL, NULL);
        /* headings must count 1, 2, 3 …: a lone 第三篇 is prose */
        if (num != expect)
            continue;
        if (count > 0 && count <= max)
            out[count - 1].end = i;
        if (count < max)
            out[count].first = count == 0 ? 0 : i;
        count++;
        expect++;
    }
    if (count < 2)
        return 0;
    if (count <= max)
        out[count - 1].end = t->nlines;
    return count;
}
