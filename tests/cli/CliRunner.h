#pragma once
// Runs a program as a user's shell would and captures what it printed: the CLI tests run the real
// transferlab-cli binary, and the export tests run Python and Node.js on its exports.
#include <string>
#include <vector>

namespace tl::testing {

struct CommandRun {
    int exitCode = -1;
    std::string out, err;
};

// argv[0] is the program. stderr passes through a file in scratchDir.
CommandRun runCommand(const std::vector<std::string>& argv, const std::string& scratchDir);

// transferlab-cli (the build's) with args.
CommandRun runCli(std::vector<std::string> args, const std::string& scratchDir);

// Starts transferlab-cli with args (output discarded) and kills it with SIGKILL, as a crash or a
// power cut would: milliseconds after the file startWhenExists appears (at once when empty).
// Returns false when it had already exited.
bool runCliKilledAfter(std::vector<std::string> args, int milliseconds, const std::string& startWhenExists = {});

std::string readFile(const std::string& path);

} // namespace tl::testing
