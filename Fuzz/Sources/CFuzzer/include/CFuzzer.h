// libFuzzer's driver. SwiftPM gives every executable its own entry point, so each fuzz target's main calls the
// driver itself with its `LLVMFuzzerTestOneInput`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
