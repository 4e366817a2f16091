#pragma once
// A small RAII wrapper over the HDF5 C API: just what the Keras weights and the model file need
// (groups, float and byte datasets of any rank, string and string-array attributes, a user block
// before the HDF5 content). Every failure is a tl::Error naming the file and the object.
#include "FloatArray.h"
#include "Message.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tl {

class Hdf5File {
public:
    // Create builds the file in memory: nothing reaches the disk until save().
    // userBlockBytes (Create only): room for a header before the HDF5 content, a power of two >=
    // 512 (or 0), which the superblock records; the caller writes those bytes before image().
    enum class Mode { Read, Create };
    Hdf5File(const std::string& path, Mode mode, std::size_t userBlockBytes = 0);
    // Reads an HDF5 file image held in memory (for example one whose bytes were checked first);
    // path names it in messages only.
    static std::unique_ptr<Hdf5File> fromImage(const std::string& path, const std::string& image);
    ~Hdf5File();
    // The HDF5 content built in memory (without the user block).
    std::string image() const;
    // Writes image() to the path atomically (temporary file, fsync, rename): for files without a
    // user block. Throws tl::Error when that fails (a full disk); the path keeps its previous content.
    void save();
    Hdf5File(const Hdf5File&) = delete;
    Hdf5File& operator=(const Hdf5File&) = delete;

    const std::string& path() const { return m_path; }

    bool exists(const std::string& objectPath) const;
    bool hasAttribute(const std::string& objectPath, const std::string& name) const;
    std::vector<std::string> readStringArrayAttribute(const std::string& objectPath, const std::string& name) const;
    std::string readStringAttribute(const std::string& objectPath, const std::string& name) const;
    std::vector<std::int64_t> datasetShape(const std::string& datasetPath) const;
    FloatArray readFloats(const std::string& datasetPath) const;
    // A one-dimensional dataset of bytes (text of any length, where an attribute holds 64 kB).
    std::string readBytes(const std::string& datasetPath) const;

    void createGroup(const std::string& groupPath);
    void writeFloats(const std::string& datasetPath, const std::vector<std::int64_t>& shape, const float* values);
    void writeBytes(const std::string& datasetPath, const std::string& bytes);
    void writeStringArrayAttribute(const std::string& objectPath, const std::string& name,
                                   const std::vector<std::string>& values);
    void writeStringAttribute(const std::string& objectPath, const std::string& name, const std::string& value);

private:
    explicit Hdf5File(std::string path) : m_path(std::move(path)) {}
    // Reads a dataset of any numeric type as memoryType, its claimed size checked first.
    template <typename T>
    std::vector<T> readValues(const std::string& datasetPath, std::int64_t memoryType, int typeClass,
                              const Message& wrongType, std::vector<std::int64_t>* shape = nullptr) const;
    void writeValues(const std::string& datasetPath, const std::vector<std::int64_t>& shape, std::int64_t fileType,
                     std::int64_t memoryType, const void* values);
    // "'objectPath' in 'file'", which the messages about an object put in.
    Message describe(const std::string& objectPath) const;
    std::string m_path;
    std::int64_t m_file = -1;
};

} // namespace tl
