#include "AtomicFile.h"

#include "Error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <unistd.h>

namespace tl {
namespace {

std::string systemError()
{
    return std::strerror(errno);
}

void fsyncPath(const std::string& path, int flags)
{
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0)
        throw Error("cannot open '" + path + "' to flush it: " + systemError());
    const bool ok = ::fsync(fd) == 0;
    const std::string reason = ok ? "" : systemError();
    ::close(fd);
    if (!ok)
        throw Error("cannot flush '" + path + "' to disk: " + reason);
}

std::string uniqueSuffix()
{
    std::random_device device;
    return std::to_string(::getpid()) + "-" + std::to_string(device());
}

} // namespace

AtomicFile::AtomicFile(std::string targetPath)
    : m_targetPath(std::move(targetPath)), m_temporaryPath(m_targetPath + ".tmp-" + uniqueSuffix())
{
    const std::filesystem::path parent = std::filesystem::path(m_targetPath).parent_path();
    std::error_code ignored;
    if (!parent.empty())
        std::filesystem::create_directories(parent, ignored);
}

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        std::remove(m_temporaryPath.c_str());
}

void AtomicFile::commit()
{
    fsyncPath(m_temporaryPath, O_RDONLY);
    if (std::rename(m_temporaryPath.c_str(), m_targetPath.c_str()) != 0)
        throw Error("cannot move the new file into place as '" + m_targetPath + "': " + systemError());
    m_committed = true;
    std::string folder = std::filesystem::path(m_targetPath).parent_path().string();
    fsyncPath(folder.empty() ? "." : folder, O_RDONLY | O_DIRECTORY);
}

void writeFileAtomically(const std::string& path, const std::string& bytes)
{
    AtomicFile file(path);
    std::FILE* out = std::fopen(file.temporaryPath().c_str(), "wb");
    if (!out)
        throw Error("cannot create '" + path + "': " + systemError());
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
    const std::string reason = written ? "" : systemError();
    const bool closed = std::fclose(out) == 0;
    if (!written || !closed)
        throw Error("cannot write '" + path + "': " + (written ? systemError() : reason));
    file.commit();
}

} // namespace tl
