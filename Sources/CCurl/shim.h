#ifndef BRIEFCAST_CCURL_SHIM_H
#define BRIEFCAST_CCURL_SHIM_H
/* libcurl's easy interface, opened with dlopen when the first page is fetched: a run that
   fetches nothing (most runs) never loads libcurl and the dozens of libraries it brings, which
   would cost every process, worker processes too, time and memory at start. Nothing is linked;
   the header gives the types and constants. */
#include <curl/curl.h>
#include <dlfcn.h>
#include <stddef.h>

typedef size_t (*briefcast_curl_callback)(char *data, size_t size, size_t count, void *context);

typedef struct {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
} briefcast_curl;

/* Opens libcurl; 0 when it is not installed. */
static inline int briefcast_curl_open(briefcast_curl *curl) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return 0;
    curl->easy_init = (CURL * (*)(void)) dlsym(library, "curl_easy_init");
    curl->easy_setopt = (CURLcode(*)(CURL *, CURLoption, ...))dlsym(library, "curl_easy_setopt");
    curl->easy_perform = (CURLcode(*)(CURL *))dlsym(library, "curl_easy_perform");
    curl->easy_getinfo = (CURLcode(*)(CURL *, CURLINFO, ...))dlsym(library, "curl_easy_getinfo");
    curl->easy_cleanup = (void (*)(CURL *))dlsym(library, "curl_easy_cleanup");
    curl->easy_strerror = (const char *(*)(CURLcode))dlsym(library, "curl_easy_strerror");
    curl->slist_append = (struct curl_slist * (*)(struct curl_slist *, const char *)) dlsym(library, "curl_slist_append");
    curl->slist_free_all = (void (*)(struct curl_slist *))dlsym(library, "curl_slist_free_all");
    return curl->easy_init && curl->easy_setopt && curl->easy_perform && curl->easy_getinfo && curl->easy_cleanup
        && curl->easy_strerror && curl->slist_append && curl->slist_free_all;
}

/* curl_easy_setopt and curl_easy_getinfo take variadic arguments, which Swift cannot pass: one
   wrapper per argument type. */
static inline CURLcode briefcast_curl_set_long(const briefcast_curl *curl, CURL *handle, CURLoption option, long value) {
    return curl->easy_setopt(handle, option, value);
}

static inline CURLcode briefcast_curl_set_size(const briefcast_curl *curl, CURL *handle, CURLoption option, curl_off_t value) {
    return curl->easy_setopt(handle, option, value);
}

static inline CURLcode briefcast_curl_set_string(const briefcast_curl *curl, CURL *handle, CURLoption option, const char *value) {
    return curl->easy_setopt(handle, option, value);
}

static inline CURLcode briefcast_curl_set_pointer(const briefcast_curl *curl, CURL *handle, CURLoption option, void *value) {
    return curl->easy_setopt(handle, option, value);
}

static inline CURLcode briefcast_curl_set_callback(const briefcast_curl *curl, CURL *handle, CURLoption option, briefcast_curl_callback value) {
    return curl->easy_setopt(handle, option, value);
}

static inline long briefcast_curl_response_code(const briefcast_curl *curl, CURL *handle) {
    long code = 0;
    curl->easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code);
    return code;
}
#endif
