// libFuzzer's entry for programs that have their own main (libclang_rt.fuzzer_no_main):
// SwiftPM gives every executable its own main, so NewsroomFuzz calls this from there.
// Only declared here; linked in the fuzz build only (scripts/fuzz).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
