#ifndef MARROW_CLIBDEFLATE_SHIM_H
#define MARROW_CLIBDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
