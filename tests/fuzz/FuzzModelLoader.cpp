// Fuzzes the model-file loader: the HDF5 file, its JSON metadata and every check made before
// the head's weights are used.
#include "FuzzInput.h"
#include "Hdf5Handles.h"
#include "ModelFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = tl::fuzz::writeInputFile(data, size, ".tlmodel");
    tl::fuzz::refusedOnlyWithError([&] {
        const tl::ModelFile model = tl::loadModelFile(path);
        tl::fuzz::check(model.info.classes.size() >= 2, "a model with fewer than two classes was accepted");
        tl::fuzz::check(!model.headParameters.empty(), "a model without head weights was accepted");
    });
    tl::fuzz::checkNoHdf5HandleLeft();
    return 0;
}
