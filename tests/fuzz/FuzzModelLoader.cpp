// Fuzzes the model-file parser: the HDF5 content, its JSON metadata and every check made before
// the head's weights are used. It enters after the fingerprint check (parseModelImage): a
// mutated version 2 file never passes that check, so loadModelFile would only fuzz SHA-256,
// while the parser is still reached by version 1 files, which carry no fingerprint.
#include "FuzzInput.h"
#include "Hdf5Handles.h"
#include "ModelFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string image(reinterpret_cast<const char*>(data), size);
    tl::fuzz::refusedOnlyWithError([&] {
        const tl::ModelFile model = tl::parseModelImage(image, "fuzz.tlmodel");
        tl::fuzz::check(model.info.classes.size() >= 2, "a model with fewer than two classes was accepted");
        tl::fuzz::check(!model.headParameters.empty(), "a model without head weights was accepted");
    });
    tl::fuzz::checkNoHdf5HandleLeft();
    return 0;
}
