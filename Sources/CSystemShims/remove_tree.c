#define _GNU_SOURCE
#include "CSystemShims.h"
#include <ftw.h>
#include <stdio.h>

static int remove_entry(const char *path, const struct stat *info, int type, struct FTW *walk) {
    (void)info;
    (void)type;
    (void)walk;
    return remove(path);
}

int marrow_remove_tree(const char *path) {
    /* Depth first, without following symbolic links: a link is removed, never what it points to. */
    return nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
}
