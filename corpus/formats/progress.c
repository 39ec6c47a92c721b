/* Progress marks of an extractor in plansearch-extract (see formats.h). */
#include "formats.h"

#include <unistd.h>

void ps_extract_progress(const ps_extract_opts *o)
{
    static const char mark[5] = {PS_XF_PROGRESS, 0, 0, 0, 0};
    /* a pipe write of 5 bytes is atomic; a full pipe blocks us, which is
       right: the parent is behind */
    if (o->progress_fd > 2 && write(o->progress_fd, mark, sizeof mark) < 0) {
        /* the parent is gone or stopped listening: SIGPIPE ends us */
    }
}
