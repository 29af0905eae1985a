#ifndef BRIEFCAST_CESPEAKNG_SHIM_H
#define BRIEFCAST_CESPEAKNG_SHIM_H
/* espeak-ng, opened with dlopen by the processes that speak: the library brings some twenty
   others (PulseAudio, ALSA, X11, D-Bus, systemd… through libpcaudio), which would cost the
   renderer 3 MiB and time at start although its worker processes do the speaking. Nothing is
   linked; the headers give the types and constants. */
#include <dlfcn.h>
#include <espeak-ng/speak_lib.h>
#include <stddef.h>

typedef int (*briefcast_espeak_uri_callback)(int type, const char *uri, const char *base);

typedef struct {
    int (*Initialize)(espeak_AUDIO_OUTPUT output, int buflength, const char *path, int options);
    void (*SetSynthCallback)(t_espeak_callback *callback);
    void (*SetUriCallback)(briefcast_espeak_uri_callback callback);
    espeak_ERROR (*Synth)(const void *text, size_t size, unsigned int position, espeak_POSITION_TYPE position_type,
        unsigned int end_position, unsigned int flags, unsigned int *unique_identifier, void *user_data);
    const char *(*TextToPhonemes)(const void **textptr, int textmode, int phonememode);
    espeak_ERROR (*SetVoiceByName)(const char *name);
    espeak_ERROR (*SetParameter)(espeak_PARAMETER parameter, int value, int relative);
    const espeak_VOICE **(*ListVoices)(espeak_VOICE *voice_spec);
    const char *(*Info)(const char **path_data);
} briefcast_espeak;

/* Opens espeak-ng; 0 when it is not installed (or lacks a function). */
static inline int briefcast_espeak_open(briefcast_espeak *espeak) {
    void *library = dlopen("libespeak-ng.so.1", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return 0;
    espeak->Initialize = (int (*)(espeak_AUDIO_OUTPUT, int, const char *, int))dlsym(library, "espeak_Initialize");
    espeak->SetSynthCallback = (void (*)(t_espeak_callback *))dlsym(library, "espeak_SetSynthCallback");
    espeak->SetUriCallback = (void (*)(briefcast_espeak_uri_callback))dlsym(library, "espeak_SetUriCallback");
    espeak->Synth = (espeak_ERROR(*)(const void *, size_t, unsigned int, espeak_POSITION_TYPE, unsigned int,
        unsigned int, unsigned int *, void *))dlsym(library, "espeak_Synth");
    espeak->TextToPhonemes = (const char *(*)(const void **, int, int))dlsym(library, "espeak_TextToPhonemes");
    espeak->SetVoiceByName = (espeak_ERROR(*)(const char *))dlsym(library, "espeak_SetVoiceByName");
    espeak->SetParameter = (espeak_ERROR(*)(espeak_PARAMETER, int, int))dlsym(library, "espeak_SetParameter");
    espeak->ListVoices = (const espeak_VOICE **(*)(espeak_VOICE *))dlsym(library, "espeak_ListVoices");
    espeak->Info = (const char *(*)(const char **))dlsym(library, "espeak_Info");
    return espeak->Initialize && espeak->SetSynthCallback && espeak->SetUriCallback && espeak->Synth
        && espeak->TextToPhonemes && espeak->SetVoiceByName && espeak->SetParameter && espeak->ListVoices
        && espeak->Info;
}
#endif
