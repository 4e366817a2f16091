#include "Hdf5File.h"

#include "AtomicFile.h"
#include "Error.h"

#include <hdf5.h>

#include <algorithm>

namespace tl {
namespace {

// Closes an HDF5 handle when it goes out of scope.
class Handle {
public:
    Handle(hid_t id, herr_t (*closer)(hid_t)) : m_id(id), m_closer(closer) {}
    ~Handle()
    {
        if (m_id >= 0)
            m_closer(m_id);
    }
    Handle(Handle&& other) noexcept : m_id(other.m_id), m_closer(other.m_closer) { other.m_id = -1; }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    hid_t get() const { return m_id; }
    bool valid() const { return m_id >= 0; }

private:
    hid_t m_id;
    herr_t (*m_closer)(hid_t);
};

void silenceHdf5ErrorStack()
{
    static const bool silenced = [] { return H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr) >= 0; }();
    (void)silenced;
}

std::vector<std::string> splitPath(const std::string& path)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty())
                parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        parts.push_back(current);
    return parts;
}

// Creation properties for a group or dataset without its times: HDF5 would stamp each object
// with when it was written, so that the same model saved twice would have two fingerprints.
Handle objectCreation(hid_t propertyClass)
{
    Handle properties(H5Pcreate(propertyClass), H5Pclose);
    H5Pset_obj_track_times(properties.get(), 0);
    return properties;
}

// The most bytes a fixed-width string attribute may take (the model's metadata is a few kB).
constexpr std::uint64_t kMaxStringBytes = std::uint64_t{1} << 26;

std::vector<std::string> readStrings(hid_t attribute, hid_t space)
{
    const hssize_t count = H5Sget_simple_extent_npoints(space);
    Handle type(H5Aget_type(attribute), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_STRING)
        return {};
    std::vector<std::string> values;
    if (H5Tis_variable_str(type.get()) > 0) {
        std::vector<char*> pointers(static_cast<std::size_t>(count), nullptr);
        Handle memoryType(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(memoryType.get(), H5T_VARIABLE);
        if (H5Aread(attribute, memoryType.get(), pointers.data()) < 0)
            return {};
        for (char* p : pointers)
            values.emplace_back(p ? p : "");
        H5Dvlen_reclaim(memoryType.get(), space, H5P_DEFAULT, pointers.data());
        return values;
    }
    const std::size_t width = H5Tget_size(type.get());
    // A damaged header can claim any width and count: a product that wraps would make the buffer
    // smaller than the reads below (the model fuzzer found it). Refuse before allocating.
    if (width == 0 || count <= 0 || static_cast<std::uint64_t>(count) > kMaxStringBytes / width)
        return {};
    std::vector<char> buffer(width * static_cast<std::size_t>(count) + 1, '\0');
    if (H5Aread(attribute, type.get(), buffer.data()) < 0)
        return {};
    for (hssize_t i = 0; i < count; ++i) {
        const char* begin = buffer.data() + static_cast<std::size_t>(i) * width;
        values.emplace_back(begin, std::find(begin, begin + width, '\0'));
    }
    return values;
}

// The most values one array may have (1 GiB of float32): far above any VGG16 or head array (a
// Flatten head with 4,096 hidden units has 103 million), far below what a damaged header can claim.
constexpr std::int64_t kMaxArrayValues = std::int64_t{1} << 28;

// A damaged header can claim any shape (a product that overflows, or terabytes in a 10 kB
// file): check the claim against a sane maximum and against what the file stores, before
// allocating for it. Compressed datasets store less than they hold, so only the maximum applies.
std::int64_t checkedValueCount(hid_t dataset, hid_t type, const std::vector<std::int64_t>& shape,
                               const Message& described)
{
    std::int64_t count = 1;
    for (const std::int64_t dimension : shape) {
        if (dimension < 0 || dimension > kMaxArrayValues || count * dimension > kMaxArrayValues) // < 0: 2^63 or more
            throw Error(
                Message{TL_MESSAGE("hdf5-array-too-large", "%1 claims more than %2 values: the file is damaged"),
                        {described, std::to_string(kMaxArrayValues)}});
        count *= dimension;
    }
    Handle creation(H5Dget_create_plist(dataset), H5Pclose);
    const bool compressed = H5Pget_nfilters(creation.get()) > 0;
    const hsize_t stored = H5Dget_storage_size(dataset);
    if (!compressed && stored < static_cast<hsize_t>(count) * H5Tget_size(type))
        throw Error(Message{
            TL_MESSAGE(
                "hdf5-array-truncated",
                "%1 claims %2 values but the file stores only %3 bytes of them: the file is truncated or damaged"),
            {described, std::to_string(count), std::to_string(stored)}});
    return count;
}

} // namespace

Hdf5File::Hdf5File(const std::string& path, Mode mode, std::size_t userBlockBytes) : m_path(path)
{
    silenceHdf5ErrorStack();
    if (mode == Mode::Read) {
        if (H5Fis_hdf5(path.c_str()) <= 0)
            throw Error(
                Message{TL_MESSAGE("hdf5-not-hdf5", "'%1' is not an HDF5 file (missing, unreadable or another format)"),
                        {path}});
        m_file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        if (m_file < 0) // the signature is there, the rest is not readable
            throw Error(Message{TL_MESSAGE("hdf5-damaged", "'%1' is a damaged or truncated HDF5 file"), {path}});
    } else {
        // In memory (the core driver without a backing store): HDF5 itself never writes to the
        // disk, so a full disk cannot leave it with a half-written file it fails to close.
        Handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
        H5Pset_fapl_core(access.get(), 1 << 20, /*backing_store=*/false);
        Handle creation(H5Pcreate(H5P_FILE_CREATE), H5Pclose);
        H5Pset_obj_track_times(creation.get(), 0); // the root group: see objectCreation()
        if (userBlockBytes > 0)
            H5Pset_userblock(creation.get(), userBlockBytes);
        m_file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, creation.get(), access.get());
    }
    if (m_file < 0)
        throw Error(Message{TL_MESSAGE("hdf5-cannot-create", "cannot create HDF5 file '%1'"), {path}});
}

std::unique_ptr<Hdf5File> Hdf5File::fromImage(const std::string& path, const std::string& image)
{
    silenceHdf5ErrorStack();
    std::unique_ptr<Hdf5File> file(new Hdf5File(path));
    // HDF5 looks for its signature at 0 and at every power of two from 512 (after a user block).
    bool hasSignature = false;
    for (std::size_t offset = 0; offset + 8 <= image.size() && !hasSignature; offset = offset == 0 ? 512 : offset * 2)
        hasSignature = image.compare(offset, 8, "\x89HDF\r\n\x1a\n", 8) == 0;
    if (!hasSignature)
        throw Error(Message{
            TL_MESSAGE("hdf5-not-hdf5", "'%1' is not an HDF5 file (missing, unreadable or another format)"), {path}});
    Handle access(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
    H5Pset_fapl_core(access.get(), 1 << 20, /*backing_store=*/false);
    H5Pset_file_image(access.get(), const_cast<char*>(image.data()), image.size()); // HDF5 copies it
    // The core driver refuses a name that exists on disk even though it reads only the image: give
    // it one that never can (nothing lies below /dev/null).
    file->m_file = H5Fopen("/dev/null/transferlab-file-image", H5F_ACC_RDONLY, access.get());
    if (file->m_file < 0)
        throw Error(Message{TL_MESSAGE("hdf5-damaged", "'%1' is a damaged or truncated HDF5 file"), {path}});
    return file;
}

Hdf5File::~Hdf5File()
{
    if (m_file >= 0)
        H5Fclose(m_file);
}

std::string Hdf5File::image() const
{
    const ssize_t size = H5Fflush(m_file, H5F_SCOPE_GLOBAL) < 0 ? -1 : H5Fget_file_image(m_file, nullptr, 0);
    std::string image(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
    if (size <= 0 || H5Fget_file_image(m_file, image.data(), image.size()) != size)
        throw Error(Message{TL_MESSAGE("hdf5-cannot-assemble", "cannot assemble the HDF5 file '%1'"), {m_path}});
    return image;
}

void Hdf5File::save()
{
    writeFileAtomically(m_path, image());
}

Message Hdf5File::describe(const std::string& objectPath) const
{
    return Message{TL_MESSAGE("hdf5-object", "'%1' in '%2'"), {objectPath, m_path}};
}

bool Hdf5File::exists(const std::string& objectPath) const
{
    std::string prefix;
    for (const std::string& part : splitPath(objectPath)) {
        prefix += "/" + part;
        if (H5Lexists(m_file, prefix.c_str(), H5P_DEFAULT) <= 0)
            return false;
    }
    return true;
}

bool Hdf5File::hasAttribute(const std::string& objectPath, const std::string& name) const
{
    return exists(objectPath) && H5Aexists_by_name(m_file, objectPath.c_str(), name.c_str(), H5P_DEFAULT) > 0;
}

std::vector<std::string> Hdf5File::readStringArrayAttribute(const std::string& objectPath,
                                                            const std::string& name) const
{
    if (!hasAttribute(objectPath, name))
        throw Error(Message{TL_MESSAGE("hdf5-attribute-missing", "attribute '%1' is missing on %2"),
                            {name, describe(objectPath)}});
    Handle attribute(H5Aopen_by_name(m_file, objectPath.c_str(), name.c_str(), H5P_DEFAULT, H5P_DEFAULT), H5Aclose);
    Handle space(H5Aget_space(attribute.get()), H5Sclose);
    if (!attribute.valid() || !space.valid())
        throw Error(Message{TL_MESSAGE("hdf5-attribute-unreadable", "cannot read attribute '%1' of %2"),
                            {name, describe(objectPath)}});
    // Keras (through h5py) stores an empty name list as an empty float64 array: no text to check.
    if (H5Sget_simple_extent_npoints(space.get()) <= 0)
        return {};
    Handle type(H5Aget_type(attribute.get()), H5Tclose);
    if (H5Tget_class(type.get()) != H5T_STRING)
        throw Error(Message{TL_MESSAGE("hdf5-attribute-not-text", "attribute '%1' of %2 is not text"),
                            {name, describe(objectPath)}});
    return readStrings(attribute.get(), space.get());
}

std::string Hdf5File::readStringAttribute(const std::string& objectPath, const std::string& name) const
{
    const std::vector<std::string> values = readStringArrayAttribute(objectPath, name);
    if (values.size() != 1)
        throw Error(
            Message{TL_MESSAGE("hdf5-attribute-not-one-text", "attribute '%1' of %2 should hold one text value"),
                    {name, describe(objectPath)}});
    return values.front();
}

std::vector<std::int64_t> Hdf5File::datasetShape(const std::string& datasetPath) const
{
    if (!exists(datasetPath))
        throw Error(Message{TL_MESSAGE("hdf5-dataset-missing", "dataset %1 does not exist"), {describe(datasetPath)}});
    Handle dataset(H5Dopen2(m_file, datasetPath.c_str(), H5P_DEFAULT), H5Dclose);
    if (!dataset.valid())
        throw Error(Message{TL_MESSAGE("hdf5-not-a-dataset", "%1 is not a dataset"), {describe(datasetPath)}});
    Handle space(H5Dget_space(dataset.get()), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(space.get());
    if (rank < 0)
        throw Error(
            Message{TL_MESSAGE("hdf5-shape-unreadable", "cannot read the shape of %1"), {describe(datasetPath)}});
    std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
    H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
    return std::vector<std::int64_t>(dims.begin(), dims.end());
}

template <typename T>
std::vector<T> Hdf5File::readValues(const std::string& datasetPath, std::int64_t memoryType, int typeClass,
                                    const Message& wrongType, std::vector<std::int64_t>* shape) const
{
    const std::vector<std::int64_t> dims = datasetShape(datasetPath);
    Handle dataset(H5Dopen2(m_file, datasetPath.c_str(), H5P_DEFAULT), H5Dclose);
    Handle type(H5Dget_type(dataset.get()), H5Tclose);
    if (H5Tget_class(type.get()) != typeClass)
        throw Error(wrongType);
    const std::int64_t count = checkedValueCount(dataset.get(), type.get(), dims, describe(datasetPath));
    std::vector<T> values(static_cast<std::size_t>(count));
    if (count > 0 && H5Dread(dataset.get(), memoryType, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0)
        throw Error(
            Message{TL_MESSAGE("hdf5-dataset-unreadable", "cannot read %1: the file may be truncated or damaged"),
                    {describe(datasetPath)}});
    if (shape)
        *shape = dims;
    return values;
}

FloatArray Hdf5File::readFloats(const std::string& datasetPath) const
{
    FloatArray array;
    array.values =
        readValues<float>(datasetPath, H5T_NATIVE_FLOAT, H5T_FLOAT,
                          Message{TL_MESSAGE("hdf5-dataset-not-floats", "%1 does not hold floating-point numbers"),
                                  {describe(datasetPath)}},
                          &array.shape);
    return array;
}

std::string Hdf5File::readBytes(const std::string& datasetPath) const
{
    const std::vector<char> bytes = readValues<char>(
        datasetPath, H5T_NATIVE_UINT8, H5T_INTEGER,
        Message{TL_MESSAGE("hdf5-dataset-not-bytes", "%1 does not hold bytes"), {describe(datasetPath)}});
    return std::string(bytes.begin(), bytes.end());
}

void Hdf5File::createGroup(const std::string& groupPath)
{
    std::string prefix;
    for (const std::string& part : splitPath(groupPath)) {
        prefix += "/" + part;
        if (H5Lexists(m_file, prefix.c_str(), H5P_DEFAULT) > 0)
            continue;
        const Handle properties = objectCreation(H5P_GROUP_CREATE);
        Handle group(H5Gcreate2(m_file, prefix.c_str(), H5P_DEFAULT, properties.get(), H5P_DEFAULT), H5Gclose);
        if (!group.valid())
            throw Error(
                Message{TL_MESSAGE("hdf5-cannot-create-group", "cannot create group %1"), {describe(groupPath)}});
    }
}

void Hdf5File::writeValues(const std::string& datasetPath, const std::vector<std::int64_t>& shape,
                           std::int64_t fileType, std::int64_t memoryType, const void* values)
{
    const std::vector<hsize_t> dims(shape.begin(), shape.end());
    Handle space(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr), H5Sclose);
    const std::size_t slash = datasetPath.rfind('/');
    if (slash != std::string::npos && slash > 0)
        createGroup(datasetPath.substr(0, slash));
    const Handle properties = objectCreation(H5P_DATASET_CREATE);
    Handle dataset(
        H5Dcreate2(m_file, datasetPath.c_str(), fileType, space.get(), H5P_DEFAULT, properties.get(), H5P_DEFAULT),
        H5Dclose);
    if (!dataset.valid() || H5Dwrite(dataset.get(), memoryType, H5S_ALL, H5S_ALL, H5P_DEFAULT, values) < 0)
        throw Error(Message{TL_MESSAGE("hdf5-cannot-write-dataset", "cannot write dataset %1 (is the disk full?)"),
                            {describe(datasetPath)}});
}

void Hdf5File::writeFloats(const std::string& datasetPath, const std::vector<std::int64_t>& shape, const float* values)
{
    writeValues(datasetPath, shape, H5T_IEEE_F32LE, H5T_NATIVE_FLOAT, values);
}

void Hdf5File::writeBytes(const std::string& datasetPath, const std::string& bytes)
{
    writeValues(datasetPath, {static_cast<std::int64_t>(bytes.size())}, H5T_STD_U8LE, H5T_NATIVE_UINT8, bytes.data());
}

void Hdf5File::writeStringArrayAttribute(const std::string& objectPath, const std::string& name,
                                         const std::vector<std::string>& values)
{
    // Fixed-length, NUL-padded strings: the layout h5py gives Keras' numpy byte arrays.
    std::size_t width = 1;
    for (const std::string& value : values)
        width = std::max(width, value.size());
    std::vector<char> buffer(width * values.size(), '\0');
    for (std::size_t i = 0; i < values.size(); ++i)
        std::copy(values[i].begin(), values[i].end(), buffer.begin() + static_cast<std::ptrdiff_t>(i * width));
    // An empty list is an empty float64 array, as h5py writes Keras' `weight_names = []`.
    Handle type(values.empty() ? H5Tcopy(H5T_IEEE_F64LE) : H5Tcopy(H5T_C_S1), H5Tclose);
    if (!values.empty()) {
        H5Tset_size(type.get(), width);
        H5Tset_strpad(type.get(), H5T_STR_NULLPAD);
    }
    const hsize_t count = values.size();
    Handle space(H5Screate_simple(1, &count, nullptr), H5Sclose);
    Handle attribute(H5Acreate_by_name(m_file, objectPath.c_str(), name.c_str(), type.get(), space.get(), H5P_DEFAULT,
                                       H5P_DEFAULT, H5P_DEFAULT),
                     H5Aclose);
    if (!attribute.valid() || (count > 0 && H5Awrite(attribute.get(), type.get(), buffer.data()) < 0))
        throw Error(Message{TL_MESSAGE("hdf5-cannot-write-attribute", "cannot write attribute '%1' on %2"),
                            {name, describe(objectPath)}});
}

void Hdf5File::writeStringAttribute(const std::string& objectPath, const std::string& name, const std::string& value)
{
    writeStringArrayAttribute(objectPath, name, {value});
}

} // namespace tl
