#include "CliRunner.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

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

bool runCliKilledAfter(std::vector<std::string> args, int milliseconds)
{
    args.insert(args.begin(), TRANSFERLAB_CLI);
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, STDOUT_FILENO);
        dup2(devNull, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        if (waitpid(child, &status, WNOHANG) == child)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    kill(child, SIGKILL);
    waitpid(child, &status, 0);
    return true;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace tl::testing
