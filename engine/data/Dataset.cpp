#include "Dataset.h"

#include "Error.h"
#include "FileKind.h"
#include "ImageDecoder.h"
#include "ReviewMarks.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>

namespace fs = std::filesystem;

namespace tl {
namespace {

std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

Message unreadable(const std::error_code& error)
{
    return Message{TL_MESSAGE("skipped-unreadable", "unreadable: %1"), {error.message()}};
}

// Checks the first bytes against the signatures of the formats we decode. Returns nothing when
// the file looks like an image, else the reason to skip it.
std::optional<Message> contentProblem(const fs::path& path)
{
    std::error_code error;
    static_cast<void>(fs::status(path, error)); // follows symbolic links: a loop is an error
    if (error)
        return unreadable(error); // e.g. a symbolic link that loops
    if (const std::optional<MessageText> irregular = irregularFileReason(path.string()))
        return Message{TL_MESSAGE("skipped-not-regular-file", "not a regular file: %1"), {*irregular}};
    const auto size = fs::file_size(path, error);
    if (error)
        return unreadable(error);
    if (size == 0)
        return Message{TL_MESSAGE("skipped-empty-file", "empty file (0 bytes)"), {}};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Message{TL_MESSAGE("skipped-cannot-open", "unreadable: permission denied or I/O error"), {}};
    std::array<std::uint8_t, 12> head{};
    in.read(reinterpret_cast<char*>(head.data()), head.size());
    if (hasSupportedImageSignature(head.data(), static_cast<std::size_t>(in.gcount())))
        return std::nullopt;
    return Message{TL_MESSAGE("skipped-not-an-image", "not an image: its content is not JPEG, PNG, BMP, TIFF or WebP"),
                   {}};
}

// Why a file of a scanned folder is not taken as an image, if it is not: its extension, then its
// first bytes.
std::optional<Message> fileProblem(const fs::path& file)
{
    if (!hasImageExtension(file.string()))
        return Message{TL_MESSAGE("skipped-unsupported-extension", "not an image: unsupported extension '%1'"),
                       {file.extension().string()}};
    return contentProblem(file);
}

std::vector<fs::path> sortedChildren(const fs::path& dir, bool directories)
{
    std::vector<fs::path> children;
    std::error_code error;
    for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
        std::error_code typeError;
        const bool isDir = it->is_directory(typeError);
        // An entry whose type cannot be read (a looping symbolic link) is listed with the files, so
        // that the scan reports it instead of dropping it without a word.
        const bool wanted = typeError ? !directories : isDir == directories;
        if (wanted && it->path().filename().string().front() != '.')
            children.push_back(it->path());
    }
    std::sort(children.begin(), children.end());
    return children;
}

void scanClassFolders(const fs::path& splitRoot, Split split, Dataset& dataset)
{
    for (const fs::path& classDir : sortedChildren(splitRoot, true)) {
        const std::string className = classDir.filename().string();
        auto found = std::find(dataset.classes.begin(), dataset.classes.end(), className);
        if (found == dataset.classes.end())
            found = dataset.classes.insert(std::upper_bound(dataset.classes.begin(), dataset.classes.end(), className),
                                           className);
        for (const fs::path& folder : sortedChildren(classDir, true))
            dataset.skipped.push_back(
                {folder.string(),
                 Message{TL_MESSAGE("skipped-sub-folder",
                                    "not a regular file: a folder (the sub-folders of a class folder are not read)"),
                         {}}});
        for (const fs::path& file : sortedChildren(classDir, false))
            if (std::optional<Message> problem = fileProblem(file))
                dataset.skipped.push_back({file.string(), std::move(*problem)});
            else
                dataset.images.push_back({file.string(), -1, split});
        std::error_code error;
        if (fs::directory_iterator(classDir, error) == fs::directory_iterator() && error)
            dataset.skipped.push_back(
                {classDir.string(),
                 Message{TL_MESSAGE("skipped-unreadable-folder", "unreadable folder: %1"), {error.message()}}});
    }
}

// Labels are assigned once every class is known, since test-only classes may appear late.
void assignLabels(Dataset& dataset)
{
    for (ImageEntry& image : dataset.images) {
        const std::string className = fs::path(image.path).parent_path().filename().string();
        image.label = static_cast<int>(std::find(dataset.classes.begin(), dataset.classes.end(), className) -
                                       dataset.classes.begin());
    }
    std::stable_sort(dataset.images.begin(), dataset.images.end(), [](const ImageEntry& a, const ImageEntry& b) {
        return std::make_pair(a.split == Split::Test, a.label) < std::make_pair(b.split == Split::Test, b.label);
    });
}

} // namespace

namespace {

void listFolder(const fs::path& dir, bool recursive, ImageFolder& folder)
{
    for (const fs::path& file : sortedChildren(dir, false))
        if (std::optional<Message> problem = fileProblem(file))
            folder.skipped.push_back({file.string(), std::move(*problem)});
        else
            folder.images.push_back(file.string());
    if (recursive)
        for (const fs::path& child : sortedChildren(dir, true))
            listFolder(child, true, folder);
}

} // namespace

ImageFolder listImageFolder(const std::string& dir, bool recursive)
{
    std::error_code error;
    if (!fs::is_directory(dir, error))
        throw Error(Message{TL_MESSAGE("image-folder-missing", "'%1' is not a folder"), {dir}});
    ImageFolder folder;
    listFolder(dir, recursive, folder);
    return folder;
}

bool hasImageExtension(const std::string& path)
{
    static const char* kExtensions[] = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"};
    const std::string extension = lowercase(fs::path(path).extension().string());
    return std::any_of(std::begin(kExtensions), std::end(kExtensions), [&](const char* e) { return extension == e; });
}

std::vector<int> Dataset::countPerClass(Split split) const
{
    std::vector<int> counts(classes.size(), 0);
    for (const ImageEntry& image : images)
        if (image.split == split)
            ++counts[static_cast<std::size_t>(image.label)];
    return counts;
}

std::vector<int> Dataset::countPerClass() const
{
    std::vector<int> counts(classes.size(), 0);
    for (const ImageEntry& image : images)
        ++counts[static_cast<std::size_t>(image.label)];
    return counts;
}

Dataset scanDataset(const std::string& dir)
{
    std::error_code error;
    if (!fs::is_directory(dir, error))
        throw Error(Message{
            TL_MESSAGE("dataset-folder-missing", "dataset folder '%1' does not exist or is not a folder"), {dir}});
    if (fs::directory_iterator(dir, error) == fs::directory_iterator() && error)
        throw Error(Message{TL_MESSAGE("dataset-folder-unreadable", "cannot read dataset folder '%1': %2"),
                            {dir, error.message()}});

    Dataset dataset;
    dataset.root = dir;
    const fs::path trainDir = fs::path(dir) / "train";
    const fs::path testDir = fs::path(dir) / "test";
    if (fs::is_directory(trainDir, error) && !sortedChildren(trainDir, true).empty()) {
        scanClassFolders(trainDir, Split::Train, dataset);
        if (fs::is_directory(testDir, error)) {
            dataset.hasTestFolder = true;
            scanClassFolders(testDir, Split::Test, dataset);
        }
    } else {
        scanClassFolders(dir, Split::Train, dataset);
    }
    if (dataset.classes.empty())
        throw Error(
            Message{TL_MESSAGE("dataset-no-class-folders",
                               "'%1' has no class folders: put each class's images in a sub-folder named after it"),
                    {dir}});
    assignLabels(dataset);
    applyReviewMarks(dataset, loadReviewMarks(dir));
    return dataset;
}

void addTestFolder(Dataset& dataset, const std::string& dir)
{
    std::error_code error;
    if (!fs::is_directory(dir, error))
        throw Error(
            Message{TL_MESSAGE("test-folder-missing", "test folder '%1' does not exist or is not a folder"), {dir}});
    const std::vector<std::string> trainingClasses = dataset.classes;
    scanClassFolders(dir, Split::Test, dataset);
    for (const std::string& name : dataset.classes)
        if (std::find(trainingClasses.begin(), trainingClasses.end(), name) == trainingClasses.end())
            throw Error(Message{TL_MESSAGE("test-folder-unknown-class",
                                           "the test folder has a class '%1' that the training data does not have"),
                                {name}});
    dataset.hasTestFolder = true;
    assignLabels(dataset);
}

void checkTrainable(const Dataset& dataset)
{
    const std::vector<int> training = dataset.countPerClass(Split::Train);
    if (dataset.images.empty())
        throw Error(Message{TL_MESSAGE("dataset-no-usable-images", "the dataset '%1' contains no usable images"),
                            {dataset.root}});
    const auto withImages = std::count_if(training.begin(), training.end(), [](int n) { return n > 0; });
    if (withImages < 2)
        throw Error(Message{
            TL_MESSAGE("dataset-too-few-classes", "training needs at least two classes with images; '%1' has %2"),
            {dataset.root, std::to_string(withImages)}});
    for (std::size_t i = 0; i < training.size(); ++i)
        if (training[i] == 0 && dataset.countPerClass(Split::Validation)[i] == 0)
            throw Error(Message{TL_MESSAGE("class-without-training-images", "class '%1' has no training images"),
                                {dataset.classes[i]}});
}

} // namespace tl
