// transferlab-bench: a frozen backbone's throughput per precision, layout and batch size on
// synthetic input, with the plain fp32 NCHW path measured in the same run as the baseline.
//   transferlab-bench [--backbone vgg16|mobilenetv2] [--device cpu|cuda] [--batches 16,64] [--seconds 3]
//                     [--image-size 224]
#include "BackboneBenchmark.h"
#include "Runtime.h"

#include <torch/torch.h>

#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>

namespace {

std::vector<int> parseList(const std::string& text)
{
    std::vector<int> values;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');)
        values.push_back(std::stoi(item));
    return values;
}

} // namespace

int main(int argc, char** argv)
{
    tl::setUpRuntime();
    std::string device = torch::cuda::is_available() ? "cuda" : "cpu";
    std::vector<int> batches = device == "cuda" ? std::vector<int>{64, 256} : std::vector<int>{8, 16};
    double seconds = 3;
    int imageSize = 224;
    tl::BackboneId backbone = tl::BackboneId::Vgg16;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i], value = argv[i + 1];
        if (option == "--device")
            device = value;
        else if (option == "--backbone")
            backbone = tl::backboneFromString(value);
        else if (option == "--batches")
            batches = parseList(value);
        else if (option == "--seconds")
            seconds = std::stod(value);
        else if (option == "--image-size")
            imageSize = std::stoi(value);
        else {
            std::fprintf(stderr, "error: unknown option '%s'\n", option.c_str());
            return 2;
        }
    }
    std::vector<tl::ThroughputCase> cases;
    for (int batch : batches)
        for (const auto& [precision, channelsLast] :
             {std::pair{tl::Precision::Fp32, false}, {tl::Precision::Fp32, true}, {tl::Precision::Bf16, true}})
            cases.push_back({precision, channelsLast, batch});
    std::printf("%s conv base, %dx%d, device %s, %d CPU threads\n", tl::backboneSpec(backbone).displayName, imageSize,
                imageSize, device.c_str(), torch::get_num_threads());
    const auto results = tl::measureBackboneThroughput(backbone, cases, device, imageSize, seconds);
    for (std::size_t i = 0; i < results.size(); ++i) {
        const tl::ThroughputResult& baseline = results[i - i % 3]; // fp32 NCHW, same batch size
        std::printf("%-32s %10.1f images/s  x%.2f vs fp32 NCHW\n", tl::describe(results[i].setup).c_str(),
                    results[i].imagesPerSecond(), results[i].imagesPerSecond() / baseline.imagesPerSecond());
    }
    return 0;
}
