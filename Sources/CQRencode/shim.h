// The libqrencode C API, from Debian's libqrencode-dev.
#include <qrencode.h>
