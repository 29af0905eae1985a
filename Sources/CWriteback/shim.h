#ifndef BRIEFCAST_CWRITEBACK_SHIM_H
#define BRIEFCAST_CWRITEBACK_SHIM_H
/* Linux's sync_file_range, which Swift's Glibc module leaves out (glibc declares it only for
   _GNU_SOURCE): starts writing a file's dirty pages in a byte range to disk, without waiting. */
#include <sys/syscall.h>
#include <unistd.h>

/* SYNC_FILE_RANGE_WRITE: start write-out of the range's dirty pages not already being written. */
static inline int briefcast_start_writeback(int descriptor, long long offset, long long count) {
    return (int)syscall(SYS_sync_file_range, descriptor, offset, count, 2u);
}
#endif
