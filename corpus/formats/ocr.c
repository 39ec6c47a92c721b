/*
 * OCR with Tesseract (Debian libtesseract, models tesseract-ocr-chi-sim and
 * tesseract-ocr-chi-tra) through its C API; images decoded by leptonica.
 * Runs only in the sandboxed child.
 */
#include "formats.h"

#include <leptonica/allheaders.h>
#include <stdlib.h>
#include <string.h>
#include <tesseract/capi.h>

struct ps_ocr {
    TessBaseAPI *api;
};

int ps_ocr_new(const char *lang, ps_ocr **out, ps_error *err)
{
    *out = NULL;
    if (!lang)
        lang = "chi_sim+chi_tra";
    ps_ocr *o = calloc(1, sizeof *o);
    if (!o || !(o->api = TessBaseAPICreate())) {
        free(o);
        return ps_error_set(err, PS_ENOMEM, "out of memory");
    }
    if (TessBaseAPIInit3(o->api, NULL, lang) != 0) {
        TessBaseAPIDelete(o->api);
        free(o);
        return ps_error_set(err, PS_EENCODING,
                            "cannot load the OCR models '%s' (apt-get install "
                            "tesseract-ocr-chi-sim tesseract-ocr-chi-tra)", lang);
    }
    *out = o;
    return PS_OK;
}

void ps_ocr_free(ps_ocr *o)
{
    if (!o)
        return;
    TessBaseAPIEnd(o->api);
    TessBaseAPIDelete(o->api);
    free(o);
}

static int take_text(ps_ocr *o, ps_buf *out, ps_error *err)
{
    char *t = TessBaseAPIGetUTF8Text(o->api);
    if (!t)
        return ps_error_set(err, PS_EENCODING, "OCR failed on a page");
    int rc = PS_OK;
    ps_buf_puts(&rc, out, t);
    TessDeleteText(t);
    TessBaseAPIClear(o->api);
    return rc;
}

int ps_ocr_image(ps_ocr *o, const unsigned char *pixels, int w, int h, int bpp,
                 int stride, int dpi, ps_buf *out, ps_error *err)
{
    TessBaseAPISetImage(o->api, pixels, w, h, bpp, stride);
    TessBaseAPISetSourceResolution(o->api, dpi);
    return take_text(o, out, err);
}

static int ocr_pix(ps_ocr *o, PIX *pix, ps_buf *out, ps_error *err)
{
    TessBaseAPISetImage2(o->api, pix);
    /* images without a resolution tag: assume a 300 dpi scan */
    int xres = pixGetXRes(pix);
    TessBaseAPISetSourceResolution(o->api, xres >= 70 && xres <= 2400 ? xres : 300);
    int rc = take_text(o, out, err);
    if (!rc)
        ps_buf_putc(&rc, out, '\n');
    return rc;
}

int ps_ocr_file_image(ps_ocr *o, const char *data, size_t n,
                      const ps_extract_opts *progress, ps_buf *out, ps_error *err)
{
    const l_uint8 *d = (const l_uint8 *)data;
    int rc = PS_OK;
    if (n >= 4 && (memcmp(data, "II*\0", 4) == 0 || memcmp(data, "MM\0*", 4) == 0)) {
        PIXA *pa = pixaReadMemMultipageTiff(d, n);
        if (!pa)
            return ps_error_set(err, PS_EENCODING, "damaged TIFF image");
        l_int32 count = pixaGetCount(pa);
        for (l_int32 i = 0; i < count && !rc; i++) {
            PIX *pix = pixaGetPix(pa, i, L_CLONE);
            if (pix) {
                rc = ocr_pix(o, pix, out, err);
                pixDestroy(&pix);
            }
            if (progress)
                ps_extract_progress(progress);
        }
        pixaDestroy(&pa);
        return rc;
    }
    PIX *pix = pixReadMem(d, n);
    if (!pix)
        return ps_error_set(err, PS_EENCODING, "damaged image");
    rc = ocr_pix(o, pix, out, err);
    pixDestroy(&pix);
    return rc;
}

int ps_image_extract(const char *data, size_t n, const ps_extract_opts *opts,
                     ps_extract *x, ps_error *err)
{
    x->format = n >= 2 && (unsigned char)data[0] == 0x89 ? "PNG"
                : n >= 2 && (unsigned char)data[0] == 0xFF ? "JPEG"
                                                           : "TIFF";
    ps_ocr *o = NULL;
    int rc = ps_ocr_new(opts->ocr_lang, &o, err);
    if (!rc)
        rc = ps_ocr_file_image(o, data, n, opts, &x->text, err);
    ps_ocr_free(o);
    x->ocr = 1;
    return rc;
}
