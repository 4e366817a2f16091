#include "CliRunner.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
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

bool runCliKilledAfter(std::vector<std::string> args, int milliseconds, const std::string& startWhenExists)
{
    args.insert(args.begin(), TRANSFERLAB_CLI);
    std::vector<char*> argv;
    for (std::string& arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    // posix_spawn, not fork: forking a large (e.g. AddressSanitizer) test process can fail for
    // want of memory, and a failed start must not pass for a run that ended by itself.
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&quiet, STDOUT_FILENO, STDERR_FILENO);
    pid_t child = -1;
    const int failed = posix_spawn(&child, argv[0], &quiet, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&quiet);
    if (failed)
        throw std::runtime_error("cannot start " + args[0] + ": " + std::strerror(failed));
    int status = 0;
    auto exited = [&] { return waitpid(child, &status, WNOHANG) == child; };
    while (!startWhenExists.empty() && !std::filesystem::exists(startWhenExists)) {
        if (exited())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    while (std::chrono::steady_clock::now() < deadline) {
        if (exited())
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
