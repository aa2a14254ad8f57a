// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the number and figure parser, and the whole entity extraction on any text;
// every mention must lie inside the text.
#include "extract/chinesenumber.h"
#include "extract/entityextractor.h"
#include "extract/figureextractor.h"
#include "fuzzsupport.h"
#include "text/codepoints.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Pizhu::Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Pizhu::ChineseNumber::parse(text);
    const int length = Pizhu::CodePoints::count(text);
    for (const Pizhu::Figure &figure : Pizhu::FigureExtractor::instance().extract(text)) {
        if (figure.span.start < 0 || figure.span.end > length || figure.span.start >= figure.span.end)
            __builtin_trap();
    }
    const Pizhu::Conversion shadow =
        Pizhu::ScriptConverter::forMode(Pizhu::ScriptMode::Simplified).convert(text);
    for (const Pizhu::ExtractedEntity &entity : Pizhu::EntityExtractor::instance().extract(text, shadow)) {
        for (const Pizhu::TextSpan &mention : entity.mentions) {
            if (mention.start < 0 || mention.end > length || mention.start > mention.end)
                __builtin_trap();
        }
    }
    return 0;
}
