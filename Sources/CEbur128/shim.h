#ifndef BRIEFCAST_CEBUR128_SHIM_H
#define BRIEFCAST_CEBUR128_SHIM_H
#include <ebur128.h>
#endif
