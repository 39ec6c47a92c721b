/*
 * The JSON API of plansearch serve.  Every body is made by the writers the
 * CLI uses (ps_print_hit_json, ps_compare_json, …), into memory instead of
 * stdout, so that /api/search's hits are byte for byte what `plansearch
 * --json` prints and nothing is serialized twice.  Parameters carry the
 * CLI's option names and its error messages.
 */
#include "web_int.h"

#include "analyze_cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- Readers --------------------------------------------------------------- */

int ps_web_reader_init(ps_web_reader *r, ps_error *err)
{
    memset(r, 0, sizeof *r);
    int rc = ps_cjk_new(&r->cjk, err);
    if (!rc)
        rc = ps_gazetteer_new(&r->gaz, err);
    if (rc)
        ps_web_reader_release(r);
    return rc;
}

static void close_index(ps_web_reader *r)
{
    ps_searcher_close(r->searcher);
    ps_analyzer_close(r->analyzer);
    r->searcher = NULL;
    r->analyzer = NULL;
    r->words_tried = 0;
    r->words = NULL;
}

void ps_web_reader_release(ps_web_reader *r)
{
    close_index(r);
    ps_gazetteer_free(r->gaz);
    ps_cjk_free(r->cjk);
    memset(r, 0, sizeof *r);
}

static void stamp_of(const char *path, int *rc, ps_buf *b)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        ps_buf_puts(rc, b, "-|");
        return;
    }
    ps_buf_printf(rc, b, "%lu:%lu:%lld.%09ld:%lld|", (unsigned long)st.st_dev,
                  (unsigned long)st.st_ino, (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                  (long long)st.st_size);
}

/*
 * A commit of Xapian's glass backend rewrites the version file 'iamglass'
 * (a new file renamed into place), and a compaction exchanges the whole
 * folder: either changes this stamp.  Database::reopen would miss the
 * second, so the handles are simply opened again.
 */
void ps_web_index_stamp(const char *db, char *out, size_t n)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    stamp_of(db, &rc, &b);
    ps_buf_puts(&rc, &b, db);
    ps_buf_puts(&rc, &b, "/iamglass");
    size_t cut = b.len - strlen(db) - strlen("/iamglass");
    if (!rc) {
        char *vf = strdup(b.data + cut);
        b.len = cut;
        if (vf)
            stamp_of(vf, &rc, &b);
        else
            rc = PS_ENOMEM;
        free(vf);
    }
    snprintf(out, n, "%s", rc || !b.data ? "" : b.data);
    ps_buf_release(&b);
}

void ps_web_reader_refresh(ps_web_reader *r, const char *db)
{
    if (!r->searcher && !r->analyzer)
        return;
    char now[sizeof r->stamp];
    ps_web_index_stamp(db, now, sizeof now);
    if (strcmp(now, r->stamp) != 0)
        close_index(r);
}

int ps_web_reader_open(const ps_web_site *site, ps_web_reader *r, ps_error *err)
{
    if (r->searcher)
        return PS_OK;
    if (!r->analyzer)
        ps_web_index_stamp(site->db, r->stamp, sizeof r->stamp);
    return ps_searcher_open(site->db, r->cjk, r->gaz, &r->searcher, err);
}

static int need_analyzer(const ps_web_site *site, ps_web_reader *r, ps_error *err)
{
    if (r->analyzer)
        return PS_OK;
    if (!r->searcher)
        ps_web_index_stamp(site->db, r->stamp, sizeof r->stamp);
    return ps_analyzer_open(site->db, r->cjk, r->gaz, &r->analyzer, err);
}

/* jieba's word list judges keyness and collocate candidates, as in the CLI
 * when python3-jieba is installed; loaded once per reader. */
static int need_words(ps_web_reader *r, ps_error *err)
{
    if (r->words_tried)
        return PS_OK;
    r->words_tried = 1;
    if (access(PS_JIEBA_DICT, R_OK) != 0)
        return PS_OK;
    int rc = ps_analyzer_use_words(r->analyzer, PS_JIEBA_DICT, err);
    if (!rc)
        r->words = PS_JIEBA_DICT;
    return rc;
}

/* ---- Replies ----------------------------------------------------------------- */

static void reply_error(ps_web_reply *out, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void reply_error(ps_web_reply *out, int status, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int rc = PS_OK;
    ps_buf_reset(&out->body);
    ps_buf_puts(&rc, &out->body, "{\"error\":");
    ps_json_string(&rc, &out->body, msg, strlen(msg));
    ps_buf_puts(&rc, &out->body, "}\n");
    out->status = status;
    out->type = "application/json; charset=utf-8";
    out->filename[0] = '\0';
}

/* A library error: the request's fault (400) or the server's (500). */
static void reply_lib_error(ps_web_reply *out, const ps_error *err)
{
    reply_error(out, err->code == PS_EQUERY || err->code == PS_EINVAL ? 400 : 500, "%s",
                err->msg);
}

static void reply_oom(ps_web_reply *out)
{
    reply_error(out, 500, "out of memory");
}

/* ---- Parameters ---------------------------------------------------------------- */

/* The value of key, or NULL; *twice is set when it is given more than once. */
static const char *param(const ps_web_params *p, const char *key, int *twice)
{
    const char *v = NULL;
    for (size_t i = 0; i < p->n; i++)
        if (strcmp(p->v[i].key, key) == 0) {
            if (v)
                *twice = 1;
            v = p->v[i].value;
        }
    return v;
}

/* Refuse parameters the endpoint does not take, and single ones given twice
 * (terms may repeat).  0 or 400 already in out. */
static int check_params(const ps_web_params *p, const char *const *known, const char *repeatable,
                        ps_web_reply *out)
{
    for (size_t i = 0; i < p->n; i++) {
        int ok = 0;
        for (size_t k = 0; known[k] && !ok; k++)
            ok = strcmp(p->v[i].key, known[k]) == 0;
        if (!ok) {
            reply_error(out, 400, "unknown parameter '%s'", p->v[i].key);
            return -1;
        }
        if (repeatable && strcmp(p->v[i].key, repeatable) == 0)
            continue;
        for (size_t j = 0; j < i; j++)
            if (strcmp(p->v[j].key, p->v[i].key) == 0) {
                reply_error(out, 400, "parameter '%s' given more than once", p->v[i].key);
                return -1;
            }
    }
    return 0;
}

static const char *get(const ps_web_params *p, const char *key)
{
    int twice = 0;
    const char *v = param(p, key, &twice);
    return v && *v ? v : NULL; /* an empty field of a form is no value */
}

/* A number parameter with the CLI's message ("invalid --limit 'x': …"). */
static int get_count(const ps_web_params *p, const char *key, const char *opt, long lo, long hi,
                     unsigned *out_v, ps_web_reply *out)
{
    const char *s = get(p, key);
    if (!s)
        return 0;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (*end || errno || v < lo || v > hi) {
        reply_error(out, 400, "invalid %s '%s': expected a number from %ld to %ld", opt, s, lo,
                    hi);
        return -1;
    }
    *out_v = (unsigned)v;
    return 0;
}

/* A flag: all=1 / true / yes / on; 0 / false / no / off / empty. */
static int get_flag(const ps_web_params *p, const char *key, int *flag, ps_web_reply *out)
{
    const char *s = get(p, key);
    *flag = 0;
    if (!s)
        return 0;
    if (!strcmp(s, "1") || !strcmp(s, "true") || !strcmp(s, "yes") || !strcmp(s, "on")) {
        *flag = 1;
        return 0;
    }
    if (!strcmp(s, "0") || !strcmp(s, "false") || !strcmp(s, "no") || !strcmp(s, "off"))
        return 0;
    reply_error(out, 400, "invalid %s '%s': expected 1 or 0", key, s);
    return -1;
}

/* year, region, level, sector, type (prefix "vs_" for keyness's second selection). */
static int get_filter(const ps_web_params *p, const char *prefix, ps_filter *f,
                      ps_web_reply *out)
{
    char k[5][16];
    const char *names[5] = {"year", "region", "level", "sector", "type"};
    for (int i = 0; i < 5; i++)
        snprintf(k[i], sizeof k[i], "%s%s", prefix, names[i]);
    ps_filter_init(f);
    (void)out; /* a bad value is refused when the library runs the request */
    const char *year = get(p, k[0]);
    /* a list or none (2012,2015, none) is parsed, and refused, by the
       library, as for the command line */
    if (year && ps_cli_parse_year(year, &f->year_lo, &f->year_hi)) {
        f->years = year;
        f->year_lo = f->year_hi = 0;
    }
    f->region = get(p, k[1]);
    f->level = get(p, k[2]);
    f->sector = get(p, k[3]);
    f->type = get(p, k[4]);
    return 0;
}

enum { FMT_JSON, FMT_CSV, FMT_SVG };

static int get_format(const ps_web_params *p, int svg_ok, int *fmt, ps_web_reply *out)
{
    const char *s = get(p, "format");
    *fmt = FMT_JSON;
    if (!s || !strcmp(s, "json"))
        return 0;
    if (!strcmp(s, "csv")) {
        *fmt = FMT_CSV;
        return 0;
    }
    if (svg_ok && !strcmp(s, "svg")) {
        *fmt = FMT_SVG;
        return 0;
    }
    reply_error(out, 400, "invalid format '%s': expected json or csv%s", s,
                svg_ok ? " or svg" : "");
    return -1;
}

static void set_type(ps_web_reply *out, int fmt, const char *name)
{
    static const char *const types[] = {"application/json; charset=utf-8",
                                        "text/csv; charset=utf-8", "image/svg+xml"};
    static const char *const exts[] = {"json", "csv", "svg"};
    out->type = types[fmt];
    snprintf(out->filename, sizeof out->filename, "plansearch-%s.%s", name, exts[fmt]);
}

/* ---- Writing through the CLI's FILE* writers -------------------------------------- */

typedef struct memfile {
    FILE *f;
    char *data;
    size_t len;
} memfile;

static int mem_open(memfile *m)
{
    m->data = NULL;
    m->len = 0;
    m->f = open_memstream(&m->data, &m->len);
    return m->f ? 0 : -1;
}

/* Close and append what was written to out. */
static void mem_take(memfile *m, int *rc, ps_buf *out)
{
    if (fclose(m->f) != 0 && !*rc)
        *rc = PS_ENOMEM;
    if (m->data)
        ps_buf_append(rc, out, m->data, m->len);
    free(m->data);
    m->f = NULL;
    m->data = NULL;
}

/* JSON Lines as a JSON array: string values escape line breaks, so every
 * raw '\n' ends an object. */
static void lines_as_array(int *rc, ps_buf *out, const char *s, size_t n)
{
    ps_buf_putc(rc, out, '[');
    int first = 1;
    size_t i = 0;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n;
        if (e > i) {
            if (!first)
                ps_buf_putc(rc, out, ',');
            ps_buf_append(rc, out, s + i, e - i);
            first = 0;
        }
        i = e + 1;
    }
    ps_buf_putc(rc, out, ']');
}

/* What search and kwic answers were made from, for a figure quoted later. */
static void search_provenance(int *rc, ps_buf *b, const ps_web_site *site, const char *command,
                              const ps_search_request *req, const char *year)
{
    char date[32];
    ps_provenance_date(date, sizeof date);
    ps_buf_printf(rc, b, "\"provenance\":{\"command\":\"%s\",\"query\":", command);
    ps_json_str_or_null(rc, b, req->query);
    ps_buf_puts(rc, b, ",\"filters\":{\"year\":");
    ps_json_str_or_null(rc, b, year);
    ps_buf_puts(rc, b, ",\"region\":");
    ps_json_str_or_null(rc, b, req->region);
    ps_buf_puts(rc, b, ",\"level\":");
    ps_json_str_or_null(rc, b, req->level);
    ps_buf_puts(rc, b, ",\"sector\":");
    ps_json_str_or_null(rc, b, req->sector);
    ps_buf_puts(rc, b, ",\"type\":");
    ps_json_str_or_null(rc, b, req->type);
    static const char *const sorts[] = {"relevance", "year", "-year"};
    ps_buf_printf(rc, b, "},\"sort\":\"%s\",\"all\":%s,\"index\":", sorts[req->sort],
                  req->all ? "true" : "false");
    ps_json_string(rc, b, site->db, strlen(site->db));
    ps_buf_printf(rc, b, ",\"plansearch_version\":\"%s\",\"date\":\"%s\"}", site->version, date);
}

/* ---- Notes: what the CLI says on stderr beside its answer ----------------------------- */

/*
 * The notes of a request as a JSON array: a region read as one of several
 * places so named (ps_region_note, for each region given), an operator
 * written in lower case (ps_query_hint) — the CLI's "plansearch: note: …"
 * lines, from the same library calls.
 */
static void notes_json(int *rc, ps_buf *b, ps_web_reader *r, const char *const *regions,
                       size_t nregions, const char *query)
{
    ps_buf_putc(rc, b, '[');
    int n = 0;
    for (size_t i = 0; i < nregions; i++) {
        char *note = NULL;
        ps_error err;
        ps_error_clear(&err);
        if (regions[i] && ps_region_note(r->cjk, r->gaz, regions[i], &note, &err) == PS_OK &&
            note) {
            ps_buf_puts(rc, b, n++ ? "," : "");
            ps_json_string(rc, b, note, strlen(note));
        }
        free(note);
    }
    char hint[160];
    if (query && ps_query_hint(query, hint, sizeof hint)) {
        ps_buf_puts(rc, b, n++ ? "," : "");
        ps_json_string(rc, b, hint, strlen(hint));
    }
    ps_buf_putc(rc, b, ']');
}

/*
 * An analysis answers what its --json writes; when the CLI would print
 * notes beside it, they come first in the object as "notes".
 */
static void add_notes(int *rc, ps_buf *body, ps_web_reader *r, const char *const *regions,
                      size_t nregions)
{
    ps_buf notes = PS_BUF_INIT;
    notes_json(rc, &notes, r, regions, nregions, NULL);
    if (!*rc && notes.len > 2 && body->len && body->data[0] == '{') {
        ps_buf with = PS_BUF_INIT;
        ps_buf_puts(rc, &with, "{\"notes\":");
        ps_buf_append(rc, &with, notes.data, notes.len);
        ps_buf_putc(rc, &with, ',');
        ps_buf_append(rc, &with, body->data + 1, body->len - 1);
        if (!*rc) {
            ps_buf_release(body);
            *body = with;
        } else {
            ps_buf_release(&with);
        }
    }
    ps_buf_release(&notes);
}

/* ---- /api/search and /api/kwic ------------------------------------------------------- */

static void api_search(const ps_web_site *site, ps_web_reader *r, const ps_web_params *p,
                       int kwic, ps_web_reply *out)
{
    static const char *const known[] = {"q", "year", "region", "level", "sector", "type", "limit",
                                        "offset", "sort", "all", "facet", "format", NULL};
    if (check_params(p, known, NULL, out))
        return;
    ps_search_request req;
    ps_search_request_init(&req);
    ps_filter f;
    int fmt;
    if (get_filter(p, "", &f, out) || get_format(p, 0, &fmt, out) ||
        get_flag(p, "all", &req.all, out))
        return;
    req.year_lo = f.year_lo;
    req.year_hi = f.year_hi;
    req.years = f.years;
    req.region = f.region;
    req.level = f.level;
    req.sector = f.sector;
    req.type = f.type;
    req.query = get(p, "q");
    req.kwic = kwic;
    req.limit = kwic ? 100 : 10;
    if (get_count(p, "limit", "--limit", 0, kwic ? PS_WEB_MAX_KWIC_PLANS : PS_WEB_MAX_LIMIT,
                  &req.limit, out) ||
        get_count(p, "offset", "--offset", 0, 100000, &req.offset, out))
        return;
    const char *sort = get(p, "sort");
    if (sort) {
        if (!strcmp(sort, "relevance"))
            req.sort = PS_SORT_RELEVANCE;
        else if (!strcmp(sort, "year"))
            req.sort = PS_SORT_YEAR_ASC;
        else if (!strcmp(sort, "-year"))
            req.sort = PS_SORT_YEAR_DESC;
        else {
            reply_error(out, 400, "unknown --sort '%s': expected one of relevance year -year",
                        sort);
            return;
        }
    }
    const char *facet = get(p, "facet");
    if (facet && !kwic) {
        char *copy = strdup(facet), *save = NULL;
        if (!copy) {
            reply_oom(out);
            return;
        }
        for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
            int fc = ps_facet_by_name(w);
            if (fc < 0) {
                reply_error(out, 400, "unknown --facet '%s': expected one of year region "
                            "province level sector type", w);
                free(copy);
                return;
            }
            req.facets |= 1u << fc;
        }
        free(copy);
    }
    if (!req.query && !f.year_lo && !f.year_hi && !f.region && !f.level && !f.sector && !f.type) {
        reply_error(out, 400,
                    "malformed query: the query is empty (see 'plansearch --help')");
        return;
    }

    ps_error err;
    ps_error_clear(&err);
    ps_result *res = NULL;
    if (ps_web_reader_open(site, r, &err) || ps_search(r->searcher, &req, &res, &err)) {
        reply_lib_error(out, &err);
        return;
    }

    int rc = PS_OK;
    memfile m;
    if (mem_open(&m)) {
        ps_result_free(res);
        {
            reply_oom(out);
            return;
        }
    }
    if (fmt == FMT_CSV)
        (kwic ? ps_print_kwic_csv_header : ps_print_csv_header)(m.f);
    for (size_t i = 0; i < ps_result_size(res); i++) {
        const ps_hit *h = ps_result_hit(res, i);
        if (fmt == FMT_CSV)
            (kwic ? ps_print_kwic_csv : ps_print_hit_csv)(m.f, h);
        else
            (kwic ? ps_print_kwic_json : ps_print_hit_json)(m.f, h);
    }
    ps_buf hits = PS_BUF_INIT;
    mem_take(&m, &rc, &hits);
    ps_buf *b = &out->body;
    if (fmt == FMT_CSV) {
        /* the CLI's --csv, provenance columns and all */
        const char *query = req.query;
        ps_provenance prov = {.command = kwic ? "kwic" : "search", .queries = &query,
                              .nqueries = query ? 1 : 0, .filter = &f, .all = req.all,
                              .db = site->db, .version = site->version};
        ps_provenance_date(prov.date, sizeof prov.date);
        ps_provenance_csv(&rc, b, hits.data, hits.len, &prov);
    } else {
        ps_buf_printf(&rc, b, "{\"total\":%u,\"%s\":", ps_result_total(res),
                      kwic ? "lines" : "hits");
        lines_as_array(&rc, b, hits.data, hits.len);
        ps_buf_puts(&rc, b, ",\"facets\":{");
        int nf = 0;
        for (int fc = 0; fc < PS_FACET_COUNT; fc++) {
            if (!(req.facets & (1u << fc)))
                continue;
            ps_buf lines = PS_BUF_INIT;
            if (mem_open(&m)) {
                rc = PS_ENOMEM;
                break;
            }
            ps_print_facets_json(m.f, res, 1u << fc);
            mem_take(&m, &rc, &lines);
            ps_buf_printf(&rc, b, "%s\"%s\":", nf++ ? "," : "", ps_facet_name(fc));
            lines_as_array(&rc, b, lines.data, lines.len);
            ps_buf_release(&lines);
        }
        ps_buf_puts(&rc, b, "},\"notes\":");
        notes_json(&rc, b, r, &req.region, 1, req.query);
        ps_buf_putc(&rc, b, ',');
        search_provenance(&rc, b, site, kwic ? "kwic" : "search", &req, get(p, "year"));
        ps_buf_puts(&rc, b, "}\n");
    }
    ps_buf_release(&hits);
    ps_result_free(res);
    if (rc) {
        reply_oom(out);
        return;
    }
    out->status = 200;
    set_type(out, fmt, kwic ? "kwic" : "search");
}

/* ---- /api/show ----------------------------------------------------------------------- */

static void api_show(const ps_web_site *site, ps_web_reader *r, const ps_web_params *p,
                     ps_web_reply *out)
{
    static const char *const known[] = {"id", NULL};
    if (check_params(p, known, NULL, out))
        return;
    const char *id = get(p, "id");
    if (!id) {
        reply_error(out, 400, "usage: plansearch show [--db DIR] ID [--json] [--raw]");
        return;
    }
    ps_error err;
    ps_error_clear(&err);
    ps_stored_doc *d = NULL;
    if (ps_web_reader_open(site, r, &err)) {
        reply_lib_error(out, &err);
        return;
    }
    int rc = ps_searcher_get(r->searcher, id, &d, &err);
    if (rc == PS_DONE) {
        reply_error(out, 404, "no document with id '%s'", id);
        return;
    }
    if (rc) {
        reply_lib_error(out, &err);
        return;
    }
    ps_copies *copies = NULL;
    if (ps_searcher_copies(r->searcher, ps_stored_doc_rec(d), &copies, &err)) {
        ps_stored_doc_free(d);
        reply_lib_error(out, &err);
        return;
    }
    memfile m;
    rc = PS_OK;
    if (mem_open(&m)) {
        ps_copies_free(copies);
        ps_stored_doc_free(d);
        reply_oom(out);
        return;
    }
    char date[32];
    ps_provenance_date(date, sizeof date);
    ps_doc_provenance prov = {site->db, site->version, date};
    ps_print_doc_json(m.f, ps_stored_doc_rec(d), copies, &prov);
    mem_take(&m, &rc, &out->body);
    ps_copies_free(copies);
    ps_stored_doc_free(d);
    if (rc) {
        reply_oom(out);
        return;
    }
    out->status = 200;
    set_type(out, FMT_JSON, "show");
}

/* ---- Analyses -------------------------------------------------------------------------- */

static int provenance(const ps_web_site *site, ps_web_reader *r, ps_provenance *prov,
                      ps_error *err)
{
    prov->db = site->db;
    prov->version = site->version;
    ps_provenance_date(prov->date, sizeof prov->date);
    return ps_analyzer_info(r->analyzer, &prov->index, err);
}

/* A comparison as CSV or chart, carrying its provenance as the CLI's do. */
static void with_provenance(int *rc, ps_buf *out, int fmt, const ps_comparison *c,
                            const ps_provenance *prov)
{
    ps_buf plain = PS_BUF_INIT;
    if (fmt == FMT_CSV) {
        ps_compare_csv(rc, &plain, c);
        ps_provenance_csv(rc, out, plain.data, plain.len, prov);
    } else {
        ps_compare_svg(rc, &plain, c);
        ps_provenance_svg(rc, out, plain.data, plain.len, prov);
    }
    ps_buf_release(&plain);
}

static void api_compare(const ps_web_site *site, ps_web_reader *r, const ps_web_params *p,
                        ps_web_reply *out)
{
    static const char *const known[] = {"term", "by", "year", "region", "level", "sector",
                                        "type", "all", "format", NULL};
    if (check_params(p, known, "term", out))
        return;
    const char *terms[PS_WEB_MAX_TERMS];
    size_t nterms = 0;
    for (size_t i = 0; i < p->n; i++)
        if (!strcmp(p->v[i].key, "term") && *p->v[i].value) {
            if (nterms == PS_WEB_MAX_TERMS) {
                reply_error(out, 400, "too many terms: at most %d",
                            PS_WEB_MAX_TERMS);
                return;
            }
            terms[nterms++] = p->v[i].value;
        }
    ps_compare_request req = {0};
    int fmt;
    if (get_filter(p, "", &req.filter, out) || get_flag(p, "all", &req.all, out) ||
        get_format(p, 1, &fmt, out))
        return;
    if (!nterms) {
        reply_error(out, 400, "compare needs at least one term");
        return;
    }
    const char *by = get(p, "by");
    if (by && (req.by = ps_group_by_parse(by)) < 0) {
        reply_error(out, 400,
                    "unknown --by '%s': expected one of year province region level sector type",
                    by);
        return;
    }
    req.terms = terms;
    req.nterms = nterms;
    ps_error err;
    ps_error_clear(&err);
    ps_comparison *c = NULL;
    ps_provenance prov = {.command = "compare", .queries = terms, .nqueries = nterms,
                          .filter = &req.filter, .by = ps_group_by_name(req.by),
                          .all = req.all};
    if (need_analyzer(site, r, &err) || ps_compare(r->analyzer, &req, &c, &err) ||
        provenance(site, r, &prov, &err)) {
        ps_comparison_free(c);
        reply_lib_error(out, &err);
        return;
    }
    int rc = PS_OK;
    if (fmt == FMT_JSON) {
        ps_compare_json(&rc, &out->body, c, &prov);
        add_notes(&rc, &out->body, r, &req.filter.region, 1);
    } else
        with_provenance(&rc, &out->body, fmt, c, &prov);
    ps_comparison_free(c);
    if (rc) {
        reply_oom(out);
        return;
    }
    out->status = 200;
    set_type(out, fmt, "compare");
}

static void api_keyness(const ps_web_site *site, ps_web_reader *r, const ps_web_params *p,
                        ps_web_reply *out)
{
    static const char *const known[] = {"year",     "region",    "level",     "sector",
                                        "type",     "vs_year",   "vs_region", "vs_level",
                                        "vs_sector", "vs_type",  "limit",     "min",
                                        "min_plans", "all",      "format",    NULL};
    if (check_params(p, known, NULL, out))
        return;
    ps_keyness_request req;
    ps_keyness_request_init(&req);
    unsigned lim = (unsigned)req.limit;
    int fmt;
    if (get_filter(p, "", &req.a, out) || get_filter(p, "vs_", &req.b, out) ||
        get_flag(p, "all", &req.all, out) || get_format(p, 0, &fmt, out) ||
        get_count(p, "limit", "--limit", 1, PS_WEB_MAX_LIMIT, &lim, out) ||
        get_count(p, "min", "--min", 1, 1000000, &req.min_count, out) ||
        get_count(p, "min_plans", "--min-plans", 1, 1000000, &req.min_docs, out))
        return;
    req.limit = lim;
    ps_error err;
    ps_error_clear(&err);
    ps_keyness *k = NULL;
    if (need_analyzer(site, r, &err) || need_words(r, &err) ||
        ps_keyness_run(r->analyzer, &req, &k, &err)) {
        reply_lib_error(out, &err);
        return;
    }
    if (!k->a.docs || !k->b.docs) {
        const char *which = !k->a.docs ? "A" : "B (after --vs)";
        ps_keyness_free(k);
        reply_error(out, 400, "selection %s holds no plan", which);
        return;
    }
    char cand[512];
    ps_acli_keyness_candidates(cand, sizeof cand, &req, r->words);
    ps_provenance prov = {.command = "keyness", .filter = &req.a, .vs = &req.b,
                          .all = req.all, .candidates = cand};
    int rc = PS_OK;
    if (provenance(site, r, &prov, &err)) {
        ps_keyness_free(k);
        reply_lib_error(out, &err);
        return;
    }
    if (fmt == FMT_JSON) {
        ps_keyness_json(&rc, &out->body, k, &prov);
        const char *regions[2] = {req.a.region, req.b.region};
        add_notes(&rc, &out->body, r, regions, 2);
    } else {
        ps_buf plain = PS_BUF_INIT;
        ps_keyness_csv(&rc, &plain, k);
        ps_provenance_csv(&rc, &out->body, plain.data, plain.len, &prov);
        ps_buf_release(&plain);
    }
    ps_keyness_free(k);
    if (rc) {
        reply_oom(out);
        return;
    }
    out->status = 200;
    set_type(out, fmt, "keyness");
}

static void api_collocates(const ps_web_site *site, ps_web_reader *r, const ps_web_params *p,
                           ps_web_reply *out)
{
    static const char *const known[] = {"term",  "window", "year", "region", "level", "sector",
                                        "type",  "limit",  "min",  "all",    "format", NULL};
    if (check_params(p, known, NULL, out))
        return;
    ps_collocates_request req;
    ps_collocates_request_init(&req);
    unsigned lim = (unsigned)req.limit;
    int fmt;
    if (get_filter(p, "", &req.filter, out) || get_flag(p, "all", &req.all, out) ||
        get_format(p, 0, &fmt, out) ||
        get_count(p, "limit", "--limit", 1, PS_WEB_MAX_LIMIT, &lim, out) ||
        get_count(p, "min", "--min", 1, 1000000, &req.min_count, out) ||
        get_count(p, "window", "--window", 1, 1000, &req.window, out))
        return;
    req.term = get(p, "term");
    if (!req.term) {
        reply_error(out, 400, "collocates needs a term");
        return;
    }
    req.limit = lim;
    ps_error err;
    ps_error_clear(&err);
    ps_collocates *c = NULL;
    if (need_analyzer(site, r, &err) || need_words(r, &err) ||
        ps_collocates_run(r->analyzer, &req, &c, &err)) {
        reply_lib_error(out, &err);
        return;
    }
    char cand[512];
    ps_acli_collocates_candidates(cand, sizeof cand, &req, r->words);
    const char *q = req.term;
    ps_provenance prov = {.command = "collocates", .queries = &q, .nqueries = 1,
                          .filter = &req.filter, .all = req.all, .window = req.window,
                          .candidates = cand};
    int rc = PS_OK;
    if (provenance(site, r, &prov, &err)) {
        ps_collocates_free(c);
        reply_lib_error(out, &err);
        return;
    }
    if (fmt == FMT_JSON) {
        ps_collocates_json(&rc, &out->body, c, &prov);
        add_notes(&rc, &out->body, r, &req.filter.region, 1);
    } else {
        ps_buf plain = PS_BUF_INIT;
        ps_collocates_csv(&rc, &plain, c);
        ps_provenance_csv(&rc, &out->body, plain.data, plain.len, &prov);
        ps_buf_release(&plain);
    }
    ps_collocates_free(c);
    if (rc) {
        reply_oom(out);
        return;
    }
    out->status = 200;
    set_type(out, fmt, "collocates");
}

static void api_stats(const ps_web_site *site, ps_web_reader *r, const ps_web_params *p,
                      ps_web_reply *out)
{
    static const char *const known[] = {"year", "region", "level", "sector", "type", "all",
                                        "format", NULL};
    if (check_params(p, known, NULL, out))
        return;
    ps_compare_request req = {0};
    int fmt;
    if (get_filter(p, "", &req.filter, out) || get_flag(p, "all", &req.all, out) ||
        get_format(p, 0, &fmt, out))
        return;
    ps_error err;
    ps_error_clear(&err);
    ps_comparison *c[PS_STATS_NGROUPINGS] = {NULL};
    ps_provenance prov = {.command = "stats", .filter = &req.filter, .all = req.all};
    int rc = need_analyzer(site, r, &err);
    for (size_t i = 0; !rc && i < PS_STATS_NGROUPINGS; i++) {
        req.by = ps_stats_grouping(i);
        rc = ps_compare(r->analyzer, &req, &c[i], &err);
    }
    if (!rc)
        rc = provenance(site, r, &prov, &err);
    if (rc) {
        reply_lib_error(out, &err);
    } else if (fmt == FMT_JSON) {
        ps_stats_json(&rc, &out->body, c, &prov);
        add_notes(&rc, &out->body, r, &req.filter.region, 1);
    } else {
        ps_buf plain = PS_BUF_INIT;
        ps_stats_csv(&rc, &plain, c);
        ps_provenance_csv(&rc, &out->body, plain.data, plain.len, &prov);
        ps_buf_release(&plain);
    }
    for (size_t i = 0; i < PS_STATS_NGROUPINGS; i++)
        ps_comparison_free(c[i]);
    if (out->status)
        return;
    if (rc) {
        reply_oom(out);
        return;
    }
    out->status = 200;
    set_type(out, fmt, "stats");
}

/*
 * /api/regions: the places the index holds plans from (province/city/county
 * paths with their plan counts), for the page's region picker.
 */
static void api_regions(const ps_web_site *site, ps_web_reader *r, const ps_web_params *p,
                        ps_web_reply *out)
{
    static const char *const known[] = {NULL};
    if (check_params(p, known, NULL, out))
        return;
    ps_search_request req;
    ps_search_request_init(&req);
    req.limit = 0;
    req.all = 1;
    req.facets = 1u << PS_FACET_REGION;
    ps_error err;
    ps_error_clear(&err);
    ps_result *res = NULL;
    if (ps_web_reader_open(site, r, &err) || ps_search(r->searcher, &req, &res, &err)) {
        reply_lib_error(out, &err);
        return;
    }
    int rc = PS_OK;
    memfile m;
    ps_buf lines = PS_BUF_INIT;
    if (mem_open(&m)) {
        rc = PS_ENOMEM;
    } else {
        ps_print_facets_json(m.f, res, req.facets);
        mem_take(&m, &rc, &lines);
    }
    ps_buf_puts(&rc, &out->body, "{\"regions\":");
    lines_as_array(&rc, &out->body, lines.data, lines.len);
    ps_buf_puts(&rc, &out->body, "}\n");
    ps_buf_release(&lines);
    ps_result_free(res);
    if (rc) {
        reply_oom(out);
        return;
    }
    out->status = 200;
    set_type(out, FMT_JSON, "regions");
}

void ps_web_api(const ps_web_site *site, ps_web_reader *r, const char *endpoint,
                const ps_web_params *p, ps_web_reply *out)
{
    out->status = 0;
    out->filename[0] = '\0';
    ps_web_reader_refresh(r, site->db);
    if (!strcmp(endpoint, "search"))
        api_search(site, r, p, 0, out);
    else if (!strcmp(endpoint, "kwic"))
        api_search(site, r, p, 1, out);
    else if (!strcmp(endpoint, "show"))
        api_show(site, r, p, out);
    else if (!strcmp(endpoint, "compare"))
        api_compare(site, r, p, out);
    else if (!strcmp(endpoint, "keyness"))
        api_keyness(site, r, p, out);
    else if (!strcmp(endpoint, "collocates"))
        api_collocates(site, r, p, out);
    else if (!strcmp(endpoint, "stats"))
        api_stats(site, r, p, out);
    else if (!strcmp(endpoint, "regions"))
        api_regions(site, r, p, out);
    else
        reply_error(out, 404, "no such endpoint '/api/%s'", endpoint);
    if (out->status == 200 && out->body.len > PS_WEB_MAX_BODY)
        reply_error(out, 413, "the answer is larger than %u MB: narrow the request "
                    "(limit, filters)", PS_WEB_MAX_BODY >> 20);
}
