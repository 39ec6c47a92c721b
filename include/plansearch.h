/*
 * plansearch.h: the one header a front-end includes (cli/, the web
 * server).  Everything a front-end calls is declared in the module headers
 * it gathers; nothing else is public.
 *
 * The house rules every call below follows:
 *   - handles are opaque, made and freed in pairs (ps_searcher_open /
 *     ps_searcher_close, ps_analyzer_open / ps_analyzer_close, …);
 *   - errors are return codes (enum ps_status) with a one-line message in a
 *     ps_error that the caller may print;
 *   - nothing here prints or exits: output is written into a ps_buf or a
 *     FILE * the caller passes, and the caller chooses the stream and the
 *     exit status.
 *
 * The modules, in the order of the pipeline (arrows: "uses"):
 *
 *   common   ps_status.h ps_buf.h   status codes, errors, growable buffers
 *   cjk      ps_cjk.h               normalization and the CJK tokenizer
 *   corpus   ps_corpus.h            plan files → documents with metadata
 *            ps_gazetteer.h         administrative divisions
 *   indexer  ps_index.h ps_bulk.h   documents → index (incremental, bulk,
 *                                   shards, checking)
 *   searcher ps_search.h            queries → ranked hits, snippets, facets,
 *                                   and their text, JSON and CSV output
 *   analysis ps_analyze.h           compare, keyness, collocates, stats and
 *                                   their tables, CSV, JSON and SVG charts
 *
 * indexer/ and searcher/ meet only in store/ (the Xapian wrapper and the
 * index layout), which a front-end never needs to include itself.
 */
#ifndef PLANSEARCH_H
#define PLANSEARCH_H

#include "ps_buf.h"
#include "ps_status.h"

#include "ps_cjk.h"

#include "ps_corpus.h"
#include "ps_gazetteer.h"

#include "ps_bulk.h"
#include "ps_index.h"

#include "ps_search.h"

#include "ps_analyze.h"

#endif
