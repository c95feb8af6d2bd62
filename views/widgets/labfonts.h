#pragma once

#include <QString>

// The fonts the lab draws with travel inside the program: DejaVu Sans, Serif and Sans Mono with
// their real bold and italic faces, embedded at build time from Debian 12's fonts-dejavu-core and
// fonts-dejavu-extra. A handout printed on any classroom machine is then the same file, and the
// window looks the same, whatever font packages that machine has (without an italic face Qt
// slants the regular one, and the PDF's spacing and copied text change).
namespace relulab::fonts {

// Registers the embedded faces and makes DejaVu Sans the application's font. Needs a
// QGuiApplication; safe to call more than once. False when a face could not be registered.
bool install();

QString sansFamily();  // window text, cheat-sheet prose
QString serifFamily(); // formulas
QString monoFamily();  // code lines

} // namespace relulab::fonts
