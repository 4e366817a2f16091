#pragma once
// For the HDF5 fuzzers: after a load, accepted or refused, every file, group, dataset, attribute
// and type it opened must be closed again. LeakSanitizer cannot see a forgotten handle (HDF5's
// tables still point at it), so this count is how a leaked handle on an error path is found.
#include "FuzzInput.h"

#include <hdf5.h>

namespace tl::fuzz {

inline void checkNoHdf5HandleLeft()
{
    check(H5Fget_obj_count(H5F_OBJ_ALL, H5F_OBJ_ALL) == 0, "an HDF5 handle was left open");
}

} // namespace tl::fuzz
