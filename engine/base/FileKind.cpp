#include "FileKind.h"

#include "Error.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sys/stat.h>

namespace tl {

std::optional<MessageText> irregularFileReason(const std::string& path)
{
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0)
        return std::nullopt; // missing or unreadable: the caller's open says which
    switch (status.st_mode & S_IFMT) {
    case S_IFREG: return std::nullopt;
    case S_IFDIR: return TL_MESSAGE("file-kind", "a folder");
    case S_IFIFO: return TL_MESSAGE("file-kind", "a FIFO (named pipe)");
    case S_IFSOCK: return TL_MESSAGE("file-kind", "a socket");
    case S_IFCHR:
    case S_IFBLK: return TL_MESSAGE("file-kind", "a device");
    default: return TL_MESSAGE("file-kind", "a file of an unknown kind");
    }
}

void requireRegularFile(const std::string& path, MessageText what)
{
    if (const std::optional<MessageText> reason = irregularFileReason(path))
        throw Error(Message{TL_MESSAGE("file-not-regular", "cannot read %1 '%2': it is %3, not a regular file"),
                            {what, path, *reason}});
}

FileKind sniffFileKind(const std::string& path)
{
    if (irregularFileReason(path))
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
