// The move from the former per-application data folder: every file arrives, none is lost on a
// name clash, and the run history and settings point at the moved models.
#include "DataFolder.h"
#include "Fixtures.h"
#include "RunHistoryStore.h"
#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace tl::ui;

class TestDataFolder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::isolateSettings(); }

    void movesModelsHistoryAndSettingsWithoutLosingAFile()
    {
        const QString root = QString::fromStdString(tl::fixtures::makeTempDir("tl-data-folder"));
        const QString former = root + "/TransferLab/TransferLab", current = root + "/transferlab";
        QDir().mkpath(former + "/models");
        QDir().mkpath(current + "/models");
        auto write = [](const QString& path, const QByteArray& bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(former + "/models/model.h5", "former model");
        write(former + "/models/clash.tlmodel", "former clash");
        write(current + "/models/clash.tlmodel", "current clash");
        RunRecord run;
        run.modelPath = former + "/models/model.h5";
        QVERIFY(saveRunHistory(former + "/run-history.json", {run}));
        QSettings().setValue("training/modelPath", former + "/models/model.h5");

        QVERIFY(moveFormerDataFolder(former, current));

        QVERIFY(!QDir(former).exists());
        QVERIFY(!QDir(root + "/TransferLab").exists()); // the emptied organisation folder too
        auto read = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(read(current + "/models/model.h5"), QByteArray("former model"));
        QCOMPARE(read(current + "/models/clash.tlmodel"), QByteArray("current clash"));
        QCOMPARE(read(current + "/models/clash (from the former data folder).tlmodel"), QByteArray("former clash"));
        const std::vector<RunRecord> runs = loadRunHistory(current + "/run-history.json");
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs[0].modelPath, current + "/models/model.h5");
        QCOMPARE(QSettings().value("training/modelPath").toString(), current + "/models/model.h5");

        QVERIFY(moveFormerDataFolder(former, current)); // once moved, nothing more to do
        QDir(root).removeRecursively();
    }
};

QTEST_MAIN(TestDataFolder)
#include "TestDataFolder.moc"
