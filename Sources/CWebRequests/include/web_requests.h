// Asking web addresses whether they are still there, for `signpost check --external`, through libcurl loaded only
// when a check first asks: a build never loads it, nor the thirty libraries it needs, so every run starts sooner.
#ifndef SIGNPOST_WEB_REQUESTS_H
#define SIGNPOST_WEB_REQUESTS_H

#include <stddef.h>

/// Loads libcurl (libcurl.so.4) and sets it up, once for the process. Returns NULL when it is ready, otherwise why it
/// cannot be loaded (text that lives as long as the process).
const char *signpost_web_requests_load(void);

/// Asks `url` for its headers (a HEAD request, following redirects, over http or https alone), giving up after
/// `timeout_ms` milliseconds. Safe to call from several threads at once, once `signpost_web_requests_load` has
/// returned NULL.
///
/// Returns 1 when it answered, with its HTTP status in `*status`; 0 when it did not, with why in `error` (at most
/// `error_size` bytes, ended by a zero byte).
int signpost_web_head(const char *url, long timeout_ms, long *status, char *error, size_t error_size);

#endif
