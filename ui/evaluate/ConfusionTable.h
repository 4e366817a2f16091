#pragma once
// The confusion matrix as a heat map: rows are the true classes, columns the predicted ones, each
// cell its count and its share of the row. A click on a cell is QTableWidget::cellClicked.
#include "Metrics.h"

#include <QTableWidget>

namespace tl::ui {

class ConfusionTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ConfusionTable(QWidget* parent = nullptr);
    void setEvaluation(const Evaluation& evaluation); // an empty one clears the table
};

} // namespace tl::ui
