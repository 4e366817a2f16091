#pragma once
// The transferlab-cli commands. args[0] is the command name; each returns the exit code.
#include <QStringList>

namespace cli {

int runTrain(const QStringList& args);
int runEvaluate(const QStringList& args);
int runPredict(const QStringList& args);
int runReport(const QStringList& args);
int runFeatures(const QStringList& args);
int runExport(const QStringList& args);
int runBench(const QStringList& args);
int runExplain(const QStringList& args);
int runCrossValidate(const QStringList& args);
int runLeakage(const QStringList& args);
int runLearningCurve(const QStringList& args);
int runReview(const QStringList& args);
int runCache(const QStringList& args);
int runSlurm(const QStringList& args);
int runDemoWeights(const QStringList& args);

} // namespace cli
