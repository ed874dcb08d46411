// The liblouis C API, from Debian's liblouis-dev (pkg-config adds -I/usr/include/liblouis).
#include <liblouis.h>

#ifdef __linux__
// glibc's dlmopen, declared here because Swift's Glibc module leaves out GNU extensions. Signpost loads
// more copies of liblouis, each in a namespace of its own (LM_ID_NEWLM, -1), so that several threads can
// translate at once: liblouis keeps its working buffers in global variables.
extern void *dlmopen(long namespace_id, const char *file, int mode);
static inline void *signpost_load_separate_copy(const char *file, int mode) { return dlmopen(-1, file, mode); }
#endif
