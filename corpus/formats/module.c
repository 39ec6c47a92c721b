/*
 * plansearch-formats.so: the document parsers as a module that the
 * sandboxed child of extract.c loads (see formats.h for why).  Its code is
 * the extractors (ps_parsers) and what they need of ps_common, linked in;
 * it exports only ps_formats_module_extract.
 */
#include "formats.h"

__attribute__((visibility("default"))) int
ps_formats_module_extract(int fmt, const char *data, size_t n, const ps_extract_opts *o,
                          ps_extract *x, ps_error *err)
{
    switch (fmt) {
    case PS_FMT_PDF: return ps_pdf_extract(data, n, o, x, err);
    case PS_FMT_ZIP: return ps_zip_extract(data, n, o, x, err);
    case PS_FMT_OLE2: return ps_ole_extract(data, n, o, x, err);
    case PS_FMT_MHTML: return ps_mhtml_extract(data, n, o, x, err);
    default: return ps_image_extract(data, n, o, x, err);
    }
}
