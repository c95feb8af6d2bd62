#pragma once

#include "widgets/copyableframe.h"

class QLabel;

namespace relulab {

// A titled block of teaching prose that wraps to the width it is given. Ctrl+C or the context
// menu copies its text. (The labels are not mouse-selectable on purpose: a selectable label lays
// out every new text through a rich-text document, which made switching families twice as slow.)
class TeachingCard : public CopyableFrame
{
    Q_OBJECT

public:
    explicit TeachingCard(QWidget *parent = nullptr);

    void setHeading(const QString &heading);   // the panel's name, e.g. "Try next"
    void setTitle(const QString &title);       // optional bold line under it
    // The title's colour (the gradient health's verdict); an invalid colour: the text colour.
    void setTitleColor(const QColor &color);
    void setBody(const QString &body);
    // Presenting beside the charts: the notes' text is a step smaller, the heading keeps its size
    // (not smaller still, for the back row), and the card wastes no air around them.
    void setCompact(bool compact);

    QString heading() const;
    QString title() const;
    QString body() const;
    // Heading, title and body, one per line: what Copy puts on the clipboard.
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;
    QString copyText() const override { return plainText(); }
    QString copyActionText() const override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleText();
    void updateFonts();

    bool m_compact = false;
    QLabel *m_heading = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
};

} // namespace relulab
