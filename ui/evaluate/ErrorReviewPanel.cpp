#include "ErrorReviewPanel.h"

#include "AsyncTask.h"
#include "EngineBridge.h"
#include "Translations.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tl::ui {
namespace {

constexpr int kPreviewSide = 320;
constexpr double kPreviewOpacity = 0.45;

} // namespace

ErrorReviewPanel::ErrorReviewPanel(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_allButton(new QPushButton(tr("&All Mistakes"), this)),
      m_list(new QListWidget(this)), m_preview(new QLabel(this)), m_details(new QLabel(this)),
      m_mislabelledButton(new QPushButton(tr("Mark &Mislabelled"), this)),
      m_excludeButton(new QPushButton(tr("E&xclude"), this)), m_clearButton(new QPushButton(tr("C&lear Mark"), this)),
      m_marksLabel(new QLabel(this)), m_retrainButton(new QPushButton(tr("&Retrain Without Marked Images"), this))
{
    m_caption->setObjectName("reviewCaptionLabel");
    m_caption->setWordWrap(true);
    m_allButton->setObjectName("reviewAllMistakesButton");
    m_allButton->setToolTip(tr("List every misclassified image again, not only one cell of the confusion matrix"));
    m_list->setObjectName("reviewListWidget");
    m_list->setToolTip(tr("Misclassified images, the most confident mistakes first: they are the likeliest label "
                          "errors and the costliest misses"));
    m_preview->setObjectName("reviewPreviewLabel");
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(120, 120);
    m_details->setObjectName("reviewDetailsLabel");
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mislabelledButton->setObjectName("reviewMislabelledButton");
    m_mislabelledButton->setToolTip(tr("The image's folder names the wrong class: leave it out of training until its "
                                       "label is fixed"));
    m_excludeButton->setObjectName("reviewExcludeButton");
    m_excludeButton->setToolTip(tr("Leave the image out of training and evaluation (blurred, not a lesion…)"));
    m_clearButton->setObjectName("reviewClearButton");
    m_clearButton->setToolTip(tr("Use the image again"));
    m_marksLabel->setObjectName("reviewMarksLabel");
    m_marksLabel->setWordWrap(true);
    m_retrainButton->setObjectName("reviewRetrainButton");
    m_retrainButton->setToolTip(tr("Scan the dataset again without the marked images and train with the current "
                                   "settings; every other image's features come from the cache"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_caption, 1);
    header->addWidget(m_allButton);
    auto* marks = new QHBoxLayout;
    marks->addWidget(m_mislabelledButton);
    marks->addWidget(m_excludeButton);
    marks->addWidget(m_clearButton);
    auto* detail = new QVBoxLayout;
    detail->addWidget(m_preview, 1);
    detail->addWidget(m_details);
    detail->addLayout(marks);
    auto* body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(detail, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_marksLabel, 1);
    footer->addWidget(m_retrainButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    layout->addLayout(footer);

    connect(m_allButton, &QPushButton::clicked, this, &ErrorReviewPanel::showAllMistakes);
    connect(m_list, &QListWidget::currentRowChanged, this, &ErrorReviewPanel::showSelected);
    connect(m_mislabelledButton, &QPushButton::clicked, this, [this] { markSelected(ReviewMark::Mislabelled); });
    connect(m_excludeButton, &QPushButton::clicked, this, [this] { markSelected(ReviewMark::Excluded); });
    connect(m_clearButton, &QPushButton::clicked, this, [this] { markSelected(std::nullopt); });
    connect(m_retrainButton, &QPushButton::clicked, this, &ErrorReviewPanel::retrainRequested);
    showAllMistakes();
}

void ErrorReviewPanel::setSamples(Samples samples)
{
    m_samples = std::move(samples);
    showAllMistakes();
}

void ErrorReviewPanel::setClassifier(const std::optional<Classifier>& classifier)
{
    m_classifier = classifier;
    showSelected();
}

void ErrorReviewPanel::setDatasetRoot(const std::string& root)
{
    m_datasetRoot = root;
    try {
        m_marks = loadReviewMarks(root);
    } catch (const std::exception& error) {
        m_marks.clear();
        emit statusMessage(i18n::errorText(error));
    }
    fillList(std::nullopt, std::nullopt);
}

void ErrorReviewPanel::showCell(int trueClass, int predictedClass)
{
    fillList(trueClass, predictedClass);
}

void ErrorReviewPanel::showAllMistakes()
{
    fillList(std::nullopt, std::nullopt);
}

void ErrorReviewPanel::fillList(std::optional<int> trueClass, std::optional<int> predictedClass)
{
    m_items = misclassifiedImages(m_samples.scored, m_samples.predicted, trueClass, predictedClass);
    m_allButton->setEnabled(trueClass.has_value());
    if (m_samples.scored.paths.empty())
        m_caption->setText(tr("This evaluation comes from training and has no image list: use Evaluate Dataset to "
                              "review its mistakes."));
    else if (trueClass)
        m_caption->setText(tr("%n mistake(s) of class “%1” predicted as “%2”, most confident first.", nullptr,
                              static_cast<int>(m_items.size()))
                               .arg(toQString(m_samples.classes[static_cast<std::size_t>(*trueClass)]),
                                    toQString(m_samples.classes[static_cast<std::size_t>(*predictedClass)])));
    else
        m_caption->setText(
            tr("%n misclassified image(s), most confident first.", nullptr, static_cast<int>(m_items.size())));
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ReviewItem& item : m_items)
        m_list->addItem(itemText(item));
    m_list->setCurrentRow(m_items.empty() ? -1 : 0);
    showSelected();
}

QString ErrorReviewPanel::itemText(const ReviewItem& item) const
{
    const auto mark = m_marks.find(m_datasetRoot.empty() ? std::string() : reviewKey(m_datasetRoot, item.path));
    const QString markText = mark == m_marks.end()                     ? QString()
                             : mark->second == ReviewMark::Mislabelled ? tr(" [mislabelled]")
                                                                       : tr(" [excluded]");
    return tr("%1%  %2 → %3  %4%5")
        .arg(localNumber(100 * item.confidence, 1))
        .arg(toQString(m_samples.classes[static_cast<std::size_t>(item.trueClass)]),
             toQString(m_samples.classes[static_cast<std::size_t>(item.predictedClass)]),
             QFileInfo(toQString(item.path)).fileName(), markText);
}

void ErrorReviewPanel::showSelected()
{
    updateMarkControls();
    const int row = m_list->currentRow();
    const int request = ++m_request;
    if (row < 0 || row >= static_cast<int>(m_items.size())) {
        m_preview->clear();
        m_details->clear();
        return;
    }
    const ReviewItem& item = m_items[static_cast<std::size_t>(row)];
    m_details->setText(tr("%1\nTrue class: %2 — predicted: %3 (%4%)")
                           .arg(toQString(item.path),
                                toQString(m_samples.classes[static_cast<std::size_t>(item.trueClass)]),
                                toQString(m_samples.classes[static_cast<std::size_t>(item.predictedClass)]))
                           .arg(localNumber(100 * item.confidence, 1)));
    m_preview->setText(tr("Loading…"));
    const bool explain = m_classifier && m_classifier->canExplain();
    runAsync(
        this,
        [classifier = m_classifier, path = item.path, predicted = item.predictedClass, explain] {
            const RgbImage image = decodeImage(path);
            QImage shown = toQImage(image);
            if (shown.width() > kPreviewSide || shown.height() > kPreviewSide)
                shown = shown.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            if (!explain)
                return shown;
            // Where the model looked when it chose the wrong class.
            const Heatmap heatmap = classifier->explain(image, predicted).heatmap;
            return toQImage(overlayHeatmap(toRgbImage(shown), heatmap, kPreviewOpacity));
        },
        [this, request](const QImage& image) {
            if (request == m_request)
                m_preview->setPixmap(QPixmap::fromImage(image));
        },
        [this, request](const QString& message) {
            if (request == m_request)
                m_preview->setText(tr("Cannot show the image: %1").arg(message));
        });
}

void ErrorReviewPanel::markSelected(std::optional<ReviewMark> mark)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_items.size()) || m_datasetRoot.empty())
        return;
    const ReviewItem& item = m_items[static_cast<std::size_t>(row)];
    try {
        m_marks = markImage(m_datasetRoot, item.path, mark);
    } catch (const std::exception& error) {
        emit statusMessage(tr("Cannot save the mark: %1").arg(i18n::errorText(error)));
        return;
    }
    m_list->item(row)->setText(itemText(item));
    updateMarkControls();
    if (row + 1 < m_list->count() && mark) // on to the next mistake, as in a review queue
        m_list->setCurrentRow(row + 1);
}

void ErrorReviewPanel::updateMarkControls()
{
    const bool selected = m_list->currentRow() >= 0 && !m_datasetRoot.empty();
    m_mislabelledButton->setEnabled(selected);
    m_excludeButton->setEnabled(selected);
    m_clearButton->setEnabled(selected);
    m_retrainButton->setEnabled(!m_marks.empty());
    m_marksLabel->setText(m_marks.empty() ? tr("No image is marked.")
                                          : tr("%n image(s) marked, left out of the next training (kept in %1).",
                                               nullptr, static_cast<int>(m_marks.size()))
                                                .arg(QFileInfo(toQString(reviewMarksPath(m_datasetRoot))).fileName()));
}

} // namespace tl::ui
