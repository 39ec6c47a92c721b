// The only C++ translation unit of plansearch: Xapian behind a C API.
//
// Every extern "C" function is noexcept and wraps its body in try/catch(...)
// whose handler (psx_fail) rethrows to classify the exception, so a missed
// path stops the program with std::terminate instead of unwinding through C
// frames.  Functions that cannot throw (free, size getters) skip the try.

#include "psx.h"

#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include <sys/stat.h>

struct psx_db {
    Xapian::Database *db;          // owned; a WritableDatabase when writable
    Xapian::WritableDatabase *wdb; // same object as db when writable, else null
    bool in_txn;                   // an unflushed transaction is open
    bool no_spies;                 // a remote shard refused our match spy
    std::string path;              // as opened, for more read-only handles
};

struct psx_doc {
    Xapian::Document doc;
};

struct psx_query {
    Xapian::Query q;
};

struct psx_facet {
    std::vector<std::pair<std::string, unsigned>> values;
};

struct psx_hit_store {
    unsigned docid;
    double weight;
    unsigned collapse_count;
    std::string data;
    std::string value;
};

struct psx_seen_store {
    unsigned docid;
    double weight;
    std::string value[2];
};

struct psx_mset {
    std::vector<psx_hit_store> hits;
    unsigned matches;
    std::vector<psx_facet> facets;
    bool seen_ok = false;
    std::vector<psx_seen_store> seen;
};

namespace {

// Classify the exception being handled; only call from inside a catch block.
int psx_fail(ps_error *err, const char *what)
{
    try {
        throw;
    } catch (const Xapian::DatabaseNotFoundError &e) {
        return ps_error_set(err, PS_EINDEX_NOTFOUND, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::DatabaseLockError &e) {
        return ps_error_set(err, PS_EINDEX_LOCKED, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::DatabaseCorruptError &e) {
        return ps_error_set(err, PS_EINDEX_CORRUPT, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::DatabaseVersionError &e) {
        return ps_error_set(err, PS_EINDEX,
                            "%s: %s (rebuild the index with 'plansearch index --rebuild')",
                            what, e.get_description().c_str());
    } catch (const Xapian::DatabaseOpeningError &e) {
        return ps_error_set(err, PS_EINDEX_NOTFOUND, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::NetworkError &e) {
        // A shard of a stub database: say which machine did not answer
        // (the context reads "remote:tcp(HOST:PORT)").
        std::string shard = e.get_context();
        const std::string tcp = "remote:tcp(";
        if (shard.compare(0, tcp.size(), tcp) == 0 && shard.back() == ')')
            shard = shard.substr(tcp.size(), shard.size() - tcp.size() - 1);
        const char *why = e.get_error_string();
        return ps_error_set(err, PS_EINDEX, "%s: shard '%s' unreachable: %s%s%s%s", what,
                            shard.c_str(), e.get_msg().c_str(), why ? " (" : "",
                            why ? why : "", why ? ")" : "");
    } catch (const Xapian::DatabaseError &e) {
        return ps_error_set(err, PS_EINDEX, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::QueryParserError &e) {
        return ps_error_set(err, PS_EQUERY, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::RangeError &e) {
        return ps_error_set(err, PS_EQUERY, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::InvalidArgumentError &e) {
        return ps_error_set(err, PS_EINVAL, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::LogicError &e) {
        return ps_error_set(err, PS_EINTERNAL, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const Xapian::Error &e) {
        return ps_error_set(err, PS_EINDEX, "%s: %s", what,
                            e.get_description().c_str());
    } catch (const std::bad_alloc &) {
        return ps_error_set(err, PS_ENOMEM, "%s: out of memory", what);
    } catch (const std::exception &e) {
        return ps_error_set(err, PS_EINTERNAL, "%s: %s", what, e.what());
    } catch (...) {
        return ps_error_set(err, PS_EINTERNAL, "%s: unknown C++ exception", what);
    }
}

// A reader whose revision a writer has just recycled must reopen and try
// again (a search running while 'plansearch index' commits).  True when the
// caller should retry.
bool psx_reopen(psx_db *db, int attempt)
{
    if (attempt >= 5 || db->wdb)
        return false;
    try {
        db->db->reopen();
    } catch (...) {
        return false;
    }
    return true;
}

// Internal to this file: "retry after reopening" (never returned to C).
const int PS_EAGAIN_MODIFIED = 1000;

int psx_nomem(ps_error *err, const char *what)
{
    return ps_error_set(err, PS_ENOMEM, "%s: out of memory", what);
}

// A document's data handed to C: a malloc'd, NUL-terminated copy.
int psx_copy_out(const std::string &d, char **data, size_t *len, ps_error *err)
{
    char *p = static_cast<char *>(malloc(d.size() + 1));
    if (!p)
        return psx_nomem(err, "cannot read document");
    memcpy(p, d.data(), d.size());
    p[d.size()] = '\0';
    *data = p;
    *len = d.size();
    return PS_OK;
}

// Our own C-side checks, done before Xapian sees the arguments.
bool psx_term_ok(const char *term, size_t len)
{
    // Xapian's glass backend rejects terms longer than 245 bytes.
    return term != nullptr && len > 0 && len <= 245;
}

Xapian::Query::op psx_xop(int op)
{
    switch (op) {
    case PSX_OP_AND: return Xapian::Query::OP_AND;
    case PSX_OP_OR: return Xapian::Query::OP_OR;
    case PSX_OP_AND_NOT: return Xapian::Query::OP_AND_NOT;
    case PSX_OP_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
    case PSX_OP_FILTER: return Xapian::Query::OP_FILTER;
    case PSX_OP_PHRASE: return Xapian::Query::OP_PHRASE;
    case PSX_OP_NEAR: return Xapian::Query::OP_NEAR;
    default: return Xapian::Query::OP_SYNONYM;
    }
}

} // namespace

extern "C" {

int psx_db_open(const char *path, int mode, psx_db **out, ps_error *err) noexcept
{
    *out = nullptr;
    psx_db *h = new (std::nothrow) psx_db{nullptr, nullptr, false, false, std::string()};
    if (!h)
        return psx_nomem(err, "cannot open index");
    try {
        h->path = path;
        if (mode == PSX_OPEN_READ) {
            h->db = new Xapian::Database(path);
            if (h->db->size() == 0) // an empty stub file opens as no database
                throw Xapian::DatabaseOpeningError("stub database lists no shards");
        } else {
            int action = mode == PSX_OPEN_OVERWRITE ? Xapian::DB_CREATE_OR_OVERWRITE
                                                    : Xapian::DB_CREATE_OR_OPEN;
            h->wdb = new Xapian::WritableDatabase(path, action);
            h->db = h->wdb;
        }
    } catch (...) {
        delete h->db; // set only when the stub check threw
        delete h;
        // name the index: a researcher may have several
        char what[300];
        snprintf(what, sizeof what, "cannot open index '%.250s'", path);
        int rc = psx_fail(err, what);
        // A file there is a stub (or single-file) database with a shard
        // missing: an error to show, not "no index yet" to build one over.
        struct stat st;
        if (rc == PS_EINDEX_NOTFOUND && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            rc = PS_EINDEX;
            if (err)
                err->code = rc;
        }
        return rc;
    }
    *out = h;
    return PS_OK;
}

const char *psx_db_path(const psx_db *db) noexcept
{
    return db->path.c_str();
}

void psx_db_close(psx_db *db) noexcept
{
    if (!db)
        return;
    try {
        // Without this the destructor would commit a half-done transaction.
        if (db->in_txn)
            db->wdb->cancel_transaction();
    } catch (...) {
        // Cancelled anyway (Xapian's contract); nothing to report.
    }
    try {
        delete db->db;
    } catch (...) {
        // A failed implicit commit on close has no caller to report to; the
        // index stays at its last committed state.
    }
    delete db;
}

int psx_db_commit(psx_db *db, ps_error *err) noexcept
{
    if (!db->wdb)
        return ps_error_set(err, PS_EINVAL, "cannot commit: index opened read-only");
    try {
        if (db->in_txn) {
            db->in_txn = false; // ended by commit_transaction, even when it throws
            db->wdb->commit_transaction();
        }
        db->wdb->commit();
    } catch (...) {
        return psx_fail(err, "cannot commit index");
    }
    return PS_OK;
}

int psx_db_begin(psx_db *db, ps_error *err) noexcept
{
    if (!db->wdb)
        return ps_error_set(err, PS_EINVAL, "cannot start transaction: index opened read-only");
    if (db->in_txn)
        return PS_OK;
    try {
        // Unflushed: the commit point is ours (psx_db_commit), not Xapian's.
        db->wdb->begin_transaction(false);
        db->in_txn = true;
    } catch (...) {
        return psx_fail(err, "cannot start transaction");
    }
    return PS_OK;
}

void psx_db_rollback(psx_db *db) noexcept
{
    if (!db || !db->in_txn)
        return;
    db->in_txn = false;
    try {
        db->wdb->cancel_transaction();
    } catch (...) {
        // Cancelled anyway, per Xapian's contract.
    }
}

int psx_db_clear(psx_db *db, ps_error *err) noexcept
{
    if (!db->wdb)
        return ps_error_set(err, PS_EINVAL, "cannot clear index: opened read-only");
    try {
        // collect first: iterators must not see their own deletions
        std::vector<Xapian::docid> ids;
        for (Xapian::PostingIterator it = db->db->postlist_begin("");
             it != db->db->postlist_end(""); ++it)
            ids.push_back(*it);
        for (Xapian::docid id : ids)
            db->wdb->delete_document(id);
        std::vector<std::string> keys;
        for (Xapian::TermIterator k = db->db->metadata_keys_begin();
             k != db->db->metadata_keys_end(); ++k)
            keys.push_back(*k);
        for (const std::string &k : keys)
            db->wdb->set_metadata(k, std::string());
    } catch (...) {
        return psx_fail(err, "cannot clear index");
    }
    return PS_OK;
}

int psx_db_term_value(psx_db *db, const char *term, unsigned slot, char **value,
                      ps_error *err) noexcept
{
    *value = nullptr;
    for (int attempt = 0;; attempt++) {
        try {
            Xapian::PostingIterator it = db->db->postlist_begin(term);
            if (it == db->db->postlist_end(term))
                return PS_DONE;
            std::string v = db->db->get_document(*it).get_value(slot);
            *value = strdup(v.c_str());
            return *value ? PS_OK : psx_nomem(err, "cannot read index");
        } catch (const Xapian::DatabaseModifiedError &) {
            if (psx_reopen(db, attempt))
                continue;
            return psx_fail(err, "cannot read index");
        } catch (...) {
            return psx_fail(err, "cannot read index");
        }
    }
}

int psx_db_terms(psx_db *db, const char *prefix, psx_term_fn fn, void *ctx,
                 ps_error *err) noexcept
{
    try {
        for (Xapian::TermIterator t = db->db->allterms_begin(prefix);
             t != db->db->allterms_end(prefix); ++t) {
            std::string term = *t;
            int rc = fn(ctx, term.data(), term.size(), t.get_termfreq());
            if (rc)
                return rc;
        }
    } catch (...) {
        return psx_fail(err, "cannot read index terms");
    }
    return PS_OK;
}

int psx_db_postings(psx_db *db, const char *term, size_t len, psx_posting_fn fn,
                    void *ctx, ps_error *err) noexcept
{
    try {
        std::string t(term, len);
        for (Xapian::PostingIterator it = db->db->postlist_begin(t);
             it != db->db->postlist_end(t); ++it) {
            int rc = fn(ctx, *it);
            if (rc)
                return rc;
        }
    } catch (...) {
        return psx_fail(err, "cannot read index postings");
    }
    return PS_OK;
}

int psx_db_docs(psx_db *db, psx_doc_fn fn, void *ctx, ps_error *err) noexcept
{
    try {
        for (Xapian::PostingIterator it = db->db->postlist_begin("");
             it != db->db->postlist_end(""); ++it) {
            std::string d = db->db->get_document(*it).get_data();
            int rc = fn(ctx, *it, d.data(), d.size());
            if (rc)
                return rc;
        }
    } catch (...) {
        return psx_fail(err, "cannot read index documents");
    }
    return PS_OK;
}

int psx_db_doc_terms(psx_db *db, unsigned docid, const char *prefix, unsigned *count,
                     char **first, ps_error *err) noexcept
{
    *count = 0;
    if (first)
        *first = nullptr;
    try {
        size_t plen = strlen(prefix);
        Xapian::TermIterator t = db->db->termlist_begin(docid);
        t.skip_to(prefix);
        for (; t != db->db->termlist_end(docid); ++t) {
            std::string term = *t;
            if (term.compare(0, plen, prefix) != 0)
                break;
            if (*count == 0 && first) {
                *first = strdup(term.c_str());
                if (!*first)
                    return psx_nomem(err, "cannot read document terms");
            }
            ++*count;
        }
    } catch (...) {
        if (first) {
            free(*first);
            *first = nullptr;
        }
        return psx_fail(err, "cannot read document terms");
    }
    return PS_OK;
}

int psx_db_term_doc(psx_db *db, const char *term, unsigned *docid,
                    ps_error *err) noexcept
{
    *docid = 0;
    try {
        Xapian::PostingIterator it = db->db->postlist_begin(term);
        if (it == db->db->postlist_end(term))
            return PS_DONE;
        *docid = *it;
    } catch (...) {
        return psx_fail(err, "cannot read index");
    }
    return PS_OK;
}

// (Under ASan, Xapian 1.4.22's check needs new_delete_type_mismatch=0: it
// deletes an object with the wrong size inside libxapian; see CMakeLists.txt.)
int psx_db_check(const char *path, ps_error *err) noexcept
{
    try {
        size_t errors = Xapian::Database::check(path, 0, nullptr);
        if (errors)
            return ps_error_set(err, PS_EINDEX_CORRUPT,
                                "index '%s' failed Xapian's check (%zu errors)", path,
                                errors);
    } catch (const Xapian::UnimplementedError &) {
        // A stub listing remote shards: their servers' machines run the
        // structural check (plansearch check on each shard).
        return PS_OK;
    } catch (...) {
        return psx_fail(err, "index check failed");
    }
    return PS_OK;
}

int psx_db_replace(psx_db *db, const char *idterm, const psx_doc *doc,
                   ps_error *err) noexcept
{
    if (!db->wdb)
        return ps_error_set(err, PS_EINVAL, "cannot add document: index opened read-only");
    if (!psx_term_ok(idterm, strlen(idterm)))
        return ps_error_set(err, PS_EINVAL, "cannot add document: id too long '%.60s'",
                            idterm);
    try {
        db->wdb->replace_document(idterm, doc->doc);
    } catch (...) {
        return psx_fail(err, "cannot add document");
    }
    return PS_OK;
}

int psx_db_delete(psx_db *db, const char *idterm, ps_error *err) noexcept
{
    if (!db->wdb)
        return ps_error_set(err, PS_EINVAL, "cannot delete document: index opened read-only");
    try {
        db->wdb->delete_document(idterm);
    } catch (...) {
        return psx_fail(err, "cannot delete document");
    }
    return PS_OK;
}

int psx_db_doccount(psx_db *db, unsigned *out, ps_error *err) noexcept
{
    try {
        *out = db->db->get_doccount();
    } catch (...) {
        return psx_fail(err, "cannot read index");
    }
    return PS_OK;
}

int psx_db_get_data(psx_db *db, const char *idterm, char **data, size_t *len,
                    ps_error *err) noexcept
{
    *data = nullptr;
    *len = 0;
    for (int attempt = 0;; attempt++) {
        try {
            Xapian::PostingIterator it = db->db->postlist_begin(idterm);
            if (it == db->db->postlist_end(idterm))
                return PS_DONE;
            std::string d = db->db->get_document(*it).get_data();
            return psx_copy_out(d, data, len, err);
        } catch (const Xapian::DatabaseModifiedError &) {
            if (psx_reopen(db, attempt))
                continue;
            return psx_fail(err, "cannot read document");
        } catch (...) {
            return psx_fail(err, "cannot read document");
        }
    }
}

int psx_db_get_doc_data(psx_db *db, unsigned docid, char **data, size_t *len,
                        ps_error *err) noexcept
{
    *data = nullptr;
    *len = 0;
    for (int attempt = 0;; attempt++) {
        try {
            std::string d = db->db->get_document(docid).get_data();
            return psx_copy_out(d, data, len, err);
        } catch (const Xapian::DocNotFoundError &) {
            return PS_DONE;
        } catch (const Xapian::DatabaseModifiedError &) {
            if (psx_reopen(db, attempt))
                continue;
            return psx_fail(err, "cannot read document");
        } catch (...) {
            return psx_fail(err, "cannot read document");
        }
    }
}

int psx_db_get_metadata(psx_db *db, const char *key, char **value,
                        ps_error *err) noexcept
{
    *value = nullptr;
    try {
        std::string v = db->db->get_metadata(key);
        *value = strdup(v.c_str());
        if (!*value)
            return psx_nomem(err, "cannot read index metadata");
    } catch (...) {
        return psx_fail(err, "cannot read index metadata");
    }
    return PS_OK;
}

int psx_db_set_metadata(psx_db *db, const char *key, const char *value,
                        ps_error *err) noexcept
{
    if (!db->wdb)
        return ps_error_set(err, PS_EINVAL, "cannot write metadata: index opened read-only");
    try {
        db->wdb->set_metadata(key, value);
    } catch (...) {
        return psx_fail(err, "cannot write index metadata");
    }
    return PS_OK;
}

int psx_db_termfreq(psx_db *db, const char *term, size_t len, unsigned *out,
                    ps_error *err) noexcept
{
    try {
        *out = db->db->get_termfreq(std::string(term, len));
    } catch (...) {
        return psx_fail(err, "cannot read index");
    }
    return PS_OK;
}

int psx_doc_new(psx_doc **out, ps_error *err) noexcept
{
    *out = new (std::nothrow) psx_doc;
    return *out ? PS_OK : psx_nomem(err, "cannot create document");
}

void psx_doc_free(psx_doc *doc) noexcept
{
    delete doc;
}

int psx_doc_add_posting(psx_doc *doc, const char *term, size_t len,
                        unsigned pos, ps_error *err) noexcept
{
    if (!psx_term_ok(term, len))
        return ps_error_set(err, PS_EINVAL, "term of %zu bytes cannot be indexed", len);
    try {
        doc->doc.add_posting(std::string(term, len), pos);
    } catch (...) {
        return psx_fail(err, "cannot add term");
    }
    return PS_OK;
}

int psx_doc_add_term(psx_doc *doc, const char *term, size_t len, ps_error *err) noexcept
{
    if (!psx_term_ok(term, len))
        return ps_error_set(err, PS_EINVAL, "term of %zu bytes cannot be indexed", len);
    try {
        doc->doc.add_term(std::string(term, len));
    } catch (...) {
        return psx_fail(err, "cannot add term");
    }
    return PS_OK;
}

int psx_doc_add_boolean(psx_doc *doc, const char *term, size_t len,
                        ps_error *err) noexcept
{
    if (!psx_term_ok(term, len))
        return ps_error_set(err, PS_EINVAL, "term of %zu bytes cannot be indexed", len);
    try {
        doc->doc.add_boolean_term(std::string(term, len));
    } catch (...) {
        return psx_fail(err, "cannot add term");
    }
    return PS_OK;
}

int psx_doc_set_value(psx_doc *doc, unsigned slot, const char *v, size_t len,
                      ps_error *err) noexcept
{
    try {
        doc->doc.add_value(slot, std::string(v, len));
    } catch (...) {
        return psx_fail(err, "cannot set value");
    }
    return PS_OK;
}

int psx_doc_set_value_number(psx_doc *doc, unsigned slot, double v,
                             ps_error *err) noexcept
{
    try {
        doc->doc.add_value(slot, Xapian::sortable_serialise(v));
    } catch (...) {
        return psx_fail(err, "cannot set value");
    }
    return PS_OK;
}

int psx_doc_set_data(psx_doc *doc, const char *data, size_t len,
                     ps_error *err) noexcept
{
    try {
        doc->doc.set_data(std::string(data, len));
    } catch (...) {
        return psx_fail(err, "cannot set document data");
    }
    return PS_OK;
}

int psx_query_term(const char *term, size_t len, unsigned pos, psx_query **out,
                   ps_error *err) noexcept
{
    *out = nullptr;
    if (!psx_term_ok(term, len))
        return ps_error_set(err, PS_EQUERY, "query term of %zu bytes is too long", len);
    try {
        *out = new psx_query{Xapian::Query(std::string(term, len), 1, pos)};
    } catch (...) {
        return psx_fail(err, "cannot build query");
    }
    return PS_OK;
}

int psx_query_all(psx_query **out, ps_error *err) noexcept
{
    *out = nullptr;
    try {
        /*
         * A match-all query of its own, not a copy of the static
         * Xapian::Query::MatchAll: copies share that object's internal,
         * whose reference count is not atomic, so threads copying and
         * dropping it at once (the web server's readers) corrupted it and
         * crashed in Query::get_length.  Query("") is what MatchAll is made
         * of, with a fresh internal each time.
         */
        *out = new psx_query{Xapian::Query(std::string())};
    } catch (...) {
        return psx_fail(err, "cannot build query");
    }
    return PS_OK;
}

int psx_query_none(psx_query **out, ps_error *err) noexcept
{
    *out = nullptr;
    try {
        *out = new psx_query{Xapian::Query::MatchNothing};
    } catch (...) {
        return psx_fail(err, "cannot build query");
    }
    return PS_OK;
}

int psx_query_combine(int op, psx_query *const *parts, size_t nparts,
                      unsigned window, psx_query **out, ps_error *err) noexcept
{
    *out = nullptr;
    if (nparts == 0)
        return ps_error_set(err, PS_EINVAL, "cannot combine an empty list of queries");
    try {
        std::vector<Xapian::Query> qs;
        qs.reserve(nparts);
        for (size_t i = 0; i < nparts; i++)
            qs.push_back(parts[i]->q);
        Xapian::Query q;
        if (nparts == 1 && op != PSX_OP_NEAR) {
            q = qs[0];
        } else {
            // Xapian accepts a window only for the positional operators.
            Xapian::termcount w = 0;
            if (op == PSX_OP_PHRASE || op == PSX_OP_NEAR)
                w = window ? window : (Xapian::termcount)nparts;
            q = Xapian::Query(psx_xop(op), qs.begin(), qs.end(), w);
        }
        *out = new psx_query{q};
    } catch (...) {
        return psx_fail(err, "cannot build query");
    }
    return PS_OK;
}

int psx_query_value_range(unsigned slot, double lo, double hi, psx_query **out,
                          ps_error *err) noexcept
{
    *out = nullptr;
    try {
        *out = new psx_query{Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot,
                                           Xapian::sortable_serialise(lo),
                                           Xapian::sortable_serialise(hi))};
    } catch (...) {
        return psx_fail(err, "cannot build query");
    }
    return PS_OK;
}

int psx_query_scale(const psx_query *q, double factor, psx_query **out,
                    ps_error *err) noexcept
{
    *out = nullptr;
    try {
        *out = new psx_query{Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q->q, factor)};
    } catch (...) {
        return psx_fail(err, "cannot build query");
    }
    return PS_OK;
}

void psx_query_free(psx_query *q) noexcept
{
    delete q;
}

char *psx_query_describe(const psx_query *q) noexcept
{
    try {
        return strdup(q->q.get_description().c_str());
    } catch (...) {
        return nullptr;
    }
}

void psx_search_opts_init(psx_search_opts *o) noexcept
{
    memset(o, 0, sizeof *o);
    o->limit = 10;
    o->sort_slot = -1;
    o->tie_slot = -1;
    o->collapse_slot = -1;
    o->value_slot = -1;
    o->seen_slots[0] = o->seen_slots[1] = -1;
}

} // extern "C"

static int psx_search_once(psx_db *db, const psx_query *q, const psx_search_opts *o,
                           psx_mset **out, ps_error *err) noexcept;

extern "C" {

int psx_db_search(psx_db *db, const psx_query *q, const psx_search_opts *o,
                  psx_mset **out, ps_error *err) noexcept
{
    *out = nullptr;
    if (o->nfacets > PSX_MAX_FACETS)
        return ps_error_set(err, PS_EINVAL, "too many facets (%zu)", o->nfacets);
    for (int attempt = 0;; attempt++) {
        int rc = psx_search_once(db, q, o, out, err);
        if (rc != PS_EAGAIN_MODIFIED)
            return rc;
        if (!psx_reopen(db, attempt))
            return ps_error_set(err, PS_EINDEX,
                                "search failed: the index kept changing during the search");
    }
}

} // extern "C"

namespace {

// Reads one value of every match as the matcher meets it, through its value
// streams: a fraction of the cost of fetching each document afterwards,
// which seeks and reads blocks anew for every one.  Remote shards cannot run
// it (it has no serialisation); psx_search_once then falls back.
class ValueCollector : public Xapian::MatchSpy {
    Xapian::valueno slot;

  public:
    std::vector<std::pair<Xapian::docid, std::string>> seen;
    explicit ValueCollector(Xapian::valueno s) : slot(s) {}
    void operator()(const Xapian::Document &doc, double) override
    {
        seen.emplace_back(doc.get_docid(), doc.get_value(slot));
    }
    // Sorted by docid, for find().
    void done() { std::sort(seen.begin(), seen.end()); }
    const std::string *find(Xapian::docid did) const
    {
        auto it = std::lower_bound(seen.begin(), seen.end(),
                                   std::make_pair(did, std::string()));
        return it != seen.end() && it->first == did ? &it->second : nullptr;
    }
};

// Every match's docid, weight and up to two values, as the matcher meets it
// (the weight is the one the page is ordered by): what a caller needs to
// order and fold all matches itself while Xapian keeps only the page.
class SeenCollector : public Xapian::MatchSpy {
    int slot[2];

  public:
    std::vector<psx_seen_store> &seen;
    SeenCollector(const int s[2], std::vector<psx_seen_store> &out) : seen(out)
    {
        slot[0] = s[0];
        slot[1] = s[1];
    }
    void operator()(const Xapian::Document &doc, double wt) override
    {
        psx_seen_store v;
        v.docid = doc.get_docid();
        v.weight = wt;
        for (int i = 0; i < 2; i++)
            if (slot[i] >= 0)
                v.value[i] = doc.get_value((Xapian::valueno)slot[i]);
        seen.push_back(std::move(v));
    }
};

} // namespace

// One attempt at a search; PS_EAGAIN_MODIFIED when a writer recycled the
// revision being read.
static int psx_search_once(psx_db *db, const psx_query *q, const psx_search_opts *o,
                           psx_mset **out, ps_error *err) noexcept
{
    psx_mset *m = new (std::nothrow) psx_mset;
    if (!m)
        return psx_nomem(err, "cannot search");
    try {
        Xapian::Enquire enq(*db->db);
        enq.set_query(q->q);
        if (o->weighting == PSX_WEIGHT_COORD)
            enq.set_weighting_scheme(Xapian::CoordWeight());
        else
            enq.set_weighting_scheme(Xapian::BM25Weight());
        // (A KeyMaker would not do: remote shards cannot run one.)
        if (o->tie_slot >= 0 && o->sort == PSX_SORT_RELEVANCE) {
            enq.set_sort_by_relevance_then_value((Xapian::valueno)o->tie_slot, false);
        } else if (o->sort_slot >= 0) {
            Xapian::valueno slot = (Xapian::valueno)o->sort_slot;
            if (o->sort == PSX_SORT_VALUE_ASC)
                enq.set_sort_by_value_then_relevance(slot, false);
            else if (o->sort == PSX_SORT_VALUE_DESC)
                enq.set_sort_by_value_then_relevance(slot, true);
            else
                enq.set_sort_by_relevance_then_value(slot, true);
        }
        if (o->collapse_slot >= 0)
            enq.set_collapse_key((Xapian::valueno)o->collapse_slot);
        std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
        for (size_t f = 0; f < o->nfacets; f++) {
            spies.emplace_back(new Xapian::ValueCountMatchSpy(o->facet_slots[f]));
            enq.add_matchspy(spies.back().get());
        }
        std::unique_ptr<ValueCollector> values;
        if (o->value_slot >= 0 && !db->no_spies) {
            values.reset(new ValueCollector((Xapian::valueno)o->value_slot));
            enq.add_matchspy(values.get());
        }
        std::unique_ptr<SeenCollector> seen;
        if (o->seen_slots[0] >= 0 && !db->no_spies) {
            // every match may be seen: one allocation, not a doubling
            // series of ever larger copies (each of them page-faulted in)
            m->seen.reserve(db->db->get_doccount());
            seen.reset(new SeenCollector(o->seen_slots, m->seen));
            enq.add_matchspy(seen.get());
        }
        // Counts and facets must be exact (researchers compare them), so ask
        // Xapian to look at every candidate rather than estimate.
        Xapian::doccount all = db->db->get_doccount();
        Xapian::MSet ms;
        try {
            ms = enq.get_mset(o->offset, o->limit, all);
        } catch (const Xapian::UnimplementedError &) {
            if (!values && !seen)
                throw;
            db->no_spies = true; // a remote shard: fetch values one by one
            enq.clear_matchspies();
            values.reset();
            seen.reset();
            m->seen.clear();
            for (auto &sp : spies)
                enq.add_matchspy(sp.get());
            ms = enq.get_mset(o->offset, o->limit, all);
        }
        if (values)
            values->done();
        m->seen_ok = seen != nullptr;
        m->matches = ms.get_matches_estimated();
        m->hits.reserve(ms.size());
        for (Xapian::MSetIterator it = ms.begin(); it != ms.end(); ++it) {
            psx_hit_store h;
            h.docid = *it;
            h.weight = it.get_weight();
            h.collapse_count = it.get_collapse_count();
            // Reading every record costs most of a search that lists many
            // matches (zlib, copies); values come from a table of their own.
            const std::string *seen = values ? values->find(*it) : nullptr;
            if (seen)
                h.value = *seen;
            if (!o->skip_data || (o->value_slot >= 0 && !seen)) {
                Xapian::Document doc = it.get_document();
                if (!o->skip_data)
                    h.data = doc.get_data();
                if (o->value_slot >= 0 && !seen)
                    h.value = doc.get_value((Xapian::valueno)o->value_slot);
            }
            m->hits.push_back(std::move(h));
        }
        for (auto &s : spies) {
            psx_facet f;
            for (Xapian::TermIterator t = s->top_values_begin(1000000);
                 t != s->top_values_end(1000000); ++t)
                f.values.emplace_back(*t, t.get_termfreq());
            m->facets.push_back(std::move(f));
        }
    } catch (const Xapian::DatabaseModifiedError &) {
        delete m;
        return PS_EAGAIN_MODIFIED;
    } catch (...) {
        delete m;
        return psx_fail(err, "search failed");
    }
    *out = m;
    return PS_OK;
}

extern "C" {

void psx_mset_free(psx_mset *m) noexcept
{
    delete m;
}

size_t psx_mset_size(const psx_mset *m) noexcept
{
    return m->hits.size();
}

unsigned psx_mset_matches(const psx_mset *m) noexcept
{
    return m->matches;
}

int psx_mset_hit(const psx_mset *m, size_t i, psx_hit *out, ps_error *err) noexcept
{
    if (i >= m->hits.size())
        return ps_error_set(err, PS_EINVAL, "hit %zu out of range", i);
    const psx_hit_store &h = m->hits[i];
    out->docid = h.docid;
    out->weight = h.weight;
    out->collapse_count = h.collapse_count;
    out->data = h.data.data();
    out->data_len = h.data.size();
    out->value = h.value.c_str();
    out->value_len = h.value.size();
    return PS_OK;
}

long psx_mset_seen_size(const psx_mset *m) noexcept
{
    return m->seen_ok ? (long)m->seen.size() : -1;
}

void psx_mset_seen(const psx_mset *m, size_t i, psx_seen *out) noexcept
{
    const psx_seen_store &v = m->seen[i];
    out->docid = v.docid;
    out->weight = v.weight;
    for (int k = 0; k < 2; k++) {
        out->value[k] = v.value[k].c_str();
        out->value_len[k] = v.value[k].size();
    }
}

size_t psx_mset_facet_size(const psx_mset *m, size_t f) noexcept
{
    return f < m->facets.size() ? m->facets[f].values.size() : 0;
}

int psx_mset_facet(const psx_mset *m, size_t f, size_t i, const char **value,
                   size_t *len, unsigned *count) noexcept
{
    if (f >= m->facets.size() || i >= m->facets[f].values.size())
        return PS_EINVAL;
    const auto &v = m->facets[f].values[i];
    *value = v.first.data();
    *len = v.first.size();
    *count = v.second;
    return PS_OK;
}

} // extern "C"

// ---- Bulk building (indexer/bulk.c) ------------------------------------

extern "C" {

int psx_db_compact(const char *const *srcs, size_t nsrcs, const char *dest,
                   ps_error *err) noexcept
{
    try {
        Xapian::Database all;
        for (size_t i = 0; i < nsrcs; i++)
            all.add_database(Xapian::Database(srcs[i]));
        // shards hold disjoint documents: renumber them one after another
        all.compact(dest, Xapian::DBCOMPACT_MULTIPASS);
        return PS_OK;
    } catch (...) {
        return psx_fail(err, "cannot merge index shards");
    }
}

} // extern "C"
