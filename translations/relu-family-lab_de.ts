<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>relulab::BlankOverlay</name>
    <message>
        <source>Blank screen</source>
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
