#pragma once

#include "widgets/copyableframe.h"

class QGridLayout;
class QLabel;

namespace relulab {

class WrappingLabel;

// One reading: a small caption, a large value and an optional note underneath. Ctrl+C or the
// context menu copies the value (a mouse-selectable label would lay out every new value through a
// rich-text document, a third of a probe step's frame).
class ReadoutTile : public CopyableFrame
{
    Q_OBJECT

public:
    explicit ReadoutTile(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value, const QColor &color = QColor());
    void setNote(const QString &note);

    // How much larger than the body text the value is set (numbers big, words smaller).
    void setValueScale(double scale);
    // Predict, then reveal: the value appears, fading in.
    void fadeInValue();
    bool isValueFadingIn() const;
    // For values of several words (the use case): wrap rather than be cut in large type.
    void setValueWraps(bool wraps);
    // Presenting, the formula above the tiles says what their notes say: the tile keeps to its
    // caption and value (the note's text stays its accessible description).
    void setNoteShown(bool shown);
    // Presenting, the caption stands beside the value rather than above it: one line less.
    void setCaptionBesideValue(bool beside);

    QString caption() const;
    QString value() const;
    QFont valueFont() const;
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;
    // The value with a plain hyphen-minus, so that a spreadsheet reads a pasted number as one.
    QString copyText() const override;
    QString copyActionText() const override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleText();
    void updateFonts();

    double m_valueScale = 1.9;
    QGridLayout *m_layout = nullptr;
    QLabel *m_caption = nullptr;
    WrappingLabel *m_value = nullptr;
    WrappingLabel *m_note = nullptr;
};

} // namespace relulab
