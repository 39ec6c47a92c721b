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

/* Drop the pinyin a converter left after characters (工會(huì) → 工會) from a
   field shown as written: the field names the body or the document, and
   the stored text keeps the page as it was for snippets. */
static void drop_pinyin(char *s)
{
    size_t n = strlen(s), w = 0;
    int after_cjk = 0;
    for (size_t i = 0; i < n;) {
        size_t skip = after_cjk ? ps_cjk_pinyin_at(s + i, n - i) : 0;
        if (skip) {
            i += skip;
            continue;
        }
        uint32_t cp;
        size_t k = ps_u8_next(s + i, n - i, &cp);
        after_cjk = (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
        memmove(s + w, s + i, k);
        w += k, i += k;
    }
    s[w] = 0;
}

/* "what: the words that said it" (words cut to about 40 characters). */
char *ps_meta_source(const char *what, const ps_text *t, size_t fs, size_t fe)
{
    ps_buf b = PS_BUF_INIT;
    int rc = PS_OK;
    ps_buf_puts(&rc, &b, what);
    if (fe > fs) {
        size_t end = fs, chars = 0;
        while (end < fe && chars < 40) {
            uint32_t cp;
            end += ps_u8_next(t->fold + end, fe - end, &cp);
            chars++;
        }
        char *orig = ps_text_clean(t, fs, end, 1, NULL);
        if (!orig)
            rc = PS_ENOMEM;
        else {
            ps_buf_puts(&rc, &b, ": ");
            ps_buf_puts(&rc, &b, orig);
            if (end < fe)
                ps_buf_puts(&rc, &b, "…");
            free(orig);
        }
    }
    if (rc) {
        ps_buf_release(&b);
        return NULL;
    }
    return ps_buf_detach(&b, NULL);
}

int ps_meta_extract(const ps_text *t, const ps_gazetteer *gaz, ps_plan *p)
{
    size_t fs = 0, fe = 0, tline = (size_t)-1, *offs = NULL;
    char *tfold = NULL, *ofold = NULL;
    int rc = PS_OK;
    enum { MAX_BODIES = 256 };
    ps_body *bodies = malloc(MAX_BODIES * sizeof *bodies);
    if (!bodies)
        goto nomem;

    /* title, as written, and its folded form for the other rules */
    int plan_title = ps_title_find(t, &fs, &fe, &tline);
    if (plan_title || ps_headline_find(t, &fs, &fe, &tline)) {
        p->title = ps_text_clean(t, fs, fe, 1, NULL);
        tfold = ps_text_clean(t, fs, fe, 0, &offs);
        p->from.title = strdup(plan_title ? (tline == (size_t)-1 ? "heading" : "title line")
                                          : "first line");
        if (!p->title || !tfold || !p->from.title)
            goto nomem;
        drop_pinyin(p->title);
    }
    size_t tlen = tfold ? strlen(tfold) : 0;

    /* kind: the title's, else the opening's */
    size_t ks, ke;
    int kind = ps_kind_find(t, tfold, tlen, &ks, &ke);
    /* (an English page's opening telling what was done: news; whether the
       page is English is read at most once, and only when asked) */
    int english = -1;
    if ((!kind || kind == PS_KIND_OTHER) && (english = ps_english_page(t)) &&
        ps_english_news(t, &ks, &ke))
        kind = PS_KIND_NEWS;
    if (kind) {
        p->type = strdup(ps_kind_name(kind));
        p->from.type = tfold && ps_kind_of_title(tfold, tlen) == kind && ke == 0
                           ? ps_meta_source("title", t, fs, fe)
                           : ps_meta_source("opening", t, ks, ke);
        if (!p->type || !p->from.type)
            goto nomem;
    }

    /* org: who issued it (meta_issuer.c) */
    ps_title_facts tfacts = {.tfold = tfold, .tlen = tlen, .offs = offs, .fs = fs, .fe = fe,
                             .tline = tline, .plan_title = plan_title, .kind = kind};
    ps_issuer is;
    if (ps_issuer_find(t, gaz, &tfacts, bodies, MAX_BODIES, &is) != PS_OK)
        goto nomem;
    ofold = is.fold; /* (ours to free) */
    const ps_signature sig = is.sig;
    if (is.dated) {
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", sig.y, sig.m, sig.d);
        if (!(p->date = strdup(d)))
            goto nomem;
    }
    if (ofold) {
        if (!(p->org = ps_text_clean(t, is.s, is.e, 1, NULL)) ||
            !(p->from.org = strdup(is.how)))
            goto nomem;
        drop_pinyin(p->org);
    }

    /* year */
    size_t lead_line = 0, lead_after = 0;
    int lead = ps_year_lead(t, tline == (size_t)-1 ? 0 : tline + 1, &lead_line,
                         &lead_after);
    ps_year_facts yf = {.tfold = tfold,
                        .tlen = tlen,
                        .fs = fs,
                        .fe = fe,
                        .tline = tline,
                        .lead = lead,
                        .lead_line = lead_line,
                        /* (a headline over a date is no signature) */
                        .sig_year = p->date && !is.sig_top ? sig.y : 0,
                        .sig_os = p->date ? sig.os : 0,
                        .sig_oe = p->date ? sig.oe : 0};
    ps_year_pick yp;
    if (ps_doc_year(t, &yf, kind, &yp) != PS_OK)
        goto nomem;
    /* (a 2019年总结和2020年计划 title over a review of 2019 alone) */
    if (yp.summary) {
        char *type = strdup(ps_kind_name(PS_KIND_SUMMARY));
        if (!type)
            goto nomem;
        free(p->type);
        p->type = type;
        kind = PS_KIND_SUMMARY;
    }
    p->year = yp.year;
    if (p->year && !(p->from.year = ps_meta_source(yp.how, t, yp.s, yp.e)))
        goto nomem;
    /* a journal's article, dated above as news is: no union's document
       (its kind stays for the rules below, which read its body and place
       from the text as they would a news item's) */
    if (kind && kind != PS_KIND_OTHER && ps_cue_journal_record(t)) {
        char *type = strdup(ps_kind_name(PS_KIND_OTHER));
        if (!type)
            goto nomem;
        free(p->type);
        p->type = type;
    }

    /* place and level (meta_where.c) */
    ps_where_facts wf = {.tf = &tfacts, .is = &is, .bodies = bodies, .kind = kind,
                         .lead = lead, .lead_line = lead_line, .lead_after = lead_after};
    if (ps_where_find(t, gaz, &wf, p) != PS_OK)
        goto nomem;

    /* a site's tag page, its title alone: no document, so no body's
       level or place either, whatever the title names */
    if (kind == PS_KIND_OTHER && tfold && ps_title_only(t, tlen)) {
        free(p->level), free(p->from.level), free(p->sector);
        free(p->region), free(p->region_code), free(p->from.region);
        p->level = p->from.level = p->sector = NULL;
        p->region = p->region_code = p->from.region = NULL;
    }
    /* a page in English, where the rules above read nothing: the body it
       names in English, its place and level (meta_english.c) */
    ps_english en;
    if (!p->org && !p->region && !p->level &&
        (english < 0 ? ps_english_page(t) : english) && ps_english_body(t, &en)) {
        if (!(p->org = ps_text_clean(t, en.s, en.e, 1, NULL)) ||
            !(p->from.org = strdup("English name")))
            goto nomem;
        ps_place pl;
        if (en.code && !strcmp(en.code, "全国")) {
            if (!(p->region = strdup("全国")) ||
                !(p->from.region = ps_meta_source("English name", t, en.s, en.e)))
                goto nomem;
        } else if (en.code && gaz && ps_gazetteer_by_code(gaz, en.code, &pl) == PS_OK &&
                   ps_set_place(p, &pl, ps_meta_source("English name", t, en.s, en.e))) {
            goto nomem;
        }
        if (en.level &&
            (!(p->level = strdup(en.level)) || !(p->from.level = strdup("English name"))))
            goto nomem;
    }
    if (ps_docnum_find(t, tline == (size_t)-1 ? 0 : tline, &p->doc_number))
        goto nomem;
    goto done;
nomem:
    rc = PS_ENOMEM;
done:
    free(bodies);
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
