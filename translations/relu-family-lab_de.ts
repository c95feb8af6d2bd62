<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>ReLU Family Lab: see what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative evidence and what gradient survives the trip back.</source>
        <translation>ReLU Family Lab: zeigt, was ReLU, Leaky ReLU, ELU, GELU und Softplus mit negativen Eingaben machen und welcher Gradient den Rückweg übersteht.</translation>
    </message>
    <message>
        <source>Family to show: %1 (or all, for --export-csv).</source>
        <translation>Angezeigte Familie: %1 (oder all, für --export-csv).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>kennung</translation>
    </message>
    <message>
        <source>Set a parameter of the family, e.g. slope=0.1, alpha=0.5, approximate=tanh, beta=4. Repeatable.</source>
        <translation>Setzt einen Parameter der Familie, z. B. slope=0.1, alpha=0.5, approximate=tanh, beta=4. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=wert</translation>
    </message>
    <message>
        <source>Put the probe at x (from -1000 to 1000).</source>
        <translation>Setzt den Messpunkt auf x (von -1000 bis 1000).</translation>
    </message>
    <message>
        <source>Start from a teaching scenario: %1.</source>
        <translation>Beginnt mit einem Unterrichtsszenario: %1.</translation>
    </message>
    <message>
        <source>Language of the interface and teaching text: %1. Default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche und der Unterrichtstexte: %1. Standard: die des Systems.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kürzel</translation>
    </message>
    <message>
        <source>Write family,x,output,slope as CSV to file (- for standard output) and exit.</source>
        <translation>Schreibt family,x,output,slope als CSV in die Datei (- für die Standardausgabe) und beendet sich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Points for --export-csv from a to b (default -4:4).</source>
        <translation>Punkte für --export-csv von a bis b (Standard -4:4).</translation>
    </message>
    <message>
        <source>Number of points in --range, 2 to %1 (default 801).</source>
        <translation>Anzahl der Punkte in --range, 2 bis %1 (Standard 801).</translation>
    </message>
    <message>
        <source>Export exactly these points instead of a range, e.g. -20,-8,0,1.</source>
        <translation>Exportiert genau diese Punkte statt eines Bereichs, z. B. -20,-8,0,1.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file without showing it, and exit.</source>
        <translation>Zeichnet das Fenster in eine PNG-Datei, ohne es anzuzeigen, und beendet sich.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1920x1080).</source>
        <translation>Fenstergröße für --screenshot (Standard 1920x1080).</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, large type (F5 toggles, Esc leaves).</source>
        <translation>Startet im Präsentationsmodus: Vollbild, große Schrift (F5 schaltet um, Esc beendet).</translation>
    </message>
    <message>
        <source>Run the depth lab for --family and write layer,activation_std,grad_norm,dead_fraction,activation_mean as CSV to file (- for standard output) and exit.</source>
        <translation>Führt das Tiefenlabor für --family aus, schreibt layer,activation_std,grad_norm,dead_fraction,activation_mean als CSV in die Datei (- für die Standardausgabe) und beendet sich.</translation>
    </message>
    <message>
        <source>Weight initialization for --export-depth: %1 (default he).</source>
        <translation>Gewichtsinitialisierung für --export-depth: %1 (Standard he).</translation>
    </message>
    <message>
        <source>Gain for --init custom: weight variance gain²/width, %1 to %2.</source>
        <translation>Gain für --init custom: Gewichtsvarianz gain²/width, %1 bis %2.</translation>
    </message>
    <message>
        <source>Layers for --export-depth, 1 to %1 (default %2).</source>
        <translation>Schichten für --export-depth, 1 bis %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Units per layer for --export-depth, 1 to %1 (default %2).</source>
        <translation>Neuronen pro Schicht für --export-depth, 1 bis %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Examples for --export-depth, 1 to %1 (default %2).</source>
        <translation>Beispiele für --export-depth, 1 bis %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Random seed for --export-depth, a whole number from 0 to 2^64-1 (default %1).</source>
        <translation>Zufalls-Seed für --export-depth, eine ganze Zahl von 0 bis 2^64-1 (Standard %1).</translation>
    </message>
    <message>
        <source>Write the batch statistics of every family over pre-activations N(mu, sigma²) as CSV to file (- for standard output) and exit.</source>
        <translation>Schreibt die Batch-Statistik aller Familien über Voraktivierungen N(mu, sigma²) als CSV in die Datei (- für die Standardausgabe) und beendet sich.</translation>
    </message>
    <message>
        <source>Mean of the pre-activations for --export-batch (default 0).</source>
        <translation>Mittelwert der Voraktivierungen für --export-batch (Standard 0).</translation>
    </message>
    <message>
        <source>Standard deviation for --export-batch (default 1).</source>
        <translation>Standardabweichung für --export-batch (Standard 1).</translation>
    </message>
    <message>
        <source>Write the family cheat sheet, with the current parameters, as a PDF file and exit.</source>
        <translation>Schreibt die Familien-Kurzreferenz mit den aktuellen Parametern als PDF-Datei und beendet sich.</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>datei.pdf</translation>
    </message>
    <message>
        <source>Paper for --export-cheatsheet: A4 or Letter (default: the locale&apos;s).</source>
        <translation>Papierformat für --export-cheatsheet: A4 oder Letter (Standard: passend zum Gebietsschema).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Orientation for --export-cheatsheet: portrait (default) or landscape.</source>
        <translation>Ausrichtung für --export-cheatsheet: portrait (Standard) oder landscape.</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>ausrichtung</translation>
    </message>
    <message>
        <source>Families for --export-cheatsheet, comma-separated ids in print order (default: %1).</source>
        <translation>Familien für --export-cheatsheet, durch Kommas getrennte IDs in Druckreihenfolge (Standard: %1).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Open a lesson deck (.relulesson) at its first step.</source>
        <translation>Öffnet eine Lektionsdatei (.relulesson) beim ersten Schritt.</translation>
    </message>
    <message>
        <source>A lesson deck to open, the same as --lesson.</source>
        <translation>Zu öffnende Lektionsdatei, gleichbedeutend mit --lesson.</translation>
    </message>
    <message>
        <source>[lesson-file]</source>
        <translation>[lektionsdatei]</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; valid options: %2</source>
        <translation>unbekannte Option „%1“; gültige Optionen: %2</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
    <message>
        <source>--%1 is given more than once; valid: once (only --set repeats)</source>
        <translation>--%1 ist mehrfach angegeben; gültig: einmal (nur --set darf sich wiederholen)</translation>
    </message>
    <message>
        <source>--scenario: unknown scenario &apos;%1&apos;; valid: %2</source>
        <translation>--scenario: unbekanntes Szenario „%1“; gültig: %2</translation>
    </message>
    <message>
        <source>--family: unknown family &apos;%1&apos;; valid: %2, all</source>
        <translation>--family: unbekannte Familie „%1“; gültig: %2, all</translation>
    </message>
    <message>
        <source>--probe: &apos;%1&apos; is not a number; valid: a number from -1000 to 1000</source>
        <translation>--probe: „%1“ ist keine Zahl; gültig: eine Zahl von -1000 bis 1000</translation>
    </message>
    <message>
        <source>--export-csv: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-csv: Der Dateiname ist leer; gültig: ein Dateiname oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>--range: &apos;%1&apos; is not valid; valid: a:b with numbers a &lt; b, e.g. -4:4</source>
        <translation>--range: „%1“ ist ungültig; gültig: a:b mit Zahlen a &lt; b, z. B. -4:4</translation>
    </message>
    <message>
        <source>--samples: &apos;%1&apos; is not valid; valid: a whole number from 2 to %2</source>
        <translation>--samples: „%1“ ist ungültig; gültig: eine ganze Zahl von 2 bis %2</translation>
    </message>
    <message>
        <source>--at cannot be combined with --range or --samples; valid: exact points or a range</source>
        <translation>--at lässt sich nicht mit --range oder --samples kombinieren; gültig: genaue Punkte oder ein Bereich</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not valid; valid: finite numbers separated by commas, e.g. -20,-8,0,1</source>
        <translation>--at: „%1“ ist ungültig; gültig: endliche Zahlen, durch Kommas getrennt, z. B. -20,-8,0,1</translation>
    </message>
    <message>
        <source>--family all only works with --export-csv; valid for the window: %1</source>
        <translation>--family all funktioniert nur mit --export-csv; gültig für das Fenster: %1</translation>
    </message>
    <message>
        <source>--presentation is for the window; it cannot be combined with --export-csv</source>
        <translation>--presentation gilt für das Fenster; die Option lässt sich nicht mit --export-csv kombinieren</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty; valid: a file name ending in .png</source>
        <translation>--screenshot: Der Dateiname ist leer; gültig: ein Dateiname mit der Endung .png</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with --export-csv; valid: one of them per run</source>
        <translation>--screenshot lässt sich nicht mit --export-csv kombinieren; gültig: eines von beiden pro Aufruf</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not valid; valid: WxH with sides from %2 to %3, e.g. 1366x768</source>
        <translation>--size: „%1“ ist ungültig; gültig: WxH mit Seitenlängen von %2 bis %3, z. B. 1366x768</translation>
    </message>
    <message>
        <source>--%1 is given more than once; valid: once</source>
        <translation>--%1 ist mehrfach angegeben; gültig: einmal</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not valid; valid: a whole number from %3 to %4</source>
        <translation>--%1: „%2“ ist ungültig; gültig: eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--export-depth: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-depth: Der Dateiname ist leer; gültig: ein Dateiname oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>--export-depth runs one family; valid: --family %1</source>
        <translation>--export-depth berechnet genau eine Familie; gültig: --family %1</translation>
    </message>
    <message>
        <source>--init: unknown initialization &apos;%1&apos;; valid: %2</source>
        <translation>--init: unbekannte Initialisierung „%1“; gültig: %2</translation>
    </message>
    <message>
        <source>--gain only works with --init custom; valid: --init custom --gain G</source>
        <translation>--gain funktioniert nur mit --init custom; gültig: --init custom --gain G</translation>
    </message>
    <message>
        <source>--gain: &apos;%1&apos; is not valid; valid: a number from %2 to %3</source>
        <translation>--gain: „%1“ ist ungültig; gültig: eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not valid; valid: a whole number from 0 to 18446744073709551615</source>
        <translation>--seed: „%1“ ist ungültig; gültig: eine ganze Zahl von 0 bis 18446744073709551615</translation>
    </message>
    <message>
        <source>--export-depth: </source>
        <translation>--export-depth: </translation>
    </message>
    <message>
        <source>--export-batch: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-batch: Der Dateiname ist leer; gültig: ein Dateiname oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>--%1 only works with --export-batch; valid: add --export-batch FILE</source>
        <translation>--%1 funktioniert nur mit --export-batch; gültig: --export-batch DATEI ergänzen</translation>
    </message>
    <message>
        <source>--families only works with --export-cheatsheet</source>
        <translation>--families funktioniert nur mit --export-cheatsheet</translation>
    </message>
    <message>
        <source>--mu: &apos;%1&apos; is not a number; valid: a number from -%2 to %2</source>
        <translation>--mu: „%1“ ist keine Zahl; gültig: eine Zahl von -%2 bis %2</translation>
    </message>
    <message>
        <source>--sigma: &apos;%1&apos; is not a number; valid: a number from %2 to %3</source>
        <translation>--sigma: „%1“ ist keine Zahl; gültig: eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--export-batch: </source>
        <translation>--export-batch: </translation>
    </message>
    <message>
        <source>--export-%1 cannot be combined with a lesson file; valid: one of them per run</source>
        <translation>--export-%1 lässt sich nicht mit einer Lektionsdatei kombinieren; gültig: eines von beiden pro Aufruf</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>--export-cheatsheet: the file name is empty; valid: a PDF file name</source>
        <translation>--export-cheatsheet: Der Dateiname ist leer; gültig: ein PDF-Dateiname</translation>
    </message>
    <message>
        <source>--export-cheatsheet cannot be combined with --screenshot; run them one at a time</source>
        <translation>--export-cheatsheet lässt sich nicht mit --screenshot kombinieren; bitte nacheinander aufrufen</translation>
    </message>
    <message>
        <source>--page-size and --orientation only work with --export-cheatsheet</source>
        <translation>--page-size und --orientation funktionieren nur mit --export-cheatsheet</translation>
    </message>
    <message>
        <source>--page-size: &apos;%1&apos; is not valid; valid: A4, Letter</source>
        <translation>--page-size: „%1“ ist ungültig; gültig: A4, Letter</translation>
    </message>
    <message>
        <source>--orientation: &apos;%1&apos; is not valid; valid: portrait, landscape</source>
        <translation>--orientation: „%1“ ist ungültig; gültig: portrait, landscape</translation>
    </message>
    <message>
        <source>--lesson is given more than once</source>
        <translation>--lesson ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; only one lesson file can be opened (see --help)</source>
        <translation>unerwartetes Argument „%1“; es kann nur eine Lektionsdatei geöffnet werden (siehe --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; valid: a lesson file (.relulesson) (see --help)</source>
        <translation>unerwartetes Argument „%1“; gültig: eine Lektionsdatei (.relulesson) (siehe --help)</translation>
    </message>
    <message>
        <source>--lesson: the file name is empty</source>
        <translation>--lesson: Der Dateiname ist leer</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with a lesson file; the lesson&apos;s first step sets the lab</source>
        <translation>--%1 lässt sich nicht mit einer Lektionsdatei kombinieren; der erste Schritt der Lektion legt den Laborzustand fest</translation>
    </message>
    <message>
        <source>--export-csv cannot be combined with a lesson file; a lesson opens in the window</source>
        <translation>--export-csv lässt sich nicht mit einer Lektionsdatei kombinieren; eine Lektion öffnet sich im Fenster</translation>
    </message>
    <message>
        <source>--lang: no translation for &apos;%1&apos;, using English; available: %2</source>
        <translation>--lang: keine Übersetzung für „%1“, Englisch wird verwendet; verfügbar: %2</translation>
    </message>
    <message>
        <source>--set: no family has a parameter &apos;%1&apos;; valid: %2</source>
        <translation>--set: Keine Familie hat einen Parameter „%1“; gültig: %2</translation>
    </message>
    <message>
        <source>--export-csv: could not write to standard output</source>
        <translation>--export-csv: In die Standardausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>--export-csv: &apos;%1&apos; is a directory; valid: a file name, or - for standard output</source>
        <translation>--export-csv: „%1“ ist ein Ordner; gültig: ein Dateiname oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>--export-csv: cannot write &apos;%1&apos;: %2</source>
        <translation>--export-csv: „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>--export-csv: writing &apos;%1&apos; failed: %2</source>
        <translation>--export-csv: Schreiben von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>--%1: could not write to standard output</source>
        <translation>--%1: In die Standardausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>--%1: cannot write &apos;%2&apos;: %3</source>
        <translation>--%1: „%2“ kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>--%1: writing &apos;%2&apos; failed: %3</source>
        <translation>--%1: Schreiben von „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>--screenshot: &apos;%1&apos; is a directory; valid: a file name ending in .png</source>
        <translation>--screenshot: „%1“ ist ein Ordner; gültig: ein Dateiname mit der Endung .png</translation>
    </message>
    <message>
        <source>no display: the lab&apos;s window needs a desktop session (X11 or Wayland). Without one, the exports still work, e.g. --export-cheatsheet FILE.pdf or --screenshot FILE.png (see --help).</source>
        <translation>keine Anzeige: Das Fenster des Labors braucht eine Desktop-Sitzung (X11 oder Wayland). Ohne sie funktionieren die Exporte trotzdem, z.&#xa0;B. --export-cheatsheet DATEI.pdf oder --screenshot DATEI.png (siehe --help).</translation>
    </message>
    <message>
        <source>cannot open the window: the display (%1) cannot be reached. The lab&apos;s window needs a running desktop session (X11 or Wayland); without one, the exports still work, e.g. --export-cheatsheet FILE.pdf or --screenshot FILE.png (see --help).</source>
        <translation>keine Verbindung zur Anzeige (%1): Das Fenster des Labors braucht eine laufende Desktop-Sitzung (X11 oder Wayland); ohne sie funktionieren die Exporte trotzdem, z.&#xa0;B. --export-cheatsheet DATEI.pdf oder --screenshot DATEI.png (siehe --help).</translation>
    </message>
    <message>
        <source>--screenshot: cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist or is not writable</source>
        <translation>--screenshot: „%1“ kann nicht geschrieben werden: Der Ordner „%2“ existiert nicht oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>saved settings ignored (not valid): </source>
        <translation>gespeicherte Einstellungen ignoriert (ungültig): </translation>
    </message>
    <message>
        <source>Print what the window shows at the probe (readouts and every teaching text) and exit; --explain=json prints it as a JSON object.</source>
        <translation>Gibt aus, was das Fenster am Messpunkt zeigt (Anzeigen und alle Lehrtexte), und beendet sich; --explain=json gibt es als JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>--explain: unknown format &apos;%1&apos;; valid: --explain or --explain=json</source>
        <translation>--explain: unbekanntes Format „%1“; gültig: --explain oder --explain=json</translation>
    </message>
    <message>
        <source>--explain cannot be combined with another export, --screenshot, --presentation or --lesson; valid: --explain with --family, --set, --probe, --scenario and --lang</source>
        <translation>--explain lässt sich nicht mit einem anderen Export, --screenshot, --presentation oder --lesson kombinieren; gültig: --explain mit --family, --set, --probe, --scenario und --lang</translation>
    </message>
    <message>
        <source>--explain: --family all is not valid here; valid: %1</source>
        <translation>--explain: --family all ist hier nicht gültig; gültig: %1</translation>
    </message>
    <message>
        <source>x = %1, output = %2, slope = %3</source>
        <translation>x = %1, Ausgabe = %2, Steigung = %3</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Gradientenzustand</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Current read</source>
        <translation>Aktueller Befund</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Try next</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>ML translation</source>
        <translation>In ML-Begriffen</translation>
    </message>
    <message>
        <source>Family snapshot</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <source>Why this family exists</source>
        <translation>Wozu es diese Familie gibt</translation>
    </message>
    <message>
        <source>Where you&apos;ll see it</source>
        <translation>Wo sie vorkommt</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Wann sie passt</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>Stolperfallen</translation>
    </message>
    <message>
        <source>--explain: could not write to standard output</source>
        <translation>--explain: Schreiben auf die Standardausgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Train a small network on --dataset with --family and write step,train_loss,train_accuracy,test_accuracy,dead_units,dead_layer1…,grad_norm_layer1… as CSV to file (- for standard output) and exit. --samples, --width, --depth, --batch, --init and --seed apply to it too.</source>
        <translation>Trainiert ein kleines Netz mit --family auf --dataset, schreibt step,train_loss,train_accuracy,test_accuracy,dead_units,dead_layer1…,grad_norm_layer1… als CSV in die Datei (- für die Standardausgabe) und beendet sich. --samples, --width, --depth, --batch, --init und --seed gelten auch dafür.</translation>
    </message>
    <message>
        <source>Data set for --export-training: %1 (default moons).</source>
        <translation>Datensatz für --export-training: %1 (Standard moons).</translation>
    </message>
    <message>
        <source>Noise for --export-training, 0 to %1 (default %2).</source>
        <translation>Rauschen für --export-training, 0 bis %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Optimizer for --export-training: %1 (default sgd).</source>
        <translation>Optimierer für --export-training: %1 (Standard sgd).</translation>
    </message>
    <message>
        <source>Learning rate for --export-training, %1 to %2 (default %3).</source>
        <translation>Lernrate für --export-training, %1 bis %2 (Standard %3).</translation>
    </message>
    <message>
        <source>Initial hidden bias for --export-training, -%1 to %1 (default 0).</source>
        <translation>Anfangs-Bias der verborgenen Neuronen für --export-training, -%1 bis %1 (Standard 0).</translation>
    </message>
    <message>
        <source>Training steps for --export-training, 1 to %1 (default 1000).</source>
        <translation>Trainingsschritte für --export-training, 1 bis %1 (Standard 1000).</translation>
    </message>
    <message>
        <source>--gain only works with --export-depth --init custom; valid: remove --gain</source>
        <translation>--gain funktioniert nur mit --export-depth --init custom; gültig: --gain weglassen</translation>
    </message>
    <message>
        <source>--%1 only works with --export-depth or --export-training; valid: add --export-depth FILE</source>
        <translation>--%1 funktioniert nur mit --export-depth oder --export-training; gültig: --export-depth DATEI ergänzen</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not valid; valid: a number from %3 to %4</source>
        <translation>--%1: „%2“ ist ungültig; gültig: eine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--%1 only works with --export-training; valid: add --export-training FILE</source>
        <translation>--%1 funktioniert nur mit --export-training; gültig: --export-training DATEI ergänzen</translation>
    </message>
    <message>
        <source>--export-training: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-training: der Dateiname ist leer; gültig: ein Dateiname oder - für die Standardausgabe</translation>
    </message>
    <message>
        <source>--export-training runs one family; valid: --family %1</source>
        <translation>--export-training trainiert eine Familie; gültig: --family %1</translation>
    </message>
    <message>
        <source>--export-training cannot be combined with --%1; valid: one export per run</source>
        <translation>--export-training lässt sich nicht mit --%1 kombinieren; gültig: ein Export pro Aufruf</translation>
    </message>
    <message>
        <source>--export-training cannot be combined with a lesson file; valid: one of them per run</source>
        <translation>--export-training lässt sich nicht mit einer Lektionsdatei kombinieren; gültig: eins von beiden pro Aufruf</translation>
    </message>
    <message>
        <source>--dataset: unknown data set &apos;%1&apos;; valid: %2</source>
        <translation>--dataset: unbekannter Datensatz „%1“; gültig: %2</translation>
    </message>
    <message>
        <source>--optimizer: unknown optimizer &apos;%1&apos;; valid: %2</source>
        <translation>--optimizer: unbekannter Optimierer „%1“; gültig: %2</translation>
    </message>
    <message>
        <source>--init: unknown initialization &apos;%1&apos; for --export-training; valid: %2</source>
        <translation>--init: unbekannte Initialisierung „%1“ für --export-training; gültig: %2</translation>
    </message>
    <message>
        <source>--batch: &apos;%1&apos; is not valid; valid: a whole number from 1 to %2 (the training points of --samples)</source>
        <translation>--batch: „%1“ ist ungültig; gültig: eine ganze Zahl von 1 bis %2 (die Trainingspunkte von --samples)</translation>
    </message>
</context>
<context>
    <name>relulab::ActivationBoard</name>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>activation f(x)</source>
        <translation>Ausgabe f(x)</translation>
    </message>
    <message>
        <source>derivative f′(x)</source>
        <translation>Ableitung f′(x)</translation>
    </message>
    <message>
        <source>Activation chart</source>
        <translation>Aktivierungsdiagramm</translation>
    </message>
    <message>
        <source>The selected family&apos;s output f(x) against x, the other families faintly. Drag or click to place the probe; arrow keys or the wheel step it (Shift coarse, Ctrl fine); Ctrl+wheel zooms.</source>
        <translation>Die Ausgabe f(x) der gewählten Familie über x, die anderen Familien blass. Ziehen oder Klicken setzt den Messpunkt; Pfeiltasten oder Mausrad bewegen ihn (Umschalt grob, Strg fein); Strg+Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Derivative chart</source>
        <translation>Ableitungsdiagramm</translation>
    </message>
    <message>
        <source>The selected family&apos;s slope f′(x), the gradient that survives back-propagation. Drag or click to place the probe; arrow keys or the wheel step it (Shift coarse, Ctrl fine); Ctrl+wheel zooms.</source>
        <translation>Die Steigung f′(x) der gewählten Familie – der Gradient, der die Rückpropagation übersteht. Ziehen oder Klicken setzt den Messpunkt; Pfeiltasten oder Mausrad bewegen ihn (Umschalt grob, Strg fein); Strg+Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Select %1 and draw it bold on the board</source>
        <translation>%1 auswählen und im Diagramm hervorheben</translation>
    </message>
    <message>
        <source>f(x)</source>
        <extracomment>The activation chart's y-axis title when "activation f(x)" does not fit the chart's height.</extracomment>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <extracomment>The derivative chart's y-axis title when "derivative f′(x)" does not fit the chart's height.</extracomment>
        <translation>f′(x)</translation>
    </message>
</context>
<context>
    <name>relulab::BatchDistribution</name>
    <message>
        <source>mu %1 is out of range; valid: -%2 to %2</source>
        <translation>mu %1 liegt außerhalb des Bereichs; gültig: -%2 bis %2</translation>
    </message>
    <message>
        <source>sigma %1 is out of range; valid: %2 to %3</source>
        <translation>sigma %1 liegt außerhalb des Bereichs; gültig: %2 bis %3</translation>
    </message>
</context>
<context>
    <name>relulab::BatchStatisticsPanel</name>
    <message>
        <source>Mean &amp;μ</source>
        <translation>Mittelwert &amp;μ</translation>
    </message>
    <message>
        <source>Spread &amp;σ</source>
        <translation>Streuung &amp;σ</translation>
    </message>
    <message>
        <source>Mean of the pre-activations</source>
        <translation>Mittelwert der Voraktivierungen</translation>
    </message>
    <message>
        <source>Standard deviation of the pre-activations</source>
        <translation>Standardabweichung der Voraktivierungen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>E[f′]</source>
        <translation>E[f′]</translation>
    </message>
    <message>
        <source>E[f′²]</source>
        <translation>E[f′²]</translation>
    </message>
    <message>
        <source>E[f]</source>
        <translation>E[f]</translation>
    </message>
    <message>
        <source>Var[f]</source>
        <translation>Var[f]</translation>
    </message>
    <message>
        <source>Pre-activations N(μ, σ²) and the selected activation</source>
        <translation>Voraktivierungen N(μ, σ²) und die ausgewählte Aktivierung</translation>
    </message>
    <message>
        <source>pre-activation x</source>
        <translation>Voraktivierung x</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>output f(x)</source>
        <translation>Ausgabe f(x)</translation>
    </message>
    <message>
        <source>batch density</source>
        <translation>Dichte des Batches</translation>
    </message>
    <message>
        <source>dead: slope exactly 0</source>
        <translation>tot: Steigung genau 0</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0&#xa0;%</translation>
    </message>
    <message>
        <source>≈ 0 %</source>
        <translation>≈ 0&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>relulab::BlankOverlay</name>
    <message>
        <source>Blank screen</source>
        <translation>Bildschirm ausgeblendet</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetActions</name>
    <message>
        <source>&amp;Print cheat sheet…</source>
        <translation>Kurzreferenz &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the family cheat sheet with the current parameters</source>
        <translation>Familien-Kurzreferenz mit den aktuellen Parametern drucken</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the printed cheat sheet before printing it</source>
        <translation>Kurzreferenz vor dem Drucken als Vorschau ansehen</translation>
    </message>
    <message>
        <source>&amp;Export cheat sheet as PDF…</source>
        <translation>Kurzreferenz als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the family cheat sheet with the current parameters as a PDF file</source>
        <translation>Familien-Kurzreferenz mit den aktuellen Parametern als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>ReLU Family Lab cheat sheet</source>
        <translation>ReLU Family Lab – Kurzreferenz</translation>
    </message>
    <message>
        <source>Print cheat sheet</source>
        <translation>Kurzreferenz drucken</translation>
    </message>
    <message>
        <source>The cheat sheet could not be sent to the printer “%1”.</source>
        <translation>Die Kurzreferenz konnte nicht an den Drucker „%1“ gesendet werden.</translation>
    </message>
    <message>
        <source>Cheat sheet preview</source>
        <translation>Kurzreferenz-Vorschau</translation>
    </message>
    <message>
        <source>relu-family-cheat-sheet.pdf</source>
        <translation>relu-familie-kurzreferenz.pdf</translation>
    </message>
    <message>
        <source>Export cheat sheet as PDF</source>
        <translation>Kurzreferenz als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The cheat sheet could not be saved as “%1”.</source>
        <translation>Die Kurzreferenz konnte nicht als „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Cheat sheet &amp;families…</source>
        <translation>&amp;Familien der Kurzreferenz…</translation>
    </message>
    <message>
        <source>Choose which families the printed cheat sheet describes</source>
        <translation>Wählen, welche Familien die gedruckte Kurzreferenz beschreibt</translation>
    </message>
    <message>
        <source>Cheat sheet families</source>
        <translation>Familien der Kurzreferenz</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
    <message>
        <source>Choose at least one family to print.</source>
        <translation>Wählen Sie mindestens eine Familie zum Drucken.</translation>
    </message>
    <message>
        <source>The cheat sheet describes these families, one block each, and lists them in its at-a-glance table.</source>
        <translation>Die Kurzreferenz beschreibt diese Familien, jede in einem eigenen Block, und führt sie in ihrer Tabelle „Auf einen Blick“ auf.</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetExport</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>ReLU Family Lab: the family cheat sheet</source>
        <translation>ReLU Family Lab: die Familien-Kurzreferenz</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>das PDF konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>writing &apos;%1&apos; failed: %2</source>
        <translation>Schreiben von „%1“ fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetFacts</name>
    <message>
        <source>(default %1)</source>
        <translation>(Standard %1)</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetPainter</name>
    <message>
        <source>Key facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Wertebereich</translation>
    </message>
    <message>
        <source>Slope left of 0</source>
        <translation>Steigung links von 0</translation>
    </message>
    <message>
        <source>Slope at 0</source>
        <translation>Steigung bei 0</translation>
    </message>
    <message>
        <source>In code (with their defaults)</source>
        <translation>Im Code (mit Standardwerten)</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Keras / TensorFlow</source>
        <translation>Keras / TensorFlow</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Wann sie passt</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>Stolperfallen</translation>
    </message>
    <message>
        <source>ReLU Family Lab</source>
        <translation>ReLU Family Lab</translation>
    </message>
    <message>
        <source>%1: the family cheat sheet</source>
        <translation>%1: die Familien-Kurzreferenz</translation>
    </message>
    <message>
        <source>Drawn with the current parameters:</source>
        <translation>Gezeichnet mit den aktuellen Parametern:</translation>
    </message>
    <message>
        <source>output f(x)</source>
        <translation>Ausgabe f(x)</translation>
    </message>
    <message>
        <source>slope f′(x): what multiplies the gradient</source>
        <translation>Steigung f′(x): der Faktor für den Gradienten</translation>
    </message>
    <message>
        <source>kink</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>slope at a kink (PyTorch)</source>
        <translation>Steigung am Knick (PyTorch)</translation>
    </message>
    <message>
        <source>Negative side</source>
        <translation>Negative Seite</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Knickbereich</translation>
    </message>
    <message>
        <source>Positive side</source>
        <translation>Positive Seite</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Slope far left</source>
        <translation>Steigung weit links</translation>
    </message>
    <message>
        <source>Smooth at 0</source>
        <translation>Glatt bei 0</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no, a kink</source>
        <translation>nein, Knick</translation>
    </message>
    <message>
        <source>Slope far left: the slope at x = %1, the share of the gradient a strongly negative input passes back. 0 means none at all; ≈ 0 means it fades but never quite vanishes.</source>
        <translation>Steigung weit links: die Steigung bei x = %1, also der Anteil des Gradienten, den eine stark negative Eingabe zurückgibt. 0 heißt: gar nichts; ≈ 0 heißt: Er wird schwach, verschwindet aber nie ganz.</translation>
    </message>
    <message>
        <source>ReLU Family Lab %1</source>
        <translation>ReLU Family Lab %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetWorksheet</name>
    <message>
        <source>Your turn: predict, then check</source>
        <translation>Jetzt Sie: erst vorhersagen, dann prüfen</translation>
    </message>
    <message>
        <source>Before you move the probe, write down what you expect: the output f(x) and the slope f′(x) at each input. Then type each x into Probe x in the lab and compare.</source>
        <translation>Bevor Sie den Messpunkt bewegen, notieren Sie, was Sie erwarten: die Ausgabe f(x) und die Steigung f′(x) an jeder Eingabe. Geben Sie dann jedes x unter Messpunkt x im Labor ein und vergleichen Sie.</translation>
    </message>
    <message>
        <source>Where a slope jumps at x = 0, which side&apos;s slope does the lab report there?</source>
        <translation>Wo die Steigung bei x = 0 springt: Welche der beiden Steigungen meldet das Labor dort?</translation>
    </message>
</context>
<context>
    <name>relulab::DepthLabPanel</name>
    <message>
        <source>These settings cannot run: %1</source>
        <translation>Mit diesen Einstellungen ist kein Lauf möglich: %1</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Fertig nach %1&#xa0;s.</translation>
    </message>
    <message>
        <source>&amp;Initialization</source>
        <translation>&amp;Initialisierung</translation>
    </message>
    <message>
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>Custom gain</source>
        <translation>Eigener Gain</translation>
    </message>
    <message>
        <source>&amp;Gain</source>
        <translation>&amp;Gain</translation>
    </message>
    <message>
        <source>&amp;Width W</source>
        <translation>Breite &amp;W</translation>
    </message>
    <message>
        <source>&amp;Depth L</source>
        <translation>&amp;Tiefe L</translation>
    </message>
    <message>
        <source>&amp;Batch B</source>
        <translation>&amp;Batch B</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Overlay &amp;all families</source>
        <translation>Alle Familien &amp;überlagern</translation>
    </message>
    <message>
        <source>Keep the &amp;previous run (dashed)</source>
        <translation>&amp;Vorherigen Lauf behalten (gestrichelt)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>Gradientennorm pro Schicht</translation>
    </message>
    <message>
        <source>Activation standard deviation</source>
        <translation>Standardabweichung der Aktivierungen</translation>
    </message>
    <message>
        <source>Dead fraction (slope exactly 0)</source>
        <translation>Toter Anteil (Steigung genau 0)</translation>
    </message>
    <message>
        <source>layer (1 = nearest the input)</source>
        <translation>Schicht (1 = direkt an der Eingabe)</translation>
    </message>
    <message>
        <source>‖∂L/∂z‖ (log)</source>
        <translation>‖∂L/∂z‖ (log.)</translation>
    </message>
    <message>
        <source>std (log)</source>
        <translation>Std.-Abw. (log.)</translation>
    </message>
    <message>
        <source>share of units</source>
        <translation>Anteil der Neuronen</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>gain %1</source>
        <translation>Gain %1</translation>
    </message>
    <message>
        <source>%1 (previous)</source>
        <translation>%1 (vorheriger Lauf)</translation>
    </message>
</context>
<context>
    <name>relulab::DepthSettings</name>
    <message>
        <source>width %1 is out of range; valid: 1 to %2</source>
        <translation>Breite %1 liegt außerhalb des Bereichs; gültig: 1 bis %2</translation>
    </message>
    <message>
        <source>depth %1 is out of range; valid: 1 to %2</source>
        <translation>Tiefe %1 liegt außerhalb des Bereichs; gültig: 1 bis %2</translation>
    </message>
    <message>
        <source>batch %1 is out of range; valid: 1 to %2</source>
        <translation>Batch %1 liegt außerhalb des Bereichs; gültig: 1 bis %2</translation>
    </message>
    <message>
        <source>gain %1 is out of range; valid: %2 to %3</source>
        <translation>Gain %1 liegt außerhalb des Bereichs; gültig: %2 bis %3</translation>
    </message>
    <message>
        <source>depth × width² = %1 weights is too many to keep; valid: at most %2 (e.g. width 256 with depth up to 512)</source>
        <translation>depth × width² = %1 Gewichte sind zu viele für den Speicher; gültig: höchstens %2 (z. B. Breite 256 bei Tiefe bis 512)</translation>
    </message>
    <message>
        <source>depth × width² × batch = %1 is too much work to finish quickly; valid: at most %2 (the default 30 × 256² × 256 is about 5e8)</source>
        <translation>depth × width² × batch = %1 ist zu viel Rechenaufwand für einen schnellen Lauf; gültig: höchstens %2 (die Standardeinstellung 30 × 256² × 256 ergibt etwa 5e8)</translation>
    </message>
    <message>
        <source>unknown family &apos;%1&apos;; valid: %2</source>
        <translation>unbekannte Familie „%1“; gültig: %2</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters, not %3</source>
        <translation>%1 erwartet %2 Parameter, nicht %3</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range; valid: %3</source>
        <translation>%1 = %2 liegt außerhalb des Bereichs; gültig: %3</translation>
    </message>
</context>
<context>
    <name>relulab::EntryKeys</name>
    <message>
        <source>%1 takes a number from %2 to %3.</source>
        <translation>%1: eine Zahl von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Selected family. %1</source>
        <translation>Ausgewählte Familie. %1</translation>
    </message>
    <message>
        <source>Press Enter or Space to select. %1</source>
        <translation>Auswählen mit Eingabetaste oder Leertaste. %1</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyCatalog</name>
    <message>
        <source>&apos;%1&apos; is not a family; valid: %2</source>
        <translation>„%1“ ist keine Familie; gültig: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice</source>
        <translation>„%1“ ist zweimal genannt</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyFacts</name>
    <message>
        <source>On both kinks, x = 0 and x = 6, PyTorch uses slope 0.</source>
        <translation>An beiden Knicken, x = 0 und x = 6, verwendet PyTorch Steigung 0.</translation>
    </message>
    <message>
        <source>On the knees PyTorch uses the outer slope: 0 at x = −3, 1 at x = 3.</source>
        <translation>An den Knicken verwendet PyTorch die äußere Steigung: 0 bei x = −3, 1 bei x = 3.</translation>
    </message>
    <message>
        <source>0 left of x = −3; from %1 just right of it up to %2 at 0, negative left of x = %3</source>
        <translation>0 links von x = −3; von %1 knapp rechts davon bis %2 bei 0, negativ links von x = %3</translation>
    </message>
    <message>
        <source>Keras also names it hard_swish</source>
        <translation>Keras nennt sie auch hard_swish</translation>
    </message>
    <message>
        <source>σ(1 − σ): at most %1 (at 0), fading to 0 on both sides</source>
        <translation>σ(1 − σ): höchstens %1 (bei 0), nach beiden Seiten gegen 0 abklingend</translation>
    </message>
    <message>
        <source>1 − tanh²x: at most %1 (at 0), fading to 0 on both sides</source>
        <translation>1 − tanh²x: höchstens %1 (bei 0), nach beiden Seiten gegen 0 abklingend</translation>
    </message>
    <message>
        <source>%1 (no gradient flows back)</source>
        <translation>%1 (kein Gradient fließt zurück)</translation>
    </message>
    <message>
        <source>a = %1, constant: small but never 0</source>
        <translation>a = %1, konstant: klein, aber nie 0</translation>
    </message>
    <message>
        <source>a = 0: no gradient flows back</source>
        <translation>a = 0: kein Gradient fließt zurück</translation>
    </message>
    <message>
        <source>%1 (no kink when a = 1)</source>
        <translation>%1 (kein Knick bei a = 1)</translation>
    </message>
    <message>
        <source>tf.keras 2 names the argument alpha: LeakyReLU(alpha=0.3)</source>
        <translation>tf.keras 2 nennt das Argument alpha: LeakyReLU(alpha=0.3)</translation>
    </message>
    <message>
        <source>α·eˣ: %1 just left of 0, fading to 0 further left</source>
        <translation>α·eˣ: %1 knapp links von 0, weiter links gegen 0 abklingend</translation>
    </message>
    <message>
        <source>torch.nn.SiLU() and keras.activations.silu(x) fix β = 1; tf.nn.silu(x, beta=1.0) takes β</source>
        <translation>torch.nn.SiLU() und keras.activations.silu(x) legen β = 1 fest; tf.nn.silu(x, beta=1.0) nimmt β</translation>
    </message>
    <message>
        <source>s: the softplus of x; σ: the logistic sigmoid.</source>
        <translation>s: Softplus von x; σ: die logistische Sigmoidfunktion.</translation>
    </message>
    <message>
        <source>λ = 1.0507009873554805 and α = 1.6732632423543772 (Klambauer et al. 2017): PyTorch&apos;s scale and alpha.</source>
        <translation>λ = 1,0507009873554805 und α = 1,6732632423543772 (Klambauer et al. 2017): scale und alpha in PyTorch.</translation>
    </message>
    <message>
        <source>λα·eˣ: %1 just left of 0, fading to 0 further left</source>
        <translation>λα·eˣ: %1 knapp links von 0, weiter links gegen 0 abklingend</translation>
    </message>
    <message>
        <source>%1 (smooth at 0 when α = 1)</source>
        <translation>%1 (glatt bei 0, wenn α = 1)</translation>
    </message>
    <message>
        <source>The tanh approximation of x·Φ(x).</source>
        <translation>Die tanh-Näherung von x·Φ(x).</translation>
    </message>
    <message>
        <source>Φ: standard normal CDF; φ: its density.</source>
        <translation>Φ: Verteilungsfunktion der Standardnormalverteilung; φ: ihre Dichte.</translation>
    </message>
    <message>
        <source>from %1 down to ≈ %2 near x = %3, then back toward 0; negative left of x ≈ %4</source>
        <translation>von %1 hinab bis ≈ %2 nahe x = %3, dann zurück gegen 0; negativ links von x ≈ %4</translation>
    </message>
    <message>
        <source>keras.ops.gelu defaults to approximate=True</source>
        <translation>keras.ops.gelu verwendet standardmäßig approximate=True</translation>
    </message>
    <message>
        <source>σ: the logistic sigmoid.</source>
        <translation>σ: die logistische Sigmoidfunktion.</translation>
    </message>
    <message>
        <source>σ(βx): between 0 and %1, fading to 0 further left</source>
        <translation>σ(βx): zwischen 0 und %1, weiter links gegen 0 abklingend</translation>
    </message>
    <message>
        <source>%1 by PyTorch&apos;s convention (slope %2 just left of 0, %3 just right)</source>
        <translation>%1 nach PyTorch-Konvention (Steigung %2 knapp links von 0, %3 knapp rechts)</translation>
    </message>
    <message>
        <source>%1 (smooth: no convention needed)</source>
        <translation>%1 (glatt: keine Konvention nötig)</translation>
    </message>
</context>
<context>
    <name>relulab::GradientSurvivalView</name>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Familie</translation>
    </message>
    <message>
        <source>&amp;Try a scenario</source>
        <translation>Szenario aus&amp;probieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>relulab::LabControls</name>
    <message>
        <source>%1 has no parameters: its shape is fixed.</source>
        <translation>%1 hat keine Parameter: Die Form ist fest vorgegeben.</translation>
    </message>
    <message>
        <source>&amp;Probe x</source>
        <translation>&amp;Messpunkt x</translation>
    </message>
    <message>
        <source>Probe position x</source>
        <translation>Position x des Messpunkts</translation>
    </message>
    <message>
        <source>Jump to teaching scenario</source>
        <translation>Zu Unterrichtsszenario springen</translation>
    </message>
</context>
<context>
    <name>relulab::LabIntro</name>
    <message>
        <source>Show or hide the introduction</source>
        <translation>Einführung ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>relulab::LabKeyActions</name>
    <message>
        <source>Probe left</source>
        <translation>Messpunkt nach links</translation>
    </message>
    <message>
        <source>Probe right</source>
        <translation>Messpunkt nach rechts</translation>
    </message>
    <message>
        <source>Probe left, big step</source>
        <translation>Messpunkt grob nach links</translation>
    </message>
    <message>
        <source>Probe right, big step</source>
        <translation>Messpunkt grob nach rechts</translation>
    </message>
    <message>
        <source>Probe left, fine step</source>
        <translation>Messpunkt fein nach links</translation>
    </message>
    <message>
        <source>Probe right, fine step</source>
        <translation>Messpunkt fein nach rechts</translation>
    </message>
    <message>
        <source>Probe to the left end</source>
        <translation>Messpunkt an linkes Ende</translation>
    </message>
    <message>
        <source>Probe to the right end</source>
        <translation>Messpunkt an rechtes Ende</translation>
    </message>
    <message>
        <source>Probe to zero</source>
        <translation>Messpunkt auf null</translation>
    </message>
    <message>
        <source>Increase the family&apos;s parameter</source>
        <translation>Parameter der Familie erhöhen</translation>
    </message>
    <message>
        <source>Decrease the family&apos;s parameter</source>
        <translation>Parameter der Familie verringern</translation>
    </message>
    <message>
        <source>Next family</source>
        <translation>Nächste Familie</translation>
    </message>
    <message>
        <source>Previous family</source>
        <translation>Vorherige Familie</translation>
    </message>
</context>
<context>
    <name>relulab::LabModel</name>
    <message>
        <source>unknown family &apos;%1&apos;; valid families: %2</source>
        <translation>unbekannte Familie „%1“; gültige Familien: %2</translation>
    </message>
    <message>
        <source>probe %1 is out of range; valid: a number from %2 to %3</source>
        <translation>Messpunkt %1 liegt außerhalb des Bereichs; gültig: eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>unknown family &apos;%1&apos;</source>
        <translation>unbekannte Familie „%1“</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;; its parameters: %3</source>
        <translation>%1 hat keinen Parameter „%2“; vorhandene Parameter: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2 = %3 is out of range; valid: %4</source>
        <translation>%1 %2 = %3 liegt außerhalb des Bereichs; gültig: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE; valid: %2</source>
        <translation>„%1“ hat nicht die Form NAME=VALUE; gültig: %2</translation>
    </message>
    <message>
        <source>%1 %2 = &apos;%3&apos; is not an option; valid: %4</source>
        <translation>%1 %2 = „%3“ ist keine Auswahlmöglichkeit; gültig: %4</translation>
    </message>
    <message>
        <source>%1 %2: &apos;%3&apos; is not a number</source>
        <translation>%1 %2: „%3“ ist keine Zahl</translation>
    </message>
    <message>
        <source>range %1:%2 is not valid; valid: A:B with -%3 &lt;= A &lt; B &lt;= %3, at least %4 wide</source>
        <translation>Bereich %1:%2 ist ungültig; gültig: A:B mit -%3 &lt;= A &lt; B &lt;= %3, mindestens %4 breit</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: unknown family &apos;%2&apos;</source>
        <translation>Szenario „%1“: unbekannte Familie „%2“</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2 %3 = %4 is not valid</source>
        <translation>Szenario „%1“: %2 %3 = %4 ist ungültig</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: probe %2 is out of range</source>
        <translation>Szenario „%1“: Messpunkt %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>family &apos;%1&apos; is named twice</source>
        <translation>Familie „%1“ ist zweimal genannt</translation>
    </message>
</context>
<context>
    <name>relulab::LessonActions</name>
    <message>
        <source>Lesson not opened</source>
        <translation>Lektion nicht geöffnet</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lesson decks (*.relulesson);;All files (*)</source>
        <translation>Lektionsdateien (*.relulesson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The lesson that was open before is still loaded.</source>
        <translation>Die zuvor geöffnete Lektion bleibt geladen.</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Lektion öffnen…</translation>
    </message>
    <message>
        <source>Open a lesson deck (.relulesson) at its first step</source>
        <translation>Lektionsdatei (.relulesson) öffnen und beim ersten Schritt beginnen</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>Lektion speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Prepare the steps of a lesson and save it as a file</source>
        <translation>Schritte einer Lektion vorbereiten und als Datei speichern</translation>
    </message>
    <message>
        <source>Open &amp;sample lesson</source>
        <translation>Beispiellektion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the lesson “Why did my network stop learning?”</source>
        <translation>Lektion „Warum lernt mein Netz nicht mehr?“ öffnen</translation>
    </message>
    <message>
        <source>Open lesson “From sigmoid to &amp;GELU”</source>
        <translation>Lektion „Von Sigmoid zu &amp;GELU“ öffnen</translation>
    </message>
    <message>
        <source>Open the lesson “From sigmoid to GELU”: how ReLU and GELU replaced the saturating classics</source>
        <translation>Die Lektion „Von Sigmoid zu GELU“ öffnen: wie ReLU und GELU die Klassiker in Sättigung ablösten</translation>
    </message>
</context>
<context>
    <name>relulab::LessonBar</name>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>Vorheriger Schritt (Bild↑)</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>Nächster Schritt (Bild↓)</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Vorheriger Lektionsschritt</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Nächster Lektionsschritt</translation>
    </message>
    <message>
        <source>Built-in scenarios</source>
        <translation>Eingebaute Szenarien</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Page Down or Space to start the lesson.</source>
        <translation>Bild↓ oder Leertaste startet die Lektion.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Lesson step %1: %2</source>
        <translation>Lektionsschritt %1: %2</translation>
    </message>
    <message>
        <source>changed since step %1 · R restores</source>
        <translation>geändert seit Schritt %1 · R stellt ihn wieder her</translation>
    </message>
</context>
<context>
    <name>relulab::LessonEditor</name>
    <message>
        <source>%1, x = %2</source>
        <translation>%1, x = %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No step selected.</source>
        <translation>Kein Schritt ausgewählt.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lektion</translation>
    </message>
    <message>
        <source>Save lesson as</source>
        <translation>Lektion speichern unter</translation>
    </message>
    <message>
        <source>Lesson decks (*.relulesson)</source>
        <translation>Lektionsdateien (*.relulesson)</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>Lektion nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>This lesson has changes that are not saved. Close the editor and discard them?</source>
        <translation>Diese Lektion enthält ungespeicherte Änderungen. Editor schließen und Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Prepare lesson</source>
        <translation>Lektion vorbereiten</translation>
    </message>
    <message>
        <source>Prepare lesson – %1</source>
        <translation>Lektion vorbereiten – %1</translation>
    </message>
    <message>
        <source>Lesson &amp;title (%1):</source>
        <translation>Lektions&amp;titel (%1):</translation>
    </message>
    <message>
        <source>Lesson title in %1</source>
        <translation>Lektionstitel (%1)</translation>
    </message>
    <message>
        <source>&amp;Steps (Alt+Up and Alt+Down move, Delete removes):</source>
        <translation>&amp;Schritte (Alt+↑ und Alt+↓ verschieben, Entf löscht):</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Schritte der Lektion</translation>
    </message>
    <message>
        <source>&amp;Add current lab state</source>
        <translation>&amp;Aktuellen Stand hinzufügen</translation>
    </message>
    <message>
        <source>Adds the lab&apos;s family, parameters and probe as a step after the selected one</source>
        <translation>Fügt Familie, Parameter und Messpunkt des Labors als Schritt nach dem ausgewählten ein</translation>
    </message>
    <message>
        <source>Add current lab state as a step</source>
        <translation>Aktuellen Laborzustand als Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>Step t&amp;itle (%1):</source>
        <translation>T&amp;itel des Schritts (%1):</translation>
    </message>
    <message>
        <source>Step title in %1</source>
        <translation>Titel des Schritts (%1)</translation>
    </message>
    <message>
        <source>Step &amp;note (%1):</source>
        <translation>&amp;Notiz zum Schritt (%1):</translation>
    </message>
    <message>
        <source>Step note in %1</source>
        <translation>Notiz zum Schritt (%1)</translation>
    </message>
    <message>
        <source>Lab state of the step</source>
        <translation>Laborzustand des Schritts</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sp&amp;eichern unter…</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Ausgewählter Schritt</translation>
    </message>
    <message>
        <source>S&amp;peaker notes (%1):</source>
        <translation>S&amp;prechernotizen (%1):</translation>
    </message>
    <message>
        <source>Speaker notes in %1, shown on the teacher&apos;s screen only</source>
        <translation>Sprechernotizen auf %1, nur auf dem Bildschirm der Lehrkraft</translation>
    </message>
    <message>
        <source>Shown in the speaker notes window on the teacher&apos;s screen, never on the projected view</source>
        <translation>Erscheinen im Fenster „Sprechernotizen“ auf dem Bildschirm der Lehrkraft, nie im projizierten Bild</translation>
    </message>
    <message>
        <source>What the step sets besides family, parameters and probe</source>
        <translation>Was der Schritt außer Familie, Parametern und Messpunkt festlegt</translation>
    </message>
</context>
<context>
    <name>relulab::LessonPlayer</name>
    <message>
        <source>no step %1; the lesson has %2</source>
        <translation>Schritt %1 gibt es nicht; die Lektion hat %2</translation>
    </message>
</context>
<context>
    <name>relulab::LessonReader</name>
    <message>
        <source>the text %1</source>
        <translation>der Text %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>eine Liste [ … ]</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>ein Objekt { … }</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>step %1, field %2</source>
        <translation>Schritt %1, Feld %2</translation>
    </message>
    <message>
        <source>unknown field %1; valid fields: %2</source>
        <translation>unbekanntes Feld %1; gültige Felder: %2</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>der Text ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>%1 languages are too many; at most %2 are allowed</source>
        <translation>%1 Sprachen sind zu viele; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>%1 is not a language code; valid: codes such as en, de, es, fr or pt_BR</source>
        <translation>%1 ist kein Sprachcode; gültig: Codes wie en, de, es, fr oder pt_BR</translation>
    </message>
    <message>
        <source>must be a text in quotes, not %1</source>
        <translation>muss ein Text in Anführungszeichen sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a text, or an object of language codes and texts such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation>muss ein Text sein oder ein Objekt aus Sprachcodes und Texten wie {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, nicht %1</translation>
    </message>
    <message>
        <source>%1 has no parameters; leave &apos;parameters&apos; out or empty</source>
        <translation>%1 hat keine Parameter; „parameters“ weglassen oder leer lassen</translation>
    </message>
    <message>
        <source>%1 has no parameter %2; its parameters: %3</source>
        <translation>%1 hat keinen Parameter %2; vorhandene Parameter: %3</translation>
    </message>
    <message>
        <source>must be one of %1 (in quotes), not %2</source>
        <translation>muss einer der Werte %1 (in Anführungszeichen) sein, nicht %2</translation>
    </message>
    <message>
        <source>must be a number from %1, not %2</source>
        <translation>muss eine Zahl im Bereich %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: a number from %2</source>
        <translation>%1 liegt außerhalb des Bereichs; gültig: eine Zahl im Bereich %2</translation>
    </message>
    <message>
        <source>must be an object { … }, not %1</source>
        <translation>muss ein Objekt { … } sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is not a built-in scenario; valid: %2</source>
        <translation>%1 ist kein eingebautes Szenario; gültig: %2</translation>
    </message>
    <message>
        <source>%1 is not a family; valid: %2</source>
        <translation>%1 ist keine Familie; gültig: %2</translation>
    </message>
    <message>
        <source>field &apos;family&apos; is missing; valid: %1</source>
        <translation>Feld „family“ fehlt; gültig: %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;alpha&quot;: 0.5}, not %1</source>
        <translation>muss ein Objekt wie {&quot;alpha&quot;: 0.5} sein, nicht %1</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: %2</source>
        <translation>%1 liegt außerhalb des Bereichs; gültig: %2</translation>
    </message>
    <message>
        <source>field &apos;probe&apos; is missing; valid: a number from %1 to %2</source>
        <translation>Feld „probe“ fehlt; gültig: eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>the file is too large (%1 KiB); a lesson file may be at most %2 KiB</source>
        <translation>die Datei ist zu groß (%1&#xa0;KiB); eine Lektionsdatei darf höchstens %2&#xa0;KiB groß sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1 (the file is not valid JSON)</source>
        <translation>%1 (die Datei ist kein gültiges JSON)</translation>
    </message>
    <message>
        <source>the file must hold one object { &quot;format&quot;: &quot;%1&quot;, … }, not a list [ … ]</source>
        <translation>die Datei muss genau ein Objekt { &quot;format&quot;: &quot;%1&quot;, … } enthalten, keine Liste [ … ]</translation>
    </message>
    <message>
        <source>this is not a ReLU Family Lab lesson: field &apos;format&apos; is missing; a lesson begins with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>dies ist keine Lektion für ReLU Family Lab: Feld „format“ fehlt; eine Lektion beginnt mit &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &apos;format&apos;</source>
        <translation>Feld „format“</translation>
    </message>
    <message>
        <source>%1 is not a lesson format; valid: &quot;%2&quot;</source>
        <translation>%1 ist kein Lektionsformat; gültig: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>field &apos;version&apos; is missing; valid: %1</source>
        <translation>Feld „version“ fehlt; gültig: %1</translation>
    </message>
    <message>
        <source>field &apos;version&apos;</source>
        <translation>Feld „version“</translation>
    </message>
    <message>
        <source>%1 is not a version; valid: %2</source>
        <translation>%1 ist keine Versionsnummer; gültig: %2</translation>
    </message>
    <message>
        <source>field &apos;steps&apos; is missing; a lesson needs a list of at least one step</source>
        <translation>Feld „steps“ fehlt; eine Lektion braucht eine Liste mit mindestens einem Schritt</translation>
    </message>
    <message>
        <source>field &apos;steps&apos;</source>
        <translation>Feld „steps“</translation>
    </message>
    <message>
        <source>must be a list [ … ] of steps, not %1</source>
        <translation>muss eine Liste [ … ] von Schritten sein, nicht %1</translation>
    </message>
    <message>
        <source>the list is empty; a lesson needs at least one step</source>
        <translation>die Liste ist leer; eine Lektion braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>%1 steps are too many; a lesson may have at most %2</source>
        <translation>%1 Schritte sind zu viele; eine Lektion darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>no such file in %1</source>
        <translation>Datei in %1 nicht vorhanden</translation>
    </message>
    <message>
        <source>this is a folder, not a lesson file</source>
        <translation>dies ist ein Ordner, keine Lektionsdatei</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>not saved: the lesson would not read back the same</source>
        <translation>nicht gespeichert: Die Lektion ließe sich nicht unverändert wieder einlesen</translation>
    </message>
    <message>
        <source>cannot be saved in %1: %2</source>
        <translation>kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>version %1 is not supported; this ReLU Family Lab reads lesson files up to version %2, a newer one is needed for this file</source>
        <translation>Version %1 wird nicht unterstützt; dieses ReLU Family Lab liest Lektionsdateien bis Version %2, für diese Datei ist eine neuere Programmversion nötig</translation>
    </message>
    <message>
        <source>this field needs lesson format version %1; the file says version %2</source>
        <translation>dieses Feld braucht Version %1 des Lektionsformats; die Datei hat Version %2</translation>
    </message>
    <message>
        <source>%1 is not a tab; valid: %2</source>
        <translation>%1 ist kein Reiter; gültig: %2</translation>
    </message>
    <message>
        <source>a list of two numbers [from, to] between -%1 and %1, at least %2 apart</source>
        <translation>eine Liste aus zwei Zahlen [von, bis] zwischen -%1 und %1, mindestens %2 auseinander</translation>
    </message>
    <message>
        <source>[%1, %2] is not a valid range; valid: %3</source>
        <translation>[%1, %2] ist kein gültiger Bereich; gültig: %3</translation>
    </message>
    <message>
        <source>must be a list such as [&quot;%1&quot;] of %2, not %3</source>
        <translation>muss eine Liste wie [&quot;%1&quot;] aus %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 is not valid here; valid: %2</source>
        <translation>%1 ist hier ungültig; gültig: %2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;mu&quot;: 0, &quot;sigma&quot;: 1}, not %1</source>
        <translation>muss ein Objekt wie {&quot;mu&quot;: 0, &quot;sigma&quot;: 1} sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;init&quot;: &quot;he&quot;, &quot;width&quot;: 256, &quot;depth&quot;: 30}, not %1</source>
        <translation>muss ein Objekt wie {&quot;init&quot;: &quot;he&quot;, &quot;width&quot;: 256, &quot;depth&quot;: 30} sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is not an initialization; valid: %2</source>
        <translation>%1 ist keine Initialisierung; gültig: %2</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;hide&quot;: [&quot;readouts&quot;]}, not %1</source>
        <translation>muss ein Objekt wie {&quot;hide&quot;: [&quot;readouts&quot;]} sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>relulab::MainWindow</name>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>ReLU Family Lab</source>
        <translation>ReLU Family Lab</translation>
    </message>
    <message>
        <source>Activation lab</source>
        <translation>Aktivierungslabor</translation>
    </message>
    <message>
        <source>Teaching notes</source>
        <translation>Unterrichtsnotizen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Labor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Export curves as CSV…</source>
        <translation>Kurven als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save &amp;screenshot as PNG…</source>
        <translation>&amp;Screenshot als PNG speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom (−4 to 4)</source>
        <translation>&amp;Zoom zurücksetzen (−4 bis 4)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Bildschirm ausblenden</translation>
    </message>
    <message>
        <source>&amp;About ReLU Family Lab</source>
        <translation>Ü&amp;ber ReLU Family Lab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>Kurven als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The curves could not be saved to %1:
%2</source>
        <translation>Die Kurven konnten nicht in %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save screenshot as PNG</source>
        <translation>Screenshot als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Screenshot failed</source>
        <translation>Screenshot fehlgeschlagen</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1:
%2</source>
        <translation>Der Screenshot konnte nicht in %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>About ReLU Family Lab</source>
        <translation>Über ReLU Family Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Family Lab %1&lt;/h3&gt;&lt;p&gt;See what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative evidence, and what gradient survives the trip back.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Family Lab %1&lt;/h3&gt;&lt;p&gt;Zeigt, was ReLU, Leaky ReLU, ELU, GELU und Softplus mit negativen Eingaben machen – und welcher Gradient den Rückweg übersteht.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Family cheat sheet</source>
        <translation>Familien-Kurzreferenz</translation>
    </message>
    <message>
        <source>&amp;Next lesson step</source>
        <translation>&amp;Nächster Lektionsschritt</translation>
    </message>
    <message>
        <source>&amp;Previous lesson step</source>
        <translation>&amp;Vorheriger Lektionsschritt</translation>
    </message>
    <message>
        <source>Show the &amp;other families faintly</source>
        <translation>Andere &amp;Familien blass zeigen</translation>
    </message>
    <message>
        <source>&amp;Comparison families…</source>
        <translation>&amp;Vergleichsfamilien…</translation>
    </message>
    <message>
        <source>Choose which families the board draws faintly beside the selected one</source>
        <translation>Wählen, welche Familien die Diagramme blass neben der gewählten zeigen</translation>
    </message>
    <message>
        <source>Comparison families</source>
        <translation>Vergleichsfamilien</translation>
    </message>
    <message>
        <source>The board draws these families faintly beside the selected one, and its legend lists them. A few at a time keep the board readable.</source>
        <translation>Die Diagramme zeigen diese Familien blass neben der gewählten, und die Legende nennt sie. Wenige auf einmal halten die Diagramme lesbar.</translation>
    </message>
    <message>
        <source>&amp;Hide the answers, then reveal</source>
        <translation>Antworten &amp;verbergen, dann aufdecken</translation>
    </message>
    <message>
        <source>Hide the answers so the class predicts first; press again to reveal (P)</source>
        <translation>Antworten verbergen, damit die Klasse zuerst vorhersagt; erneut drücken deckt sie auf (P)</translation>
    </message>
    <message>
        <source>Hi&amp;de for prediction</source>
        <translation>Für die Vor&amp;hersage verbergen</translation>
    </message>
    <message>
        <source>Values and verdict at the probe</source>
        <translation>Werte und Befund am Messpunkt</translation>
    </message>
    <message>
        <source>The curve right of the probe</source>
        <translation>Die Kurve rechts vom Messpunkt</translation>
    </message>
    <message>
        <source>The derivative panel</source>
        <translation>Das Diagramm der Ableitung</translation>
    </message>
    <message>
        <source>Teaching cards about the reading</source>
        <translation>Unterrichtsnotizen zum Messwert</translation>
    </message>
    <message>
        <source>&amp;Table of every family at the probe</source>
        <translation>&amp;Tabelle aller Familien am Messpunkt</translation>
    </message>
    <message>
        <source>&amp;Speaker notes</source>
        <translation>&amp;Sprechernotizen</translation>
    </message>
    <message>
        <source>The current step&apos;s speaker notes, the next step and the lesson time, in a window of their own that is never projected</source>
        <translation>Die Sprechernotizen des aktuellen Schritts, der nächste Schritt und die Lektionszeit, in einem eigenen Fenster, das nie projiziert wird</translation>
    </message>
    <message>
        <source>&amp;Teacher&apos;s view on a second screen when presenting</source>
        <translation>&amp;Lehreransicht auf einem zweiten Bildschirm beim Präsentieren</translation>
    </message>
</context>
<context>
    <name>relulab::Parameter</name>
    <message>
        <source>Exact (erf)</source>
        <translation>Exakt (erf)</translation>
    </message>
    <message>
        <source>Tanh approximation</source>
        <translation>Tanh-Näherung</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Negative Steigung</translation>
    </message>
    <message>
        <source>Alpha (negative floor)</source>
        <translation>Alpha (negative Untergrenze)</translation>
    </message>
    <message>
        <source>Approximation</source>
        <translation>Näherung</translation>
    </message>
    <message>
        <source>Beta (sharpness)</source>
        <translation>Beta (Schärfe)</translation>
    </message>
</context>
<context>
    <name>relulab::ParameterEditor</name>
</context>
<context>
    <name>relulab::ParameterSpec</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>relulab::ReadoutPanel</name>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Local slope</source>
        <translation>Lokale Steigung</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Gradientenzustand</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>f(x) at x = %1</source>
        <translation>f(x) bei x = %1</translation>
    </message>
    <message>
        <source>f′(x): how much gradient passes back</source>
        <translation>f′(x): wie viel Gradient zurückfließt</translation>
    </message>
</context>
<context>
    <name>relulab::ReadoutTile</name>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
</context>
<context>
    <name>relulab::ShortcutOverlay</name>
    <message>
        <source>← →</source>
        <translation>← →</translation>
    </message>
    <message>
        <source>Move the probe</source>
        <translation>Messpunkt verschieben</translation>
    </message>
    <message>
        <source>Shift + ← →</source>
        <translation>Umschalt + ← →</translation>
    </message>
    <message>
        <source>Move the probe in big steps</source>
        <translation>Messpunkt grob verschieben</translation>
    </message>
    <message>
        <source>Ctrl + ← →</source>
        <translation>Strg + ← →</translation>
    </message>
    <message>
        <source>Move the probe in fine steps</source>
        <translation>Messpunkt fein verschieben</translation>
    </message>
    <message>
        <source>Home, End, 0</source>
        <translation>Pos1, Ende, 0</translation>
    </message>
    <message>
        <source>Probe to the left end, the right end, zero</source>
        <translation>Messpunkt an linkes Ende, rechtes Ende, auf null</translation>
    </message>
    <message>
        <source>+ −</source>
        <translation>+ −</translation>
    </message>
    <message>
        <source>Change the family&apos;s parameter</source>
        <translation>Parameter der Familie ändern</translation>
    </message>
    <message>
        <source>Page Down, Space</source>
        <translation>Bild↓, Leertaste</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Nächster Lektionsschritt</translation>
    </message>
    <message>
        <source>Page Up, Backspace</source>
        <translation>Bild↑, Rücktaste</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Vorheriger Lektionsschritt</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Presentation mode on or off (Esc leaves)</source>
        <translation>Präsentationsmodus ein/aus (Esc beendet)</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B oder .</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Bildschirm ausblenden</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 oder ?</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>Diese Liste ein-/ausblenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Press Esc, F1 or ? to close.</source>
        <translation>Esc, F1 oder ? schließt diese Liste.</translation>
    </message>
    <message>
        <source>Ctrl + C</source>
        <translation>Strg + C</translation>
    </message>
    <message>
        <source>Copy the focused teaching card or readout</source>
        <translation>Gewählte Karte oder Anzeige kopieren</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Show or hide the other families</source>
        <translation>Andere Familien zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Ctrl + +, Ctrl + −, Ctrl + 0</source>
        <translation>Strg + +, Strg + −, Strg + 0</translation>
    </message>
    <message>
        <source>Zoom the x axis in, out, back to −4 … 4</source>
        <translation>x-Achse vergrößern, verkleinern, zurück auf −4 … 4</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Restore the lesson step after changes</source>
        <translation>Den Lektionsschritt nach Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>D, L, G, K</source>
        <translation>D, L, G, K</translation>
    </message>
    <message>
        <source>P or Space, S, R</source>
        <translation>P oder Leertaste, S, R</translation>
    </message>
    <message>
        <source>Training: play or pause, a single step, reset the run</source>
        <translation>Training: abspielen oder anhalten, ein einzelner Schritt, Lauf zurücksetzen</translation>
    </message>
    <message>
        <source>N, Shift + N</source>
        <translation>N, Umschalt + N</translation>
    </message>
    <message>
        <source>Next or previous family, through all %1 in catalog order</source>
        <translation>Nächste oder vorherige Familie, durch alle %1 in der Reihenfolge des Katalogs</translation>
    </message>
    <message>
        <source>Training: start “Dying ReLU”, “Leaky rescue”, “Smooth gates”, “Sigmoid stack”</source>
        <translation>Training: „Sterbende ReLU“, „Leaky-Rettung“, „Glatte Tore“, „Sigmoid-Stapel“ starten</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Hide the answers so the class predicts first; P, Page Down or Space reveals them</source>
        <translation>Antworten verbergen, damit die Klasse zuerst vorhersagt; P, Bild↓ oder Leertaste deckt sie auf</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Show or hide every family at the probe</source>
        <translation>Alle Familien am Messpunkt zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Ctrl + Shift + N</source>
        <translation>Strg + Umschalt + N</translation>
    </message>
    <message>
        <source>Speaker notes, on the teacher&apos;s screen only</source>
        <translation>Sprechernotizen, nur auf dem Bildschirm der Lehrkraft</translation>
    </message>
</context>
<context>
    <name>relulab::TeachingCard</name>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
</context>
<context>
    <name>relulab::TeachingNotes</name>
    <message>
        <source>Current read</source>
        <translation>Aktueller Befund</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Try next</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>ML translation</source>
        <translation>In ML-Begriffen</translation>
    </message>
    <message>
        <source>Family snapshot</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <source>Why this family exists</source>
        <translation>Wozu es diese Familie gibt</translation>
    </message>
    <message>
        <source>Where you&apos;ll see it</source>
        <translation>Wo sie vorkommt</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Wann sie passt</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>Stolperfallen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Gradientenzustand</translation>
    </message>
</context>
<context>
    <name>relulab::TrainingSettings</name>
    <message>
        <source>unknown family &apos;%1&apos;; valid: %2</source>
        <translation>unbekannte Familie „%1“; gültig: %2</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters</source>
        <translation>%1 hat %2 Parameter</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range; valid: %3</source>
        <translation>%1 = %2 liegt außerhalb des Bereichs; gültig: %3</translation>
    </message>
    <message>
        <source>%1 %2 is not valid; valid: a whole number from %3 to %4</source>
        <translation>%1 %2 ist ungültig; gültig: eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>noise %1 is not valid; valid: a number from 0 to %2</source>
        <translation>Rauschen %1 ist ungültig; gültig: eine Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>learning rate %1 is not valid; valid: a number from %2 to %3</source>
        <translation>Lernrate %1 ist ungültig; gültig: eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>bias init %1 is not valid; valid: a number from -%2 to %2</source>
        <translation>Anfangs-Bias %1 ist ungültig; gültig: eine Zahl von -%2 bis %2</translation>
    </message>
</context>
<context>
    <name>relulab::TrainingView</name>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Step %1 · %2 of %3 hidden units dead</source>
        <translation>Schritt %1 · %2 von %3 verborgenen Neuronen tot</translation>
    </message>
    <message>
        <source>Start the training scenario “%1”</source>
        <translation>Trainingsszenario „%1“ starten</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Anhalten (P)</translation>
    </message>
    <message>
        <source>Play (P)</source>
        <translation>Abspielen (P)</translation>
    </message>
    <message>
        <source>Step (S)</source>
        <translation>Schritt (S)</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Zurücksetzen (R)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <source>Play or pause the training</source>
        <translation>Training abspielen oder anhalten</translation>
    </message>
    <message>
        <source>Train a single step</source>
        <translation>Einen einzelnen Schritt trainieren</translation>
    </message>
    <message>
        <source>Reset the training run</source>
        <translation>Trainingslauf zurücksetzen</translation>
    </message>
    <message>
        <source>Data set:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Rauschen:</translation>
    </message>
    <message>
        <source>Width (units per layer):</source>
        <translation>Breite (Neuronen pro Schicht):</translation>
    </message>
    <message>
        <source>Depth (hidden layers):</source>
        <translation>Tiefe (verborgene Schichten):</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimierer:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Weight init:</source>
        <translation>Gewichts-Init.:</translation>
    </message>
    <message>
        <source>Bias init:</source>
        <translation>Bias-Init.:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>XOR (checkerboard)</source>
        <translation>XOR (Schachbrett)</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>Decision regions (filled: training points, rings: test points)</source>
        <translation>Entscheidungsbereiche (gefüllt: Trainingspunkte, Ringe: Testpunkte)</translation>
    </message>
    <message>
        <source>Hidden units: brighter = active on more of the data, dark = dead</source>
        <translation>Verborgene Neuronen: heller = auf mehr Daten aktiv, dunkel = tot</translation>
    </message>
    <message>
        <source>†%1</source>
        <translation>†%1</translation>
    </message>
    <message>
        <source>Training loss (cross-entropy, log scale)</source>
        <translation>Trainingsverlust (Kreuzentropie, log. Skala)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Dead units per layer</source>
        <translation>Tote Neuronen pro Schicht</translation>
    </message>
    <message>
        <source>Gradient norm per layer (log scale)</source>
        <translation>Gradientennorm pro Schicht (log. Skala)</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyGroups</name>
    <message>
        <source>ReLU family</source>
        <translation>ReLU-Familie</translation>
    </message>
    <message>
        <source>Before ReLU</source>
        <translation>Vor ReLU</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyChecklist</name>
    <message>
        <source>Families</source>
        <translation>Familien</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyChoiceDialog</name>
    <message>
        <source>Choose at least one family.</source>
        <translation>Wählen Sie mindestens eine Familie.</translation>
    </message>
    <message>
        <source>&amp;Seed families</source>
        <translation>&amp;Ausgangsfamilien</translation>
    </message>
    <message>
        <source>The families the lab began with: ReLU and its first descendants</source>
        <translation>Die Familien, mit denen das Labor begann: ReLU und seine ersten Nachfahren</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyTable</name>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation>f(x)</translation>
    </message>
    <message>
        <source>f′(x)</source>
        <translation>f′(x)</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Gradientenzustand</translation>
    </message>
</context>
<context>
    <name>relulab::PredictionState</name>
    <message>
        <source>unknown part to hide: &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Teil zum Verbergen: „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>relulab::LessonStepFields</name>
    <message>
        <source>Sets the &amp;zoom (x from, to)</source>
        <translation>Legt den &amp;Zoom fest (x von, bis)</translation>
    </message>
    <message>
        <source>Visible x range from</source>
        <translation>Sichtbarer x-Bereich von</translation>
    </message>
    <message>
        <source>Visible x range to</source>
        <translation>Sichtbarer x-Bereich bis</translation>
    </message>
    <message>
        <source>Sets the &amp;faint curves</source>
        <translation>Legt die &amp;blassen Kurven fest</translation>
    </message>
    <message>
        <source>Families drawn faintly</source>
        <translation>Blass gezeichnete Familien</translation>
    </message>
    <message>
        <source>Sets the &amp;tab</source>
        <translation>Legt den &amp;Reiter fest</translation>
    </message>
    <message>
        <source>Activation lab</source>
        <translation>Aktivierungslabor</translation>
    </message>
    <message>
        <source>Sets the &amp;batch (survival)</source>
        <translation>Legt den &amp;Batch fest (Überleben)</translation>
    </message>
    <message>
        <source>Batch mean μ</source>
        <translation>Batch-Mittelwert μ</translation>
    </message>
    <message>
        <source>Batch spread σ</source>
        <translation>Batch-Streuung σ</translation>
    </message>
    <message>
        <source>Sets the &amp;depth lab</source>
        <translation>Legt das &amp;Tiefenlabor fest</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>Custom gain</source>
        <translation>Eigener Gain</translation>
    </message>
    <message>
        <source>Weight initialization</source>
        <translation>Gewichtsinitialisierung</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>&amp;Predict first: hides</source>
        <translation>&amp;Erst vorhersagen: verbirgt</translation>
    </message>
    <message>
        <source>the readouts</source>
        <translation>die Anzeigen</translation>
    </message>
    <message>
        <source>the curve right of the probe</source>
        <translation>die Kurve rechts vom Messpunkt</translation>
    </message>
    <message>
        <source>the derivative panel</source>
        <translation>das Ableitungsfeld</translation>
    </message>
    <message>
        <source>the teaching cards</source>
        <translation>die Unterrichtskarten</translation>
    </message>
    <message>
        <source>&amp;Capture current view</source>
        <translation>Aktuelle Ansicht über&amp;nehmen</translation>
    </message>
    <message>
        <source>Sets every field of the selected step from what the lab shows now: family, parameters, probe, zoom, faint curves, tab, batch and depth lab</source>
        <translation>Setzt jedes Feld des gewählten Schritts auf das, was das Labor gerade zeigt: Familie, Parameter, Messpunkt, Zoom, blasse Kurven, Reiter, Batch und Tiefenlabor</translation>
    </message>
</context>
<context>
    <name>relulab::SpeakerNotesWindow</name>
    <message>
        <source>Lesson time: not started</source>
        <translation>Lektionszeit: noch nicht begonnen</translation>
    </message>
    <message>
        <source>Lesson time: %1</source>
        <translation>Lektionszeit: %1</translation>
    </message>
    <message>
        <source>The lesson has not started: the next step key shows step 1.</source>
        <translation>Die Lektion hat noch nicht begonnen: Die Taste für den nächsten Schritt zeigt Schritt 1.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>No speaker notes for this step.</source>
        <translation>Keine Sprechernotizen für diesen Schritt.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>The end of the lesson.</source>
        <translation>Das Ende der Lektion.</translation>
    </message>
    <message>
        <source>Speaker notes – ReLU Family Lab</source>
        <translation>Sprechernotizen – ReLU Family Lab</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>Speaker notes of the current step</source>
        <translation>Sprechernotizen des aktuellen Schritts</translation>
    </message>
</context>
</TS>
