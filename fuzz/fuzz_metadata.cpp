// CoreMetadata::parse on anything, then every accessor.
#include "core/pep/coremetadata.h"

using namespace Envdesk::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto m = CoreMetadata::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!m)
        return 0;
    (void)m->requiresDist();
    (void)m->requiresPython();
    (void)m->providesExtra();
    (void)m->description();
    (void)m->values("Classifier");
    return 0;
}
