#include "Hashing.h"

#include "Error.h"
#include "FileKind.h"

#include <openssl/evp.h>

#include <fstream>
#include <memory>
#include <vector>

namespace tl {
namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

DigestContext newSha256Context()
{
    DigestContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        throw Error(Message{TL_MESSAGE("sha256-unavailable", "cannot initialise SHA-256 (OpenSSL)"), {}});
    return context;
}

std::string finishHex(EVP_MD_CTX* context)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, digest, &length);
    static const char* kHex = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 15];
    }
    return hex;
}

} // namespace

std::string sha256Hex(const void* data, std::size_t size)
{
    DigestContext context = newSha256Context();
    EVP_DigestUpdate(context.get(), data, size);
    return finishHex(context.get());
}

std::string sha256OfFile(const std::string& path)
{
    requireRegularFile(path, TL_MESSAGE("file-role", "file"));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(Message{TL_MESSAGE("file-cannot-open-to-hash", "cannot open '%1' to compute its hash"), {path}});
    DigestContext context = newSha256Context();
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        EVP_DigestUpdate(context.get(), buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        throw Error(Message{TL_MESSAGE("file-read-error-hashing", "read error while hashing '%1'"), {path}});
    return finishHex(context.get());
}

} // namespace tl
