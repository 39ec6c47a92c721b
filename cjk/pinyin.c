/*
 * Pinyin annotations left by converters after characters: 工會(huì),
 * 新就业(yè)形态(tài), 學(xué)習(xí).  They split the text a researcher searches
 * (a phrase spanning 工會(huì)會員 is not found as 工会会员), so the tokenizer,
 * the match normalizer and the folded text skip them when they follow a CJK
 * character; the stored text keeps them and snippets show them as written.
 */
#include "cjk_int.h"

/* A lower-case pinyin letter: 1 plain, 2 with a tone mark, 0 neither. */
static int pinyin_letter(uint32_t cp)
{
    static const uint16_t toned[] = {
        0x101, 0xE1, 0x1CE, 0xE0,  /* ā á ǎ à */
        0x113, 0xE9, 0x11B, 0xE8,  /* ē é ě è */
        0x12B, 0xED, 0x1D0, 0xEC,  /* ī í ǐ ì */
        0x14D, 0xF3, 0x1D2, 0xF2,  /* ō ó ǒ ò */
        0x16B, 0xFA, 0x1D4, 0xF9,  /* ū ú ǔ ù */
        0x1D6, 0x1D8, 0x1DA, 0x1DC, /* ǖ ǘ ǚ ǜ */
        0x144, 0x148, 0x1F9, 0x1E3F /* ń ň ǹ ḿ */
    };
    if (cp >= 'a' && cp <= 'z')
        return 1;
    if (cp == 0xFC) /* ü */
        return 1;
    for (size_t i = 0; i < sizeof toned / sizeof *toned; i++)
        if (cp == toned[i])
            return 2;
    return 0;
}

size_t ps_cjk_pinyin_at(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t cp;
    size_t i = 0, letters = 0;
    int tone = 0;

    if (n < 3)
        return 0;
    i += ps_utf8_decode_fast(p, n, &cp);
    if (cp != '(' && cp != 0xFF08)
        return 0;
    while (i < n) {
        size_t adv = ps_utf8_decode_fast(p + i, n - i, &cp);
        int k = pinyin_letter(cp);
        if (!k)
            break;
        tone |= k == 2;
        letters++;
        i += adv;
    }
    if (letters == 0 || letters > 6 || i >= n)
        return 0;
    /* a tone digit instead of a mark: (hui4) */
    if (p[i] >= '1' && p[i] <= '5') {
        tone = 1;
        i++;
    }
    if (!tone || i >= n)
        return 0;
    i += ps_utf8_decode_fast(p + i, n - i, &cp);
    return cp == ')' || cp == 0xFF09 ? i : 0;
}
