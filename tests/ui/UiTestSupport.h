#pragma once
// Shared set-up of the UI tests: isolated settings, a workspace with seeded VGG16 weights and a
// synthetic train/test dataset, a model trained on it, and lookups of widgets by objectName.
#include "TrainConfig.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <string>

class QWidget;

namespace tl::ui {
class MainWindow;
}

namespace tl::ui::test {

struct Workspace {
    QString root, weights, dataset, cache, model;
};

// Keeps the tests' QSettings and standard paths away from the user's.
void isolateSettings();

// DIR/train/<class> with trainPerClass images and DIR/test/<class> with testPerClass (32x32 PNG).
Workspace makeWorkspace(int trainPerClass, int testPerClass);

// A time budget written for the Release build, scaled for the build that runs: 4 times under
// ASan+UBSan (TRANSFERLAB_TIME_BUDGET_SCALE), whose instrumentation slows every call and every
// libtorch thread. The check stays the same; only the clock is fair to the slower build.
constexpr int timeBudgetMs(int releaseMilliseconds)
{
    return releaseMilliseconds * TRANSFERLAB_TIME_BUDGET_SCALE;
}

// The engine tests' small training (32 px, fp32) on the workspace's seeded VGG16 weights and cache.
TrainConfig workspaceTrainConfig(const Workspace& workspace);
// Trains a model on the workspace's dataset with workspaceTrainConfig into workspace.root/name,
// and returns that path.
std::string trainModelFile(const Workspace& workspace, const QString& name, int epochs);

// Fills the Train form for a fast CPU run: 32-pixel images, batch 8, no early stopping, fp32.
void configureFastTraining(QObject* window, const Workspace& workspace, int epochs);

// Drags a local file or folder onto target and drops it there, as a user would; both events must
// be accepted.
void dropUrl(QWidget* target, const QString& path);

template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace tl::ui::test
