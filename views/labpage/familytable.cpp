#include "labpage/familytable.h"

#include "family.h"
#include "labmodel.h"
#include "predictionstate.h"
#include "probetexts.h"
#include "teaching.h"
#include "widgets/labstyle.h"
#include "widgets/numberformat.h"
#include "widgets/revealeffect.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QStyle>

namespace relulab {

// The rows: the readings of every family at the probe, kept as the text they are shown as, so
// that painting asks for nothing more and a probe step costs one dataChanged() for the table.
class FamilyTableModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(relulab::FamilyTable)

public:
    struct Row
    {
        QString id;
        QString name;
        QString output;
        QString slope;
        QString health;
        GradientHealth verdict = GradientHealth::Healthy;
    };

    FamilyTableModel(LabModel *model, Teaching *teaching, QObject *parent)
        : QAbstractTableModel(parent)
        , m_model(model)
        , m_teaching(teaching)
    {
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : FamilyTable::ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &row = m_rows[index.row()];
        const bool selected = row.id == m_selected;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            switch (index.column()) {
            case FamilyTable::FamilyColumn: return row.name;
            case FamilyTable::OutputColumn: return row.output;
            case FamilyTable::SlopeColumn: return row.slope;
            case FamilyTable::HealthColumn: return row.health;
            }
            return {};
        case FamilyTable::kFamilyIdRole:
            return row.id;
        case Qt::TextAlignmentRole:
            if (index.column() == FamilyTable::OutputColumn || index.column() == FamilyTable::SlopeColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::FontRole:
            if (selected) {
                QFont bold = m_font;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ForegroundRole:
            if (index.column() == FamilyTable::HealthColumn)
                return style::healthColor(row.verdict, m_palette);
            return {};
        case Qt::DecorationRole:
            if (index.column() == FamilyTable::FamilyColumn) // the family's colour, as on the board
                return QColor(QRgb(FamilyCatalog::find(row.id) ? FamilyCatalog::find(row.id)->color : 0));
            return {};
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case FamilyTable::FamilyColumn: return tr("Family");
        case FamilyTable::OutputColumn: return tr("f(x)");
        case FamilyTable::SlopeColumn: return tr("f′(x)");
        case FamilyTable::HealthColumn: return tr("Gradient health");
        }
        return {};
    }

    void setLook(const QFont &font, const QPalette &palette)
    {
        m_font = font;
        m_palette = palette;
    }

    void refresh(const QLocale &locale)
    {
        const QList<FamilySpec> &catalog = FamilyCatalog::all();
        const bool reshape = catalog.size() != m_rows.size();
        if (reshape)
            beginResetModel();
        m_rows.resize(catalog.size());
        m_selected = m_model->family();
        const double x = m_model->probe();
        for (qsizetype i = 0; i < catalog.size(); ++i) {
            const FamilySpec &spec = catalog[i];
            const Reading reading = m_model->readingAt(spec.id, x);
            // The verdict in the readouts' words: the same key, chosen by the same conditions.
            const ProbeFacts facts = ProbeFacts::at(spec, m_model->parameters(spec.id), reading);
            const QString healthKey = QStringLiteral("health.") % healthId(reading.health) % QStringLiteral(".name");
            Row &row = m_rows[i];
            row.id = spec.id;
            row.name = spec.displayName;
            row.output = formatReading(reading.output, locale);
            row.slope = formatReading(reading.slope, locale);
            row.health = m_teaching->text(ProbeTexts::chooseKey(healthKey, facts));
            row.verdict = reading.health;
        }
        if (reshape)
            endResetModel();
        else if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, FamilyTable::ColumnCount - 1));
    }

    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, FamilyTable::ColumnCount - 1);
    }

private:
    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    QList<Row> m_rows;
    QString m_selected;
    QFont m_font;
    QPalette m_palette;
};

FamilyTable::FamilyTable(LabModel *model, Teaching *teaching, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_table(new FamilyTableModel(model, teaching, this))
    , m_veil(new PredictionVeil(viewport()))
{
    setObjectName(QStringLiteral("familyTable"));
    setModel(m_table);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::TabFocus); // arrow keys keep moving the probe, as everywhere on the page
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    connect(this, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_model->setFamily(index.siblingAtColumn(FamilyColumn).data(kFamilyIdRole).toString());
    });
    connect(m_model, &LabModel::readingChanged, this, &FamilyTable::onReadingChanged);
    connect(teaching, &Teaching::languageChanged, this, [this] {
        m_table->retranslate();
        refresh();
    });
    connect(m_model->prediction(), &PredictionState::hiddenPartsChanged, this, [this] { applyHiddenParts(false); });
    connect(m_model->prediction(), &PredictionState::revealed, this, [this](const QStringList &parts) {
        if (parts.contains(PredictionState::kReadouts))
            applyHiddenParts(true);
    });
    refresh();
    applyHiddenParts(false);
}

int FamilyTable::rowOf(const QString &familyId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->index(row, FamilyColumn).data(kFamilyIdRole).toString() == familyId)
            return row;
    }
    return -1;
}

QString FamilyTable::cellText(int row, Column column)
{
    m_catchUp->catchUp();
    return m_table->index(row, column).data().toString();
}

void FamilyTable::onReadingChanged()
{
    if (m_catchUp->deferWhileHidden()) // off, or on another tab: catch up when shown
        return;
    refresh();
}

void FamilyTable::refresh()
{
    m_catchUp->clear();
    m_table->setLook(font(), palette());
    m_table->refresh(locale());
    const int selected = rowOf(m_model->family());
    if (selected >= 0 && (!selectionModel()->isRowSelected(selected, QModelIndex()) || currentIndex().row() != selected))
        selectionModel()->setCurrentIndex(m_table->index(selected, FamilyColumn),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    fitColumns();
}

void FamilyTable::fitColumns()
{
    // Widths from the longest text a column can hold, not from the current readings: the table
    // keeps its width while the probe moves.
    const QFontMetrics metrics(font());
    const int pad = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    int nameWidth = 0;
    for (const FamilySpec &spec : FamilyCatalog::all())
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(spec.displayName));
    const int numberWidth = metrics.horizontalAdvance(formatReading(-888.888, locale()));
    int healthWidth = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        healthWidth = std::max(healthWidth, metrics.horizontalAdvance(m_table->index(row, HealthColumn).data().toString()));
    const int swatch = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + metrics.horizontalAdvance(QLatin1Char('M'));
    const int widths[ColumnCount] = {nameWidth + pad + swatch, numberWidth + pad, numberWidth + pad, healthWidth + pad};
    for (int column = 0; column < ColumnCount; ++column) {
        const int header = QFontMetrics(horizontalHeader()->font())
                               .horizontalAdvance(m_table->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) + pad;
        const int width = std::max(widths[column], header);
        if (columnWidth(column) < width) // grows, never shrinks while the probe moves
            setColumnWidth(column, width);
    }
    verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    updateGeometry();
}

QSize FamilyTable::sizeHint() const
{
    int width = 2 * frameWidth();
    for (int column = 0; column < ColumnCount; ++column)
        width += columnWidth(column);
    const int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height()
        + m_table->rowCount() * verticalHeader()->defaultSectionSize();
    return {width, height};
}

QSize FamilyTable::minimumSizeHint() const
{
    // Narrow as its columns; shorter than all rows when the page is short (it scrolls then).
    return {sizeHint().width(), horizontalHeader()->sizeHint().height() + 3 * verticalHeader()->defaultSectionSize()};
}

void FamilyTable::applyHiddenParts(bool animate)
{
    if (m_model->prediction()->isHidden(PredictionState::kReadouts))
        m_veil->cover();
    else if (animate || m_veil->isCovering())
        m_veil->lift(animate);
}

void FamilyTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::PaletteChange) {
        for (int column = 0; column < ColumnCount; ++column)
            setColumnWidth(column, 0); // measured again for the new font or number format
        refresh();
    }
    QTableView::changeEvent(event);
}

} // namespace relulab
