#pragma once
// The weights manager: says whether a backbone's ImageNet weights are installed, downloads them
// from Keras' official URL (progress, cancel, then the MD5 check where Keras publishes one and a
// full load of the file) or accepts a local copy ("Locate File…", Keras .h5 or TorchScript .pt)
// after checking that it really holds that backbone.
#include "Backbones.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tl::ui {

class WeightsDownloader;

class WeightsDialog : public QDialog {
    Q_OBJECT
public:
    // url and md5 default to the official Keras file (url: or the mirror in $TRANSFERLAB_WEIGHTS_URL);
    // tests point them at a local server.
    explicit WeightsDialog(QWidget* parent = nullptr, BackboneId backbone = BackboneId::Vgg16, const QString& url = {},
                           const QByteArray& md5 = {});

    // Where the backbone's weights live (the XDG data folder).
    static QString installedPath(BackboneId backbone);

public slots:
    void download();
    void locate(const QString& file = {});

signals:
    // A verified weights file is in place.
    void weightsReady(const QString& path);
    // The download did not complete (offline, refused, wrong checksum, cancelled), with why.
    void downloadFailed(const QString& message);

private:
    void refreshStatus();
    void setBusy(bool busy);
    void showProblem(const QString& message);
    void checkDownload(const QString& path);

    BackboneId m_backbone;
    QString m_url;
    QByteArray m_md5;
    WeightsDownloader* m_downloader;
    QLabel* m_status;
    QLabel* m_problem;
    QProgressBar* m_progress;
    QPushButton* m_downloadButton;
    QPushButton* m_cancelButton;
    QPushButton* m_locateButton;
};

} // namespace tl::ui
