// See include/web_requests.h. libcurl's header gives its option numbers and types; its library is opened with dlopen,
// so the program is not linked with it.
#include "web_requests.h"

// CURLOPT_PROTOCOLS is deprecated, and used only where libcurl is older than 7.85.
#define CURL_DISABLE_DEPRECATION 1
#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static struct {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *handle);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    void (*easy_cleanup)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
} curl;

static pthread_once_t loading = PTHREAD_ONCE_INIT;
static const char *load_failure = NULL;
static char load_message[512];

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *why = dlerror();
        snprintf(load_message, sizeof load_message, "%s", why != NULL ? why : "libcurl.so.4 cannot be opened");
        load_failure = load_message;
        return;
    }
    *(void **)&curl.global_init = dlsym(library, "curl_global_init");
    *(void **)&curl.easy_init = dlsym(library, "curl_easy_init");
    *(void **)&curl.easy_setopt = dlsym(library, "curl_easy_setopt");
    *(void **)&curl.easy_perform = dlsym(library, "curl_easy_perform");
    *(void **)&curl.easy_getinfo = dlsym(library, "curl_easy_getinfo");
    *(void **)&curl.easy_cleanup = dlsym(library, "curl_easy_cleanup");
    *(void **)&curl.easy_strerror = dlsym(library, "curl_easy_strerror");
    if (curl.global_init == NULL || curl.easy_init == NULL || curl.easy_setopt == NULL || curl.easy_perform == NULL
        || curl.easy_getinfo == NULL || curl.easy_cleanup == NULL || curl.easy_strerror == NULL) {
        load_failure = "libcurl.so.4 lacks a function Signpost needs (curl_easy_init and the like)";
        return;
    }
    // Not thread-safe in older libcurl: done here, once, before any request.
    if (curl.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) load_failure = "libcurl could not set itself up";
}

const char *signpost_web_requests_load(void) {
    pthread_once(&loading, load);
    return load_failure;
}

static void copy_error(char *error, size_t error_size, const char *text) {
    if (error_size == 0) return;
    snprintf(error, error_size, "%s", text);
}

/// Limits a request, and the redirects it follows, to http and https: by name where libcurl knows the option (7.85 on),
/// else by the older bit mask.
static void allow_web_only(CURL *handle) {
    if (curl.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https") != CURLE_OK) {
        curl.easy_setopt(handle, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    }
    if (curl.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https") != CURLE_OK) {
        curl.easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
    }
}

/// Runs the request with SIGPIPE blocked on this thread, and drops one raised meanwhile: with CURLOPT_NOSIGNAL,
/// libcurl leaves it to the program, and a connection the other end closed must not end the run.
static CURLcode perform_without_sigpipe(CURL *handle) {
    sigset_t pipe_only, before;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    sigset_t pending;
    sigemptyset(&pending);
    int blocked = pthread_sigmask(SIG_BLOCK, &pipe_only, &before) == 0;
    int was_pending = blocked && sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE);
    CURLcode result = curl.easy_perform(handle);
    if (blocked) {
        if (!was_pending) {
            struct timespec none = {0, 0};
            while (sigtimedwait(&pipe_only, NULL, &none) == SIGPIPE) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &before, NULL);
    }
    return result;
}

int signpost_web_head(const char *url, long timeout_ms, long *status, char *error, size_t error_size) {
    *status = 0;
    if (signpost_web_requests_load() != NULL) {
        copy_error(error, error_size, load_failure);
        return SIGNPOST_WEB_NO_ANSWER;
    }
    CURL *handle = curl.easy_init();
    if (handle == NULL) {
        copy_error(error, error_size, "libcurl could not start a request");
        return SIGNPOST_WEB_NO_ANSWER;
    }
    char message[CURL_ERROR_SIZE];
    message[0] = '\0';
    curl.easy_setopt(handle, CURLOPT_URL, url);
    curl.easy_setopt(handle, CURLOPT_NOBODY, 1L);
    curl.easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, CURLOPT_MAXREDIRS, 10L);
    allow_web_only(handle);
    curl.easy_setopt(handle, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM for timeouts: other threads are running
    curl.easy_setopt(handle, CURLOPT_USERAGENT, "Signpost link check");
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, message);
    CURLcode result = perform_without_sigpipe(handle);
    int outcome = SIGNPOST_WEB_ANSWERED;
    if (result == CURLE_OK) {
        curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, status);
    } else {
        int malformed = result == CURLE_URL_MALFORMAT || result == CURLE_UNSUPPORTED_PROTOCOL;
        outcome = malformed ? SIGNPOST_WEB_NOT_AN_ADDRESS : SIGNPOST_WEB_NO_ANSWER;
        copy_error(error, error_size, message[0] != '\0' ? message : curl.easy_strerror(result));
    }
    curl.easy_cleanup(handle);
    return outcome;
}
