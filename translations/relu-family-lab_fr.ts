<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>ReLU Family Lab: see what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative evidence and what gradient survives the trip back.</source>
        <translation>ReLU Family Lab&#xa0;: observez ce que ReLU, Leaky ReLU, ELU, GELU et Softplus font des entrées négatives, et quel gradient survit au trajet retour.</translation>
    </message>
    <message>
        <source>Family to show: %1 (or all, for --export-csv).</source>
        <translation>Famille à afficher&#xa0;: %1 (ou all, pour --export-csv).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Set a parameter of the family, e.g. slope=0.1, alpha=0.5, approximate=tanh, beta=4. Repeatable.</source>
        <translation>Régler un paramètre de la famille, par exemple slope=0.1, alpha=0.5, approximate=tanh, beta=4. Peut être répété.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <source>Put the probe at x (from -1000 to 1000).</source>
        <translation>Placer le point de mesure en x (de -1000 à 1000).</translation>
    </message>
    <message>
        <source>Start from a teaching scenario: %1.</source>
        <translation>Partir d’un scénario pédagogique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Language of the interface and teaching text: %1. Default: the system&apos;s.</source>
        <translation>Langue de l’interface et des textes pédagogiques&#xa0;: %1. Par défaut&#xa0;: celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Write family,x,output,slope as CSV to file (- for standard output) and exit.</source>
        <translation>Écrire family,x,output,slope au format CSV dans le fichier (- pour la sortie standard), puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Points for --export-csv from a to b (default -4:4).</source>
        <translation>Points pour --export-csv, de a à b (par défaut&#xa0;: -4:4).</translation>
    </message>
    <message>
        <source>Number of points in --range, 2 to %1 (default 801).</source>
        <translation>Nombre de points dans --range, de 2 à %1 (par défaut&#xa0;: 801).</translation>
    </message>
    <message>
        <source>Export exactly these points instead of a range, e.g. -20,-8,0,1.</source>
        <translation>Exporter exactement ces points au lieu d’un intervalle, par exemple -20,-8,0,1.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file without showing it, and exit.</source>
        <translation>Enregistrer une image de la fenêtre dans un fichier PNG sans l’afficher, puis quitter.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>fichier.png</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1920x1080).</source>
        <translation>Taille de la fenêtre pour --screenshot (par défaut&#xa0;: 1920x1080).</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, large type (F5 toggles, Esc leaves).</source>
        <translation>Démarrer en mode présentation&#xa0;: plein écran, gros caractères (F5 pour basculer, Échap pour sortir).</translation>
    </message>
    <message>
        <source>Run the depth lab for --family and write layer,activation_std,grad_norm,dead_fraction,activation_mean as CSV to file (- for standard output) and exit.</source>
        <translation>Lancer le labo de profondeur pour --family et écrire layer,activation_std,grad_norm,dead_fraction,activation_mean au format CSV dans le fichier (- pour la sortie standard), puis quitter.</translation>
    </message>
    <message>
        <source>Weight initialization for --export-depth: %1 (default he).</source>
        <translation>Initialisation des poids pour --export-depth&#xa0;: %1 (par défaut&#xa0;: he).</translation>
    </message>
    <message>
        <source>Gain for --init custom: weight variance gain²/width, %1 to %2.</source>
        <translation>Gain pour --init custom&#xa0;: variance des poids gain²/width, de %1 à %2.</translation>
    </message>
    <message>
        <source>Layers for --export-depth, 1 to %1 (default %2).</source>
        <translation>Nombre de couches pour --export-depth, de 1 à %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Units per layer for --export-depth, 1 to %1 (default %2).</source>
        <translation>Neurones par couche pour --export-depth, de 1 à %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Examples for --export-depth, 1 to %1 (default %2).</source>
        <translation>Nombre d’exemples pour --export-depth, de 1 à %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Random seed for --export-depth, a whole number from 0 to 2^64-1 (default %1).</source>
        <translation>Graine aléatoire pour --export-depth, un nombre entier de 0 à 2^64-1 (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Write the batch statistics of every family over pre-activations N(mu, sigma²) as CSV to file (- for standard output) and exit.</source>
        <translation>Écrire les statistiques de lot de chaque famille pour des pré-activations N(mu, sigma²) au format CSV dans le fichier (- pour la sortie standard), puis quitter.</translation>
    </message>
    <message>
        <source>Mean of the pre-activations for --export-batch (default 0).</source>
        <translation>Moyenne des pré-activations pour --export-batch (par défaut&#xa0;: 0).</translation>
    </message>
    <message>
        <source>Standard deviation for --export-batch (default 1).</source>
        <translation>Écart-type des pré-activations pour --export-batch (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <source>Write the family cheat sheet, with the current parameters, as a PDF file and exit.</source>
        <translation>Enregistrer l’aide-mémoire des familles, avec les paramètres actuels, dans un fichier PDF, puis quitter.</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>fichier.pdf</translation>
    </message>
    <message>
        <source>Paper for --export-cheatsheet: A4 or Letter (default: the locale&apos;s).</source>
        <translation>Format de papier pour --export-cheatsheet&#xa0;: A4 ou Letter (par défaut&#xa0;: celui des paramètres régionaux).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Orientation for --export-cheatsheet: portrait (default) or landscape.</source>
        <translation>Orientation pour --export-cheatsheet&#xa0;: portrait (par défaut) ou landscape.</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>Families for --export-cheatsheet, comma-separated ids in print order (default: %1).</source>
        <translation>Familles pour --export-cheatsheet, identifiants séparés par des virgules dans l’ordre d’impression (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Open a lesson deck (.relulesson) at its first step.</source>
        <translation>Ouvrir un fichier de leçon (.relulesson) à sa première étape.</translation>
    </message>
    <message>
        <source>A lesson deck to open, the same as --lesson.</source>
        <translation>Fichier de leçon à ouvrir, comme avec --lesson.</translation>
    </message>
    <message>
        <source>[lesson-file]</source>
        <translation>[fichier-leçon]</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; valid options: %2</source>
        <translation>option «&#xa0;%1&#xa0;» inconnue&#x202f;; options valides&#xa0;: %2</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (voir --help)</translation>
    </message>
    <message>
        <source>--%1 is given more than once; valid: once (only --set repeats)</source>
        <translation>--%1 est indiquée plus d’une fois&#x202f;; valide&#xa0;: une seule fois (seule --set peut être répétée)</translation>
    </message>
    <message>
        <source>--scenario: unknown scenario &apos;%1&apos;; valid: %2</source>
        <translation>--scenario&#xa0;: scénario «&#xa0;%1&#xa0;» inconnu&#x202f;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>--family: unknown family &apos;%1&apos;; valid: %2, all</source>
        <translation>--family&#xa0;: famille «&#xa0;%1&#xa0;» inconnue&#x202f;; valides&#xa0;: %2, all</translation>
    </message>
    <message>
        <source>--probe: &apos;%1&apos; is not a number; valid: a number from -1000 to 1000</source>
        <translation>--probe&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre&#x202f;; valide&#xa0;: un nombre de -1000 à 1000</translation>
    </message>
    <message>
        <source>--export-csv: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-csv&#xa0;: le nom de fichier est vide&#x202f;; valide&#xa0;: un nom de fichier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>--range: &apos;%1&apos; is not valid; valid: a:b with numbers a &lt; b, e.g. -4:4</source>
        <translation>--range&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#x202f;; valide&#xa0;: a:b avec des nombres a &lt; b, par exemple -4:4</translation>
    </message>
    <message>
        <source>--samples: &apos;%1&apos; is not valid; valid: a whole number from 2 to %2</source>
        <translation>--samples&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#x202f;; valide&#xa0;: un nombre entier de 2 à %2</translation>
    </message>
    <message>
        <source>--at cannot be combined with --range or --samples; valid: exact points or a range</source>
        <translation>--at ne se combine pas avec --range ni --samples&#x202f;; valide&#xa0;: des points exacts ou un intervalle</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not valid; valid: finite numbers separated by commas, e.g. -20,-8,0,1</source>
        <translation>--at&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#x202f;; valide&#xa0;: des nombres finis séparés par des virgules, par exemple -20,-8,0,1</translation>
    </message>
    <message>
        <source>--family all only works with --export-csv; valid for the window: %1</source>
        <translation>--family all ne fonctionne qu’avec --export-csv&#x202f;; valides pour la fenêtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>--presentation is for the window; it cannot be combined with --export-csv</source>
        <translation>--presentation concerne la fenêtre&#x202f;; cette option ne se combine pas avec --export-csv</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty; valid: a file name ending in .png</source>
        <translation>--screenshot&#xa0;: le nom de fichier est vide&#x202f;; valide&#xa0;: un nom de fichier se terminant par .png</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with --export-csv; valid: one of them per run</source>
        <translation>--screenshot ne se combine pas avec --export-csv&#x202f;; valide&#xa0;: une seule des deux options par exécution</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not valid; valid: WxH with sides from %2 to %3, e.g. 1366x768</source>
        <translation>--size&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#x202f;; valide&#xa0;: WxH avec des côtés de %2 à %3, par exemple 1366x768</translation>
    </message>
    <message>
        <source>--%1 is given more than once; valid: once</source>
        <translation>--%1 est indiquée plus d’une fois&#x202f;; valide&#xa0;: une seule fois</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not valid; valid: a whole number from %3 to %4</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas valide&#x202f;; valide&#xa0;: un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>--export-depth: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-depth&#xa0;: le nom de fichier est vide&#x202f;; valide&#xa0;: un nom de fichier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>--export-depth runs one family; valid: --family %1</source>
        <translation>--export-depth traite une seule famille&#x202f;; valide&#xa0;: --family %1</translation>
    </message>
    <message>
        <source>--init: unknown initialization &apos;%1&apos;; valid: %2</source>
        <translation>--init&#xa0;: initialisation «&#xa0;%1&#xa0;» inconnue&#x202f;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>--gain only works with --init custom; valid: --init custom --gain G</source>
        <translation>--gain ne fonctionne qu’avec --init custom&#x202f;; valide&#xa0;: --init custom --gain G</translation>
    </message>
    <message>
        <source>--gain: &apos;%1&apos; is not valid; valid: a number from %2 to %3</source>
        <translation>--gain&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#x202f;; valide&#xa0;: un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not valid; valid: a whole number from 0 to 18446744073709551615</source>
        <translation>--seed&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#x202f;; valide&#xa0;: un nombre entier de 0 à 18446744073709551615</translation>
    </message>
    <message>
        <source>--export-depth: </source>
        <translation>--export-depth&#xa0;: </translation>
    </message>
    <message>
        <source>--export-batch: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-batch&#xa0;: le nom de fichier est vide&#x202f;; valide&#xa0;: un nom de fichier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>--%1 only works with --export-batch; valid: add --export-batch FILE</source>
        <translation>--%1 ne fonctionne qu’avec --export-batch&#x202f;; valide&#xa0;: ajouter --export-batch FICHIER</translation>
    </message>
    <message>
        <source>--families only works with --export-cheatsheet</source>
        <translation>--families ne fonctionne qu’avec --export-cheatsheet</translation>
    </message>
    <message>
        <source>--mu: &apos;%1&apos; is not a number; valid: a number from -%2 to %2</source>
        <translation>--mu&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre&#x202f;; valide&#xa0;: un nombre de -%2 à %2</translation>
    </message>
    <message>
        <source>--sigma: &apos;%1&apos; is not a number; valid: a number from %2 to %3</source>
        <translation>--sigma&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre&#x202f;; valide&#xa0;: un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--export-batch: </source>
        <translation>--export-batch&#xa0;: </translation>
    </message>
    <message>
        <source>--export-%1 cannot be combined with a lesson file; valid: one of them per run</source>
        <translation>--export-%1 ne se combine pas avec un fichier de leçon&#x202f;; valide&#xa0;: un seul des deux par exécution</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 est indiquée plus d’une fois</translation>
    </message>
    <message>
        <source>--export-cheatsheet: the file name is empty; valid: a PDF file name</source>
        <translation>--export-cheatsheet&#xa0;: le nom de fichier est vide&#x202f;; valide&#xa0;: un nom de fichier PDF</translation>
    </message>
    <message>
        <source>--export-cheatsheet cannot be combined with --screenshot; run them one at a time</source>
        <translation>--export-cheatsheet ne se combine pas avec --screenshot&#x202f;; lancez-les l’une après l’autre</translation>
    </message>
    <message>
        <source>--page-size and --orientation only work with --export-cheatsheet</source>
        <translation>--page-size et --orientation ne fonctionnent qu’avec --export-cheatsheet</translation>
    </message>
    <message>
        <source>--page-size: &apos;%1&apos; is not valid; valid: A4, Letter</source>
        <translation>--page-size&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#x202f;; valides&#xa0;: A4, Letter</translation>
    </message>
    <message>
        <source>--orientation: &apos;%1&apos; is not valid; valid: portrait, landscape</source>
        <translation>--orientation&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#x202f;; valides&#xa0;: portrait, landscape</translation>
    </message>
    <message>
        <source>--lesson is given more than once</source>
        <translation>--lesson est indiquée plus d’une fois</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; only one lesson file can be opened (see --help)</source>
        <translation>argument «&#xa0;%1&#xa0;» inattendu&#x202f;; un seul fichier de leçon peut être ouvert (voir --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; valid: a lesson file (.relulesson) (see --help)</source>
        <translation>argument «&#xa0;%1&#xa0;» inattendu&#x202f;; valide&#xa0;: un fichier de leçon (.relulesson) (voir --help)</translation>
    </message>
    <message>
        <source>--lesson: the file name is empty</source>
        <translation>--lesson&#xa0;: le nom de fichier est vide</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with a lesson file; the lesson&apos;s first step sets the lab</source>
        <translation>--%1 ne se combine pas avec un fichier de leçon&#x202f;; c’est la première étape de la leçon qui règle le labo</translation>
    </message>
    <message>
        <source>--export-csv cannot be combined with a lesson file; a lesson opens in the window</source>
        <translation>--export-csv ne se combine pas avec un fichier de leçon&#x202f;; une leçon s’ouvre dans la fenêtre</translation>
    </message>
    <message>
        <source>--lang: no translation for &apos;%1&apos;, using English; available: %2</source>
        <translation>--lang&#xa0;: pas de traduction pour «&#xa0;%1&#xa0;», l’anglais est utilisé&#x202f;; disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>--set: no family has a parameter &apos;%1&apos;; valid: %2</source>
        <translation>--set&#xa0;: aucune famille n’a de paramètre «&#xa0;%1&#xa0;»&#x202f;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>--export-csv: could not write to standard output</source>
        <translation>--export-csv&#xa0;: impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>--export-csv: &apos;%1&apos; is a directory; valid: a file name, or - for standard output</source>
        <translation>--export-csv&#xa0;: «&#xa0;%1&#xa0;» est un dossier&#x202f;; valide&#xa0;: un nom de fichier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>--export-csv: cannot write &apos;%1&apos;: %2</source>
        <translation>--export-csv&#xa0;: impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>--export-csv: writing &apos;%1&apos; failed: %2</source>
        <translation>--export-csv&#xa0;: échec de l’écriture de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>--%1: could not write to standard output</source>
        <translation>--%1&#xa0;: impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>--%1: cannot write &apos;%2&apos;: %3</source>
        <translation>--%1&#xa0;: impossible d’écrire «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>--%1: writing &apos;%2&apos; failed: %3</source>
        <translation>--%1&#xa0;: échec de l’écriture de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>--screenshot: &apos;%1&apos; is a directory; valid: a file name ending in .png</source>
        <translation>--screenshot&#xa0;: «&#xa0;%1&#xa0;» est un dossier&#x202f;; valide&#xa0;: un nom de fichier se terminant par .png</translation>
    </message>
    <message>
        <source>no display: the lab&apos;s window needs a desktop session (X11 or Wayland). Without one, the exports still work, e.g. --export-cheatsheet FILE.pdf or --screenshot FILE.png (see --help).</source>
        <translation>pas d’affichage&#xa0;: la fenêtre du labo a besoin d’une session de bureau (X11 ou Wayland). Sans elle, les exports fonctionnent quand même, par exemple --export-cheatsheet FICHIER.pdf ou --screenshot FICHIER.png (voir --help).</translation>
    </message>
    <message>
        <source>cannot open the window: the display (%1) cannot be reached. The lab&apos;s window needs a running desktop session (X11 or Wayland); without one, the exports still work, e.g. --export-cheatsheet FILE.pdf or --screenshot FILE.png (see --help).</source>
        <translation>impossible d’ouvrir la fenêtre&#xa0;: l’affichage (%1) est injoignable. La fenêtre du labo a besoin d’une session de bureau active (X11 ou Wayland)&#x202f;; sans elle, les exports fonctionnent quand même, par exemple --export-cheatsheet FICHIER.pdf ou --screenshot FICHIER.png (voir --help).</translation>
    </message>
    <message>
        <source>--screenshot: cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist or is not writable</source>
        <translation>--screenshot&#xa0;: impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n’existe pas ou n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>saved settings ignored (not valid): </source>
        <translation>réglages enregistrés ignorés (non valides)&#xa0;: </translation>
    </message>
    <message>
        <source>Print what the window shows at the probe (readouts and every teaching text) and exit; --explain=json prints it as a JSON object.</source>
        <translation>Affiche ce que la fenêtre montre au point de mesure (relevés et tous les textes pédagogiques) puis quitte&#xa0;; --explain=json l’écrit sous forme d’objet JSON.</translation>
    </message>
    <message>
        <source>--explain: unknown format &apos;%1&apos;; valid: --explain or --explain=json</source>
        <translation>--explain&#xa0;: format inconnu «&#xa0;%1&#xa0;»&#xa0;; valide&#xa0;: --explain ou --explain=json</translation>
    </message>
    <message>
        <source>--explain cannot be combined with another export, --screenshot, --presentation or --lesson; valid: --explain with --family, --set, --probe, --scenario and --lang</source>
        <translation>--explain ne peut pas être combiné avec un autre export, --screenshot, --presentation ou --lesson&#xa0;; valide&#xa0;: --explain avec --family, --set, --probe, --scenario et --lang</translation>
    </message>
    <message>
        <source>--explain: --family all is not valid here; valid: %1</source>
        <translation>--explain&#xa0;: --family all n’est pas valide ici&#xa0;; valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>x = %1, output = %2, slope = %3</source>
        <translation>x = %1, sortie = %2, pente = %3</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Santé du gradient</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Current read</source>
        <translation>Relevé actuel</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Try next</source>
        <translation>À essayer</translation>
    </message>
    <message>
        <source>ML translation</source>
        <translation>En termes de ML</translation>
    </message>
    <message>
        <source>Family snapshot</source>
        <translation>La famille en bref</translation>
    </message>
    <message>
        <source>Why this family exists</source>
        <translation>Pourquoi cette famille existe</translation>
    </message>
    <message>
        <source>Where you&apos;ll see it</source>
        <translation>Où vous la rencontrerez</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Quand la choisir</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>--explain: could not write to standard output</source>
        <translation>--explain&#xa0;: impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>Train a small network on --dataset with --family and write step,train_loss,train_accuracy,test_accuracy,dead_units,dead_layer1…,grad_norm_layer1… as CSV to file (- for standard output) and exit. --samples, --width, --depth, --batch, --init and --seed apply to it too.</source>
        <translation>Entraîne un petit réseau avec --family sur --dataset, écrit step,train_loss,train_accuracy,test_accuracy,dead_units,dead_layer1…,grad_norm_layer1… en CSV dans le fichier (- pour la sortie standard) et quitte. --samples, --width, --depth, --batch, --init et --seed s’y appliquent aussi.</translation>
    </message>
    <message>
        <source>Data set for --export-training: %1 (default moons).</source>
        <translation>Jeu de données pour --export-training&#xa0;: %1 (par défaut&#xa0;: moons).</translation>
    </message>
    <message>
        <source>Noise for --export-training, 0 to %1 (default %2).</source>
        <translation>Bruit pour --export-training, de 0 à %1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Optimizer for --export-training: %1 (default sgd).</source>
        <translation>Optimiseur pour --export-training&#xa0;: %1 (par défaut&#xa0;: sgd).</translation>
    </message>
    <message>
        <source>Learning rate for --export-training, %1 to %2 (default %3).</source>
        <translation>Taux d’apprentissage pour --export-training, de %1 à %2 (par défaut&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Initial hidden bias for --export-training, -%1 to %1 (default 0).</source>
        <translation>Biais initial des neurones cachés pour --export-training, de -%1 à %1 (par défaut&#xa0;: 0).</translation>
    </message>
    <message>
        <source>Training steps for --export-training, 1 to %1 (default 1000).</source>
        <translation>Pas d’entraînement pour --export-training, de 1 à %1 (par défaut&#xa0;: 1000).</translation>
    </message>
    <message>
        <source>--gain only works with --export-depth --init custom; valid: remove --gain</source>
        <translation>--gain ne fonctionne qu’avec --export-depth --init custom&#xa0;; valide&#xa0;: retirer --gain</translation>
    </message>
    <message>
        <source>--%1 only works with --export-depth or --export-training; valid: add --export-depth FILE</source>
        <translation>--%1 ne fonctionne qu’avec --export-depth ou --export-training&#xa0;; valide&#xa0;: ajouter --export-depth FICHIER</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not valid; valid: a number from %3 to %4</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas valide&#xa0;; valide&#xa0;: un nombre de %3 à %4</translation>
    </message>
    <message>
        <source>--%1 only works with --export-training; valid: add --export-training FILE</source>
        <translation>--%1 ne fonctionne qu’avec --export-training&#xa0;; valide&#xa0;: ajouter --export-training FICHIER</translation>
    </message>
    <message>
        <source>--export-training: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-training&#xa0;: le nom de fichier est vide&#xa0;; valide&#xa0;: un nom de fichier, ou - pour la sortie standard</translation>
    </message>
    <message>
        <source>--export-training runs one family; valid: --family %1</source>
        <translation>--export-training entraîne une seule famille&#xa0;; valide&#xa0;: --family %1</translation>
    </message>
    <message>
        <source>--export-training cannot be combined with --%1; valid: one export per run</source>
        <translation>--export-training ne peut pas être combiné avec --%1&#xa0;; valide&#xa0;: un export par exécution</translation>
    </message>
    <message>
        <source>--export-training cannot be combined with a lesson file; valid: one of them per run</source>
        <translation>--export-training ne peut pas être combiné avec un fichier de leçon&#xa0;; valide&#xa0;: l’un ou l’autre par exécution</translation>
    </message>
    <message>
        <source>--dataset: unknown data set &apos;%1&apos;; valid: %2</source>
        <translation>--dataset&#xa0;: jeu de données «&#xa0;%1&#xa0;» inconnu&#xa0;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>--optimizer: unknown optimizer &apos;%1&apos;; valid: %2</source>
        <translation>--optimizer&#xa0;: optimiseur «&#xa0;%1&#xa0;» inconnu&#xa0;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>--init: unknown initialization &apos;%1&apos; for --export-training; valid: %2</source>
        <translation>--init&#xa0;: initialisation «&#xa0;%1&#xa0;» inconnue pour --export-training&#xa0;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>--batch: &apos;%1&apos; is not valid; valid: a whole number from 1 to %2 (the training points of --samples)</source>
        <translation>--batch&#xa0;: «&#xa0;%1&#xa0;» n’est pas valide&#xa0;; valide&#xa0;: un nombre entier de 1 à %2 (les points d’entraînement de --samples)</translation>
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
        <translation>activation f(x)</translation>
    </message>
    <message>
        <source>derivative f′(x)</source>
        <translation>dérivée f′(x)</translation>
    </message>
    <message>
        <source>Activation chart</source>
        <translation>Graphique de l’activation</translation>
    </message>
    <message>
        <source>The selected family&apos;s output f(x) against x, the other families faintly. Drag or click to place the probe; arrow keys or the wheel step it (Shift coarse, Ctrl fine); Ctrl+wheel zooms.</source>
        <translation>La sortie f(x) de la famille choisie en fonction de x, les autres familles estompées. Faites glisser ou cliquez pour placer le point de mesure&#x202f;; les flèches ou la molette le déplacent (Maj&#xa0;: pas larges, Ctrl&#xa0;: pas fins)&#x202f;; Ctrl+molette zoome.</translation>
    </message>
    <message>
        <source>Derivative chart</source>
        <translation>Graphique de la dérivée</translation>
    </message>
    <message>
        <source>The selected family&apos;s slope f′(x), the gradient that survives back-propagation. Drag or click to place the probe; arrow keys or the wheel step it (Shift coarse, Ctrl fine); Ctrl+wheel zooms.</source>
        <translation>La pente f′(x) de la famille choisie, c’est-à-dire le gradient qui survit à la rétropropagation. Faites glisser ou cliquez pour placer le point de mesure&#x202f;; les flèches ou la molette le déplacent (Maj&#xa0;: pas larges, Ctrl&#xa0;: pas fins)&#x202f;; Ctrl+molette zoome.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>Select %1 and draw it bold on the board</source>
        <translation>Sélectionner %1 et la tracer en gras</translation>
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
        <translation>mu %1 est hors limites&#x202f;; valide&#xa0;: de -%2 à %2</translation>
    </message>
    <message>
        <source>sigma %1 is out of range; valid: %2 to %3</source>
        <translation>sigma %1 est hors limites&#x202f;; valide&#xa0;: de %2 à %3</translation>
    </message>
</context>
<context>
    <name>relulab::BatchStatisticsPanel</name>
    <message>
        <source>Mean &amp;μ</source>
        <translation>Moyenne &amp;μ</translation>
    </message>
    <message>
        <source>Spread &amp;σ</source>
        <translation>Écart-type &amp;σ</translation>
    </message>
    <message>
        <source>Mean of the pre-activations</source>
        <translation>Moyenne des pré-activations</translation>
    </message>
    <message>
        <source>Standard deviation of the pre-activations</source>
        <translation>Écart-type des pré-activations</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Part morte</translation>
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
        <translation>Pré-activations N(μ, σ²) et l’activation sélectionnée</translation>
    </message>
    <message>
        <source>pre-activation x</source>
        <translation>pré-activation x</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>output f(x)</source>
        <translation>sortie f(x)</translation>
    </message>
    <message>
        <source>batch density</source>
        <translation>densité du lot</translation>
    </message>
    <message>
        <source>dead: slope exactly 0</source>
        <translation>zone morte&#xa0;: pente exactement 0</translation>
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
        <translation>Écran noir</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetActions</name>
    <message>
        <source>&amp;Print cheat sheet…</source>
        <translation>&amp;Imprimer l’aide-mémoire…</translation>
    </message>
    <message>
        <source>Print the family cheat sheet with the current parameters</source>
        <translation>Imprimer l’aide-mémoire des familles avec les paramètres actuels</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the printed cheat sheet before printing it</source>
        <translation>Voir l’aide-mémoire tel qu’il sera imprimé</translation>
    </message>
    <message>
        <source>&amp;Export cheat sheet as PDF…</source>
        <translation>&amp;Exporter l’aide-mémoire en PDF…</translation>
    </message>
    <message>
        <source>Save the family cheat sheet with the current parameters as a PDF file</source>
        <translation>Enregistrer l’aide-mémoire des familles avec les paramètres actuels dans un fichier PDF</translation>
    </message>
    <message>
        <source>ReLU Family Lab cheat sheet</source>
        <translation>Aide-mémoire ReLU Family Lab</translation>
    </message>
    <message>
        <source>Print cheat sheet</source>
        <translation>Imprimer l’aide-mémoire</translation>
    </message>
    <message>
        <source>The cheat sheet could not be sent to the printer “%1”.</source>
        <translation>L’aide-mémoire n’a pas pu être envoyé à l’imprimante «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cheat sheet preview</source>
        <translation>Aperçu de l’aide-mémoire</translation>
    </message>
    <message>
        <source>relu-family-cheat-sheet.pdf</source>
        <translation>aide-memoire-familles-relu.pdf</translation>
    </message>
    <message>
        <source>Export cheat sheet as PDF</source>
        <translation>Exporter l’aide-mémoire en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The cheat sheet could not be saved as “%1”.</source>
        <translation>L’aide-mémoire n’a pas pu être enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cheat sheet &amp;families…</source>
        <translation>&amp;Familles de l’aide-mémoire…</translation>
    </message>
    <message>
        <source>Choose which families the printed cheat sheet describes</source>
        <translation>Choisir les familles que décrit l’aide-mémoire imprimé</translation>
    </message>
    <message>
        <source>Cheat sheet families</source>
        <translation>Familles de l’aide-mémoire</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>Choose at least one family to print.</source>
        <translation>Choisissez au moins une famille à imprimer.</translation>
    </message>
    <message>
        <source>The cheat sheet describes these families, one block each, and lists them in its at-a-glance table.</source>
        <translation>L’aide-mémoire décrit ces familles, un bloc chacune, et les liste dans son tableau «&#xa0;Vue d’ensemble&#xa0;».</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetExport</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>ReLU Family Lab: the family cheat sheet</source>
        <translation>ReLU Family Lab&#xa0;: l’aide-mémoire des familles</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n’a pas pu être généré</translation>
    </message>
    <message>
        <source>writing &apos;%1&apos; failed: %2</source>
        <translation>échec de l’écriture de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetFacts</name>
    <message>
        <source>(default %1)</source>
        <translation>(par défaut&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetPainter</name>
    <message>
        <source>Key facts</source>
        <translation>L’essentiel</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Ensemble image</translation>
    </message>
    <message>
        <source>Slope left of 0</source>
        <translation>Pente à gauche de 0</translation>
    </message>
    <message>
        <source>Slope at 0</source>
        <translation>Pente en 0</translation>
    </message>
    <message>
        <source>In code (with their defaults)</source>
        <translation>Dans le code (valeurs par défaut)</translation>
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
        <translation>Quand la choisir</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>ReLU Family Lab</source>
        <translation>ReLU Family Lab</translation>
    </message>
    <message>
        <source>%1: the family cheat sheet</source>
        <translation>%1&#xa0;: l’aide-mémoire des familles</translation>
    </message>
    <message>
        <source>Drawn with the current parameters:</source>
        <translation>Tracé avec les paramètres actuels&#xa0;:</translation>
    </message>
    <message>
        <source>output f(x)</source>
        <translation>sortie f(x)</translation>
    </message>
    <message>
        <source>slope f′(x): what multiplies the gradient</source>
        <translation>pente f′(x)&#xa0;: ce qui multiplie le gradient</translation>
    </message>
    <message>
        <source>kink</source>
        <translation>coude</translation>
    </message>
    <message>
        <source>slope at a kink (PyTorch)</source>
        <translation>pente au coude (PyTorch)</translation>
    </message>
    <message>
        <source>Negative side</source>
        <translation>Côté négatif</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Zone du coude</translation>
    </message>
    <message>
        <source>Positive side</source>
        <translation>Côté positif</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Slope far left</source>
        <translation>Pente loin à gauche</translation>
    </message>
    <message>
        <source>Smooth at 0</source>
        <translation>Lisse en 0</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no, a kink</source>
        <translation>non, un coude</translation>
    </message>
    <message>
        <source>Slope far left: the slope at x = %1, the share of the gradient a strongly negative input passes back. 0 means none at all; ≈ 0 means it fades but never quite vanishes.</source>
        <translation>Pente loin à gauche&#xa0;: la pente en x = %1, soit la part du gradient qu’une entrée fortement négative renvoie. 0 signifie aucune&#x202f;; ≈ 0 signifie qu’elle s’estompe sans jamais tout à fait disparaître.</translation>
    </message>
    <message>
        <source>ReLU Family Lab %1</source>
        <translation>ReLU Family Lab %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetWorksheet</name>
    <message>
        <source>Your turn: predict, then check</source>
        <translation>À vous&#xa0;: prédire, puis vérifier</translation>
    </message>
    <message>
        <source>Before you move the probe, write down what you expect: the output f(x) and the slope f′(x) at each input. Then type each x into Probe x in the lab and compare.</source>
        <translation>Avant de déplacer le point de mesure, notez ce que vous attendez&#xa0;: la sortie f(x) et la pente f′(x) en chaque entrée. Puis saisissez chaque x dans Point de mesure x dans le labo et comparez.</translation>
    </message>
    <message>
        <source>Where a slope jumps at x = 0, which side&apos;s slope does the lab report there?</source>
        <translation>Là où la pente saute en x = 0, laquelle des deux pentes le labo affiche-t-il&#xa0;?</translation>
    </message>
</context>
<context>
    <name>relulab::DepthLabPanel</name>
    <message>
        <source>These settings cannot run: %1</source>
        <translation>Exécution impossible avec ces réglages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Exécution terminée en %1&#xa0;s.</translation>
    </message>
    <message>
        <source>&amp;Initialization</source>
        <translation>&amp;Initialisation</translation>
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
        <translation>Gain personnalisé</translation>
    </message>
    <message>
        <source>&amp;Gain</source>
        <translation>&amp;Gain</translation>
    </message>
    <message>
        <source>&amp;Width W</source>
        <translation>Largeur &amp;W</translation>
    </message>
    <message>
        <source>&amp;Depth L</source>
        <translation>Profon&amp;deur L</translation>
    </message>
    <message>
        <source>&amp;Batch B</source>
        <translation>Taille du lot &amp;B</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>Grai&amp;ne</translation>
    </message>
    <message>
        <source>Overlay &amp;all families</source>
        <translation>Superposer &amp;toutes les familles</translation>
    </message>
    <message>
        <source>Keep the &amp;previous run (dashed)</source>
        <translation>Garder l’exécution &amp;précédente (en tirets)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Lance&amp;r</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Avancement de l’exécution</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>Norme du gradient par couche</translation>
    </message>
    <message>
        <source>Activation standard deviation</source>
        <translation>Écart-type des activations</translation>
    </message>
    <message>
        <source>Dead fraction (slope exactly 0)</source>
        <translation>Part de neurones morts (pente exactement 0)</translation>
    </message>
    <message>
        <source>layer (1 = nearest the input)</source>
        <translation>couche (1 = la plus proche de l’entrée)</translation>
    </message>
    <message>
        <source>‖∂L/∂z‖ (log)</source>
        <translation>‖∂L/∂z‖ (log)</translation>
    </message>
    <message>
        <source>std (log)</source>
        <translation>écart-type (log)</translation>
    </message>
    <message>
        <source>share of units</source>
        <translation>part des neurones</translation>
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
        <translation>gain %1</translation>
    </message>
    <message>
        <source>%1 (previous)</source>
        <translation>%1 (exécution précédente)</translation>
    </message>
</context>
<context>
    <name>relulab::DepthSettings</name>
    <message>
        <source>width %1 is out of range; valid: 1 to %2</source>
        <translation>la largeur %1 est hors limites&#x202f;; valide&#xa0;: de 1 à %2</translation>
    </message>
    <message>
        <source>depth %1 is out of range; valid: 1 to %2</source>
        <translation>la profondeur %1 est hors limites&#x202f;; valide&#xa0;: de 1 à %2</translation>
    </message>
    <message>
        <source>batch %1 is out of range; valid: 1 to %2</source>
        <translation>la taille de lot %1 est hors limites&#x202f;; valide&#xa0;: de 1 à %2</translation>
    </message>
    <message>
        <source>gain %1 is out of range; valid: %2 to %3</source>
        <translation>le gain %1 est hors limites&#x202f;; valide&#xa0;: de %2 à %3</translation>
    </message>
    <message>
        <source>depth × width² = %1 weights is too many to keep; valid: at most %2 (e.g. width 256 with depth up to 512)</source>
        <translation>depth × width² = %1 poids, c’est trop à garder en mémoire&#x202f;; valide&#xa0;: au plus %2 (par exemple largeur 256 avec une profondeur jusqu’à 512)</translation>
    </message>
    <message>
        <source>depth × width² × batch = %1 is too much work to finish quickly; valid: at most %2 (the default 30 × 256² × 256 is about 5e8)</source>
        <translation>depth × width² × batch = %1, c’est trop de calcul pour finir rapidement&#x202f;; valide&#xa0;: au plus %2 (la valeur par défaut 30 × 256² × 256 vaut environ 5e8)</translation>
    </message>
    <message>
        <source>unknown family &apos;%1&apos;; valid: %2</source>
        <translation>famille «&#xa0;%1&#xa0;» inconnue&#x202f;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters, not %3</source>
        <translation>%1 prend %2 paramètres, et non %3</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range; valid: %3</source>
        <translation>%1 = %2 est hors limites&#x202f;; valide&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>relulab::EntryKeys</name>
    <message>
        <source>%1 takes a number from %2 to %3.</source>
        <translation>%1&#xa0;: un nombre de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyCard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Selected family. %1</source>
        <translation>Famille sélectionnée. %1</translation>
    </message>
    <message>
        <source>Press Enter or Space to select. %1</source>
        <translation>Appuyez sur Entrée ou Espace pour la sélectionner. %1</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyCatalog</name>
    <message>
        <source>&apos;%1&apos; is not a family; valid: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une famille&#x202f;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice</source>
        <translation>«&#xa0;%1&#xa0;» est nommé deux fois</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyFacts</name>
    <message>
        <source>On both kinks, x = 0 and x = 6, PyTorch uses slope 0.</source>
        <translation>Sur les deux coudes, x = 0 et x = 6, PyTorch utilise une pente de 0.</translation>
    </message>
    <message>
        <source>On the knees PyTorch uses the outer slope: 0 at x = −3, 1 at x = 3.</source>
        <translation>Sur les coudes, PyTorch utilise la pente extérieure&#xa0;: 0 en x = −3, 1 en x = 3.</translation>
    </message>
    <message>
        <source>0 left of x = −3; from %1 just right of it up to %2 at 0, negative left of x = %3</source>
        <translation>0 à gauche de x = −3&#xa0;; de %1 juste à sa droite jusqu’à %2 en 0, négative à gauche de x = %3</translation>
    </message>
    <message>
        <source>Keras also names it hard_swish</source>
        <translation>Keras la nomme aussi hard_swish</translation>
    </message>
    <message>
        <source>σ(1 − σ): at most %1 (at 0), fading to 0 on both sides</source>
        <translation>σ(1 − σ)&#xa0;: au plus %1 (en 0), faiblissant vers 0 des deux côtés</translation>
    </message>
    <message>
        <source>1 − tanh²x: at most %1 (at 0), fading to 0 on both sides</source>
        <translation>1 − tanh²x&#xa0;: au plus %1 (en 0), faiblissant vers 0 des deux côtés</translation>
    </message>
    <message>
        <source>%1 (no gradient flows back)</source>
        <translation>%1 (aucun gradient ne revient)</translation>
    </message>
    <message>
        <source>a = %1, constant: small but never 0</source>
        <translation>a = %1, constante&#xa0;: petite mais jamais nulle</translation>
    </message>
    <message>
        <source>a = 0: no gradient flows back</source>
        <translation>a = 0&#xa0;: aucun gradient ne revient</translation>
    </message>
    <message>
        <source>%1 (no kink when a = 1)</source>
        <translation>%1 (pas de coude si a = 1)</translation>
    </message>
    <message>
        <source>tf.keras 2 names the argument alpha: LeakyReLU(alpha=0.3)</source>
        <translation>tf.keras 2 nomme l’argument alpha&#xa0;: LeakyReLU(alpha=0.3)</translation>
    </message>
    <message>
        <source>α·eˣ: %1 just left of 0, fading to 0 further left</source>
        <translation>α·eˣ&#xa0;: %1 juste à gauche de 0, tendant vers 0 plus à gauche</translation>
    </message>
    <message>
        <source>torch.nn.SiLU() and keras.activations.silu(x) fix β = 1; tf.nn.silu(x, beta=1.0) takes β</source>
        <translation>torch.nn.SiLU() et keras.activations.silu(x) fixent β = 1&#xa0;; tf.nn.silu(x, beta=1.0) accepte β</translation>
    </message>
    <message>
        <source>s: the softplus of x; σ: the logistic sigmoid.</source>
        <translation>s&#xa0;: la softplus de x&#xa0;; σ&#xa0;: la sigmoïde logistique.</translation>
    </message>
    <message>
        <source>λ = 1.0507009873554805 and α = 1.6732632423543772 (Klambauer et al. 2017): PyTorch&apos;s scale and alpha.</source>
        <translation>λ = 1,0507009873554805 et α = 1,6732632423543772 (Klambauer et al. 2017)&#xa0;: scale et alpha dans PyTorch.</translation>
    </message>
    <message>
        <source>λα·eˣ: %1 just left of 0, fading to 0 further left</source>
        <translation>λα·eˣ&#xa0;: %1 juste à gauche de 0, tendant vers 0 plus à gauche</translation>
    </message>
    <message>
        <source>%1 (smooth at 0 when α = 1)</source>
        <translation>%1 (lisse en 0 si α = 1)</translation>
    </message>
    <message>
        <source>The tanh approximation of x·Φ(x).</source>
        <translation>L’approximation tanh de x·Φ(x).</translation>
    </message>
    <message>
        <source>Φ: standard normal CDF; φ: its density.</source>
        <translation>Φ&#xa0;: fonction de répartition de N(0, 1)&#x202f;; φ&#xa0;: sa densité.</translation>
    </message>
    <message>
        <source>from %1 down to ≈ %2 near x = %3, then back toward 0; negative left of x ≈ %4</source>
        <translation>de %1 jusqu’à ≈ %2 vers x = %3, puis retour vers 0&#x202f;; négative à gauche de x ≈ %4</translation>
    </message>
    <message>
        <source>keras.ops.gelu defaults to approximate=True</source>
        <translation>keras.ops.gelu utilise approximate=True par défaut</translation>
    </message>
    <message>
        <source>σ: the logistic sigmoid.</source>
        <translation>σ&#xa0;: la sigmoïde logistique.</translation>
    </message>
    <message>
        <source>σ(βx): between 0 and %1, fading to 0 further left</source>
        <translation>σ(βx)&#xa0;: entre 0 et %1, tendant vers 0 plus à gauche</translation>
    </message>
    <message>
        <source>%1 by PyTorch&apos;s convention (slope %2 just left of 0, %3 just right)</source>
        <translation>%1 par convention de PyTorch (pente %2 juste à gauche de 0, %3 juste à droite)</translation>
    </message>
    <message>
        <source>%1 (smooth: no convention needed)</source>
        <translation>%1 (lisse&#xa0;: aucune convention nécessaire)</translation>
    </message>
</context>
<context>
    <name>relulab::GradientSurvivalView</name>
    <message>
        <source>&amp;Family</source>
        <translation>Fa&amp;mille</translation>
    </message>
    <message>
        <source>&amp;Try a scenario</source>
        <translation>Essayer un &amp;scénario</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>relulab::LabControls</name>
    <message>
        <source>%1 has no parameters: its shape is fixed.</source>
        <translation>%1 n’a pas de paramètre&#xa0;: sa forme est fixe.</translation>
    </message>
    <message>
        <source>&amp;Probe x</source>
        <translation>&amp;Point de mesure x</translation>
    </message>
    <message>
        <source>Probe position x</source>
        <translation>Position x du point de mesure</translation>
    </message>
    <message>
        <source>Jump to teaching scenario</source>
        <translation>Aller à un scénario pédagogique</translation>
    </message>
</context>
<context>
    <name>relulab::LabIntro</name>
    <message>
        <source>Show or hide the introduction</source>
        <translation>Afficher ou masquer l’introduction</translation>
    </message>
</context>
<context>
    <name>relulab::LabKeyActions</name>
    <message>
        <source>Probe left</source>
        <translation>Point de mesure à gauche</translation>
    </message>
    <message>
        <source>Probe right</source>
        <translation>Point de mesure à droite</translation>
    </message>
    <message>
        <source>Probe left, big step</source>
        <translation>Point de mesure à gauche, grand pas</translation>
    </message>
    <message>
        <source>Probe right, big step</source>
        <translation>Point de mesure à droite, grand pas</translation>
    </message>
    <message>
        <source>Probe left, fine step</source>
        <translation>Point de mesure à gauche, petit pas</translation>
    </message>
    <message>
        <source>Probe right, fine step</source>
        <translation>Point de mesure à droite, petit pas</translation>
    </message>
    <message>
        <source>Probe to the left end</source>
        <translation>Point de mesure tout à gauche</translation>
    </message>
    <message>
        <source>Probe to the right end</source>
        <translation>Point de mesure tout à droite</translation>
    </message>
    <message>
        <source>Probe to zero</source>
        <translation>Point de mesure à zéro</translation>
    </message>
    <message>
        <source>Increase the family&apos;s parameter</source>
        <translation>Augmenter le paramètre de la famille</translation>
    </message>
    <message>
        <source>Decrease the family&apos;s parameter</source>
        <translation>Diminuer le paramètre de la famille</translation>
    </message>
    <message>
        <source>Next family</source>
        <translation>Famille suivante</translation>
    </message>
    <message>
        <source>Previous family</source>
        <translation>Famille précédente</translation>
    </message>
</context>
<context>
    <name>relulab::LabModel</name>
    <message>
        <source>unknown family &apos;%1&apos;; valid families: %2</source>
        <translation>famille «&#xa0;%1&#xa0;» inconnue&#x202f;; familles valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>probe %1 is out of range; valid: a number from %2 to %3</source>
        <translation>le point de mesure %1 est hors limites&#x202f;; valide&#xa0;: un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>unknown family &apos;%1&apos;</source>
        <translation>famille «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;; its parameters: %3</source>
        <translation>%1 n’a pas de paramètre «&#xa0;%2&#xa0;»&#x202f;; ses paramètres&#xa0;: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 %2 = %3 is out of range; valid: %4</source>
        <translation>%1 %2 = %3 est hors limites&#x202f;; valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE; valid: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme NAME=VALUE&#x202f;; valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 = &apos;%3&apos; is not an option; valid: %4</source>
        <translation>%1 %2 = «&#xa0;%3&#xa0;» n’est pas une valeur possible&#x202f;; valides&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 %2: &apos;%3&apos; is not a number</source>
        <translation>%1 %2&#xa0;: «&#xa0;%3&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>range %1:%2 is not valid; valid: A:B with -%3 &lt;= A &lt; B &lt;= %3, at least %4 wide</source>
        <translation>l’intervalle %1:%2 n’est pas valide&#x202f;; valide&#xa0;: A:B avec -%3 &lt;= A &lt; B &lt;= %3, d’une largeur d’au moins %4</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: unknown family &apos;%2&apos;</source>
        <translation>scénario «&#xa0;%1&#xa0;»&#xa0;: famille «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2 %3 = %4 is not valid</source>
        <translation>scénario «&#xa0;%1&#xa0;»&#xa0;: %2 %3 = %4 n’est pas valide</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: probe %2 is out of range</source>
        <translation>scénario «&#xa0;%1&#xa0;»&#xa0;: le point de mesure %2 est hors limites</translation>
    </message>
    <message>
        <source>family &apos;%1&apos; is named twice</source>
        <translation>la famille «&#xa0;%1&#xa0;» est nommée deux fois</translation>
    </message>
</context>
<context>
    <name>relulab::LessonActions</name>
    <message>
        <source>Lesson not opened</source>
        <translation>Leçon non ouverte</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Lesson decks (*.relulesson);;All files (*)</source>
        <translation>Fichiers de leçon (*.relulesson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The lesson that was open before is still loaded.</source>
        <translation>La leçon ouverte auparavant reste chargée.</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Ouvrir une leçon…</translation>
    </message>
    <message>
        <source>Open a lesson deck (.relulesson) at its first step</source>
        <translation>Ouvrir un fichier de leçon (.relulesson) à sa première étape</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>Enregistrer la leçon &amp;sous…</translation>
    </message>
    <message>
        <source>Prepare the steps of a lesson and save it as a file</source>
        <translation>Préparer les étapes d’une leçon et l’enregistrer dans un fichier</translation>
    </message>
    <message>
        <source>Open &amp;sample lesson</source>
        <translation>Ouvrir la leçon d’e&amp;xemple</translation>
    </message>
    <message>
        <source>Open the lesson “Why did my network stop learning?”</source>
        <translation>Ouvrir la leçon «&#xa0;Pourquoi mon réseau n’apprend-il plus&#x202f;?&#xa0;»</translation>
    </message>
    <message>
        <source>Open lesson “From sigmoid to &amp;GELU”</source>
        <translation>Ouvrir la leçon «&#xa0;De la sigmoïde à &amp;GELU&#xa0;»</translation>
    </message>
    <message>
        <source>Open the lesson “From sigmoid to GELU”: how ReLU and GELU replaced the saturating classics</source>
        <translation>Ouvrir la leçon «&#xa0;De la sigmoïde à GELU&#xa0;»&#xa0;: comment ReLU et GELU ont remplacé les classiques qui saturent</translation>
    </message>
</context>
<context>
    <name>relulab::LessonBar</name>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>Étape précédente (Pg.Préc)</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>Étape suivante (Pg.Suiv)</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Étape précédente de la leçon</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Étape suivante de la leçon</translation>
    </message>
    <message>
        <source>Built-in scenarios</source>
        <translation>Scénarios intégrés</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Page Down or Space to start the lesson.</source>
        <translation>Appuyez sur Pg.Suiv ou Espace pour commencer la leçon.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Lesson step %1: %2</source>
        <translation>Étape %1 de la leçon&#xa0;: %2</translation>
    </message>
    <message>
        <source>changed since step %1 · R restores</source>
        <translation>modifié depuis l’étape %1 · R la rétablit</translation>
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
        <translation>Aucune étape sélectionnée.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>leçon</translation>
    </message>
    <message>
        <source>Save lesson as</source>
        <translation>Enregistrer la leçon sous</translation>
    </message>
    <message>
        <source>Lesson decks (*.relulesson)</source>
        <translation>Fichiers de leçon (*.relulesson)</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>Leçon non enregistrée</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#x202f;?</translation>
    </message>
    <message>
        <source>This lesson has changes that are not saved. Close the editor and discard them?</source>
        <translation>Cette leçon comporte des modifications non enregistrées. Fermer l’éditeur et les abandonner&#x202f;?</translation>
    </message>
    <message>
        <source>Prepare lesson</source>
        <translation>Préparer une leçon</translation>
    </message>
    <message>
        <source>Prepare lesson – %1</source>
        <translation>Préparer la leçon – %1</translation>
    </message>
    <message>
        <source>Lesson &amp;title (%1):</source>
        <translation>&amp;Titre de la leçon (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Lesson title in %1</source>
        <translation>Titre de la leçon (%1)</translation>
    </message>
    <message>
        <source>&amp;Steps (Alt+Up and Alt+Down move, Delete removes):</source>
        <translation>Éta&amp;pes (Alt+Haut et Alt+Bas déplacent, Suppr retire)&#xa0;:</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Étapes de la leçon</translation>
    </message>
    <message>
        <source>&amp;Add current lab state</source>
        <translation>&amp;Ajouter l’état actuel</translation>
    </message>
    <message>
        <source>Adds the lab&apos;s family, parameters and probe as a step after the selected one</source>
        <translation>Ajoute la famille, les paramètres et le point de mesure du labo comme étape après celle sélectionnée</translation>
    </message>
    <message>
        <source>Add current lab state as a step</source>
        <translation>Ajouter l’état actuel du labo comme étape</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Monter l’étape</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Descendre l’étape</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Step t&amp;itle (%1):</source>
        <translation>T&amp;itre de l’étape (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Step title in %1</source>
        <translation>Titre de l’étape (%1)</translation>
    </message>
    <message>
        <source>Step &amp;note (%1):</source>
        <translation>&amp;Note de l’étape (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Step note in %1</source>
        <translation>Note de l’étape (%1)</translation>
    </message>
    <message>
        <source>Lab state of the step</source>
        <translation>État du labo pour l’étape</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Enregistrer s&amp;ous…</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Étape sélectionnée</translation>
    </message>
    <message>
        <source>S&amp;peaker notes (%1):</source>
        <translation>Notes du &amp;présentateur (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Speaker notes in %1, shown on the teacher&apos;s screen only</source>
        <translation>Notes du présentateur en %1, sur l’écran de l’enseignant seulement</translation>
    </message>
    <message>
        <source>Shown in the speaker notes window on the teacher&apos;s screen, never on the projected view</source>
        <translation>Affichées dans la fenêtre «&#xa0;Notes du présentateur&#xa0;» sur l’écran de l’enseignant, jamais sur l’image projetée</translation>
    </message>
    <message>
        <source>What the step sets besides family, parameters and probe</source>
        <translation>Ce que l’étape fixe en plus de la famille, des paramètres et du point de mesure</translation>
    </message>
</context>
<context>
    <name>relulab::LessonPlayer</name>
    <message>
        <source>no step %1; the lesson has %2</source>
        <translation>pas d’étape %1&#x202f;; la leçon en compte %2</translation>
    </message>
</context>
<context>
    <name>relulab::LessonReader</name>
    <message>
        <source>the text %1</source>
        <translation>le texte %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le nombre %1</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>une liste [ … ]</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>un objet { … }</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>step %1, field %2</source>
        <translation>étape %1, champ %2</translation>
    </message>
    <message>
        <source>unknown field %1; valid fields: %2</source>
        <translation>champ %1 inconnu&#x202f;; champs valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>le texte compte %1 caractères&#x202f;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>%1 languages are too many; at most %2 are allowed</source>
        <translation>%1 langues, c’est trop&#x202f;; %2 au maximum sont autorisées</translation>
    </message>
    <message>
        <source>%1 is not a language code; valid: codes such as en, de, es, fr or pt_BR</source>
        <translation>%1 n’est pas un code de langue&#x202f;; valides&#xa0;: des codes comme en, de, es, fr ou pt_BR</translation>
    </message>
    <message>
        <source>must be a text in quotes, not %1</source>
        <translation>doit être un texte entre guillemets, et non %1</translation>
    </message>
    <message>
        <source>must be a text, or an object of language codes and texts such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation>doit être un texte, ou un objet associant codes de langue et textes, comme {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, et non %1</translation>
    </message>
    <message>
        <source>%1 has no parameters; leave &apos;parameters&apos; out or empty</source>
        <translation>%1 n’a pas de paramètre&#x202f;; omettez «&#xa0;parameters&#xa0;» ou laissez-le vide</translation>
    </message>
    <message>
        <source>%1 has no parameter %2; its parameters: %3</source>
        <translation>%1 n’a pas de paramètre %2&#x202f;; ses paramètres&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be one of %1 (in quotes), not %2</source>
        <translation>doit être l’une des valeurs %1 (entre guillemets), et non %2</translation>
    </message>
    <message>
        <source>must be a number from %1, not %2</source>
        <translation>doit être un nombre de %1, et non %2</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: a number from %2</source>
        <translation>%1 est hors limites&#x202f;; valide&#xa0;: un nombre de %2</translation>
    </message>
    <message>
        <source>must be an object { … }, not %1</source>
        <translation>doit être un objet { … }, et non %1</translation>
    </message>
    <message>
        <source>%1 is not a built-in scenario; valid: %2</source>
        <translation>%1 n’est pas un scénario intégré&#x202f;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a family; valid: %2</source>
        <translation>%1 n’est pas une famille&#x202f;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>field &apos;family&apos; is missing; valid: %1</source>
        <translation>champ «&#xa0;family&#xa0;» manquant&#x202f;; valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;alpha&quot;: 0.5}, not %1</source>
        <translation>doit être un objet comme {&quot;alpha&quot;: 0.5}, et non %1</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, et non %2</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: %2</source>
        <translation>%1 est hors limites&#x202f;; valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>field &apos;probe&apos; is missing; valid: a number from %1 to %2</source>
        <translation>champ «&#xa0;probe&#xa0;» manquant&#x202f;; valide&#xa0;: un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>the file is too large (%1 KiB); a lesson file may be at most %2 KiB</source>
        <translation>le fichier est trop volumineux (%1&#xa0;Kio)&#x202f;; un fichier de leçon peut faire au plus %2&#xa0;Kio</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1 (the file is not valid JSON)</source>
        <translation>%1 (le fichier n’est pas du JSON valide)</translation>
    </message>
    <message>
        <source>the file must hold one object { &quot;format&quot;: &quot;%1&quot;, … }, not a list [ … ]</source>
        <translation>le fichier doit contenir un seul objet { &quot;format&quot;: &quot;%1&quot;, … }, et non une liste [ … ]</translation>
    </message>
    <message>
        <source>this is not a ReLU Family Lab lesson: field &apos;format&apos; is missing; a lesson begins with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>ce n’est pas une leçon ReLU Family Lab&#xa0;: champ «&#xa0;format&#xa0;» manquant&#x202f;; une leçon commence par &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &apos;format&apos;</source>
        <translation>champ «&#xa0;format&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a lesson format; valid: &quot;%2&quot;</source>
        <translation>%1 n’est pas un format de leçon&#x202f;; valide&#xa0;: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>field &apos;version&apos; is missing; valid: %1</source>
        <translation>champ «&#xa0;version&#xa0;» manquant&#x202f;; valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>field &apos;version&apos;</source>
        <translation>champ «&#xa0;version&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a version; valid: %2</source>
        <translation>%1 n’est pas une version&#x202f;; valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>field &apos;steps&apos; is missing; a lesson needs a list of at least one step</source>
        <translation>champ «&#xa0;steps&#xa0;» manquant&#x202f;; une leçon doit contenir une liste d’au moins une étape</translation>
    </message>
    <message>
        <source>field &apos;steps&apos;</source>
        <translation>champ «&#xa0;steps&#xa0;»</translation>
    </message>
    <message>
        <source>must be a list [ … ] of steps, not %1</source>
        <translation>doit être une liste [ … ] d’étapes, et non %1</translation>
    </message>
    <message>
        <source>the list is empty; a lesson needs at least one step</source>
        <translation>la liste est vide&#x202f;; une leçon doit contenir au moins une étape</translation>
    </message>
    <message>
        <source>%1 steps are too many; a lesson may have at most %2</source>
        <translation>%1 étapes, c’est trop&#x202f;; une leçon peut en avoir au plus %2</translation>
    </message>
    <message>
        <source>no such file in %1</source>
        <translation>fichier introuvable dans %1</translation>
    </message>
    <message>
        <source>this is a folder, not a lesson file</source>
        <translation>c’est un dossier, pas un fichier de leçon</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>not saved: the lesson would not read back the same</source>
        <translation>non enregistrée&#xa0;: la leçon relue ne serait pas identique</translation>
    </message>
    <message>
        <source>cannot be saved in %1: %2</source>
        <translation>impossible d’enregistrer dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>version %1 is not supported; this ReLU Family Lab reads lesson files up to version %2, a newer one is needed for this file</source>
        <translation>version %1 non prise en charge&#x202f;; cette version de ReLU Family Lab lit les fichiers de leçon jusqu’à la version %2, il en faut une plus récente pour ce fichier</translation>
    </message>
    <message>
        <source>this field needs lesson format version %1; the file says version %2</source>
        <translation>ce champ exige la version %1 du format de leçon&#x202f;; le fichier indique la version %2</translation>
    </message>
    <message>
        <source>%1 is not a tab; valid: %2</source>
        <translation>%1 n’est pas un onglet&#x202f;; valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>a list of two numbers [from, to] between -%1 and %1, at least %2 apart</source>
        <translation>une liste de deux nombres [de, à] entre -%1 et %1, écartés d’au moins %2</translation>
    </message>
    <message>
        <source>[%1, %2] is not a valid range; valid: %3</source>
        <translation>[%1, %2] n’est pas une plage valide&#x202f;; valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be a list such as [&quot;%1&quot;] of %2, not %3</source>
        <translation>doit être une liste comme [&quot;%1&quot;] de %2, pas %3</translation>
    </message>
    <message>
        <source>%1 is not valid here; valid: %2</source>
        <translation>%1 n’est pas valide ici&#x202f;; valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>doit être un nombre, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>doit être un nombre entier de %1 à %2, pas %3</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;mu&quot;: 0, &quot;sigma&quot;: 1}, not %1</source>
        <translation>doit être un objet comme {&quot;mu&quot;: 0, &quot;sigma&quot;: 1}, pas %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;init&quot;: &quot;he&quot;, &quot;width&quot;: 256, &quot;depth&quot;: 30}, not %1</source>
        <translation>doit être un objet comme {&quot;init&quot;: &quot;he&quot;, &quot;width&quot;: 256, &quot;depth&quot;: 30}, pas %1</translation>
    </message>
    <message>
        <source>%1 is not an initialization; valid: %2</source>
        <translation>%1 n’est pas une initialisation&#x202f;; valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;hide&quot;: [&quot;readouts&quot;]}, not %1</source>
        <translation>doit être un objet comme {&quot;hide&quot;: [&quot;readouts&quot;]}, pas %1</translation>
    </message>
</context>
<context>
    <name>relulab::MainWindow</name>
    <message>
        <source>the image could not be encoded</source>
        <translation>l’image n’a pas pu être encodée</translation>
    </message>
    <message>
        <source>ReLU Family Lab</source>
        <translation>ReLU Family Lab</translation>
    </message>
    <message>
        <source>Activation lab</source>
        <translation>Labo des activations</translation>
    </message>
    <message>
        <source>Teaching notes</source>
        <translation>Notes pédagogiques</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Labo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Export curves as CSV…</source>
        <translation>Exporter les courbes en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save &amp;screenshot as PNG…</source>
        <translation>Enregistrer la capture en &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset zoom (−4 to 4)</source>
        <translation>Rétablir le &amp;zoom (−4 à 4)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Noircir l’écran</translation>
    </message>
    <message>
        <source>&amp;About ReLU Family Lab</source>
        <translation>À &amp;propos de ReLU Family Lab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>Exporter les courbes en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The curves could not be saved to %1:
%2</source>
        <translation>Les courbes n’ont pas pu être enregistrées dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save screenshot as PNG</source>
        <translation>Enregistrer la capture en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Screenshot failed</source>
        <translation>Échec de la capture d’écran</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1:
%2</source>
        <translation>La capture d’écran n’a pas pu être enregistrée dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>About ReLU Family Lab</source>
        <translation>À propos de ReLU Family Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Family Lab %1&lt;/h3&gt;&lt;p&gt;See what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative evidence, and what gradient survives the trip back.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Family Lab %1&lt;/h3&gt;&lt;p&gt;Observez ce que ReLU, Leaky ReLU, ELU, GELU et Softplus font des entrées négatives, et quel gradient survit au trajet retour.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Family cheat sheet</source>
        <translation>Aide-mémoire des familles</translation>
    </message>
    <message>
        <source>&amp;Next lesson step</source>
        <translation>Étape &amp;suivante de la leçon</translation>
    </message>
    <message>
        <source>&amp;Previous lesson step</source>
        <translation>Étape &amp;précédente de la leçon</translation>
    </message>
    <message>
        <source>Show the &amp;other families faintly</source>
        <translation>Afficher les autres &amp;familles estompées</translation>
    </message>
    <message>
        <source>&amp;Comparison families…</source>
        <translation>Familles de &amp;comparaison…</translation>
    </message>
    <message>
        <source>Choose which families the board draws faintly beside the selected one</source>
        <translation>Choisir les familles que les graphiques tracent estompées à côté de celle choisie</translation>
    </message>
    <message>
        <source>Comparison families</source>
        <translation>Familles de comparaison</translation>
    </message>
    <message>
        <source>The board draws these families faintly beside the selected one, and its legend lists them. A few at a time keep the board readable.</source>
        <translation>Les graphiques tracent ces familles estompées à côté de celle choisie, et la légende les nomme. Quelques-unes à la fois gardent les graphiques lisibles.</translation>
    </message>
    <message>
        <source>&amp;Hide the answers, then reveal</source>
        <translation>&amp;Masquer les réponses, puis les révéler</translation>
    </message>
    <message>
        <source>Hide the answers so the class predicts first; press again to reveal (P)</source>
        <translation>Masquer les réponses pour que la classe prédise d’abord&#xa0;; appuyer de nouveau pour les révéler (P)</translation>
    </message>
    <message>
        <source>Hi&amp;de for prediction</source>
        <translation>Masquer pour la pré&amp;diction</translation>
    </message>
    <message>
        <source>Values and verdict at the probe</source>
        <translation>Valeurs et verdict au point de mesure</translation>
    </message>
    <message>
        <source>The curve right of the probe</source>
        <translation>La courbe à droite du point de mesure</translation>
    </message>
    <message>
        <source>The derivative panel</source>
        <translation>Le graphique de la dérivée</translation>
    </message>
    <message>
        <source>Teaching cards about the reading</source>
        <translation>Notes pédagogiques sur le relevé</translation>
    </message>
    <message>
        <source>&amp;Table of every family at the probe</source>
        <translation>&amp;Tableau de toutes les familles au point de mesure</translation>
    </message>
    <message>
        <source>&amp;Speaker notes</source>
        <translation>&amp;Notes du présentateur</translation>
    </message>
    <message>
        <source>The current step&apos;s speaker notes, the next step and the lesson time, in a window of their own that is never projected</source>
        <translation>Les notes du présentateur de l’étape en cours, l’étape suivante et la durée de la leçon, dans une fenêtre à part qui n’est jamais projetée</translation>
    </message>
    <message>
        <source>&amp;Teacher&apos;s view on a second screen when presenting</source>
        <translation>Vue de l’&amp;enseignant sur un second écran en présentation</translation>
    </message>
</context>
<context>
    <name>relulab::Parameter</name>
    <message>
        <source>Exact (erf)</source>
        <translation>Exacte (erf)</translation>
    </message>
    <message>
        <source>Tanh approximation</source>
        <translation>Approximation tanh</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Pente négative</translation>
    </message>
    <message>
        <source>Alpha (negative floor)</source>
        <translation>Alpha (plancher négatif)</translation>
    </message>
    <message>
        <source>Approximation</source>
        <translation>Approximation</translation>
    </message>
    <message>
        <source>Beta (sharpness)</source>
        <translation>Bêta (netteté)</translation>
    </message>
</context>
<context>
    <name>relulab::ParameterEditor</name>
</context>
<context>
    <name>relulab::ParameterSpec</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>relulab::ReadoutPanel</name>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Local slope</source>
        <translation>Pente locale</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Santé du gradient</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>f(x) at x = %1</source>
        <translation>f(x) en x = %1</translation>
    </message>
    <message>
        <source>f′(x): how much gradient passes back</source>
        <translation>f′(x)&#xa0;: part du gradient qui revient</translation>
    </message>
</context>
<context>
    <name>relulab::ReadoutTile</name>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
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
        <translation>Déplacer le point de mesure</translation>
    </message>
    <message>
        <source>Shift + ← →</source>
        <translation>Maj + ← →</translation>
    </message>
    <message>
        <source>Move the probe in big steps</source>
        <translation>Déplacer le point de mesure par grands pas</translation>
    </message>
    <message>
        <source>Ctrl + ← →</source>
        <translation>Ctrl + ← →</translation>
    </message>
    <message>
        <source>Move the probe in fine steps</source>
        <translation>Déplacer le point de mesure par petits pas</translation>
    </message>
    <message>
        <source>Home, End, 0</source>
        <translation>Début, Fin, 0</translation>
    </message>
    <message>
        <source>Probe to the left end, the right end, zero</source>
        <translation>Point de mesure tout à gauche, tout à droite, à zéro</translation>
    </message>
    <message>
        <source>+ −</source>
        <translation>+ −</translation>
    </message>
    <message>
        <source>Change the family&apos;s parameter</source>
        <translation>Modifier le paramètre de la famille</translation>
    </message>
    <message>
        <source>Page Down, Space</source>
        <translation>Pg.Suiv, Espace</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Étape suivante de la leçon</translation>
    </message>
    <message>
        <source>Page Up, Backspace</source>
        <translation>Pg.Préc, Retour arrière</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Étape précédente de la leçon</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Presentation mode on or off (Esc leaves)</source>
        <translation>Basculer le mode présentation (Échap pour sortir)</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B ou .</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Noircir l’écran</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 ou&#xa0;?</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>Afficher ou masquer cette liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Press Esc, F1 or ? to close.</source>
        <translation>Appuyez sur Échap, F1 ou&#xa0;? pour fermer.</translation>
    </message>
    <message>
        <source>Ctrl + C</source>
        <translation>Ctrl + C</translation>
    </message>
    <message>
        <source>Copy the focused teaching card or readout</source>
        <translation>Copier la fiche ou la mesure sélectionnée</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Show or hide the other families</source>
        <translation>Afficher ou masquer les autres familles</translation>
    </message>
    <message>
        <source>Ctrl + +, Ctrl + −, Ctrl + 0</source>
        <translation>Ctrl + +, Ctrl + −, Ctrl + 0</translation>
    </message>
    <message>
        <source>Zoom the x axis in, out, back to −4 … 4</source>
        <translation>Zoom avant ou arrière sur l’axe x, retour à −4 … 4</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Restore the lesson step after changes</source>
        <translation>Rétablir l’étape de la leçon après des changements</translation>
    </message>
    <message>
        <source>D, L, G, K</source>
        <translation>D, L, G, K</translation>
    </message>
    <message>
        <source>P or Space, S, R</source>
        <translation>P ou Espace, S, R</translation>
    </message>
    <message>
        <source>Training: play or pause, a single step, reset the run</source>
        <translation>Entraînement&#xa0;: lancer ou mettre en pause, un seul pas, réinitialiser</translation>
    </message>
    <message>
        <source>N, Shift + N</source>
        <translation>N, Maj + N</translation>
    </message>
    <message>
        <source>Next or previous family, through all %1 in catalog order</source>
        <translation>Famille suivante ou précédente, parmi les %1 dans l’ordre du catalogue</translation>
    </message>
    <message>
        <source>Training: start “Dying ReLU”, “Leaky rescue”, “Smooth gates”, “Sigmoid stack”</source>
        <translation>Entraînement&#xa0;: lancer «&#xa0;ReLU mourante&#xa0;», «&#xa0;Secours Leaky&#xa0;», «&#xa0;Portes douces&#xa0;», «&#xa0;Pile de sigmoïdes&#xa0;»</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Hide the answers so the class predicts first; P, Page Down or Space reveals them</source>
        <translation>Masquer les réponses pour que la classe prédise d’abord&#xa0;; P, Pg.Suiv ou Espace les révèle</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Show or hide every family at the probe</source>
        <translation>Afficher ou masquer toutes les familles au point de mesure</translation>
    </message>
    <message>
        <source>Ctrl + Shift + N</source>
        <translation>Ctrl + Maj + N</translation>
    </message>
    <message>
        <source>Speaker notes, on the teacher&apos;s screen only</source>
        <translation>Notes du présentateur, sur l’écran de l’enseignant seulement</translation>
    </message>
</context>
<context>
    <name>relulab::TeachingCard</name>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
</context>
<context>
    <name>relulab::TeachingNotes</name>
    <message>
        <source>Current read</source>
        <translation>Relevé actuel</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Try next</source>
        <translation>À essayer</translation>
    </message>
    <message>
        <source>ML translation</source>
        <translation>En termes de ML</translation>
    </message>
    <message>
        <source>Family snapshot</source>
        <translation>La famille en bref</translation>
    </message>
    <message>
        <source>Why this family exists</source>
        <translation>Pourquoi cette famille existe</translation>
    </message>
    <message>
        <source>Where you&apos;ll see it</source>
        <translation>Où vous la rencontrerez</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Quand la choisir</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Santé du gradient</translation>
    </message>
</context>
<context>
    <name>relulab::TrainingSettings</name>
    <message>
        <source>unknown family &apos;%1&apos;; valid: %2</source>
        <translation>famille «&#xa0;%1&#xa0;» inconnue&#xa0;; valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters</source>
        <translation>%1 prend %2 paramètres</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range; valid: %3</source>
        <translation>%1 = %2 est hors limites&#xa0;; valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2 is not valid; valid: a whole number from %3 to %4</source>
        <translation>%1 %2 n’est pas valide&#xa0;; valide&#xa0;: un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>noise %1 is not valid; valid: a number from 0 to %2</source>
        <translation>bruit %1 non valide&#xa0;; valide&#xa0;: un nombre de 0 à %2</translation>
    </message>
    <message>
        <source>learning rate %1 is not valid; valid: a number from %2 to %3</source>
        <translation>taux d’apprentissage %1 non valide&#xa0;; valide&#xa0;: un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>bias init %1 is not valid; valid: a number from -%2 to %2</source>
        <translation>biais initial %1 non valide&#xa0;; valide&#xa0;: un nombre de -%2 à %2</translation>
    </message>
</context>
<context>
    <name>relulab::TrainingView</name>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>Step %1 · %2 of %3 hidden units dead</source>
        <translation>Pas %1 · %2 neurones cachés morts sur %3</translation>
    </message>
    <message>
        <source>Start the training scenario “%1”</source>
        <translation>Lancer le scénario d’entraînement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>Play (P)</source>
        <translation>Lancer (P)</translation>
    </message>
    <message>
        <source>Step (S)</source>
        <translation>Un pas (S)</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Réinitialiser (R)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pas/s</translation>
    </message>
    <message>
        <source>Play or pause the training</source>
        <translation>Lancer ou mettre en pause l’entraînement</translation>
    </message>
    <message>
        <source>Train a single step</source>
        <translation>Entraîner un seul pas</translation>
    </message>
    <message>
        <source>Reset the training run</source>
        <translation>Réinitialiser l’entraînement</translation>
    </message>
    <message>
        <source>Data set:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Points&#xa0;:</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Bruit&#xa0;:</translation>
    </message>
    <message>
        <source>Width (units per layer):</source>
        <translation>Largeur (neurones par couche)&#xa0;:</translation>
    </message>
    <message>
        <source>Depth (hidden layers):</source>
        <translation>Profondeur (couches cachées)&#xa0;:</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimiseur&#xa0;:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Taux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Taille du lot&#xa0;:</translation>
    </message>
    <message>
        <source>Weight init:</source>
        <translation>Init. des poids&#xa0;:</translation>
    </message>
    <message>
        <source>Bias init:</source>
        <translation>Biais initial&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>XOR (checkerboard)</source>
        <translation>XOR (damier)</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD avec moment</translation>
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
        <translation>Régions de décision (pleins&#xa0;: points d’entraînement, anneaux&#xa0;: points de test)</translation>
    </message>
    <message>
        <source>Hidden units: brighter = active on more of the data, dark = dead</source>
        <translation>Neurones cachés&#xa0;: plus clair = actif sur plus de données, sombre = mort</translation>
    </message>
    <message>
        <source>†%1</source>
        <translation>†%1</translation>
    </message>
    <message>
        <source>Training loss (cross-entropy, log scale)</source>
        <translation>Perte d’entraînement (entropie croisée, échelle log.)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Précision (%)</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Dead units per layer</source>
        <translation>Neurones morts par couche</translation>
    </message>
    <message>
        <source>Gradient norm per layer (log scale)</source>
        <translation>Norme du gradient par couche (échelle log.)</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyGroups</name>
    <message>
        <source>ReLU family</source>
        <translation>Famille ReLU</translation>
    </message>
    <message>
        <source>Before ReLU</source>
        <translation>Avant ReLU</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyChecklist</name>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyChoiceDialog</name>
    <message>
        <source>Choose at least one family.</source>
        <translation>Choisissez au moins une famille.</translation>
    </message>
    <message>
        <source>&amp;Seed families</source>
        <translation>Familles de &amp;départ</translation>
    </message>
    <message>
        <source>The families the lab began with: ReLU and its first descendants</source>
        <translation>Les familles par lesquelles le labo a commencé&#xa0;: ReLU et ses premières descendantes</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyTable</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
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
        <translation>Santé du gradient</translation>
    </message>
</context>
<context>
    <name>relulab::PredictionState</name>
    <message>
        <source>unknown part to hide: &apos;%1&apos; (known: %2)</source>
        <translation>partie à masquer inconnue&#xa0;: «&#xa0;%1&#xa0;» (connues&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>relulab::LessonStepFields</name>
    <message>
        <source>Sets the &amp;zoom (x from, to)</source>
        <translation>Fixe le &amp;zoom (x de, à)</translation>
    </message>
    <message>
        <source>Visible x range from</source>
        <translation>Plage de x visible de</translation>
    </message>
    <message>
        <source>Visible x range to</source>
        <translation>Plage de x visible à</translation>
    </message>
    <message>
        <source>Sets the &amp;faint curves</source>
        <translation>Fixe les courbes &amp;pâles</translation>
    </message>
    <message>
        <source>Families drawn faintly</source>
        <translation>Familles tracées en pâle</translation>
    </message>
    <message>
        <source>Sets the &amp;tab</source>
        <translation>Fixe l’&amp;onglet</translation>
    </message>
    <message>
        <source>Activation lab</source>
        <translation>Labo des activations</translation>
    </message>
    <message>
        <source>Sets the &amp;batch (survival)</source>
        <translation>Fixe le &amp;lot (survie)</translation>
    </message>
    <message>
        <source>Batch mean μ</source>
        <translation>Moyenne du lot μ</translation>
    </message>
    <message>
        <source>Batch spread σ</source>
        <translation>Dispersion du lot σ</translation>
    </message>
    <message>
        <source>Sets the &amp;depth lab</source>
        <translation>Fixe le labo de &amp;profondeur</translation>
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
        <translation>Gain personnalisé</translation>
    </message>
    <message>
        <source>Weight initialization</source>
        <translation>Initialisation des poids</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>gain</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>&amp;Predict first: hides</source>
        <translation>&amp;Prédire d’abord&#xa0;: masque</translation>
    </message>
    <message>
        <source>the readouts</source>
        <translation>les lectures</translation>
    </message>
    <message>
        <source>the curve right of the probe</source>
        <translation>la courbe à droite du point de mesure</translation>
    </message>
    <message>
        <source>the derivative panel</source>
        <translation>le panneau de la dérivée</translation>
    </message>
    <message>
        <source>the teaching cards</source>
        <translation>les fiches pédagogiques</translation>
    </message>
    <message>
        <source>&amp;Capture current view</source>
        <translation>&amp;Capturer la vue actuelle</translation>
    </message>
    <message>
        <source>Sets every field of the selected step from what the lab shows now: family, parameters, probe, zoom, faint curves, tab, batch and depth lab</source>
        <translation>Remplit chaque champ de l’étape choisie avec ce que montre le labo&#xa0;: famille, paramètres, point de mesure, zoom, courbes pâles, onglet, lot et labo de profondeur</translation>
    </message>
</context>
<context>
    <name>relulab::SpeakerNotesWindow</name>
    <message>
        <source>Lesson time: not started</source>
        <translation>Durée de la leçon&#xa0;: pas commencée</translation>
    </message>
    <message>
        <source>Lesson time: %1</source>
        <translation>Durée de la leçon&#xa0;: %1</translation>
    </message>
    <message>
        <source>The lesson has not started: the next step key shows step 1.</source>
        <translation>La leçon n’a pas commencé&#xa0;: la touche de l’étape suivante montre l’étape 1.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No speaker notes for this step.</source>
        <translation>Pas de notes du présentateur pour cette étape.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The end of the lesson.</source>
        <translation>La fin de la leçon.</translation>
    </message>
    <message>
        <source>Speaker notes – ReLU Family Lab</source>
        <translation>Notes du présentateur – ReLU Family Lab</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>Speaker notes of the current step</source>
        <translation>Notes du présentateur de l’étape en cours</translation>
    </message>
</context>
</TS>
