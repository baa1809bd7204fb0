#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry point for a program with its own main (libclang_rt.fuzzer_no_main): parses the
// libFuzzer flags in argv and runs `callback` on every input until a limit is reached or it traps.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
