/*
 * Running a parser in a child process with limits (see formats.h).
 *
 * fork() without exec: the child already holds the file's bytes (it loads
 * the parsers' module itself, extract.c), and glibc's fork resets malloc's
 * locks and the dynamic loader's load lock in the child, so malloc and
 * dlopen work there even when other threads of the parent held them.  Any
 * other lock a thread of the parent held at fork would hang the child; the
 * wall-clock limit turns that, like every other hang, into one skipped file.
 *
 * The child writes its reply to a pipe and leaves with _exit, so neither
 * atexit handlers nor stdio buffers of the parent run twice.  The parent
 * reads with poll() against the deadline and kills the child (SIGKILL) when
 * it passes or when the reply grows beyond its cap.
 */
#include "formats.h"

#include <errno.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define PS_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PS_UNDER_ASAN 1
#endif
#endif

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            _exit(120); /* the parent stopped listening */
        p += k;
        n -= (size_t)k;
    }
}

/*
 * Nothing of the parent's may outlive it in the child: it dies with the
 * parent (a killed indexer leaves no parser running), and it closes every
 * inherited descriptor but its pipe, so that the index's lock (a flock on
 * a descriptor the child would share) is released when the parent goes.
 */
static void detach(int fd, pid_t parent)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(121); /* the parent died before prctl took effect */
    long r = fd > 3 ? syscall(SYS_close_range, 3u, (unsigned)fd - 1, 0u) : 0;
    if (r == 0)
        r = syscall(SYS_close_range, (unsigned)fd + 1, ~0u, 0u);
    if (r != 0) /* a kernel before 5.9 */
        for (int i = 3; i < 4096; i++)
            if (i != fd)
                close(i);
}

static void child(int fd, pid_t parent, ps_sandbox_fn fn, void *ctx,
                  const ps_sandbox_limits *lim)
{
    struct rlimit rl;
    detach(fd, parent);
    /* the parent's handlers are not ours (a crash must end the child, not
       run code of the parent); SIGPIPE ends us if the parent stops reading */
    static const int sigs[] = {SIGPIPE, SIGINT, SIGTERM, SIGSEGV, SIGBUS, SIGFPE,
                               SIGILL, SIGABRT, SIGXCPU};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        signal(sigs[i], SIG_DFL);
    if (lim->cpu_s) {
        rl.rlim_cur = lim->cpu_s;
        rl.rlim_max = lim->cpu_s + 1;
        setrlimit(RLIMIT_CPU, &rl);
    }
#ifndef PS_UNDER_ASAN
    /* AddressSanitizer reserves terabytes of address space for its shadow */
    if (lim->mem_mb) {
        rl.rlim_cur = rl.rlim_max = (rlim_t)lim->mem_mb << 20;
        setrlimit(RLIMIT_AS, &rl);
    }
#endif
    rl.rlim_cur = rl.rlim_max = 0; /* a crashing parser writes no core file */
    setrlimit(RLIMIT_CORE, &rl);
    /* parsers chatter on stderr about the broken files they meet; the
       parent says what matters in one line */
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
        dup2(devnull, STDOUT_FILENO);
        dup2(devnull, STDERR_FILENO);
        close(devnull);
    }
    ps_buf reply = PS_BUF_INIT;
    int st = fn(ctx, fd, &reply);
    if (st == 0 && reply.len)
        write_all(fd, reply.data, reply.len);
    _exit(st & 0x7f);
}

int ps_sandbox_run(ps_sandbox_fn fn, void *ctx, const ps_sandbox_limits *lim,
                   ps_buf *reply, char *why, size_t whysize)
{
    int fds[2];
    why[0] = '\0';
    if (pipe(fds) != 0) {
        snprintf(why, whysize, "cannot create a pipe: %s", strerror(errno));
        return PS_EINTERNAL;
    }
    fflush(NULL); /* nothing buffered is written twice */
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(why, whysize, "cannot start a reader process: %s", strerror(errno));
        close(fds[0]);
        close(fds[1]);
        return errno == ENOMEM || errno == EAGAIN ? PS_ENOMEM : PS_EINTERNAL;
    }
    if (pid == 0) {
        close(fds[0]);
        child(fds[1], parent, fn, ctx, lim);
    }
    close(fds[1]);

    int rc = PS_OK, killed = 0;
    /* a hang shows as silence: the child reports each page it finishes */
    unsigned idle = lim->timeout_s ? lim->timeout_s : 60;
    double start = now_s(), deadline = start + idle;
    double end = lim->total_s ? start + lim->total_s : 0;
    char chunk[65536];
    for (;;) {
        double t = now_s(), left = deadline - t;
        if (end && end - t < left)
            left = end - t;
        if (left <= 0) {
            kill(pid, SIGKILL);
            if (end && t >= end)
                snprintf(why, whysize, "timed out after %u s", lim->total_s);
            else
                snprintf(why, whysize, "made no progress for %u s", idle);
            killed = 1;
            break;
        }
        struct pollfd p = {fds[0], POLLIN, 0};
        int pr = poll(&p, 1, (int)(left * 1000) + 1);
        if (pr < 0 && errno == EINTR)
            continue;
        if (pr < 0) {
            kill(pid, SIGKILL);
            snprintf(why, whysize, "cannot wait for the reader process: %s",
                     strerror(errno));
            killed = 1;
            rc = PS_EINTERNAL;
            break;
        }
        if (pr == 0)
            continue;
        ssize_t k = read(fds[0], chunk, sizeof chunk);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break; /* EOF: the child is done (or dead) */
        deadline = now_s() + idle;
        if (reply->len + (size_t)k > lim->max_reply) {
            kill(pid, SIGKILL);
            snprintf(why, whysize, "sent more than %zu MB of text", lim->max_reply >> 20);
            killed = 1;
            break;
        }
        ps_buf_append(&rc, reply, chunk, (size_t)k);
        if (rc) {
            kill(pid, SIGKILL);
            killed = 1;
            snprintf(why, whysize, "out of memory");
            break;
        }
    }
    close(fds[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (killed)
        return rc ? rc : PS_EIO;
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        if (sig == SIGXCPU || sig == SIGKILL)
            snprintf(why, whysize, "used more than %u s of CPU time", lim->cpu_s);
        else if (sig == SIGABRT && lim->mem_mb)
            snprintf(why, whysize, "crashed (signal %d: aborted, perhaps out of memory: "
                     "limit %u MB)", sig, lim->mem_mb);
        else
            snprintf(why, whysize, "crashed (signal %d: %s)", sig, strsignal(sig));
        return PS_EIO;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
        snprintf(why, whysize, "failed (exit %d)", WEXITSTATUS(status));
        return PS_EIO;
    }
    return PS_OK;
}
