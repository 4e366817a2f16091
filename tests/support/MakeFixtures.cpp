// tl-make-fixtures: writes a synthetic dataset and seeded backbone weights for the end-to-end tests.
//   tl-make-fixtures weights FILE [SEED] [modern|legacy] [zero-biases]
//   tl-make-fixtures mobilenetv2-weights FILE [SEED]
//   tl-make-fixtures dataset DIR [IMAGES_PER_CLASS] [SIZE] [SEED]
#include "Fixtures.h"

#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    const std::string command = argc > 1 ? argv[1] : "";
    auto number = [&](int index, long fallback) { return argc > index ? std::stol(argv[index]) : fallback; };
    if (command == "weights" && argc >= 3) {
        const bool legacy = argc > 4 && std::string(argv[4]) == "legacy";
        const bool zeroBiases = argc > 5 && std::string(argv[5]) == "zero-biases";
        tl::fixtures::writeSeededVgg16Weights(argv[2], static_cast<std::uint64_t>(number(3, 1)),
                                              legacy ? tl::KerasNaming::Legacy : tl::KerasNaming::Modern,
                                              zeroBiases ? tl::SeededBiases::Zero : tl::SeededBiases::SmallUniform);
        return 0;
    }
    if (command == "mobilenetv2-weights" && argc >= 3) {
        tl::fixtures::writeSeededMobileNetV2Weights(argv[2], static_cast<std::uint64_t>(number(3, 1)));
        return 0;
    }
    if (command == "dataset" && argc >= 3) {
        tl::fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = static_cast<int>(number(3, spec.imagesPerClass));
        spec.size = static_cast<int>(number(4, spec.size));
        spec.seed = static_cast<std::uint64_t>(number(5, static_cast<long>(spec.seed)));
        tl::fixtures::writeSyntheticDataset(argv[2], spec);
        return 0;
    }
    std::cerr << "usage: tl-make-fixtures weights FILE [SEED] [modern|legacy] [zero-biases]\n"
                 "       tl-make-fixtures mobilenetv2-weights FILE [SEED]\n"
                 "       tl-make-fixtures dataset DIR [IMAGES_PER_CLASS] [SIZE] [SEED]\n";
    return 2;
}
