/*
 * The stand-in reader of test_corpus_formats' sandbox tests: one behaviour
 * of a misbehaving (or well-behaved) parser per mode, run by
 * ps_sandbox_run as plansearch-extract is.  It writes its reply to
 * descriptor 3, as plansearch-extract does.
 *
 *     sandbox_child ok TEXT | echo | segv | hang | slow | spin | hog | flood | exit3
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int say(const char *s, size_t n)
{
    return write(3, s, n) == (ssize_t)n ? 0 : 1;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";
    if (!strcmp(mode, "ok"))
        return argc > 2 ? say(argv[2], strlen(argv[2])) : 1;
    if (!strcmp(mode, "echo")) { /* standard input to the reply */
        char b[4096];
        ssize_t k;
        while ((k = read(0, b, sizeof b)) > 0)
            if (say(b, (size_t)k))
                return 1;
        return k < 0;
    }
    if (!strcmp(mode, "segv")) {
        /* as a parser built without AddressSanitizer crashes: ASan's own
           handler would report and exit 1 instead */
        signal(SIGSEGV, SIG_DFL);
        raise(SIGSEGV);
    }
    if (!strcmp(mode, "hang"))
        for (;;)
            pause();
    if (!strcmp(mode, "slow")) { /* 3 s of work, a progress mark every 0.2 s */
        for (int i = 0; i < 15; i++) {
            usleep(200000);
            if (say("P\0\0\0\0", 5))
                return 1;
        }
        return say("done", 4);
    }
    if (!strcmp(mode, "spin")) {
        volatile unsigned long n = 0;
        for (;;)
            n++;
    }
    if (!strcmp(mode, "hog")) { /* until malloc fails, then abort as a C++ parser would */
        for (;;) {
            char *p = malloc(1 << 20);
            if (!p)
                abort();
            memset(p, 1, 1 << 20);
        }
    }
    if (!strcmp(mode, "flood")) {
        static const char line[] = "工会工作要点 工会工作要点 工会工作要点 工会工作要点 ";
        for (int i = 0; i < 4096; i++)
            if (say(line, sizeof line - 1))
                return 1;
        return 0;
    }
    if (!strcmp(mode, "exit3"))
        return 3;
    return 2;
}
