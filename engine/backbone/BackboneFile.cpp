#include "BackboneFile.h"

#include "Backbone.h"

namespace tl {

BackboneFileInfo inspectBackboneFile(const std::string& path)
{
    const std::shared_ptr<Backbone> backbone = Backbone::load(path, Precision::Fp32, DeviceChoice::Cpu);
    return {backbone->vgg16() ? "Keras VGG16 (HDF5)" : "TorchScript features module", backbone->fingerprint()};
}

} // namespace tl
