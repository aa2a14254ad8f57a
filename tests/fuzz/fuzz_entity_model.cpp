// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: reading an entity model file (a corpus keeps its adapted model as bytes that
// anything may have damaged): either a model that labels text, or a message; never a crash.
#include "extract/entitymodel.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Pizhu::Fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::unique_ptr<Pizhu::EntityModel> model =
        Pizhu::EntityModel::fromBytes(bytes, QStringLiteral("fuzzed"), &error);
    if (!model && !error.contains(QStringLiteral("fuzzed")))
        __builtin_trap();
    if (model)
        model->find(QStringLiteral("新华社记者王伟报道，国务院召开会议。"));
    return 0;
}
