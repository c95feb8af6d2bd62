#pragma once

#include <QFrame>

class QLabel;

namespace relulab {

// One reading: a small caption, a large value and an optional note underneath.
class ReadoutTile : public QFrame
{
    Q_OBJECT

public:
    explicit ReadoutTile(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value, const QColor &color = QColor());
    void setNote(const QString &note);

    QString caption() const;
    QString value() const;
    QString note() const;

private:
    void updateAccessibleText();

    QLabel *m_caption = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace relulab
