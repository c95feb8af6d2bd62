<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
    <message>
        <source>ReLU Family Lab: see what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative evidence and what gradient survives the trip back.</source>
        <translation>ReLU Family Lab: observa qué hacen ReLU, Leaky ReLU, ELU, GELU y Softplus con las entradas negativas y qué gradiente sobrevive al viaje de vuelta.</translation>
    </message>
    <message>
        <source>Family to show: %1 (or all, for --export-csv).</source>
        <translation>Familia que se muestra: %1 (o all, con --export-csv).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Set a parameter of the family, e.g. slope=0.1, alpha=0.5, approximate=tanh, beta=4. Repeatable.</source>
        <translation>Fijar un parámetro de la familia, p. ej. slope=0.1, alpha=0.5, approximate=tanh, beta=4. Se puede repetir.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nombre=valor</translation>
    </message>
    <message>
        <source>Put the probe at x (from -1000 to 1000).</source>
        <translation>Colocar el punto de medida en x (de -1000 a 1000).</translation>
    </message>
    <message>
        <source>Start from a teaching scenario: %1.</source>
        <translation>Empezar desde un escenario didáctico: %1.</translation>
    </message>
    <message>
        <source>Language of the interface and teaching text: %1. Default: the system&apos;s.</source>
        <translation>Idioma de la interfaz y de los textos didácticos: %1. Por defecto: el del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Write family,x,output,slope as CSV to file (- for standard output) and exit.</source>
        <translation>Escribir family,x,output,slope en formato CSV en el archivo (- para la salida estándar) y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Points for --export-csv from a to b (default -4:4).</source>
        <translation>Puntos para --export-csv desde a hasta b (por defecto -4:4).</translation>
    </message>
    <message>
        <source>Number of points in --range, 2 to %1 (default 801).</source>
        <translation>Número de puntos en --range, de 2 a %1 (por defecto 801).</translation>
    </message>
    <message>
        <source>Export exactly these points instead of a range, e.g. -20,-8,0,1.</source>
        <translation>Exportar exactamente estos puntos en lugar de un intervalo, p. ej. -20,-8,0,1.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file without showing it, and exit.</source>
        <translation>Guardar la ventana como archivo PNG sin mostrarla y salir.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>archivo.png</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1920x1080).</source>
        <translation>Tamaño de la ventana para --screenshot (por defecto 1920x1080).</translation>
    </message>
    <message>
        <source>Start in presentation mode: full screen, large type (F5 toggles, Esc leaves).</source>
        <translation>Empezar en modo presentación: pantalla completa, letra grande (F5 lo activa o desactiva, Esc sale).</translation>
    </message>
    <message>
        <source>Run the depth lab for --family and write layer,activation_std,grad_norm,dead_fraction,activation_mean as CSV to file (- for standard output) and exit.</source>
        <translation>Ejecutar el laboratorio de profundidad para --family, escribir layer,activation_std,grad_norm,dead_fraction,activation_mean en formato CSV en el archivo (- para la salida estándar) y salir.</translation>
    </message>
    <message>
        <source>Weight initialization for --export-depth: %1 (default he).</source>
        <translation>Inicialización de los pesos para --export-depth: %1 (por defecto he).</translation>
    </message>
    <message>
        <source>Gain for --init custom: weight variance gain²/width, %1 to %2.</source>
        <translation>Ganancia para --init custom: varianza de los pesos gain²/width, de %1 a %2.</translation>
    </message>
    <message>
        <source>Layers for --export-depth, 1 to %1 (default %2).</source>
        <translation>Capas para --export-depth, de 1 a %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>Units per layer for --export-depth, 1 to %1 (default %2).</source>
        <translation>Neuronas por capa para --export-depth, de 1 a %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>Examples for --export-depth, 1 to %1 (default %2).</source>
        <translation>Ejemplos del lote para --export-depth, de 1 a %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>Random seed for --export-depth, a whole number from 0 to 2^64-1 (default %1).</source>
        <translation>Semilla aleatoria para --export-depth, un número entero de 0 a 2^64-1 (por defecto %1).</translation>
    </message>
    <message>
        <source>Write the batch statistics of every family over pre-activations N(mu, sigma²) as CSV to file (- for standard output) and exit.</source>
        <translation>Escribir las estadísticas del lote de cada familia sobre preactivaciones N(mu, sigma²) en formato CSV en el archivo (- para la salida estándar) y salir.</translation>
    </message>
    <message>
        <source>Mean of the pre-activations for --export-batch (default 0).</source>
        <translation>Media de las preactivaciones para --export-batch (por defecto 0).</translation>
    </message>
    <message>
        <source>Standard deviation for --export-batch (default 1).</source>
        <translation>Desviación típica para --export-batch (por defecto 1).</translation>
    </message>
    <message>
        <source>Write the family cheat sheet, with the current parameters, as a PDF file and exit.</source>
        <translation>Escribir la hoja resumen de las familias, con los parámetros actuales, como archivo PDF y salir.</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>archivo.pdf</translation>
    </message>
    <message>
        <source>Paper for --export-cheatsheet: A4 or Letter (default: the locale&apos;s).</source>
        <translation>Papel para --export-cheatsheet: A4 o Letter (por defecto: el de la configuración regional).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>Orientation for --export-cheatsheet: portrait (default) or landscape.</source>
        <translation>Orientación para --export-cheatsheet: portrait (por defecto) o landscape.</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientación</translation>
    </message>
    <message>
        <source>Families for --export-cheatsheet, comma-separated ids in print order (default: %1).</source>
        <translation>Familias para --export-cheatsheet, identificadores separados por comas en el orden de impresión (predeterminado: %1).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Open a lesson deck (.relulesson) at its first step.</source>
        <translation>Abrir una lección (.relulesson) en su primer paso.</translation>
    </message>
    <message>
        <source>A lesson deck to open, the same as --lesson.</source>
        <translation>Lección que se abre; equivale a --lesson.</translation>
    </message>
    <message>
        <source>[lesson-file]</source>
        <translation>[archivo-de-lección]</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; valid options: %2</source>
        <translation>opción desconocida «%1»; opciones válidas: %2</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (consulta --help)</translation>
    </message>
    <message>
        <source>--%1 is given more than once; valid: once (only --set repeats)</source>
        <translation>--%1 aparece más de una vez; válido: una sola vez (solo --set se puede repetir)</translation>
    </message>
    <message>
        <source>--scenario: unknown scenario &apos;%1&apos;; valid: %2</source>
        <translation>--scenario: escenario desconocido «%1»; válidos: %2</translation>
    </message>
    <message>
        <source>--family: unknown family &apos;%1&apos;; valid: %2, all</source>
        <translation>--family: familia desconocida «%1»; válidas: %2, all</translation>
    </message>
    <message>
        <source>--probe: &apos;%1&apos; is not a number; valid: a number from -1000 to 1000</source>
        <translation>--probe: «%1» no es un número; válido: un número de -1000 a 1000</translation>
    </message>
    <message>
        <source>--export-csv: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-csv: el nombre de archivo está vacío; válido: un nombre de archivo, o - para la salida estándar</translation>
    </message>
    <message>
        <source>--range: &apos;%1&apos; is not valid; valid: a:b with numbers a &lt; b, e.g. -4:4</source>
        <translation>--range: «%1» no es válido; válido: a:b con números a &lt; b, p. ej. -4:4</translation>
    </message>
    <message>
        <source>--samples: &apos;%1&apos; is not valid; valid: a whole number from 2 to %2</source>
        <translation>--samples: «%1» no es válido; válido: un número entero de 2 a %2</translation>
    </message>
    <message>
        <source>--at cannot be combined with --range or --samples; valid: exact points or a range</source>
        <translation>--at no se puede combinar con --range ni con --samples; válido: puntos exactos o un intervalo</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not valid; valid: finite numbers separated by commas, e.g. -20,-8,0,1</source>
        <translation>--at: «%1» no es válido; válido: números finitos separados por comas, p. ej. -20,-8,0,1</translation>
    </message>
    <message>
        <source>--family all only works with --export-csv; valid for the window: %1</source>
        <translation>--family all solo funciona con --export-csv; válidas para la ventana: %1</translation>
    </message>
    <message>
        <source>--presentation is for the window; it cannot be combined with --export-csv</source>
        <translation>--presentation es para la ventana; no se puede combinar con --export-csv</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty; valid: a file name ending in .png</source>
        <translation>--screenshot: el nombre de archivo está vacío; válido: un nombre de archivo terminado en .png</translation>
    </message>
    <message>
        <source>--screenshot cannot be combined with --export-csv; valid: one of them per run</source>
        <translation>--screenshot no se puede combinar con --export-csv; válido: solo una de las dos en cada ejecución</translation>
    </message>
    <message>
        <source>--size: &apos;%1&apos; is not valid; valid: WxH with sides from %2 to %3, e.g. 1366x768</source>
        <translation>--size: «%1» no es válido; válido: WxH con lados de %2 a %3, p. ej. 1366x768</translation>
    </message>
    <message>
        <source>--%1 is given more than once; valid: once</source>
        <translation>--%1 aparece más de una vez; válido: una sola vez</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not valid; valid: a whole number from %3 to %4</source>
        <translation>--%1: «%2» no es válido; válido: un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>--export-depth: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-depth: el nombre de archivo está vacío; válido: un nombre de archivo, o - para la salida estándar</translation>
    </message>
    <message>
        <source>--export-depth runs one family; valid: --family %1</source>
        <translation>--export-depth ejecuta una sola familia; válido: --family %1</translation>
    </message>
    <message>
        <source>--init: unknown initialization &apos;%1&apos;; valid: %2</source>
        <translation>--init: inicialización desconocida «%1»; válidas: %2</translation>
    </message>
    <message>
        <source>--gain only works with --init custom; valid: --init custom --gain G</source>
        <translation>--gain solo funciona con --init custom; válido: --init custom --gain G</translation>
    </message>
    <message>
        <source>--gain: &apos;%1&apos; is not valid; valid: a number from %2 to %3</source>
        <translation>--gain: «%1» no es válido; válido: un número de %2 a %3</translation>
    </message>
    <message>
        <source>--seed: &apos;%1&apos; is not valid; valid: a whole number from 0 to 18446744073709551615</source>
        <translation>--seed: «%1» no es válido; válido: un número entero de 0 a 18446744073709551615</translation>
    </message>
    <message>
        <source>--export-depth: </source>
        <translation>--export-depth: </translation>
    </message>
    <message>
        <source>--export-batch: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-batch: el nombre de archivo está vacío; válido: un nombre de archivo, o - para la salida estándar</translation>
    </message>
    <message>
        <source>--%1 only works with --export-batch; valid: add --export-batch FILE</source>
        <translation>--%1 solo funciona con --export-batch; válido: añade --export-batch ARCHIVO</translation>
    </message>
    <message>
        <source>--families only works with --export-cheatsheet</source>
        <translation>--families solo funciona con --export-cheatsheet</translation>
    </message>
    <message>
        <source>--mu: &apos;%1&apos; is not a number; valid: a number from -%2 to %2</source>
        <translation>--mu: «%1» no es un número; válido: un número de -%2 a %2</translation>
    </message>
    <message>
        <source>--sigma: &apos;%1&apos; is not a number; valid: a number from %2 to %3</source>
        <translation>--sigma: «%1» no es un número; válido: un número de %2 a %3</translation>
    </message>
    <message>
        <source>--export-batch: </source>
        <translation>--export-batch: </translation>
    </message>
    <message>
        <source>--export-%1 cannot be combined with a lesson file; valid: one of them per run</source>
        <translation>--export-%1 no se puede combinar con un archivo de lección; válido: solo una de las dos cosas en cada ejecución</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 aparece más de una vez</translation>
    </message>
    <message>
        <source>--export-cheatsheet: the file name is empty; valid: a PDF file name</source>
        <translation>--export-cheatsheet: el nombre de archivo está vacío; válido: un nombre de archivo PDF</translation>
    </message>
    <message>
        <source>--export-cheatsheet cannot be combined with --screenshot; run them one at a time</source>
        <translation>--export-cheatsheet no se puede combinar con --screenshot; ejecútalas de una en una</translation>
    </message>
    <message>
        <source>--page-size and --orientation only work with --export-cheatsheet</source>
        <translation>--page-size y --orientation solo funcionan con --export-cheatsheet</translation>
    </message>
    <message>
        <source>--page-size: &apos;%1&apos; is not valid; valid: A4, Letter</source>
        <translation>--page-size: «%1» no es válido; válido: A4, Letter</translation>
    </message>
    <message>
        <source>--orientation: &apos;%1&apos; is not valid; valid: portrait, landscape</source>
        <translation>--orientation: «%1» no es válido; válido: portrait, landscape</translation>
    </message>
    <message>
        <source>--lesson is given more than once</source>
        <translation>--lesson aparece más de una vez</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; only one lesson file can be opened (see --help)</source>
        <translation>argumento inesperado «%1»; solo se puede abrir un archivo de lección (consulta --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; valid: a lesson file (.relulesson) (see --help)</source>
        <translation>argumento inesperado «%1»; válido: un archivo de lección (.relulesson) (consulta --help)</translation>
    </message>
    <message>
        <source>--lesson: the file name is empty</source>
        <translation>--lesson: el nombre de archivo está vacío</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with a lesson file; the lesson&apos;s first step sets the lab</source>
        <translation>--%1 no se puede combinar con un archivo de lección; el primer paso de la lección fija el estado del laboratorio</translation>
    </message>
    <message>
        <source>--export-csv cannot be combined with a lesson file; a lesson opens in the window</source>
        <translation>--export-csv no se puede combinar con un archivo de lección; la lección se abre en la ventana</translation>
    </message>
    <message>
        <source>--lang: no translation for &apos;%1&apos;, using English; available: %2</source>
        <translation>--lang: no hay traducción para «%1», se usa el inglés; disponibles: %2</translation>
    </message>
    <message>
        <source>--set: no family has a parameter &apos;%1&apos;; valid: %2</source>
        <translation>--set: ninguna familia tiene el parámetro «%1»; válidos: %2</translation>
    </message>
    <message>
        <source>--export-csv: could not write to standard output</source>
        <translation>--export-csv: no se ha podido escribir en la salida estándar</translation>
    </message>
    <message>
        <source>--export-csv: &apos;%1&apos; is a directory; valid: a file name, or - for standard output</source>
        <translation>--export-csv: «%1» es una carpeta; válido: un nombre de archivo, o - para la salida estándar</translation>
    </message>
    <message>
        <source>--export-csv: cannot write &apos;%1&apos;: %2</source>
        <translation>--export-csv: no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>--export-csv: writing &apos;%1&apos; failed: %2</source>
        <translation>--export-csv: error al escribir «%1»: %2</translation>
    </message>
    <message>
        <source>--%1: could not write to standard output</source>
        <translation>--%1: no se ha podido escribir en la salida estándar</translation>
    </message>
    <message>
        <source>--%1: cannot write &apos;%2&apos;: %3</source>
        <translation>--%1: no se puede escribir «%2»: %3</translation>
    </message>
    <message>
        <source>--%1: writing &apos;%2&apos; failed: %3</source>
        <translation>--%1: error al escribir «%2»: %3</translation>
    </message>
    <message>
        <source>--screenshot: &apos;%1&apos; is a directory; valid: a file name ending in .png</source>
        <translation>--screenshot: «%1» es una carpeta; válido: un nombre de archivo terminado en .png</translation>
    </message>
    <message>
        <source>no display: the lab&apos;s window needs a desktop session (X11 or Wayland). Without one, the exports still work, e.g. --export-cheatsheet FILE.pdf or --screenshot FILE.png (see --help).</source>
        <translation>no hay pantalla: la ventana del laboratorio necesita una sesión de escritorio (X11 o Wayland). Sin ella, las exportaciones siguen funcionando, p.&#xa0;ej. --export-cheatsheet ARCHIVO.pdf o --screenshot ARCHIVO.png (véase --help).</translation>
    </message>
    <message>
        <source>cannot open the window: the display (%1) cannot be reached. The lab&apos;s window needs a running desktop session (X11 or Wayland); without one, the exports still work, e.g. --export-cheatsheet FILE.pdf or --screenshot FILE.png (see --help).</source>
        <translation>no se puede abrir la ventana: la pantalla (%1) no responde. La ventana del laboratorio necesita una sesión de escritorio en marcha (X11 o Wayland); sin ella, las exportaciones siguen funcionando, p.&#xa0;ej. --export-cheatsheet ARCHIVO.pdf o --screenshot ARCHIVO.png (véase --help).</translation>
    </message>
    <message>
        <source>--screenshot: cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist or is not writable</source>
        <translation>--screenshot: no se puede escribir «%1»: la carpeta «%2» no existe o no se puede escribir en ella</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>saved settings ignored (not valid): </source>
        <translation>se ha ignorado la configuración guardada (no válida): </translation>
    </message>
    <message>
        <source>Print what the window shows at the probe (readouts and every teaching text) and exit; --explain=json prints it as a JSON object.</source>
        <translation>Muestra lo que la ventana enseña en el punto de medida (lecturas y todos los textos didácticos) y termina; --explain=json lo escribe como objeto JSON.</translation>
    </message>
    <message>
        <source>--explain: unknown format &apos;%1&apos;; valid: --explain or --explain=json</source>
        <translation>--explain: formato desconocido «%1»; válido: --explain o --explain=json</translation>
    </message>
    <message>
        <source>--explain cannot be combined with another export, --screenshot, --presentation or --lesson; valid: --explain with --family, --set, --probe, --scenario and --lang</source>
        <translation>--explain no se puede combinar con otra exportación, --screenshot, --presentation ni --lesson; válido: --explain con --family, --set, --probe, --scenario y --lang</translation>
    </message>
    <message>
        <source>--explain: --family all is not valid here; valid: %1</source>
        <translation>--explain: --family all no es válido aquí; válido: %1</translation>
    </message>
    <message>
        <source>x = %1, output = %2, slope = %3</source>
        <translation>x = %1, salida = %2, pendiente = %3</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Salud del gradiente</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Uso típico</translation>
    </message>
    <message>
        <source>Current read</source>
        <translation>Lectura actual</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Try next</source>
        <translation>Qué probar</translation>
    </message>
    <message>
        <source>ML translation</source>
        <translation>En clave de ML</translation>
    </message>
    <message>
        <source>Family snapshot</source>
        <translation>Perfil de la familia</translation>
    </message>
    <message>
        <source>Why this family exists</source>
        <translation>Por qué existe esta familia</translation>
    </message>
    <message>
        <source>Where you&apos;ll see it</source>
        <translation>Dónde la verás</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Cuándo elegirla</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>--explain: could not write to standard output</source>
        <translation>--explain: no se pudo escribir en la salida estándar</translation>
    </message>
    <message>
        <source>Train a small network on --dataset with --family and write step,train_loss,train_accuracy,test_accuracy,dead_units,dead_layer1…,grad_norm_layer1… as CSV to file (- for standard output) and exit. --samples, --width, --depth, --batch, --init and --seed apply to it too.</source>
        <translation>Entrena una red pequeña con --family sobre --dataset, escribe step,train_loss,train_accuracy,test_accuracy,dead_units,dead_layer1…,grad_norm_layer1… como CSV en el archivo (- para la salida estándar) y termina. --samples, --width, --depth, --batch, --init y --seed también se aplican.</translation>
    </message>
    <message>
        <source>Data set for --export-training: %1 (default moons).</source>
        <translation>Conjunto de datos para --export-training: %1 (por defecto moons).</translation>
    </message>
    <message>
        <source>Noise for --export-training, 0 to %1 (default %2).</source>
        <translation>Ruido para --export-training, de 0 a %1 (por defecto %2).</translation>
    </message>
    <message>
        <source>Optimizer for --export-training: %1 (default sgd).</source>
        <translation>Optimizador para --export-training: %1 (por defecto sgd).</translation>
    </message>
    <message>
        <source>Learning rate for --export-training, %1 to %2 (default %3).</source>
        <translation>Tasa de aprendizaje para --export-training, de %1 a %2 (por defecto %3).</translation>
    </message>
    <message>
        <source>Initial hidden bias for --export-training, -%1 to %1 (default 0).</source>
        <translation>Sesgo inicial de las neuronas ocultas para --export-training, de -%1 a %1 (por defecto 0).</translation>
    </message>
    <message>
        <source>Training steps for --export-training, 1 to %1 (default 1000).</source>
        <translation>Pasos de entrenamiento para --export-training, de 1 a %1 (por defecto 1000).</translation>
    </message>
    <message>
        <source>--gain only works with --export-depth --init custom; valid: remove --gain</source>
        <translation>--gain solo funciona con --export-depth --init custom; válido: quita --gain</translation>
    </message>
    <message>
        <source>--%1 only works with --export-depth or --export-training; valid: add --export-depth FILE</source>
        <translation>--%1 solo funciona con --export-depth o --export-training; válido: añade --export-depth ARCHIVO</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not valid; valid: a number from %3 to %4</source>
        <translation>--%1: «%2» no es válido; válido: un número de %3 a %4</translation>
    </message>
    <message>
        <source>--%1 only works with --export-training; valid: add --export-training FILE</source>
        <translation>--%1 solo funciona con --export-training; válido: añade --export-training ARCHIVO</translation>
    </message>
    <message>
        <source>--export-training: the file name is empty; valid: a file name, or - for standard output</source>
        <translation>--export-training: el nombre de archivo está vacío; válido: un nombre de archivo, o - para la salida estándar</translation>
    </message>
    <message>
        <source>--export-training runs one family; valid: --family %1</source>
        <translation>--export-training entrena una sola familia; válido: --family %1</translation>
    </message>
    <message>
        <source>--export-training cannot be combined with --%1; valid: one export per run</source>
        <translation>--export-training no se puede combinar con --%1; válido: una exportación por ejecución</translation>
    </message>
    <message>
        <source>--export-training cannot be combined with a lesson file; valid: one of them per run</source>
        <translation>--export-training no se puede combinar con un archivo de lección; válido: uno de los dos por ejecución</translation>
    </message>
    <message>
        <source>--dataset: unknown data set &apos;%1&apos;; valid: %2</source>
        <translation>--dataset: conjunto de datos desconocido «%1»; válidos: %2</translation>
    </message>
    <message>
        <source>--optimizer: unknown optimizer &apos;%1&apos;; valid: %2</source>
        <translation>--optimizer: optimizador desconocido «%1»; válidos: %2</translation>
    </message>
    <message>
        <source>--init: unknown initialization &apos;%1&apos; for --export-training; valid: %2</source>
        <translation>--init: inicialización desconocida «%1» para --export-training; válidas: %2</translation>
    </message>
    <message>
        <source>--batch: &apos;%1&apos; is not valid; valid: a whole number from 1 to %2 (the training points of --samples)</source>
        <translation>--batch: «%1» no es válido; válido: un número entero de 1 a %2 (los puntos de entrenamiento de --samples)</translation>
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
        <translation>activación f(x)</translation>
    </message>
    <message>
        <source>derivative f′(x)</source>
        <translation>derivada f′(x)</translation>
    </message>
    <message>
        <source>Activation chart</source>
        <translation>Gráfica de activación</translation>
    </message>
    <message>
        <source>The selected family&apos;s output f(x) against x, the other families faintly. Drag or click to place the probe; arrow keys or the wheel step it (Shift coarse, Ctrl fine); Ctrl+wheel zooms.</source>
        <translation>La salida f(x) de la familia seleccionada frente a x, con las demás familias atenuadas. Arrastra o haz clic para colocar el punto de medida; las flechas o la rueda lo mueven (Mayús: pasos largos, Ctrl: finos); Ctrl+rueda hace zoom.</translation>
    </message>
    <message>
        <source>Derivative chart</source>
        <translation>Gráfica de la derivada</translation>
    </message>
    <message>
        <source>The selected family&apos;s slope f′(x), the gradient that survives back-propagation. Drag or click to place the probe; arrow keys or the wheel step it (Shift coarse, Ctrl fine); Ctrl+wheel zooms.</source>
        <translation>La pendiente f′(x) de la familia seleccionada: el gradiente que sobrevive a la retropropagación. Arrastra o haz clic para colocar el punto de medida; las flechas o la rueda lo mueven (Mayús: pasos largos, Ctrl: finos); Ctrl+rueda hace zoom.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Select %1 and draw it bold on the board</source>
        <translation>Seleccionar %1 y resaltarla en la gráfica</translation>
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
        <translation>mu %1 está fuera de los límites; válido: de -%2 a %2</translation>
    </message>
    <message>
        <source>sigma %1 is out of range; valid: %2 to %3</source>
        <translation>sigma %1 está fuera de los límites; válido: de %2 a %3</translation>
    </message>
</context>
<context>
    <name>relulab::BatchStatisticsPanel</name>
    <message>
        <source>Mean &amp;μ</source>
        <translation>Media &amp;μ</translation>
    </message>
    <message>
        <source>Spread &amp;σ</source>
        <translation>Dispersión &amp;σ</translation>
    </message>
    <message>
        <source>Mean of the pre-activations</source>
        <translation>Media de las preactivaciones</translation>
    </message>
    <message>
        <source>Standard deviation of the pre-activations</source>
        <translation>Desviación típica de las preactivaciones</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Muertas</translation>
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
        <translation>Preactivaciones N(μ, σ²) y la activación seleccionada</translation>
    </message>
    <message>
        <source>pre-activation x</source>
        <translation>preactivación x</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densidad</translation>
    </message>
    <message>
        <source>output f(x)</source>
        <translation>salida f(x)</translation>
    </message>
    <message>
        <source>batch density</source>
        <translation>densidad del lote</translation>
    </message>
    <message>
        <source>dead: slope exactly 0</source>
        <translation>zona muerta: pendiente exactamente 0</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0&#xa0;%</translation>
    </message>
    <message>
        <source>≈ 0 %</source>
        <translation>≈&#xa0;0&#xa0;%</translation>
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
        <translation>Pantalla en negro</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetActions</name>
    <message>
        <source>&amp;Print cheat sheet…</source>
        <translation>&amp;Imprimir hoja resumen…</translation>
    </message>
    <message>
        <source>Print the family cheat sheet with the current parameters</source>
        <translation>Imprimir la hoja resumen de las familias con los parámetros actuales</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the printed cheat sheet before printing it</source>
        <translation>Ver cómo quedará la hoja resumen antes de imprimirla</translation>
    </message>
    <message>
        <source>&amp;Export cheat sheet as PDF…</source>
        <translation>&amp;Exportar hoja resumen como PDF…</translation>
    </message>
    <message>
        <source>Save the family cheat sheet with the current parameters as a PDF file</source>
        <translation>Guardar la hoja resumen de las familias con los parámetros actuales como archivo PDF</translation>
    </message>
    <message>
        <source>ReLU Family Lab cheat sheet</source>
        <translation>Hoja resumen de ReLU Family Lab</translation>
    </message>
    <message>
        <source>Print cheat sheet</source>
        <translation>Imprimir hoja resumen</translation>
    </message>
    <message>
        <source>The cheat sheet could not be sent to the printer “%1”.</source>
        <translation>No se ha podido enviar la hoja resumen a la impresora «%1».</translation>
    </message>
    <message>
        <source>Cheat sheet preview</source>
        <translation>Vista previa de la hoja resumen</translation>
    </message>
    <message>
        <source>relu-family-cheat-sheet.pdf</source>
        <translation>hoja-resumen-familia-relu.pdf</translation>
    </message>
    <message>
        <source>Export cheat sheet as PDF</source>
        <translation>Exportar hoja resumen como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The cheat sheet could not be saved as “%1”.</source>
        <translation>No se ha podido guardar la hoja resumen como «%1».</translation>
    </message>
    <message>
        <source>Cheat sheet &amp;families…</source>
        <translation>&amp;Familias de la hoja resumen…</translation>
    </message>
    <message>
        <source>Choose which families the printed cheat sheet describes</source>
        <translation>Elegir qué familias describe la hoja resumen impresa</translation>
    </message>
    <message>
        <source>Cheat sheet families</source>
        <translation>Familias de la hoja resumen</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Choose at least one family to print.</source>
        <translation>Elija al menos una familia para imprimir.</translation>
    </message>
    <message>
        <source>The cheat sheet describes these families, one block each, and lists them in its at-a-glance table.</source>
        <translation>La hoja resumen describe estas familias, un bloque cada una, y las enumera en su tabla «De un vistazo».</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetExport</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>ReLU Family Lab: the family cheat sheet</source>
        <translation>ReLU Family Lab: hoja resumen de las familias</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>no se ha podido generar el PDF</translation>
    </message>
    <message>
        <source>writing &apos;%1&apos; failed: %2</source>
        <translation>error al escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetFacts</name>
    <message>
        <source>(default %1)</source>
        <translation>(por defecto %1)</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetPainter</name>
    <message>
        <source>Key facts</source>
        <translation>Datos clave</translation>
    </message>
    <message>
        <source>Output range</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Slope left of 0</source>
        <translation>Pendiente para x &lt; 0</translation>
    </message>
    <message>
        <source>Slope at 0</source>
        <translation>Pendiente en 0</translation>
    </message>
    <message>
        <source>In code (with their defaults)</source>
        <translation>En código (con sus valores por defecto)</translation>
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
        <translation>Cuándo elegirla</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>ReLU Family Lab</source>
        <translation>ReLU Family Lab</translation>
    </message>
    <message>
        <source>%1: the family cheat sheet</source>
        <translation>%1: hoja resumen de las familias</translation>
    </message>
    <message>
        <source>Drawn with the current parameters:</source>
        <translation>Trazada con los parámetros actuales:</translation>
    </message>
    <message>
        <source>output f(x)</source>
        <translation>salida f(x)</translation>
    </message>
    <message>
        <source>slope f′(x): what multiplies the gradient</source>
        <translation>pendiente f′(x): lo que multiplica el gradiente</translation>
    </message>
    <message>
        <source>kink</source>
        <translation>codo</translation>
    </message>
    <message>
        <source>slope at a kink (PyTorch)</source>
        <translation>pendiente en un codo (PyTorch)</translation>
    </message>
    <message>
        <source>Negative side</source>
        <translation>Lado negativo</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Zona del codo</translation>
    </message>
    <message>
        <source>Positive side</source>
        <translation>Lado positivo</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Slope far left</source>
        <translation>Pendiente muy a la izquierda</translation>
    </message>
    <message>
        <source>Smooth at 0</source>
        <translation>Suave en 0</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no, a kink</source>
        <translation>no, hay un codo</translation>
    </message>
    <message>
        <source>Slope far left: the slope at x = %1, the share of the gradient a strongly negative input passes back. 0 means none at all; ≈ 0 means it fades but never quite vanishes.</source>
        <translation>Pendiente muy a la izquierda: la pendiente en x = %1, la parte del gradiente que devuelve una entrada muy negativa. 0 significa nada en absoluto; ≈ 0 significa que mengua, pero nunca llega a desaparecer.</translation>
    </message>
    <message>
        <source>ReLU Family Lab %1</source>
        <translation>ReLU Family Lab %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>relulab::CheatSheetWorksheet</name>
    <message>
        <source>Your turn: predict, then check</source>
        <translation>Su turno: primero prediga, luego compruebe</translation>
    </message>
    <message>
        <source>Before you move the probe, write down what you expect: the output f(x) and the slope f′(x) at each input. Then type each x into Probe x in the lab and compare.</source>
        <translation>Antes de mover el punto de medida, anote lo que espera: la salida f(x) y la pendiente f′(x) en cada entrada. Después escriba cada x en Punto de medida x en el laboratorio y compare.</translation>
    </message>
    <message>
        <source>Where a slope jumps at x = 0, which side&apos;s slope does the lab report there?</source>
        <translation>Donde la pendiente salta en x = 0, ¿cuál de las dos pendientes indica allí el laboratorio?</translation>
    </message>
</context>
<context>
    <name>relulab::DepthLabPanel</name>
    <message>
        <source>These settings cannot run: %1</source>
        <translation>No se puede ejecutar con estos ajustes: %1</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Ejecución terminada en %1&#xa0;s.</translation>
    </message>
    <message>
        <source>&amp;Initialization</source>
        <translation>&amp;Inicialización</translation>
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
        <translation>Ganancia personalizada</translation>
    </message>
    <message>
        <source>&amp;Gain</source>
        <translation>&amp;Ganancia</translation>
    </message>
    <message>
        <source>&amp;Width W</source>
        <translation>Anchura &amp;W</translation>
    </message>
    <message>
        <source>&amp;Depth L</source>
        <translation>&amp;Profundidad L</translation>
    </message>
    <message>
        <source>&amp;Batch B</source>
        <translation>Lote &amp;B</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>&amp;Semilla</translation>
    </message>
    <message>
        <source>Overlay &amp;all families</source>
        <translation>Superponer &amp;todas las familias</translation>
    </message>
    <message>
        <source>Keep the &amp;previous run (dashed)</source>
        <translation>&amp;Mantener la ejecución anterior (a trazos)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>Gradient norm per layer</source>
        <translation>Norma del gradiente por capa</translation>
    </message>
    <message>
        <source>Activation standard deviation</source>
        <translation>Desviación típica de las activaciones</translation>
    </message>
    <message>
        <source>Dead fraction (slope exactly 0)</source>
        <translation>Neuronas muertas (pendiente exactamente 0)</translation>
    </message>
    <message>
        <source>layer (1 = nearest the input)</source>
        <translation>capa (1 = la más cercana a la entrada)</translation>
    </message>
    <message>
        <source>‖∂L/∂z‖ (log)</source>
        <translation>‖∂L/∂z‖ (log)</translation>
    </message>
    <message>
        <source>std (log)</source>
        <translation>desv. típica (log)</translation>
    </message>
    <message>
        <source>share of units</source>
        <translation>proporción de neuronas</translation>
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
        <translation>ganancia %1</translation>
    </message>
    <message>
        <source>%1 (previous)</source>
        <translation>%1 (anterior)</translation>
    </message>
</context>
<context>
    <name>relulab::DepthSettings</name>
    <message>
        <source>width %1 is out of range; valid: 1 to %2</source>
        <translation>la anchura %1 está fuera de los límites; válido: de 1 a %2</translation>
    </message>
    <message>
        <source>depth %1 is out of range; valid: 1 to %2</source>
        <translation>la profundidad %1 está fuera de los límites; válido: de 1 a %2</translation>
    </message>
    <message>
        <source>batch %1 is out of range; valid: 1 to %2</source>
        <translation>el tamaño de lote %1 está fuera de los límites; válido: de 1 a %2</translation>
    </message>
    <message>
        <source>gain %1 is out of range; valid: %2 to %3</source>
        <translation>la ganancia %1 está fuera de los límites; válido: de %2 a %3</translation>
    </message>
    <message>
        <source>depth × width² = %1 weights is too many to keep; valid: at most %2 (e.g. width 256 with depth up to 512)</source>
        <translation>depth × width² = %1 pesos son demasiados para guardarlos; válido: como máximo %2 (p. ej., anchura 256 con profundidad de hasta 512)</translation>
    </message>
    <message>
        <source>depth × width² × batch = %1 is too much work to finish quickly; valid: at most %2 (the default 30 × 256² × 256 is about 5e8)</source>
        <translation>depth × width² × batch = %1 es demasiado trabajo para terminar pronto; válido: como máximo %2 (el valor por defecto, 30 × 256² × 256, es de unos 5e8)</translation>
    </message>
    <message>
        <source>unknown family &apos;%1&apos;; valid: %2</source>
        <translation>familia desconocida «%1»; válidas: %2</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters, not %3</source>
        <translation>%1 admite %2 parámetros, no %3</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range; valid: %3</source>
        <translation>%1 = %2 está fuera de los límites; válido: %3</translation>
    </message>
</context>
<context>
    <name>relulab::EntryKeys</name>
    <message>
        <source>%1 takes a number from %2 to %3.</source>
        <translation>%1: un número de %2 a %3.</translation>
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
        <translation>Familia seleccionada. %1</translation>
    </message>
    <message>
        <source>Press Enter or Space to select. %1</source>
        <translation>Pulsa Intro o Espacio para seleccionarla. %1</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyCatalog</name>
    <message>
        <source>&apos;%1&apos; is not a family; valid: %2</source>
        <translation>«%1» no es una familia; válidas: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyFacts</name>
    <message>
        <source>On both kinks, x = 0 and x = 6, PyTorch uses slope 0.</source>
        <translation>En los dos codos, x = 0 y x = 6, PyTorch usa la pendiente 0.</translation>
    </message>
    <message>
        <source>On the knees PyTorch uses the outer slope: 0 at x = −3, 1 at x = 3.</source>
        <translation>En los codos PyTorch usa la pendiente exterior: 0 en x = −3, 1 en x = 3.</translation>
    </message>
    <message>
        <source>0 left of x = −3; from %1 just right of it up to %2 at 0, negative left of x = %3</source>
        <translation>0 a la izquierda de x = −3; de %1 justo a su derecha hasta %2 en 0, negativa a la izquierda de x = %3</translation>
    </message>
    <message>
        <source>Keras also names it hard_swish</source>
        <translation>Keras también la llama hard_swish</translation>
    </message>
    <message>
        <source>σ(1 − σ): at most %1 (at 0), fading to 0 on both sides</source>
        <translation>σ(1 − σ): como mucho %1 (en 0), menguante hacia 0 a ambos lados</translation>
    </message>
    <message>
        <source>1 − tanh²x: at most %1 (at 0), fading to 0 on both sides</source>
        <translation>1 − tanh²x: como mucho %1 (en 0), menguante hacia 0 a ambos lados</translation>
    </message>
    <message>
        <source>%1 (no gradient flows back)</source>
        <translation>%1 (no vuelve ningún gradiente)</translation>
    </message>
    <message>
        <source>a = %1, constant: small but never 0</source>
        <translation>a = %1, constante: pequeña pero nunca 0</translation>
    </message>
    <message>
        <source>a = 0: no gradient flows back</source>
        <translation>a = 0: no vuelve ningún gradiente</translation>
    </message>
    <message>
        <source>%1 (no kink when a = 1)</source>
        <translation>%1 (sin codo cuando a = 1)</translation>
    </message>
    <message>
        <source>tf.keras 2 names the argument alpha: LeakyReLU(alpha=0.3)</source>
        <translation>tf.keras 2 llama alpha al argumento: LeakyReLU(alpha=0.3)</translation>
    </message>
    <message>
        <source>α·eˣ: %1 just left of 0, fading to 0 further left</source>
        <translation>α·eˣ: %1 justo a la izquierda de 0; mengua hacia 0 más a la izquierda</translation>
    </message>
    <message>
        <source>torch.nn.SiLU() and keras.activations.silu(x) fix β = 1; tf.nn.silu(x, beta=1.0) takes β</source>
        <translation>torch.nn.SiLU() y keras.activations.silu(x) fijan β = 1; tf.nn.silu(x, beta=1.0) admite β</translation>
    </message>
    <message>
        <source>s: the softplus of x; σ: the logistic sigmoid.</source>
        <translation>s: la softplus de x; σ: la sigmoide logística.</translation>
    </message>
    <message>
        <source>λ = 1.0507009873554805 and α = 1.6732632423543772 (Klambauer et al. 2017): PyTorch&apos;s scale and alpha.</source>
        <translation>λ = 1,0507009873554805 y α = 1,6732632423543772 (Klambauer et al. 2017): scale y alpha en PyTorch.</translation>
    </message>
    <message>
        <source>λα·eˣ: %1 just left of 0, fading to 0 further left</source>
        <translation>λα·eˣ: %1 justo a la izquierda de 0; mengua hacia 0 más a la izquierda</translation>
    </message>
    <message>
        <source>%1 (smooth at 0 when α = 1)</source>
        <translation>%1 (suave en 0 cuando α = 1)</translation>
    </message>
    <message>
        <source>The tanh approximation of x·Φ(x).</source>
        <translation>La aproximación con tanh de x·Φ(x).</translation>
    </message>
    <message>
        <source>Φ: standard normal CDF; φ: its density.</source>
        <translation>Φ: función de distribución de la normal estándar; φ: su densidad.</translation>
    </message>
    <message>
        <source>from %1 down to ≈ %2 near x = %3, then back toward 0; negative left of x ≈ %4</source>
        <translation>baja de %1 a ≈ %2 cerca de x = %3 y luego vuelve hacia 0; negativa a la izquierda de x ≈ %4</translation>
    </message>
    <message>
        <source>keras.ops.gelu defaults to approximate=True</source>
        <translation>keras.ops.gelu usa approximate=True por defecto</translation>
    </message>
    <message>
        <source>σ: the logistic sigmoid.</source>
        <translation>σ: la sigmoide logística.</translation>
    </message>
    <message>
        <source>σ(βx): between 0 and %1, fading to 0 further left</source>
        <translation>σ(βx): entre 0 y %1; mengua hacia 0 más a la izquierda</translation>
    </message>
    <message>
        <source>%1 by PyTorch&apos;s convention (slope %2 just left of 0, %3 just right)</source>
        <translation>%1 por convenio de PyTorch (pendiente %2 justo a la izquierda de 0 y %3 justo a la derecha)</translation>
    </message>
    <message>
        <source>%1 (smooth: no convention needed)</source>
        <translation>%1 (suave: no hace falta convenio)</translation>
    </message>
</context>
<context>
    <name>relulab::GradientSurvivalView</name>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Familia</translation>
    </message>
    <message>
        <source>&amp;Try a scenario</source>
        <translation>P&amp;robar un escenario</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>relulab::LabControls</name>
    <message>
        <source>%1 has no parameters: its shape is fixed.</source>
        <translation>%1 no tiene parámetros: su forma es fija.</translation>
    </message>
    <message>
        <source>&amp;Probe x</source>
        <translation>&amp;Punto de medida x</translation>
    </message>
    <message>
        <source>Probe position x</source>
        <translation>Posición x del punto de medida</translation>
    </message>
    <message>
        <source>Jump to teaching scenario</source>
        <translation>Ir a un escenario didáctico</translation>
    </message>
</context>
<context>
    <name>relulab::LabIntro</name>
    <message>
        <source>Show or hide the introduction</source>
        <translation>Mostrar u ocultar la introducción</translation>
    </message>
</context>
<context>
    <name>relulab::LabKeyActions</name>
    <message>
        <source>Probe left</source>
        <translation>Punto a la izquierda</translation>
    </message>
    <message>
        <source>Probe right</source>
        <translation>Punto a la derecha</translation>
    </message>
    <message>
        <source>Probe left, big step</source>
        <translation>Punto a la izquierda, paso largo</translation>
    </message>
    <message>
        <source>Probe right, big step</source>
        <translation>Punto a la derecha, paso largo</translation>
    </message>
    <message>
        <source>Probe left, fine step</source>
        <translation>Punto a la izquierda, paso fino</translation>
    </message>
    <message>
        <source>Probe right, fine step</source>
        <translation>Punto a la derecha, paso fino</translation>
    </message>
    <message>
        <source>Probe to the left end</source>
        <translation>Punto al extremo izquierdo</translation>
    </message>
    <message>
        <source>Probe to the right end</source>
        <translation>Punto al extremo derecho</translation>
    </message>
    <message>
        <source>Probe to zero</source>
        <translation>Punto a cero</translation>
    </message>
    <message>
        <source>Increase the family&apos;s parameter</source>
        <translation>Aumentar el parámetro de la familia</translation>
    </message>
    <message>
        <source>Decrease the family&apos;s parameter</source>
        <translation>Reducir el parámetro de la familia</translation>
    </message>
    <message>
        <source>Next family</source>
        <translation>Familia siguiente</translation>
    </message>
    <message>
        <source>Previous family</source>
        <translation>Familia anterior</translation>
    </message>
</context>
<context>
    <name>relulab::LabModel</name>
    <message>
        <source>unknown family &apos;%1&apos;; valid families: %2</source>
        <translation>familia desconocida «%1»; familias válidas: %2</translation>
    </message>
    <message>
        <source>probe %1 is out of range; valid: a number from %2 to %3</source>
        <translation>el punto de medida %1 está fuera de los límites; válido: un número de %2 a %3</translation>
    </message>
    <message>
        <source>unknown family &apos;%1&apos;</source>
        <translation>familia desconocida «%1»</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos;; its parameters: %3</source>
        <translation>%1 no tiene el parámetro «%2»; sus parámetros: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 %2 = %3 is out of range; valid: %4</source>
        <translation>%1 %2 = %3 está fuera de los límites; válido: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not NAME=VALUE; valid: %2</source>
        <translation>«%1» no tiene la forma NAME=VALUE; válido: %2</translation>
    </message>
    <message>
        <source>%1 %2 = &apos;%3&apos; is not an option; valid: %4</source>
        <translation>%1 %2 = «%3» no es una opción; válido: %4</translation>
    </message>
    <message>
        <source>%1 %2: &apos;%3&apos; is not a number</source>
        <translation>%1 %2: «%3» no es un número</translation>
    </message>
    <message>
        <source>range %1:%2 is not valid; valid: A:B with -%3 &lt;= A &lt; B &lt;= %3, at least %4 wide</source>
        <translation>el intervalo %1:%2 no es válido; válido: A:B con -%3 &lt;= A &lt; B &lt;= %3 y una amplitud de al menos %4</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: unknown family &apos;%2&apos;</source>
        <translation>escenario «%1»: familia desconocida «%2»</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2 %3 = %4 is not valid</source>
        <translation>escenario «%1»: %2 %3 = %4 no es válido</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: probe %2 is out of range</source>
        <translation>escenario «%1»: el punto de medida %2 está fuera de los límites</translation>
    </message>
    <message>
        <source>family &apos;%1&apos; is named twice</source>
        <translation>la familia «%1» aparece dos veces</translation>
    </message>
</context>
<context>
    <name>relulab::LessonActions</name>
    <message>
        <source>Lesson not opened</source>
        <translation>No se ha abierto la lección</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lesson decks (*.relulesson);;All files (*)</source>
        <translation>Archivos de lección (*.relulesson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The lesson that was open before is still loaded.</source>
        <translation>La lección que estaba abierta sigue cargada.</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Abrir lección…</translation>
    </message>
    <message>
        <source>Open a lesson deck (.relulesson) at its first step</source>
        <translation>Abrir una lección (.relulesson) en su primer paso</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>&amp;Guardar lección como…</translation>
    </message>
    <message>
        <source>Prepare the steps of a lesson and save it as a file</source>
        <translation>Preparar los pasos de una lección y guardarla como archivo</translation>
    </message>
    <message>
        <source>Open &amp;sample lesson</source>
        <translation>Abrir &amp;lección de ejemplo</translation>
    </message>
    <message>
        <source>Open the lesson “Why did my network stop learning?”</source>
        <translation>Abrir la lección «¿Por qué mi red dejó de aprender?»</translation>
    </message>
    <message>
        <source>Open lesson “From sigmoid to &amp;GELU”</source>
        <translation>Abrir lección «&amp;De la sigmoide a GELU»</translation>
    </message>
    <message>
        <source>Open the lesson “From sigmoid to GELU”: how ReLU and GELU replaced the saturating classics</source>
        <translation>Abrir la lección «De la sigmoide a GELU»: cómo ReLU y GELU sustituyeron a las clásicas que se saturan</translation>
    </message>
</context>
<context>
    <name>relulab::LessonBar</name>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>Paso anterior (RePág)</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>Paso siguiente (AvPág)</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Paso anterior de la lección</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Paso siguiente de la lección</translation>
    </message>
    <message>
        <source>Built-in scenarios</source>
        <translation>Escenarios integrados</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Page Down or Space to start the lesson.</source>
        <translation>Pulsa AvPág o Espacio para empezar la lección.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Lesson step %1: %2</source>
        <translation>Paso de la lección %1: %2</translation>
    </message>
    <message>
        <source>changed since step %1 · R restores</source>
        <translation>cambiado desde el paso %1 · R lo restaura</translation>
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
        <translation>Ningún paso seleccionado.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>leccion</translation>
    </message>
    <message>
        <source>Save lesson as</source>
        <translation>Guardar lección como</translation>
    </message>
    <message>
        <source>Lesson decks (*.relulesson)</source>
        <translation>Archivos de lección (*.relulesson)</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>No se ha guardado la lección</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>This lesson has changes that are not saved. Close the editor and discard them?</source>
        <translation>Esta lección tiene cambios sin guardar. ¿Cerrar el editor y descartarlos?</translation>
    </message>
    <message>
        <source>Prepare lesson</source>
        <translation>Preparar lección</translation>
    </message>
    <message>
        <source>Prepare lesson – %1</source>
        <translation>Preparar lección – %1</translation>
    </message>
    <message>
        <source>Lesson &amp;title (%1):</source>
        <translation>&amp;Título de la lección (%1):</translation>
    </message>
    <message>
        <source>Lesson title in %1</source>
        <translation>Título de la lección en %1</translation>
    </message>
    <message>
        <source>&amp;Steps (Alt+Up and Alt+Down move, Delete removes):</source>
        <translation>&amp;Pasos (Alt+Arriba y Alt+Abajo mueven, Supr elimina):</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Pasos de la lección</translation>
    </message>
    <message>
        <source>&amp;Add current lab state</source>
        <translation>&amp;Añadir estado actual</translation>
    </message>
    <message>
        <source>Adds the lab&apos;s family, parameters and probe as a step after the selected one</source>
        <translation>Añade la familia, los parámetros y el punto de medida del laboratorio como un paso tras el seleccionado</translation>
    </message>
    <message>
        <source>Add current lab state as a step</source>
        <translation>Añadir el estado actual del laboratorio como paso</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Subir el paso</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Bajar el paso</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar el paso</translation>
    </message>
    <message>
        <source>Step t&amp;itle (%1):</source>
        <translation>Títu&amp;lo del paso (%1):</translation>
    </message>
    <message>
        <source>Step title in %1</source>
        <translation>Título del paso en %1</translation>
    </message>
    <message>
        <source>Step &amp;note (%1):</source>
        <translation>&amp;Nota del paso (%1):</translation>
    </message>
    <message>
        <source>Step note in %1</source>
        <translation>Nota del paso en %1</translation>
    </message>
    <message>
        <source>Lab state of the step</source>
        <translation>Estado del laboratorio en el paso</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Paso seleccionado</translation>
    </message>
    <message>
        <source>S&amp;peaker notes (%1):</source>
        <translation>Notas del &amp;orador (%1):</translation>
    </message>
    <message>
        <source>Speaker notes in %1, shown on the teacher&apos;s screen only</source>
        <translation>Notas del orador en %1, solo en la pantalla del docente</translation>
    </message>
    <message>
        <source>Shown in the speaker notes window on the teacher&apos;s screen, never on the projected view</source>
        <translation>Se muestran en la ventana «Notas del orador» en la pantalla del docente, nunca en la imagen proyectada</translation>
    </message>
    <message>
        <source>What the step sets besides family, parameters and probe</source>
        <translation>Lo que fija el paso además de familia, parámetros y punto de medida</translation>
    </message>
</context>
<context>
    <name>relulab::LessonPlayer</name>
    <message>
        <source>no step %1; the lesson has %2</source>
        <translation>no existe el paso %1; la lección tiene %2 en total</translation>
    </message>
</context>
<context>
    <name>relulab::LessonReader</name>
    <message>
        <source>the text %1</source>
        <translation>el texto %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>a list [ … ]</source>
        <translation>una lista [ … ]</translation>
    </message>
    <message>
        <source>an object { … }</source>
        <translation>un objeto { … }</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <source>step %1, field %2</source>
        <translation>paso %1, campo %2</translation>
    </message>
    <message>
        <source>unknown field %1; valid fields: %2</source>
        <translation>campo desconocido %1; campos válidos: %2</translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are allowed</source>
        <translation>el texto tiene %1 caracteres; se permiten %2 como máximo</translation>
    </message>
    <message>
        <source>%1 languages are too many; at most %2 are allowed</source>
        <translation>hay demasiados idiomas (%1); se permiten %2 como máximo</translation>
    </message>
    <message>
        <source>%1 is not a language code; valid: codes such as en, de, es, fr or pt_BR</source>
        <translation>%1 no es un código de idioma; válidos: códigos como en, de, es, fr o pt_BR</translation>
    </message>
    <message>
        <source>must be a text in quotes, not %1</source>
        <translation>debe ser un texto entre comillas, no %1</translation>
    </message>
    <message>
        <source>must be a text, or an object of language codes and texts such as {&quot;en&quot;: &quot;…&quot;, &quot;de&quot;: &quot;…&quot;}, not %1</source>
        <translation>debe ser un texto, o un objeto de códigos de idioma y textos como {&quot;en&quot;: &quot;…&quot;, &quot;es&quot;: &quot;…&quot;}, no %1</translation>
    </message>
    <message>
        <source>%1 has no parameters; leave &apos;parameters&apos; out or empty</source>
        <translation>%1 no tiene parámetros; omite «parameters» o déjalo vacío</translation>
    </message>
    <message>
        <source>%1 has no parameter %2; its parameters: %3</source>
        <translation>%1 no tiene el parámetro %2; sus parámetros: %3</translation>
    </message>
    <message>
        <source>must be one of %1 (in quotes), not %2</source>
        <translation>debe ser uno de %1 (entre comillas), no %2</translation>
    </message>
    <message>
        <source>must be a number from %1, not %2</source>
        <translation>debe ser un número de %1, no %2</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: a number from %2</source>
        <translation>%1 está fuera de los límites; válido: un número de %2</translation>
    </message>
    <message>
        <source>must be an object { … }, not %1</source>
        <translation>debe ser un objeto { … }, no %1</translation>
    </message>
    <message>
        <source>%1 is not a built-in scenario; valid: %2</source>
        <translation>%1 no es un escenario integrado; válidos: %2</translation>
    </message>
    <message>
        <source>%1 is not a family; valid: %2</source>
        <translation>%1 no es una familia; válidas: %2</translation>
    </message>
    <message>
        <source>field &apos;family&apos; is missing; valid: %1</source>
        <translation>falta el campo «family»; válidos: %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;alpha&quot;: 0.5}, not %1</source>
        <translation>debe ser un objeto como {&quot;alpha&quot;: 0.5}, no %1</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: %2</source>
        <translation>%1 está fuera de los límites; válido: %2</translation>
    </message>
    <message>
        <source>field &apos;probe&apos; is missing; valid: a number from %1 to %2</source>
        <translation>falta el campo «probe»; válido: un número de %1 a %2</translation>
    </message>
    <message>
        <source>the file is too large (%1 KiB); a lesson file may be at most %2 KiB</source>
        <translation>el archivo es demasiado grande (%1&#xa0;KiB); un archivo de lección puede ocupar como máximo %2&#xa0;KiB</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1 (the file is not valid JSON)</source>
        <translation>%1 (el archivo no es JSON válido)</translation>
    </message>
    <message>
        <source>the file must hold one object { &quot;format&quot;: &quot;%1&quot;, … }, not a list [ … ]</source>
        <translation>el archivo debe contener un solo objeto { &quot;format&quot;: &quot;%1&quot;, … }, no una lista [ … ]</translation>
    </message>
    <message>
        <source>this is not a ReLU Family Lab lesson: field &apos;format&apos; is missing; a lesson begins with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>esto no es una lección de ReLU Family Lab: falta el campo «format»; una lección empieza por &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &apos;format&apos;</source>
        <translation>campo «format»</translation>
    </message>
    <message>
        <source>%1 is not a lesson format; valid: &quot;%2&quot;</source>
        <translation>%1 no es un formato de lección; válido: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>field &apos;version&apos; is missing; valid: %1</source>
        <translation>falta el campo «version»; válido: %1</translation>
    </message>
    <message>
        <source>field &apos;version&apos;</source>
        <translation>campo «version»</translation>
    </message>
    <message>
        <source>%1 is not a version; valid: %2</source>
        <translation>%1 no es una versión; válida: %2</translation>
    </message>
    <message>
        <source>field &apos;steps&apos; is missing; a lesson needs a list of at least one step</source>
        <translation>falta el campo «steps»; una lección necesita una lista de al menos un paso</translation>
    </message>
    <message>
        <source>field &apos;steps&apos;</source>
        <translation>campo «steps»</translation>
    </message>
    <message>
        <source>must be a list [ … ] of steps, not %1</source>
        <translation>debe ser una lista [ … ] de pasos, no %1</translation>
    </message>
    <message>
        <source>the list is empty; a lesson needs at least one step</source>
        <translation>la lista está vacía; una lección necesita al menos un paso</translation>
    </message>
    <message>
        <source>%1 steps are too many; a lesson may have at most %2</source>
        <translation>hay demasiados pasos (%1); una lección puede tener %2 como máximo</translation>
    </message>
    <message>
        <source>no such file in %1</source>
        <translation>no existe ese archivo en %1</translation>
    </message>
    <message>
        <source>this is a folder, not a lesson file</source>
        <translation>es una carpeta, no un archivo de lección</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>no se ha guardado: %1</translation>
    </message>
    <message>
        <source>not saved: the lesson would not read back the same</source>
        <translation>no se ha guardado: la lección no se volvería a leer igual</translation>
    </message>
    <message>
        <source>cannot be saved in %1: %2</source>
        <translation>no se puede guardar en %1: %2</translation>
    </message>
    <message>
        <source>version %1 is not supported; this ReLU Family Lab reads lesson files up to version %2, a newer one is needed for this file</source>
        <translation>la versión %1 no es compatible; este ReLU Family Lab lee archivos de lección hasta la versión %2 y para este archivo hace falta uno más reciente</translation>
    </message>
    <message>
        <source>this field needs lesson format version %1; the file says version %2</source>
        <translation>este campo requiere la versión %1 del formato de lección; el archivo indica la versión %2</translation>
    </message>
    <message>
        <source>%1 is not a tab; valid: %2</source>
        <translation>%1 no es una pestaña; válido: %2</translation>
    </message>
    <message>
        <source>a list of two numbers [from, to] between -%1 and %1, at least %2 apart</source>
        <translation>una lista de dos números [desde, hasta] entre -%1 y %1, separados al menos %2</translation>
    </message>
    <message>
        <source>[%1, %2] is not a valid range; valid: %3</source>
        <translation>[%1, %2] no es un intervalo válido; válido: %3</translation>
    </message>
    <message>
        <source>must be a list such as [&quot;%1&quot;] of %2, not %3</source>
        <translation>debe ser una lista como [&quot;%1&quot;] de %2, no %3</translation>
    </message>
    <message>
        <source>%1 is not valid here; valid: %2</source>
        <translation>%1 no es válido aquí; válido: %2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>debe ser un número, no %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>debe ser un número entero de %1 a %2, no %3</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;mu&quot;: 0, &quot;sigma&quot;: 1}, not %1</source>
        <translation>debe ser un objeto como {&quot;mu&quot;: 0, &quot;sigma&quot;: 1}, no %1</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;init&quot;: &quot;he&quot;, &quot;width&quot;: 256, &quot;depth&quot;: 30}, not %1</source>
        <translation>debe ser un objeto como {&quot;init&quot;: &quot;he&quot;, &quot;width&quot;: 256, &quot;depth&quot;: 30}, no %1</translation>
    </message>
    <message>
        <source>%1 is not an initialization; valid: %2</source>
        <translation>%1 no es una inicialización; válido: %2</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;hide&quot;: [&quot;readouts&quot;]}, not %1</source>
        <translation>debe ser un objeto como {&quot;hide&quot;: [&quot;readouts&quot;]}, no %1</translation>
    </message>
</context>
<context>
    <name>relulab::MainWindow</name>
    <message>
        <source>the image could not be encoded</source>
        <translation>no se pudo codificar la imagen</translation>
    </message>
    <message>
        <source>ReLU Family Lab</source>
        <translation>ReLU Family Lab</translation>
    </message>
    <message>
        <source>Activation lab</source>
        <translation>Laboratorio de activación</translation>
    </message>
    <message>
        <source>Teaching notes</source>
        <translation>Notas didácticas</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratorio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Export curves as CSV…</source>
        <translation>E&amp;xportar curvas como CSV…</translation>
    </message>
    <message>
        <source>Save &amp;screenshot as PNG…</source>
        <translation>Guardar &amp;captura como PNG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer valores</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Reset zoom (−4 to 4)</source>
        <translation>Restablecer &amp;zoom (−4 a 4)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Pantalla en negro</translation>
    </message>
    <message>
        <source>&amp;About ReLU Family Lab</source>
        <translation>&amp;Acerca de ReLU Family Lab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>Exportar curvas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The curves could not be saved to %1:
%2</source>
        <translation>No se han podido guardar las curvas en %1:
%2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Save screenshot as PNG</source>
        <translation>Guardar captura como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Screenshot failed</source>
        <translation>Error en la captura</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1:
%2</source>
        <translation>No se ha podido guardar la captura en %1:
%2</translation>
    </message>
    <message>
        <source>About ReLU Family Lab</source>
        <translation>Acerca de ReLU Family Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Family Lab %1&lt;/h3&gt;&lt;p&gt;See what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative evidence, and what gradient survives the trip back.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Family Lab %1&lt;/h3&gt;&lt;p&gt;Observa qué hacen ReLU, Leaky ReLU, ELU, GELU y Softplus con las entradas negativas y qué gradiente sobrevive al viaje de vuelta.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Family cheat sheet</source>
        <translation>Hoja resumen de las familias</translation>
    </message>
    <message>
        <source>&amp;Next lesson step</source>
        <translation>Paso &amp;siguiente de la lección</translation>
    </message>
    <message>
        <source>&amp;Previous lesson step</source>
        <translation>Paso &amp;anterior de la lección</translation>
    </message>
    <message>
        <source>Show the &amp;other families faintly</source>
        <translation>Mostrar las &amp;otras familias atenuadas</translation>
    </message>
    <message>
        <source>&amp;Comparison families…</source>
        <translation>Familias de &amp;comparación…</translation>
    </message>
    <message>
        <source>Choose which families the board draws faintly beside the selected one</source>
        <translation>Elegir qué familias muestran las gráficas atenuadas junto a la seleccionada</translation>
    </message>
    <message>
        <source>Comparison families</source>
        <translation>Familias de comparación</translation>
    </message>
    <message>
        <source>The board draws these families faintly beside the selected one, and its legend lists them. A few at a time keep the board readable.</source>
        <translation>Las gráficas muestran estas familias atenuadas junto a la seleccionada, y la leyenda las enumera. Unas pocas a la vez mantienen las gráficas legibles.</translation>
    </message>
    <message>
        <source>&amp;Hide the answers, then reveal</source>
        <translation>O&amp;cultar las respuestas, luego mostrarlas</translation>
    </message>
    <message>
        <source>Hide the answers so the class predicts first; press again to reveal (P)</source>
        <translation>Oculta las respuestas para que los estudiantes predigan primero; pulsa de nuevo para mostrarlas (P)</translation>
    </message>
    <message>
        <source>Hi&amp;de for prediction</source>
        <translation>Ocultar para la pre&amp;dicción</translation>
    </message>
    <message>
        <source>Values and verdict at the probe</source>
        <translation>Valores y veredicto en el punto de medida</translation>
    </message>
    <message>
        <source>The curve right of the probe</source>
        <translation>La curva a la derecha del punto de medida</translation>
    </message>
    <message>
        <source>The derivative panel</source>
        <translation>El gráfico de la derivada</translation>
    </message>
    <message>
        <source>Teaching cards about the reading</source>
        <translation>Notas didácticas sobre la lectura</translation>
    </message>
    <message>
        <source>&amp;Table of every family at the probe</source>
        <translation>&amp;Tabla de todas las familias en el punto de medida</translation>
    </message>
    <message>
        <source>&amp;Speaker notes</source>
        <translation>&amp;Notas del orador</translation>
    </message>
    <message>
        <source>The current step&apos;s speaker notes, the next step and the lesson time, in a window of their own that is never projected</source>
        <translation>Las notas del orador del paso actual, el paso siguiente y el tiempo de la lección, en una ventana propia que nunca se proyecta</translation>
    </message>
    <message>
        <source>&amp;Teacher&apos;s view on a second screen when presenting</source>
        <translation>Vista del &amp;docente en una segunda pantalla al presentar</translation>
    </message>
</context>
<context>
    <name>relulab::Parameter</name>
    <message>
        <source>Exact (erf)</source>
        <translation>Exacta (erf)</translation>
    </message>
    <message>
        <source>Tanh approximation</source>
        <translation>Aproximación tanh</translation>
    </message>
    <message>
        <source>Negative slope</source>
        <translation>Pendiente negativa</translation>
    </message>
    <message>
        <source>Alpha (negative floor)</source>
        <translation>Alfa (suelo negativo)</translation>
    </message>
    <message>
        <source>Approximation</source>
        <translation>Aproximación</translation>
    </message>
    <message>
        <source>Beta (sharpness)</source>
        <translation>Beta (agudeza)</translation>
    </message>
</context>
<context>
    <name>relulab::ParameterEditor</name>
</context>
<context>
    <name>relulab::ParameterSpec</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>relulab::ReadoutPanel</name>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Local slope</source>
        <translation>Pendiente local</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Salud del gradiente</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Uso típico</translation>
    </message>
    <message>
        <source>f(x) at x = %1</source>
        <translation>f(x) en x = %1</translation>
    </message>
    <message>
        <source>f′(x): how much gradient passes back</source>
        <translation>f′(x): cuánto gradiente vuelve</translation>
    </message>
</context>
<context>
    <name>relulab::ReadoutTile</name>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
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
        <translation>Mover el punto de medida</translation>
    </message>
    <message>
        <source>Shift + ← →</source>
        <translation>Mayús + ← →</translation>
    </message>
    <message>
        <source>Move the probe in big steps</source>
        <translation>Mover el punto de medida a pasos largos</translation>
    </message>
    <message>
        <source>Ctrl + ← →</source>
        <translation>Ctrl + ← →</translation>
    </message>
    <message>
        <source>Move the probe in fine steps</source>
        <translation>Mover el punto de medida a pasos finos</translation>
    </message>
    <message>
        <source>Home, End, 0</source>
        <translation>Inicio, Fin, 0</translation>
    </message>
    <message>
        <source>Probe to the left end, the right end, zero</source>
        <translation>Punto al extremo izquierdo, al derecho, a cero</translation>
    </message>
    <message>
        <source>+ −</source>
        <translation>+ −</translation>
    </message>
    <message>
        <source>Change the family&apos;s parameter</source>
        <translation>Cambiar el parámetro de la familia</translation>
    </message>
    <message>
        <source>Page Down, Space</source>
        <translation>AvPág, Espacio</translation>
    </message>
    <message>
        <source>Next lesson step</source>
        <translation>Paso siguiente de la lección</translation>
    </message>
    <message>
        <source>Page Up, Backspace</source>
        <translation>RePág, Retroceso</translation>
    </message>
    <message>
        <source>Previous lesson step</source>
        <translation>Paso anterior de la lección</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Presentation mode on or off (Esc leaves)</source>
        <translation>Activar/desactivar modo presentación (Esc: salir)</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B o .</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Pantalla en negro</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 o ?</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>Mostrar u ocultar esta lista</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Press Esc, F1 or ? to close.</source>
        <translation>Pulsa Esc, F1 o ? para cerrar.</translation>
    </message>
    <message>
        <source>Ctrl + C</source>
        <translation>Ctrl + C</translation>
    </message>
    <message>
        <source>Copy the focused teaching card or readout</source>
        <translation>Copiar la tarjeta o la lectura seleccionada</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Show or hide the other families</source>
        <translation>Mostrar u ocultar las demás familias</translation>
    </message>
    <message>
        <source>Ctrl + +, Ctrl + −, Ctrl + 0</source>
        <translation>Ctrl + +, Ctrl + −, Ctrl + 0</translation>
    </message>
    <message>
        <source>Zoom the x axis in, out, back to −4 … 4</source>
        <translation>Ampliar o reducir el eje x, o volver a −4 … 4</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Restore the lesson step after changes</source>
        <translation>Restaurar el paso de la lección tras cambios</translation>
    </message>
    <message>
        <source>D, L, G, K</source>
        <translation>D, L, G, K</translation>
    </message>
    <message>
        <source>P or Space, S, R</source>
        <translation>P o Espacio, S, R</translation>
    </message>
    <message>
        <source>Training: play or pause, a single step, reset the run</source>
        <translation>Entrenamiento: reproducir o pausar, un solo paso, reiniciar</translation>
    </message>
    <message>
        <source>N, Shift + N</source>
        <translation>N, Mayús + N</translation>
    </message>
    <message>
        <source>Next or previous family, through all %1 in catalog order</source>
        <translation>Familia siguiente o anterior, entre las %1 en el orden del catálogo</translation>
    </message>
    <message>
        <source>Training: start “Dying ReLU”, “Leaky rescue”, “Smooth gates”, “Sigmoid stack”</source>
        <translation>Entrenamiento: iniciar «ReLU moribunda», «Rescate Leaky», «Compuertas suaves», «Pila de sigmoides»</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Hide the answers so the class predicts first; P, Page Down or Space reveals them</source>
        <translation>Ocultar las respuestas para que los estudiantes predigan primero; P, AvPág o Espacio las muestra</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Show or hide every family at the probe</source>
        <translation>Mostrar u ocultar todas las familias en el punto de medida</translation>
    </message>
    <message>
        <source>Ctrl + Shift + N</source>
        <translation>Ctrl + Mayús + N</translation>
    </message>
    <message>
        <source>Speaker notes, on the teacher&apos;s screen only</source>
        <translation>Notas del orador, solo en la pantalla del docente</translation>
    </message>
</context>
<context>
    <name>relulab::TeachingCard</name>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
</context>
<context>
    <name>relulab::TeachingNotes</name>
    <message>
        <source>Current read</source>
        <translation>Lectura actual</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Try next</source>
        <translation>Qué probar</translation>
    </message>
    <message>
        <source>ML translation</source>
        <translation>En clave de ML</translation>
    </message>
    <message>
        <source>Family snapshot</source>
        <translation>Perfil de la familia</translation>
    </message>
    <message>
        <source>Why this family exists</source>
        <translation>Por qué existe esta familia</translation>
    </message>
    <message>
        <source>Where you&apos;ll see it</source>
        <translation>Dónde la verás</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Cuándo elegirla</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Gradient health</source>
        <translation>Salud del gradiente</translation>
    </message>
</context>
<context>
    <name>relulab::TrainingSettings</name>
    <message>
        <source>unknown family &apos;%1&apos;; valid: %2</source>
        <translation>familia desconocida «%1»; válidas: %2</translation>
    </message>
    <message>
        <source>%1 takes %2 parameters</source>
        <translation>%1 tiene %2 parámetros</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range; valid: %3</source>
        <translation>%1 = %2 está fuera de los límites; válido: %3</translation>
    </message>
    <message>
        <source>%1 %2 is not valid; valid: a whole number from %3 to %4</source>
        <translation>%1 %2 no es válido; válido: un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>noise %1 is not valid; valid: a number from 0 to %2</source>
        <translation>ruido %1 no es válido; válido: un número de 0 a %2</translation>
    </message>
    <message>
        <source>learning rate %1 is not valid; valid: a number from %2 to %3</source>
        <translation>tasa de aprendizaje %1 no es válida; válido: un número de %2 a %3</translation>
    </message>
    <message>
        <source>bias init %1 is not valid; valid: a number from -%2 to %2</source>
        <translation>sesgo inicial %1 no es válido; válido: un número de -%2 a %2</translation>
    </message>
</context>
<context>
    <name>relulab::TrainingView</name>
    <message>
        <source>Layer %1</source>
        <translation>Capa %1</translation>
    </message>
    <message>
        <source>Step %1 · %2 of %3 hidden units dead</source>
        <translation>Paso %1 · %2 de %3 neuronas ocultas muertas</translation>
    </message>
    <message>
        <source>Start the training scenario “%1”</source>
        <translation>Iniciar el escenario de entrenamiento «%1»</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <source>Play (P)</source>
        <translation>Reproducir (P)</translation>
    </message>
    <message>
        <source>Step (S)</source>
        <translation>Paso (S)</translation>
    </message>
    <message>
        <source>Reset (R)</source>
        <translation>Reiniciar (R)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pasos/s</translation>
    </message>
    <message>
        <source>Play or pause the training</source>
        <translation>Reproducir o pausar el entrenamiento</translation>
    </message>
    <message>
        <source>Train a single step</source>
        <translation>Entrenar un solo paso</translation>
    </message>
    <message>
        <source>Reset the training run</source>
        <translation>Reiniciar el entrenamiento</translation>
    </message>
    <message>
        <source>Data set:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>Ruido:</translation>
    </message>
    <message>
        <source>Width (units per layer):</source>
        <translation>Anchura (neuronas por capa):</translation>
    </message>
    <message>
        <source>Depth (hidden layers):</source>
        <translation>Profundidad (capas ocultas):</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimizador:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Tamaño del lote:</translation>
    </message>
    <message>
        <source>Weight init:</source>
        <translation>Inic. de pesos:</translation>
    </message>
    <message>
        <source>Bias init:</source>
        <translation>Sesgo inicial:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <source>XOR (checkerboard)</source>
        <translation>XOR (tablero)</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momento</translation>
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
        <translation>Regiones de decisión (rellenos: puntos de entrenamiento; anillos: puntos de prueba)</translation>
    </message>
    <message>
        <source>Hidden units: brighter = active on more of the data, dark = dead</source>
        <translation>Neuronas ocultas: más clara = activa en más datos; oscura = muerta</translation>
    </message>
    <message>
        <source>†%1</source>
        <translation>†%1</translation>
    </message>
    <message>
        <source>Training loss (cross-entropy, log scale)</source>
        <translation>Pérdida de entrenamiento (entropía cruzada, escala log.)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Precisión (%)</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>Dead units per layer</source>
        <translation>Neuronas muertas por capa</translation>
    </message>
    <message>
        <source>Gradient norm per layer (log scale)</source>
        <translation>Norma del gradiente por capa (escala log.)</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyGroups</name>
    <message>
        <source>ReLU family</source>
        <translation>Familia ReLU</translation>
    </message>
    <message>
        <source>Before ReLU</source>
        <translation>Antes de ReLU</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyChecklist</name>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyChoiceDialog</name>
    <message>
        <source>Choose at least one family.</source>
        <translation>Elija al menos una familia.</translation>
    </message>
    <message>
        <source>&amp;Seed families</source>
        <translation>Familias de &amp;partida</translation>
    </message>
    <message>
        <source>The families the lab began with: ReLU and its first descendants</source>
        <translation>Las familias con las que empezó el laboratorio: ReLU y sus primeras descendientes</translation>
    </message>
</context>
<context>
    <name>relulab::FamilyTable</name>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
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
        <translation>Salud del gradiente</translation>
    </message>
</context>
<context>
    <name>relulab::PredictionState</name>
    <message>
        <source>unknown part to hide: &apos;%1&apos; (known: %2)</source>
        <translation>parte desconocida para ocultar: «%1» (conocidas: %2)</translation>
    </message>
</context>
<context>
    <name>relulab::LessonStepFields</name>
    <message>
        <source>Sets the &amp;zoom (x from, to)</source>
        <translation>Fija el &amp;zoom (x desde, hasta)</translation>
    </message>
    <message>
        <source>Visible x range from</source>
        <translation>Intervalo de x visible desde</translation>
    </message>
    <message>
        <source>Visible x range to</source>
        <translation>Intervalo de x visible hasta</translation>
    </message>
    <message>
        <source>Sets the &amp;faint curves</source>
        <translation>Fija las curvas &amp;tenues</translation>
    </message>
    <message>
        <source>Families drawn faintly</source>
        <translation>Familias dibujadas tenues</translation>
    </message>
    <message>
        <source>Sets the &amp;tab</source>
        <translation>Fija la &amp;pestaña</translation>
    </message>
    <message>
        <source>Activation lab</source>
        <translation>Laboratorio de activación</translation>
    </message>
    <message>
        <source>Sets the &amp;batch (survival)</source>
        <translation>Fija el &amp;lote (supervivencia)</translation>
    </message>
    <message>
        <source>Batch mean μ</source>
        <translation>Media del lote μ</translation>
    </message>
    <message>
        <source>Batch spread σ</source>
        <translation>Dispersión del lote σ</translation>
    </message>
    <message>
        <source>Sets the &amp;depth lab</source>
        <translation>Fija el laboratorio de &amp;profundidad</translation>
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
        <translation>Ganancia personalizada</translation>
    </message>
    <message>
        <source>Weight initialization</source>
        <translation>Inicialización de pesos</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>ganancia</translation>
    </message>
    <message>
        <source>width</source>
        <translation>anchura</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>capas</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>&amp;Predict first: hides</source>
        <translation>&amp;Predecir primero: oculta</translation>
    </message>
    <message>
        <source>the readouts</source>
        <translation>las lecturas</translation>
    </message>
    <message>
        <source>the curve right of the probe</source>
        <translation>la curva a la derecha del punto de medida</translation>
    </message>
    <message>
        <source>the derivative panel</source>
        <translation>el panel de la derivada</translation>
    </message>
    <message>
        <source>the teaching cards</source>
        <translation>las tarjetas didácticas</translation>
    </message>
    <message>
        <source>&amp;Capture current view</source>
        <translation>&amp;Capturar la vista actual</translation>
    </message>
    <message>
        <source>Sets every field of the selected step from what the lab shows now: family, parameters, probe, zoom, faint curves, tab, batch and depth lab</source>
        <translation>Fija cada campo del paso elegido según lo que muestra ahora el laboratorio: familia, parámetros, punto de medida, zoom, curvas tenues, pestaña, lote y laboratorio de profundidad</translation>
    </message>
</context>
<context>
    <name>relulab::SpeakerNotesWindow</name>
    <message>
        <source>Lesson time: not started</source>
        <translation>Tiempo de la lección: sin empezar</translation>
    </message>
    <message>
        <source>Lesson time: %1</source>
        <translation>Tiempo de la lección: %1</translation>
    </message>
    <message>
        <source>The lesson has not started: the next step key shows step 1.</source>
        <translation>La lección no ha empezado: la tecla de paso siguiente muestra el paso 1.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>No speaker notes for this step.</source>
        <translation>Este paso no tiene notas del orador.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>The end of the lesson.</source>
        <translation>El final de la lección.</translation>
    </message>
    <message>
        <source>Speaker notes – ReLU Family Lab</source>
        <translation>Notas del orador – ReLU Family Lab</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>A continuación:</translation>
    </message>
    <message>
        <source>Speaker notes of the current step</source>
        <translation>Notas del orador del paso actual</translation>
    </message>
</context>
</TS>
