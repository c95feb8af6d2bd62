<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>relulab::BlankOverlay</name>
    <message>
        <source>Blank screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetActions</name>
    <message>
        <source>&amp;Print cheat sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the family cheat sheet with the current parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the printed cheat sheet before printing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export cheat sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the family cheat sheet with the current parameters as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU Family Lab cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cheat sheet could not be sent to the printer “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheat sheet preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relu-family-cheat-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cheat sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cheat sheet could not be saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetExport</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU Family Lab: the family cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetFacts</name>
    <message>
        <source>(default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by PyTorch&apos;s convention (slope %2 just left of 0, %3 just right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (smooth: no convention needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no gradient flows back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = %1, constant: small but never 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = 0: no gradient flows back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no kink when a = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tf.keras 2 names the argument alpha: LeakyReLU(alpha=0.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α·eˣ: %1 just left of 0, fading to 0 further left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (smooth at 0 when α = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tanh approximation of x·Φ(x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Φ: standard normal CDF; φ: its density.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 down to ≈ %2 near x = %3, then back toward 0; negative left of x ≈ %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keras.ops.gelu defaults to approximate=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ: the logistic sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ(βx): between 0 and %1, fading to 0 further left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetPainter</name>
    <message>
        <source>Key facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope left of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In code (with their defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras / TensorFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU Family Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the family cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn with the current parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope f′(x): what multiplies the gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope at a kink (PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope far left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no, a kink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope far left: the slope at x = %1, the share of the gradient a strongly negative input passes back. 0 means none at all; ≈ 0 means it fades but never quite vanishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU Family Lab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::FamilyCard</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected family. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or Space to select. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::FamilyChooser</name>
    <message>
        <source>Show %1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::LabControls</name>
    <message>
        <source>%1 has no parameters: its shape is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe position x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to teaching scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::LabKeyActions</name>
    <message>
        <source>Probe left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe left, big step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe right, big step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe left, fine step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe right, fine step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe to the left end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe to the right end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase the family&apos;s parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease the family&apos;s parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::LessonActions</name>
    <message>
        <source>Lesson not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson decks (*.relulesson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson that was open before is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson deck (.relulesson) at its first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the steps of a lesson and save it as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lesson “Why did my network stop learning?”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::LessonBar</name>
    <message>
        <source>Previous step (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Press Page Down or Space to start the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::LessonEditor</name>
    <message>
        <source>%1, x = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lesson as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson decks (*.relulesson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has changes that are not saved. Close the editor and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare lesson – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &amp;title (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson title in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps (Alt+Up and Alt+Down move, Delete removes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add current lab state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the lab&apos;s family, parameters and probe as a step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add current lab state as a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step t&amp;itle (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step title in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;note (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step note in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab state of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::LessonReader</name>
    <message>
        <source>the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1; valid fields: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 languages are too many; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a language code; valid: codes such as en, de, es, fr or pt_BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text in quotes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text, or an object of language codes and texts such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no parameters; leave &apos;parameters&apos; out or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no parameter %2; its parameters: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1 (in quotes), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; valid: a number from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object { … }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a built-in scenario; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a family; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;family&apos; is missing; valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object such as {&quot;alpha&quot;: 0.5}, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;probe&apos; is missing; valid: a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 KiB); a lesson file may be at most %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the file is not valid JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one object { &quot;format&quot;: &quot;%1&quot;, … }, not a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a ReLU Family Lab lesson: field &apos;format&apos; is missing; a lesson begins with &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;format&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a lesson format; valid: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;version&apos; is missing; valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;version&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a version; valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported; this ReLU Family Lab reads lesson files of version %2, a newer one is needed for this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;steps&apos; is missing; a lesson needs a list of at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;steps&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list [ … ] of steps, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is empty; a lesson needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps are too many; a lesson may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: the lesson would not read back the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::MainWindow</name>
    <message>
        <source>ReLU Family Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export curves as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;screenshot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom (−4 to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReLU Family Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curves could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshot as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReLU Family Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Family Lab %1&lt;/h3&gt;&lt;p&gt;See what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative evidence, and what gradient survives the trip back.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family cheat sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous lesson step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::Parameter</name>
    <message>
        <source>Negative slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha (negative floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta (sharpness)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::ParameterEditor</name>
    <message>
        <source>Exact (erf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh approximation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::ReadoutPanel</name>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) at x = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(x): how much gradient passes back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::ShortcutOverlay</name>
    <message>
        <source>← →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift + ← →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the probe in big steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl + ← →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the probe in fine steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, End, 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe to the left end, the right end, zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 2 3 4 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU, Leaky ReLU, ELU, GELU, Softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the family&apos;s parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode on or off (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc, F1 or ? to close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relulab::TeachingNotes</name>
    <message>
        <source>Current read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this family exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you&apos;ll see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
