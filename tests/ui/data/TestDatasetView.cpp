#include "Dataset.h"
#include "DatasetView.h"
#include "ThumbnailModel.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <sys/stat.h>

using namespace tl;
using namespace tl::ui;
using test::child;

namespace {

Dataset makeDataset(const std::vector<int>& trainCounts)
{
    Dataset dataset;
    dataset.root = "/data/lesions";
    for (std::size_t label = 0; label < trainCounts.size(); ++label) {
        dataset.classes.push_back("class" + std::to_string(label));
        for (int i = 0; i < trainCounts[label]; ++i)
            dataset.images.push_back({"/data/lesions/" + std::to_string(label) + "/" + std::to_string(i) + ".png",
                                      static_cast<int>(label), i % 5 == 0 ? Split::Validation : Split::Train});
    }
    dataset.skipped.push_back({"/data/lesions/0/notes.txt", Message{MessageText{"test-reason", "not an image"}, {}}});
    return dataset;
}

} // namespace

class TestDatasetView : public QObject {
    Q_OBJECT
private slots:
    void balancedDatasetHasNoWarning() { QVERIFY(DatasetView::balanceWarning(makeDataset({20, 30})).isEmpty()); }

    void smallClassIsReported()
    {
        const QString warning = DatasetView::balanceWarning(makeDataset({20, 9}));
        QVERIFY(warning.contains("class1"));
        QVERIFY(warning.contains("9"));
    }

    void imbalanceAboveThreeToOneIsReported()
    {
        QVERIFY(DatasetView::balanceWarning(makeDataset({10, 30})).isEmpty()); // exactly 3:1 is fine
        QVERIFY(DatasetView::balanceWarning(makeDataset({10, 31})).contains("3.1:1"));
    }

    void showsCountsFiltersAndSkippedFiles()
    {
        DatasetView view;
        view.setDataset(makeDataset({10, 45})); // 4.5:1
        auto* table = child<QTableWidget>(&view, "classTableWidget");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QString("class1"));
        QCOMPARE(table->item(1, 1)->text(), QString("36")); // training
        QCOMPARE(table->item(1, 2)->text(), QString("9"));  // validation
        QCOMPARE(table->item(1, 3)->text(), QString("0"));  // test
        QCOMPARE(table->item(1, 4)->text(), QString("45"));
        QVERIFY(!child<QLabel>(&view, "imbalanceWarningLabel")->isHidden());
        QCOMPARE(child<QListWidget>(&view, "skippedListWidget")->item(0)->text(),
                 QString("/data/lesions/0/notes.txt — not an image"));

        auto* classFilter = child<QComboBox>(&view, "classFilterComboBox");
        auto* splitFilter = child<QComboBox>(&view, "splitFilterComboBox");
        QCOMPARE(classFilter->count(), 3); // all + 2 classes
        classFilter->setCurrentIndex(classFilter->findText("class0"));
        QCOMPARE(view.thumbnailModel()->rowCount(), 10);
        splitFilter->setCurrentIndex(splitFilter->findText("Validation"));
        QCOMPARE(view.thumbnailModel()->rowCount(), 2);
        QCOMPARE(child<QLabel>(&view, "shownImagesLabel")->text(), QString("2 image(s) shown"));
    }

    // The scan's reasons are engine messages: the list shows them in the user's language, with the
    // words they put in (a kind of file) translated too.
    void saysHowTheImagesAreGrouped()
    {
        DatasetView view;
        Dataset dataset = makeDataset({10, 10});
        view.setDataset(dataset);
        QVERIFY(child<QLabel>(&view, "groupsLabel")->text().startsWith("Not grouped: each image is its own group"));
        for (std::size_t i = 0; i < 16; ++i) // 8 patients of two images; 4 images without a group
            dataset.images[i].group = "P" + std::to_string(i / 2);
        dataset.grouping = "metadata groups.csv";
        view.setDataset(dataset);
        QCOMPARE(child<QLabel>(&view, "groupsLabel")->text(),
                 QString("12 group(s) (metadata groups.csv): the splits keep each group's images together. 4 image(s) "
                         "without a group are each their own group."));
    }

    void showsTheSkippedReasonsInTheUsersLanguage()
    {
        QTemporaryDir folder;
        const QString root = folder.path();
        QVERIFY(QDir().mkpath(root + "/benign") && QDir().mkpath(root + "/malignant"));
        QVERIFY(QFile(root + "/benign/notes.txt").open(QIODevice::WriteOnly));
        QCOMPARE(::mkfifo(qPrintable(root + "/malignant/pipe.png"), 0600), 0);
        QTranslator portuguese;
        QVERIFY(portuguese.load(QLocale("pt_BR"), "transferlab", "_", ":/i18n"));
        QCoreApplication::installTranslator(&portuguese);
        DatasetView view;
        view.setDataset(scanDataset(root.toStdString()));
        QCoreApplication::removeTranslator(&portuguese);
        auto* skipped = child<QListWidget>(&view, "skippedListWidget");
        QCOMPARE(skipped->count(), 2);
        QCOMPARE(skipped->item(0)->text(),
                 root + "/benign/notes.txt — não é uma imagem: extensão não suportada '.txt'");
        QCOMPARE(skipped->item(1)->text(),
                 root + "/malignant/pipe.png — não é um arquivo comum: um FIFO (pipe nomeado)");
    }
};

QTEST_MAIN(TestDatasetView)
#include "TestDatasetView.moc"
