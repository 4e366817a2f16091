// The bad-input corpus: the broken or unusual files a clinician's folder may hold, generated here,
// each with the exact outcome the user sees. Nothing crashes, each file gets a specific reason,
// and the rest of the dataset stays usable. (Weights with a wrong layer or shape: TestKerasWeights;
// a model of another backbone: TestTraining; RGBA and 16-bit PNG: TestImageDecoder.)
#include "AtomicFile.h"
#include "Backbone.h"
#include "Dataset.h"
#include "DatasetFiles.h"
#include "Error.h"
#include "ErrorMessage.h"
#include "FeatureStore.h"
#include "FileKind.h"
#include "Fixtures.h"
#include "Hashing.h"
#include "ImageDecoder.h"
#include "KerasWeights.h"
#include "ModelFile.h"
#include "Preprocessing.h"

#include <gtest/gtest.h>
#include <hdf5.h>
#include <opencv2/imgcodecs.hpp>

#include <csignal>
#include <functional>
#include <grp.h>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace tl;

namespace {

// A 4 x 4 pure red CMYK JPEG (Adobe, inverted CMYK), as written by PIL.
const char kCmykJpeg[] =
    "\xff\xd8\xff\xee\x00\x0e\x41\x64\x6f\x62\x65\x00\x64\x00\x00\x00\x00\x00\xff\xdb\x00\x43\x00\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"
    "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\xff\xc0\x00\x14\x08\x00\x04\x00\x04\x04\x43\x11\x00"
    "\x4d\x11\x00\x59\x11\x00\x4b\x11\x00\xff\xc4\x00\x1f\x00\x00\x01\x05\x01\x01\x01\x01\x01\x01\x00\x00"
    "\x00\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\xff\xc4\x00\xb5\x10\x00\x02\x01"
    "\x03\x03\x02\x04\x03\x05\x05\x04\x04\x00\x00\x01\x7d\x01\x02\x03\x00\x04\x11\x05\x12\x21\x31\x41\x06"
    "\x13\x51\x61\x07\x22\x71\x14\x32\x81\x91\xa1\x08\x23\x42\xb1\xc1\x15\x52\xd1\xf0\x24\x33\x62\x72\x82"
    "\x09\x0a\x16\x17\x18\x19\x1a\x25\x26\x27\x28\x29\x2a\x34\x35\x36\x37\x38\x39\x3a\x43\x44\x45\x46\x47"
    "\x48\x49\x4a\x53\x54\x55\x56\x57\x58\x59\x5a\x63\x64\x65\x66\x67\x68\x69\x6a\x73\x74\x75\x76\x77\x78"
    "\x79\x7a\x83\x84\x85\x86\x87\x88\x89\x8a\x92\x93\x94\x95\x96\x97\x98\x99\x9a\xa2\xa3\xa4\xa5\xa6\xa7"
    "\xa8\xa9\xaa\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xd2\xd3\xd4\xd5"
    "\xd6\xd7\xd8\xd9\xda\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa"
    "\xff\xda\x00\x0e\x04\x43\x00\x4d\x00\x59\x00\x4b\x00\x00\x3f\x00\xfe\xfe\x2b\xfc\xff\x00\xeb\xfc\xff"
    "\x00\xeb\xfb\xf8\xaf\xff\xd9";
// A 2 x 2 one-bit palette PNG: blue, green / green, blue.
const char kPalettePng[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x02\x00\x00\x00\x02\x01"
    "\x03\x00\x00\x00\x48\x78\x9f\x67\x00\x00\x00\x06\x50\x4c\x54\x45\x00\x00\xff\x00\xff\x00\xe8\x46\x42"
    "\x4c\x00\x00\x00\x0c\x49\x44\x41\x54\x78\xda\x63\x70\x60\x68\x00\x00\x01\x44\x00\xc1\x04\x87\xcf\xfa"
    "\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

std::string pngBytes(const cv::Mat& image)
{
    std::vector<std::uint8_t> bytes;
    cv::imencode(".png", image, bytes);
    return {bytes.begin(), bytes.end()};
}

std::string jpegBytes(const cv::Mat& image)
{
    std::vector<std::uint8_t> bytes;
    cv::imencode(".jpg", image, bytes);
    return {bytes.begin(), bytes.end()};
}

// A PNG that declares width x height pixels: its signature and IHDR chunk, no image data.
std::string hugePngHeader(std::uint32_t width, std::uint32_t height)
{
    std::string bytes("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
    for (std::uint32_t side : {width, height})
        for (int shift : {24, 16, 8, 0})
            bytes += static_cast<char>((side >> shift) & 0xFF);
    return bytes + std::string("\x08\x02\x00\x00\x00", 5);
}

// Limits the size of any file this process writes, as a full disk would; restores it on exit.
// Replaces a dataset of an HDF5 file with one that claims dims but stores nothing (chunked, never
// written): what a damaged header looks like to a loader that believes it.
void replaceWithEmptyClaim(const std::string& file, const std::string& dataset, const std::vector<hsize_t>& dims)
{
    auto check = [](bool ok, const char* step) {
        if (!ok)
            throw std::runtime_error(std::string("HDF5 fixture: ") + step + " failed");
    };
    const hid_t handle = H5Fopen(file.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    check(handle >= 0, "H5Fopen");
    check(H5Ldelete(handle, dataset.c_str(), H5P_DEFAULT) >= 0, "H5Ldelete");
    const hid_t space = H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr);
    check(space >= 0, "H5Screate_simple");
    const hid_t creation = H5Pcreate(H5P_DATASET_CREATE);
    const std::vector<hsize_t> chunk(dims.size(), 1);
    check(H5Pset_chunk(creation, static_cast<int>(chunk.size()), chunk.data()) >= 0, "H5Pset_chunk");
    const hid_t created =
        H5Dcreate2(handle, dataset.c_str(), H5T_IEEE_F32LE, space, H5P_DEFAULT, creation, H5P_DEFAULT);
    check(created >= 0, "H5Dcreate2");
    H5Dclose(created);
    H5Pclose(creation);
    H5Sclose(space);
    H5Fclose(handle);
}

class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN); // writes fail with EFBIG instead of killing us
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_saved{};
    void (*m_handler)(int);
};

ModelFile smallModel()
{
    ModelFile model;
    model.info.classes = {"benign", "malignant"};
    model.info.featureShape = {512, 1, 1};
    model.info.config.head = HeadType::GlobalAveragePool;
    model.headParameters = {{"output.weight", {{2, 512}, std::vector<float>(1024, 0.5f)}},
                            {"output.bias", {{2}, {0.0f, 0.0f}}}};
    return model;
}

class BadInputTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fixtures::makeTempDir("tl-bad-input");
        fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 3;
        spec.size = 32;
        fixtures::writeSyntheticDataset(m_dir + "/data", spec);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    std::string path(const std::string& relative) const { return m_dir + "/" + relative; }
    std::string m_dir;
};

// Runs body in a child process as the user "nobody" (uid and gid 65534) and returns what it
// returned; a message starting with "child:" when the child could not drop its privileges.
std::string asUnprivilegedUser(const std::function<std::string()>& body)
{
    int channel[2];
    if (pipe(channel) != 0)
        return "child: no pipe";
    const pid_t child = fork();
    if (child == 0) {
        close(channel[0]);
        const std::string answer = setgroups(0, nullptr) == 0 && setgid(65534) == 0 && setuid(65534) == 0
                                       ? body()
                                       : "child: cannot become uid 65534";
        const bool written = write(channel[1], answer.data(), answer.size()) == static_cast<ssize_t>(answer.size());
        _exit(written ? 0 : 1);
    }
    close(channel[1]);
    std::string answer;
    char buffer[256];
    for (ssize_t n; (n = read(channel[0], buffer, sizeof buffer)) > 0;)
        answer.append(buffer, static_cast<std::size_t>(n));
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? answer : "child: ended abnormally: " + answer;
}

} // namespace

TEST_F(BadInputTest, TheScanListsEveryBadFileWithItsReasonAndKeepsTheRest)
{
    const cv::Mat colour(32, 32, CV_8UC3, cv::Scalar(10, 120, 200));
    fixtures::writeBytes(path("data/benign/empty.jpg"), "");
    fixtures::writeBytes(path("data/benign/notes.jpg"), "a text file named like a photo");
    fixtures::writeBytes(path("data/benign/animation.gif"), "GIF89a\x01\x00\x01\x00");
    fs::create_symlink("loop.jpg", path("data/benign/loop.jpg")); // points at itself
    ASSERT_EQ(mkfifo(path("data/benign/pipe.jpg").c_str(), 0600), 0);
    fs::create_symlink("/dev/zero", path("data/benign/zeros.jpg"));
    fs::create_directories(path("data/malignant/folder.jpg"));
    fixtures::writeBytes(path("data/malignant/lesão maligna 1.png"), pngBytes(colour));
    const Dataset dataset = scanDataset(path("data"));
    EXPECT_EQ(fixtures::reasonFor(dataset, "empty.jpg"), "empty file (0 bytes)");
    EXPECT_EQ(fixtures::reasonFor(dataset, "notes.jpg"),
              "not an image: its content is not JPEG, PNG, BMP, TIFF or WebP");
    EXPECT_EQ(fixtures::reasonFor(dataset, "animation.gif"), "not an image: unsupported extension '.gif'");
    EXPECT_EQ(fixtures::reasonFor(dataset, "loop.jpg"), "unreadable: Too many levels of symbolic links");
    EXPECT_EQ(fixtures::reasonFor(dataset, "pipe.jpg"), "not a regular file: a FIFO (named pipe)");
    EXPECT_EQ(fixtures::reasonFor(dataset, "zeros.jpg"), "not a regular file: a device");
    EXPECT_EQ(fixtures::reasonFor(dataset, "folder.jpg"),
              "not a regular file: a folder (the sub-folders of a class folder are not read)");
    EXPECT_EQ(dataset.skipped.size(), 7u);
    EXPECT_EQ(dataset.countPerClass(), (std::vector<int>{3, 4})); // the non-ASCII name with spaces is in
    EXPECT_NO_THROW(checkTrainable(dataset));
    EXPECT_EQ(decodeImage(path("data/malignant/lesão maligna 1.png")).pixels[0], 200); // R of BGR (10, 120, 200)
}

TEST_F(BadInputTest, DamagedImagesGetASpecificMessage)
{
    const cv::Mat colour(64, 64, CV_8UC3, cv::Scalar(10, 120, 200));
    const std::string jpeg = jpegBytes(colour), png = pngBytes(colour);
    fixtures::writeBytes(path("cut.jpg"), jpeg.substr(0, jpeg.size() * 2 / 3));
    fixtures::writeBytes(path("cut.png"), png.substr(0, png.size() / 2));
    fixtures::writeBytes(path("huge.png"), hugePngHeader(20000, 20000));
    fixtures::writeBytes(path("absurd.png"),
                         hugePngHeader(0xFFFFFFFF, 0xFFFFFFFF)); // found by FuzzImageLoader: overflowed
    EXPECT_EQ(fixtures::errorMessageOf([&] { decodeImage(path("cut.jpg")); }),
              "'" + path("cut.jpg") + "' is a truncated JPEG (the file ends before the image does)");
    EXPECT_EQ(fixtures::errorMessageOf([&] { decodeImage(path("cut.png")); }),
              "'" + path("cut.png") + "' is not a readable image (damaged, truncated or unsupported format)");
    EXPECT_EQ(fixtures::errorMessageOf([&] { decodeImage(path("huge.png")); }),
              "'" + path("huge.png") + "' is too large (20000x20000 pixels; the limit is 268 megapixels)");
    EXPECT_EQ(fixtures::errorMessageOf([&] { decodeImage(path("absurd.png")); }),
              "'" + path("absurd.png") + "' is too large (4294967295x4294967295 pixels; the limit is 268 megapixels)");
    EXPECT_EQ(fixtures::errorMessageOf([&] { decodeImage(path("missing.jpg")); }),
              "cannot open image '" + path("missing.jpg") + "' (missing or permission denied)");
    // The intact file decodes: only the cut one is refused.
    fixtures::writeBytes(path("whole.jpg"), jpeg);
    EXPECT_EQ(decodeImage(path("whole.jpg")).width, 64);
}

// Reading a FIFO waits for a writer and /dev/zero never ends: both would hang a run for ever.
TEST_F(BadInputTest, FilesThatAreNotRegularAreRefusedWithoutBeingOpened)
{
    ASSERT_EQ(mkfifo(path("pipe.jpg").c_str(), 0600), 0);
    fs::create_symlink("/dev/zero", path("zeros.jpg"));
    fs::create_symlink("pipe.jpg", path("link-to-pipe.h5"));
    fs::create_directories(path("folder.jpg"));
    EXPECT_EQ(fixtures::errorMessageOf([&] { decodeImage(path("pipe.jpg")); }),
              "cannot read image '" + path("pipe.jpg") + "': it is a FIFO (named pipe), not a regular file");
    EXPECT_EQ(fixtures::errorMessageOf([&] { decodeImage(path("zeros.jpg")); }),
              "cannot read image '" + path("zeros.jpg") + "': it is a device, not a regular file");
    EXPECT_EQ(fixtures::errorMessageOf([&] { decodeImage(path("folder.jpg")); }),
              "cannot read image '" + path("folder.jpg") + "': it is a folder, not a regular file");
    EXPECT_EQ(fixtures::errorMessageOf([&] { sha256OfFile(path("zeros.jpg")); }),
              "cannot read file '" + path("zeros.jpg") + "': it is a device, not a regular file");
    EXPECT_EQ(fixtures::errorMessageOf([&] {
                  Backbone::load(BackboneId::Vgg16, path("link-to-pipe.h5"), Precision::Fp32, DeviceChoice::Cpu);
              }),
              "cannot read weights file '" + path("link-to-pipe.h5") +
                  "': it is a FIFO (named pipe), not a regular file");
    EXPECT_EQ(sniffFileKind(path("pipe.jpg")), FileKind::Other);
    EXPECT_FALSE(irregularFileReason(path("missing.jpg"))); // opening it gives the precise error
}

TEST_F(BadInputTest, AnUnreadableFileIsReportedNotFatal)
{
    fixtures::writeBytes(path("data/benign/private.jpg"), jpegBytes(cv::Mat(8, 8, CV_8UC3, cv::Scalar::all(90))));
    fs::permissions(path("data/benign/private.jpg"), fs::perms::none);
    auto scan = [&] {
        const Dataset dataset = scanDataset(path("data"));
        return fixtures::reasonFor(dataset, "private.jpg") + " | " + std::to_string(dataset.images.size()) + " images";
    };
    // Root reads any file (CI runs as root): there the scan runs as an ordinary user.
    fs::permissions(m_dir, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
    EXPECT_EQ(geteuid() == 0 ? asUnprivilegedUser(scan) : scan(),
              "unreadable: permission denied or I/O error | 6 images");
}

TEST_F(BadInputTest, UnusualButValidImagesBecomeEightBitRgb)
{
    fixtures::writeBytes(path("cmyk.jpg"), std::string(kCmykJpeg, sizeof kCmykJpeg - 1));
    const RgbImage cmyk = decodeImage(path("cmyk.jpg"));
    EXPECT_GE(cmyk.pixels[0], 250); // red
    EXPECT_LE(cmyk.pixels[1], 5);
    EXPECT_LE(cmyk.pixels[2], 5);

    fixtures::writeBytes(path("palette.png"), std::string(kPalettePng, sizeof kPalettePng - 1));
    const RgbImage palette = decodeImage(path("palette.png"));
    EXPECT_EQ(std::vector<int>(palette.pixels.begin(), palette.pixels.begin() + 6),
              (std::vector<int>{0, 0, 255, 0, 255, 0}));

    fixtures::writeBytes(path("gray.jpg"), jpegBytes(cv::Mat(8, 8, CV_8UC1, cv::Scalar(77))));
    const RgbImage gray = decodeImage(path("gray.jpg"));
    EXPECT_EQ(gray.pixels[0], gray.pixels[1]);
    EXPECT_EQ(gray.pixels[1], gray.pixels[2]);
    EXPECT_NEAR(gray.pixels[0], 77, 2);

    fixtures::writeBytes(path("dot.png"), pngBytes(cv::Mat(1, 1, CV_8UC3, cv::Scalar(1, 2, 3))));
    const RgbImage dot = decodeImage(path("dot.png"));
    EXPECT_EQ(dot.width * dot.height, 1);
    EXPECT_EQ(preprocess(rgbTensor(dot), 32, PreprocessMode::Caffe).sizes(), (c10::IntArrayRef{3, 32, 32}));
}

TEST_F(BadInputTest, DatasetsThatCannotBeTrainedSaySo)
{
    fs::create_directories(path("empty-class/benign"));
    fixtures::writeBytes(path("empty-class/malignant/a.png"), pngBytes(cv::Mat(8, 8, CV_8UC3, cv::Scalar::all(5))));
    EXPECT_EQ(fixtures::errorMessageOf([&] { checkTrainable(scanDataset(path("empty-class"))); }),
              "training needs at least two classes with images; '" + path("empty-class") + "' has 1");

    fixtures::writeBytes(path("no-images/benign/a.txt"), "text");
    fixtures::writeBytes(path("no-images/malignant/b.jpg"), "");
    EXPECT_EQ(fixtures::errorMessageOf([&] { checkTrainable(scanDataset(path("no-images"))); }),
              "the dataset '" + path("no-images") + "' contains no usable images");

    fs::create_directories(path("no-classes"));
    fixtures::writeBytes(path("no-classes/loose.png"), pngBytes(cv::Mat(8, 8, CV_8UC3, cv::Scalar::all(5))));
    EXPECT_EQ(fixtures::errorMessageOf([&] { scanDataset(path("no-classes")); }),
              "'" + path("no-classes") +
                  "' has no class folders: put each class's images in a sub-folder named after it");

    // One image in a class is enough: it stays in training, none is held out for validation.
    fixtures::writeBytes(path("one/benign/a.png"), pngBytes(cv::Mat(8, 8, CV_8UC3, cv::Scalar::all(5))));
    for (int i = 0; i < 3; ++i)
        fixtures::writeBytes(path("one/malignant/" + std::to_string(i) + ".png"),
                             pngBytes(cv::Mat(8, 8, CV_8UC3, cv::Scalar::all(i))));
    Dataset one = scanDataset(path("one"));
    assignValidationSplit(one, 0.5, 1);
    EXPECT_EQ(one.countPerClass(Split::Train), (std::vector<int>{1, 1}));
    EXPECT_EQ(one.countPerClass(Split::Validation), (std::vector<int>{0, 2})); // round(0.5 x 3)
    EXPECT_NO_THROW(checkTrainable(one));
}

TEST_F(BadInputTest, DamagedWeightsAndModelFilesAreRefusedWithTheReason)
{
    fixtures::writeSeededVgg16Weights(path("vgg16.h5"), 1);
    fs::copy_file(path("vgg16.h5"), path("cut.h5"));
    fs::resize_file(path("cut.h5"), fs::file_size(path("vgg16.h5")) / 2);
    EXPECT_EQ(fixtures::errorMessageOf([&] { readKerasWeights(path("cut.h5")); }),
              "'" + path("cut.h5") + "' is a damaged or truncated HDF5 file");
    fixtures::writeBytes(path("text.h5"), "not HDF5");
    EXPECT_EQ(fixtures::errorMessageOf([&] { readKerasWeights(path("text.h5")); }),
              "'" + path("text.h5") + "' is not an HDF5 file (missing, unreadable or another format)");

    ModelFile model = smallModel();
    saveModelFile(path("model.h5"), model);
    fs::copy_file(path("model.h5"), path("cut-model.h5"));
    fs::resize_file(path("cut-model.h5"), fs::file_size(path("model.h5")) - 100);
    EXPECT_EQ(fixtures::errorMessageOf([&] { loadModelFile(path("cut-model.h5")); }),
              "the model file '" + path("cut-model.h5") + "' is damaged (its content does not match its fingerprint)");
    EXPECT_EQ(fixtures::errorMessageOf([&] { loadModelFile(path("vgg16.h5")); }),
              "'" + path("vgg16.h5") + "' is not a valid TransferLab model: it has no TransferLab metadata");
}

// Found by FuzzWeightsLoader: a shape whose product overflowed, or that claimed gigabytes in a
// small file, was believed and allocated for. Now the claim is checked first.
TEST_F(BadInputTest, ArraysThatTheFileCannotHoldAreRefusedBeforeAllocating)
{
    const std::vector<KerasLayerWeights> layer = {
        {"block1_conv1", {{{3, 3, 3, 64}, std::vector<float>(1728, 0.5f)}, {{64}, std::vector<float>(64, 0.1f)}}}};
    const std::string kernel = "/block1_conv1/block1_conv1/kernel:0";
    const struct {
        const char* file;
        std::vector<hsize_t> claimed;
        std::string outcome;
    } cases[] = {
        {"overflow.h5", {hsize_t{1} << 40, hsize_t{1} << 30}, "claims more than 268435456 values: the file is damaged"},
        {"unstored.h5",
         {8192, 8192},
         "claims 67108864 values but the file stores only 0 bytes of them: the file is truncated or damaged"},
    };
    for (const auto& damaged : cases) {
        writeKerasWeights(path(damaged.file), layer, KerasNaming::Modern);
        replaceWithEmptyClaim(path(damaged.file), kernel, damaged.claimed);
        EXPECT_EQ(fixtures::errorMessageOf([&] { readKerasWeights(path(damaged.file)); }),
                  "'" + kernel + "' in '" + path(damaged.file) + "' " + damaged.outcome);
    }
}

TEST_F(BadInputTest, AFullDiskLosesNothing)
{
    // A settings file, the feature cache and a model, each written when the disk fills up.
    fixtures::writeBytes(path("settings.json"), "old settings");
    {
        const FileSizeLimit limit(1000);
        EXPECT_EQ(fixtures::errorMessageOf([&] { writeFileAtomically(path("settings.json"), std::string(5000, 'x')); }),
                  "cannot write '" + path("settings.json") + "': File too large");
    }
    std::ifstream settings(path("settings.json"));
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(settings), {}), "old settings");

    fixtures::writeSeededVgg16Weights(path("vgg16.h5"), 2);
    const auto backbone = Backbone::load(BackboneId::Vgg16, path("vgg16.h5"), Precision::Fp32, DeviceChoice::Cpu);
    const std::vector<std::string> images = {path("data/benign/0.png"), path("data/malignant/0.png")};
    const ExtractedFeatures uncached = FeatureStore("", backbone, 32).extract(images, 1, 2);
    ExtractedFeatures cached;
    {
        const FileSizeLimit limit(1000); // below one cache entry
        cached = FeatureStore(path("cache"), backbone, 32).extract(images, 1, 2);
    }
    EXPECT_EQ(cached.computed, 2u);
    EXPECT_TRUE(torch::equal(cached.features, uncached.features)); // training goes on without the cache
    ASSERT_TRUE(cached.cacheWriteError);
    const std::string cacheWriteError = cached.cacheWriteError->english();
    EXPECT_EQ(cacheWriteError.rfind("cannot write '" + path("cache/"), 0), 0u) << cacheWriteError;
    EXPECT_NE(cacheWriteError.find("': File too large"), std::string::npos) << cacheWriteError;

    ModelFile model = smallModel();
    saveModelFile(path("model.h5"), model);
    model.info.result.threshold = 0.3;
    {
        const FileSizeLimit limit(2000);
        EXPECT_EQ(fixtures::errorMessageOf([&] { saveModelFile(path("model.h5"), model); }),
                  "cannot write '" + path("model.h5") + "': File too large");
    }
    EXPECT_DOUBLE_EQ(loadModelFile(path("model.h5")).info.result.threshold, 0.5); // the previous model is intact
    for (const auto& entry : fs::directory_iterator(m_dir))
        EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos) << entry.path();
}
