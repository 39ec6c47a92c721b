/*
 * Provenance columns added to CSV already written: by record ends only
 * (a line break inside a quoted field is data), the same whether the CSV
 * comes whole or a byte at a time; and the chart caption.
 */
#include "ps_analyze.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const queries[] = {"集体协商", "职工之家"};

static ps_provenance prov(ps_filter *f)
{
    ps_filter_init(f);
    f->region = "四川";
    ps_provenance p = {.command = "compare", .queries = queries, .nqueries = 2, .filter = f,
                       .by = "year", .all = 1, .db = "/idx, \"x\"", .version = "9.9"};
    snprintf(p.date, sizeof p.date, "%s", "2023-11-14T22:13:20Z");
    return p;
}

#define CELLS ",\"/idx, \"\"x\"\"\",9.9,集体协商 | 职工之家,--region 四川 --by year --all,2023-11-14T22:13:20Z"
#define HEAD ",provenance_index,provenance_version,provenance_query,provenance_filters,provenance_date"

static const char IN[] = "\xEF\xBB\xBF" "a,b\r\n"
                         "1,\"two\r\nlines, \"\"quoted\"\"\"\r\n"
                         "3,\"\r\"\r\n";
static const char WANT[] = "\xEF\xBB\xBF" "a,b" HEAD "\r\n"
                           "1,\"two\r\nlines, \"\"quoted\"\"\"" CELLS "\r\n"
                           "3,\"\r\"" CELLS "\r\n";

static void test_csv_whole(void **state)
{
    (void)state;
    ps_filter f;
    ps_provenance p = prov(&f);
    int rc = PS_OK;
    ps_buf out = PS_BUF_INIT;
    ps_provenance_csv(&rc, &out, IN, strlen(IN), &p);
    assert_int_equal(rc, PS_OK);
    assert_string_equal(out.data, WANT);
    /* LF line ends (spread's CSV) and a last row without one */
    ps_buf_reset(&out);
    ps_provenance_csv(&rc, &out, "a\n1\n2", 5, &p);
    assert_string_equal(out.data, "a" HEAD "\n1" CELLS "\n2" CELLS);
    ps_buf_release(&out);
}

static void test_csv_stream(void **state)
{
    (void)state;
    ps_filter f;
    ps_provenance p = prov(&f);
    char *data = NULL;
    size_t len = 0;
    FILE *under = open_memstream(&data, &len);
    assert_non_null(under);
    FILE *s = ps_provenance_csv_stream(&p, under);
    assert_non_null(s);
    setvbuf(s, NULL, _IONBF, 0); /* every byte its own write: chunks split anywhere */
    for (const char *c = IN; *c; c++)
        fputc(*c, s);
    assert_int_equal(fclose(s), 0);
    fclose(under);
    assert_string_equal(data, WANT);
    free(data);
}

static void test_svg_caption(void **state)
{
    (void)state;
    ps_filter f;
    ps_provenance p = prov(&f);
    const char *svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "width=\"100\" height=\"50\" viewBox=\"0 0 100 50\" font-family=\"x\">\n"
                      "<rect width=\"100\" height=\"50\" fill=\"#fff\"/>\n<text>a &lt; b</text>\n</svg>\n";
    int rc = PS_OK;
    ps_buf out = PS_BUF_INIT;
    ps_provenance_svg(&rc, &out, svg, strlen(svg), &p);
    assert_int_equal(rc, PS_OK);
    assert_non_null(strstr(out.data, "height=\"86\" viewBox=\"0 0 100 86\" font-family=\"x\">"));
    assert_non_null(strstr(out.data, "<rect width=\"100\" height=\"86\" fill=\"#fff\"/>"));
    assert_non_null(strstr(out.data, ">query: 集体协商 | 职工之家   options: --region 四川 --by year "
                                     "--all</text>"));
    /* the index path is XML-escaped */
    assert_non_null(strstr(out.data, "index: /idx, &quot;x&quot;   plansearch 9.9   2023-11-14T22:13:20Z"));
    assert_non_null(strstr(out.data, "<text>a &lt; b</text>"));
    ps_buf_release(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv_whole),
        cmocka_unit_test(test_csv_stream),
        cmocka_unit_test(test_svg_caption),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
