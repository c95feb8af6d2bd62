#include "labpage/labintro.h"

#include "labpage/teachingcard.h"
#include "teaching.h"
#include "widgets/wrappinglabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace relulab {

LabIntro::LabIntro(Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_teaching(teaching)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_why(new WrappingLabel(m_body))
{
    setObjectName(QStringLiteral("labIntro"));
    m_toggle->setObjectName(QStringLiteral("labIntroToggle"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    QFont bold = m_toggle->font();
    bold.setBold(true);
    m_toggle->setFont(bold);
    m_why->setWordWrap(true);

    auto *cards = new QHBoxLayout;
    cards->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        auto *card = new TeachingCard(m_body);
        m_watch.append(card);
        cards->addWidget(card, 1);
    }
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(4);
    bodyLayout->addWidget(m_why);
    bodyLayout->addLayout(cards);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);

    connect(m_toggle, &QToolButton::toggled, this, &LabIntro::setExpanded);
    connect(m_teaching, &Teaching::languageChanged, this, &LabIntro::retranslate);
    retranslate();
}

void LabIntro::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
    emit expandedChanged(expanded);
}

void LabIntro::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LabIntro::retranslate()
{
    const auto text = [this](const char *key) { return m_teaching->text(QLatin1String(key)); };
    m_toggle->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setText(text("lab.whyTitle") % QStringLiteral(" · ") % text("lab.watchTitle"));
    m_toggle->setToolTip(tr("Show or hide the introduction"));
    m_why->setText(text("lab.whyText"));
    m_watch[0]->setHeading(text("zones.negative.title"));
    m_watch[0]->setBody(text("lab.watch.negative"));
    m_watch[1]->setHeading(text("zones.hinge.title"));
    m_watch[1]->setBody(text("lab.watch.hinge"));
    m_watch[2]->setHeading(text("lab.derivativeTitle"));
    m_watch[2]->setBody(text("lab.watch.derivative"));
}

} // namespace relulab
