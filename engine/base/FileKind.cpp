#include "FileKind.h"

#include "Error.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sys/stat.h>

namespace tl {

std::string irregularFileReason(const std::string& path)
{
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0)
        return ""; // missing or unreadable: the caller's open says which
    switch (status.st_mode & S_IFMT) {
    case S_IFREG: return "";
    case S_IFDIR: return "a folder";
    case S_IFIFO: return "a FIFO (named pipe)";
    case S_IFSOCK: return "a socket";
    case S_IFCHR:
    case S_IFBLK: return "a device";
    default: return "a file of an unknown kind";
    }
}

void requireRegularFile(const std::string& path, const std::string& what)
{
    const std::string reason = irregularFileReason(path);
    if (!reason.empty())
        throw Error("cannot read " + what + " '" + path + "': it is " + reason + ", not a regular file");
}

FileKind sniffFileKind(const std::string& path)
{
    if (!irregularFileReason(path).empty())
        return FileKind::Other;
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
