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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName("TransferLab");
    QApplication::setApplicationName("TransferLab");
    QGuiApplication::setDesktopFileName("io.github.transferlab.TransferLab"); // Wayland matches the window to its icon
    QApplication::setApplicationVersion(QStringLiteral(TRANSFERLAB_VERSION));
    tl::i18n::installTranslations(tl::ui::storedLanguage());
    tl::useAllCores();
    tl::ui::moveFormerDataFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                 QString::fromStdString(tl::defaultDataDir()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Train image classifiers by transfer learning."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument("dataset", QApplication::translate("main", "The dataset folder to open."));
    const QCommandLineOption modelOption("model", QApplication::translate("main", "Open this model file."), "file");
    const QCommandLineOption imageOption("image", QApplication::translate("main", "Classify this image."), "file");
    const QCommandLineOption viewOption("view", QApplication::translate("main", "Start on this view."),
                                        "data|train|evaluate|classify");
    const QCommandLineOption screenshotOption(
        "screenshot", QApplication::translate("main", "Save a picture of the window, sized to the screen, and quit."),
        "file");
    parser.addOptions({modelOption, imageOption, viewOption, screenshotOption});
    parser.process(app);

    tl::ui::MainWindow window;
    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot && window.screen()) // the size of the screen, whatever size was saved
        window.resize(window.screen()->availableSize());
    window.show();

    const QString dataset = parser.positionalArguments().value(0, bundledSampleDataset());
    if (!dataset.isEmpty())
        window.openDataset(dataset);
    if (parser.isSet(modelOption))
        window.openModel(parser.value(modelOption));
    if (parser.isSet(imageOption)) {
        const QString image = parser.value(imageOption);
        QObject::connect(&window, &tl::ui::MainWindow::modelOpened, &window,
                         [&window, image] { window.classifyImage(image); });
    }
    if (const auto view = tl::ui::MainWindow::viewFromName(parser.value(viewOption))) {
        window.showView(*view);
        QObject::connect(&window, &tl::ui::MainWindow::datasetOpened, &window,
                         [&window, view] { window.showView(*view); });
    }
    if (screenshot)
        scheduleScreenshot(window, parser.value(screenshotOption), 4000);
    return app.exec();
}
