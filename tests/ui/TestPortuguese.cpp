// The main flow in Brazilian Portuguese: a window built with the pt_BR catalogue must show no text
// that the same window in English shows, word for word, apart from a short list of names. Two
// windows go through the same steps (open the dataset, train, classify an image, open the weights
// manager and the cross-validation dialog); every text a user can read (titles, menus, actions,
// buttons, labels, tool tips, table headers, plot axes, combo entries, spin box suffixes) is
// collected from each, dialogs included, and compared where they are the same widget.
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include <qcustomplot.h>

#include <QtTest>
#include <QtWidgets>

using namespace tl::ui;
using tl::ui::test::child;

namespace {

// Names and words that both languages write the same way, and the fixture's folder and class
// names (data, not UI).
const QStringList kSameInBothLanguages = {
    "VGG16",   "MobileNetV2", "ImageNet", "ROC",     "AUC",    "F1",          "Grad-CAM", "ONNX", "TorchScript",
    "ECE",     "Keras",       "HDF5",     "CUDA",    "GPU",    "CPU",         "FP32",     "BF16", "INT8",
    "Adam",    "SGD",         "Flatten",  "Dropout", "Total",  "TransferLab", "XDG",      "px",   "MB",
    "English", "Português",   "Brasil",   "dataset", "benign", "malignant",   "Classes"};

// What is left of a text once names, numbers, paths and punctuation are taken out: the words a
// translation should have changed.
QString wordsToTranslate(QString text)
{
    text.remove(QRegularExpression("<[^>]*>"));              // markup
    text.remove(QRegularExpression("\\S*/\\S*"));            // paths
    text.remove(QRegularExpression("\\S+\\.[a-z]{2,4}\\b")); // file names
    for (const QString& name : kSameInBothLanguages)
        text.remove(QRegularExpression("\\b" + QRegularExpression::escape(name) + "\\b"));
    text.remove(QRegularExpression("[^\\p{L}]+"));
    return text;
}

class TextCollector {
public:
    QMap<QString, QString> texts;

    void add(const QString& where, const QString& text)
    {
        if (!text.isEmpty())
            texts.insert(where, text);
    }

    // A window or a dialog, with everything in it; `name` keeps the keys of two of them apart.
    void collect(const QString& name, QWidget* window)
    {
        add(name + " windowTitle", window->windowTitle());
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        for (int i = 0; i < widgets.size(); ++i)
            collectWidget(QString("%1 %2:%3:%4")
                              .arg(name)
                              .arg(i)
                              .arg(widgets[i]->metaObject()->className(), widgets[i]->objectName()),
                          widgets[i]);
        const QList<QAction*> actions = window->findChildren<QAction*>();
        for (int i = 0; i < actions.size(); ++i) {
            const QString where = QString("%1 action %2:%3").arg(name).arg(i).arg(actions[i]->objectName());
            add(where + " text", actions[i]->text());
            add(where + " toolTip",
                actions[i]->toolTip() == QString(actions[i]->text()).remove('&') ? QString() : actions[i]->toolTip());
            add(where + " statusTip", actions[i]->statusTip());
        }
    }

private:
    void collectWidget(const QString& where, QWidget* widget)
    {
        add(where + " toolTip", widget->toolTip());
        add(where + " statusTip", widget->statusTip());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(where + " text", label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(where + " text", button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(where + " title", group->title());
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(where + " placeholder", edit->placeholderText());
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
            add(where + " special", spin->specialValueText());
        if (auto* spin = qobject_cast<QSpinBox*>(widget))
            add(where + " suffix", spin->suffix());
        if (auto* bar = qobject_cast<QProgressBar*>(widget))
            add(where + " format", bar->format() == "%p%" ? QString() : bar->format());
        if (auto* tabs = qobject_cast<QTabWidget*>(widget))
            for (int t = 0; t < tabs->count(); ++t) {
                add(where + QString(" tab %1").arg(t), tabs->tabText(t));
                add(where + QString(" tabToolTip %1").arg(t), tabs->tabToolTip(t));
            }
        if (auto* box = qobject_cast<QComboBox*>(widget))
            for (int item = 0; item < box->count(); ++item)
                add(where + QString(" item %1").arg(item), box->itemText(item));
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model())
            collectHeaders(where, view->model());
        if (auto* plot = qobject_cast<QCustomPlot*>(widget)) {
            for (QCPAxis* axis : plot->axisRect()->axes())
                add(where + QString(" axis %1").arg(axis->axisType()), axis->label());
            for (int p = 0; p < plot->plottableCount(); ++p)
                add(where + QString(" plottable %1").arg(p), plot->plottable(p)->name());
        }
    }

    void collectHeaders(const QString& where, const QAbstractItemModel* model)
    {
        for (const Qt::Orientation orientation : {Qt::Horizontal, Qt::Vertical}) {
            const int count = orientation == Qt::Horizontal ? model->columnCount() : model->rowCount();
            for (int section = 0; section < count; ++section)
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QVariant header = model->headerData(section, orientation, role);
                    // Row headers that only number the rows are not words.
                    if (header.userType() == QMetaType::QString)
                        add(where + QString(" header %1 %2 %3").arg(orientation).arg(section).arg(role),
                            header.toString());
                }
        }
    }
};

} // namespace

class TestPortuguese : public QObject {
    Q_OBJECT

    test::Workspace m_workspace;

    // Opens a dialog of the window as a user would, collects its texts and closes it.
    template <typename Open>
    static void collectDialog(TextCollector& collector, QWidget* window, const char* name, Open open)
    {
        open();
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QDialog*>(name)) != nullptr && dialog->isVisible());
        collector.collect(name, dialog);
        dialog->reject();
        QTRY_VERIFY(window->findChild<QDialog*>(name) == nullptr || !dialog->isVisible());
    }

    // Opens the dataset, trains a model to `model`, classifies a test image; collects every text.
    void runTheMainFlow(const QString& model, QMap<QString, QString>& texts)
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDataset(m_workspace.dataset);
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&window, "trainButton")->isEnabled(), 30000);
        test::configureFastTraining(&window, m_workspace, 2);
        child<QLineEdit>(&window, "modelPathLineEdit")->setText(model);
        QSignalSpy opened(&window, &MainWindow::modelOpened);
        child<QAbstractButton>(&window, "trainButton")->click();
        QVERIFY(opened.wait(120000));
        const QDir test(m_workspace.dataset + "/test/malignant");
        window.classifyImage(test.filePath(test.entryList(QDir::Files).value(0)));
        auto* predicted = child<QLabel>(&window, "predictedClassLabel");
        QTRY_VERIFY_WITH_TIMEOUT(predicted->text() == "benign" || predicted->text() == "malignant", 30000);
        // The count of cached features, made again once the run is over (the window shows the
        // trained model at once, without reading it back), is on screen too.
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&window, "cachedFeaturesLabel")->isHidden(), 30000);
        TextCollector collector;
        for (int view = 0; view < 4; ++view) { // every view once shown, as a user goes through them
            child<QTabWidget>(&window, "viewTabWidget")->setCurrentIndex(view);
            QTest::qWait(50);
        }
        collector.collect("window", &window);
        collectDialog(collector, &window, "weightsDialog",
                      [&] { child<QAction>(&window, "weightsAction")->trigger(); });
        collectDialog(collector, &window, "crossValidationDialog", [&] {
            child<QTabWidget>(&window, "viewTabWidget")->setCurrentIndex(1);
            child<QAbstractButton>(&window, "crossValidateButton")->click();
        });
        texts = collector.texts;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_workspace = test::makeWorkspace(6, 2);
    }

    void cleanupTestCase() { QDir(m_workspace.root).removeRecursively(); }

    // View > Language stores the choice that the next start passes to installTranslations().
    void languageMenuRemembersTheChoice()
    {
        MainWindow window;
        child<QAction>(&window, "languagePortugueseAction")->trigger();
        QCOMPARE(storedLanguage(), QString("pt_BR"));
        QVERIFY(child<QAction>(&window, "languagePortugueseAction")->isChecked());
        QVERIFY(!child<QAction>(&window, "languageSystemAction")->isChecked());
        QCOMPARE(MainWindow().findChild<QAction*>("languagePortugueseAction")->isChecked(), true); // a new window too
        child<QAction>(&window, "languageSystemAction")->trigger();
        QCOMPARE(storedLanguage(), QString());
    }

    void showsNoEnglishTextInPortuguese()
    {
        QMap<QString, QString> english, portuguese;
        runTheMainFlow(m_workspace.root + "/english.h5", english);
        QVERIFY(!QTest::currentTestFailed() && english.size() > 200);
        QCOMPARE(tl::i18n::installTranslations("pt_BR"), QString("pt_BR"));
        runTheMainFlow(m_workspace.root + "/portuguese.h5", portuguese);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(portuguese.keys(), english.keys()); // the same widgets, so the comparison is text by text

        QStringList stillEnglish;
        for (auto text = portuguese.cbegin(); text != portuguese.cend(); ++text)
            if (text.value() == english.value(text.key()) && !wordsToTranslate(text.value()).isEmpty())
                stillEnglish << text.key() + ": " + text.value();
        if (!stillEnglish.isEmpty())
            QFAIL(qPrintable("still English in the pt_BR window:\n" + stillEnglish.join('\n')));

        // The views by their Portuguese names; no English command left.
        const QStringList all = portuguese.values();
        for (const char* view : {"Dados", "Treinar", "Avaliar", "Classificar"})
            QVERIFY2(!all.filter(view).isEmpty(), qPrintable(view));
        QVERIFY(all.filter("Open Dataset").isEmpty());
        QCOMPARE(QLocale().toString(0.826, 'f', 3), QString("0,826")); // numbers in the locale's format
    }
};

QTEST_MAIN(TestPortuguese)
#include "TestPortuguese.moc"
