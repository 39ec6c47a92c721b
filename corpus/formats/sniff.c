/*
 * Recognising a file by its first bytes, not its name: scraped files are
 * often misnamed (a PDF saved as .html, a .doc that is really .docx).
 */
#include "formats.h"

#include <string.h>
#include <strings.h>

static int has_prefix(const char *s, size_t n, const char *magic, size_t m)
{
    return n >= m && memcmp(s, magic, m) == 0;
}

/* Case-insensitive search in s[0..n). */
static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (strncasecmp(s + i, needle, m) == 0)
            return s + i;
    return NULL;
}

/*
 * MHTML (RFC 2557): a MIME message whose header block (up to the first
 * blank line) declares MIME-Version and a multipart Content-Type.  Plain
 * text plans never start with mail headers, so both are required.
 */
static int is_mhtml(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == '\r' || s[i] == '\n' || s[i] == ' ' || s[i] == '\t'))
        i++;
    size_t end = i;
    while (end < n) {
        if (s[end] == '\n' && end + 1 < n &&
            (s[end + 1] == '\n' || (s[end + 1] == '\r' && end + 2 < n && s[end + 2] == '\n')))
            break;
        end++;
    }
    const char *mv = find_ci(s + i, end - i, "mime-version:");
    const char *ct = find_ci(s + i, end - i, "content-type:");
    if (!mv || !ct)
        return 0;
    /* the first header line must look like a header: "Name: value" */
    for (size_t k = i; k < end && s[k] != '\n'; k++) {
        if (s[k] == ':')
            return find_ci(ct, (size_t)(s + end - ct), "multipart/") != NULL;
        if (!(s[k] == '-' || (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z') ||
              (s[k] >= '0' && s[k] <= '9')))
            return 0;
    }
    return 0;
}

int ps_format_sniff(const char *s, size_t n, const char **name)
{
    static const struct {
        const char *magic;
        size_t len;
        const char *name;
    } other[] = {
        {"GIF87a", 6, "a GIF image, not a document"},
        {"GIF89a", 6, "a GIF image, not a document"},
        {"\x1f\x8b", 2, "a gzip archive, not a document"},
        {"BZh", 3, "a bzip2 archive, not a document"},
        {"\xfd" "7zXZ", 5, "an xz archive, not a document"},
        {"7z\xbc\xaf\x27\x1c", 6, "a 7-Zip archive, not a document"},
        {"Rar!\x1a\x07", 6, "a RAR archive, not a document"},
        {"\x7f" "ELF", 4, "an executable, not a document"},
        {"RIFF", 4, "a RIFF media file, not a document"},
        {"{\\rtf", 5, "an RTF document (RTF is not read)"},
    };
    if (name)
        *name = NULL;
    /* %PDF- may follow some junk; the specification allows 1 KB of it */
    if (has_prefix(s, n, "%PDF-", 5))
        return PS_FMT_PDF;
    if (has_prefix(s, n, "PK\x03\x04", 4))
        return PS_FMT_ZIP;
    if (has_prefix(s, n, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
        return PS_FMT_OLE2;
    if (has_prefix(s, n, "\x89PNG\r\n\x1a\n", 8))
        return PS_FMT_PNG;
    if (has_prefix(s, n, "\xff\xd8\xff", 3))
        return PS_FMT_JPEG;
    if (has_prefix(s, n, "II*\0", 4) || has_prefix(s, n, "MM\0*", 4))
        return PS_FMT_TIFF;
    for (size_t i = 0; i < sizeof other / sizeof other[0]; i++)
        if (has_prefix(s, n, other[i].magic, other[i].len)) {
            if (name)
                *name = other[i].name;
            return PS_FMT_OTHER;
        }
    size_t head = n < 1024 ? n : 1024;
    for (size_t i = 1; i + 5 <= head; i++)
        if (memcmp(s + i, "%PDF-", 5) == 0)
            return PS_FMT_PDF;
    if (is_mhtml(s, n < 8192 ? n : 8192))
        return PS_FMT_MHTML;
    return PS_FMT_TEXT;
}

int ps_format_is_image(int fmt)
{
    return fmt == PS_FMT_PNG || fmt == PS_FMT_JPEG || fmt == PS_FMT_TIFF;
}
