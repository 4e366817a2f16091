#include "BackboneFile.h"

#include "Backbone.h"

namespace tl {

BackboneFileInfo inspectBackboneFile(BackboneId id, const std::string& path)
{
    const std::shared_ptr<Backbone> backbone = Backbone::load(id, path, Precision::Fp32, DeviceChoice::Cpu);
    return {backbone->network() ? std::string("Keras ") + backboneSpec(id).displayName + " (HDF5)"
                                : std::string("TorchScript features module"),
            backbone->fingerprint()};
}

} // namespace tl
