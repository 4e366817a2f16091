// The negative control of the AddressSanitizer suppressions: HDF5 writing past the end of one of
// our buffers must be reported, though libhdf5 is on the stack. It reads a dataset of 64 floats
// into a buffer of 16, on purpose; ctest passes it only when ASan reports the overflow. (The
// suppressions once named the whole library, and this overflow went unreported.)
#include <hdf5.h>

#include <cstdio>
#include <memory>
#include <string>
#include <unistd.h>

int main()
{
    const std::string path = "/tmp/tl-hdf5-overflow-control-" + std::to_string(getpid()) + ".h5";
    const hsize_t count = 64;
    const float values[count] = {};
    const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    const hid_t space = H5Screate_simple(1, &count, nullptr);
    const hid_t dataset = H5Dcreate2(file, "values", H5T_NATIVE_FLOAT, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    H5Dwrite(dataset, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, values);
    H5Dclose(dataset);
    H5Sclose(space);
    H5Fclose(file);

    const hid_t reopened = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    const hid_t read = H5Dopen2(reopened, "values", H5P_DEFAULT);
    const auto tooSmall = std::make_unique<float[]>(16); // the bug: room for a quarter of the values
    H5Dread(read, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, tooSmall.get());
    H5Dclose(read);
    H5Fclose(reopened);
    std::remove(path.c_str());
    std::puts("no report: the overflow went unnoticed");
    return 0;
}
