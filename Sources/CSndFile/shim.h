#ifndef BRIEFCAST_CSNDFILE_SHIM_H
#define BRIEFCAST_CSNDFILE_SHIM_H
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sndfile.h>

/// Writes `count` cue points (id i+1, at the given sample frames) with SFC_SET_CUE.
/// SF_CUES holds a fixed 100 points, so this allocates the variable-length layout that
/// libsndfile reads (`SF_CUES_VAR`), which Swift cannot declare for itself.
/// Returns SF_TRUE on success.
static inline int briefcast_set_cues(SNDFILE *file, const uint32_t *frames, uint32_t count) {
    size_t size = sizeof(uint32_t) + (size_t)count * sizeof(SF_CUE_POINT);
    uint32_t *cues = (uint32_t *)calloc(1, size);
    if (cues == NULL) return SF_FALSE;
    cues[0] = count;
    SF_CUE_POINT *points = (SF_CUE_POINT *)(cues + 1);
    for (uint32_t i = 0; i < count; i++) {
        points[i].indx = (int32_t)(i + 1);
        points[i].position = frames[i];
        points[i].fcc_chunk = 0x61746164; /* 'data' */
        points[i].chunk_start = 0;
        points[i].block_start = 0;
        points[i].sample_offset = frames[i];
    }
    int ok = sf_command(file, SFC_SET_CUE, cues, (int)size);
    free(cues);
    return ok;
}

/// Adds a raw chunk (for example `LIST` with an `adtl` body) before the first write.
static inline int briefcast_set_chunk(SNDFILE *file, const char *id, const void *data, unsigned length) {
    SF_CHUNK_INFO info;
    memset(&info, 0, sizeof info);
    size_t idLength = strlen(id);
    if (idLength >= sizeof info.id) return SF_ERR_UNSUPPORTED_ENCODING;
    memcpy(info.id, id, idLength);
    info.id_size = (unsigned)idLength;
    info.datalen = length;
    info.data = (void *)data;
    return sf_set_chunk(file, &info);
}
#endif
