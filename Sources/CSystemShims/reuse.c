#define _GNU_SOURCE
#include "CSystemShims.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__linux__)
#include <linux/openat2.h>
#include <sys/syscall.h>
#endif

/* Opens `relative` under `folder` for reading, refusing any symbolic link on the way and any
   path that would leave `folder` (so a planted link in the previous site is never followed). */
static int open_beneath(int folder, const char *relative) {
#if defined(__linux__) && defined(SYS_openat2)
    struct open_how how;
    memset(&how, 0, sizeof how);
    how.flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    return (int)syscall(SYS_openat2, folder, relative, &how, sizeof how);
#else
    (void)folder;
    (void)relative;
    errno = ENOSYS;
    return -1;
#endif
}

static int same_contents(int fd, const unsigned char *bytes, size_t count) {
    struct stat info;
    if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || (size_t)info.st_size != count) return 0;
    unsigned char buffer[65536];
    size_t offset = 0;
    while (offset < count) {
        ssize_t got = read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0 || offset + (size_t)got > count || memcmp(buffer, bytes + offset, (size_t)got) != 0) return 0;
        offset += (size_t)got;
    }
    return 1;
}

int marrow_link_if_same(int previous, const char *relative, const void *bytes, unsigned long count, const char *target) {
    if (previous < 0) return 0;
    int fd = open_beneath(previous, relative);
    if (fd < 0) return 0;
    int linked = 0;
    if (same_contents(fd, bytes, count)) {
        char self[64];
        snprintf(self, sizeof self, "/proc/self/fd/%d", fd);
        linked = linkat(AT_FDCWD, self, AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0;
    }
    close(fd);
    return linked;
}
