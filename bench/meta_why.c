/*
 * Why plansearch dates a page as it does: every statement about a year that
 * meta_when.c finds (its kind and clause), then the metadata decided.  A
 * tool for tuning against tests/real/ (see tests/real/RULES.md); not
 * installed.
 *
 *   meta_why FILE...
 */
#include "corpus_int.h"

#include <stdio.h>
#include <string.h>

#define MAX_EV 64

static void show_text(const ps_text *t)
{
    ps_year_ev ev[MAX_EV];
    size_t n = ps_year_evidence(t, ev, MAX_EV);
    for (size_t k = 0; k < n; k++) {
        size_t s = ev[k].s, e = ev[k].e;
        if (e - s > 120) /* a long clause: its start, cut at a character */
            for (e = s + 120; e < t->fold_len && ((unsigned char)t->fold[e] & 0xC0) == 0x80;)
                e++;
        printf("  %d %-9s next=%d line %zu  %.*s\n", ev[k].year, ps_year_ev_name(ev[k].kind),
               ev[k].next, ev[k].line, (int)(e - s), t->fold + s);
    }
}

static const char *or_dash(const char *s) { return s ? s : "-"; }

int main(int argc, char **argv)
{
    ps_cjk *cjk = NULL;
    ps_gazetteer *gaz = NULL;
    ps_reader *rd = NULL;
    ps_error err;
    if (ps_cjk_new(&cjk, &err) || ps_gazetteer_new(&gaz, &err) ||
        ps_reader_new(cjk, &rd, &err)) {
        fprintf(stderr, "meta_why: %s\n", err.msg);
        return 2;
    }
    for (int a = 1; a < argc; a++) {
        ps_plan_list l = {NULL, 0};
        if (ps_reader_read_file(rd, argv[a], argv[a], &l, &err) != PS_OK) {
            printf("== %s: %s\n", argv[a], err.msg);
            continue;
        }
        for (size_t i = 0; i < l.count; i++) {
            const ps_plan *p = l.items[i];
            printf("== %s #%zu\n", argv[a], i + 1);
            ps_text t;
            if (ps_text_init(&t, cjk, p->raw, p->raw_len))
                continue;
            ps_boiler_mark(&t);
            show_text(&t);
            ps_text_release(&t);
            printf("  => title=%s year=%d (%s) type=%s (%s) org=%s (%s) region=%s (%s) level=%s\n",
                   or_dash(p->title), p->year, or_dash(p->from.year), or_dash(p->type),
                   or_dash(p->from.type), or_dash(p->org), or_dash(p->from.org),
                   or_dash(p->region), or_dash(p->from.region), or_dash(p->level));
        }
        ps_plan_list_release(&l);
    }
    ps_reader_free(rd);
    ps_gazetteer_free(gaz);
    ps_cjk_free(cjk);
    return 0;
}
