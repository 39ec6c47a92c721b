/*
 * Messages in the user's language (GNU gettext, text domain "plansearch").
 * The library translates through dgettext with its own domain, so it never
 * touches the program's default domain; the front-end binds the domain to
 * its catalogs (ps_cli_i18n_init) and chooses the locale.  Without a bound
 * catalog, or under the C locale, every message is the English msgid.
 */
#ifndef PS_I18N_H
#define PS_I18N_H

#include <libintl.h>

#define PS_TEXTDOMAIN "plansearch"

/* A message to translate now, and one only marked (translated where used). */
#define PS_(s) dgettext(PS_TEXTDOMAIN, s)
#define PS_N_(s) (s)

#endif
