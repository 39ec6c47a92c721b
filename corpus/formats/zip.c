/*
 * ZIP-packaged documents: Word .docx (and the .docx-compatible files WPS
 * writes), OpenDocument .odt, and OFD (GB/T 33190).  libzip reads the
 * archive from memory, libxml2 the parts (no network, no entity
 * substitution, its default limits on depth and entity expansion).
 */
#include "formats.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

/* A part larger than this is not a plan (and may be a zip bomb). */
#define MAX_PART ((zip_uint64_t)256 << 20)

static int is(const xmlNode *n, const char *local)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, local) == 0;
}

/* Read one member; NULL with *rc set (PS_EENCODING and err) on failure,
 * NULL with *rc == PS_OK when absent. */
static char *read_part(zip_t *za, const char *name, size_t *len, int *rc, ps_error *err)
{
    *len = 0;
    zip_int64_t idx = zip_name_locate(za, name, ZIP_FL_NOCASE);
    if (idx < 0)
        return NULL;
    zip_stat_t st;
    if (zip_stat_index(za, (zip_uint64_t)idx, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        *rc = ps_error_set(err, PS_EENCODING, "damaged archive (member '%s')", name);
        return NULL;
    }
    if (st.size > MAX_PART) {
        *rc = ps_error_set(err, PS_EENCODING, "member '%s' too large (%llu MB)", name,
                           (unsigned long long)(st.size >> 20));
        return NULL;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        *rc = ps_error_set(err, PS_EENCODING, "archive is encrypted");
        return NULL;
    }
    zip_file_t *f = zip_fopen_index(za, (zip_uint64_t)idx, 0);
    if (!f) {
        *rc = ps_error_set(err, PS_EENCODING, "damaged archive (member '%s': %s)", name,
                           zip_strerror(za));
        return NULL;
    }
    char *buf = malloc((size_t)st.size + 1);
    size_t got = 0;
    while (buf && got < st.size) {
        zip_int64_t k = zip_fread(f, buf + got, st.size - got);
        if (k <= 0)
            break;
        got += (size_t)k;
    }
    zip_fclose(f);
    if (!buf) {
        *rc = ps_error_set(err, PS_ENOMEM, "out of memory");
        return NULL;
    }
    if (got != st.size) {
        free(buf);
        *rc = ps_error_set(err, PS_EENCODING, "damaged archive (member '%s' truncated)",
                           name);
        return NULL;
    }
    buf[got] = '\0';
    *len = got;
    return buf;
}

static xmlDoc *parse_part(zip_t *za, const char *name, int *rc, ps_error *err)
{
    size_t len;
    char *buf = read_part(za, name, &len, rc, err);
    if (!buf)
        return NULL;
    xmlDoc *doc = xmlReadMemory(buf, (int)len, name, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    free(buf);
    if (!doc)
        *rc = ps_error_set(err, PS_EENCODING, "malformed XML in '%s'", name);
    return doc;
}

static void put_content(int *rc, ps_buf *out, const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    if (c) {
        ps_buf_puts(rc, out, (const char *)c);
        xmlFree(c);
    }
}

static char *content_of(const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *s = NULL;
    if (c) {
        const char *p = (const char *)c;
        while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
            p++;
        if (*p)
            s = strdup(p);
        xmlFree(c);
    }
    return s;
}

/* First element named `local` under n (depth first). */
static const xmlNode *find(const xmlNode *n, const char *local)
{
    for (; n; n = n->next) {
        if (is(n, local))
            return n;
        const xmlNode *c = find(n->children, local);
        if (c)
            return c;
    }
    return NULL;
}

static void props_from(xmlDoc *doc, const char *title, const char *author,
                       const char *created, ps_extract *x)
{
    const xmlNode *root = xmlDocGetRootElement(doc), *n;
    if (!x->title && (n = find(root, title)))
        x->title = content_of(n);
    if (!x->author && (n = find(root, author)))
        x->author = content_of(n);
    if (!x->created && (n = find(root, created)) && (x->created = content_of(n)) &&
        strlen(x->created) > 10)
        x->created[10] = '\0'; /* 2012-02-06T08:00:00Z: the date */
}

/* ---- Word .docx ---------------------------------------------------------- */

/* Paragraphs (headings, list items and table cells are paragraphs too) as
 * lines; w:t text, w:tab and w:br; deleted text and field codes left out. */
static void docx_walk(const xmlNode *n, int *rc, ps_buf *out)
{
    for (; n && !*rc; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is(n, "t")) {
            put_content(rc, out, n);
        } else if (is(n, "tab")) {
            ps_buf_putc(rc, out, '\t');
        } else if (is(n, "br") || is(n, "cr")) {
            ps_buf_putc(rc, out, '\n');
        } else if (is(n, "delText") || is(n, "instrText")) {
            continue;
        } else {
            docx_walk(n->children, rc, out);
            if (is(n, "p"))
                ps_buf_putc(rc, out, '\n');
        }
    }
}

static int docx(zip_t *za, ps_extract *x, ps_error *err)
{
    int rc = PS_OK;
    xmlDoc *doc = parse_part(za, "word/document.xml", &rc, err);
    if (!doc)
        return rc ? rc : ps_error_set(err, PS_EENCODING, "damaged Word document");
    docx_walk(xmlDocGetRootElement(doc), &rc, &x->text);
    xmlFreeDoc(doc);
    int prc = PS_OK;
    ps_error perr;
    /* a broken core.xml costs the properties, not the text */
    xmlDoc *core = parse_part(za, "docProps/core.xml", &prc, &perr);
    if (core) {
        props_from(core, "title", "creator", "created", x);
        xmlFreeDoc(core);
    }
    return rc;
}

/* ---- OpenDocument .odt ----------------------------------------------------- */

static void odt_walk(const xmlNode *n, int *rc, ps_buf *out)
{
    for (; n && !*rc; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->parent && n->parent->type == XML_ELEMENT_NODE &&
                (is(n->parent, "p") || is(n->parent, "h") || is(n->parent, "span") ||
                 is(n->parent, "a")))
                ps_buf_puts(rc, out, (const char *)n->content);
        } else if (is(n, "s")) {
            ps_buf_putc(rc, out, ' ');
        } else if (is(n, "tab")) {
            ps_buf_putc(rc, out, '\t');
        } else if (is(n, "line-break")) {
            ps_buf_putc(rc, out, '\n');
        } else if (n->type == XML_ELEMENT_NODE) {
            odt_walk(n->children, rc, out);
            if (is(n, "p") || is(n, "h"))
                ps_buf_putc(rc, out, '\n');
        }
    }
}

static int odt(zip_t *za, ps_extract *x, ps_error *err)
{
    int rc = PS_OK;
    xmlDoc *doc = parse_part(za, "content.xml", &rc, err);
    if (!doc)
        return rc ? rc : ps_error_set(err, PS_EENCODING, "damaged OpenDocument file");
    odt_walk(xmlDocGetRootElement(doc), &rc, &x->text);
    xmlFreeDoc(doc);
    int prc = PS_OK;
    ps_error perr;
    xmlDoc *meta = parse_part(za, "meta.xml", &prc, &perr);
    if (meta) {
        props_from(meta, "title", "initial-creator", "creation-date", x);
        xmlFreeDoc(meta);
    }
    return rc;
}

/* ---- OFD ------------------------------------------------------------------- */

/* A package path: absolute ("/Doc_0/…") or relative to base's folder. */
static void resolve(const char *base, const char *ref, char *out, size_t size)
{
    while (*ref == ' ' || *ref == '\n' || *ref == '\t')
        ref++;
    if (*ref == '/') {
        snprintf(out, size, "%s", ref + 1);
        return;
    }
    const char *slash = strrchr(base, '/');
    int dir = slash ? (int)(slash - base + 1) : 0;
    snprintf(out, size, "%.*s%s", dir, base, ref);
    size_t n = strlen(out);
    while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '\n'))
        out[--n] = '\0';
}

static double attr_num(const xmlNode *n, const char *name, int field)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    double d = 0;
    if (v) {
        const char *p = (const char *)v;
        for (int i = 0; i <= field && *p; i++) {
            char *end;
            d = strtod(p, &end);
            if (end == p)
                break;
            p = end;
        }
        xmlFree(v);
    }
    return d;
}

typedef struct ofd_state {
    int started;
    double y;
} ofd_state;

/* Text objects in the order the page lists them; a new line when the
 * baseline moves (by more than half the object's height, or 1 mm). */
static void ofd_walk(const xmlNode *n, ofd_state *st, int *rc, ps_buf *out)
{
    for (; n && !*rc; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is(n, "TextObject")) {
            double by = attr_num(n, "Boundary", 1), bh = attr_num(n, "Boundary", 3);
            double tol = bh / 2 > 1.0 ? bh / 2 : 1.0;
            for (const xmlNode *c = n->children; c; c = c->next) {
                if (!is(c, "TextCode"))
                    continue;
                double y = by + attr_num(c, "Y", 0);
                if (st->started && (y - st->y > tol || st->y - y > tol))
                    ps_buf_putc(rc, out, '\n');
                st->started = 1;
                st->y = y;
                put_content(rc, out, c);
            }
        } else {
            ofd_walk(n->children, st, rc, out);
        }
    }
}

static int ofd(zip_t *za, ps_extract *x, ps_error *err)
{
    int rc = PS_OK;
    xmlDoc *root = parse_part(za, "OFD.xml", &rc, err);
    if (!root)
        return rc ? rc : ps_error_set(err, PS_EENCODING, "damaged OFD file");
    int docs = 0;
    for (const xmlNode *body = xmlDocGetRootElement(root)->children; body && !rc;
         body = body->next) {
        if (!is(body, "DocBody"))
            continue;
        const xmlNode *info = find(body->children, "DocInfo");
        if (info) {
            const xmlNode *t = find(info->children, "Title");
            if (!x->title && t)
                x->title = content_of(t);
            const xmlNode *a = find(info->children, "Author");
            if (!x->author && a)
                x->author = content_of(a);
            const xmlNode *c = find(info->children, "CreationDate");
            if (!x->created && c)
                x->created = content_of(c);
        }
        const xmlNode *dr = find(body->children, "DocRoot");
        char *ref = dr ? content_of(dr) : NULL;
        if (!ref)
            continue;
        char docpath[1024];
        resolve("", ref, docpath, sizeof docpath);
        free(ref);
        xmlDoc *doc = parse_part(za, docpath, &rc, err);
        if (!doc) {
            if (!rc)
                rc = ps_error_set(err, PS_EENCODING, "OFD document '%s' is missing", docpath);
            break;
        }
        docs++;
        const xmlNode *pages = find(xmlDocGetRootElement(doc), "Pages");
        for (const xmlNode *pg = pages ? pages->children : NULL; pg && !rc; pg = pg->next) {
            if (!is(pg, "Page"))
                continue;
            xmlChar *loc = xmlGetProp(pg, (const xmlChar *)"BaseLoc");
            if (!loc)
                continue;
            char pagepath[1024];
            resolve(docpath, (const char *)loc, pagepath, sizeof pagepath);
            xmlFree(loc);
            xmlDoc *page = parse_part(za, pagepath, &rc, err);
            if (!page) {
                if (!rc)
                    rc = ps_error_set(err, PS_EENCODING, "OFD page '%s' is missing",
                                      pagepath);
                break;
            }
            ofd_state st = {0, 0};
            ofd_walk(xmlDocGetRootElement(page), &st, &rc, &x->text);
            ps_buf_putc(&rc, &x->text, '\n');
            xmlFreeDoc(page);
        }
        xmlFreeDoc(doc);
    }
    xmlFreeDoc(root);
    if (!rc && !docs)
        rc = ps_error_set(err, PS_EENCODING, "OFD file has no document");
    return rc;
}

int ps_zip_extract(const char *data, size_t n, const ps_extract_opts *o, ps_extract *x,
                   ps_error *err)
{
    (void)o;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, n, 0, &ze);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!za) {
        int rc = ps_error_set(err, PS_EENCODING, "damaged ZIP archive (%s)",
                              zip_error_strerror(&ze));
        if (src)
            zip_source_free(src);
        zip_error_fini(&ze);
        return rc;
    }
    zip_error_fini(&ze);
    xmlInitParser();
    int rc;
    if (zip_name_locate(za, "word/document.xml", ZIP_FL_NOCASE) >= 0) {
        x->format = "DOCX";
        rc = docx(za, x, err);
    } else if (zip_name_locate(za, "OFD.xml", ZIP_FL_NOCASE) >= 0) {
        x->format = "OFD";
        rc = ofd(za, x, err);
    } else if (zip_name_locate(za, "content.xml", 0) >= 0 &&
               zip_name_locate(za, "mimetype", 0) >= 0) {
        x->format = "ODT";
        rc = odt(za, x, err);
    } else {
        rc = ps_error_set(err, PS_EENCODING,
                          "a ZIP archive that is not a Word, OpenDocument or OFD document");
    }
    zip_discard(za);
    return rc;
}
