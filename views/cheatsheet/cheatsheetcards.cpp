#include "cheatsheet/cheatsheetcards.h"

#include "cheatsheet/cheatsheetfacts.h"
#include "family.h"
#include "cheatsheet/cheatsheetplot.h"
#include "widgets/labstyle.h"
#include "labmodel.h"
#include "teaching.h"
#include "widgets/wrappinglabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace relulab {

// The card's small curve: the activation with the current parameters over the three zones.
class CurveThumbnail : public QWidget
{
public:
    CurveThumbnail(const QString &family, LabModel *model, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_family(family)
        , m_model(model)
    {
        setMinimumHeight(64);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAttribute(Qt::WA_TransparentForMouseEvents); // clicks belong to the card
        refresh();
    }

    QSize sizeHint() const override { return {180, 72}; }

    void refresh()
    {
        m_plot.emplace(*m_model, m_family, 121);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        CheatSheetPlot::Style style;
        style.curve = style::familyColor(m_family, palette());
        style.background = palette().color(QPalette::Base);
        style.axis = palette().color(QPalette::Mid);
        style.grid = palette().color(QPalette::Midlight);
        style.text = palette().color(QPalette::Text);
        style.curveWidth = 2.0;
        style.lineWidth = 1.0;
        style.labelSize = 0.0;
        style.showSlope = false;
        m_plot->paint(&painter, QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), style);
    }

private:
    QString m_family;
    LabModel *m_model = nullptr;
    std::optional<CheatSheetPlot> m_plot;
};

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

} // namespace

FamilyCard::FamilyCard(const QString &family, LabModel *model, Teaching *teaching, QWidget *parent)
    : QFrame(parent)
    , m_family(family)
    , m_model(model)
    , m_teaching(teaching)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setObjectName(QStringLiteral("card-") % family);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    m_name = wrappingLabel(this);
    QFont nameFont = font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    m_name->setFont(nameFont);
    m_parameters = wrappingLabel(this);
    m_subtitle = wrappingLabel(this);
    QFont italic = font();
    italic.setItalic(true);
    m_subtitle->setFont(italic);
    m_tagline = wrappingLabel(this);
    QFont bold = font();
    bold.setBold(true);
    m_tagline->setFont(bold);
    m_summary = wrappingLabel(this);
    m_curve = new CurveThumbnail(family, model, this);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_name, 0, Qt::AlignBaseline);
    top->addWidget(m_parameters, 1, Qt::AlignBaseline);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 12, 12);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tagline);
    layout->addWidget(m_curve);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    refreshText();
}

void FamilyCard::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    refreshText(); // the accessible description says whether it is selected
    update();
}

void FamilyCard::refreshText()
{
    const FamilySpec *spec = FamilyCatalog::find(m_family);
    const QString key = QStringLiteral("families.") % m_family % QLatin1Char('.');
    const QString name = spec ? spec->displayName : m_family;
    m_name->setText(name);
    const QString parameters = CheatSheetFacts::parameters(*m_model, m_family, QLocale(m_teaching->language()));
    m_parameters->setText(parameters);
    m_parameters->setVisible(!parameters.isEmpty());
    const QString tagline = m_teaching->text(key % QStringLiteral("tagline"));
    for (const auto &[label, text] : {std::pair{m_subtitle, m_teaching->text(key % QStringLiteral("subtitle"))},
                                      std::pair{m_tagline, tagline},
                                      std::pair{m_summary, m_teaching->text(key % QStringLiteral("summary"))}}) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
    QPalette taglinePalette = m_tagline->palette();
    const QColor color = style::familyColor(m_family, palette());
    taglinePalette.setColor(QPalette::WindowText, style::isDark(palette()) ? color : color.darker(140));
    m_tagline->setPalette(taglinePalette);

    setAccessibleName(tagline.isEmpty() ? name : tr("%1: %2").arg(name, tagline));
    setAccessibleDescription(m_selected ? tr("Selected family. %1").arg(m_summary->text())
                                        : tr("Press Enter or Space to select. %1").arg(m_summary->text()));
}

void FamilyCard::refreshCurve()
{
    m_curve->refresh();
    m_parameters->setText(CheatSheetFacts::parameters(*m_model, m_family, QLocale(m_teaching->language())));
}

void FamilyCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = style::familyColor(m_family, palette());
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath outline;
    outline.addRoundedRect(box, 8, 8);
    painter.fillPath(outline, palette().color(QPalette::Base));
    if (m_selected) { // a wash of the family colour over the base
        QColor wash = color;
        wash.setAlpha(style::isDark(palette()) ? 48 : 30);
        painter.fillPath(outline, wash);
    }
    // A bar in the family colour on the left edge: the same mark as on the printed sheet.
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(box.left(), box.top(), 5, box.height()), color);
    painter.restore();
    QPen border(m_selected ? color : palette().color(QPalette::Mid), m_selected ? 3.0 : 1.0);
    if (hasFocus() && !m_selected)
        border = QPen(palette().color(QPalette::Highlight), 2.0);
    painter.setPen(border);
    painter.drawPath(outline);
    if (hasFocus() && m_selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.0, Qt::DotLine));
        painter.drawRoundedRect(box.adjusted(4, 4, -4, -4), 6, 6);
    }
}

void FamilyCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit activated(m_family);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void FamilyCard::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Select:
        emit activated(m_family);
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void FamilyCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void FamilyCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void FamilyCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refreshText();
}

CheatSheetCards::CheatSheetCards(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
{
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->viewport()->installEventFilter(this);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_container = new QWidget;
    m_grid = new QGridLayout(m_container);
    m_grid->setContentsMargins(8, 8, 8, 8);
    m_grid->setSpacing(10);
    m_scrollArea->setWidget(m_container);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);

    for (const FamilySpec &spec : FamilyCatalog::all()) {
        auto *card = new FamilyCard(spec.id, model, teaching, m_container);
        connect(card, &FamilyCard::activated, this, [this](const QString &family) { m_model->setFamily(family); });
        m_cards.append(card);
    }
    connect(model, &LabModel::familyChanged, this, &CheatSheetCards::onFamilyChanged);
    connect(model, &LabModel::parameterChanged, this, &CheatSheetCards::onParameterChanged);
    connect(teaching, &Teaching::languageChanged, this, [this] {
        for (FamilyCard *c : std::as_const(m_cards))
            c->refreshText();
    });
    showSelection();
    reflow();
}

FamilyCard *CheatSheetCards::card(const QString &family)
{
    m_catchUp->catchUp();
    return cardFor(family);
}

QList<FamilyCard *> CheatSheetCards::cards()
{
    m_catchUp->catchUp();
    return m_cards;
}

FamilyCard *CheatSheetCards::cardFor(const QString &family) const
{
    for (FamilyCard *c : m_cards) {
        if (c->family() == family)
            return c;
    }
    return nullptr;
}

void CheatSheetCards::onFamilyChanged()
{
    // Nobody sees a hidden sheet: catch up when it is shown.
    if (m_catchUp->deferWhileHidden())
        return;
    showSelection();
}

void CheatSheetCards::onParameterChanged(const QString &family)
{
    if (m_catchUp->deferWhileHidden())
        return;
    if (FamilyCard *c = cardFor(family))
        c->refreshCurve();
}

void CheatSheetCards::refresh()
{
    m_catchUp->clear();
    showSelection();
    for (FamilyCard *c : std::as_const(m_cards))
        c->refreshCurve();
}

void CheatSheetCards::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

bool CheatSheetCards::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport learns its new width after this widget does: reflow when it changes.
    if (watched == m_scrollArea->viewport() && event->type() == QEvent::Resize)
        reflow();
    return QWidget::eventFilter(watched, event);
}

void CheatSheetCards::reflow()
{
    const int available = m_scrollArea->viewport()->width() - m_grid->contentsMargins().left()
        - m_grid->contentsMargins().right();
    const int columns = std::clamp((available + m_grid->spacing()) / (kMinimumCardWidth + m_grid->spacing()), 1,
                                   int(m_cards.size()));
    if (columns == m_columns)
        return;
    for (int c = 0; c < std::max(m_columns, 0); ++c)
        m_grid->setColumnStretch(c, 0);
    m_columns = columns;
    for (FamilyCard *c : std::as_const(m_cards))
        m_grid->removeWidget(c);
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards[i], i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    // Spare height goes below the cards, not into them.
    const int rows = (int(m_cards.size()) + columns - 1) / columns;
    for (int r = 0; r <= int(m_cards.size()); ++r)
        m_grid->setRowStretch(r, r == rows ? 1 : 0);
}

void CheatSheetCards::showSelection()
{
    for (FamilyCard *c : std::as_const(m_cards))
        c->setSelected(c->family() == m_model->family());
}

} // namespace relulab
