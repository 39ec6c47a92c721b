/*
 * Running a document reader as a program of its own, with limits (see
 * formats.h).
 *
 * The child between fork() and execve() makes system calls only, through
 * syscall(): the parent has threads, and the child is a copy of it in
 * which a lock another thread held at the fork (malloc's under
 * AddressSanitizer, a C++ runtime's, a library's) stays held forever;
 * calling into any library there could hang it.  The program it becomes
 * starts clean.
 *
 * The parent reads the reply with poll() against the deadlines and kills
 * the child (SIGKILL) when one passes or when the reply grows beyond its
 * cap.
 */
#define _GNU_SOURCE /* pipe2, F_DUPFD_CLOEXEC */
#include "formats.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
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

extern char **environ;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The descriptors the child is given, each at 10 or above so that putting
 * them in place (0-3) never overwrites one not yet placed. */
enum { IN, OUT, REPLY, ERRPIPE, NFDS };

static void set_limit(int what, rlim_t cur, rlim_t max)
{
    struct rlimit rl = {cur, max};
    syscall(SYS_prlimit64, 0, what, &rl, NULL);
}

/* In the child: system calls only (see the top); never returns. */
static void child(const int fd[NFDS], pid_t parent, const char *const *argv,
                  const ps_sandbox_limits *lim)
{
    /* it dies with the parent: a killed indexer leaves no reader running */
    syscall(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (syscall(SYS_getppid) != parent)
        syscall(SYS_exit_group, 121); /* the parent died before prctl took effect */
    if (syscall(SYS_dup3, fd[IN], 0, 0) < 0 || syscall(SYS_dup3, fd[OUT], 1, 0) < 0 ||
        syscall(SYS_dup3, fd[OUT], 2, 0) < 0 || syscall(SYS_dup3, fd[REPLY], 3, 0) < 0)
        syscall(SYS_exit_group, 122);
    /* nothing else of the parent's reaches the program: the index's lock
       (a flock on a descriptor it would share) goes with the parent */
    if (syscall(SYS_close_range, 4u, ~0u, CLOSE_RANGE_CLOEXEC) != 0) /* before 5.11 */
        for (int i = 4; i < 4096; i++)
            syscall(SYS_fcntl, i, F_SETFD, FD_CLOEXEC);
    unsigned long long none = 0; /* the parent's threads may block signals */
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &none, NULL, sizeof none);
    if (lim->cpu_s)
        set_limit(RLIMIT_CPU, lim->cpu_s, lim->cpu_s + 1);
#ifndef PS_UNDER_ASAN
    /* AddressSanitizer reserves terabytes of address space for its shadow */
    if (lim->mem_mb)
        set_limit(RLIMIT_AS, (rlim_t)lim->mem_mb << 20, (rlim_t)lim->mem_mb << 20);
#endif
    set_limit(RLIMIT_CORE, 0, 0); /* a crashing reader writes no core file */
    syscall(SYS_execve, argv[0], argv, environ);
    int e = errno;
    syscall(SYS_write, fd[ERRPIPE], &e, sizeof e);
    syscall(SYS_exit_group, 127);
}

/* fd moved to 10 or above, close-on-exec (the original is closed). */
static int high(int fd)
{
    if (fd < 0)
        return -1;
    int h = fcntl(fd, F_DUPFD_CLOEXEC, 10);
    int e = errno;
    close(fd);
    errno = e;
    return h;
}

static void close_all(int fd[NFDS])
{
    for (int i = 0; i < NFDS; i++)
        if (fd[i] >= 0)
            close(fd[i]);
}

int ps_sandbox_run(const char *const *argv, int in_fd, const ps_sandbox_limits *lim,
                   ps_buf *reply, char *why, size_t whysize)
{
    /* the parent keeps the read ends (close-on-exec, never the child's) */
    int fd[NFDS] = {-1, -1, -1, -1}, rd = -1, errrd = -1, p[2];
    why[0] = '\0';
    fd[IN] = in_fd >= 0 ? fcntl(in_fd, F_DUPFD_CLOEXEC, 10)
                        : high(open("/dev/null", O_RDONLY | O_CLOEXEC));
    fd[OUT] = high(open("/dev/null", O_WRONLY | O_CLOEXEC));
    if (pipe2(p, O_CLOEXEC) == 0)
        rd = p[0], fd[REPLY] = high(p[1]);
    if (pipe2(p, O_CLOEXEC) == 0)
        errrd = p[0], fd[ERRPIPE] = high(p[1]);
    int ok = rd >= 0 && errrd >= 0;
    for (int i = 0; i < NFDS; i++)
        ok = ok && fd[i] >= 0;
    if (!ok) {
        snprintf(why, whysize, "cannot create a pipe: %s", strerror(errno));
        close_all(fd);
        if (rd >= 0)
            close(rd);
        if (errrd >= 0)
            close(errrd);
        return PS_EINTERNAL;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0)
        child(fd, parent, argv, lim);
    int fork_errno = errno;
    close_all(fd);
    if (pid < 0) {
        snprintf(why, whysize, "cannot start a reader process: %s", strerror(fork_errno));
        close(rd);
        close(errrd);
        return fork_errno == ENOMEM || fork_errno == EAGAIN ? PS_ENOMEM : PS_EINTERNAL;
    }
    /* the error pipe closes at a successful exec; else it holds errno */
    int exec_errno = 0;
    ssize_t got;
    while ((got = read(errrd, &exec_errno, sizeof exec_errno)) < 0 && errno == EINTR)
        ;
    close(errrd);
    if (got == (ssize_t)sizeof exec_errno) {
        int status;
        close(rd);
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
        snprintf(why, whysize, "cannot be run ('%s'): %s", argv[0], strerror(exec_errno));
        return PS_EINTERNAL;
    }

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
        struct pollfd pf = {rd, POLLIN, 0};
        int pr = poll(&pf, 1, (int)(left * 1000) + 1);
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
        ssize_t k = read(rd, chunk, sizeof chunk);
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
    close(rd);
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
