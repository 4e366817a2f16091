#include "AtomicFile.h"

#include "Error.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
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
        throw Error(Message{TL_MESSAGE("file-cannot-open-to-flush", "cannot open '%1' to flush it: %2"),
                            {path, systemError()}});
    const bool ok = ::fsync(fd) == 0;
    const std::string reason = ok ? "" : systemError();
    ::close(fd);
    if (!ok)
        throw Error(Message{TL_MESSAGE("file-cannot-flush", "cannot flush '%1' to disk: %2"), {path, reason}});
}

constexpr char kTemporaryMark[] = ".tmp-";

std::string hostName()
{
    char name[256] = {};
    ::gethostname(name, sizeof name - 1);
    std::string host = name;
    std::replace_if(
        host.begin(), host.end(), [](char c) { return c == '-' || c == '/'; }, '_');
    return host.empty() ? "localhost" : host;
}

// "<host>-<pid>-<random>": the random part keeps two writers of one process apart.
std::string uniqueSuffix()
{
    std::random_device device;
    return hostName() + "-" + std::to_string(::getpid()) + "-" + std::to_string(device());
}

// The writer's process id when name is a temporary file of this host, else 0.
pid_t writerOnThisHost(const std::string& name, const std::string& host)
{
    const std::size_t mark = name.rfind(kTemporaryMark);
    if (mark == std::string::npos)
        return 0;
    const std::string prefix = host + "-";
    const std::string rest = name.substr(mark + std::strlen(kTemporaryMark));
    if (rest.compare(0, prefix.size(), prefix) != 0)
        return 0;
    return static_cast<pid_t>(std::strtol(rest.c_str() + prefix.size(), nullptr, 10));
}

} // namespace

AtomicFile::AtomicFile(std::string targetPath)
    : m_targetPath(std::move(targetPath)), m_temporaryPath(m_targetPath + kTemporaryMark + uniqueSuffix())
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
        throw Error(
            Message{TL_MESSAGE("file-cannot-move-into-place", "cannot move the new file into place as '%1': %2"),
                    {m_targetPath, systemError()}});
    m_committed = true;
    std::string folder = std::filesystem::path(m_targetPath).parent_path().string();
    fsyncPath(folder.empty() ? "." : folder, O_RDONLY | O_DIRECTORY);
}

void writeFileAtomically(const std::string& path, const std::string& bytes)
{
    AtomicFile file(path);
    std::FILE* out = std::fopen(file.temporaryPath().c_str(), "wb");
    if (!out)
        throw Error(Message{TL_MESSAGE("file-cannot-create", "cannot create '%1': %2"), {path, systemError()}});
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size();
    const std::string reason = written ? "" : systemError();
    const bool closed = std::fclose(out) == 0;
    if (!written || !closed)
        throw Error(Message{TL_MESSAGE("file-cannot-write", "cannot write '%1': %2"),
                            {path, written ? systemError() : reason}});
    file.commit();
}

void checkWritable(const std::string& path)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        throw Error(Message{TL_MESSAGE("output-is-folder", "cannot write '%1': it is a folder"), {path}});
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty() && !std::filesystem::create_directories(parent, error) && error)
        throw Error(Message{TL_MESSAGE("output-folder-cannot-create", "cannot create the folder '%1' for '%2': %3"),
                            {parent.string(), path, error.message()}});
    const AtomicFile probe(path); // never committed: its destructor removes the probe
    const int fd = ::open(probe.temporaryPath().c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    const std::string block(4096, '\0');
    const bool written =
        fd >= 0 && ::write(fd, block.data(), block.size()) == static_cast<ssize_t>(block.size()) && ::fsync(fd) == 0;
    const std::string reason = written ? "" : systemError();
    if (fd >= 0)
        ::close(fd);
    if (!written)
        throw Error(Message{TL_MESSAGE("output-cannot-write", "cannot write '%1': %2"), {path, reason}});
}

std::size_t removeAbandonedTemporaryFiles(const std::string& folder)
{
    const std::string host = hostName();
    std::size_t removed = 0;
    std::error_code error;
    for (std::filesystem::recursive_directory_iterator it(folder, error), end; !error && it != end;
         it.increment(error)) {
        const pid_t writer = writerOnThisHost(it->path().filename().string(), host);
        const bool gone = writer > 0 && ::kill(writer, 0) != 0 && errno == ESRCH;
        std::error_code ignored;
        if (gone && it->is_regular_file(ignored) && std::filesystem::remove(it->path(), ignored))
            ++removed;
    }
    return removed;
}

} // namespace tl
