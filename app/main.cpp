// The desktop application: opens a dataset (the first argument, else the bundled sample) and
// shows the main window. --screenshot grabs the window to a PNG and quits (docs, smoke tests).
#include "DataFolder.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "Paths.h"
#include "Runtime.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include <cstring>

namespace {

QString bundledSampleDataset()
{
    const QStringList candidates = {
        QCoreApplication::applicationDirPath() + "/../share/transferlab/sample-dataset",
#ifdef TRANSFERLAB_SAMPLE_DATASET
        QStringLiteral(TRANSFERLAB_SAMPLE_DATASET),
#endif
    };
    for (const QString& candidate : candidates)
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    return {};
}

// Grabs the window once the asynchronous loading (dataset scan, model, thumbnails) has settled.
void scheduleScreenshot(tl::ui::MainWindow& window, const QString& path, int delayMs)
{
    QTimer::singleShot(delayMs, &window, [&window, path] {
        const bool saved = window.grab().save(path, "PNG");
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// The options; the parser answers --help and --version itself.
struct Options {
    QCommandLineOption model{"model", QCoreApplication::translate("main", "Open this model file."), "file"};
    QCommandLineOption image{
        "image", QCoreApplication::translate("main", "Classify this image (or every image of this folder)."), "file"};
    QCommandLineOption view{"view", QCoreApplication::translate("main", "Start on this view."),
                            "data|train|evaluate|classify"};
    QCommandLineOption screenshot{
        "screenshot",
        QCoreApplication::translate("main", "Save a picture of the window, sized to the screen, and quit."), "file"};
};

void describeApplication()
{
    QCoreApplication::setOrganizationName("TransferLab");
    QCoreApplication::setApplicationName("TransferLab");
    QCoreApplication::setApplicationVersion(QStringLiteral(TRANSFERLAB_VERSION));
    tl::i18n::installTranslations(tl::ui::storedLanguage());
}

void addOptions(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Train image classifiers by transfer learning."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("dataset", QCoreApplication::translate("main", "The dataset folder to open."));
    parser.addOptions({options.model, options.image, options.view, options.screenshot});
}

// --help and --version print text and exit: they need no display, so they are answered before the
// QApplication, which needs one, exists.
bool asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    tl::setUpRuntime(); // before any thread starts
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        const Options options;
        addOptions(parser, options);
        parser.process(app); // prints the text and exits
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName("io.github.transferlab.TransferLab"); // Wayland matches the window to its icon
    describeApplication();
    tl::ui::moveFormerDataFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                 QString::fromStdString(tl::defaultDataDir()));

    QCommandLineParser parser;
    const Options options;
    addOptions(parser, options);
    parser.process(app);

    tl::ui::MainWindow window;
    const bool screenshot = parser.isSet(options.screenshot);
    if (screenshot && window.screen()) // the size of the screen, whatever size was saved
        window.resize(window.screen()->availableSize());
    window.show();

    const QString dataset = parser.positionalArguments().value(0, bundledSampleDataset());
    if (!dataset.isEmpty())
        window.openDataset(dataset);
    if (parser.isSet(options.model))
        window.openModel(parser.value(options.model));
    if (parser.isSet(options.image)) {
        const QString image = parser.value(options.image);
        QObject::connect(&window, &tl::ui::MainWindow::modelOpened, &window,
                         [&window, image] { window.classifyImage(image); });
    }
    if (const auto view = tl::ui::MainWindow::viewFromName(parser.value(options.view))) {
        window.showView(*view);
        QObject::connect(&window, &tl::ui::MainWindow::datasetOpened, &window,
                         [&window, view] { window.showView(*view); });
    }
    if (screenshot)
        scheduleScreenshot(window, parser.value(options.screenshot), 4000);
    return app.exec();
}
