#pragma once
// The one exception type of the engine. Its message is written for the user:
// it names the file or value that is wrong and what was expected.
#include <stdexcept>
#include <string>

namespace tl {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace tl
