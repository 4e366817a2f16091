// The Train view's form is made from the engine's option table: one editor per option, showing
// its default, and what the editors hold is what config() returns.
#include "Paths.h"
#include "TrainingForm.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>

using namespace tl;
using namespace tl::ui;

class TestTrainingForm : public QObject {
    Q_OBJECT
private slots:
    void init() { test::isolateSettings(); }

    // Earlier versions stored their single default model path: it now means a new file per run,
    // wherever it was stored; a path the user chose stays.
    void formerDefaultOutputModelMeansANewFilePerRun()
    {
        const QString former = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/models/model.h5";
        for (const QString& stored : {former, QString::fromStdString(defaultModelsDir()) + "/model.h5"}) {
            QSettings().setValue("training/modelPath", stored);
            QVERIFY2(TrainingForm().modelPath().isEmpty(), qPrintable(stored));
        }
        QSettings().setValue("training/modelPath", "/data/lesions.tlmodel");
        QCOMPARE(TrainingForm().modelPath(), QString("/data/lesions.tlmodel"));
    }

    // The recipe's essentials are in view; the rest is folded under Advanced options until asked for.
    void foldsAllButTheEssentialsUnderAdvanced()
    {
        TrainingForm form;
        form.resize(700, 900);
        form.QWidget::show(); // TrainingForm::show(option, value) shows a value
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* advanced = test::child<QWidget>(&form, "advancedOptionsWidget");
        QVERIFY(!advanced->isVisible());
        QStringList essentials;
        for (const TrainOption& option : trainOptions())
            if (form.editor(option.key)->isVisible())
                essentials << QString::fromStdString(option.key);
        QCOMPARE(essentials, QStringList({"backbone", "weights", "head", "hidden_units", "dropout", "learning_rate",
                                          "batch_size", "epochs", "augmentation"}));
        test::child<QToolButton>(&form, "advancedOptionsButton")->click();
        QVERIFY(advanced->isVisible());
        for (const TrainOption& option : trainOptions())
            QVERIFY2(form.editor(option.key)->isVisible(), option.key.c_str());
    }

    void everyOptionHasAnEditorShowingItsDefault()
    {
        TrainingForm form;
        TrainConfig expected;
        expected.weightsPath = defaultWeightsPath(BackboneId::Vgg16); // the form shows where the weights go
        for (const TrainOption& option : trainOptions()) {
            QWidget* editor = form.editor(option.key);
            QVERIFY2(editor && !editor->toolTip().isEmpty(), option.key.c_str());
            QCOMPARE(option.get(form.config()), option.get(expected));
        }
        auto* epochs = test::child<QSpinBox>(&form, "epochsSpinBox");
        QCOMPARE(epochs->value(), 10);
        QCOMPARE(epochs->maximum(), 10000);
        QCOMPARE(test::child<QSpinBox>(&form, "imageSizeSpinBox")->singleStep(), 32);
        QCOMPARE(test::child<QComboBox>(&form, "headComboBox")->currentData().toString(), QString("flatten"));
        QCOMPARE(test::child<QSpinBox>(&form, "fineTuneEpochsSpinBox")->specialValueText(), QString("Off"));
        // An excluded bound stops one step inside: the learning rate is above 0.
        QCOMPARE(test::child<QDoubleSpinBox>(&form, "learningRateSpinBox")->minimum(), 0.000001);
    }

    // Choosing a backbone shows its defaults of the head and fine-tuning's step size.
    void theBackbonesDefaultsFollowItsChoice()
    {
        TrainingForm form;
        auto* backbone = test::child<QComboBox>(&form, "backboneComboBox");
        backbone->setCurrentIndex(backbone->findData("mobilenetv2"));
        QCOMPARE(form.config().head, HeadType::GlobalAveragePool);
        QCOMPARE(test::child<QDoubleSpinBox>(&form, "fineTuneLearningRateSpinBox")->value(), 0.001);
        backbone->setCurrentIndex(backbone->findData("vgg16"));
        QCOMPARE(form.config().head, HeadType::Flatten);
        QCOMPARE(form.config().fineTuneLearningRate, 0.00001);
    }

    void editorsAndConfigAgreeBothWays()
    {
        TrainingForm form;
        TrainConfig config;
        config.learningRate = 0.0005;
        config.head = HeadType::GlobalAveragePool;
        config.temperatureScaling = true;
        config.reduceLrPatience = 7;
        config.cacheDir = "/tmp/features";
        form.setConfig(config);
        QCOMPARE(test::child<QDoubleSpinBox>(&form, "learningRateSpinBox")->value(), 0.0005);
        QVERIFY(test::child<QCheckBox>(&form, "temperatureScalingCheckBox")->isChecked());
        test::child<QSpinBox>(&form, "epochsSpinBox")->setValue(3);
        const TrainConfig read = form.config();
        QCOMPARE(read.epochs, 3);
        QCOMPARE(read.head, HeadType::GlobalAveragePool);
        QCOMPARE(read.reduceLrPatience, 7);
        QCOMPARE(QString::fromStdString(read.cacheDir), QString("/tmp/features"));
        QCOMPARE(test::child<QLineEdit>(&form, "cacheDirLineEdit")->text(), QString("/tmp/features"));
    }
};

QTEST_MAIN(TestTrainingForm)
#include "TestTrainingForm.moc"
