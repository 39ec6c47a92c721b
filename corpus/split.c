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

int ps_split_heading(const char *s, size_t n, size_t *title)
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
    if (!closed && i < n && s[i] != ':' && s[i] != ' ' && !ps_starts(s + i, n - i, "：") &&
        !ps_starts(s + i, n - i, "　"))
        return 0;
    while (i < n && (s[i] == ':' || s[i] == ' '))
        i++;
    while (ps_starts(s + i, n - i, "：") || ps_starts(s + i, n - i, "　"))
        i += 3;
    if (title)
        *title = i;
    return num;
}

size_t ps_split(const ps_text *t, ps_part *out, size_t max)
{
    size_t count = 0;
    int expect = 1;

    for (size_t i = 0; i < t->nlines; i++) {
        const ps_line *l = &t->lines[i];
        int num = ps_split_heading(t->fold + l->s, l->e - l->s, NULL);
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
