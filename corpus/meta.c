/*
 * Metadata of one document: title, year, org, level, sector, date,
 * doc_number and region, put together from the extractors in meta_*.c.
 * Rules read lines of the folded text (boilerplate lines skipped) and cut
 * the reported title and org from the original, so they appear as written.
 * Anything the text does not state stays NULL.
 */
#include "corpus_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/*
 * The place of the superior bodies a grassroots union cites (按宣汉县教育工会
 * …, 转发宣汉县总工会 …): a school or enterprise union that does not name its
 * place lies where the county or city bodies it answers to are.  PS_OK only
 * when every cited body with a place names the same one (a county, city or
 * province); otherwise nothing is inferred.
 */
static int superior_place(const ps_text *t, const ps_gazetteer *gaz, ps_place *out)
{
    static const char *const bodies[] = {"教育工会", "总工会", "教育局", "教体局",
                                         "教育和体育局", "人民政府", NULL};
    int found = 0;
    for (size_t b = 0; bodies[b]; b++) {
        size_t blen = strlen(bodies[b]);
        for (size_t at = 0; at < t->fold_len;) {
            size_t k = ps_find(t->fold + at, t->fold_len - at, bodies[b]);
            if (k == (size_t)-1)
                break;
            k += at;
            /* up to 12 characters before the body's name, within the clause */
            size_t from = k;
            for (int c = 0; c < 12 && from > 0; c++) {
                size_t prev = from - 1;
                while (prev > 0 && ((unsigned char)t->fold[prev] & 0xC0) == 0x80)
                    prev--;
                unsigned char ch = (unsigned char)t->fold[prev];
                if (ch < 0x80 && !(ch >= '0' && ch <= '9'))
                    break; /* ASCII punctuation or a line break ends the name */
                if (ps_starts(t->fold + prev, k - prev, "，") ||
                    ps_starts(t->fold + prev, k - prev, "、") ||
                    ps_starts(t->fold + prev, k - prev, "《") ||
                    ps_starts(t->fold + prev, k - prev, "。"))
                    break;
                from = prev;
            }
            ps_place place;
            if (from < k &&
                ps_gazetteer_resolve(gaz, t->fold + from, k + blen - from, t->fold,
                                     t->fold_len, &place) == PS_OK &&
                place.level <= PS_PLACE_COUNTY) {
                if (!found) {
                    *out = place;
                    found = 1;
                } else if (strcmp(out->code, place.code) != 0) {
                    return PS_DONE; /* bodies of two places: no inference */
                }
            }
            at = k + blen;
        }
    }
    return found ? PS_OK : PS_DONE;
}

int ps_meta_extract(const ps_text *t, const ps_gazetteer *gaz, ps_plan *p)
{
    size_t fs = 0, fe = 0, tline = (size_t)-1, *offs = NULL;
    char *tfold = NULL, *ofold = NULL;
    size_t ofs = 0, ofe = 0;
    int rc = PS_OK;
    const char *level = NULL, *sector = NULL;

    /* title, as written, and its folded form for the other rules */
    if (ps_title_find(t, &fs, &fe, &tline)) {
        p->title = ps_text_clean(t, fs, fe, 1, NULL);
        tfold = ps_text_clean(t, fs, fe, 0, &offs);
        if (!p->title || !tfold)
            goto nomem;
    }
    size_t tlen = tfold ? strlen(tfold) : 0;

    /* org: the name in the title */
    size_t oat, olen;
    if (tfold && ps_org_from_title(tfold, tlen, &oat, &olen)) {
        ofs = offs[oat], ofe = offs[oat + olen - 1] + 1;
        /* the last byte's offset + 1 is inside its character: extend */
        while (ofe < t->fold_len && ((unsigned char)t->fold[ofe] & 0xC0) == 0x80)
            ofe++;
        ofold = strndup(tfold + oat, olen);
        if (!ofold)
            goto nomem;
    }

    /* signature date, from a signature that agrees with the org */
    ps_signature sig;
    if (ps_signature_find(t, ofold, ofold ? strlen(ofold) : 0, &sig)) {
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", sig.y, sig.m, sig.d);
        if (!(p->date = strdup(d)))
            goto nomem;
        /* no name in the title, or a shorter one (市卫生局工会 signed as
           乐山市卫生局工会): the signature names the body in full (a
           title above a date is no signature name) */
        size_t ya, yl;
        if (sig.oe > sig.os && (!ofold || sig.oe - sig.os > strlen(ofold)) &&
            !ps_year_find(t->fold + sig.os, sig.oe - sig.os, 1, &ya, &yl)) {
            free(ofold);
            ofs = sig.os, ofe = sig.oe;
            if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
                goto nomem;
        }
    }
    if (ofold && !(p->org = ps_text_clean(t, ofs, ofe, 1, NULL)))
        goto nomem;

    /* year: the title's, else the one that opens the text, else the date's */
    size_t yat, ylen, lead_line = 0, lead_after = 0;
    int lead = ps_year_lead(t, tline == (size_t)-1 ? 0 : tline + 1, &lead_line,
                         &lead_after);
    /* the title's last year: 2012年工作总结和2013年工作要点 plans 2013 */
    for (size_t from = 0; tfold && from < tlen;) {
        int y = ps_year_find(tfold + from, tlen - from, 1, &yat, &ylen);
        if (!y)
            break;
        p->year = y;
        from += yat + ylen;
    }
    if (!p->year)
        p->year = lead;
    if (!p->year && p->date)
        p->year = sig.y;

    /* region: the place of the body named by the org (or the title) */
    int place_level = 0;
    const char *who = ofold ? ofold : tfold;
    if (gaz && who) {
        ps_place place;
        if (ps_gazetteer_resolve(gaz, who, strlen(who), t->fold, t->fold_len,
                                 &place) == PS_OK) {
            p->region = strdup(place.path);
            p->region_code = strdup(place.code);
            if (!p->region || !p->region_code)
                goto nomem;
            place_level = place.level;
        }
    }

    /* level and sector from the name; a nameless body by its scope */
    if (ofold) {
        level = ps_org_level(ofold, strlen(ofold), ofold ? place_level : 0);
        sector = ps_org_sector(ofold, strlen(ofold));
    } else {
        if (tfold)
            ps_org_scope(tfold, tlen, &level, &sector);
        if (!level && lead) {
            const ps_line *l = &t->lines[lead_line];
            size_t n = l->e - lead_after;
            ps_org_scope(t->fold + lead_after, n < 30 ? n : 30, &level, &sector);
        }
    }
    if ((level && !(p->level = dup_or_null(level))) ||
        (sector && !(p->sector = dup_or_null(sector))))
        goto nomem;

    /* a grassroots union naming no place: where its superior bodies are */
    ps_place sup;
    if (!p->region && gaz && level && strcmp(level, "基层") == 0 &&
        superior_place(t, gaz, &sup) == PS_OK) {
        p->region = strdup(sup.path);
        p->region_code = strdup(sup.code);
        if (!p->region || !p->region_code)
            goto nomem;
    }

    if (ps_docnum_find(t, tline == (size_t)-1 ? 0 : tline, &p->doc_number))
        goto nomem;
    goto done;
nomem:
    rc = PS_ENOMEM;
done:
    free(tfold);
    free(offs);
    free(ofold);
    return rc;
}

int ps_meta_from_string(const ps_cjk *cjk, const ps_gazetteer *gaz,
                        const char *s, size_t n, ps_plan *p)
{
    ps_text t;
    int rc = ps_text_init(&t, cjk, s, n);
    if (rc)
        return rc;
    ps_boiler_mark(&t);
    rc = ps_meta_extract(&t, gaz, p);
    ps_text_release(&t);
    return rc;
}
