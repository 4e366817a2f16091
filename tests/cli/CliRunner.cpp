#include "CliRunner.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace tl::testing {
namespace {

std::string quote(const std::string& arg)
{
    std::string quoted = "'";
    for (char c : arg)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

} // namespace

CommandRun runCommand(const std::vector<std::string>& argv, const std::string& scratchDir)
{
    std::string command;
    for (const std::string& arg : argv)
        command += (command.empty() ? "" : " ") + quote(arg);
    const std::string errPath = scratchDir + "/stderr.txt";
    command += " 2>" + quote(errPath);
    CommandRun run;
    FILE* pipe = popen(command.c_str(), "r");
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        run.out.append(buffer, n);
    run.exitCode = WEXITSTATUS(pclose(pipe));
    run.err = readFile(errPath);
    return run;
}

CommandRun runCli(std::vector<std::string> args, const std::string& scratchDir)
{
    args.insert(args.begin(), TRANSFERLAB_CLI);
    return runCommand(args, scratchDir);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace tl::testing
