#include "FileKind.h"

#include <algorithm>
#include <array>
#include <fstream>

namespace tl {

FileKind sniffFileKind(const std::string& path)
{
    std::array<char, 4> head{};
    std::ifstream in(path, std::ios::binary);
    in.read(head.data(), head.size());
    if (in.gcount() < 4)
        return FileKind::Other;
    if (std::equal(head.begin(), head.end(), "\x89HDF"))
        return FileKind::Hdf5;
    if (std::equal(head.begin(), head.end(), "PK\x03\x04"))
        return FileKind::TorchScriptZip;
    return FileKind::Other;
}

} // namespace tl
