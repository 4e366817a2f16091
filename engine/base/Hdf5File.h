#pragma once
// A small RAII wrapper over the HDF5 C API: just what the Keras weights and the model file need
// (groups, float datasets of any rank, string and string-array attributes). Every failure is a
// tl::Error naming the file and the object.
#include "FloatArray.h"
#include "Message.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tl {

class Hdf5File {
public:
    // Create builds the file in memory: nothing reaches the disk until save().
    enum class Mode { Read, Create };
    Hdf5File(const std::string& path, Mode mode);
    ~Hdf5File();
    // Writes the file built in memory to its path atomically (temporary file, fsync, rename).
    // Throws tl::Error when that fails (a full disk); the path then keeps its previous content.
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

    void createGroup(const std::string& groupPath);
    void writeFloats(const std::string& datasetPath, const std::vector<std::int64_t>& shape, const float* values);
    void writeStringArrayAttribute(const std::string& objectPath, const std::string& name,
                                   const std::vector<std::string>& values);
    void writeStringAttribute(const std::string& objectPath, const std::string& name, const std::string& value);

private:
    // "'objectPath' in 'file'", which the messages about an object put in.
    Message describe(const std::string& objectPath) const;
    std::string m_path;
    std::int64_t m_file = -1;
};

} // namespace tl
