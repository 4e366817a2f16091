#include "Fixtures.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace tl::fixtures {

void writeSeededVgg16Weights(const std::string& path, std::uint64_t seed, KerasNaming naming, SeededBiases biases)
{
    writeKerasWeights(path, seededKerasLayers(BackboneId::Vgg16, seed, biases), naming);
}

void writeSeededMobileNetV2Weights(const std::string& path, std::uint64_t seed)
{
    writeKerasWeights(path, seededKerasLayers(BackboneId::MobileNetV2, seed), KerasNaming::Modern);
}

std::vector<std::string> writeSyntheticDataset(const std::string& dir, const SyntheticDatasetSpec& spec)
{
    std::mt19937_64 random(spec.seed);
    std::uniform_int_distribution<int> noise(0, 60);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<std::string> paths;
    for (std::size_t k = 0; k < spec.classes.size(); ++k) {
        const std::filesystem::path classDir = std::filesystem::path(dir) / spec.classes[k];
        std::filesystem::create_directories(classDir);
        const double hue =
            180.0 * static_cast<double>(k) / static_cast<double>(spec.classes.size()); // OpenCV hue: 0..180
        for (int n = 0; n < spec.imagesPerClass; ++n) {
            cv::Mat image(spec.size, spec.size, CV_8UC3);
            for (int y = 0; y < spec.size; ++y)
                for (int x = 0; x < spec.size; ++x)
                    image.at<cv::Vec3b>(y, x) =
                        cv::Vec3b(static_cast<uchar>(90 + noise(random)), static_cast<uchar>(90 + noise(random)),
                                  static_cast<uchar>(90 + noise(random)));
            cv::Mat colour(1, 1, CV_8UC3, cv::Scalar(hue + 10 * unit(random), 200, 230));
            cv::cvtColor(colour, colour, cv::COLOR_HSV2BGR);
            const cv::Vec3b bgr = colour.at<cv::Vec3b>(0, 0);
            const cv::Point centre(static_cast<int>(spec.size * (0.3 + 0.4 * unit(random))),
                                   static_cast<int>(spec.size * (0.3 + 0.4 * unit(random))));
            cv::circle(image, centre, static_cast<int>(spec.size * (0.18 + 0.1 * unit(random))),
                       cv::Scalar(bgr[0], bgr[1], bgr[2]), cv::FILLED);
            const std::string path = (classDir / (std::to_string(n) + spec.extension)).string();
            if (!cv::imwrite(path, image))
                throw std::runtime_error("cannot write fixture image " + path);
            paths.push_back(path);
        }
    }
    return paths;
}

TrainConfig smallTrainConfig(const std::string& workspace)
{
    TrainConfig config;
    config.weightsPath = workspace + "/vgg16.h5";
    config.cacheDir = workspace + "/cache";
    config.imageSize = 32;
    config.precision = Precision::Fp32;
    return config;
}

std::string makeTempDir(const std::string& prefix)
{
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary folder");
    return pattern;
}

} // namespace tl::fixtures
