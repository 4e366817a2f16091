#include "Fixtures.h"
#include "ThumbnailModel.h"

#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace tl;
using namespace tl::ui;

class TestThumbnailModel : public QObject {
    Q_OBJECT
private:
    std::vector<ImageEntry> m_images;

private slots:
    void initTestCase()
    {
        const std::string dir = fixtures::makeTempDir("transferlab-thumbnails");
        fixtures::SyntheticDatasetSpec spec;
        spec.imagesPerClass = 6;
        spec.size = 40;
        const std::vector<std::string> paths = fixtures::writeSyntheticDataset(dir, spec);
        // Class by class; the first two images of each class are test images.
        for (std::size_t i = 0; i < paths.size(); ++i)
            m_images.push_back({paths[i], static_cast<int>(i / 6), i % 6 < 2 ? Split::Test : Split::Train});
        m_images.push_back({dir + "/missing.png", 0, Split::Train});
    }

    void filtersByClassAndSplit()
    {
        ThumbnailModel model;
        model.setImages(m_images, {"benign", "malignant"});
        QCOMPARE(model.rowCount(), 13);
        model.setFilter(0, std::nullopt);
        QCOMPARE(model.rowCount(), 7);
        model.setFilter(1, Split::Test);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(ThumbnailModel::LabelRole).toInt(), 1);
        QCOMPARE(model.index(0).data(ThumbnailModel::SplitRole).toInt(), static_cast<int>(Split::Test));
        model.setFilter(-1, Split::Validation);
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(-1, std::nullopt);
        QCOMPARE(model.rowCount(), 13);
    }

    void decodesThumbnailsAsynchronously()
    {
        ThumbnailModel model;
        model.setImages(m_images, {"benign", "malignant"});
        QSignalSpy changed(&model, &ThumbnailModel::dataChanged);
        const QModelIndex first = model.index(0);
        const QPixmap placeholder = first.data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(placeholder.width(), ThumbnailModel::kThumbnailSize); // returned at once, before decoding
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        const QPixmap decoded = first.data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(decoded.width(), ThumbnailModel::kThumbnailSize); // a 40-pixel image scaled up to fit
        QVERIFY(decoded.toImage() != placeholder.toImage());
    }

    void unreadableImageKeepsThePlaceholder()
    {
        ThumbnailModel model;
        model.setImages(m_images, {"benign", "malignant"});
        const QModelIndex missing = model.index(12);
        const QImage placeholder = missing.data(Qt::DecorationRole).value<QPixmap>().toImage();
        QSignalSpy changed(&model, &ThumbnailModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 5000);
        QCOMPARE(missing.data(Qt::DecorationRole).value<QPixmap>().toImage(), placeholder);
        QVERIFY(missing.data(Qt::ToolTipRole).toString().contains("missing.png"));
    }
};

QTEST_MAIN(TestThumbnailModel)
#include "TestThumbnailModel.moc"
