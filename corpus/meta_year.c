/*
 * Years as plans write them: 2012年, 2012年度, 二〇一二年, 二○○八年 (a white
 * circle for zero), 二0一二年 and 二O一二年 (a digit or a letter O for
 * zero), 2017-2018学年第二学期 (the school year's second term is in 2018).
 * Works on folded or unfolded text alike.
 */
#include "corpus_int.h"

#include <string.h>

/* Characters that write a zero in a Chinese-numeral year. */
static const char *const zeros[] = {"〇", "○", "◯", "零", "Ｏ", "о", "О", NULL};
static const char *const cn_digits[] = {"〇", "一", "二", "三", "四",
                                        "五", "六", "七", "八", "九"};

enum { D_NONE = 0, D_ASCII, D_CHINESE, D_LETTER };

/* One digit character at s: its value, kind and byte length. */
static int digit_at(const char *s, size_t n, int *val, size_t *len)
{
    if (n == 0)
        return D_NONE;
    if (s[0] >= '0' && s[0] <= '9') {
        *val = s[0] - '0', *len = 1;
        return D_ASCII;
    }
    if (s[0] == 'O' || s[0] == 'o') {
        *val = 0, *len = 1;
        return D_LETTER;
    }
    /* (most characters are none of these: a byte test first, as this runs
       at every character of a page) */
    unsigned char c0 = (unsigned char)s[0], c1 = n > 1 ? (unsigned char)s[1] : 0;
    int maybe = c0 == 0xD0 || c0 == 0xE2 || c0 == 0xE3 || c0 == 0xEF ||
                (c0 == 0xE4 && c1 >= 0xB8 && c1 <= 0xBA) || (c0 == 0xE5 && (c1 == 0x9B || c1 == 0x85)) ||
                (c0 == 0xE9 && c1 == 0x9B);
    if (!maybe)
        return D_NONE;
    for (int k = 1; k < 10; k++)
        if (ps_starts(s, n, cn_digits[k])) {
            *val = k, *len = 3;
            return D_CHINESE;
        }
    for (size_t k = 0; zeros[k]; k++)
        if (ps_starts(s, n, zeros[k])) {
            *val = 0, *len = strlen(zeros[k]);
            return D_CHINESE;
        }
    /* full-width digits, when the text was not folded */
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBC &&
        (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99) {
        *val = (unsigned char)s[2] - 0x90, *len = 3;
        return D_ASCII;
    }
    return D_NONE;
}

/* Four digit characters forming a year at s; 0 if none. */
static int four_digits(const char *s, size_t n, size_t *len)
{
    int v = 0, val, chinese = 0, letter = 0;
    size_t i = 0, k;

    for (int d = 0; d < 4; d++) {
        int kind = digit_at(s + i, n - i, &val, &k);
        if (kind == D_NONE)
            return 0;
        chinese += kind == D_CHINESE, letter += kind == D_LETTER;
        v = v * 10 + val;
        i += k;
    }
    /* a letter O is a zero only among Chinese numerals (二O一二) */
    if (letter && !chinese)
        return 0;
    /* a longer number is not a year */
    if (digit_at(s + i, n - i, &val, &k) != D_NONE)
        return 0;
    if (v < 1900 || v > 2099)
        return 0;
    *len = i;
    return chinese ? -v : v;
}

static size_t skip_blanks(const char *s, size_t n, size_t i)
{
    while (i < n) {
        if (s[i] == ' ' || s[i] == '\t')
            i++;
        else if (ps_starts(s + i, n - i, "　"))
            i += 3;
        else
            break;
    }
    return i;
}

static const char *const range_seps[] = {"-", "—", "–", "－", "~", "～", "至",
                                         "/", "──", "—", NULL};
static const char *const first_term[] = {"第一学期", "第1学期", "上学期",
                                         "秋季学期", NULL};
static const char *const second_term[] = {"第二学期", "第2学期", "下学期",
                                          "春季学期", NULL};

static int term_at(const char *s, size_t n, const char *const *terms)
{
    for (size_t k = 0; terms[k]; k++)
        if (ps_starts(s, n, terms[k]))
            return 1;
    return 0;
}

/* After a school year: which term, if written (2 second, 1 first, 0). */
static int which_term(const char *s, size_t n, size_t i)
{
    if (ps_starts(s + i, n - i, "度"))
        i += 3;
    i = skip_blanks(s, n, i);
    if (term_at(s + i, n - i, second_term) ||
        ps_starts(s + i, n - i, "第二学期") || ps_starts(s + i, n - i, "第二學期"))
        return 2;
    if (term_at(s + i, n - i, first_term))
        return 1;
    return 0;
}

int ps_year_at(const char *s, size_t n, int bare, size_t *len)
{
    size_t k, i;
    int y = four_digits(s, n, &k);
    int chinese = y < 0;

    if (y == 0)
        return 0;
    if (chinese)
        y = -y;
    i = skip_blanks(s, n, k);
    /* 2012年, 2012年度 (学年 handled below, 2017学年第二学期) */
    if (ps_starts(s + i, n - i, "年") || ps_starts(s + i, n - i, "學年") ||
        ps_starts(s + i, n - i, "学年")) {
        int school = !ps_starts(s + i, n - i, "年");
        i += school ? 6 : 3;
        if (school && which_term(s, n, i) == 2)
            y++;
        else if (!school && ps_starts(s + i, n - i, "度"))
            i += 3;
        *len = i;
        return y;
    }
    /* a range: 2017-2018学年…, 2012—2016年 */
    for (size_t r = 0; range_seps[r]; r++) {
        if (!ps_starts(s + i, n - i, range_seps[r]))
            continue;
        size_t j = skip_blanks(s, n, i + strlen(range_seps[r])), k2;
        int y2 = four_digits(s + j, n - j, &k2);
        if (y2 < 0)
            y2 = -y2;
        if (y2 <= y || y2 > y + 10)
            break;
        j = skip_blanks(s, n, j + k2);
        if (ps_starts(s + j, n - j, "学年") || ps_starts(s + j, n - j, "學年")) {
            j += 6;
            int term = which_term(s, n, j);
            *len = j;
            return term == 2 ? y2 : y;
        }
        if (ps_starts(s + j, n - j, "年")) {
            *len = j + 3;
            return y;
        }
        if (bare && !chinese) {
            *len = j;
            return y;
        }
        break;
    }
    /* a bare Arabic year, in titles only (2012工会工作要点); not a count
       (我市有2010家企业参与, 2000名职工, 2015余人) */
    if (bare && !chinese && i == k && (k >= n || (s[k] != '.' && s[k] != '/' &&
                                                  s[k] != ':' && s[k] != '%' &&
                                                  s[k] != '-')) &&
        !ps_starts_any(s + k, n - k,
                       (const char *const[]){"家", "名", "人", "个", "余", "多", "万", "元",
                                             "户", "项", "次", NULL})) {
        *len = k;
        return y;
    }
    return 0;
}

int ps_year_find(const char *s, size_t n, int bare, size_t *at, size_t *len)
{
    int prev_digit = 0, val;
    size_t k;

    for (size_t i = 0; i < n;) {
        int kind = digit_at(s + i, n - i, &val, &k);
        if (!prev_digit && kind != D_NONE) {
            int y = ps_year_at(s + i, n - i, bare, len);
            if (y) {
                *at = i;
                return y;
            }
        }
        /* a Latin letter o/O only continues a number among numerals */
        prev_digit = kind == D_ASCII || kind == D_CHINESE;
        if (kind == D_NONE) {
            uint32_t cp;
            k = ps_u8_next(s + i, n - i, &cp);
            /* ASCII letters glue to numbers: "abc2012" is no year */
            prev_digit = (cp < 0x80 && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'));
        }
        i += k;
    }
    return 0;
}

/* A year at the start of a paragraph: 2012年全县工会工作的指导思想是 … */
int ps_year_lead(const ps_text *t, size_t from, size_t *li, size_t *after)
{
    for (size_t i = ps_text_content(t, from), seen = 0; i < t->nlines && seen < 30;
         i = ps_text_content(t, i + 1), seen++) {
        const ps_line *l = &t->lines[i];
        size_t len = 0, glued, at = l->s;
        /* (after a plan's title glued to its text: …工会工作要点2015年，…) */
        if (ps_cue_plan_head(t->fold + l->s, l->e - l->s, &glued) && glued)
            at += glued;
        int y = ps_year_at(t->fold + at, l->e - at, 0, &len);
        len += at - l->s;
        /* a year that starts prose, not a date line or a title (nor
           history: 1950年5月建立…筹备委员会 dates no plan of ours) */
        /* (nor a span's start: 2011年以来，…; 2007年随着…, told in a later year) */
        if (y >= 1990 && !ps_date_in(t->fold + l->s, l->e - l->s) &&
            ps_has_any(t->fold + l->s, l->e - l->s, ps_sentence_punct) &&
            !ps_starts_any(t->fold + l->s + len, l->e - l->s - len,
                           (const char *const[]){"以来", "至", "起", "随着", NULL})) {
            *li = i, *after = l->s + len;
            return y;
        }
    }
    return 0;
}
