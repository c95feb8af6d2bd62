#pragma once

#include "labmodel.h"
#include "languageswitcher.h"
#include "lessonplayer.h"
#include "window/mainwindow.h"
#include "teaching.h"

#include <tuple>

namespace relulab::testsupport {

// Everything one lab window needs, built in the order main() builds it and torn down in reverse
// (the window first): for the tests and benchmarks that drive the real window.
struct LabWindow
{
    LabModel model;
    Teaching teaching;
    LanguageSwitcher languages{&teaching};
    LessonPlayer lessons{&model};
    MainWindow window{&model, &teaching, &languages, &lessons};

    // For fixtures that keep a pointer to each part: std::tie(m_model, ...) = lab->parts().
    auto parts() { return std::make_tuple(&model, &teaching, &languages, &lessons, &window); }
};

} // namespace relulab::testsupport
