#ifndef BRIEFCAST_CESPEAKNG_SHIM_H
#define BRIEFCAST_CESPEAKNG_SHIM_H
#include <espeak-ng/speak_lib.h>
#include <espeak-ng/espeak_ng.h>
#endif
