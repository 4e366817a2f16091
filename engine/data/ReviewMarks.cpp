#include "ReviewMarks.h"

#include "AtomicFile.h"
#include "Choices.h"
#include "Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace tl {
namespace {

constexpr const char* kMarksFileName = "transferlab-review.json";

const Choice<ReviewMark> kMarks[] = {{"mislabelled", ReviewMark::Mislabelled}, {"excluded", ReviewMark::Excluded}};

fs::path normalisedFolder(const std::string& folder)
{
    fs::path path = fs::absolute(folder).lexically_normal();
    return path.has_filename() ? path : path.parent_path(); // "data/" and "data" are the same folder
}

Message reasonFor(ReviewMark mark)
{
    if (mark == ReviewMark::Mislabelled)
        return Message{TL_MESSAGE("skipped-marked-mislabelled", "marked as mislabelled in error review"), {}};
    return Message{TL_MESSAGE("skipped-marked-excluded", "excluded in error review"), {}};
}

} // namespace

const char* toString(ReviewMark mark)
{
    return nameOf(mark, kMarks);
}

ReviewMark reviewMarkFromString(const std::string& text)
{
    return parseChoice(text, TL_MESSAGE("option-name", "review mark"), kMarks);
}

std::string reviewMarksPath(const std::string& datasetRoot)
{
    return (fs::path(datasetRoot) / kMarksFileName).string();
}

std::string reviewKey(const std::string& datasetRoot, const std::string& imagePath)
{
    return fs::absolute(imagePath)
        .lexically_normal()
        .lexically_relative(normalisedFolder(datasetRoot))
        .generic_string();
}

ReviewMarks loadReviewMarks(const std::string& datasetRoot)
{
    const std::string path = reviewMarksPath(datasetRoot);
    std::error_code error;
    if (!fs::exists(path, error))
        return {};
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in)
        throw Error(Message{TL_MESSAGE("review-marks-unreadable", "cannot read the review marks '%1'"), {path}});
    ReviewMarks marks;
    try {
        const nlohmann::json json = nlohmann::json::parse(text.str());
        for (const auto& entry : json.at("marks").items())
            marks[entry.key()] = reviewMarkFromString(entry.value().get<std::string>());
    } catch (const std::exception& e) {
        throw Error(
            Message{TL_MESSAGE("review-marks-damaged",
                               "the review marks '%1' are damaged (%2): repair or delete the file to open the dataset"),
                    {path, messageOf(e)}});
    }
    return marks;
}

void saveReviewMarks(const std::string& datasetRoot, const ReviewMarks& marks)
{
    const std::string path = reviewMarksPath(datasetRoot);
    if (marks.empty()) {
        std::error_code error;
        fs::remove(path, error);
        if (error)
            throw Error(Message{TL_MESSAGE("review-marks-cannot-remove", "cannot remove the review marks '%1': %2"),
                                {path, error.message()}});
        return;
    }
    nlohmann::json byImage = nlohmann::json::object();
    for (const auto& [image, mark] : marks)
        byImage[image] = toString(mark);
    const nlohmann::json json = {
        {"about", "TransferLab error review: images left out of training and evaluation, by path in this folder"},
        {"marks", byImage}};
    try {
        writeFileAtomically(path, json.dump(2) + "\n");
    } catch (const Error& e) {
        throw Error(
            Message{TL_MESSAGE("review-marks-cannot-save", "cannot save the review marks: %1"), {messageOf(e)}});
    }
}

ReviewMarks markImage(const std::string& datasetRoot, const std::string& imagePath, std::optional<ReviewMark> mark)
{
    ReviewMarks marks = loadReviewMarks(datasetRoot);
    const std::string key = reviewKey(datasetRoot, imagePath);
    if (key.empty() || key.rfind("..", 0) == 0)
        throw Error(Message{TL_MESSAGE("review-image-outside-dataset", "'%1' is not inside the dataset folder '%2'"),
                            {imagePath, datasetRoot}});
    if (mark)
        marks[key] = *mark;
    else
        marks.erase(key);
    saveReviewMarks(datasetRoot, marks);
    return marks;
}

std::size_t applyReviewMarks(Dataset& dataset, const ReviewMarks& marks)
{
    if (marks.empty())
        return 0;
    const std::size_t before = dataset.images.size();
    const auto kept = std::stable_partition(dataset.images.begin(), dataset.images.end(), [&](const ImageEntry& image) {
        return marks.find(reviewKey(dataset.root, image.path)) == marks.end();
    });
    for (auto it = kept; it != dataset.images.end(); ++it)
        dataset.skipped.push_back({it->path, reasonFor(marks.at(reviewKey(dataset.root, it->path)))});
    dataset.images.erase(kept, dataset.images.end());
    return before - dataset.images.size();
}

} // namespace tl
