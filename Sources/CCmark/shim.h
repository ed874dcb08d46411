// The libcmark C API, from Debian's libcmark-dev.
#include <cmark.h>
