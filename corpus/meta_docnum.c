/*
 * Document numbers (发文字号): an issuer's abbreviation, the year in
 * brackets and a serial number — 乐工教科文卫体[2012]2号, 京工发〔2012〕15号,
 * 总工办发(2012)第3号.
 */
#include "corpus_int.h"

#include <string.h>

static const char *const opens[] = {"[", "〔", "［", "【", "(", "（", "﹝", "〖", NULL};
static const char *const closes[] = {"]", "〕", "］", "】", ")", "）", "﹞", "〗", NULL};

static size_t one_of(const char *s, size_t n, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (ps_starts(s, n, list[k]))
            return strlen(list[k]);
    return 0;
}

/* A CJK ideograph (the issuer abbreviation is made of them). */
static int ideograph(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0xF900 && cp <= 0xFAFF);
}

size_t ps_docnum_at(const char *s, size_t n)
{
    size_t i = 0, chars = 0, k;
    uint32_t cp;

    while (i < n && chars < 16) {
        k = ps_u8_next(s + i, n - i, &cp);
        if (!ideograph(cp))
            break;
        i += k, chars++;
    }
    if (chars == 0 || chars > 15 || !(k = one_of(s + i, n - i, opens)))
        return 0;
    i += k;
    for (int d = 0; d < 4; d++, i++)
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
    if (!(k = one_of(s + i, n - i, closes)))
        return 0;
    i += k;
    if (ps_starts(s + i, n - i, "第"))
        i += 3;
    size_t digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && digits < 5)
        i++, digits++;
    if (digits == 0)
        return 0;
    if (ps_starts(s + i, n - i, "号") || ps_starts(s + i, n - i, "號"))
        return i + 3;
    return 0;
}

/*
 * The plan's own number stands alone on a line near the top (above the
 * title, or in the first 20 lines); numbers cited in the body are other
 * documents'.
 */
int ps_docnum_find(const ps_text *t, size_t until, char **out)
{
    size_t limit = until < 20 ? 20 : until;
    for (size_t i = 0; i < t->nlines && i < limit; i++) {
        const ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s, ht, he;
        if (l->flags & PS_LINE_BOILER)
            continue;
        if (ps_split_heading(s, n, &ht, &he))
            s += ht, n = he - ht;
        if (ps_starts(s, n, "文号:"))
            s += 7, n -= 7;
        size_t len = ps_docnum_at(s, n);
        /* alone on its line, or followed by a short 签发人 … */
        if (!len || (n > len && (n - len > 40 || s[len] != ' ')))
            continue;
        /* one spelling for filters: folded, square brackets */
        int rc = PS_OK;
        ps_buf b = PS_BUF_INIT;
        static const char *const brackets[] = {"〔", "［", "【", "(", "（", "﹝", "〖",
                                               "〕", "］", "】", ")", "）", "﹞", "〗",
                                               NULL};
        for (size_t j = 0; j < len;) {
            size_t k = 0;
            for (size_t w = 0; brackets[w] && !k; w++)
                if (ps_starts(s + j, len - j, brackets[w])) {
                    k = strlen(brackets[w]);
                    ps_buf_putc(&rc, &b, w < 7 ? '[' : ']');
                }
            if (!k) {
                ps_buf_putc(&rc, &b, s[j]);
                k = 1;
            }
            j += k;
        }
        *out = rc ? NULL : ps_buf_detach(&b, NULL);
        ps_buf_release(&b);
        return *out ? PS_OK : PS_ENOMEM;
    }
    *out = NULL;
    return PS_OK;
}
