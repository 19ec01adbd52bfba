// The declaration in include/fuzzer_driver.h is all there is: SwiftPM needs one source file.
#include "fuzzer_driver.h"
