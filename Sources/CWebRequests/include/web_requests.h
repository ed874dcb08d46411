// Asking web addresses whether they are still there, for `signpost check --external`, through libcurl loaded only
// when a check first asks: a build never loads it, nor the thirty libraries it needs, so every run starts sooner.
#ifndef SIGNPOST_WEB_REQUESTS_H
#define SIGNPOST_WEB_REQUESTS_H

#include <stddef.h>

/// Loads libcurl (libcurl.so.4) and sets it up, once for the process. Returns NULL when it is ready, otherwise why it
/// cannot be loaded (text that lives as long as the process).
const char *signpost_web_requests_load(void);

/// What `signpost_web_head` found.
enum {
    /// The address answered, with its HTTP status.
    SIGNPOST_WEB_ANSWERED = 1,
    /// Nothing answered (no such host, no connection, too slow, a broken TLS handshake).
    SIGNPOST_WEB_NO_ANSWER = 0,
    /// The text is not an http or https address libcurl can ask.
    SIGNPOST_WEB_NOT_AN_ADDRESS = -1,
};

/// Asks `url` for its headers (a HEAD request, following redirects, over http or https alone), giving up after
/// `timeout_ms` milliseconds. Safe to call from several threads at once, once `signpost_web_requests_load` has
/// returned NULL.
///
/// Returns `SIGNPOST_WEB_ANSWERED` with the HTTP status in `*status`, or else why not, in `error` too (at most
/// `error_size` bytes, ended by a zero byte).
int signpost_web_head(const char *url, long timeout_ms, long *status, char *error, size_t error_size);

#endif
