#include "ps_status.h"
#include "ps_i18n.h"

#include <stdarg.h>
#include <stdio.h>

const char *ps_status_name(int rc)
{
    switch (rc) {
#define PS_STATUS_NAME(name, value, text) \
    case value:                           \
        return #name;
        PS_STATUS_LIST(PS_STATUS_NAME)
#undef PS_STATUS_NAME
    }
    return "PS_UNKNOWN";
}

const char *ps_status_text(int rc)
{
    switch (rc) {
#define PS_STATUS_TEXT(name, value, text) \
    case value:                           \
        return text;
        PS_STATUS_LIST(PS_STATUS_TEXT)
#undef PS_STATUS_TEXT
    }
    return "unknown status";
}

int ps_error_set(ps_error *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        err->code = code;
        va_start(ap, fmt);
        /* the format is the msgid: messages are in the user's language */
        vsnprintf(err->msg, sizeof err->msg, PS_(fmt), ap);
        va_end(ap);
    }
    return code;
}

void ps_error_clear(ps_error *err)
{
    if (err) {
        err->code = PS_OK;
        err->msg[0] = '\0';
    }
}
