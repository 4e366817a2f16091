#pragma once
// Writes a file so that readers see either the old content or the complete new one, never a
// torn file: write to a temporary sibling, fsync it, rename it over the target, fsync the folder.
// If commit() is never reached (error, exception) the temporary file is removed. The temporary
// name holds the host and the process, so writers on many hosts sharing a folder (NFS) never
// collide, and what a killed writer left can be told apart and removed.
#include <cstddef>
#include <string>

namespace tl {

class AtomicFile {
public:
    explicit AtomicFile(std::string targetPath);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Where the writer puts the new content.
    const std::string& temporaryPath() const { return m_temporaryPath; }
    // Makes the new content durable and visible under the target path.
    void commit();

private:
    std::string m_targetPath;
    std::string m_temporaryPath;
    bool m_committed = false;
};

// Convenience for content that is already in memory.
void writeFileAtomically(const std::string& path, const std::string& bytes);

// Tries the destination of a file that long work will write at its end (a model, an export), so
// that a destination that can never be written is found before the work, not after it: creates
// its folder, writes a 4 kB probe file beside it, flushes it to disk and removes it. Throws
// tl::Error naming the real cause (permission denied, read-only file system, not a folder, no
// space left) otherwise.
void checkWritable(const std::string& path);

// Removes, in folder and below, the temporary files of writers on this host whose process is
// gone (killed half-way). Other hosts' files are left alone: their processes cannot be checked
// from here. Returns how many were removed.
std::size_t removeAbandonedTemporaryFiles(const std::string& folder);

} // namespace tl
