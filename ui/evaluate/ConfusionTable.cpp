#include "ConfusionTable.h"

#include "EngineBridge.h"

#include <QHeaderView>

#include <numeric>

namespace tl::ui {
namespace {

// Heat-map colour: from the palette's base (0) to its highlight (1), so that light and dark
// themes both read well.
QColor heatColor(double fraction, const QPalette& palette)
{
    const QColor low = palette.color(QPalette::Base), high = palette.color(QPalette::Highlight);
    auto mix = [fraction](int a, int b) { return static_cast<int>(a + (b - a) * fraction); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue()));
}

} // namespace

ConfusionTable::ConfusionTable(QWidget* parent) : QTableWidget(parent)
{
    setObjectName("confusionTableWidget");
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setToolTip(tr("Rows: true class; columns: predicted class. Click a cell to see its images."));
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void ConfusionTable::setEvaluation(const Evaluation& evaluation)
{
    const int classes = static_cast<int>(evaluation.classes.size());
    clear();
    setRowCount(classes);
    setColumnCount(classes);
    QStringList trueNames, predictedNames;
    for (const std::string& name : evaluation.classes) {
        trueNames << tr("true: %1").arg(toQString(name));
        predictedNames << tr("predicted:\n%1").arg(toQString(name)); // two lines: narrow columns on small screens
    }
    setVerticalHeaderLabels(trueNames);
    setHorizontalHeaderLabels(predictedNames);
    for (int row = 0; row < classes; ++row) {
        const std::vector<int>& counts = evaluation.confusion[static_cast<std::size_t>(row)];
        const int rowTotal = std::accumulate(counts.begin(), counts.end(), 0);
        for (int column = 0; column < classes; ++column) {
            const int count = counts[static_cast<std::size_t>(column)];
            const double fraction = rowTotal > 0 ? static_cast<double>(count) / rowTotal : 0.0;
            auto* item = new QTableWidgetItem(tr("%1\n(%2%)").arg(count).arg(localNumber(100 * fraction, 0)));
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(Qt::UserRole, count);
            item->setBackground(heatColor(fraction, palette()));
            item->setForeground(palette().color(fraction > 0.5 ? QPalette::HighlightedText : QPalette::Text));
            setItem(row, column, item);
        }
    }
}

} // namespace tl::ui
