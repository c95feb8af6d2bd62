#pragma once

#include <QMainWindow>

namespace relulab {

class LabModel;
class Teaching;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    // Renders the window at `size` into a PNG without showing it; false with a reason on failure.
    bool saveScreenshot(const QString &path, const QSize &size, QString *error);

private:
    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
};

} // namespace relulab
