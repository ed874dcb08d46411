// The liblouis C API, from Debian's liblouis-dev (pkg-config adds -I/usr/include/liblouis).
#include <liblouis.h>
