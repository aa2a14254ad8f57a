// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a .txt file through decoding, the reader for its format, the article parser,
// the simplified shadow and entity extraction, as import runs them.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Pizhu::Fuzz::importAsFile(data, size, "txt");
    return 0;
}
