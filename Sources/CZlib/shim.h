#ifndef MARROW_CZLIB_SHIM_H
#define MARROW_CZLIB_SHIM_H
#include <zlib.h>
#endif
