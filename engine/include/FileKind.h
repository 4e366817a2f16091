#pragma once
// What kind of file a path names, found without blocking: whether it is a regular file at all
// (reading a FIFO or /dev/zero would hang), then the container format of its first bytes, not
// its name: weights and models come as HDF5 (Keras, TransferLab models) or zip (TorchScript).
#include "Message.h"

#include <optional>
#include <string>

namespace tl {

enum class FileKind { Hdf5, TorchScriptZip, Other };

// Other also when the file cannot be read or is not a regular file.
FileKind sniffFileKind(const std::string& path);

// Why path's content cannot be read as a file, symbolic links followed: "a folder", "a FIFO
// (named pipe)", "a device", "a socket" (for messages, under the identifier "file-kind"); none for
// a regular file, and for a path that does not exist or cannot be examined (opening it then gives
// the precise error). Never opens it.
std::optional<MessageText> irregularFileReason(const std::string& path);

// Throws tl::Error "cannot read <what> 'path': it is <reason>, not a regular file" unless it is
// one; `what` is a word of the "file-role" identifier ("model", "image").
void requireRegularFile(const std::string& path, MessageText what);

} // namespace tl
