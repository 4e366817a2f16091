#pragma once
// Recognises the container formats the engine reads from their first bytes, not their names:
// weights and models come as HDF5 (Keras, TransferLab models) or zip (TorchScript).
#include <string>

namespace tl {

enum class FileKind { Hdf5, TorchScriptZip, Other };

// Other also when the file cannot be read.
FileKind sniffFileKind(const std::string& path);

} // namespace tl
