// The main window's menus, tool bar and status bar: its actions and their shortcuts. (The views and
// their wiring are in MainWindow.cpp.)
#include "MainWindow.h"

#include "RecentDatasetsMenu.h"
#include "ViewMenu.h"
#include "WeightsGuide.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace tl::ui {

void MainWindow::createActions()
{
    QStyle* style = this->style();
    auto makeAction = [this](const QString& name, const QIcon& icon, const QString& text, const QKeySequence& keys,
                             const QString& tip) {
        auto* action = new QAction(icon, text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setStatusTip(tip);
        return action;
    };
    m_openDatasetAction =
        makeAction("openDatasetAction", style->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Dataset…"),
                   QKeySequence(tr("Ctrl+O")), tr("Open a folder with one sub-folder of images per class"));
    auto* openModel = makeAction("openModelAction", style->standardIcon(QStyle::SP_DialogOpenButton),
                                 tr("Open &Model…"), QKeySequence(tr("Ctrl+Shift+O")), tr("Open a trained model file"));
    m_saveModelAction =
        makeAction("saveModelAsAction", style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save Model As…"),
                   QKeySequence(tr("Ctrl+S")), tr("Save a copy of the current model"));
    m_exportAction = makeAction("exportModelAction", {}, tr("&Export Model…"), QKeySequence(tr("Ctrl+E")),
                                tr("Export the current model as TorchScript, ONNX or a model card"));
    auto* weights = makeAction("weightsAction", {}, tr("ImageNet &Weights…"), {},
                               tr("Download or locate the pretrained weights of the backbone the Train view names"));
    auto* quit = makeAction("quitAction", {}, tr("&Quit"), QKeySequence(tr("Ctrl+Q")), tr("Quit TransferLab"));
    auto* about = makeAction("aboutAction", {}, tr("&About TransferLab"), {}, tr("About TransferLab"));
    connect(m_openDatasetAction, &QAction::triggered, this, &MainWindow::chooseDataset);
    connect(openModel, &QAction::triggered, this, &MainWindow::chooseModel);
    connect(m_saveModelAction, &QAction::triggered, this, &MainWindow::saveModelAs);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExport);
    connect(weights, &QAction::triggered, m_weightsGuide, [this] { m_weightsGuide->openManager(); });
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName("fileMenu");
    file->addAction(m_openDatasetAction);
    m_recentMenu = new RecentDatasetsMenu(tr("&Recent Datasets"), file);
    connect(m_recentMenu, &RecentDatasetsMenu::chosen, this, &MainWindow::openDataset);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(openModel);
    file->addAction(m_saveModelAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(weights);
    file->addSeparator();
    file->addAction(quit);
    addViewMenu(menuBar(), m_tabs);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName("helpMenu");
    help->addAction(about);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName("mainToolBar");
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openDatasetAction);
    toolBar->addAction(openModel);
    toolBar->addAction(m_saveModelAction);
}

void MainWindow::createStatusBar()
{
    m_datasetStatus = new QLabel(tr("No dataset"), this);
    m_datasetStatus->setObjectName("datasetStatusLabel");
    m_modelStatus = new QLabel(tr("No model"), this);
    m_modelStatus->setObjectName("modelStatusLabel");
    statusBar()->setObjectName("statusBar");
    statusBar()->addPermanentWidget(m_datasetStatus);
    statusBar()->addPermanentWidget(m_modelStatus);
}

} // namespace tl::ui
