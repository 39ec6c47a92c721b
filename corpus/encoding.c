/*
 * Encoding detection and conversion to UTF-8.
 *
 * Scraped plan pages come as UTF-8 (with or without BOM), GB2312/GBK/
 * GB18030, Big5 and now and then UTF-16 with a BOM.  Order of evidence:
 * BOM, then binary signatures, then strict UTF-8 validity, then an HTML
 * charset declaration, then libuchardet, then a byte-pair score.  Every
 * candidate is decoded with replacement and must have few invalid
 * sequences: GB18030 accepts almost any byte pair, so "decodes without
 * error" alone cannot tell GBK from Big5.
 */
#include "corpus_int.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>
#include <uchardet.h>

/* Bytes examined by the binary and control-character checks. */
#define SNIFF_BYTES 8192

static const struct {
    const char *magic;
    size_t len;
} binary_magic[] = {
    {"%PDF", 4},           {"\x89PNG", 4},         {"\xFF\xD8\xFF", 3},
    {"GIF8", 4},           {"PK\x03\x04", 4},      {"\x7F" "ELF", 4},
    {"\xD0\xCF\x11\xE0", 4}, {"Rar!", 4},          {"\x1F\x8B", 2},
    {"7z\xBC\xAF", 4},     {"RIFF", 4},            {"\x00\x00\x01\x00", 4},
    {"BZh", 3},            {"\xFD" "7zXZ", 5},     {"OggS", 4},
    {"ID3", 3},            {"\x1A\x45\xDF\xA3", 4},
};

static int looks_binary(const char *data, size_t n)
{
    size_t m = n < SNIFF_BYTES ? n : SNIFF_BYTES, ctl = 0;

    for (size_t i = 0; i < sizeof binary_magic / sizeof *binary_magic; i++)
        if (n >= binary_magic[i].len &&
            memcmp(data, binary_magic[i].magic, binary_magic[i].len) == 0)
            return 1;
    for (size_t i = 0; i < m; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == 0)
            return 1;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
            c != '\v' && c != 0x1B)
            ctl++;
    }
    /* text has almost no control characters; 2% is far beyond any page */
    return ctl * 50 > m;
}

static void put_replacement(int *rc, ps_buf *out)
{
    ps_buf_append(rc, out, "\xEF\xBF\xBD", 3);
}

/* Invalid byte count of s as UTF-8, and how many multibyte characters. */
static size_t utf8_errors(const char *s, size_t n, size_t *multi)
{
    size_t errs = 0;
    *multi = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = ps_u8_next(s + i, n - i, &cp);
        if (cp == 0xFFFFFFFFu)
            errs++;
        else if (k > 1)
            (*multi)++;
        i += k;
    }
    return errs;
}

static void utf8_copy(const char *s, size_t n, int *rc, ps_buf *out)
{
    for (size_t i = 0; i < n && !*rc;) {
        uint32_t cp;
        size_t k = ps_u8_next(s + i, n - i, &cp);
        if (cp == 0xFFFFFFFFu)
            put_replacement(rc, out);
        else
            ps_buf_append(rc, out, s + i, k);
        i += k;
    }
}

/*
 * Convert with iconv, replacing each invalid sequence by U+FFFD.  Returns
 * the number of replacements, or (size_t)-1 when the converter is missing;
 * *rc receives PS_ENOMEM on allocation failure.
 */
static size_t iconv_copy(const char *from, const char *s, size_t n, int *rc,
                         ps_buf *out)
{
    iconv_t cd = iconv_open("UTF-8", from);
    size_t errs = 0;

    if (cd == (iconv_t)-1)
        return (size_t)-1;
    char *in = (char *)s;
    size_t inleft = n;
    while (inleft > 0 && !*rc) {
        ps_buf_reserve(rc, out, inleft * 2 + 16);
        if (*rc)
            break;
        char *o = out->data + out->len;
        size_t oleft = out->cap - out->len - 1;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        out->len = (size_t)(o - out->data);
        out->data[out->len] = '\0';
        if (r != (size_t)-1 || errno == E2BIG)
            continue;
        /* EILSEQ or EINVAL (truncated at the end): skip one byte */
        errs++;
        put_replacement(rc, out);
        in++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
    return errs;
}

/* Canonical name for a charset label, NULL if we do not decode it. */
static const char *canonical(const char *label)
{
    if (!label || !*label)
        return NULL;
    if (!strcasecmp(label, "utf-8") || !strcasecmp(label, "utf8"))
        return "UTF-8";
    if (!strcasecmp(label, "gb2312") || !strcasecmp(label, "gbk") ||
        !strcasecmp(label, "gb18030") || !strcasecmp(label, "x-gbk") ||
        !strcasecmp(label, "cp936") || !strcasecmp(label, "euc-cn") ||
        !strcasecmp(label, "hz-gb-2312"))
        return "GB18030";
    if (!strncasecmp(label, "big5", 4) || !strcasecmp(label, "euc-tw") ||
        !strcasecmp(label, "cp950") || !strcasecmp(label, "x-big5"))
        return "BIG5";
    return NULL;
}

static const char *uchardet_guess(const char *data, size_t n)
{
    uchardet_t ud = uchardet_new();
    const char *res = NULL;
    if (!ud)
        return NULL;
    if (uchardet_handle_data(ud, data, n) == 0) {
        uchardet_data_end(ud);
        res = canonical(uchardet_get_charset(ud));
    }
    uchardet_delete(ud);
    return res;
}

/*
 * Share of double-byte pairs whose trail byte is 0x40..0x7E.  About 40%
 * of Big5 characters have such a trail byte, GB2312 characters none and
 * GBK text very few, so a high share means Big5.
 */
static int big5_pairs_dominate(const char *data, size_t n)
{
    const unsigned char *u = (const unsigned char *)data;
    size_t pairs = 0, low = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (u[i] < 0x81)
            continue;
        pairs++;
        if (u[i + 1] >= 0x40 && u[i + 1] <= 0x7E)
            low++;
        i++;
    }
    return pairs > 0 && low * 8 > pairs;
}

static const char *iconv_name(const char *canon)
{
    return strcmp(canon, "BIG5") == 0 ? "BIG5-HKSCS" : canon;
}

/* Decode as `canon` into out; returns replacement count or -1. */
static size_t decode_as(const char *canon, const char *s, size_t n, int *rc,
                        ps_buf *out)
{
    size_t multi;
    if (strcmp(canon, "UTF-8") == 0) {
        size_t errs = utf8_errors(s, n, &multi);
        utf8_copy(s, n, rc, out);
        return errs;
    }
    size_t errs = iconv_copy(iconv_name(canon), s, n, rc, out);
    if (errs == (size_t)-1 && strcmp(canon, "BIG5") == 0)
        errs = iconv_copy("BIG5", s, n, rc, out);
    return errs;
}

/* CR LF and CR to LF, NUL to space, a leading U+FEFF dropped (in place). */
static void tidy(ps_buf *b, size_t from)
{
    char *d = b->data;
    size_t j = from, i = from;
    if (!d)
        return;
    if (b->len - from >= 3 && memcmp(d + from, "\xEF\xBB\xBF", 3) == 0)
        i += 3;
    for (; i < b->len; i++) {
        char c = d[i];
        if (c == '\r') {
            if (i + 1 < b->len && d[i + 1] == '\n')
                continue;
            c = '\n';
        } else if (c == '\0') {
            c = ' ';
        }
        d[j++] = c;
    }
    b->len = j;
    d[j] = '\0';
}

int ps_decode(const char *path, const char *data, size_t n, ps_buf *out,
              const char **encoding, ps_error *err)
{
    const unsigned char *u = (const unsigned char *)data;
    int rc = PS_OK;
    size_t start = out->len, multi;
    char hint_buf[40];

    *encoding = "UTF-8";
    if (n == 0)
        return PS_OK;

    /* a BOM settles it */
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        utf8_copy(data + 3, n - 3, &rc, out);
    } else if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
                          (u[0] == 0xFE && u[1] == 0xFF))) {
        *encoding = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
        size_t errs = iconv_copy(*encoding, data + 2, n - 2, &rc, out);
        if (!rc && (errs == (size_t)-1 || errs * 20 > n / 2 + 1)) {
            out->len = start;
            return ps_error_set(err, PS_EENCODING,
                                "skipping '%s': undecodable UTF-16 text", path);
        }
    } else {
        if (looks_binary(data, n))
            return ps_error_set(err, PS_EENCODING, "skipping '%s': binary file",
                                path);
        size_t u8errs = utf8_errors(data, n, &multi);
        const char *cands[5];
        size_t nc = 0;
        const char *hint = NULL;
        if (ps_html_detect(data, n < 4096 ? n : 4096, path))
            hint = canonical(ps_html_charset(data, n, hint_buf, sizeof hint_buf));
        if (u8errs == 0) {
            cands[nc++] = "UTF-8";
        } else {
            if (hint)
                cands[nc++] = hint;
            /*
             * nearly valid UTF-8 (a cut-off character, a stray byte): GBK
             * text forms a valid UTF-8 sequence for about one character in
             * seven and an invalid one for most others, so eight valid
             * multibyte characters per bad byte is far beyond chance
             */
            if (multi > 0 && u8errs * 8 <= multi)
                cands[nc++] = "UTF-8";
            const char *guess = uchardet_guess(data, n);
            if (guess && strcmp(guess, "UTF-8") != 0)
                cands[nc++] = guess;
            int big5 = big5_pairs_dominate(data, n);
            cands[nc++] = big5 ? "BIG5" : "GB18030";
            cands[nc++] = big5 ? "GB18030" : "BIG5";
        }
        /* the first candidate with few invalid sequences wins */
        const char *chosen = NULL;
        for (size_t i = 0; i < nc && !chosen; i++) {
            out->len = start;
            size_t errs = decode_as(cands[i], data, n, &rc, out);
            if (rc)
                break;
            /* at most one bad sequence per 100 bytes, as a cut or a
               stray byte leaves, not the steady noise of a wrong guess */
            if (errs != (size_t)-1 && errs * 100 <= n + 100)
                chosen = cands[i];
        }
        if (!rc && !chosen) {
            out->len = start;
            if (out->data)
                out->data[start] = '\0';
            return ps_error_set(err, PS_EENCODING,
                                "skipping '%s': undecodable text (not UTF-8, "
                                "GB18030 or Big5)", path);
        }
        *encoding = chosen;
    }
    if (rc) {
        out->len = start;
        return ps_error_set(err, PS_ENOMEM, "out of memory reading '%s'", path);
    }
    tidy(out, start);
    return PS_OK;
}
