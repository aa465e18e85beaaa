#define _GNU_SOURCE
#include "CSystemShims.h"
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void marrow_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
