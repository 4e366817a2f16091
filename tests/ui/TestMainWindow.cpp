// Drives the real main window through the whole workflow, finding widgets by objectName:
// open a dataset by dropping its folder, browse it, train (cancel once, then to the end),
// evaluate, and classify a dropped image.
#include "Classifier.h"
#include "CrossValidationDialog.h"
#include "ErrorReview.h"
#include "ErrorReviewPanel.h"
#include "EvaluationView.h"
#include "LivePlots.h"
#include "MainWindow.h"
#include "RunHistory.h"
#include "RunRecords.h"
#include "ThumbnailModel.h"
#include "TrainingPanel.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <qcustomplot.h>

using namespace tl;
using namespace tl::ui;
using test::child;
using test::dropUrl;

namespace {

// A drop is delivered only to the widget that accepted the drag entering it, as in a real drag.

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    test::Workspace m_workspace;
    MainWindow* m_window = nullptr;

    LivePlots* plots() const { return child<LivePlots>(m_window, "livePlots"); }
    QPushButton* button(const char* name) const { return child<QPushButton>(m_window, name); }
    void answerQuitQuestion(QMessageBox::StandardButton choice)
    {
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>("quitDuringTrainingMessageBox")) != nullptr);
        box->button(choice)->click();
    }

    // The output model exists: the app asks before replacing it.
    void answerReplaceQuestion()
    {
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>("replaceModelMessageBox")) != nullptr);
        QVERIFY(box->text().contains("model.h5"));
        box->button(QMessageBox::Yes)->click();
    }

    // Trains with the current options and waits for the model to open; returns its path.
    QString trainAndWait()
    {
        QSignalSpy modelOpened(m_window, &MainWindow::modelOpened);
        button("trainButton")->click();
        if (!modelOpened.wait(120000))
            return {};
        return modelOpened.at(0).at(0).toString();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_workspace = test::makeWorkspace(12, 4);
        m_window = new MainWindow;
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        QDir(m_workspace.root).removeRecursively();
    }

    void startsIdleWithoutDataset()
    {
        QCOMPARE(m_window->objectName(), QString("mainWindow"));
        QVERIFY(m_window->minimumWidth() <= 1024 && m_window->minimumHeight() <= 640); // fits a small laptop
        QCOMPARE(child<QTabWidget>(m_window, "viewTabWidget")->count(), 4);
        QVERIFY(!button("trainButton")->isEnabled());
        QVERIFY(!button("evaluateButton")->isEnabled());
        QVERIFY(!child<QAction>(m_window, "saveModelAsAction")->isEnabled());
        QCOMPARE(child<QAction>(m_window, "openDatasetAction")->shortcut(), QKeySequence("Ctrl+O"));
        // A first run: the default weights are not there, and the window says so with the ways forward.
        QVERIFY(!child<QWidget>(m_window, "weightsNotice")->isHidden());
        QVERIFY(child<QPushButton>(m_window, "noticeDownloadButton")->text().contains("58.9 MB"));
        // Ctrl+1 to Ctrl+4 show the four views, whatever the language of their labels.
        auto* tabs = child<QTabWidget>(m_window, "viewTabWidget");
        for (int view = 4; view >= 1; --view) {
            QAction* show = child<QAction>(m_window, qPrintable(QString("showView%1Action").arg(view)));
            QCOMPARE(show->shortcut(), QKeySequence(QString("Ctrl+%1").arg(view)));
            show->trigger();
            QCOMPARE(tabs->currentIndex(), view - 1);
        }
    }

    void opensADroppedFolder()
    {
        test::configureFastTraining(m_window, m_workspace, 3);          // validation split 0.25
        QVERIFY(child<QWidget>(m_window, "weightsNotice")->isHidden()); // the workspace has weights
        QSignalSpy opened(m_window, &MainWindow::datasetOpened);
        dropUrl(m_window, m_workspace.dataset);
        QVERIFY(opened.wait(10000));
        auto* table = child<QTableWidget>(m_window, "classTableWidget");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QString("benign"));
        QCOMPARE(table->item(0, 1)->text(), QString("9")); // 12 training images, 3 held out
        QCOMPARE(table->item(0, 2)->text(), QString("3"));
        QCOMPARE(table->item(0, 3)->text(), QString("4"));
        QCOMPARE(table->item(1, 4)->text(), QString("16"));
        QCOMPARE(QSettings().value("recentDatasets").toStringList().value(0),
                 QFileInfo(m_workspace.dataset).absoluteFilePath());
        QVERIFY(button("trainButton")->isEnabled());
        // Before any run, the Train view says how much of the work the cache already holds.
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(m_window, "cachedFeaturesLabel")->text(),
                                  QString("0 of 32 features already cached"), 10000);
    }

    void filtersThumbnailsByClassAndSplit()
    {
        auto* grid = child<QListView>(m_window, "thumbnailListView");
        QCOMPARE(grid->model()->rowCount(), 32);
        auto* classFilter = child<QComboBox>(m_window, "classFilterComboBox");
        auto* splitFilter = child<QComboBox>(m_window, "splitFilterComboBox");
        classFilter->setCurrentIndex(classFilter->findText("malignant"));
        splitFilter->setCurrentIndex(splitFilter->findText("Training"));
        QCOMPARE(grid->model()->rowCount(), 9);
        for (int row = 0; row < 9; ++row)
            QCOMPARE(grid->model()->index(row, 0).data(ThumbnailModel::LabelRole).toInt(), 1);
        splitFilter->setCurrentIndex(splitFilter->findText("Test"));
        QCOMPARE(grid->model()->rowCount(), 4);
    }

    void cancelsARunAndReturnsToIdle()
    {
        child<QSpinBox>(m_window, "epochsSpinBox")->setValue(200);
        auto* bar = child<QProgressBar>(m_window, "trainingProgressBar");
        QCOMPARE(bar->format(), QString("Not started"));
        button("trainButton")->click();
        QCOMPARE(bar->format(), QString("Starting…")); // from the press on, then the setup's phases
        QVERIFY(!button("trainButton")->isEnabled());
        QVERIFY(!child<QWidget>(m_window, "trainingFormWidget")->isEnabled());
        QVERIFY(child<QLabel>(m_window, "cachedFeaturesLabel")->isHidden());  // the run shows its own progress
        QTRY_VERIFY_WITH_TIMEOUT(plots()->validationPointCount() > 0, 60000); // an epoch, so a checkpoint
        button("pauseButton")->click();
        QVERIFY(button("resumeButton")->isEnabled());
        QVERIFY(!button("pauseButton")->isEnabled());
        button("trainingCancelButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(button("trainButton")->isEnabled(), 30000);
        QVERIFY(!button("trainingCancelButton")->isEnabled());
        QVERIFY(!button("resumeButton")->isEnabled());
        QVERIFY(child<QWidget>(m_window, "trainingFormWidget")->isEnabled());
        QVERIFY(child<QLabel>(m_window, "trainingStatusLabel")->text().contains("cancelled"));
        QVERIFY(!QFileInfo::exists(m_workspace.model));
        QVERIFY(QFileInfo::exists(m_workspace.model + ".checkpoint"));
        QVERIFY(!m_window->hasModel());
    }

    void trainsToTheEnd()
    {
        child<QSpinBox>(m_window, "epochsSpinBox")->setValue(3);
        QSignalSpy modelOpened(m_window, &MainWindow::modelOpened);
        QSignalSpy requested(child<TrainingPanel>(m_window, "trainingPanel"), &TrainingPanel::runStarted);
        button("trainButton")->click();
        // The cancelled run left a checkpoint: the app offers to resume it. Start over.
        auto* offer = m_window->findChild<QMessageBox*>("resumeCheckpointMessageBox");
        QVERIFY(offer);
        QVERIFY(offer->text().contains("model.h5"));
        QCOMPARE(requested.count(), 0);
        for (QAbstractButton* choice : offer->buttons())
            if (choice->text() == "&Start Over")
                choice->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(1).toBool(), false); // not resumed
        QVERIFY(modelOpened.wait(120000));
        QCOMPARE(modelOpened.at(0).at(0).toString(), m_workspace.model);
        QVERIFY(!QFileInfo::exists(m_workspace.model + ".checkpoint")); // a finished run removes it
        // 18 training images in batches of 8: 3 batches per epoch.
        QCOMPARE(plots()->trainingPointCount(), 3 * 3);
        QCOMPARE(plots()->validationPointCount(), 3);
        QVERIFY(plots()->replotCount() >= 1);
        QCOMPARE(child<QProgressBar>(m_window, "trainingProgressBar")->value(),
                 child<QProgressBar>(m_window, "trainingProgressBar")->maximum());
        QVERIFY(child<QAction>(m_window, "saveModelAsAction")->isEnabled());
        QVERIFY(child<QLabel>(m_window, "modelStatusLabel")->text().contains("model.h5"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(m_window, "cachedFeaturesLabel")->text(),
                                  QString("32 of 32 features already cached"), 10000);
        child<QSpinBox>(m_window, "imageSizeSpinBox")->setValue(64); // other entries
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(m_window, "cachedFeaturesLabel")->text(),
                                  QString("0 of 32 features already cached"), 10000);
        child<QSpinBox>(m_window, "imageSizeSpinBox")->setValue(32);
    }

    void showsTheTrainingEvaluation()
    {
        auto* sources = child<QComboBox>(m_window, "evaluationSourceComboBox");
        QCOMPARE(sources->count(), 2); // validation and test splits
        QVERIFY(sources->currentText().contains("test"));
        // What the window shows is the engine's evaluation of the model it wrote.
        const Evaluation test = *Classifier::open(m_workspace.model.toStdString()).info().result.test;
        QCOMPARE(test.count, 8);
        QVERIFY(!test.intervals); // 8 images: fewer than an interval needs, which the window says
        QCOMPARE(child<QLabel>(m_window, "accuracyValueLabel")->text(),
                 QString::number(test.accuracy, 'f', 3) + " (too few images for an interval), 8 image(s)");
        QCOMPARE(child<QLabel>(m_window, "aucValueLabel")->text(),
                 QString::number(test.auc, 'f', 3) + " (too few images for an interval)");
        auto* confusion = child<QTableWidget>(m_window, "confusionTableWidget");
        QCOMPARE(confusion->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            for (int column = 0; column < 2; ++column)
                QCOMPARE(confusion->item(row, column)->data(Qt::UserRole).toInt(),
                         test.confusion[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)]);
        QCOMPARE(child<QTableWidget>(m_window, "metricsTableWidget")->rowCount(), 2);

        // The reliability diagram has one bar per non-empty bin of the test evaluation, as tall as its accuracy.
        auto* bars = qobject_cast<QCPBars*>(child<QCustomPlot>(m_window, "reliabilityPlot")->plottable(0));
        QVERIFY(bars);
        int bar = 0;
        for (const ReliabilityBin& bin : test.reliability) {
            if (bin.count == 0)
                continue;
            QVERIFY(bar < bars->data()->size());
            QCOMPARE(bars->data()->at(bar)->key, (bin.lower + bin.upper) / 2);
            QCOMPARE(bars->data()->at(bar)->value, bin.accuracy);
            ++bar;
        }
        QCOMPARE(bars->data()->size(), bar);
    }

    void crossValidatesTheCurrentSettings()
    {
        button("crossValidateButton")->click();
        CrossValidationDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<CrossValidationDialog*>("crossValidationDialog")) != nullptr);
        child<QSpinBox>(dialog, "foldsSpinBox")->setValue(3);
        QSignalSpy finished(dialog, &CrossValidationDialog::crossValidationFinished);
        // Its Cancel stops a run (the job runner's tests time how soon); Start runs it again.
        child<QPushButton>(dialog, "startCrossValidationButton")->click();
        QVERIFY(dialog->isRunning());
        child<QPushButton>(dialog, "crossValidationCancelButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
        QVERIFY(finished.isEmpty());
        QCOMPARE(child<QLabel>(dialog, "crossValidationStatusLabel")->text(), QString("Cancelled."));
        child<QPushButton>(dialog, "startCrossValidationButton")->click();
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.wait(120000));
        const auto outcome = finished.at(0).at(0).value<CrossValidationOutcome>();
        QCOMPARE(static_cast<int>(outcome.perFold.size()), 3);
        QCOMPARE(outcome.featuresComputed, std::size_t{0}); // training cached them all
        auto* table = child<QTableWidget>(dialog, "crossValidationTable");
        QCOMPARE(table->rowCount(), 8); // accuracy, loss, ECE, AUC, sensitivity, specificity, 2 recalls
        QCOMPARE(table->columnCount(), 4 + 3);
        QCOMPARE(table->item(0, 0)->text(), QString("Accuracy"));
        double sum = 0;
        for (int fold = 0; fold < 3; ++fold)
            sum += outcome.perFold[static_cast<std::size_t>(fold)].accuracy;
        QCOMPARE(table->item(0, 1)->text(), QString::number(sum / 3, 'f', 3));
        int heldOut = 0;
        for (const Evaluation& fold : outcome.perFold)
            heldOut += fold.count;
        QCOMPARE(outcome.pooled.count, heldOut); // every training image held out once
        const Interval pooled = outcome.pooled.intervals->metrics.at("accuracy");
        QCOMPARE(table->item(0, 3)->text(),
                 QString("%1 (%2–%3)")
                     .arg(QString::number(outcome.pooled.accuracy, 'f', 3), QString::number(pooled.lower, 'f', 3),
                          QString::number(pooled.upper, 'f', 3)));
        QCOMPARE(table->item(0, 4)->text(), QString::number(outcome.perFold[0].accuracy, 'f', 3));
        dialog->close(); // Close: the run is over, so the dialog goes
        QTRY_VERIFY(m_window->findChild<CrossValidationDialog*>("crossValidationDialog") == nullptr);
    }

    void evaluatesTheDatasetAndBrowsesACell()
    {
        auto* view = child<EvaluationView>(m_window, "evaluationView");
        QVERIFY(button("evaluateButton")->isEnabled());
        QSignalSpy finished(view, &EvaluationView::evaluationFinished);
        button("evaluateButton")->click();               // the test split by default
        QVERIFY(!button("evaluateButton")->isEnabled()); // one evaluation at a time
        QVERIFY(button("evaluationCancelButton")->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(!button("evaluationCancelButton")->isEnabled());
        QCOMPARE(view->evaluationCount(), 3);
        auto* confusion = child<QTableWidget>(m_window, "confusionTableWidget");
        for (int column = 0; column < 2; ++column) {
            view->showCell(1, column);
            QCOMPARE(view->cellImages()->rowCount(), confusion->item(1, column)->data(Qt::UserRole).toInt());
        }
        QCOMPARE(child<QListView>(m_window, "cellThumbnailListView")->model()->rowCount(),
                 confusion->item(1, 1)->data(Qt::UserRole).toInt());
    }

    void reshowsARunFromTheHistory()
    {
        auto* history = child<RunHistory>(m_window, "runHistory");
        QCOMPARE(history->runs()->count(), 1); // the cancelled run is not kept
        QCOMPARE(child<QListWidget>(m_window, "runHistoryListWidget")->count(), 1);
        QCOMPARE(history->runs()->at(0).config.epochs, 3);
        QCOMPARE(static_cast<int>(history->runs()->at(0).batches.size()), 9);
        child<QSpinBox>(m_window, "epochsSpinBox")->setValue(7);
        plots()->clear();
        QSignalSpy modelOpened(m_window, &MainWindow::modelOpened);
        history->reopen(0);
        QCOMPARE(child<QSpinBox>(m_window, "epochsSpinBox")->value(), 3);
        QCOMPARE(plots()->trainingPointCount(), 9);
        QCOMPARE(plots()->validationPointCount(), 3);
        QCOMPARE(child<QComboBox>(m_window, "evaluationSourceComboBox")->count(), 2);
        QVERIFY(modelOpened.wait(30000)); // its model file is unchanged: it is reopened too
    }

    void reviewsAMistakeAndRetrainsWithoutIt()
    {
        auto* review = child<EvaluationView>(m_window, "evaluationView")->errorReview();
        const QString train = m_workspace.dataset + "/train/";
        const std::vector<std::string> paths = {(train + "benign/0.png").toStdString(),
                                                (train + "benign/1.png").toStdString(),
                                                (train + "malignant/2.png").toStdString()};
        // Two mistakes: the 95% one must come first.
        review->setSamples(
            {{"benign", "malignant"}, {paths, {0, 0, 1}, {{0.3, 0.7}, {0.9, 0.1}, {0.95, 0.05}}}, {1, 0, 0}});
        auto* list = child<QListWidget>(m_window, "reviewListWidget");
        QCOMPARE(list->count(), 2);
        QVERIFY2(list->item(0)->text().startsWith("95.0%  malignant → benign  2.png"),
                 qPrintable(list->item(0)->text()));
        QCOMPARE(list->currentRow(), 0);
        // Its Grad-CAM overlay (the model is open) replaces "Loading…".
        auto* preview = child<QLabel>(m_window, "reviewPreviewLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 30000);
        QVERIFY(!button("reviewRetrainButton")->isEnabled());

        button("reviewMislabelledButton")->click();
        QVERIFY(list->item(0)->text().endsWith("[mislabelled]"));
        QCOMPARE(list->currentRow(), 1); // on to the next mistake
        const ReviewMarks marks = loadReviewMarks(m_workspace.dataset.toStdString());
        QCOMPARE(static_cast<int>(marks.size()), 1);
        QVERIFY(marks.at("train/malignant/2.png") == ReviewMark::Mislabelled);
        QVERIFY(button("reviewRetrainButton")->isEnabled());

        QSignalSpy modelOpened(m_window, &MainWindow::modelOpened);
        button("reviewRetrainButton")->click();
        answerReplaceQuestion();
        QVERIFY(modelOpened.wait(120000));
        // The dataset was scanned again without the marked image: 15 malignant images instead of 16.
        QCOMPARE(child<QTableWidget>(m_window, "classTableWidget")->item(1, 4)->text(), QString("15"));
        QCOMPARE(child<RunHistory>(m_window, "runHistory")->runs()->count(), 2);

        markImage(m_workspace.dataset.toStdString(), paths[2], std::nullopt); // the later tests use every image
        QVERIFY(!QFileInfo::exists(QString::fromStdString(reviewMarksPath(m_workspace.dataset.toStdString()))));
    }

    void classifiesADroppedImage()
    {
        const QString image = m_workspace.dataset + "/test/malignant/" +
                              QDir(m_workspace.dataset + "/test/malignant").entryList(QDir::Files).value(0);
        auto* classifyView = child<QWidget>(m_window, "classifyView");
        child<QTabWidget>(m_window, "viewTabWidget")->setCurrentWidget(classifyView);
        dropUrl(classifyView, image);
        auto* predicted = child<QLabel>(m_window, "predictedClassLabel");
        QTRY_VERIFY_WITH_TIMEOUT(predicted->text() == "benign" || predicted->text() == "malignant", 30000);
        // The window's answer is the engine's for the same model and image.
        const Prediction expected = Classifier::open(m_workspace.model.toStdString()).predict(image.toStdString());
        QCOMPARE(predicted->text(), QString(expected.predictedClass == 0 ? "benign" : "malignant"));
        for (int c = 0; c < 2; ++c)
            QVERIFY(std::abs(
                        child<QProgressBar>(m_window, qPrintable(QString("probability%1ProgressBar").arg(c)))->value() -
                        expected.probabilities[static_cast<std::size_t>(c)] * 1000) <= 1);
        QVERIFY(child<QLabel>(m_window, "classifyErrorLabel")->isHidden());

        // Grad-CAM over the image: the opacity slider and the check box redraw it.
        auto* heatmap = child<QCheckBox>(m_window, "heatmapCheckBox");
        auto* opacity = child<QSlider>(m_window, "heatmapOpacitySlider");
        auto* shown = child<QLabel>(m_window, "classifiedImageLabel");
        QVERIFY(heatmap->isEnabled() && heatmap->isChecked());
        opacity->setValue(0);
        const QImage plain = shown->pixmap().toImage();
        opacity->setValue(100);
        QVERIFY(shown->pixmap().toImage() != plain);
        heatmap->setChecked(false);
        QCOMPARE(shown->pixmap().toImage(), plain);
        heatmap->setChecked(true);
        opacity->setValue(50);
    }

    void exportsTorchScriptAndClassifiesWithIt()
    {
        const int before = child<QProgressBar>(m_window, "probability1ProgressBar")->value();
        const QString exported = m_workspace.root + "/exported.pt";
        QSignalSpy modelExported(m_window, &MainWindow::modelExported);
        m_window->exportModel(exported, ExportFormat::TorchScript);
        QVERIFY(modelExported.wait(60000));
        QCOMPARE(modelExported.at(0).at(0).toStringList(), QStringList{exported});

        // A TorchScript file is code: the window asks before opening it.
        QSignalSpy modelOpened(m_window, &MainWindow::modelOpened);
        m_window->openModel(exported);
        QMessageBox* warning = nullptr;
        QTRY_VERIFY((warning = m_window->findChild<QMessageBox*>("codeWarningMessageBox")) != nullptr);
        QVERIFY(warning->text().contains("contains code"));
        warning->button(QMessageBox::Open)->click();
        QVERIFY(modelOpened.wait(30000));
        QVERIFY(!child<QAction>(m_window, "exportModelAction")->isEnabled()); // nothing to export it from
        QVERIFY(!child<QCheckBox>(m_window, "heatmapCheckBox")->isEnabled()); // no Grad-CAM through a script

        // The same image gets the same answer from the export.
        const QString image = m_workspace.dataset + "/test/malignant/" +
                              QDir(m_workspace.dataset + "/test/malignant").entryList(QDir::Files).value(0);
        auto* bar = child<QProgressBar>(m_window, "probability1ProgressBar");
        bar->reset(); // value -1 until the new answer arrives
        dropUrl(child<QWidget>(m_window, "classifyView"), image);
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 0, 30000);
        QCOMPARE(bar->value(), before);
    }

    void reportsAnUnreadableImage()
    {
        const QString bogus = m_workspace.root + "/broken.png";
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a png");
        file.close();
        dropUrl(child<QWidget>(m_window, "classifyView"), bogus);
        auto* error = child<QLabel>(m_window, "classifyErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 10000);
        QVERIFY(error->text().contains("broken.png"));
    }

    // The classic recipe's raw features at the largest learning rate: the head calls every
    // image one class, and the Train view says so with what to try.
    void warnsWhenTheModelCallsEveryImageOneClass()
    {
        auto* warning = child<QLabel>(m_window, "trainingWarningLabel");
        QVERIFY(warning->isHidden()); // the runs so far told the classes apart
        auto* scaling = child<QComboBox>(m_window, "featureScalingComboBox");
        auto* rate = child<QDoubleSpinBox>(m_window, "learningRateSpinBox");
        scaling->setCurrentIndex(scaling->findData(QString("none")));
        rate->setValue(10);
        child<QSpinBox>(m_window, "epochsSpinBox")->setValue(2);
        child<QTabWidget>(m_window, "viewTabWidget")->setCurrentIndex(1);
        QSignalSpy modelOpened(m_window, &MainWindow::modelOpened);
        button("trainButton")->click();
        answerReplaceQuestion();
        QVERIFY(modelOpened.wait(120000));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains("same class"), qPrintable(warning->text()));
        scaling->setCurrentIndex(scaling->findData(QString("normalise")));
        rate->setValue(0.001);
    }

    // Without a chosen output model every run writes a file of its own, which its row in the run
    // history opens; removing runs can remove their files too, after a question.
    void keepsEveryRunsModelAndRemovesThemOnRequest()
    {
        auto* output = child<QLineEdit>(m_window, "modelPathLineEdit");
        output->clear();
        child<QSpinBox>(m_window, "epochsSpinBox")->setValue(1);
        const QString first = trainAndWait(), second = trainAndWait();
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first != second);
        QVERIFY2(QFileInfo(first).fileName().startsWith(QFileInfo(m_workspace.dataset).fileName() + ' '),
                 qPrintable(first));
        QVERIFY(first.endsWith(".tlmodel") && QFileInfo::exists(first) && QFileInfo::exists(second));

        auto* history = child<RunHistory>(m_window, "runHistory");
        const int runs = history->runs()->count();
        QCOMPARE(history->runs()->at(runs - 2).modelPath, first);
        QSignalSpy modelOpened(m_window, &MainWindow::modelOpened);
        history->reopen(runs - 2);
        QVERIFY(modelOpened.wait(30000));
        QCOMPARE(modelOpened.at(0).at(0).toString(), first); // its own file, not the last run's

        auto* list = child<QListWidget>(m_window, "runHistoryListWidget");
        list->clearSelection();
        list->item(runs - 1)->setSelected(true);
        button("deleteRunsButton")->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox*>("deleteRunsMessageBox")) != nullptr);
        box->checkBox()->setChecked(true);
        for (QAbstractButton* choice : box->buttons())
            if (choice->text() == "&Remove")
                choice->click();
        QCOMPARE(history->runs()->count(), runs - 1);
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY(QFileInfo::exists(first)); // not selected: kept

        output->setText(m_workspace.model);
    }

    void offersTheWeightsInsteadOfFailingWithoutThem()
    {
        auto* weights = child<QLineEdit>(m_window, "weightsLineEdit");
        const QString installed = weights->text();
        weights->setText(m_workspace.root + "/missing-weights.h5");
        QVERIFY(!child<QWidget>(m_window, "weightsNotice")->isHidden());
        child<QTabWidget>(m_window, "viewTabWidget")->setCurrentIndex(1);
        button("trainButton")->click();
        // Train opens the weights manager instead of a red failure, and starts nothing.
        auto* dialog = m_window->findChild<QDialog*>("weightsDialog");
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(child<QLabel>(m_window, "trainingErrorLabel")->isHidden());
        QVERIFY(button("trainButton")->isEnabled());
        dialog->reject();
        weights->setText(installed);
        QVERIFY(child<QWidget>(m_window, "weightsNotice")->isHidden());
    }

    void reportsATrainingFailure()
    {
        auto* weights = child<QLineEdit>(m_window, "weightsLineEdit");
        const QString installed = weights->text();
        const QString damaged = m_workspace.root + "/damaged-weights.h5";
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not HDF5 at all") > 0);
        file.close();
        weights->setText(damaged);
        child<QTabWidget>(m_window, "viewTabWidget")->setCurrentIndex(1);
        button("trainButton")->click();
        answerReplaceQuestion();
        auto* error = child<QLabel>(m_window, "trainingErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 30000);
        QVERIFY2(error->text().contains("damaged-weights.h5") && error->text().contains("neither Keras HDF5"),
                 qPrintable(error->text()));
        QVERIFY(button("trainButton")->isEnabled());
        weights->setText(installed);
    }

    void asksBeforeQuittingDuringTraining()
    {
        child<QLineEdit>(m_window, "weightsLineEdit")->setText(m_workspace.weights);
        child<QSpinBox>(m_window, "epochsSpinBox")->setValue(5000); // far longer than the test
        child<QTabWidget>(m_window, "viewTabWidget")->setCurrentIndex(1);
        plots()->clear();
        const QDateTime modelWritten = QFileInfo(m_workspace.model).lastModified();
        button("trainButton")->click();
        answerReplaceQuestion();
        QTRY_VERIFY_WITH_TIMEOUT(plots()->trainingPointCount() > 0, 60000); // the features come from the cache

        m_window->close();
        answerQuitQuestion(QMessageBox::No);
        QVERIFY(m_window->isVisible());
        QVERIFY(!button("trainButton")->isEnabled()); // still training

        QElapsedTimer stopping;
        m_window->close();
        answerQuitQuestion(QMessageBox::Yes);
        stopping.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 5000);
        QVERIFY2(
            stopping.elapsed() < test::timeBudgetMs(1000),
            qPrintable(QString("took %1 ms (budget %2 ms)").arg(stopping.elapsed()).arg(test::timeBudgetMs(1000))));
        QVERIFY(button("trainButton")->isEnabled());                         // the run stopped before the window closed
        QCOMPARE(QFileInfo(m_workspace.model).lastModified(), modelWritten); // no model from the stopped run
    }

    void remembersTheWindowGeometry()
    {
        m_window->close();
        QVERIFY(!QSettings().value("window/geometry").toByteArray().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
