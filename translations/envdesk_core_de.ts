<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Envdesk::Core::Build</name>
    <message>
        <source>the build of %1 was cancelled</source>
        <translation>der Build von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot build %1: %2</source>
        <translation>%1 kann nicht gebaut werden: %2</translation>
    </message>
    <message>
        <source>last output of the backend:</source>
        <translation>letzte Ausgabe des Backends:</translation>
    </message>
    <message>
        <source>%1 declares no build-backend, so it is built with setuptools (PEP 517&apos;s fallback): make setuptools installable from the project&apos;s indexes, or declare [build-system] requires and build-backend in its pyproject.toml</source>
        <translation>%1 deklariert kein build-backend und wird daher mit setuptools gebaut (Fallback nach PEP 517): machen Sie setuptools aus den Indizes des Projekts installierbar, oder deklarieren Sie [build-system] requires und build-backend in seiner pyproject.toml</translation>
    </message>
    <message>
        <source>the config setting &apos;%1&apos; is not KEY=VALUE</source>
        <translation>die Konfigurationseinstellung &apos;%1&apos; hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <source>write each config setting as KEY=VALUE</source>
        <translation>schreiben Sie jede Konfigurationseinstellung als KEY=VALUE</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 of the backend %2</source>
        <translation>%1 des Backends %2</translation>
    </message>
    <message>
        <source>%1 was killed by a signal</source>
        <translation>%1 wurde durch ein Signal beendet</translation>
    </message>
    <message>
        <source>the build needs the module %1, which is not in the build environment: add the project providing it to [build-system] requires</source>
        <translation>der Build benötigt das Modul %1, das nicht in der Build-Umgebung ist: fügen Sie das Projekt, das es bereitstellt, zu [build-system] requires hinzu</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 wurde mit Status %2 beendet</translation>
    </message>
    <message>
        <source>%1 ended (exit status 0) without returning an answer</source>
        <translation>%1 wurde beendet (Exit-Status 0), ohne eine Antwort zurückzugeben</translation>
    </message>
    <message>
        <source>the backend %1 cannot be imported (running %2)</source>
        <translation>das Backend %1 kann nicht importiert werden (bei Ausführung von %2)</translation>
    </message>
    <message>
        <source>the backend %1 is not installed in the build environment: add it to [build-system] requires</source>
        <translation>das Backend %1 ist nicht in der Build-Umgebung installiert: fügen Sie es zu [build-system] requires hinzu</translation>
    </message>
    <message>
        <source>the backend %1 cannot be imported (running %2): it needs the module %3</source>
        <translation>das Backend %1 kann nicht importiert werden (bei Ausführung von %2): es benötigt das Modul %3</translation>
    </message>
    <message>
        <source>the module %1 is not installed in the build environment: add the project providing it to [build-system] requires</source>
        <translation>das Modul %1 ist nicht in der Build-Umgebung installiert: fügen Sie das Projekt, das es bereitstellt, zu [build-system] requires hinzu</translation>
    </message>
    <message>
        <source>the backend %1 was loaded from %2, not from its backend-path (running %3)</source>
        <translation>das Backend %1 wurde aus %2 geladen, nicht aus seinem backend-path (bei Ausführung von %3)</translation>
    </message>
    <message>
        <source>PEP 517: an in-tree backend must be found in a backend-path folder; check build-backend and backend-path in pyproject.toml</source>
        <translation>PEP 517: ein Backend im Quellbaum muss in einem backend-path-Ordner liegen; prüfen Sie build-backend und backend-path in pyproject.toml</translation>
    </message>
    <message>
        <source>the backend %1 has no object %2 (running %3)</source>
        <translation>das Backend %1 hat kein Objekt %2 (bei Ausführung von %3)</translation>
    </message>
    <message>
        <source>check build-backend in pyproject.toml</source>
        <translation>prüfen Sie build-backend in pyproject.toml</translation>
    </message>
    <message>
        <source>%1 answered something unreadable</source>
        <translation>%1 hat etwas Unlesbares geantwortet</translation>
    </message>
    <message>
        <source>its build requirements %1 cannot be installed: no installer was given</source>
        <translation>seine Build-Anforderungen %1 können nicht installiert werden: es wurde kein Installer angegeben</translation>
    </message>
    <message>
        <source>the build runs in an isolated environment that gets only the backend&apos;s requirements; they must be installable</source>
        <translation>der Build läuft in einer isolierten Umgebung, die nur die Anforderungen des Backends erhält; sie müssen installierbar sein</translation>
    </message>
    <message>
        <source>cannot build %1: installing its build requirements %2 failed: %3</source>
        <translation>%1 kann nicht gebaut werden: die Installation seiner Build-Anforderungen %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the backend %1 answered %2 with %3, not a list of PEP 508 requirements</source>
        <translation>das Backend %1 hat auf %2 mit %3 geantwortet, nicht mit einer Liste von Anforderungen nach PEP 508</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the new %1 into %2</source>
        <translation>das neue %1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>the wheel %1 from %2 is damaged: %3</source>
        <translation>das Wheel %1 von %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>it holds the unsafe name &apos;%1&apos;</source>
        <translation>es enthält den unsicheren Namen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file</source>
        <translation>&apos;%1&apos; ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it has two .dist-info folders, %1 and %2</source>
        <translation>es hat zwei .dist-info-Ordner, %1 und %2</translation>
    </message>
    <message>
        <source>it has no .dist-info folder</source>
        <translation>es hat keinen .dist-info-Ordner</translation>
    </message>
    <message>
        <source>%1 of the backend %2 answered &apos;%3&apos;, which is not a wheel it wrote</source>
        <translation>%1 des Backends %2 hat &apos;%3&apos; geantwortet, das kein von ihm geschriebenes Wheel ist</translation>
    </message>
    <message>
        <source>%1 of the backend %2 built %3: %4</source>
        <translation>%1 des Backends %2 hat %3 gebaut: %4</translation>
    </message>
    <message>
        <source>%1 of the backend %2 answered &apos;%3&apos;, which is not a .dist-info folder it wrote</source>
        <translation>%1 des Backends %2 hat &apos;%3&apos; geantwortet, das kein von ihm geschriebener .dist-info-Ordner ist</translation>
    </message>
    <message>
        <source>%1 of the backend %2 wrote %3 without METADATA</source>
        <translation>%1 des Backends %2 hat %3 ohne METADATA geschrieben</translation>
    </message>
    <message>
        <source>the backend %1 cannot build editable installs: it has no build_editable hook (PEP 660)</source>
        <translation>das Backend %1 kann keine editierbaren Installationen bauen: es hat keinen build_editable-Hook (PEP 660)</translation>
    </message>
    <message>
        <source>install the project without editable mode, or require a version of the backend that supports PEP 660</source>
        <translation>installieren Sie das Projekt ohne editierbaren Modus, oder verlangen Sie eine Version des Backends, die PEP 660 unterstützt</translation>
    </message>
    <message>
        <source>the backend %1 has no build_wheel hook</source>
        <translation>das Backend %1 hat keinen build_wheel-Hook</translation>
    </message>
    <message>
        <source>PEP 517 requires build_wheel; check build-backend in pyproject.toml</source>
        <translation>PEP 517 verlangt build_wheel; prüfen Sie build-backend in pyproject.toml</translation>
    </message>
    <message>
        <source>a build needs a source tree, an output folder and a base interpreter</source>
        <translation>ein Build benötigt einen Quellbaum, einen Ausgabeordner und einen Basis-Interpreter</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <source>the source tree %1 is not a folder</source>
        <translation>der Quellbaum %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>build-system must be a table, not a %1</source>
        <translation>build-system muss eine Tabelle sein, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>[build-system] has no requires</source>
        <translation>[build-system] hat kein requires</translation>
    </message>
    <message>
        <source>PEP 518: list what building needs, e.g. requires = [&quot;setuptools&gt;=61&quot;], or requires = [] for none</source>
        <translation>PEP 518: führen Sie auf, was der Build benötigt, z. B. requires = [&quot;setuptools&gt;=61&quot;], oder requires = [] für nichts</translation>
    </message>
    <message>
        <source>build-system.requires must be an array of strings, not a %1</source>
        <translation>build-system.requires muss ein Array von Strings sein, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>build-system.requires holds a %1, not a string</source>
        <translation>build-system.requires enthält einen Wert vom Typ %1, keinen String</translation>
    </message>
    <message>
        <source>build-system.requires: %1</source>
        <translation>build-system.requires: %1</translation>
    </message>
    <message>
        <source>build-backend &apos;%1&apos; is not a module or module:object</source>
        <translation>build-backend &apos;%1&apos; ist weder ein Modul noch module:object</translation>
    </message>
    <message>
        <source>build-backend must be a string, not a %1</source>
        <translation>build-backend muss ein String sein, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>PEP 517: e.g. build-backend = &quot;setuptools.build_meta&quot;</source>
        <translation>PEP 517: z. B. build-backend = &quot;setuptools.build_meta&quot;</translation>
    </message>
    <message>
        <source>build-system.backend-path must be an array of strings, not a %1</source>
        <translation>build-system.backend-path muss ein Array von Strings sein, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>PEP 517: backend-path lists folders inside the source tree, relative to it</source>
        <translation>PEP 517: backend-path führt Ordner innerhalb des Quellbaums auf, relativ zu diesem</translation>
    </message>
    <message>
        <source>build-system.backend-path holds a %1, not a string</source>
        <translation>build-system.backend-path enthält einen Wert vom Typ %1, keinen String</translation>
    </message>
    <message>
        <source>backend-path entry &apos;%1&apos; is outside the source tree</source>
        <translation>der backend-path-Eintrag &apos;%1&apos; liegt außerhalb des Quellbaums</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>a PAX header of unreasonable size</source>
        <translation>ein PAX-Header von unvernünftiger Größe</translation>
    </message>
    <message>
        <source>a malformed PAX header</source>
        <translation>ein fehlerhafter PAX-Header</translation>
    </message>
    <message>
        <source>a PAX header with an invalid size</source>
        <translation>ein PAX-Header mit ungültiger Größe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes by its PAX header and %3 by its tar header</source>
        <translation>&apos;%1&apos; ist laut PAX-Header %2 Bytes groß und laut tar-Header %3</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a .tar.gz or .zip file</source>
        <translation>%1 kann nicht als .tar.gz- oder .zip-Datei geöffnet werden</translation>
    </message>
    <message>
        <source>a hostile or broken sdist; it was not unpacked</source>
        <translation>ein bösartiges oder defektes Sdist; es wurde nicht entpackt</translation>
    </message>
    <message>
        <source>%1 is not a consistent tar file: %2</source>
        <translation>%1 ist keine stimmige tar-Datei: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, an absolute path or one leaving the folder it is unpacked in</source>
        <translation>%1 enthält &apos;%2&apos;, einen absoluten Pfad oder einen, der den Ordner verlässt, in den entpackt wird</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, a hard link to &apos;%3&apos;, which is not a file before it in the archive</source>
        <translation>%1 enthält &apos;%2&apos;, einen Hardlink auf &apos;%3&apos;, das keine Datei vor ihm im Archiv ist</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, a device, FIFO or socket</source>
        <translation>%1 enthält &apos;%2&apos;, ein Gerät, ein FIFO oder einen Socket</translation>
    </message>
    <message>
        <source>%1 holds a file without a name</source>
        <translation>%1 enthält eine Datei ohne Namen</translation>
    </message>
    <message>
        <source>%1 has more than one top-level entry (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation>%1 hat mehr als einen Eintrag auf oberster Ebene (&apos;%2&apos; und &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>an sdist holds one folder, NAME-VERSION</source>
        <translation>ein Sdist enthält einen einzigen Ordner, NAME-VERSION</translation>
    </message>
    <message>
        <source>%1: its top-level entry &apos;%2&apos; is not a folder</source>
        <translation>%1: sein Eintrag auf oberster Ebene &apos;%2&apos; ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos; twice</source>
        <translation>%1 enthält &apos;%2&apos; doppelt</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, inside the symbolic link &apos;%3&apos;</source>
        <translation>%1 enthält &apos;%2&apos;, innerhalb des symbolischen Links &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, a symbolic link to &apos;%3&apos;, outside the source tree</source>
        <translation>%1 enthält &apos;%2&apos;, einen symbolischen Link auf &apos;%3&apos;, außerhalb des Quellbaums</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>sein Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 unpacks to more than its limit (at &apos;%2&apos;): a decompression bomb, or an sdist far larger than sdists are</source>
        <translation>%1 entpackt sich über seine Grenze hinaus (bei &apos;%2&apos;): eine Dekompressionsbombe oder ein Sdist, weit größer als Sdists sind</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; cannot be read: %3</source>
        <translation>%1: &apos;%2&apos; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 changed while it was unpacked</source>
        <translation>%1 hat sich beim Entpacken geändert</translation>
    </message>
    <message>
        <source>cannot move the unpacked %1 to %2</source>
        <translation>das entpackte %1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>%1 already exists; %2 was not unpacked</source>
        <translation>%1 existiert bereits; %2 wurde nicht entpackt</translation>
    </message>
    <message>
        <source>unpack into an empty folder</source>
        <translation>entpacken Sie in einen leeren Ordner</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::BuildEnvironment</name>
    <message>
        <source>the build requirements %1 cannot be installed: %2</source>
        <translation>die Build-Anforderungen %1 können nicht installiert werden: %2</translation>
    </message>
    <message>
        <source>cannot make a temporary folder to build %1 in</source>
        <translation>es kann kein temporärer Ordner angelegt werden, um %1 darin zu bauen</translation>
    </message>
    <message>
        <source>the build backend of %1 wrote no METADATA into %2</source>
        <translation>das Build-Backend hat keine METADATA in %2 geschrieben (Quelle: %1)</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Cli</name>
    <message>
        <source>&apos;%1&apos; is not a valid index URL</source>
        <translation>&apos;%1&apos; ist keine gültige Index-URL</translation>
    </message>
    <message>
        <source>there is no index named &apos;%1&apos; in %2</source>
        <translation>in %2 gibt es keinen Index namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give the index URL instead</source>
        <translation>geben Sie stattdessen die Index-URL an</translation>
    </message>
    <message>
        <source>known indexes: %1</source>
        <translation>bekannte Indizes: %1</translation>
    </message>
    <message>
        <source>Store the credentials of an index in the OS keychain, keyed by the index URL. The secret (password or token) is read from stdin, or asked for without echo on a terminal; it is never taken from the command line.</source>
        <translation>Speichert die Zugangsdaten eines Index im Schlüsselbund des Betriebssystems, mit der Index-URL als Schlüssel. Das Geheimnis (Passwort oder Token) wird von stdin gelesen oder an einem Terminal ohne Echo abgefragt; es wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>The project folder</source>
        <translation>Der Projektordner</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>Der Benutzername</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The secret is a token: user name __token__</source>
        <translation>Das Geheimnis ist ein Token: Benutzername __token__</translation>
    </message>
    <message>
        <source>An index name of the project, or an index URL</source>
        <translation>Ein Indexname des Projekts oder eine Index-URL</translation>
    </message>
    <message>
        <source>auth set takes one INDEX (a name or a URL)</source>
        <translation>auth set erwartet genau einen INDEX (einen Namen oder eine URL)</translation>
    </message>
    <message>
        <source>give --username NAME (or --token) when the secret comes from stdin</source>
        <translation>geben Sie --username NAME (oder --token) an, wenn das Geheimnis von stdin kommt</translation>
    </message>
    <message>
        <source>Username for %1: </source>
        <translation>Benutzername für %1: </translation>
    </message>
    <message>
        <source>Password or token for %1 (not shown): </source>
        <translation>Passwort oder Token für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>no secret given on stdin</source>
        <translation>kein Geheimnis auf stdin angegeben</translation>
    </message>
    <message>
        <source>stored credentials for %1 (user %2) in the keychain</source>
        <translation>Zugangsdaten für %1 (Benutzer %2) im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Show which credentials envdesk would use for an index and where they come from (URL, UV_INDEX_&lt;NAME&gt;_* variables, .netrc, keychain). The secret is shown only with --show-secret.</source>
        <translation>Zeigt, welche Zugangsdaten envdesk für einen Index verwenden würde und woher sie stammen (URL, UV_INDEX_&lt;NAME&gt;_*-Variablen, .netrc, Schlüsselbund). Das Geheimnis wird nur mit --show-secret angezeigt.</translation>
    </message>
    <message>
        <source>Also print the secret</source>
        <translation>Auch das Geheimnis ausgeben</translation>
    </message>
    <message>
        <source>auth get takes one INDEX (a name or a URL)</source>
        <translation>auth get erwartet genau einen INDEX (einen Namen oder eine URL)</translation>
    </message>
    <message>
        <source>index:    %1</source>
        <translation>Index:     %1</translation>
    </message>
    <message>
        <source>no credentials found (URL, variables, .netrc, keychain)</source>
        <translation>keine Zugangsdaten gefunden (URL, Variablen, .netrc, Schlüsselbund)</translation>
    </message>
    <message>
        <source>username: %1</source>
        <translation>Benutzer:  %1</translation>
    </message>
    <message>
        <source>source:   %1</source>
        <translation>Quelle:    %1</translation>
    </message>
    <message>
        <source>secret:   %1</source>
        <translation>Geheimnis: %1</translation>
    </message>
    <message>
        <source>Remove an index&apos;s credentials from the OS keychain.</source>
        <translation>Entfernt die Zugangsdaten eines Index aus dem Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>auth remove takes one INDEX (a name or a URL)</source>
        <translation>auth remove erwartet genau einen INDEX (einen Namen oder eine URL)</translation>
    </message>
    <message>
        <source>removed the keychain entry for %1</source>
        <translation>Schlüsselbund-Eintrag für %1 entfernt</translation>
    </message>
    <message>
        <source>Move credentials written inside index URLs of pyproject.toml into the OS keychain, and take them out of the file. The keychain is written (and read back) before the file is.</source>
        <translation>Verschiebt Zugangsdaten, die in Index-URLs der pyproject.toml stehen, in den Schlüsselbund des Betriebssystems und entfernt sie aus der Datei. Der Schlüsselbund wird vor der Datei geschrieben (und zurückgelesen).</translation>
    </message>
    <message>
        <source>no index URL in %1 holds credentials; nothing to do</source>
        <translation>keine Index-URL in %1 enthält Zugangsdaten; nichts zu tun</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <source>an unnamed index at line %1 holds credentials</source>
        <translation>ein unbenannter Index in Zeile %1 enthält Zugangsdaten</translation>
    </message>
    <message>
        <source>give it a name first; nothing was changed</source>
        <translation>geben Sie ihm zuerst einen Namen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the keychain did not give back what was stored for &apos;%1&apos;</source>
        <translation>der Schlüsselbund hat nicht zurückgegeben, was für &apos;%1&apos; gespeichert wurde</translation>
    </message>
    <message>
        <source>the file was not changed</source>
        <translation>die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <source>moved the credentials of &apos;%1&apos; (user %2) into the keychain</source>
        <translation>Zugangsdaten von &apos;%1&apos; (Benutzer %2) in den Schlüsselbund verschoben</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Usage: envdesk-cli auth set|get|remove INDEX [--project DIR]
       envdesk-cli auth migrate [--project DIR]

  set      store an index&apos;s credentials in the OS keychain (secret from stdin or a prompt)
  get      show which credentials apply to an index and where they come from
  remove   remove an index&apos;s keychain entry
  migrate  move credentials out of pyproject.toml URLs into the keychain
</source>
        <translation>Aufruf: envdesk-cli auth set|get|remove INDEX [--project DIR]
        envdesk-cli auth migrate [--project DIR]

  set      Zugangsdaten eines Index im Schlüsselbund des Betriebssystems speichern (Geheimnis von stdin oder per Abfrage)
  get      anzeigen, welche Zugangsdaten für einen Index gelten und woher sie stammen
  remove   den Schlüsselbund-Eintrag eines Index entfernen
  migrate  Zugangsdaten aus URLs in pyproject.toml in den Schlüsselbund verschieben
</translation>
    </message>
    <message>
        <source>Add requirements to the project (pyproject.toml)</source>
        <translation>Anforderungen zum Projekt hinzufügen (pyproject.toml)</translation>
    </message>
    <message>
        <source>Remove packages from the project</source>
        <translation>Pakete aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>Indexes: add, remove, list-files, list-projects, test (the connection doctor)</source>
        <translation>Indizes: add, remove, list-files, list-projects, test (die Verbindungsdiagnose)</translation>
    </message>
    <message>
        <source>Credentials in the OS keychain: set, get, remove, migrate</source>
        <translation>Zugangsdaten im Schlüsselbund des Betriebssystems: set, get, remove, migrate</translation>
    </message>
    <message>
        <source>Import indexes, pins and requirements from pip.conf, a Pipfile or requirements.txt</source>
        <translation>Indizes, Pins und Anforderungen aus pip.conf, einer Pipfile oder requirements.txt importieren</translation>
    </message>
    <message>
        <source>Create a project: pyproject.toml, its index, .venv, the first dependencies</source>
        <translation>Ein Projekt anlegen: pyproject.toml, sein Index, .venv, die ersten Abhängigkeiten</translation>
    </message>
    <message>
        <source>Resolve and install packages into a virtual environment</source>
        <translation>Anforderungen auflösen und Pakete in eine virtuelle Umgebung installieren</translation>
    </message>
    <message>
        <source>Resolve the project&apos;s dependencies into pylock.toml (PEP 751)</source>
        <translation>Die Abhängigkeiten des Projekts in pylock.toml auflösen (PEP 751)</translation>
    </message>
    <message>
        <source>Make a virtual environment match pylock.toml exactly</source>
        <translation>Eine virtuelle Umgebung exakt an pylock.toml angleichen</translation>
    </message>
    <message>
        <source>Show the locked dependencies as a tree (--invert PKG: what needs it)</source>
        <translation>Die festgeschriebenen Abhängigkeiten als Baum anzeigen (--invert PKG: was davon abhängt)</translation>
    </message>
    <message>
        <source>Python interpreters: list the ones on this machine</source>
        <translation>Python-Interpreter: die auf diesem Rechner vorhandenen auflisten</translation>
    </message>
    <message>
        <source>Create a virtual environment</source>
        <translation>Eine virtuelle Umgebung erstellen</translation>
    </message>
    <message>
        <source>Resolve requirements against the indexes (the PubGrub resolver)</source>
        <translation>Anforderungen gegen die Indizes auflösen (der PubGrub-Resolver)</translation>
    </message>
    <message>
        <source>Sync, then run a command in the environment with the project&apos;s indexes, credentials and certificates</source>
        <translation>Synchronisieren, dann einen Befehl in der Umgebung ausführen, mit den Indizes, Zugangsdaten und Zertifikaten des Projekts</translation>
    </message>
    <message>
        <source>Write pylock.toml as a requirements file (pinned, with hashes)</source>
        <translation>pylock.toml als Requirements-Datei schreiben (fest gepinnt, mit Hashes)</translation>
    </message>
    <message>
        <source>Show the effective settings and where each comes from</source>
        <translation>Die wirksamen Einstellungen anzeigen und woher jede stammt</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>--directory %1: no such folder</source>
        <translation>--directory %1: kein solcher Ordner</translation>
    </message>
    <message>
        <source>--color takes auto, always or never, not &apos;%1&apos;</source>
        <translation>--color nimmt auto, always oder never, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; before the command</source>
        <translation>unbekannte Option &apos;%1&apos; vor dem Befehl</translation>
    </message>
    <message>
        <source>Usage: envdesk-cli [GLOBAL OPTIONS] COMMAND [ARGS...]</source>
        <translation>Aufruf: envdesk-cli [GLOBALE OPTIONEN] BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>Manage Python projects, their indexes and environments from the command line.</source>
        <translation>Python-Projekte, ihre Indizes und Umgebungen über die Befehlszeile verwalten.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name</source>
        <translation>Diese Hilfe anzeigen, oder die Hilfe eines Befehls nach dessen Namen</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <source>Say more: index queries (-v), with their credential source and rule (-vv)</source>
        <translation>Mehr sagen: Index-Anfragen (-v), mit Herkunft der Zugangsdaten und Regel (-vv)</translation>
    </message>
    <message>
        <source>No progress lines (results, warnings and errors still)</source>
        <translation>Keine Fortschrittszeilen (Ergebnisse, Warnungen und Fehler weiterhin)</translation>
    </message>
    <message>
        <source>No progress lines</source>
        <translation>Keine Fortschrittszeilen</translation>
    </message>
    <message>
        <source>Use cached pages only (also UV_OFFLINE=1)</source>
        <translation>Nur zwischengespeicherte Seiten verwenden (auch UV_OFFLINE=1)</translation>
    </message>
    <message>
        <source>The project (before the command: for every command that looks for one)</source>
        <translation>Das Projekt (vor dem Befehl: für jeden Befehl, der eines sucht)</translation>
    </message>
    <message>
        <source>Run as if started in DIR</source>
        <translation>Ausführen, als wäre in DIR gestartet worden</translation>
    </message>
    <message>
        <source>auto, always or never (envdesk-cli prints no colours yet)</source>
        <translation>auto, always oder never (envdesk-cli gibt noch keine Farben aus)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>envdesk-cli: unknown command &apos;%1&apos;. Run &apos;envdesk-cli --help&apos; for the list.</source>
        <translation>envdesk-cli: unbekannter Befehl &apos;%1&apos;. Führen Sie &apos;envdesk-cli --help&apos; aus, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>List the project names the indexes offer (their root listings), for name completion.</source>
        <translation>Die Projektnamen auflisten, die die Indizes anbieten (ihre Stammlisten), für die Namensvervollständigung.</translation>
    </message>
    <message>
        <source>List the files of a project that the indexes offer, as envdesk&apos;s index rules select them.</source>
        <translation>Die Dateien eines Projekts auflisten, die die Indizes anbieten, so wie die Index-Regeln von envdesk sie auswählen.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>The project (package) name</source>
        <translation>Der Projektname (Paketname)</translation>
    </message>
    <message>
        <source>Use this index as the default index</source>
        <translation>Diesen Index als Standardindex verwenden</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Search this index first (repeatable)</source>
        <translation>Diesen Index zuerst durchsuchen (wiederholbar)</translation>
    </message>
    <message>
        <source>first-index, unsafe-first-match or unsafe-best-match</source>
        <translation>first-index, unsafe-first-match oder unsafe-best-match</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (Standard) oder json</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Revalidate cached pages</source>
        <translation>Zwischengespeicherte Seiten erneut validieren</translation>
    </message>
    <message>
        <source>Use cached pages only</source>
        <translation>Nur zwischengespeicherte Seiten verwenden</translation>
    </message>
    <message>
        <source>The cache folder</source>
        <translation>Der Cache-Ordner</translation>
    </message>
    <message>
        <source>Show every index query</source>
        <translation>Jede Index-Abfrage anzeigen</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>no arguments expected</source>
        <translation>keine Argumente erwartet</translation>
    </message>
    <message>
        <source>expected one PROJECT name</source>
        <translation>genau ein PROJECT-Name erwartet</translation>
    </message>
    <message>
        <source>--format is &apos;text&apos; or &apos;json&apos;</source>
        <translation>--format ist &apos;text&apos; oder &apos;json&apos;</translation>
    </message>
    <message>
        <source>credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No index has &apos;%1&apos;.</source>
        <translation>Kein Index hat &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Test the connection to an index and say what fails and how to fix it.</source>
        <translation>Die Verbindung zu einem Index testen und angeben, was fehlschlägt und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <source>NAME_OR_URL</source>
        <translation>NAME_OR_URL</translation>
    </message>
    <message>
        <source>An index name from the project, or an index URL</source>
        <translation>Ein Indexname aus dem Projekt oder eine Index-URL</translation>
    </message>
    <message>
        <source>expected one index name or URL</source>
        <translation>genau ein Indexname oder eine URL erwartet</translation>
    </message>
    <message>
        <source>Create a project in DIR (default: this folder; made when missing): pyproject.toml with [project] (name, version 0.1.0, requires-python), the index the preset names, and the first dependencies; then its .venv with the interpreter asked for; then, when dependencies were given, lock and sync. What the New Project window does, without a window. A folder that already has a pyproject.toml is left alone.</source>
        <translation>Legt ein Projekt in DIR an (Standard: dieser Ordner; wird angelegt, wenn er fehlt): pyproject.toml mit [project] (Name, Version 0.1.0, requires-python), dem Index der Vorlage und den ersten Abhängigkeiten; dann seine .venv mit dem gewünschten Interpreter; dann, wenn Abhängigkeiten angegeben wurden, sperren und synchronisieren. Was das Fenster „Neues Projekt“ tut, ohne Fenster. Ein Ordner, der schon eine pyproject.toml hat, bleibt unberührt.</translation>
    </message>
    <message>
        <source>The project&apos;s name (default: the folder&apos;s name)</source>
        <translation>Der Name des Projekts (Standard: der Name des Ordners)</translation>
    </message>
    <message>
        <source>The interpreter for .venv: a version (3.12) or a path (default: the newest found)</source>
        <translation>Der Interpreter für .venv: eine Version (3.12) oder ein Pfad (Standard: der neueste gefundene)</translation>
    </message>
    <message>
        <source>X.Y|PATH</source>
        <translation>X.Y|PFAD</translation>
    </message>
    <message>
        <source>requires-python (default: &gt;= the interpreter&apos;s X.Y)</source>
        <translation>requires-python (Standard: &gt;= X.Y des Interpreters)</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEZ</translation>
    </message>
    <message>
        <source>The kind of index: %1 (default: pypi)</source>
        <translation>Die Art des Index: %1 (Standard: pypi)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>The index&apos;s URL (the preset&apos;s pattern with its {placeholders} filled in)</source>
        <translation>Die URL des Index (das Muster der Vorlage mit ausgefüllten {Platzhaltern})</translation>
    </message>
    <message>
        <source>The index&apos;s name in pyproject.toml (default: the preset&apos;s)</source>
        <translation>Der Name des Index in pyproject.toml (Standard: der der Vorlage)</translation>
    </message>
    <message>
        <source>A first dependency (repeatable)</source>
        <translation>Eine erste Abhängigkeit (wiederholbar)</translation>
    </message>
    <message>
        <source>REQ</source>
        <translation>REQ</translation>
    </message>
    <message>
        <source>Do not create .venv (nor lock or sync)</source>
        <translation>.venv nicht anlegen (und weder sperren noch synchronisieren)</translation>
    </message>
    <message>
        <source>Do not lock and sync the first dependencies</source>
        <translation>Die ersten Abhängigkeiten nicht sperren und synchronisieren</translation>
    </message>
    <message>
        <source>init takes one folder, not %1</source>
        <translation>init nimmt einen Ordner, nicht %1</translation>
    </message>
    <message>
        <source>%1 already exists: nothing was changed</source>
        <translation>%1 existiert bereits: nichts wurde geändert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid project name: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting and ending with a letter or digit (give --name)</source>
        <translation>&apos;%1&apos; ist kein gültiger Projektname: verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;, am Anfang und Ende ein Buchstabe oder eine Ziffer (geben Sie --name an)</translation>
    </message>
    <message>
        <source>--index-preset takes %1, not &apos;%2&apos;</source>
        <translation>--index-preset nimmt %1, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--index-preset %1 needs --index-url: %2 with every {placeholder} filled in</source>
        <translation>--index-preset %1 braucht --index-url: %2 mit allen {Platzhaltern} ausgefüllt</translation>
    </message>
    <message>
        <source>--index-url carries credentials: they would end up in pyproject.toml; give the URL without them and store them with envdesk-cli auth set</source>
        <translation>--index-url enthält Zugangsdaten: sie landeten in pyproject.toml; geben Sie die URL ohne sie an und speichern Sie sie mit envdesk-cli auth set</translation>
    </message>
    <message>
        <source>--index-url needs an --index-preset other than pypi (custom for any index)</source>
        <translation>--index-url braucht eine andere --index-preset als pypi (custom für jeden Index)</translation>
    </message>
    <message>
        <source>--requires-python: %1</source>
        <translation>--requires-python: %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Credentials for %1: %2 Store them with: envdesk-cli auth set %3 --username USER</source>
        <translation>Zugangsdaten für %1: %2 Speichern Sie sie mit: envdesk-cli auth set %3 --username BENUTZER</translation>
    </message>
    <message>
        <source>The project was created; the dependencies could not be locked and synced yet (see above): fix that, then run envdesk-cli sync --project %1</source>
        <translation>Das Projekt wurde angelegt; die Abhängigkeiten konnten noch nicht gesperrt und synchronisiert werden (siehe oben): beheben Sie das und führen Sie dann envdesk-cli sync --project %1 aus</translation>
    </message>
    <message>
        <source>Resolve requirements for a virtual environment&apos;s interpreter and install them into it: wheels downloaded with their SHA-256 checked, every archive checked before it is written; folders, sdists and git checkouts (NAME @ file:///path, NAME @ git+URL@REV) built first through their PEP 517 backend. Packages already there at the chosen version are kept; others are replaced.</source>
        <translation>Löst Anforderungen für den Interpreter einer virtuellen Umgebung auf und installiert sie dort: Wheels werden mit geprüftem SHA-256 heruntergeladen, jedes Archiv wird vor dem Schreiben geprüft; Ordner, Sdists und git-Checkouts (NAME @ file:///pfad, NAME @ git+URL@REV) werden zuerst über ihr PEP-517-Backend gebaut. Pakete, die bereits in der gewählten Version vorhanden sind, bleiben; andere werden ersetzt.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>REQ...</source>
        <translation>REQ...</translation>
    </message>
    <message>
        <source>The environment (default: .venv of the project, or ./.venv)</source>
        <translation>Die Umgebung (Standard: .venv des Projekts oder ./.venv)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The default index</source>
        <translation>Der Standardindex</translation>
    </message>
    <message>
        <source>An extra index</source>
        <translation>Ein zusätzlicher Index</translation>
    </message>
    <message>
        <source>Install again what is already there</source>
        <translation>Bereits Vorhandenes erneut installieren</translation>
    </message>
    <message>
        <source>give the requirements to install</source>
        <translation>geben Sie die zu installierenden Anforderungen an</translation>
    </message>
    <message>
        <source>Nothing to do: %1 packages already installed in %2</source>
        <translation>Nichts zu tun: %1 Pakete bereits in %2 installiert</translation>
    </message>
    <message>
        <source>Installed %1 packages in %2:</source>
        <translation>%1 Pakete in %2 installiert:</translation>
    </message>
    <message>
        <source>The lock file (default: pylock.toml of the project)</source>
        <translation>Die Lock-Datei (Standard: pylock.toml des Projekts)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>%1 is up to date (%2 packages)</source>
        <translation>%1 ist aktuell (%2 Pakete)</translation>
    </message>
    <message>
        <source>%1 is not up to date; envdesk-cli lock would change:</source>
        <translation>%1 ist nicht aktuell; envdesk-cli lock würde Folgendes ändern:</translation>
    </message>
    <message>
        <source>(files, hashes or markers only)</source>
        <translation>(nur Dateien, Hashes oder Marker)</translation>
    </message>
    <message>
        <source>Would lock %1 packages for Python %2 (%3) in %4 s: %5</source>
        <translation>Würde %1 Pakete für Python %2 (%3) in %4 s festschreiben: %5</translation>
    </message>
    <message>
        <source>Locked %1 packages for Python %2 (%3) in %4 s: %5</source>
        <translation>%1 Pakete für Python %2 (%3) in %4 s festgeschrieben: %5</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 ist aktuell</translation>
    </message>
    <message>
        <source>%1 not written (dry run)</source>
        <translation>%1 nicht geschrieben (Probelauf)</translation>
    </message>
    <message>
        <source>Resolve the project&apos;s dependencies and write them to pylock.toml (PEP 751) beside its pyproject.toml: every package with its index, files, hashes and sizes, for the environment it was resolved for (the project&apos;s .venv when there is one, else --python or python3). Versions already in the lock are kept while they still fit, unless --upgrade or --upgrade-package asks otherwise. Prints what changed. Exit code 0: written (or already current); 1: no solution, or --check found the lock out of date; 2: usage, configuration or network errors.</source>
        <translation>Löst die Abhängigkeiten des Projekts auf und schreibt sie in pylock.toml (PEP 751) neben dessen pyproject.toml: jedes Paket mit Index, Dateien, Hashes und Größen, für die Umgebung, für die aufgelöst wurde (die .venv des Projekts, falls vorhanden, sonst --python oder python3). Bereits in der Lock-Datei stehende Versionen bleiben erhalten, solange sie noch passen, es sei denn, --upgrade oder --upgrade-package verlangt etwas anderes. Gibt aus, was sich geändert hat. Exit-Code 0: geschrieben (oder bereits aktuell); 1: keine Lösung, oder --check hat festgestellt, dass die Lock-Datei veraltet ist; 2: Fehler bei Verwendung, Konfiguration oder Netzwerk.</translation>
    </message>
    <message>
        <source>Ignore the versions in the current lock</source>
        <translation>Die Versionen in der aktuellen Lock-Datei ignorieren</translation>
    </message>
    <message>
        <source>Ignore the current lock&apos;s version of this package (repeatable)</source>
        <translation>Die Version dieses Pakets in der aktuellen Lock-Datei ignorieren (wiederholbar)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Write here instead of pylock.toml beside the project</source>
        <translation>Hierhin statt in pylock.toml neben dem Projekt schreiben</translation>
    </message>
    <message>
        <source>Write nothing; exit 1 when the lock is not up to date</source>
        <translation>Nichts schreiben; Exit-Code 1, wenn die Lock-Datei nicht aktuell ist</translation>
    </message>
    <message>
        <source>lock takes no requirements: it locks the project&apos;s dependencies (add them with envdesk-cli add)</source>
        <translation>lock nimmt keine Anforderungen entgegen: es schreibt die Abhängigkeiten des Projekts fest (fügen Sie sie mit envdesk-cli add hinzu)</translation>
    </message>
    <message>
        <source>there is no pyproject.toml at %1</source>
        <translation>unter %1 gibt es keine pyproject.toml</translation>
    </message>
    <message>
        <source>run it in a project folder, or give --project DIR</source>
        <translation>führen Sie es in einem Projektordner aus, oder geben Sie --project DIR an</translation>
    </message>
    <message>
        <source>%1 is a lock for every platform (--universal), and stays one: --python-platform cannot narrow it; write another file with -o FILE</source>
        <translation>%1 ist eine Lock-Datei für jede Plattform (--universal) und bleibt eine: --python-platform kann sie nicht einschränken; schreiben Sie mit -o FILE eine andere Datei</translation>
    </message>
    <message>
        <source>Make a virtual environment match the project&apos;s pylock.toml exactly: install what is missing, replace what is at another version, remove what the lock does not list (pip, setuptools and wheel stay unless --remove-seed-tools). Every wheel is downloaded and checked against its hash, and every folder, sdist and git commit built (PEP 517; editable folders through PEP 660), before the environment is touched.</source>
        <translation>Gleicht eine virtuelle Umgebung exakt an die pylock.toml des Projekts an: installiert, was fehlt, ersetzt, was in einer anderen Version vorliegt, entfernt, was die Sperrdatei nicht aufführt (pip, setuptools und wheel bleiben, außer mit --remove-seed-tools). Jedes Wheel wird heruntergeladen und gegen seinen Hash geprüft, und jeder Ordner, jedes Sdist und jeder git-Commit gebaut (PEP 517; editierbare Ordner über PEP 660), bevor die Umgebung angetastet wird.</translation>
    </message>
    <message>
        <source>The environment (default: .venv beside the project)</source>
        <translation>Die Umgebung (Standard: .venv neben dem Projekt)</translation>
    </message>
    <message>
        <source>Print what would change, change nothing</source>
        <translation>Ausgeben, was sich ändern würde, nichts ändern</translation>
    </message>
    <message>
        <source>Install again what is already at the locked version</source>
        <translation>Bereits in der festgeschriebenen Version Vorhandenes erneut installieren</translation>
    </message>
    <message>
        <source>Remove pip, setuptools and wheel too when the lock does not list them</source>
        <translation>pip, setuptools und wheel ebenfalls entfernen, wenn die Lock-Datei sie nicht aufführt</translation>
    </message>
    <message>
        <source>Sync the lock as it is, without locking first</source>
        <translation>Die Lock-Datei so synchronisieren, wie sie ist, ohne vorher festzuschreiben</translation>
    </message>
    <message>
        <source>Fail (exit code 1) instead of locking when the lock does not match the project</source>
        <translation>Fehlschlagen (Exit-Code 1), statt festzuschreiben, wenn die Lock-Datei nicht zum Projekt passt</translation>
    </message>
    <message>
        <source>With --dry-run: text (default) or json (the plan as a value)</source>
        <translation>Mit --dry-run: text (Standard) oder json (der Plan als Wert)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Install this dependency group too (repeatable)</source>
        <translation>Diese Abhängigkeitsgruppe auch installieren (wiederholbar)</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Leave this dependency group out (repeatable)</source>
        <translation>Diese Abhängigkeitsgruppe weglassen (wiederholbar)</translation>
    </message>
    <message>
        <source>Install every dependency group</source>
        <translation>Jede Abhängigkeitsgruppe installieren</translation>
    </message>
    <message>
        <source>Leave the dev group out</source>
        <translation>Die Gruppe dev weglassen</translation>
    </message>
    <message>
        <source>Leave the default groups out (default-groups in [tool.uv]; default: dev)</source>
        <translation>Die Standardgruppen weglassen (default-groups in [tool.uv]; Standard: dev)</translation>
    </message>
    <message>
        <source>Install this extra&apos;s packages too (repeatable)</source>
        <translation>Die Pakete dieses Extras auch installieren (wiederholbar)</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Install every extra&apos;s packages</source>
        <translation>Die Pakete jedes Extras installieren</translation>
    </message>
    <message>
        <source>Leave the project itself out (installed editable when it has a [build-system])</source>
        <translation>Das Projekt selbst weglassen (editierbar installiert, wenn es ein [build-system] hat)</translation>
    </message>
    <message>
        <source>--format takes text or json, not &apos;%1&apos;</source>
        <translation>--format erwartet text oder json, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 matches %2 (%3 packages)</source>
        <translation>%1 stimmt mit %2 überein (%3 Pakete)</translation>
    </message>
    <message>
        <source>Would change %1 (dry run, nothing changed):</source>
        <translation>Würde %1 ändern (Probelauf, nichts geändert):</translation>
    </message>
    <message>
        <source>Synced %1 with %2:</source>
        <translation>%1 mit %2 synchronisiert:</translation>
    </message>
    <message>
        <source>Show the project&apos;s locked dependencies as a tree, from pylock.toml: each package with its version and what it depends on; a package already shown is marked (*). With --invert PKG: what depends on PKG, up to the project&apos;s own requirements.</source>
        <translation>Zeigt die festgeschriebenen Abhängigkeiten des Projekts aus pylock.toml als Baum: jedes Paket mit seiner Version und dem, wovon es abhängt; ein bereits gezeigtes Paket wird mit (*) markiert. Mit --invert PKG: was von PKG abhängt, bis hin zu den eigenen Anforderungen des Projekts.</translation>
    </message>
    <message>
        <source>Show what depends on this package</source>
        <translation>Anzeigen, was von diesem Paket abhängt</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PKG</translation>
    </message>
    <message>
        <source>(not in the lock)</source>
        <translation>(nicht in der Lock-Datei)</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 ist nicht in %2</translation>
    </message>
    <message>
        <source>see envdesk-cli tree for what is locked</source>
        <translation>siehe envdesk-cli tree für das, was festgeschrieben ist</translation>
    </message>
    <message>
        <source>Edit pyproject.toml only, without locking or syncing</source>
        <translation>Nur pyproject.toml bearbeiten, ohne Festschreiben oder Synchronisieren</translation>
    </message>
    <message>
        <source>cannot remove it</source>
        <translation>es kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 and %2 were put back as they were: %3; --frozen edits the file without locking or syncing</source>
        <translation>%1 und %2 wurden wiederhergestellt, wie sie waren: %3; --frozen bearbeitet die Datei ohne Festschreiben und Synchronisieren</translation>
    </message>
    <message>
        <source>%1, and %2 and %3 could not be put back: %4</source>
        <translation>%1, und %2 und %3 konnten nicht wiederhergestellt werden: %4</translation>
    </message>
    <message>
        <source>the change could not be locked (see above)</source>
        <translation>die Änderung konnte nicht festgeschrieben werden (siehe oben)</translation>
    </message>
    <message>
        <source>the lower bounds could not be written</source>
        <translation>die unteren Schranken konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the change was locked, but the environment could not be synced (see above)</source>
        <translation>die Änderung wurde festgeschrieben, aber die Umgebung konnte nicht synchronisiert werden (siehe oben)</translation>
    </message>
    <message>
        <source>The project folder (default: the nearest folder upwards that has a pyproject.toml)</source>
        <translation>Der Projektordner (Standard: der nächste übergeordnete Ordner mit einer pyproject.toml)</translation>
    </message>
    <message>
        <source>Compile the installed modules to bytecode (also: compile-bytecode in the settings, UV_COMPILE_BYTECODE)</source>
        <translation>Die installierten Module zu Bytecode kompilieren (auch: compile-bytecode in den Einstellungen, UV_COMPILE_BYTECODE)</translation>
    </message>
    <message>
        <source>--project %1 is a symbolic link that leads nowhere (a loop, or a missing target)</source>
        <translation>--project %1 ist ein symbolischer Link, der nirgendwohin führt (eine Schleife oder ein fehlendes Ziel)</translation>
    </message>
    <message>
        <source>--project %1 does not exist</source>
        <translation>--project %1 existiert nicht</translation>
    </message>
    <message>
        <source>Add requirements to the project&apos;s dependencies, then lock and sync (unless --frozen). A requirement given without a version is written with a lower bound of the version locked (name&gt;=1.2), as uv does. When locking or syncing fails, pyproject.toml and pylock.toml are put back as they were.</source>
        <translation>Fügt Anforderungen zu den Abhängigkeiten des Projekts hinzu, schreibt sie dann fest und synchronisiert (außer mit --frozen). Eine Anforderung ohne Version wird, wie bei uv, mit der festgeschriebenen Version als unterer Schranke geschrieben (name&gt;=1.2). Schlagen Festschreiben oder Synchronisieren fehl, werden pyproject.toml und pylock.toml wiederhergestellt, wie sie waren.</translation>
    </message>
    <message>
        <source>Requirements (PEP 508), e.g. &apos;requests&gt;=2.31&apos;</source>
        <translation>Anforderungen (PEP 508), z. B. &apos;requests&gt;=2.31&apos;</translation>
    </message>
    <message>
        <source>Add to this extra (optional-dependencies)</source>
        <translation>Zu diesem Extra hinzufügen (optional-dependencies)</translation>
    </message>
    <message>
        <source>EXTRA</source>
        <translation>EXTRA</translation>
    </message>
    <message>
        <source>Add to this dependency group</source>
        <translation>Zu dieser Abhängigkeitsgruppe hinzufügen</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>Pin the packages to this index (by name)</source>
        <translation>Die Pakete an diesen Index pinnen (per Name)</translation>
    </message>
    <message>
        <source>name at least one requirement</source>
        <translation>geben Sie mindestens eine Anforderung an</translation>
    </message>
    <message>
        <source>--optional and --group cannot be combined</source>
        <translation>--optional und --group können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>Remove packages from the project&apos;s dependencies, then lock and sync (unless --frozen); removing the last one locks and syncs to an empty environment. When locking or syncing fails, pyproject.toml and pylock.toml are put back as they were.</source>
        <translation>Entfernt Pakete aus den Abhängigkeiten des Projekts, schreibt dann fest und synchronisiert (außer mit --frozen); wird die letzte entfernt, ergibt das eine leere Lock-Datei und eine leere Umgebung. Schlagen Festschreiben oder Synchronisieren fehl, werden pyproject.toml und pylock.toml wiederhergestellt, wie sie waren.</translation>
    </message>
    <message>
        <source>Package names</source>
        <translation>Paketnamen</translation>
    </message>
    <message>
        <source>PKG...</source>
        <translation>PKG...</translation>
    </message>
    <message>
        <source>Remove from this extra</source>
        <translation>Aus diesem Extra entfernen</translation>
    </message>
    <message>
        <source>Remove from this dependency group</source>
        <translation>Aus dieser Abhängigkeitsgruppe entfernen</translation>
    </message>
    <message>
        <source>name at least one package</source>
        <translation>geben Sie mindestens ein Paket an</translation>
    </message>
    <message>
        <source>Add a package index to [[tool.uv.index]].</source>
        <translation>Fügt einen Paketindex zu [[tool.uv.index]] hinzu.</translation>
    </message>
    <message>
        <source>The index name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>Der Indexname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>The simple API root, or a folder</source>
        <translation>Die Wurzel der Simple API oder ein Ordner</translation>
    </message>
    <message>
        <source>Use it instead of PyPI as the default index</source>
        <translation>Ihn anstelle von PyPI als Standardindex verwenden</translation>
    </message>
    <message>
        <source>Use it only for packages pinned to it</source>
        <translation>Ihn nur für an ihn gepinnte Pakete verwenden</translation>
    </message>
    <message>
        <source>simple (default) or flat</source>
        <translation>simple (Standard) oder flat</translation>
    </message>
    <message>
        <source>expected NAME and URL</source>
        <translation>NAME und URL erwartet</translation>
    </message>
    <message>
        <source>--format is &apos;simple&apos; or &apos;flat&apos;, not &apos;%1&apos;</source>
        <translation>--format ist &apos;simple&apos; oder &apos;flat&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the URL holds credentials, which would be written to pyproject.toml; nothing was written</source>
        <translation>die URL enthält Zugangsdaten, die in pyproject.toml geschrieben würden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>add the index without them, then store them in the keychain: envdesk-cli auth set %1 --username USER (the secret is read from stdin)</source>
        <translation>fügen Sie den Index ohne sie hinzu und speichern Sie sie dann im Schlüsselbund: envdesk-cli auth set %1 --username USER (das Geheimnis wird von stdin gelesen)</translation>
    </message>
    <message>
        <source>Added index &apos;%1&apos; to %2</source>
        <translation>Index &apos;%1&apos; zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Remove a package index from [[tool.uv.index]].</source>
        <translation>Entfernt einen Paketindex aus [[tool.uv.index]].</translation>
    </message>
    <message>
        <source>The index name</source>
        <translation>Der Indexname</translation>
    </message>
    <message>
        <source>expected NAME</source>
        <translation>NAME erwartet</translation>
    </message>
    <message>
        <source>Removed index &apos;%1&apos;</source>
        <translation>Index &apos;%1&apos; entfernt</translation>
    </message>
    <message>
        <source>Usage: envdesk-cli index add NAME URL [--default] [--explicit] [--format flat] [--project DIR]</source>
        <translation>Aufruf: envdesk-cli index add NAME URL [--default] [--explicit] [--format flat] [--project DIR]</translation>
    </message>
    <message>
        <source>       envdesk-cli index remove NAME [--project DIR]</source>
        <translation>       envdesk-cli index remove NAME [--project DIR]</translation>
    </message>
    <message>
        <source>       envdesk-cli index list-files PROJECT [--project DIR] [--index-url URL] [--format text|json]</source>
        <translation>       envdesk-cli index list-files PROJECT [--project DIR] [--index-url URL] [--format text|json]</translation>
    </message>
    <message>
        <source>       envdesk-cli index list-projects [--project DIR] [--index-url URL] [--format text|json]</source>
        <translation>       envdesk-cli index list-projects [--project DIR] [--index-url URL] [--format text|json]</translation>
    </message>
    <message>
        <source>       envdesk-cli index test NAME_OR_URL [--project DIR] [--format text|json]</source>
        <translation>       envdesk-cli index test NAME_OR_URL [--project DIR] [--format text|json]</translation>
    </message>
    <message>
        <source>Usage: envdesk-cli python list [--format text|json] [--no-cache]</source>
        <translation>Aufruf: envdesk-cli python list [--format text|json] [--no-cache]</translation>
    </message>
    <message>
        <source>List the Python interpreters on this machine (PATH, pyenv, /usr/bin, /usr/local/bin, uv, conda), newest first, with where each was found.</source>
        <translation>Listet die Python-Interpreter auf diesem Rechner auf (PATH, pyenv, /usr/bin, /usr/local/bin, uv, conda), die neuesten zuerst, jeweils mit dem Fundort.</translation>
    </message>
    <message>
        <source>Probe every interpreter again</source>
        <translation>Jeden Interpreter erneut prüfen</translation>
    </message>
    <message>
        <source>no Python interpreter found</source>
        <translation>kein Python-Interpreter gefunden</translation>
    </message>
    <message>
        <source>Create a virtual environment (default: .venv beside the project&apos;s pyproject.toml, or in the current folder).</source>
        <translation>Erstellt eine virtuelle Umgebung (Standard: .venv neben der pyproject.toml des Projekts oder im aktuellen Ordner).</translation>
    </message>
    <message>
        <source>Where to create it</source>
        <translation>Wo sie erstellt werden soll</translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation>[PATH]</translation>
    </message>
    <message>
        <source>The interpreter: a path, or a version (3.12) picked from the ones found; default: the newest that the project&apos;s requires-python admits</source>
        <translation>Der Interpreter: ein Pfad oder eine Version (3.12), ausgewählt aus den gefundenen; Standard: der neueste, den requires-python des Projekts zulässt</translation>
    </message>
    <message>
        <source>PYTHON</source>
        <translation>PYTHON</translation>
    </message>
    <message>
        <source>The name the activation scripts show</source>
        <translation>Der Name, den die Aktivierungsskripte anzeigen</translation>
    </message>
    <message>
        <source>Replace an existing virtual environment there</source>
        <translation>Eine dort vorhandene virtuelle Umgebung ersetzen</translation>
    </message>
    <message>
        <source>Also see the base interpreter&apos;s packages</source>
        <translation>Auch die Pakete des Basis-Interpreters sehen</translation>
    </message>
    <message>
        <source>Install pip into it, from the project&apos;s indexes (or --index-url), as install does</source>
        <translation>pip aus den Indizes des Projekts (oder --index-url) hineininstallieren, wie install es tut</translation>
    </message>
    <message>
        <source>With --seed: the default index</source>
        <translation>Mit --seed: der Standardindex</translation>
    </message>
    <message>
        <source>the requested interpreter is Python %1 (%2), which the project&apos;s requires-python &apos;%3&apos; (%4) does not admit</source>
        <translation>der angeforderte Interpreter ist Python %1 (%2), das requires-python &apos;%3&apos; des Projekts (%4) nicht zulässt</translation>
    </message>
    <message>
        <source>Created %1 with %2 %3 (%4)</source>
        <translation>%1 mit %2 %3 (%4) erstellt</translation>
    </message>
    <message>
        <source>Activate it with: source %1/bin/activate</source>
        <translation>Aktivieren Sie sie mit: source %1/bin/activate</translation>
    </message>
    <message>
        <source>%1 was created, but pip could not be installed into it (see above); envdesk-cli install pip --venv %1 tries again</source>
        <translation>%1 wurde erstellt, aber pip konnte nicht hineininstalliert werden (siehe oben); envdesk-cli install pip --venv %1 versucht es erneut</translation>
    </message>
    <message>
        <source>Resolve for this Python (X.Y or X.Y.Z)</source>
        <translation>Für diese Python-Version auflösen (X.Y oder X.Y.Z)</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Resolve for this platform: linux, macos, windows, x86_64-manylinux_2_28, aarch64-apple-darwin, ... (with --python-version&apos;s Python, else the interpreter&apos;s version; default: the interpreter&apos;s own platform, or linux with --python-version)</source>
        <translation>Für diese Plattform auflösen: linux, macos, windows, x86_64-manylinux_2_28, aarch64-apple-darwin, ... (mit der Python-Version von --python-version, sonst der des Interpreters; Standard: die eigene Plattform des Interpreters, oder linux mit --python-version)</translation>
    </message>
    <message>
        <source>Resolve for this interpreter (probed)</source>
        <translation>Für diesen Interpreter auflösen (wird abgefragt)</translation>
    </message>
    <message>
        <source>disallow, allow, if-necessary, explicit, if-necessary-or-explicit (default: the settings&apos;, else if-necessary-or-explicit)</source>
        <translation>disallow, allow, if-necessary, explicit, if-necessary-or-explicit (Standard: der Wert aus den Einstellungen, sonst if-necessary-or-explicit)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>highest (default), lowest or lowest-direct</source>
        <translation>highest (Standard), lowest oder lowest-direct</translation>
    </message>
    <message>
        <source>Ignore files uploaded after this date (2024-05-01 or 2024-05-01T12:00:00Z)</source>
        <translation>Dateien ignorieren, die nach diesem Datum hochgeladen wurden (2024-05-01 oder 2024-05-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Do not use wheels of this package (:all: for every one)</source>
        <translation>Keine Wheels dieses Pakets verwenden (:all: für alle)</translation>
    </message>
    <message>
        <source>Do not use sdists of this package (:all: for every one)</source>
        <translation>Keine Sdists dieses Pakets verwenden (:all: für alle)</translation>
    </message>
    <message>
        <source>Never build this package from source: its sdists are not used (:all: for every one)</source>
        <translation>Dieses Paket nie aus dem Quellcode bauen: seine Sdists werden nicht verwendet (:all: für alle)</translation>
    </message>
    <message>
        <source>Resolve for every environment the project&apos;s requires-python allows (else every Python from the target&apos;s X.Y up), on every platform; each package says where it applies</source>
        <translation>Für jede Umgebung auflösen, die requires-python des Projekts zulässt (sonst jedes Python ab X.Y des Ziels), auf jeder Plattform; jedes Paket sagt, wo es gilt</translation>
    </message>
    <message>
        <source>Revalidate every cached page</source>
        <translation>Jede zwischengespeicherte Seite erneut validieren</translation>
    </message>
    <message>
        <source>Use the cache only</source>
        <translation>Nur den Cache verwenden</translation>
    </message>
    <message>
        <source>Show every index query on stderr</source>
        <translation>Jede Indexabfrage auf stderr zeigen</translation>
    </message>
    <message>
        <source>--python-platform: %1 (%2)</source>
        <translation>--python-platform: %1 (%2)</translation>
    </message>
    <message>
        <source>--python-platform cannot be combined with --universal, which resolves for every platform</source>
        <translation>--python-platform kann nicht mit --universal kombiniert werden, das für jede Plattform auflöst</translation>
    </message>
    <message>
        <source>--python-platform %1 needs a Python version, and there is no python3 on PATH to take it from</source>
        <translation>--python-platform %1 braucht eine Python-Version, und es gibt kein python3 im PATH, von dem sie genommen werden könnte</translation>
    </message>
    <message>
        <source>give --python-version X.Y, or --python PATH</source>
        <translation>geben Sie --python-version X.Y oder --python PATH an</translation>
    </message>
    <message>
        <source>No solution for Python %1 (%2):</source>
        <translation>Keine Lösung für Python %1 (%2):</translation>
    </message>
    <message>
        <source>Resolve requirements against the configured indexes and print the versions chosen. Exit code 0: resolved; 1: no solution (the explanation is on stderr); 2: usage, configuration or network errors.</source>
        <translation>Löst Anforderungen gegen die konfigurierten Indizes auf und gibt die gewählten Versionen aus. Exit-Code 0: aufgelöst; 1: keine Lösung (die Erklärung steht auf stderr); 2: Fehler bei Verwendung, Konfiguration oder Netzwerk.</translation>
    </message>
    <message>
        <source>Requirements (default: the project&apos;s dependencies)</source>
        <translation>Anforderungen (Standard: die Abhängigkeiten des Projekts)</translation>
    </message>
    <message>
        <source>[REQ...]</source>
        <translation>[REQ...]</translation>
    </message>
    <message>
        <source>Read requirements (and index options) from a requirements file</source>
        <translation>Anforderungen (und Index-Optionen) aus einer Anforderungsdatei lesen</translation>
    </message>
    <message>
        <source>nothing to resolve: give requirements, -r FILE, or a project with dependencies</source>
        <translation>nichts aufzulösen: geben Sie Anforderungen, -r FILE oder ein Projekt mit Abhängigkeiten an</translation>
    </message>
    <message>
        <source>Resolved %1 packages for Python %2 (%3) in %4 s: %5 decisions, %6 conflicts, %7 metadata files</source>
        <translation>%1 Pakete für Python %2 (%3) in %4 s aufgelöst: %5 Entscheidungen, %6 Konflikte, %7 Metadatendateien</translation>
    </message>
    <message>
        <source>The environments were solved in %1 parts (-v says why).</source>
        <translation>Die Umgebungen wurden in %1 Teilen aufgelöst (-v sagt, warum).</translation>
    </message>
    <message>
        <source>Sync the project&apos;s environment (.venv beside pyproject.toml), then run COMMAND in it: its bin folder first on PATH, VIRTUAL_ENV set, and the project&apos;s indexes reachable the way uv and pip look for them: UV_INDEX_&lt;NAME&gt;_USERNAME / _PASSWORD for every index with credentials (from the keychain, .netrc, variables or a credential command), PIP_INDEX_URL (the default index) and PIP_EXTRA_INDEX_URL (the others in the project&apos;s order, explicit ones left out) with their credentials, one CA bundle of the machine&apos;s and the indexes&apos; CAs in SSL_CERT_FILE, REQUESTS_CA_BUNDLE and PIP_CERT, and an index&apos;s client certificate in SSL_CLIENT_CERT and PIP_CLIENT_CERT. Secrets go into COMMAND&apos;s environment only: never into a file or an argument. The exit code is COMMAND&apos;s.</source>
        <translation>Synchronisiert die Umgebung des Projekts (.venv neben pyproject.toml) und führt dann BEFEHL darin aus: ihr bin-Ordner zuerst in PATH, VIRTUAL_ENV gesetzt, und die Indizes des Projekts so erreichbar, wie uv und pip sie suchen: UV_INDEX_&lt;NAME&gt;_USERNAME / _PASSWORD für jeden Index mit Zugangsdaten (aus dem Schlüsselbund, .netrc, Variablen oder einem credential-command), PIP_INDEX_URL (der Standardindex) und PIP_EXTRA_INDEX_URL (die übrigen in der Reihenfolge des Projekts, explizite ausgenommen) mit ihren Zugangsdaten, ein CA-Bündel aus den CAs des Rechners und der Indizes in SSL_CERT_FILE, REQUESTS_CA_BUNDLE und PIP_CERT, und das Client-Zertifikat eines Index in SSL_CLIENT_CERT und PIP_CLIENT_CERT. Geheimnisse gelangen nur in die Umgebung von BEFEHL: nie in eine Datei oder ein Argument. Der Exit-Code ist der von BEFEHL.</translation>
    </message>
    <message>
        <source>Ends envdesk&apos;s options</source>
        <translation>Beendet die Optionen von envdesk</translation>
    </message>
    <message>
        <source>The program to run, and its arguments</source>
        <translation>Das auszuführende Programm und seine Argumente</translation>
    </message>
    <message>
        <source>Run without syncing first</source>
        <translation>Ohne vorherige Synchronisierung ausführen</translation>
    </message>
    <message>
        <source>Fail instead of locking when the lock does not match the project</source>
        <translation>Fehlschlagen statt zu sperren, wenn die Sperrdatei nicht zum Projekt passt</translation>
    </message>
    <message>
        <source>usage: envdesk-cli run [--project DIR] [--no-sync] [--frozen | --locked] -- COMMAND [ARGS...]</source>
        <translation>Aufruf: envdesk-cli run [--project DIR] [--no-sync] [--frozen | --locked] -- BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>no pyproject.toml here or above: give --project DIR</source>
        <translation>keine pyproject.toml hier oder darüber: geben Sie --project DIR an</translation>
    </message>
    <message>
        <source>%1 is not a virtual environment: run envdesk-cli sync first</source>
        <translation>%1 ist keine virtuelle Umgebung: führen Sie zuerst envdesk-cli sync aus</translation>
    </message>
    <message>
        <source>the client certificate of index %1 (%2) is not passed on: SSL_CLIENT_CERT takes one PEM file with the certificate and an unencrypted key</source>
        <translation>das Client-Zertifikat von Index %1 (%2) wird nicht weitergegeben: SSL_CLIENT_CERT nimmt eine PEM-Datei mit dem Zertifikat und einem unverschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Write the project&apos;s pylock.toml as a requirements file for tools that need one: every locked package pinned with ==, its marker, and --hash lines for every file the lock lists (pip&apos;s --require-hashes mode); folders as paths (-e when editable), git checkouts as NAME @ git+URL@COMMIT, direct files as NAME @ URL. No credentials are ever written.</source>
        <translation>Schreibt die pylock.toml des Projekts als Requirements-Datei für Werkzeuge, die eine brauchen: jedes gesperrte Paket mit == gepinnt, sein Marker und --hash-Zeilen für jede Datei der Sperrdatei (pips --require-hashes-Modus); Ordner als Pfade (-e wenn editierbar), Git-Checkouts als NAME @ git+URL@COMMIT, direkte Dateien als NAME @ URL. Zugangsdaten werden nie geschrieben.</translation>
    </message>
    <message>
        <source>The lock file (default: pylock.toml beside the project)</source>
        <translation>Die Sperrdatei (Standard: pylock.toml neben dem Projekt)</translation>
    </message>
    <message>
        <source>The format: requirements-txt (the only one)</source>
        <translation>Das Format: requirements-txt (das einzige)</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output</source>
        <translation>In DATEI schreiben (atomar) statt auf die Standardausgabe</translation>
    </message>
    <message>
        <source>Leave the --hash lines out</source>
        <translation>Die --hash-Zeilen weglassen</translation>
    </message>
    <message>
        <source>Start with --index-url / --extra-index-url lines for the project&apos;s indexes (without credentials)</source>
        <translation>Mit --index-url- / --extra-index-url-Zeilen für die Indizes des Projekts beginnen (ohne Zugangsdaten)</translation>
    </message>
    <message>
        <source>Include this dependency group too (repeatable)</source>
        <translation>Diese Abhängigkeitsgruppe auch aufnehmen (wiederholbar)</translation>
    </message>
    <message>
        <source>Include every dependency group</source>
        <translation>Jede Abhängigkeitsgruppe aufnehmen</translation>
    </message>
    <message>
        <source>Leave the default groups out</source>
        <translation>Die Standardgruppen weglassen</translation>
    </message>
    <message>
        <source>Include this extra&apos;s packages too (repeatable)</source>
        <translation>Die Pakete dieses Extras auch aufnehmen (wiederholbar)</translation>
    </message>
    <message>
        <source>Include every extra&apos;s packages</source>
        <translation>Die Pakete jedes Extras aufnehmen</translation>
    </message>
    <message>
        <source>--format takes requirements-txt, not &apos;%1&apos;</source>
        <translation>--format nimmt requirements-txt, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source># Exported by envdesk-cli from %1; edit the project, not this file.</source>
        <translation># Von envdesk-cli aus %1 exportiert; bearbeiten Sie das Projekt, nicht diese Datei.</translation>
    </message>
    <message>
        <source>Print the effective settings of a project and where each value comes from: built-in defaults, the user&apos;s uv.toml, the project&apos;s uv.toml or [tool.uv], pip&apos;s variables, uv&apos;s variables and the command line (lowest precedence first). Secrets are never shown.</source>
        <translation>Gibt die wirksamen Einstellungen eines Projekts aus und woher jeder Wert stammt: eingebaute Standardwerte, die uv.toml des Benutzers, die uv.toml oder [tool.uv] des Projekts, die Variablen von pip, die Variablen von uv und die Befehlszeile (niedrigste Priorität zuerst). Geheimnisse werden nie angezeigt.</translation>
    </message>
    <message>
        <source>An extra index, as a command line would give it (URL or NAME=URL)</source>
        <translation>Ein zusätzlicher Index, wie ihn eine Befehlszeile angeben würde (URL oder NAME=URL)</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>The default index (legacy form)</source>
        <translation>Der Standardindex (alte Form)</translation>
    </message>
    <message>
        <source>An extra index (legacy form)</source>
        <translation>Ein zusätzlicher Index (alte Form)</translation>
    </message>
    <message>
        <source>STRATEGY</source>
        <translation>STRATEGY</translation>
    </message>
    <message>
        <source>A host whose TLS is not verified</source>
        <translation>Ein Host, dessen TLS nicht überprüft wird</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Ignore pip&apos;s variables (PIP_INDEX_URL, PIP_CERT, ...)</source>
        <translation>Die Variablen von pip ignorieren (PIP_INDEX_URL, PIP_CERT, ...)</translation>
    </message>
    <message>
        <source>The user-level uv.toml (default: $XDG_CONFIG_HOME/uv/uv.toml)</source>
        <translation>Die uv.toml auf Benutzerebene (Standard: $XDG_CONFIG_HOME/uv/uv.toml)</translation>
    </message>
    <message>
        <source>envdesk-cli settings: unexpected argument &apos;%1&apos;</source>
        <translation>envdesk-cli settings: unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>envdesk-cli settings: --format is &apos;text&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
        <translation>envdesk-cli settings: --format ist &apos;text&apos; oder &apos;json&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Bring an existing pip or pipenv setup into the project&apos;s pyproject.toml: indexes, trusted hosts, find-links and certificates from pip.conf / pip.ini; sources, packages and index pins from a Pipfile; options and requirements from a requirements file. Credentials in URLs are never copied; trusted hosts and verify_ssl = false become insecure hosts, with a warning.</source>
        <translation>Übernimmt eine bestehende pip- oder pipenv-Konfiguration in die pyproject.toml des Projekts: Indizes, vertrauenswürdige Hosts, find-links und Zertifikate aus pip.conf / pip.ini; Quellen, Pakete und Index-Pins aus einer Pipfile; Optionen und Anforderungen aus einer Anforderungsdatei. Zugangsdaten in URLs werden nie übernommen; vertrauenswürdige Hosts und verify_ssl = false werden mit einer Warnung zu unsicheren Hosts.</translation>
    </message>
    <message>
        <source>The project folder (default: the nearest folder upwards that has a pyproject.toml; created with a minimal [project] table when there is none)</source>
        <translation>Der Projektordner (Standard: der nächste übergeordnete Ordner mit einer pyproject.toml; wird mit einer minimalen [project]-Tabelle erstellt, wenn es keine gibt)</translation>
    </message>
    <message>
        <source>Show what would change, write nothing</source>
        <translation>Anzeigen, was sich ändern würde, nichts schreiben</translation>
    </message>
    <message>
        <source>pip.conf, pip.ini, Pipfile, or a requirements file</source>
        <translation>pip.conf, pip.ini, Pipfile oder eine Anforderungsdatei</translation>
    </message>
    <message>
        <source>envdesk-cli import: give exactly one FILE to import (see --help)</source>
        <translation>envdesk-cli import: geben Sie genau eine zu importierende FILE an (siehe --help)</translation>
    </message>
    <message>
        <source>no pyproject.toml: creating %1</source>
        <translation>keine pyproject.toml: %1 wird erstellt</translation>
    </message>
    <message>
        <source>dry run: %1 was not changed</source>
        <translation>Probelauf: %1 wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::ConnectionDoctor</name>
    <message>
        <source>none: connecting directly</source>
        <translation>keiner: direkte Verbindung</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>den Einstellungen</translation>
    </message>
    <message>
        <source>%1 is an address, no lookup needed</source>
        <translation>%1 ist eine Adresse, keine Namensauflösung nötig</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve, so envdesk cannot reach the index at all.</source>
        <translation>Der Hostname %1 lässt sich nicht auflösen, daher kann envdesk den Index überhaupt nicht erreichen.</translation>
    </message>
    <message>
        <source>check the index URL for typos; if the index is only reachable inside the company network, connect to the VPN first</source>
        <translation>prüfen Sie die Index-URL auf Tippfehler; ist der Index nur im Firmennetz erreichbar, verbinden Sie sich zuerst mit dem VPN</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) %3, so no request can get through it.</source>
        <translation>Der Proxy %1 (aus %2) %3, daher kommt keine Anfrage durch ihn hindurch.</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>refused the connection</source>
        <translation>hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>fix %1, or add %2 to NO_PROXY if the index is reached directly</source>
        <translation>korrigieren Sie %1, oder fügen Sie %2 zu NO_PROXY hinzu, wenn der Index direkt erreicht wird</translation>
    </message>
    <message>
        <source>the proxy setting</source>
        <translation>die Proxy-Einstellung</translation>
    </message>
    <message>
        <source>Nothing answered at %1 within %2 seconds: a firewall drops the connection, or this network needs a proxy to reach it.</source>
        <translation>Unter %1 hat innerhalb von %2 Sekunden nichts geantwortet: Eine Firewall verwirft die Verbindung, oder dieses Netzwerk benötigt einen Proxy, um den Host zu erreichen.</translation>
    </message>
    <message>
        <source>set HTTPS_PROXY if your company uses a proxy, or ask the network team whether %1 is reachable from here</source>
        <translation>setzen Sie HTTPS_PROXY, wenn Ihr Unternehmen einen Proxy verwendet, oder fragen Sie das Netzwerkteam, ob %1 von hier aus erreichbar ist</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: nothing listens there. The index is down, or the port in the URL is wrong.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt: Dort lauscht nichts. Der Index ist ausgefallen, oder der Port in der URL ist falsch.</translation>
    </message>
    <message>
        <source>check the port in the index URL; if it is right, the index server is not running</source>
        <translation>prüfen Sie den Port in der Index-URL; ist er richtig, läuft der Index-Server nicht</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>checked through the proxy by the HTTP stage</source>
        <translation>von der HTTP-Phase über den Proxy geprüft</translation>
    </message>
    <message>
        <source>plain HTTP: nothing is encrypted</source>
        <translation>reines HTTP: nichts ist verschlüsselt</translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos;, issued by &apos;%2&apos;, valid %3 to %4</source>
        <translation>Zertifikat &apos;%1&apos;, ausgestellt von &apos;%2&apos;, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>protocol %1, cipher %2</source>
        <translation>Protokoll %1, Chiffre %2</translation>
    </message>
    <message>
        <source>client certificate offered: %1</source>
        <translation>Client-Zertifikat angeboten: %1</translation>
    </message>
    <message>
        <source>verification is OFF for this host (allow-insecure-host)%1</source>
        <translation>Überprüfung ist für diesen Host AUS (allow-insecure-host)%1</translation>
    </message>
    <message>
        <source>%1 without verification</source>
        <translation>%1 ohne Überprüfung</translation>
    </message>
    <message>
        <source>%1, certificate verified</source>
        <translation>%1, Zertifikat überprüft</translation>
    </message>
    <message>
        <source>no TLS answer within the time allowed</source>
        <translation>keine TLS-Antwort innerhalb der erlaubten Zeit</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the server wants credentials (%1) and none were found</source>
        <translation>der Server verlangt Zugangsdaten (%1), und es wurden keine gefunden</translation>
    </message>
    <message>
        <source>looked in: the index URL, %1_USERNAME / _PASSWORD, .netrc, the keychain</source>
        <translation>gesucht in: der Index-URL, %1_USERNAME / _PASSWORD, .netrc, dem Schlüsselbund</translation>
    </message>
    <message>
        <source>The index answered %1: it needs credentials, and envdesk found none for it.</source>
        <translation>Der Index antwortete mit %1: Er benötigt Zugangsdaten, und envdesk hat keine dafür gefunden.</translation>
    </message>
    <message>
        <source>set them in the keychain (envdesk-cli auth set %1), or in %2_USERNAME and %2_PASSWORD</source>
        <translation>legen Sie sie im Schlüsselbund ab (envdesk-cli auth set %1) oder in %2_USERNAME und %2_PASSWORD</translation>
    </message>
    <message>
        <source>the server rejected the credentials from %1 (%2)</source>
        <translation>der Server hat die Zugangsdaten aus %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>The server rejected the credentials from %1 (%2).</source>
        <translation>Der Server hat die Zugangsdaten aus %1 abgelehnt (%2).</translation>
    </message>
    <message>
        <source>the account may lack read permission on this repository, or the token expired: ask for access or renew the token, then update %1; or the URL is not the index&apos;s simple API root (it usually ends in /simple/), and the server forbids listing what is there</source>
        <translation>dem Konto fehlt möglicherweise die Leseberechtigung für dieses Repository, oder das Token ist abgelaufen: Beantragen Sie Zugriff oder erneuern Sie das Token und aktualisieren Sie es dann in %1; oder die URL ist nicht die Wurzel der Simple API des Index (sie endet meist auf /simple/), und der Server verbietet, deren Inhalt aufzulisten</translation>
    </message>
    <message>
        <source>the user name or token is wrong or expired: renew it and update %1</source>
        <translation>Benutzername oder Token ist falsch oder abgelaufen: Erneuern Sie ihn und aktualisieren Sie ihn in %1</translation>
    </message>
    <message>
        <source>the server requires a client certificate</source>
        <translation>der Server verlangt ein Client-Zertifikat</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was sent.</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und es wurde keines gesendet.</translation>
    </message>
    <message>
        <source>set your client certificate under Certificates (SSL_CLIENT_CERT, or client-cert for this index)</source>
        <translation>legen Sie Ihr Client-Zertifikat unter Zertifikate fest (SSL_CLIENT_CERT oder client-cert für diesen Index)</translation>
    </message>
    <message>
        <source>accepted the credentials from %1</source>
        <translation>Zugangsdaten aus %1 akzeptiert</translation>
    </message>
    <message>
        <source>no credentials needed</source>
        <translation>keine Zugangsdaten nötig</translation>
    </message>
    <message>
        <source>404 at the index root</source>
        <translation>404 an der Index-Wurzel</translation>
    </message>
    <message>
        <source>The server answers, but %1 is not a package index root (404).</source>
        <translation>Der Server antwortet, aber %1 ist keine Paketindex-Wurzel (404).</translation>
    </message>
    <message>
        <source>check the URL: most index URLs end in /simple (Nexus: /repository/NAME/simple, Artifactory: /api/pypi/NAME/simple)</source>
        <translation>prüfen Sie die URL: Die meisten Index-URLs enden auf /simple (Nexus: /repository/NAME/simple, Artifactory: /api/pypi/NAME/simple)</translation>
    </message>
    <message>
        <source>The index answered HTTP %1.</source>
        <translation>Der Index antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>the server is failing; try again later or ask its owners</source>
        <translation>der Server hat Störungen; versuchen Sie es später erneut oder wenden Sie sich an seine Betreiber</translation>
    </message>
    <message>
        <source>%1, %2 projects listed</source>
        <translation>%1, %2 Projekte aufgelistet</translation>
    </message>
    <message>
        <source>PEP 691 JSON</source>
        <translation>PEP 691 JSON</translation>
    </message>
    <message>
        <source>PEP 503 HTML</source>
        <translation>PEP 503 HTML</translation>
    </message>
    <message>
        <source>The index works: envdesk can reach it%1 and read its project list.</source>
        <translation>Der Index funktioniert: envdesk kann ihn%1 erreichen und seine Projektliste lesen.</translation>
    </message>
    <message>
        <source> with the credentials from %1</source>
        <translation> mit den Zugangsdaten aus %1</translation>
    </message>
    <message>
        <source> TLS verification is off for this host (allow-insecure-host).</source>
        <translation> Die TLS-Überprüfung ist für diesen Host ausgeschaltet (allow-insecure-host).</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>names in the certificate: %1; host asked for: %2</source>
        <translation>Namen im Zertifikat: %1; angefragter Host: %2</translation>
    </message>
    <message>
        <source>the certificate names %1 only in its common name, a form RFC 6125 and the CA/Browser Forum retired: ask the server&apos;s owners for a certificate with a subjectAltName</source>
        <translation>das Zertifikat nennt %1 nur im Common Name, einer Form, die RFC 6125 und das CA/Browser Forum abgeschafft haben: bitten Sie die Betreiber des Servers um ein Zertifikat mit subjectAltName</translation>
    </message>
    <message>
        <source>%1, certificate verified through its common name (obsolete)</source>
        <translation>%1, Zertifikat über seinen Common Name geprüft (veraltet)</translation>
    </message>
    <message>
        <source>without credentials: HTTP %1</source>
        <translation>ohne Zugangsdaten: HTTP %1</translation>
    </message>
    <message>
        <source>the token was refused (this server answers 404 for a bad token)</source>
        <translation>das Token wurde abgelehnt (dieser Server antwortet auf ein ungültiges Token mit 404)</translation>
    </message>
    <message>
        <source>without credentials: HTTP %1; with the credentials from %2: HTTP 404</source>
        <translation>ohne Zugangsdaten: HTTP %1; mit den Zugangsdaten aus %2: HTTP 404</translation>
    </message>
    <message>
        <source>The token was refused (this server answers 404 for a bad token): the index root asks for credentials, and answers 404 to the credentials from %1.</source>
        <translation>Das Token wurde abgelehnt (dieser Server antwortet auf ein ungültiges Token mit 404): die Wurzel des Index verlangt Zugangsdaten und antwortet auf die Zugangsdaten aus %1 mit 404.</translation>
    </message>
    <message>
        <source>renew the token and update %1 (for AWS CodeArtifact: aws codeartifact get-authorization-token; a credential-command keeps it fresh)</source>
        <translation>erneuern Sie das Token und aktualisieren Sie %1 (für AWS CodeArtifact: aws codeartifact get-authorization-token; ein credential-command hält es aktuell)</translation>
    </message>
    <message>
        <source>404 at the index root, with and without credentials</source>
        <translation>404 an der Wurzel des Index, mit und ohne Zugangsdaten</translation>
    </message>
    <message>
        <source>%1 answers 404 with and without the credentials from %2: either it is not a package index root, or the server refuses the credentials and hides the index (GitLab answers 404 for both).</source>
        <translation>%1 antwortet mit und ohne die Zugangsdaten aus %2 mit 404: entweder ist es keine Wurzel eines Paketindex, oder der Server lehnt die Zugangsdaten ab und verbirgt den Index (GitLab antwortet in beiden Fällen mit 404).</translation>
    </message>
    <message>
        <source>check the URL (GitLab: /api/v4/projects/ID/packages/pypi/simple), then the token and its read_api or read_package_registry scope, and update %1</source>
        <translation>prüfen Sie die URL (GitLab: /api/v4/projects/ID/packages/pypi/simple), dann das Token und seinen Geltungsbereich read_api oder read_package_registry, und aktualisieren Sie %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::DirectSource</name>
    <message>
        <source>the folder %1 (editable)</source>
        <translation>der Ordner %1 (editierbar)</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>der Ordner %1</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <source>git %1%2</source>
        <translation>git %1%2</translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1 muss ein Array von Strings sein</translation>
    </message>
    <message>
        <source>[project] dependencies</source>
        <translation>[project] dependencies</translation>
    </message>
    <message>
        <source>[project.optional-dependencies] %1</source>
        <translation>[project.optional-dependencies] %1</translation>
    </message>
    <message>
        <source>%1 has two sources: %2 (%3) and %4 (%5)</source>
        <translation>%1 hat zwei Quellen: %2 (%3) und %4 (%5)</translation>
    </message>
    <message>
        <source>keep one of them</source>
        <translation>behalten Sie eine davon</translation>
    </message>
    <message>
        <source>the requirement %1</source>
        <translation>die Anforderung %1</translation>
    </message>
    <message>
        <source>%1 is the package %2, not %3</source>
        <translation>%1 ist das Paket %2, nicht %3</translation>
    </message>
    <message>
        <source>fix the package name or the source at %1</source>
        <translation>korrigieren Sie den Paketnamen oder die Quelle (%1)</translation>
    </message>
    <message>
        <source>%1 declares %2 at %3, which is not a folder</source>
        <translation>%1 gibt für %2 den Pfad %3 an, der kein Ordner ist</translation>
    </message>
    <message>
        <source>fix the path in [tool.uv.sources]</source>
        <translation>korrigieren Sie den Pfad in [tool.uv.sources]</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 declares %2 at %3, which cannot be read: %4</source>
        <translation>%1 gibt für %2 den Pfad %3 an, der nicht gelesen werden kann: %4</translation>
    </message>
    <message>
        <source>%1 has no .dist-info/METADATA</source>
        <translation>%1 hat keine .dist-info/METADATA</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::DoctorJob</name>
    <message>
        <source>The connection test has not run.</source>
        <translation>Der Verbindungstest ist nicht gelaufen.</translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <source>The connection test of %1 was cancelled.</source>
        <translation>Der Verbindungstest von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 has no index named &apos;%2&apos;</source>
        <translation>%1 hat keinen Index namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an index URL</source>
        <translation>&apos;%1&apos; ist keine Index-URL</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Git</name>
    <message>
        <source>the git URL %1 carries a password, which envdesk never passes to a program</source>
        <translation>die git-URL %1 enthält ein Passwort, das envdesk nie an ein Programm übergibt</translation>
    </message>
    <message>
        <source>remove it from the URL and let git&apos;s credential helper hold it (git config credential.helper)</source>
        <translation>entfernen Sie es aus der URL und überlassen Sie es gits Credential-Helper (git config credential.helper)</translation>
    </message>
    <message>
        <source>%1 is a git source, and git is not installed</source>
        <translation>%1 ist eine git-Quelle, und git ist nicht installiert</translation>
    </message>
    <message>
        <source>install git (apt install git)</source>
        <translation>installieren Sie git (apt install git)</translation>
    </message>
    <message>
        <source>there is no cache folder to check %1 out into</source>
        <translation>es gibt keinen Cache-Ordner, in den %1 ausgecheckt werden kann</translation>
    </message>
    <message>
        <source>cancelled while git was %1</source>
        <translation>abgebrochen, während git %1</translation>
    </message>
    <message>
        <source>git failed %1 for %2%3: %4</source>
        <translation>git ist beim %1 von %2%3 gescheitert: %4</translation>
    </message>
    <message>
        <source>check the URL and the revision; git takes credentials from its credential helper or ssh keys, and envdesk does not let it prompt</source>
        <translation>prüfen Sie URL und Revision; git nimmt Zugangsdaten aus seinem Credential-Helper oder aus ssh-Schlüsseln, und envdesk lässt es nicht nachfragen</translation>
    </message>
    <message>
        <source>cloning</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>cannot move the clone of %1 into %2</source>
        <translation>der Klon von %1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>%1 has no branch, tag or commit named %2</source>
        <translation>%1 hat keinen Branch, Tag oder Commit namens %2</translation>
    </message>
    <message>
        <source>check rev, tag or branch in [tool.uv.sources]</source>
        <translation>prüfen Sie rev, tag oder branch in [tool.uv.sources]</translation>
    </message>
    <message>
        <source>checking out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <source>cannot move the checkout of %1 into %2</source>
        <translation>der Checkout von %1 kann nicht nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 sent more than the %2 bytes the index announced; download stopped</source>
        <translation>%1 hat mehr als die %2 Bytes gesendet, die der Index angekündigt hat; Download abgebrochen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the proxy %1 requires authentication (407) for %2</source>
        <translation>der Proxy %1 verlangt eine Authentifizierung (407) für %2</translation>
    </message>
    <message>
        <source>store the proxy&apos;s user name and password in the keychain: envdesk-cli auth set %1 --username USER (the password is read from stdin)</source>
        <translation>speichern Sie Benutzername und Passwort des Proxys im Schlüsselbund: envdesk-cli auth set %1 --username USER (das Passwort wird von stdin gelesen)</translation>
    </message>
    <message>
        <source>the proxy %1 could not be used for %2: %3</source>
        <translation>der Proxy %1 konnte für %2 nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>check HTTPS_PROXY / HTTP_PROXY (or the proxy set for this index); use NO_PROXY for hosts reached directly</source>
        <translation>prüfen Sie HTTPS_PROXY / HTTP_PROXY (oder den für diesen Index gesetzten Proxy); verwenden Sie NO_PROXY für Hosts, die direkt erreicht werden</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (nach %1 Versuchen)</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (last to %2)</source>
        <translation>%1 leitet in einer Schleife um (zuletzt nach %2)</translation>
    </message>
    <message>
        <source>the index is misconfigured; tell its administrators</source>
        <translation>der Index ist falsch konfiguriert; informieren Sie seine Administratoren</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but the index announced %3</source>
        <translation>%1 hat %2 Bytes, aber der Index hat %3 angekündigt</translation>
    </message>
    <message>
        <source>%1 does not match its hash: expected sha256 %2, got %3</source>
        <translation>%1 stimmt nicht mit seinem Hash überein: erwartet sha256 %2, erhalten %3</translation>
    </message>
    <message>
        <source>the file was discarded; if this repeats, the index or a proxy is serving a different file than it lists</source>
        <translation>die Datei wurde verworfen; wiederholt sich das, liefert der Index oder ein Proxy eine andere Datei aus, als er auflistet</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the server, or a proxy in between, does not speak HTTP/1.1 correctly</source>
        <translation>der Server oder ein Proxy dazwischen spricht HTTP/1.1 nicht korrekt</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>body truncated at %1</source>
        <translation>Inhalt abgeschnitten bei %1</translation>
    </message>
    <message>
        <source>%1 timed out after %2, %3 times</source>
        <translation>%1: Zeitüberschreitung nach %2, %3 Mal</translation>
    </message>
    <message>
        <source>%1 ended after %2, %3 times</source>
        <translation>%1 endete nach %2, %3 Mal</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::HttpConnectionPool</name>
    <message>
        <source>the request header %1 contains a line break or a colon</source>
        <translation>der Anfrage-Header %1 enthält einen Zeilenumbruch oder einen Doppelpunkt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Import</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>es gibt keine Datei %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a distribution file, which cannot be installed editable; it was imported as a plain path source</source>
        <translation>&apos;%1&apos; ist eine Distributionsdatei, die nicht editierbar installiert werden kann; sie wurde als einfache Pfadquelle importiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes from %2, which does not exist</source>
        <translation>&apos;%1&apos; stammt aus %2, das nicht existiert</translation>
    </message>
    <message>
        <source>check the path before you lock</source>
        <translation>prüfen Sie den Pfad vor dem Festschreiben (lock)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an editable git checkout; uv installs a git source as a normal package, so editable was dropped</source>
        <translation>&apos;%1&apos; ist ein editierbarer git-Checkout; uv installiert eine git-Quelle als normales Paket, daher wurde editable entfernt</translation>
    </message>
    <message>
        <source>to edit it, clone the repository and make it a path source with editable = true</source>
        <translation>um es zu bearbeiten, klonen Sie das Repository und machen Sie es zu einer Pfadquelle mit editable = true</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes from a %2 repository; [tool.uv.sources] takes git, url and path sources only, so it was not imported</source>
        <translation>&apos;%1&apos; stammt aus einem %2-Repository; [tool.uv.sources] kennt nur git-, url- und path-Quellen, daher wurde es nicht importiert</translation>
    </message>
    <message>
        <source>publish it to one of your indexes, or point a url or path source at a built distribution</source>
        <translation>veröffentlichen Sie es in einem Ihrer Indizes, oder lassen Sie eine url- oder path-Quelle auf eine gebaute Distribution zeigen</translation>
    </message>
    <message>
        <source>%1: certificates of %2 will not be checked (allow-insecure-host)</source>
        <translation>%1: Zertifikate von %2 werden nicht geprüft (allow-insecure-host)</translation>
    </message>
    <message>
        <source>prefer trusting the host&apos;s CA: [tool.envdesk.index.NAME] ca-bundle</source>
        <translation>vertrauen Sie besser der CA des Hosts: [tool.envdesk.index.NAME] ca-bundle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section header</source>
        <translation>&apos;%1&apos; ist kein Abschnittskopf</translation>
    </message>
    <message>
        <source>a section looks like [global]</source>
        <translation>ein Abschnitt sieht aus wie [global]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY = VALUE</source>
        <translation>&apos;%1&apos; hat nicht die Form KEY = VALUE</translation>
    </message>
    <message>
        <source>each line of pip&apos;s configuration is a [section], KEY = VALUE, or an indented continuation</source>
        <translation>jede Zeile der pip-Konfiguration ist eine [section], KEY = VALUE oder eine eingerückte Fortsetzung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes before any [section]</source>
        <translation>&apos;%1&apos; steht vor jeder [section]</translation>
    </message>
    <message>
        <source>put it under [global]</source>
        <translation>setzen Sie es unter [global]</translation>
    </message>
    <message>
        <source>trusted-host</source>
        <translation>trusted-host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not imported (envdesk takes indexes, trusted hosts, find-links and certificates from pip&apos;s configuration)</source>
        <translation>&apos;%1&apos; wird nicht importiert (envdesk übernimmt Indizes, vertrauenswürdige Hosts, find-links und Zertifikate aus der pip-Konfiguration)</translation>
    </message>
    <message>
        <source>[[source]] must be an array of tables</source>
        <translation>[[source]] muss ein Array von Tabellen sein</translation>
    </message>
    <message>
        <source>a [[source]] has no url</source>
        <translation>eine [[source]] hat keine url</translation>
    </message>
    <message>
        <source>add url = &quot;https://host/simple&quot;</source>
        <translation>fügen Sie url = &quot;https://host/simple&quot; hinzu</translation>
    </message>
    <message>
        <source>the URL of &apos;%1&apos; uses environment variables (%2), which uv does not expand</source>
        <translation>die URL von &apos;%1&apos; verwendet Umgebungsvariablen (%2), die uv nicht expandiert</translation>
    </message>
    <message>
        <source>write the URL out and keep secrets in the keychain</source>
        <translation>schreiben Sie die URL aus und bewahren Sie Geheimnisse im Schlüsselbund auf</translation>
    </message>
    <message>
        <source>verify_ssl = false</source>
        <translation>verify_ssl = false</translation>
    </message>
    <message>
        <source>[%1] must be a table</source>
        <translation>[%1] muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in [%2] does not make a valid requirement: %3</source>
        <translation>&apos;%1&apos; in [%2] ergibt keine gültige Anforderung: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names the source &apos;%2&apos;, which the Pipfile does not define</source>
        <translation>&apos;%1&apos; verweist auf die Quelle &apos;%2&apos;, die die Pipfile nicht definiert</translation>
    </message>
    <message>
        <source>[requires] %1 = &quot;%2&quot; is not imported</source>
        <translation>[requires] %1 = &quot;%2&quot; wird nicht importiert</translation>
    </message>
    <message>
        <source>set requires-python in [project], e.g. &quot;&gt;=%1&quot;</source>
        <translation>setzen Sie requires-python in [project], z. B. &quot;&gt;=%1&quot;</translation>
    </message>
    <message>
        <source>there is no folder %1 (from &apos;%2&apos;); not imported</source>
        <translation>es gibt keinen Ordner %1 (aus &apos;%2&apos;); nicht importiert</translation>
    </message>
    <message>
        <source>paths are read relative to the requirements file&apos;s folder</source>
        <translation>Pfade werden relativ zum Ordner der Anforderungsdatei gelesen</translation>
    </message>
    <message>
        <source>cannot tell which package &apos;%1&apos; is without building it; not imported</source>
        <translation>ohne es zu bauen, lässt sich nicht sagen, welches Paket &apos;%1&apos; ist; nicht importiert</translation>
    </message>
    <message>
        <source>write it as &apos;NAME @ %1&apos; or add #egg=NAME</source>
        <translation>schreiben Sie es als &apos;NAME @ %1&apos; oder fügen Sie #egg=NAME hinzu</translation>
    </message>
    <message>
        <source>give the folder a pyproject.toml with [project] name, or add #egg=NAME</source>
        <translation>geben Sie dem Ordner eine pyproject.toml mit [project] name, oder fügen Sie #egg=NAME hinzu</translation>
    </message>
    <message>
        <source>requirements files include each other too deeply</source>
        <translation>Anforderungsdateien binden einander zu tief ein</translation>
    </message>
    <message>
        <source>--trusted-host</source>
        <translation>--trusted-host</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is not imported</source>
        <translation>die Option &apos;%1&apos; wird nicht importiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid requirement: %2</source>
        <translation>&apos;%1&apos; ist keine gültige Anforderung: %2</translation>
    </message>
    <message>
        <source>cannot tell what %1 is</source>
        <translation>es lässt sich nicht erkennen, was %1 ist</translation>
    </message>
    <message>
        <source>import reads pip.conf / pip.ini, Pipfile and requirements files (*.txt, *.in)</source>
        <translation>import liest pip.conf / pip.ini, Pipfile und Anforderungsdateien (*.txt, *.in)</translation>
    </message>
    <message>
        <source>index %1 is already there as &apos;%2&apos;</source>
        <translation>Index %1 ist bereits als &apos;%2&apos; vorhanden</translation>
    </message>
    <message>
        <source>the project already has a default index: &apos;%1&apos; was added as an ordinary index</source>
        <translation>das Projekt hat bereits einen Standardindex: &apos;%1&apos; wurde als gewöhnlicher Index hinzugefügt</translation>
    </message>
    <message>
        <source>added the index &apos;%1&apos; (%2)%3</source>
        <translation>Index &apos;%1&apos; hinzugefügt (%2)%3</translation>
    </message>
    <message>
        <source>, the default</source>
        <translation>, der Standardindex</translation>
    </message>
    <message>
        <source>, explicit</source>
        <translation>, explizit</translation>
    </message>
    <message>
        <source>added the insecure host %1</source>
        <translation>unsicheren Host %1 hinzugefügt</translation>
    </message>
    <message>
        <source>added find-links %1</source>
        <translation>find-links %1 hinzugefügt</translation>
    </message>
    <message>
        <source>pip&apos;s %1 = %2 was not applied: no index was imported to attach it to; set SSL_CERT_FILE or [tool.envdesk.index.NAME] %1</source>
        <translation>pips %1 = %2 wurde nicht angewendet: es wurde kein Index importiert, an den es angehängt werden kann; setzen Sie SSL_CERT_FILE oder [tool.envdesk.index.NAME] %1</translation>
    </message>
    <message>
        <source>set %1 = %2 for the index &apos;%3&apos;</source>
        <translation>%1 = %2 für den Index &apos;%3&apos; gesetzt</translation>
    </message>
    <message>
        <source>%1 (%2) is this project itself; it was not added as a dependency</source>
        <translation>%1 (%2) ist dieses Projekt selbst; es wurde nicht als Abhängigkeit hinzugefügt</translation>
    </message>
    <message>
        <source>%1 is already a dependency; kept as it is</source>
        <translation>%1 ist bereits eine Abhängigkeit; unverändert belassen</translation>
    </message>
    <message>
        <source>added the dependency %1</source>
        <translation>Abhängigkeit %1 hinzugefügt</translation>
    </message>
    <message>
        <source>added %1 to the dev group</source>
        <translation>%1 zur dev-Gruppe hinzugefügt</translation>
    </message>
    <message>
        <source>%1 already has a source; kept as it is</source>
        <translation>%1 hat bereits eine Quelle; unverändert belassen</translation>
    </message>
    <message>
        <source>the index &apos;%1&apos;</source>
        <translation>dem Index &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the git repository %1</source>
        <translation>dem git-Repository %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source> (editable)</source>
        <translation> (editierbar)</translation>
    </message>
    <message>
        <source>%1 comes from %2</source>
        <translation>%1 stammt aus %2</translation>
    </message>
    <message>
        <source>the URL of &apos;%1&apos; holds credentials; they were not copied into pyproject.toml</source>
        <translation>die URL von &apos;%1&apos; enthält Zugangsdaten; sie wurden nicht in pyproject.toml übernommen</translation>
    </message>
    <message>
        <source>let git&apos;s credential helper or ~/.netrc supply them for %1</source>
        <translation>lassen Sie gits Credential-Helper oder ~/.netrc sie für %1 liefern</translation>
    </message>
    <message>
        <source>the URL of the index &apos;%1&apos; holds credentials; they were not copied into pyproject.toml</source>
        <translation>die URL des Index &apos;%1&apos; enthält Zugangsdaten; sie wurden nicht in pyproject.toml übernommen</translation>
    </message>
    <message>
        <source>store them in the keychain with &apos;envdesk-cli auth set %1&apos;, or set %2_USERNAME and %2_PASSWORD</source>
        <translation>speichern Sie sie mit &apos;envdesk-cli auth set %1&apos; im Schlüsselbund, oder setzen Sie %2_USERNAME und %2_PASSWORD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a version string nor a table; not imported</source>
        <translation>&apos;%1&apos; ist weder ein Versions-String noch eine Tabelle; nicht importiert</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Index</name>
    <message>
        <source>the index answered something that is not a PEP 503/691 simple page; check the index URL (it usually ends in /simple)</source>
        <translation>der Index hat etwas geantwortet, das keine Simple-Seite nach PEP 503/691 ist; prüfen Sie die Index-URL (sie endet meist auf /simple)</translation>
    </message>
    <message>
        <source>the JSON root page of %1 is malformed: %2 at byte %3</source>
        <translation>die JSON-Stammseite von %1 ist fehlerhaft: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>the JSON page of %1 is malformed: %2 at byte %3</source>
        <translation>die JSON-Seite von %1 ist fehlerhaft: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>%1 speaks simple API version %2, which envdesk does not know</source>
        <translation>%1 spricht die Simple-API-Version %2, die envdesk nicht kennt</translation>
    </message>
    <message>
        <source>the JSON page of %1 has no &quot;files&quot; list</source>
        <translation>die JSON-Seite von %1 hat keine &quot;files&quot;-Liste</translation>
    </message>
    <message>
        <source>a file entry on %1 has no filename or url</source>
        <translation>ein Dateieintrag auf %1 hat keinen filename oder keine url</translation>
    </message>
    <message>
        <source>%1 answered with content type &apos;%2&apos;, not a simple API page</source>
        <translation>%1 hat mit dem Inhaltstyp &apos;%2&apos; geantwortet, nicht mit einer Simple-API-Seite</translation>
    </message>
    <message>
        <source>not a ZIP archive: the end of the file is missing</source>
        <translation>kein ZIP-Archiv: das Ende der Datei fehlt</translation>
    </message>
    <message>
        <source>not a ZIP archive: no end-of-central-directory record</source>
        <translation>kein ZIP-Archiv: kein End-of-Central-Directory-Eintrag</translation>
    </message>
    <message>
        <source>damaged ZIP64 directory</source>
        <translation>beschädigtes ZIP64-Verzeichnis</translation>
    </message>
    <message>
        <source>the ZIP directory points outside the file</source>
        <translation>das ZIP-Verzeichnis verweist auf eine Stelle außerhalb der Datei</translation>
    </message>
    <message>
        <source>need more of the file: the directory starts at byte %1</source>
        <translation>mehr von der Datei nötig: das Verzeichnis beginnt bei Byte %1</translation>
    </message>
    <message>
        <source>damaged ZIP directory entry %1</source>
        <translation>beschädigter ZIP-Verzeichniseintrag %1</translation>
    </message>
    <message>
        <source>the local header of %1 is not where the directory says</source>
        <translation>der lokale Header von %1 liegt nicht dort, wo das Verzeichnis es angibt</translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation>%1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>cannot start decompression</source>
        <translation>Dekomprimierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 does not decompress to its stated size</source>
        <translation>%1 ergibt beim Dekomprimieren nicht die angegebene Größe</translation>
    </message>
    <message>
        <source>%1 uses compression method %2, which wheels do not use</source>
        <translation>%1 verwendet die Kompressionsmethode %2, die Wheels nicht verwenden</translation>
    </message>
    <message>
        <source>%1 fails its CRC-32 check</source>
        <translation>%1 besteht die CRC-32-Prüfung nicht</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::IndexClient</name>
    <message>
        <source>index %1 has authenticate = &quot;never&quot; but credentials in its URL</source>
        <translation>Index %1 hat authenticate = &quot;never&quot;, aber Zugangsdaten in seiner URL</translation>
    </message>
    <message>
        <source>remove the credentials from the URL, or change authenticate</source>
        <translation>entfernen Sie die Zugangsdaten aus der URL, oder ändern Sie authenticate</translation>
    </message>
    <message>
        <source>the index URL</source>
        <translation>der Index-URL</translation>
    </message>
    <message>
        <source>index %1 requires credentials (authenticate = &quot;always&quot;), but none were found</source>
        <translation>Index %1 verlangt Zugangsdaten (authenticate = &quot;always&quot;), aber es wurden keine gefunden</translation>
    </message>
    <message>
        <source>store them with &apos;envdesk-cli auth set %1&apos;, or set %2_USERNAME and _PASSWORD, or add the host to ~/.netrc</source>
        <translation>speichern Sie sie mit &apos;envdesk-cli auth set %1&apos;, setzen Sie %2_USERNAME und _PASSWORD, oder fügen Sie den Host zu ~/.netrc hinzu</translation>
    </message>
    <message>
        <source>%1 is not in the cache, and envdesk is offline</source>
        <translation>%1 ist nicht im Cache, und envdesk ist offline</translation>
    </message>
    <message>
        <source>run once without --offline to fill the cache</source>
        <translation>führen Sie es einmal ohne --offline aus, um den Cache zu füllen</translation>
    </message>
    <message>
        <source>the proxy %1 requires authentication (407) for %2</source>
        <translation>der Proxy %1 verlangt eine Authentifizierung (407) für %2</translation>
    </message>
    <message>
        <source>store the proxy&apos;s user name and password in the keychain: envdesk-cli auth set %1 --username USER (the password is read from stdin)</source>
        <translation>speichern Sie Benutzername und Passwort des Proxys im Schlüsselbund: envdesk-cli auth set %1 --username USER (das Passwort wird von stdin gelesen)</translation>
    </message>
    <message>
        <source>no file of this project in the folder</source>
        <translation>keine Datei dieses Projekts im Ordner</translation>
    </message>
    <message>
        <source>index %1: %2</source>
        <translation>Index %1: %2</translation>
    </message>
    <message>
        <source>%1 is listed in ignore-error-codes: treated as not found</source>
        <translation>%1 ist in ignore-error-codes aufgeführt: wird als nicht gefunden behandelt</translation>
    </message>
    <message>
        <source>not on this index</source>
        <translation>nicht auf diesem Index</translation>
    </message>
    <message>
        <source>index %1 answered HTTP %2 for %3</source>
        <translation>Index %1 antwortete mit HTTP %2 für %3</translation>
    </message>
    <message>
        <source>the index is failing; try again later or ask its administrators</source>
        <translation>der Index hat Störungen; versuchen Sie es später erneut oder wenden Sie sich an seine Administratoren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is pinned to the index &apos;%2&apos;, which is not defined</source>
        <translation>&apos;%1&apos; ist an den Index &apos;%2&apos; gebunden, der nicht definiert ist</translation>
    </message>
    <message>
        <source>pinned to this index in [tool.uv.sources]</source>
        <translation>in [tool.uv.sources] an diesen Index gebunden</translation>
    </message>
    <message>
        <source>first index that has the project (first-index)</source>
        <translation>erster Index, der das Projekt hat (first-index)</translation>
    </message>
    <message>
        <source>%1 stops the search (first-index): no valid credentials</source>
        <translation>%1 beendet die Suche (first-index): keine gültigen Zugangsdaten</translation>
    </message>
    <message>
        <source>index %1 answered %2 for &apos;%3&apos; (%4): it could not be queried for lack of valid credentials, so envdesk does not look for &apos;%3&apos; on the indexes after it, which could serve a different package of the same name</source>
        <translation>Index %1 antwortete mit %2 für &apos;%3&apos; (%4): Er konnte mangels gültiger Zugangsdaten nicht abgefragt werden, daher sucht envdesk &apos;%3&apos; nicht auf den nachfolgenden Indizes, die ein anderes Paket gleichen Namens liefern könnten</translation>
    </message>
    <message>
        <source>set credentials for this index (keychain, %1_USERNAME / _PASSWORD, .netrc), or add %2 to its ignore-error-codes if it hides missing packages behind %2</source>
        <translation>legen Sie Zugangsdaten für diesen Index fest (Schlüsselbund, %1_USERNAME / _PASSWORD, .netrc), oder fügen Sie %2 zu seinen ignore-error-codes hinzu, wenn er fehlende Pakete hinter %2 verbirgt</translation>
    </message>
    <message>
        <source>%1 ignored by %2</source>
        <translation>%1 durch %2 ignoriert</translation>
    </message>
    <message>
        <source>index %1 answered HTTP %2 for its project list (%3)</source>
        <translation>Index %1 antwortete mit HTTP %2 für seine Projektliste (%3)</translation>
    </message>
    <message>
        <source>%1 has no SHA-256 on index %2, so it cannot be checked; not downloaded</source>
        <translation>%1 hat auf Index %2 keinen SHA-256 und kann daher nicht geprüft werden; nicht heruntergeladen</translation>
    </message>
    <message>
        <source>ask the index&apos;s administrators to publish hashes</source>
        <translation>bitten Sie die Administratoren des Index, Hashes zu veröffentlichen</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 does not match its hash: expected sha256 %2, got %3</source>
        <translation>%1 stimmt nicht mit seinem Hash überein: erwartet sha256 %2, erhalten %3</translation>
    </message>
    <message>
        <source>%1 is a source distribution without a metadata file: its metadata needs a build</source>
        <translation>%1 ist eine Quelldistribution ohne Metadatendatei: Ihre Metadaten erfordern einen Build</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no .dist-info/METADATA: not a valid wheel</source>
        <translation>%1 hat keine .dist-info/METADATA: kein gültiges Wheel</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to a range request</source>
        <translation>%1 antwortete mit HTTP %2 auf eine Range-Anfrage</translation>
    </message>
    <message>
        <source>%1 names no file</source>
        <translation>%1 benennt keine Datei</translation>
    </message>
    <message>
        <source>envdesk sends no index credentials for a url source: publish the file on one of your indexes, or download it and use a path source</source>
        <translation>envdesk sendet für eine url-Quelle keine Index-Zugangsdaten: veröffentlichen Sie die Datei in einem Ihrer Indizes, oder laden Sie sie herunter und verwenden Sie eine Pfadquelle</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>the token was refused (this server answers 404 for a bad token)</source>
        <translation>das Token wurde abgelehnt (dieser Server antwortet auf ein ungültiges Token mit 404)</translation>
    </message>
    <message>
        <source>index %1: the token was refused (this server answers 404 for a bad token): the credentials from %2 got 404 for %3, and the index root asks for credentials without them</source>
        <translation>Index %1: das Token wurde abgelehnt (dieser Server antwortet auf ein ungültiges Token mit 404): die Zugangsdaten aus %2 erhielten 404 für %3, und die Wurzel des Index verlangt ohne sie Zugangsdaten</translation>
    </message>
    <message>
        <source>renew the token and update %1 (for AWS CodeArtifact: aws codeartifact get-authorization-token; a credential-command keeps it fresh)</source>
        <translation>erneuern Sie das Token und aktualisieren Sie %1 (für AWS CodeArtifact: aws codeartifact get-authorization-token; ein credential-command hält es aktuell)</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::IndexJobs</name>
    <message numerus="yes">
        <source>%1 lists %n project(s)</source>
        <translation>
            <numerusform>%1 listet %n Projekt</numerusform>
            <numerusform>%1 listet %n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>The index look-up was cancelled.</source>
        <translation>Die Abfrage der Indizes wurde abgebrochen.</translation>
    </message>
    <message>
        <source>certificates of %1 were not checked (allow-insecure-host or verify = false)</source>
        <translation>Zertifikate von %1 wurden nicht geprüft (allow-insecure-host oder verify = false)</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::IndexSettings</name>
    <message>
        <source>%1 needs the keychain: %2</source>
        <translation>%1 benötigt den Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>%1 uses ${keychain}, but the keychain has nothing for %2</source>
        <translation>%1 verwendet ${keychain}, aber der Schlüsselbund enthält nichts für %2</translation>
    </message>
    <message>
        <source>store it: envdesk-cli auth set %1 --token (the secret is read from stdin)</source>
        <translation>speichern Sie es: envdesk-cli auth set %1 --token (das Geheimnis wird von stdin gelesen)</translation>
    </message>
    <message>
        <source>%1 uses ${env:%2}, which is not set</source>
        <translation>%1 verwendet ${env:%2}, das nicht gesetzt ist</translation>
    </message>
    <message>
        <source>set %1 in the environment</source>
        <translation>setzen Sie %1 in der Umgebung</translation>
    </message>
    <message>
        <source>%1 header %2</source>
        <translation>%1 Header %2</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::IndexSetup</name>
    <message>
        <source>--index-strategy &apos;%1&apos; is not one of first-index, unsafe-first-match, unsafe-best-match</source>
        <translation>--index-strategy &apos;%1&apos; ist keiner von first-index, unsafe-first-match, unsafe-best-match</translation>
    </message>
    <message>
        <source>UV_HTTP_TIMEOUT=&apos;%1&apos; is not a number of seconds</source>
        <translation>UV_HTTP_TIMEOUT=&apos;%1&apos; ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>set it to a whole number of seconds, e.g. 60, or unset it</source>
        <translation>setzen Sie es auf eine ganze Zahl von Sekunden, z. B. 60, oder entfernen Sie es</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Install</name>
    <message>
        <source>[dependency-groups] include each other in a circle: %1</source>
        <translation>[dependency-groups] schließen einander im Kreis ein: %1</translation>
    </message>
    <message>
        <source>remove one include-group of the circle</source>
        <translation>entfernen Sie ein include-group des Kreises</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Interpreters</name>
    <message>
        <source>no Python interpreter found that fits requires-python</source>
        <translation>kein Python-Interpreter gefunden, der zu requires-python passt</translation>
    </message>
    <message>
        <source>no Python %1 found</source>
        <translation>kein Python %1 gefunden</translation>
    </message>
    <message>
        <source>see envdesk-cli python list, or give --python /path/to/python</source>
        <translation>siehe envdesk-cli python list, oder geben Sie --python /path/to/python an</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Job</name>
    <message>
        <source>waiting for %1: no answer for %2 s</source>
        <translation>warte auf %1: seit %2 s keine Antwort</translation>
    </message>
    <message>
        <source>waiting for index %1 (%2): no answer for %3 s</source>
        <translation>warte auf Index %1 (%2): seit %3 s keine Antwort</translation>
    </message>
    <message>
        <source> (cache)</source>
        <translation> (Cache)</translation>
    </message>
    <message>
        <source>credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::JsonReader</name>
    <message>
        <source>the text ends where an object was expected</source>
        <translation>der Text endet, wo ein Objekt erwartet wurde</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation>Objekte und Arrays sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the text ends where an array was expected</source>
        <translation>der Text endet, wo ein Array erwartet wurde</translation>
    </message>
    <message>
        <source>an array was expected</source>
        <translation>ein Array wurde erwartet</translation>
    </message>
    <message>
        <source>a value was read outside of any object or array</source>
        <translation>ein Wert wurde außerhalb jedes Objekts oder Arrays gelesen</translation>
    </message>
    <message>
        <source>the text ends inside an object or array</source>
        <translation>der Text endet innerhalb eines Objekts oder Arrays</translation>
    </message>
    <message>
        <source>a comma or &apos;}&apos; was expected</source>
        <translation>ein Komma oder &apos;}&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a comma or &apos;]&apos; was expected</source>
        <translation>ein Komma oder &apos;]&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a value was expected after the comma</source>
        <translation>nach dem Komma wurde ein Wert erwartet</translation>
    </message>
    <message>
        <source>a member name (a string) was expected</source>
        <translation>ein Elementname (eine Zeichenkette) wurde erwartet</translation>
    </message>
    <message>
        <source>a colon was expected after the member name</source>
        <translation>nach dem Elementnamen wurde ein Doppelpunkt erwartet</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>der Text endet, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>a string was expected</source>
        <translation>eine Zeichenkette wurde erwartet</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>eine Zeichenkette ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a string holds an invalid \u escape</source>
        <translation>eine Zeichenkette enthält ein ungültiges \u-Escape</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>eine Zahl wurde erwartet</translation>
    </message>
    <message>
        <source>a number is malformed or out of range</source>
        <translation>eine Zahl ist fehlerhaft oder außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>an unknown word stands where a value was expected</source>
        <translation>ein unbekanntes Wort steht, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>true oder false wurde erwartet</translation>
    </message>
    <message>
        <source>null was expected</source>
        <translation>null wurde erwartet</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>nach dem Ende des Dokuments folgt noch etwas</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Lock</name>
    <message>
        <source>write the lock again with envdesk-cli lock</source>
        <translation>schreiben Sie die Lock-Datei mit envdesk-cli lock neu</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>in %1 fehlt %2</translation>
    </message>
    <message>
        <source>%1: %2 must be a string, not %3</source>
        <translation>%1: %2 muss ein String sein, nicht %3</translation>
    </message>
    <message>
        <source>%1: %2 must be an array of strings</source>
        <translation>%1: %2 muss ein Array von Strings sein</translation>
    </message>
    <message>
        <source>%1: %2 is not a URL</source>
        <translation>%1: %2 ist keine URL</translation>
    </message>
    <message>
        <source>%1: the URL carries credentials, which a lock file must never hold</source>
        <translation>%1: die URL enthält Zugangsdaten, die eine Lock-Datei niemals enthalten darf</translation>
    </message>
    <message>
        <source>remove them from the file (and change the password: it was written down); envdesk takes credentials from the keychain</source>
        <translation>entfernen Sie sie aus der Datei (und ändern Sie das Passwort: Es wurde niedergeschrieben); envdesk bezieht Zugangsdaten aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 must be a table</source>
        <translation>%1 muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>%1 has neither url nor path</source>
        <translation>%1 hat weder url noch path</translation>
    </message>
    <message>
        <source>%1: size must be a non-negative integer</source>
        <translation>%1: size muss eine nicht negative Ganzzahl sein</translation>
    </message>
    <message>
        <source>%1: upload-time must be a TOML date-time</source>
        <translation>%1: upload-time muss ein TOML-Datum mit Uhrzeit sein</translation>
    </message>
    <message>
        <source>%1 has no hashes: a locked file must say what it must hash to</source>
        <translation>%1 hat keine Hashes: Eine festgeschriebene Datei muss angeben, welchen Hash sie ergeben muss</translation>
    </message>
    <message>
        <source>%1: hash %2 must be a string</source>
        <translation>%1: Hash %2 muss ein String sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>write one with envdesk-cli lock</source>
        <translation>erstellen Sie eine mit envdesk-cli lock</translation>
    </message>
    <message>
        <source>the lock file</source>
        <translation>die Lock-Datei</translation>
    </message>
    <message>
        <source>lock-version %1 is not one envdesk reads (it reads 1.x)</source>
        <translation>lock-version %1 ist keine, die envdesk liest (es liest 1.x)</translation>
    </message>
    <message>
        <source>lock again with this version of envdesk, or upgrade envdesk</source>
        <translation>schreiben Sie erneut mit dieser envdesk-Version fest, oder aktualisieren Sie envdesk</translation>
    </message>
    <message>
        <source>environments: %1 is not a marker: %2</source>
        <translation>environments: %1 ist kein Marker: %2</translation>
    </message>
    <message>
        <source>[tool.envdesk]</source>
        <translation>[tool.envdesk]</translation>
    </message>
    <message>
        <source>[tool.envdesk] universal is true or false</source>
        <translation>[tool.envdesk] universal ist true oder false</translation>
    </message>
    <message>
        <source>packages must be an array of tables</source>
        <translation>packages muss ein Array von Tabellen sein</translation>
    </message>
    <message>
        <source>packages[%1]</source>
        <translation>packages[%1]</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>%1 has no valid version (envdesk installs only packages locked to a version)</source>
        <translation>%1 hat keine gültige Version (envdesk installiert nur Pakete, die auf eine Version festgeschrieben sind)</translation>
    </message>
    <message>
        <source>%1: %2 is not a marker</source>
        <translation>%1: %2 ist kein Marker</translation>
    </message>
    <message>
        <source>%1: requires-python %2 is not a version specifier</source>
        <translation>%1: requires-python %2 ist kein Versionsspezifizierer</translation>
    </message>
    <message>
        <source>%1: vcs</source>
        <translation>%1: vcs</translation>
    </message>
    <message>
        <source>%1 is a %2 checkout; envdesk checks out git repositories only</source>
        <translation>%1 ist ein %2-Checkout; envdesk checkt nur git-Repositories aus</translation>
    </message>
    <message>
        <source>%1: directory</source>
        <translation>%1: directory</translation>
    </message>
    <message>
        <source>%1: directory must be a table</source>
        <translation>%1: directory muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>%1: directory.editable must be true or false</source>
        <translation>%1: directory.editable muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: archive</source>
        <translation>%1: archive</translation>
    </message>
    <message>
        <source>%1: sdist</source>
        <translation>%1: sdist</translation>
    </message>
    <message>
        <source>%1: wheels must be an array of tables</source>
        <translation>%1: wheels muss ein Array von Tabellen sein</translation>
    </message>
    <message>
        <source>%1: wheels[%2]</source>
        <translation>%1: wheels[%2]</translation>
    </message>
    <message>
        <source>%1: %2 is not a wheel&apos;s file name</source>
        <translation>%1: %2 ist kein Wheel-Dateiname</translation>
    </message>
    <message>
        <source>%1 has no wheels, sdist, directory, archive or vcs</source>
        <translation>%1 hat weder wheels, sdist, directory, archive noch vcs</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>check the folder&apos;s permissions and free space; the previous lock, if any, is unchanged</source>
        <translation>prüfen Sie die Berechtigungen und den freien Speicherplatz des Ordners; eine vorherige Lock-Datei bleibt gegebenenfalls unverändert</translation>
    </message>
    <message>
        <source>lock for this environment: envdesk-cli lock --python %1</source>
        <translation>schreiben Sie für diese Umgebung fest: envdesk-cli lock --python %1</translation>
    </message>
    <message>
        <source>%1 is for Python %2; this environment has Python %3</source>
        <translation>%1 ist für Python %2; diese Umgebung hat Python %3</translation>
    </message>
    <message>
        <source>%1 was written for other environments (%2); this one is %3</source>
        <translation>%1 wurde für andere Umgebungen geschrieben (%2); diese ist %3</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Net</name>
    <message>
        <source>Connection test for %1 (%2)
</source>
        <translation>Verbindungstest für %1 (%2)
</translation>
    </message>
    <message>
        <source>Fix: %1
</source>
        <translation>Abhilfe: %1
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a value</source>
        <translation>&apos;%1&apos; ohne Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before any &apos;machine&apos; or &apos;default&apos;</source>
        <translation>&apos;%1&apos; vor jedem &apos;machine&apos; oder &apos;default&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a .netrc holds &apos;machine HOST login USER password SECRET&apos; entries</source>
        <translation>eine .netrc enthält Einträge der Form &apos;machine HOST login USER password SECRET&apos;</translation>
    </message>
    <message>
        <source>the index URL</source>
        <translation>der Index-URL</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos; (%2) could not be started: %3</source>
        <translation>der Zugangsdaten-Befehl des Index &apos;%1&apos; (%2) konnte nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos; (%2) did not finish within %3 s</source>
        <translation>der Zugangsdaten-Befehl des Index &apos;%1&apos; (%2) wurde nicht innerhalb von %3 s fertig</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos; (%2) failed (exit code %3)%4</source>
        <translation>der Zugangsdaten-Befehl des Index &apos;%1&apos; (%2) ist fehlgeschlagen (Exit-Code %3)%4</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos;</source>
        <translation>dem Zugangsdaten-Befehl des Index &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos; printed JSON without a token or password</source>
        <translation>der Zugangsdaten-Befehl des Index &apos;%1&apos; hat JSON ohne Token oder Passwort ausgegeben</translation>
    </message>
    <message>
        <source>no host names</source>
        <translation>keine Hostnamen</translation>
    </message>
    <message>
        <source>the certificate of %1 names it only in its common name, a form RFC 6125 and the CA/Browser Forum retired: ask the server&apos;s owners for a certificate with a subjectAltName</source>
        <translation>das Zertifikat von %1 nennt den Host nur im Common Name, einer Form, die RFC 6125 und das CA/Browser Forum abgeschafft haben: bitten Sie die Betreiber des Servers um ein Zertifikat mit subjectAltName</translation>
    </message>
    <message>
        <source>%1: no keychain is available (%2)</source>
        <translation>%1: kein Schlüsselbund verfügbar (%2)</translation>
    </message>
    <message>
        <source>envdesk keeps secrets only in the OS keychain and never in a file. On Linux, start a Secret Service (gnome-keyring or KeePassXC) in your session, or use the UV_INDEX_&lt;NAME&gt;_USERNAME / _PASSWORD variables or ~/.netrc instead</source>
        <translation>envdesk speichert Geheimnisse nur im Schlüsselbund des Betriebssystems und nie in einer Datei. Starten Sie unter Linux einen Secret Service (gnome-keyring oder KeePassXC) in Ihrer Sitzung, oder verwenden Sie stattdessen die Variablen UV_INDEX_&lt;NAME&gt;_USERNAME / _PASSWORD oder ~/.netrc</translation>
    </message>
    <message>
        <source>%1: the keychain refused access (%2)</source>
        <translation>%1: der Schlüsselbund hat den Zugriff verweigert (%2)</translation>
    </message>
    <message>
        <source>unlock the keychain and try again</source>
        <translation>entsperren Sie den Schlüsselbund und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the keychain did not return what was stored in it</source>
        <translation>der Schlüsselbund hat nicht zurückgegeben, was darin gespeichert wurde</translation>
    </message>
    <message>
        <source>reading the keychain</source>
        <translation>Lesen des Schlüsselbunds</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>writing to the keychain</source>
        <translation>Schreiben in den Schlüsselbund</translation>
    </message>
    <message>
        <source>removing from the keychain</source>
        <translation>Entfernen aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>fix the path under Certificates (or SSL_CERT_FILE); envdesk does not fall back to the system store when a CA file is set</source>
        <translation>korrigieren Sie den Pfad unter Zertifikate (oder SSL_CERT_FILE); envdesk greift nicht auf den Zertifikatspeicher des Systems zurück, wenn eine CA-Datei gesetzt ist</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>use a PEM file (-----BEGIN CERTIFICATE-----); DER files must be converted</source>
        <translation>verwenden Sie eine PEM-Datei (-----BEGIN CERTIFICATE-----); DER-Dateien müssen konvertiert werden</translation>
    </message>
    <message>
        <source>the CA folder %1 does not exist</source>
        <translation>der CA-Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the CA folder %1 holds no PEM certificate</source>
        <translation>der CA-Ordner %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the client certificate %1 cannot be read: %2</source>
        <translation>das Client-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the PKCS#12 file %1 cannot be opened without its passphrase</source>
        <translation>die PKCS#12-Datei %1 kann ohne ihre Passphrase nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the PKCS#12 file %1 cannot be opened: wrong passphrase, or not a PKCS#12 file</source>
        <translation>die PKCS#12-Datei %1 kann nicht geöffnet werden: falsche Passphrase oder keine PKCS#12-Datei</translation>
    </message>
    <message>
        <source>store its passphrase in the keychain: envdesk-cli auth set %1 --token (the passphrase is read from stdin)</source>
        <translation>speichern Sie ihre Passphrase im Schlüsselbund: envdesk-cli auth set %1 --token (die Passphrase wird von stdin gelesen)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the client key %1 cannot be read: %2</source>
        <translation>der Client-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the private key in %1 is encrypted, and %2</source>
        <translation>der private Schlüssel in %1 ist verschlüsselt, und %2</translation>
    </message>
    <message>
        <source>no passphrase is stored for it</source>
        <translation>für ihn ist keine Passphrase gespeichert</translation>
    </message>
    <message>
        <source>the stored passphrase does not open it</source>
        <translation>die gespeicherte Passphrase öffnet ihn nicht</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key</source>
        <translation>%1 enthält keinen privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>store its passphrase in the keychain: envdesk-cli auth set %1 --token (read from stdin)</source>
        <translation>speichern Sie seine Passphrase im Schlüsselbund: envdesk-cli auth set %1 --token (wird von stdin gelesen)</translation>
    </message>
    <message>
        <source>SSL_CLIENT_CERT takes one PEM file with the certificate, then its key</source>
        <translation>SSL_CLIENT_CERT erwartet eine PEM-Datei mit dem Zertifikat, gefolgt von seinem Schlüssel</translation>
    </message>
    <message>
        <source>the certificate is signed by a CA envdesk does not trust (&apos;%1&apos;): add that CA&apos;s PEM file under Certificates (SSL_CERT_FILE, or ca-bundle for this index). Behind a corporate proxy that re-signs HTTPS, this is the proxy&apos;s root CA</source>
        <translation>das Zertifikat ist von einer CA signiert, der envdesk nicht vertraut (&apos;%1&apos;): fügen Sie die PEM-Datei dieser CA unter Zertifikate hinzu (SSL_CERT_FILE oder ca-bundle für diesen Index). Hinter einem Unternehmens-Proxy, der HTTPS neu signiert, ist dies die Root-CA des Proxys</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the server uses a self-signed certificate: add it as a CA under Certificates, or add &apos;%1&apos; to allow-insecure-host (turns verification off for that host)</source>
        <translation>der Server verwendet ein selbstsigniertes Zertifikat: fügen Sie es als CA unter Zertifikate hinzu, oder fügen Sie &apos;%1&apos; zu allow-insecure-host hinzu (schaltet die Überprüfung für diesen Host ab)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1: ask the server&apos;s owners to renew it</source>
        <translation>das Zertifikat des Servers ist abgelaufen (gültig bis %1): bitten Sie die Betreiber des Servers, es zu erneuern</translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>zu einem früheren Datum</translation>
    </message>
    <message>
        <source>the certificate is not valid yet: check this computer&apos;s clock</source>
        <translation>das Zertifikat ist noch nicht gültig: prüfen Sie die Uhr dieses Computers</translation>
    </message>
    <message>
        <source>the certificate is for %1, not %2: check the index URL</source>
        <translation>das Zertifikat gilt für %1, nicht für %2: prüfen Sie die Index-URL</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>einen anderen Host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; issued by &apos;%2&apos;, valid %3 to %4</source>
        <translation>&apos;%1&apos; ausgestellt von &apos;%2&apos;, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>TLS verification of %1 failed: %2. Chain: %3</source>
        <translation>TLS-Überprüfung von %1 fehlgeschlagen: %2. Kette: %3</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>keine empfangen</translation>
    </message>
    <message>
        <source>the server may require a client certificate: set one under Certificates (SSL_CLIENT_CERT, or client-cert for this index)</source>
        <translation>der Server verlangt möglicherweise ein Client-Zertifikat: legen Sie eines unter Zertifikate fest (SSL_CLIENT_CERT oder client-cert für diesen Index)</translation>
    </message>
    <message>
        <source>the server and envdesk share no TLS version: the server probably speaks only TLS 1.0/1.1, which is disabled. Ask the server&apos;s owners to upgrade, or set min-tls for this index</source>
        <translation>Server und envdesk haben keine gemeinsame TLS-Version: Der Server spricht wahrscheinlich nur TLS 1.0/1.1, was deaktiviert ist. Bitten Sie die Betreiber des Servers um ein Upgrade, oder setzen Sie min-tls für diesen Index</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Pep</name>
    <message>
        <source>invalid marker &apos;%1&apos;: %2 at position %3</source>
        <translation>ungültiger Marker &apos;%1&apos;: %2 an Position %3</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>%1, found %2</source>
        <translation>%1, gefunden: %2</translation>
    </message>
    <message>
        <source>invalid requirement &apos;%1&apos;: %2 at position %3</source>
        <translation>ungültige Anforderung &apos;%1&apos;: %2 an Position %3</translation>
    </message>
    <message>
        <source>%1line %2 is not valid UTF-8; the bad bytes were replaced</source>
        <translation>%1Zeile %2 ist kein gültiges UTF-8; die fehlerhaften Bytes wurden ersetzt</translation>
    </message>
    <message>
        <source>line %1 continues a field, but no field came before it</source>
        <translation>Zeile %1 setzt ein Feld fort, aber davor steht kein Feld</translation>
    </message>
    <message>
        <source>line %1 is not &apos;Field: value&apos;: &apos;%2&apos;</source>
        <translation>Zeile %1 hat nicht die Form &apos;Field: value&apos;: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the metadata file is damaged</source>
        <translation>die Metadatendatei ist beschädigt</translation>
    </message>
    <message>
        <source>the metadata has no %1 field</source>
        <translation>den Metadaten fehlt das Feld %1</translation>
    </message>
    <message>
        <source>metadata version %1 is newer than envdesk knows (2.4); reading it as 2.4</source>
        <translation>Metadatenversion %1 ist neuer, als envdesk kennt (2.4); sie wird als 2.4 gelesen</translation>
    </message>
    <message>
        <source>metadata version %1 is not supported (envdesk reads 1.0 to 2.4)</source>
        <translation>Metadatenversion %1 wird nicht unterstützt (envdesk liest 1.0 bis 2.4)</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be Dynamic (PEP 643)</source>
        <translation>&apos;%1&apos; darf nicht Dynamic sein (PEP 643)</translation>
    </message>
    <message>
        <source>Requires-Dist of %1 %2: %3</source>
        <translation>Requires-Dist von %1 %2: %3</translation>
    </message>
    <message>
        <source>Requires-Python of %1 %2: %3</source>
        <translation>Requires-Python von %1 %2: %3</translation>
    </message>
    <message>
        <source>invalid distribution file name &apos;%1&apos;: %2</source>
        <translation>ungültiger Distributionsdateiname &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>a wheel&apos;s name ends in .whl</source>
        <translation>der Name eines Wheels endet auf .whl</translation>
    </message>
    <message>
        <source>expected name-version[-build]-python-abi-platform, found %1 parts</source>
        <translation>name-version[-build]-python-abi-platform erwartet, %1 Teile gefunden</translation>
    </message>
    <message>
        <source>the project name &apos;%1&apos; is not escaped as PEP 427 asks</source>
        <translation>der Projektname &apos;%1&apos; ist nicht so maskiert, wie PEP 427 es verlangt</translation>
    </message>
    <message>
        <source>the build tag &apos;%1&apos; does not start with a number</source>
        <translation>der Build-Tag &apos;%1&apos; beginnt nicht mit einer Zahl</translation>
    </message>
    <message>
        <source>the build number is too large</source>
        <translation>die Build-Nummer ist zu groß</translation>
    </message>
    <message>
        <source>a source distribution&apos;s name ends in .tar.gz or .zip</source>
        <translation>der Name einer Quelldistribution endet auf .tar.gz oder .zip</translation>
    </message>
    <message>
        <source>expected name-version</source>
        <translation>name-version erwartet</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; on PATH</source>
        <translation>es gibt kein &apos;%1&apos; im PATH</translation>
    </message>
    <message>
        <source>install Python, or give the interpreter&apos;s full path</source>
        <translation>installieren Sie Python, oder geben Sie den vollständigen Pfad des Interpreters an</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not an executable program</source>
        <translation>%1 ist kein ausführbares Programm</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>the interpreter hangs at start; check its site-packages or startup files</source>
        <translation>der Interpreter hängt beim Start; prüfen Sie seine site-packages oder Startdateien</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)%3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)%3</translation>
    </message>
    <message>
        <source>%1 did not answer like a Python interpreter (it printed &apos;%2&apos;)</source>
        <translation>%1 hat nicht wie ein Python-Interpreter geantwortet (Ausgabe: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>&apos;)&apos; erwartet, um die &apos;(&apos; an Position %1 zu schließen</translation>
    </message>
    <message>
        <source>invalid \%1 escape in a quoted string</source>
        <translation>ungültiges Escape \%1 in einem String in Anführungszeichen</translation>
    </message>
    <message>
        <source>expected a marker variable or quoted string</source>
        <translation>Marker-Variable oder String in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected whitespace after &apos;not&apos;</source>
        <translation>Leerraum nach &apos;not&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after &apos;not&apos;</source>
        <translation>&apos;in&apos; nach &apos;not&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a marker operator, one of &lt;=, &lt;, !=, ==, &gt;=, &gt;, ~=, ===, in, not in</source>
        <translation>Marker-Operator erwartet, einer von &lt;=, &lt;, !=, ==, &gt;=, &gt;, ~=, ===, in, not in</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a set: ask it with &apos;NAME&apos; in %1 or &apos;NAME&apos; not in %1</source>
        <translation>&apos;%1&apos; ist eine Menge: fragen Sie sie mit &apos;NAME&apos; in %1 oder &apos;NAME&apos; not in %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a marker variable</source>
        <translation>&apos;%1&apos; ist keine Marker-Variable</translation>
    </message>
    <message>
        <source>cannot compare &apos;%1&apos; %2 &apos;%3&apos;: &apos;%1&apos; is not a version</source>
        <translation>&apos;%1&apos; %2 &apos;%3&apos; kann nicht verglichen werden: &apos;%1&apos; ist keine Version</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare &apos;%2&apos; and &apos;%3&apos;, which are not versions</source>
        <translation>&apos;%1&apos; kann &apos;%2&apos; und &apos;%3&apos; nicht vergleichen, da sie keine Versionen sind</translation>
    </message>
    <message>
        <source>unexpected text after the marker</source>
        <translation>unerwarteter Text nach dem Marker</translation>
    </message>
    <message>
        <source>expected a package name at the start</source>
        <translation>Paketname am Anfang erwartet</translation>
    </message>
    <message>
        <source>expected a comma between extra names</source>
        <translation>Komma zwischen Extra-Namen erwartet</translation>
    </message>
    <message>
        <source>expected an extra name after the comma</source>
        <translation>Extra-Name nach dem Komma erwartet</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at position %1</source>
        <translation>&apos;]&apos; erwartet, um die &apos;[&apos; an Position %1 zu schließen</translation>
    </message>
    <message>
        <source>expected the end or a semicolon (after %1)</source>
        <translation>Ende oder Semikolon erwartet (nach %1)</translation>
    </message>
    <message>
        <source>expected a URL after &apos;@&apos;</source>
        <translation>URL nach &apos;@&apos; erwartet</translation>
    </message>
    <message>
        <source>expected whitespace after the URL</source>
        <translation>Leerraum nach der URL erwartet</translation>
    </message>
    <message>
        <source>the URL and whitespace</source>
        <translation>der URL und Leerraum</translation>
    </message>
    <message>
        <source>invalid requirement &apos;%1&apos;: &apos;%2&apos; is not a valid file URL (write file:///absolute/path)</source>
        <translation>ungültige Anforderung &apos;%1&apos;: &apos;%2&apos; ist keine gültige Datei-URL (schreiben Sie file:///absolute/path)</translation>
    </message>
    <message>
        <source>invalid requirement &apos;%1&apos;: &apos;%2&apos; is not a URL with a scheme and a host</source>
        <translation>ungültige Anforderung &apos;%1&apos;: &apos;%2&apos; ist keine URL mit Schema und Host</translation>
    </message>
    <message>
        <source>a direct reference looks like &apos;name @ https://host/path/name-1.0-py3-none-any.whl&apos;</source>
        <translation>ein direkter Verweis sieht so aus: &apos;name @ https://host/path/name-1.0-py3-none-any.whl&apos;</translation>
    </message>
    <message>
        <source>the name, with no valid version specifier</source>
        <translation>dem Namen, ohne gültigen Versionsspezifizierer</translation>
    </message>
    <message>
        <source>the version specifier</source>
        <translation>dem Versionsspezifizierer</translation>
    </message>
    <message>
        <source>expected the end of the requirement</source>
        <translation>Ende der Anforderung erwartet</translation>
    </message>
    <message>
        <source> in &apos;%1&apos;</source>
        <translation> in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid version specifier &apos;%1&apos;%2: %3 at position %4</source>
        <translation>ungültiger Versionsspezifizierer &apos;%1&apos;%2: %3 an Position %4</translation>
    </message>
    <message>
        <source>a specifier is an operator (==, !=, &lt;=, &gt;=, &lt;, &gt;, ~=, ===) followed by a version, e.g. &apos;&gt;=1.2&apos;, &apos;~=2.0&apos; or &apos;==1.4.*&apos;</source>
        <translation>ein Spezifizierer ist ein Operator (==, !=, &lt;=, &gt;=, &lt;, &gt;, ~=, ===), gefolgt von einer Version, z. B. &apos;&gt;=1.2&apos;, &apos;~=2.0&apos; oder &apos;==1.4.*&apos;</translation>
    </message>
    <message>
        <source>expected an operator, found nothing</source>
        <translation>Operator erwartet, nichts gefunden</translation>
    </message>
    <message>
        <source>expected an operator such as &apos;&gt;=&apos; or &apos;==&apos;</source>
        <translation>Operator wie &apos;&gt;=&apos; oder &apos;==&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a version after the operator</source>
        <translation>Version nach dem Operator erwartet</translation>
    </message>
    <message>
        <source>&apos;.*&apos; is only allowed with == and !=</source>
        <translation>&apos;.*&apos; ist nur mit == und != erlaubt</translation>
    </message>
    <message>
        <source>only a release such as &apos;1.4&apos; may precede &apos;.*&apos;</source>
        <translation>nur ein Release wie &apos;1.4&apos; darf vor &apos;.*&apos; stehen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid version</source>
        <translation>&apos;%1&apos; ist keine gültige Version</translation>
    </message>
    <message>
        <source>a local version label is only allowed with == and !=</source>
        <translation>ein lokales Versionslabel ist nur mit == und != erlaubt</translation>
    </message>
    <message>
        <source>&apos;~=&apos; needs a version with at least two components, such as &apos;~=1.4&apos;</source>
        <translation>&apos;~=&apos; benötigt eine Version mit mindestens zwei Komponenten, z. B. &apos;~=1.4&apos;</translation>
    </message>
    <message>
        <source>a local version label is not allowed with ~=</source>
        <translation>ein lokales Versionslabel ist mit ~= nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid tag &apos;%1&apos;: expected interpreter-abi-platform, e.g. py3-none-any</source>
        <translation>ungültiger Tag &apos;%1&apos;: interpreter-abi-platform erwartet, z. B. py3-none-any</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>unerwartetes Ende</translation>
    </message>
    <message>
        <source>invalid version &apos;%1&apos;: %2 at position %3%4</source>
        <translation>ungültige Version &apos;%1&apos;: %2 an Position %3%4</translation>
    </message>
    <message>
        <source>a version looks like 1.2.3, 2.0rc1, 1.0.post2 or 1!2.0+local.7 (PEP 440)</source>
        <translation>eine Version sieht so aus: 1.2.3, 2.0rc1, 1.0.post2 oder 1!2.0+local.7 (PEP 440)</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>Zahl zu groß</translation>
    </message>
    <message>
        <source>expected a release number</source>
        <translation>Release-Nummer erwartet</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Project</name>
    <message>
        <source>envdesk could not make this edit without breaking the file (%1); nothing was written</source>
        <translation>envdesk konnte diese Änderung nicht vornehmen, ohne die Datei zu beschädigen (%1); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>PyPI (the public index)</source>
        <translation>PyPI (der öffentliche Index)</translation>
    </message>
    <message>
        <source>No credentials.</source>
        <translation>Keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>Sonatype Nexus</source>
        <translation>Sonatype Nexus</translation>
    </message>
    <message>
        <source>A Nexus user and password, or a user token (its name code and pass code).</source>
        <translation>Ein Nexus-Benutzer und -Passwort oder ein Benutzer-Token (Name-Code und Pass-Code).</translation>
    </message>
    <message>
        <source>JFrog Artifactory</source>
        <translation>JFrog Artifactory</translation>
    </message>
    <message>
        <source>Your user name and an identity token (or API key) from your Artifactory profile.</source>
        <translation>Ihr Benutzername und ein Identity-Token (oder API-Schlüssel) aus Ihrem Artifactory-Profil.</translation>
    </message>
    <message>
        <source>Azure Artifacts</source>
        <translation>Azure Artifacts</translation>
    </message>
    <message>
        <source>A personal access token with Packaging (read) scope; any user name works.</source>
        <translation>Ein persönliches Zugriffstoken mit dem Bereich Packaging (Lesen); jeder Benutzername geht.</translation>
    </message>
    <message>
        <source>AWS CodeArtifact</source>
        <translation>AWS CodeArtifact</translation>
    </message>
    <message>
        <source>User &apos;aws&apos; and a token from &apos;aws codeartifact get-authorization-token&apos; (it expires after 12 hours: set it as the index&apos;s credential command).</source>
        <translation>Benutzer „aws“ und ein Token aus „aws codeartifact get-authorization-token“ (läuft nach 12 Stunden ab: als Credential-Befehl des Index festlegen).</translation>
    </message>
    <message>
        <source>Google Artifact Registry</source>
        <translation>Google Artifact Registry</translation>
    </message>
    <message>
        <source>User &apos;oauth2accesstoken&apos; and a token from &apos;gcloud auth print-access-token&apos; (short-lived: set it as the index&apos;s credential command).</source>
        <translation>Benutzer „oauth2accesstoken“ und ein Token aus „gcloud auth print-access-token“ (kurzlebig: als Credential-Befehl des Index festlegen).</translation>
    </message>
    <message>
        <source>GitLab package registry</source>
        <translation>GitLab-Paketregistrierung</translation>
    </message>
    <message>
        <source>A deploy token or personal access token (read_package_registry); the user name is the token&apos;s name, or __token__.</source>
        <translation>Ein Deploy-Token oder persönliches Zugriffstoken (read_package_registry); der Benutzername ist der Name des Tokens oder __token__.</translation>
    </message>
    <message>
        <source>Another index</source>
        <translation>Ein anderer Index</translation>
    </message>
    <message>
        <source>Whatever the index asks for; set it on the Indexes page.</source>
        <translation>Was der Index verlangt; legen Sie es auf der Seite „Indizes“ fest.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid project name</source>
        <translation>&apos;%1&apos; ist kein gültiger Projektname</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting and ending with a letter or digit</source>
        <translation>verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>there is no pyproject.toml at %1</source>
        <translation>unter %1 gibt es keine pyproject.toml</translation>
    </message>
    <message>
        <source>create the project first (envdesk&apos;s New Project)</source>
        <translation>legen Sie zuerst das Projekt an (Neues Projekt in envdesk)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not among the dependencies of %2</source>
        <translation>&apos;%1&apos; gehört nicht zu den Abhängigkeiten von %2</translation>
    </message>
    <message>
        <source>an index named &apos;%1&apos; already exists (line %2)</source>
        <translation>ein Index namens &apos;%1&apos; existiert bereits (Zeile %2)</translation>
    </message>
    <message>
        <source>choose another name, or edit the existing index</source>
        <translation>wählen Sie einen anderen Namen, oder bearbeiten Sie den vorhandenen Index</translation>
    </message>
    <message>
        <source>the index &apos;%1&apos; is still used by &apos;%2&apos; in [tool.uv.sources] (line %3)</source>
        <translation>der Index &apos;%1&apos; wird noch von &apos;%2&apos; in [tool.uv.sources] verwendet (Zeile %3)</translation>
    </message>
    <message>
        <source>unpin the package first</source>
        <translation>heben Sie zuerst die Bindung des Pakets auf</translation>
    </message>
    <message>
        <source>there is no index named &apos;%1&apos;</source>
        <translation>es gibt keinen Index namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no index number %1</source>
        <translation>es gibt keinen Index mit der Nummer %1</translation>
    </message>
    <message>
        <source>[tool.envdesk.index.%1] holds settings for &apos;%1&apos;; rename that table too, by hand, before renaming the index</source>
        <translation>[tool.envdesk.index.%1] enthält Einstellungen für &apos;%1&apos;; benennen Sie diese Tabelle von Hand um, bevor Sie den Index umbenennen</translation>
    </message>
    <message>
        <source>there is no index named &apos;%1&apos; to pin &apos;%2&apos; to</source>
        <translation>es gibt keinen Index namens &apos;%1&apos;, an den &apos;%2&apos; gebunden werden könnte</translation>
    </message>
    <message>
        <source>add the index first</source>
        <translation>fügen Sie zuerst den Index hinzu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no source in [tool.uv.sources]</source>
        <translation>&apos;%1&apos; hat keine Quelle in [tool.uv.sources]</translation>
    </message>
    <message>
        <source>this project has no file to save to</source>
        <translation>dieses Projekt hat keine Datei, in die gespeichert werden kann</translation>
    </message>
    <message>
        <source>%1 changed on disk since envdesk read it; nothing was written</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit envdesk es gelesen hat; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>reload the file and make the change again</source>
        <translation>laden Sie die Datei neu und nehmen Sie die Änderung erneut vor</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 must be a %2, not a %3</source>
        <translation>%1 muss vom Typ %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must hold strings, not a %2</source>
        <translation>%1 muss Strings enthalten, keinen Wert vom Typ %2</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not one of: %3</source>
        <translation>%1 ist &apos;%2&apos;, das ist keiner der Werte: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid requirement: %3</source>
        <translation>%1: &apos;%2&apos; ist keine gültige Anforderung: %3</translation>
    </message>
    <message>
        <source>a requirement looks like &apos;requests&gt;=2.31&apos; or &apos;numpy; python_version &gt;= &quot;3.10&quot;&apos;</source>
        <translation>eine Anforderung sieht so aus: &apos;requests&gt;=2.31&apos; oder &apos;numpy; python_version &gt;= &quot;3.10&quot;&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (kept as it is)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2 (unverändert belassen)</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>die URL ist leer</translation>
    </message>
    <message>
        <source>a URL cannot contain spaces</source>
        <translation>eine URL darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (use https://, http:// or file://)</source>
        <translation>nicht unterstütztes Schema &apos;%1&apos; (verwenden Sie https://, http:// oder file://)</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>die URL hat keinen Host</translation>
    </message>
    <message>
        <source>[project]</source>
        <translation>[project]</translation>
    </message>
    <message>
        <source>[project] name</source>
        <translation>[project] name</translation>
    </message>
    <message>
        <source>[project] name &apos;%1&apos; is not a valid package name</source>
        <translation>[project] name &apos;%1&apos; ist kein gültiger Paketname</translation>
    </message>
    <message>
        <source>[project] version</source>
        <translation>[project] version</translation>
    </message>
    <message>
        <source>[project] version: %1</source>
        <translation>[project] version: %1</translation>
    </message>
    <message>
        <source>[project] requires-python</source>
        <translation>[project] requires-python</translation>
    </message>
    <message>
        <source>[project] requires-python: %1</source>
        <translation>[project] requires-python: %1</translation>
    </message>
    <message>
        <source>[project] dependencies</source>
        <translation>[project] dependencies</translation>
    </message>
    <message>
        <source>[project.optional-dependencies]</source>
        <translation>[project.optional-dependencies]</translation>
    </message>
    <message>
        <source>[project.optional-dependencies] %1</source>
        <translation>[project.optional-dependencies] %1</translation>
    </message>
    <message>
        <source>[dependency-groups]</source>
        <translation>[dependency-groups]</translation>
    </message>
    <message>
        <source>[dependency-groups] %1</source>
        <translation>[dependency-groups] %1</translation>
    </message>
    <message>
        <source>%1 includes the group &apos;%2&apos;, which does not exist</source>
        <translation>%1 bindet die Gruppe &apos;%2&apos; ein, die nicht existiert</translation>
    </message>
    <message>
        <source>%1 must hold requirement strings or { include-group = &quot;name&quot; }</source>
        <translation>%1 muss Anforderungs-Strings oder { include-group = &quot;name&quot; } enthalten</translation>
    </message>
    <message>
        <source>each %1 entry</source>
        <translation>jeder Eintrag in %1</translation>
    </message>
    <message>
        <source>index &apos;%1&apos;</source>
        <translation>Index &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an unnamed index</source>
        <translation>ein unbenannter Index</translation>
    </message>
    <message>
        <source>the index name</source>
        <translation>der Indexname</translation>
    </message>
    <message>
        <source>index name &apos;%1&apos; may only contain ASCII letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>der Indexname &apos;%1&apos; darf nur ASCII-Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>index name &apos;%1&apos; is used twice</source>
        <translation>der Indexname &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>give each %1 a name of its own</source>
        <translation>geben Sie jedem %1 einen eigenen Namen</translation>
    </message>
    <message>
        <source>%1 has no url</source>
        <translation>%1 hat keine URL</translation>
    </message>
    <message>
        <source>add url = &quot;https://host/simple&quot;</source>
        <translation>fügen Sie url = &quot;https://host/simple&quot; hinzu</translation>
    </message>
    <message>
        <source>the url of %1</source>
        <translation>die URL von %1</translation>
    </message>
    <message>
        <source>the url &apos;%1&apos; of %2 is not valid: %3</source>
        <translation>die URL &apos;%1&apos; von %2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>%1 has credentials in its URL, which end up in version control</source>
        <translation>%1 enthält Zugangsdaten in der URL, die in der Versionsverwaltung landen</translation>
    </message>
    <message>
        <source>move them to the keychain (envdesk-cli auth migrate) or to %1_USERNAME / %1_PASSWORD</source>
        <translation>verschieben Sie sie in den Schlüsselbund (envdesk-cli auth migrate) oder nach %1_USERNAME / %1_PASSWORD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>&apos;%1&apos; von %2</translation>
    </message>
    <message>
        <source>an index with explicit = true needs a name</source>
        <translation>ein Index mit explicit = true braucht einen Namen</translation>
    </message>
    <message>
        <source>add name = &quot;...&quot; so that [tool.uv.sources] can refer to it</source>
        <translation>fügen Sie name = &quot;...&quot; hinzu, damit [tool.uv.sources] darauf verweisen kann</translation>
    </message>
    <message>
        <source>%1 is marked default = true, but an index above (line %2) already is</source>
        <translation>%1 ist mit default = true markiert, aber ein Index weiter oben (Zeile %2) ist es bereits</translation>
    </message>
    <message>
        <source>only one index can replace PyPI as the default</source>
        <translation>nur ein Index kann PyPI als Standard ersetzen</translation>
    </message>
    <message>
        <source>the format of %1</source>
        <translation>das Format von %1</translation>
    </message>
    <message>
        <source>&apos;authenticate&apos; of %1</source>
        <translation>&apos;authenticate&apos; von %1</translation>
    </message>
    <message>
        <source>&apos;ignore-error-codes&apos; of %1</source>
        <translation>&apos;ignore-error-codes&apos; von %1</translation>
    </message>
    <message>
        <source>&apos;ignore-error-codes&apos; of %1 must hold HTTP status codes (100 to 599)</source>
        <translation>&apos;ignore-error-codes&apos; von %1 muss HTTP-Statuscodes (100 bis 599) enthalten</translation>
    </message>
    <message>
        <source>&apos;cache-control&apos; of %1</source>
        <translation>&apos;cache-control&apos; von %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in the cache-control of %2</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in cache-control von %2</translation>
    </message>
    <message>
        <source>cache-control.%1 of %2</source>
        <translation>cache-control.%1 von %2</translation>
    </message>
    <message>
        <source>&apos;publish-url&apos; of %1</source>
        <translation>&apos;publish-url&apos; von %1</translation>
    </message>
    <message>
        <source>[tool.uv.sources]</source>
        <translation>[tool.uv.sources]</translation>
    </message>
    <message>
        <source>the source of &apos;%1&apos;</source>
        <translation>die Quelle von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must have exactly one of index, path, url, git or workspace</source>
        <translation>%1 muss genau eines von index, path, url, git oder workspace haben</translation>
    </message>
    <message>
        <source>%1: index</source>
        <translation>%1: index</translation>
    </message>
    <message>
        <source>%1 names the index &apos;%2&apos;, which is not defined in this file</source>
        <translation>%1 nennt den Index &apos;%2&apos;, der in dieser Datei nicht definiert ist</translation>
    </message>
    <message>
        <source>add a [[tool.uv.index]] with name = &quot;%1&quot;, or fix the name</source>
        <translation>fügen Sie einen [[tool.uv.index]] mit name = &quot;%1&quot; hinzu, oder korrigieren Sie den Namen</translation>
    </message>
    <message>
        <source>%1: use only one of rev, tag and branch</source>
        <translation>%1: verwenden Sie nur eines von rev, tag und branch</translation>
    </message>
    <message>
        <source>%1: marker</source>
        <translation>%1: marker</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot name both an extra and a group</source>
        <translation>%1 kann nicht zugleich ein Extra und eine Gruppe nennen</translation>
    </message>
    <message>
        <source>%1: %2 belongs to a git source</source>
        <translation>%1: %2 gehört zu einer git-Quelle</translation>
    </message>
    <message>
        <source>%1: subdirectory belongs to a git or url source</source>
        <translation>%1: subdirectory gehört zu einer git- oder url-Quelle</translation>
    </message>
    <message>
        <source>%1: only a path or workspace source can be editable</source>
        <translation>%1: nur eine path- oder workspace-Quelle kann editierbar sein</translation>
    </message>
    <message>
        <source>clone the repository and use a path source with editable = true</source>
        <translation>klonen Sie das Repository und verwenden Sie eine Pfadquelle mit editable = true</translation>
    </message>
    <message>
        <source>index-strategy</source>
        <translation>index-strategy</translation>
    </message>
    <message>
        <source>keyring-provider</source>
        <translation>keyring-provider</translation>
    </message>
    <message>
        <source>prerelease</source>
        <translation>prerelease</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <source>link-mode</source>
        <translation>link-mode</translation>
    </message>
    <message>
        <source>index-url &apos;%1&apos; is not valid: %2</source>
        <translation>index-url &apos;%1&apos; ist ungültig: %2</translation>
    </message>
    <message>
        <source>extra-index-url &apos;%1&apos; is not valid: %2</source>
        <translation>extra-index-url &apos;%1&apos; ist ungültig: %2</translation>
    </message>
    <message>
        <source>[tool.envdesk]</source>
        <translation>[tool.envdesk]</translation>
    </message>
    <message>
        <source>[tool.envdesk] read-pip-config</source>
        <translation>[tool.envdesk] read-pip-config</translation>
    </message>
    <message>
        <source>[tool.envdesk.index]</source>
        <translation>[tool.envdesk.index]</translation>
    </message>
    <message>
        <source>[tool.envdesk.index.%1]</source>
        <translation>[tool.envdesk.index.%1]</translation>
    </message>
    <message>
        <source>%1 is for an index that this file does not define</source>
        <translation>%1 gilt für einen Index, den diese Datei nicht definiert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 verify</source>
        <translation>%1 verify</translation>
    </message>
    <message>
        <source>%1 min-tls</source>
        <translation>%1 min-tls</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>%1 headers</translation>
    </message>
    <message>
        <source>%1 header %2</source>
        <translation>%1 Header %2</translation>
    </message>
    <message>
        <source>%1 header %2 holds its value in the file, which ends up in version control</source>
        <translation>%1 Header %2 enthält seinen Wert in der Datei, die in der Versionsverwaltung landet</translation>
    </message>
    <message>
        <source>write &quot;${keychain}&quot; (the index&apos;s keychain secret, set with envdesk-cli auth set) or &quot;${env:VARIABLE}&quot; in its place</source>
        <translation>schreiben Sie stattdessen &quot;${keychain}&quot; (das Schlüsselbund-Geheimnis des Index, gesetzt mit envdesk-cli auth set) oder &quot;${env:VARIABLE}&quot;</translation>
    </message>
    <message>
        <source>%1 credential-command</source>
        <translation>%1 credential-command</translation>
    </message>
    <message>
        <source>%1 credential-command is empty</source>
        <translation>%1 credential-command ist leer</translation>
    </message>
    <message>
        <source>give the program and its arguments, e.g. [&quot;aws&quot;, &quot;codeartifact&quot;, ...]</source>
        <translation>geben Sie das Programm und seine Argumente an, z. B. [&quot;aws&quot;, &quot;codeartifact&quot;, ...]</translation>
    </message>
    <message>
        <source>%1 credential-username</source>
        <translation>%1 credential-username</translation>
    </message>
    <message>
        <source>%1 credential-lifetime</source>
        <translation>%1 credential-lifetime</translation>
    </message>
    <message>
        <source>%1 credential-lifetime must be a number of seconds, 0 or more</source>
        <translation>%1 credential-lifetime muss eine Anzahl von Sekunden sein, 0 oder mehr</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in [tool.envdesk] (kept as it is)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in [tool.envdesk] (unverändert belassen)</translation>
    </message>
    <message>
        <source>invalid TOML: %1</source>
        <translation>ungültiges TOML: %1</translation>
    </message>
    <message>
        <source>invalid TOML: %1 (in &apos;%2&apos;)</source>
        <translation>ungültiges TOML: %1 (in &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>fix the file by hand at the line shown; nothing was changed</source>
        <translation>korrigieren Sie die Datei von Hand in der angezeigten Zeile; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table</source>
        <translation>&apos;%1&apos; ist keine Tabelle</translation>
    </message>
    <message>
        <source>no array element at &apos;%1&apos;</source>
        <translation>kein Array-Element bei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; is a table of its own; envdesk replaces values only</source>
        <translation>&apos;%1.%2&apos; ist eine eigene Tabelle; envdesk ersetzt nur Werte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot take new keys</source>
        <translation>&apos;%1&apos; kann keine neuen Schlüssel aufnehmen</translation>
    </message>
    <message>
        <source>envdesk could not set &apos;%1&apos; in this file&apos;s layout; nothing was written</source>
        <translation>envdesk konnte &apos;%1&apos; in der Struktur dieser Datei nicht setzen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a single entry envdesk can remove</source>
        <translation>&apos;%1&apos; ist kein einzelner Eintrag, den envdesk entfernen kann</translation>
    </message>
    <message>
        <source>no array to append to</source>
        <translation>kein Array zum Anhängen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an array</source>
        <translation>&apos;%1&apos; ist kein Array</translation>
    </message>
    <message>
        <source>no element %1 in &apos;%2&apos;</source>
        <translation>kein Element %1 in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no element %1 or %2 in &apos;%3&apos;</source>
        <translation>kein Element %1 oder %2 in &apos;%3&apos;</translation>
    </message>
    <message>
        <source>cannot find that table in the file</source>
        <translation>diese Tabelle wurde in der Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot reorder &apos;%1&apos;: another table sits between the tables of one of its elements</source>
        <translation>&apos;%1&apos; kann nicht neu angeordnet werden: Zwischen den Tabellen eines seiner Elemente steht eine andere Tabelle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an array of tables</source>
        <translation>&apos;%1&apos; ist kein Array von Tabellen</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::ProjectJobs</name>
    <message>
        <source>--prerelease is disallow, allow, if-necessary, explicit or if-necessary-or-explicit, not &apos;%1&apos;</source>
        <translation>--prerelease ist disallow, allow, if-necessary, explicit oder if-necessary-or-explicit, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--resolution is highest, lowest or lowest-direct, not &apos;%1&apos;</source>
        <translation>--resolution ist highest, lowest oder lowest-direct, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>exclude-newer &apos;%1&apos; is not a date (2024-05-01) or a time (2024-05-01T12:00:00Z)</source>
        <translation>exclude-newer &apos;%1&apos; ist weder ein Datum (2024-05-01) noch ein Zeitpunkt (2024-05-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>there is no pyproject.toml at %1</source>
        <translation>unter %1 gibt es keine pyproject.toml</translation>
    </message>
    <message>
        <source>run it in a project folder, or give --project DIR</source>
        <translation>führen Sie es in einem Projektordner aus, oder geben Sie --project DIR an</translation>
    </message>
    <message>
        <source>the current lock cannot be read, so nothing of it is kept: %1</source>
        <translation>die aktuelle Lock-Datei kann nicht gelesen werden, daher wird nichts davon übernommen: %1</translation>
    </message>
    <message>
        <source>%1 %2: the index listed no file with a hash, so it cannot be locked</source>
        <translation>%1 %2: der Index hat keine Datei mit Hash aufgeführt, daher kann sie nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>ask the index&apos;s administrators to publish hashes (PEP 503 #sha256=)</source>
        <translation>bitten Sie die Administratoren des Index, Hashes zu veröffentlichen (PEP 503 #sha256=)</translation>
    </message>
    <message>
        <source>%1 has no environment yet: envdesk-cli sync (without --dry-run) creates %2 first</source>
        <translation>%1 hat noch keine Umgebung: envdesk-cli sync (ohne --dry-run) erstellt zuerst %2</translation>
    </message>
    <message>
        <source>Created %1 with %2 %3 (%4)</source>
        <translation>%1 mit %2 %3 (%4) erstellt</translation>
    </message>
    <message>
        <source>Activate it with: source %1/bin/activate</source>
        <translation>Aktivieren Sie sie mit: source %1/bin/activate</translation>
    </message>
    <message>
        <source>%1 was made for another environment than %2; run envdesk-cli lock, or sync without --locked</source>
        <translation>%1 wurde für eine andere Umgebung als %2 erstellt; führen Sie envdesk-cli lock aus, oder synchronisieren Sie ohne --locked</translation>
    </message>
    <message>
        <source>%1 does not match the dependencies of %2; run envdesk-cli lock, or sync without --locked</source>
        <translation>%1 passt nicht zu den Abhängigkeiten von %2; führen Sie envdesk-cli lock aus, oder synchronisieren Sie ohne --locked</translation>
    </message>
    <message>
        <source>%1 was made for another environment; locking for %2 (%3)</source>
        <translation>%1 wurde für eine andere Umgebung erstellt; es wird für %2 (%3) festgeschrieben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 has no dependency group &apos;%2&apos; (it has: %3)</source>
        <translation>%1 hat keine Abhängigkeitsgruppe &apos;%2&apos; (sie hat: %3)</translation>
    </message>
    <message>
        <source>%1 has no extra &apos;%2&apos; (it has: %3)</source>
        <translation>%1 hat kein Extra &apos;%2&apos; (sie hat: %3)</translation>
    </message>
    <message>
        <source>%1 changed after this sync was planned; nothing was changed</source>
        <translation>%1 hat sich geändert, nachdem dieser Abgleich geplant wurde; nichts wurde verändert</translation>
    </message>
    <message>
        <source>plan the sync again to see what it would do now</source>
        <translation>den Abgleich neu planen, um zu sehen, was er jetzt täte</translation>
    </message>
    <message>
        <source>the environment %1 changed after this sync was planned; nothing was changed</source>
        <translation>die Umgebung %1 hat sich geändert, nachdem dieser Abgleich geplant wurde; nichts wurde verändert</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::ResolveJob</name>
    <message>
        <source>nothing to resolve</source>
        <translation>nichts aufzulösen</translation>
    </message>
    <message>
        <source>give requirements, or a project with dependencies</source>
        <translation>geben Sie Anforderungen an oder ein Projekt mit Abhängigkeiten</translation>
    </message>
    <message>
        <source>there is no python3 on PATH to resolve for</source>
        <translation>es gibt kein python3 im PATH, für das aufgelöst werden könnte</translation>
    </message>
    <message>
        <source>give a Python version (X.Y) or an interpreter</source>
        <translation>geben Sie eine Python-Version (X.Y) oder einen Interpreter an</translation>
    </message>
    <message>
        <source>files of %1 left out: %2</source>
        <translation>ausgelassene Dateien von %1: %2</translation>
    </message>
    <message>
        <source>%1 was not found on any index asked (-v shows each query); check its name, or the index it is on</source>
        <translation>%1 wurde auf keinem der abgefragten Indizes gefunden (-v zeigt jede Abfrage); prüfen Sie den Namen oder den Index, auf dem es liegt</translation>
    </message>
    <message>
        <source>%1 has prereleases the prerelease mode left out (newest: %2); --prerelease allow, or a requirement that names one (%1&gt;=%2), would consider them</source>
        <translation>%1 hat Vorabversionen, die der Vorabversionsmodus ausgelassen hat (neueste: %2); --prerelease allow oder eine Anforderung, die eine davon nennt (%1&gt;=%2), würde sie berücksichtigen</translation>
    </message>
    <message>
        <source>%1 is on the explicit index &apos;%2&apos;, which serves only the packages pinned to it: pin it in [tool.uv.sources] (%1 = { index = &quot;%2&quot; })</source>
        <translation>%1 liegt auf dem expliziten Index &apos;%2&apos;, der nur die an ihn gehefteten Pakete liefert: heften Sie es in [tool.uv.sources] an (%1 = { index = &quot;%2&quot; })</translation>
    </message>
    <message>
        <source>%1 has prereleases that would meet &apos;%2&apos; (newest: %3), which the prerelease mode left out; --prerelease allow, or a requirement that names one (%1&gt;=%3), would consider them</source>
        <translation>%1 hat Vorabversionen, die &apos;%2&apos; erfüllen würden (neueste: %3), die der Vorabversions-Modus ausgelassen hat; --prerelease allow oder eine Anforderung, die eine nennt (%1&gt;=%3), würde sie berücksichtigen</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>der Index</translation>
    </message>
    <message>
        <source>%1 comes from %2 (%3), which must be built, and --no-build forbids building it</source>
        <translation>die Quelle von %1 ist %2 (%3), das gebaut werden muss, und --no-build verbietet, es zu bauen</translation>
    </message>
    <message>
        <source>allow the build (drop --no-build for it), or point the source at a wheel</source>
        <translation>erlauben Sie den Build (ohne --no-build dafür), oder lassen Sie die Quelle auf ein Wheel zeigen</translation>
    </message>
    <message>
        <source>requires-python &apos;%1&apos; is not a range of Python versions</source>
        <translation>requires-python &apos;%1&apos; ist kein Bereich von Python-Versionen</translation>
    </message>
    <message>
        <source>write it as a PEP 440 specifier, e.g. &gt;=3.9</source>
        <translation>als PEP-440-Angabe schreiben, z. B. &gt;=3.9</translation>
    </message>
    <message>
        <source>every platform</source>
        <translation>jede Plattform</translation>
    </message>
    <message>
        <source>environments: %1 is not a marker: %2</source>
        <translation>environments: %1 ist keine Markierung: %2</translation>
    </message>
    <message>
        <source>fix [tool.uv] environments in pyproject.toml</source>
        <translation>[tool.uv] environments in pyproject.toml korrigieren</translation>
    </message>
    <message>
        <source>[tool.uv] environments allow no Python that requires-python &apos;%1&apos; allows</source>
        <translation>[tool.uv] environments lassen kein Python zu, das requires-python &apos;%1&apos; zulässt</translation>
    </message>
    <message>
        <source>widen requires-python or the environments</source>
        <translation>requires-python oder die environments erweitern</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Resolver</name>
    <message>
        <source>the resolution was cancelled</source>
        <translation>die Auflösung wurde abgebrochen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Python version</source>
        <translation>&apos;%1&apos; ist keine Python-Version</translation>
    </message>
    <message>
        <source>give X.Y or X.Y.Z, e.g. 3.12</source>
        <translation>geben Sie X.Y oder X.Y.Z an, z. B. 3.12</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos;</source>
        <translation>unbekannte Plattform &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use linux, macos, windows, x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu, x86_64-manylinux_2_NN, aarch64-apple-darwin, x86_64-apple-darwin or x86_64-pc-windows-msvc</source>
        <translation>verwenden Sie linux, macos, windows, x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu, x86_64-manylinux_2_NN, aarch64-apple-darwin, x86_64-apple-darwin oder x86_64-pc-windows-msvc</translation>
    </message>
    <message>
        <source>no-binary</source>
        <translation>no-binary</translation>
    </message>
    <message>
        <source>only-binary</source>
        <translation>only-binary</translation>
    </message>
    <message>
        <source>no-build</source>
        <translation>no-build</translation>
    </message>
    <message>
        <source>uploaded %1, after exclude-newer</source>
        <translation>am %1 hochgeladen, nach exclude-newer</translation>
    </message>
    <message>
        <source>yanked</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>requires Python %1</source>
        <translation>erfordert Python %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3) requires Python %4</source>
        <translation>%1 %2 (%3) benötigt Python %4</translation>
    </message>
    <message>
        <source>no tag this Python supports</source>
        <translation>kein Tag, den dieses Python unterstützt</translation>
    </message>
    <message>
        <source>no file of %1 %2 was listed</source>
        <translation>keine Datei von %1 %2 wurde aufgelistet</translation>
    </message>
    <message>
        <source>it requires Python %1</source>
        <translation>es erfordert Python %1</translation>
    </message>
    <message>
        <source>internal resolver error: %1</source>
        <translation>interner Resolver-Fehler: %1</translation>
    </message>
    <message>
        <source>it requires %1 from a URL (%2), which only the project itself can declare</source>
        <translation>es erfordert %1 von einer URL (%2), was nur das Projekt selbst deklarieren kann</translation>
    </message>
    <message>
        <source>the resolution was stopped after %1 steps without an answer</source>
        <translation>die Auflösung wurde nach %1 Schritten ohne Ergebnis angehalten</translation>
    </message>
    <message>
        <source>pin some versions to narrow the search</source>
        <translation>legen Sie einige Versionen fest, um die Suche einzugrenzen</translation>
    </message>
    <message>
        <source>the requirements split the environments into more than %1 parts</source>
        <translation>die Anforderungen teilen die Umgebungen in mehr als %1 Teile</translation>
    </message>
    <message>
        <source>narrow requires-python, or give the packages that differ by environment one requirement</source>
        <translation>requires-python einschränken oder den Paketen, die sich je Umgebung unterscheiden, eine einzige Anforderung geben</translation>
    </message>
    <message>
        <source>For the environments where %1:
</source>
        <translation>Für die Umgebungen, in denen %1:
</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Settings</name>
    <message>
        <source>%1=&apos;%2&apos;: %3</source>
        <translation>%1=&apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>fix or unset %1</source>
        <translation>korrigieren oder entfernen Sie %1</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>kein Ja/Nein-Wert</translation>
    </message>
    <message>
        <source>use true or false (1 / 0, yes / no also work)</source>
        <translation>verwenden Sie true oder false (1 / 0, yes / no gehen auch)</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>keiner der Werte: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 exists, so [tool.uv] in %2 is ignored, as uv ignores it</source>
        <translation>%1 existiert, daher wird [tool.uv] in %2 ignoriert, so wie uv es ignoriert</translation>
    </message>
    <message>
        <source>keep the settings in one of the two files</source>
        <translation>behalten Sie die Einstellungen in nur einer der beiden Dateien</translation>
    </message>
    <message>
        <source>pip&apos;s settings (PIP_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) are read below uv&apos;s own; uv itself ignores them</source>
        <translation>die Einstellungen von pip (PIP_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) werden mit niedrigerem Vorrang als die von uv gelesen; uv selbst ignoriert sie</translation>
    </message>
    <message>
        <source>set [tool.envdesk] read-pip-config = false to ignore them</source>
        <translation>setzen Sie [tool.envdesk] read-pip-config = false, um sie zu ignorieren</translation>
    </message>
    <message>
        <source>the index &apos;%1&apos; from %2 is shadowed by an index of the same name defined above it</source>
        <translation>der Index &apos;%1&apos; aus %2 wird von einem weiter oben definierten Index gleichen Namens verdeckt</translation>
    </message>
    <message>
        <source>the default index %1 from %2 is overridden by %3 from %4</source>
        <translation>der Standardindex %1 aus %2 wird durch %3 aus %4 überschrieben</translation>
    </message>
    <message>
        <source>no-index is set (%1): only find-links and flat indexes are used</source>
        <translation>no-index ist gesetzt (%1): nur find-links und flache Indizes werden verwendet</translation>
    </message>
    <message>
        <source>Configuration files (lowest precedence first):</source>
        <translation>Konfigurationsdateien (niedrigster Vorrang zuerst):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Indexes, in the order they are asked:</source>
        <translation>Indizes, in der Reihenfolge ihrer Abfrage:</translation>
    </message>
    <message>
        <source>credentials from %1</source>
        <translation>Zugangsdaten aus %1</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>overrides %1 (%2)</source>
        <translation>überschreibt %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Sync</name>
    <message numerus="yes">
        <source>compiled %n module(s) to bytecode</source>
        <translation>
            <numerusform>%n Modul zu Bytecode kompiliert</numerusform>
            <numerusform>%n Module zu Bytecode kompiliert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no SHA-256 to be checked against; not installed</source>
        <translation>%1 hat keinen SHA-256, gegen den geprüft werden kann; nicht installiert</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not match its hash: expected sha256 %2, got %3</source>
        <translation>%1 stimmt nicht mit seinem Hash überein: erwartet sha256 %2, erhalten %3</translation>
    </message>
    <message>
        <source>the file changed after it was locked; lock again if the change is wanted</source>
        <translation>die Datei wurde nach dem Festschreiben geändert; schreiben Sie erneut fest, wenn die Änderung gewollt ist</translation>
    </message>
    <message>
        <source>the lock has two entries for %1 that both apply to this environment</source>
        <translation>die Lock-Datei hat zwei Einträge für %1, die beide für diese Umgebung gelten</translation>
    </message>
    <message>
        <source>write the lock again with envdesk-cli lock</source>
        <translation>schreiben Sie die Lock-Datei mit envdesk-cli lock neu</translation>
    </message>
    <message>
        <source>%1 %2 requires Python %3; this environment has %4</source>
        <translation>%1 %2 benötigt Python %3; diese Umgebung hat %4</translation>
    </message>
    <message>
        <source>lock for this environment&apos;s Python: envdesk-cli lock --python %1</source>
        <translation>schreiben Sie für das Python dieser Umgebung fest: envdesk-cli lock --python %1</translation>
    </message>
    <message>
        <source>%1 %2 has no wheel for this environment (%3) and no sdist; locked wheels: %4</source>
        <translation>%1 %2 hat kein Wheel für diese Umgebung (%3) und kein Sdist; festgeschriebene Wheels: %4</translation>
    </message>
    <message>
        <source>lock a version that has a wheel for this environment, or build the wheel yourself and add its folder as a flat index</source>
        <translation>schreiben Sie eine Version fest, die ein Wheel für diese Umgebung hat, oder bauen Sie das Wheel selbst und fügen Sie seinen Ordner als flachen Index hinzu</translation>
    </message>
    <message>
        <source>cancelled; every package is either installed whole or not at all</source>
        <translation>abgebrochen; jedes Paket ist entweder vollständig oder gar nicht installiert</translation>
    </message>
    <message>
        <source>sync again to finish</source>
        <translation>synchronisieren Sie erneut, um abzuschließen</translation>
    </message>
    <message>
        <source>downloaded %1</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <source>%1 must be built, and this caller gave no interpreter to build it with</source>
        <translation>%1 muss gebaut werden, und dieser Aufrufer hat keinen Interpreter angegeben, mit dem es gebaut werden kann</translation>
    </message>
    <message>
        <source>building %1 from %2</source>
        <translation>%1 wird aus %2 gebaut</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>%1 gebaut</translation>
    </message>
    <message>
        <source>bytecode: some modules did not compile: %1</source>
        <translation>Bytecode: einige Module wurden nicht kompiliert: %1</translation>
    </message>
    <message>
        <source>link-mode %1 (from %2) is not one envdesk supports</source>
        <translation>link-mode %1 (aus %2) wird von envdesk nicht unterstützt</translation>
    </message>
    <message>
        <source>use hardlink (the default), clone or copy</source>
        <translation>verwenden Sie hardlink (Standard), clone oder copy</translation>
    </message>
    <message>
        <source>%1 is not a virtual environment</source>
        <translation>%1 ist keine virtuelle Umgebung</translation>
    </message>
    <message>
        <source>create it first: envdesk-cli venv %1</source>
        <translation>erstellen Sie sie zuerst: envdesk-cli venv %1</translation>
    </message>
    <message>
        <source>%1 did not say where its site-packages is</source>
        <translation>%1 hat nicht angegeben, wo sein site-packages liegt</translation>
    </message>
    <message>
        <source>another process (its lock file %1 does not say which yet)</source>
        <translation>ein anderer Prozess (seine Lock-Datei %1 gibt noch nicht an, welcher)</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>Prozess %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>waiting for %1, which is changing %2</source>
        <translation>warte auf %1, der gerade %2 ändert</translation>
    </message>
    <message>
        <source>%1 has been changing %2 for longer than %3 s</source>
        <translation>%1 ändert %2 seit mehr als %3 s</translation>
    </message>
    <message>
        <source>wait for it and try again (ENVDESK_LOCK_TIMEOUT sets how long to wait); if that process is not envdesk, remove %1</source>
        <translation>warten Sie darauf und versuchen Sie es erneut (ENVDESK_LOCK_TIMEOUT legt fest, wie lange gewartet wird); ist dieser Prozess nicht envdesk, entfernen Sie %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>die Lock-Datei %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>check that the environment&apos;s folder is writable</source>
        <translation>prüfen Sie, ob der Ordner der Umgebung beschreibbar ist</translation>
    </message>
    <message>
        <source>removed the empty %1 an interrupted removal left</source>
        <translation>das leere %1 entfernt, das ein unterbrochenes Entfernen hinterlassen hatte</translation>
    </message>
    <message>
        <source>cannot read the install journal %1</source>
        <translation>das Installationsjournal %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>check the environment&apos;s permissions</source>
        <translation>prüfen Sie die Berechtigungen der Umgebung</translation>
    </message>
    <message>
        <source>undid the interrupted install of %1</source>
        <translation>die unterbrochene Installation von %1 wurde rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Venv</name>
    <message>
        <source>%1 is itself in a virtual environment (%2)</source>
        <translation>%1 befindet sich selbst in einer virtuellen Umgebung (%2)</translation>
    </message>
    <message>
        <source>create the environment from a base interpreter (envdesk-cli python list)</source>
        <translation>erstellen Sie die Umgebung aus einem Basis-Interpreter (envdesk-cli python list)</translation>
    </message>
    <message>
        <source>Python %1 (%2) cannot host a virtual environment: envdesk makes PEP 405 environments, which need Python 3.3 or later</source>
        <translation>Python %1 (%2) kann keine virtuelle Umgebung aufnehmen: envdesk erstellt Umgebungen nach PEP 405, die Python 3.3 oder neuer brauchen</translation>
    </message>
    <message>
        <source>pick a Python 3 interpreter (envdesk-cli python list)</source>
        <translation>wählen Sie einen Python-3-Interpreter (envdesk-cli python list)</translation>
    </message>
    <message>
        <source>the interpreter %1 does not exist any more</source>
        <translation>der Interpreter %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is already a virtual environment</source>
        <translation>%1 ist bereits eine virtuelle Umgebung</translation>
    </message>
    <message>
        <source>%1 is not empty and not a virtual environment; nothing was changed</source>
        <translation>%1 ist nicht leer und keine virtuelle Umgebung; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>use --clear to replace it</source>
        <translation>verwenden Sie --clear, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>choose an empty or new folder</source>
        <translation>wählen Sie einen leeren oder neuen Ordner</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move the new environment to %1</source>
        <translation>die neue Umgebung kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Wheel</name>
    <message>
        <source>%1 was not installed: its paths could not be journaled first</source>
        <translation>%1 wurde nicht installiert: seine Pfade konnten nicht vorab im Journal erfasst werden</translation>
    </message>
    <message>
        <source>cannot write %1; nothing of %2 stays installed</source>
        <translation>%1 kann nicht geschrieben werden; von %2 bleibt nichts installiert</translation>
    </message>
    <message>
        <source>%1 has no readable RECORD; nothing was removed</source>
        <translation>%1 hat keine lesbare RECORD; es wurde nichts entfernt</translation>
    </message>
    <message>
        <source>remove it by hand, or reinstall over it with --clear of the environment</source>
        <translation>entfernen Sie es von Hand, oder installieren Sie es mit --clear der Umgebung neu darüber</translation>
    </message>
    <message>
        <source>left alone, outside the environment: %1</source>
        <translation>nicht angetastet, da außerhalb der Umgebung: %1</translation>
    </message>
    <message>
        <source>an empty entry name</source>
        <translation>ein leerer Eintragsname</translation>
    </message>
    <message>
        <source>an absolute or Windows path &apos;%1&apos;</source>
        <translation>ein absoluter oder Windows-Pfad &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a path leaving the target &apos;%1&apos;</source>
        <translation>ein Pfad, der das Ziel verlässt: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>it cannot be read again</source>
        <translation>sie kann nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>the central directory puts &apos;%1&apos; where no local header is</source>
        <translation>das zentrale Verzeichnis setzt &apos;%1&apos; dorthin, wo kein lokaler Header steht</translation>
    </message>
    <message>
        <source>the local header of &apos;%1&apos; names another file than the central directory does</source>
        <translation>der lokale Header von &apos;%1&apos; nennt eine andere Datei als das zentrale Verzeichnis</translation>
    </message>
    <message>
        <source>its local headers and its central directory list different files</source>
        <translation>ihre lokalen Header und ihr zentrales Verzeichnis führen verschiedene Dateien auf</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: %2</source>
        <translation>%1 kann nicht als ZIP-Datei geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, which is not a regular file (a link or a device)</source>
        <translation>%1 enthält &apos;%2&apos;, das keine reguläre Datei ist (ein Link oder ein Gerät)</translation>
    </message>
    <message>
        <source>wheels hold plain files only; this one was not made by a wheel builder</source>
        <translation>Wheels enthalten nur einfache Dateien; dieses wurde nicht von einem Wheel-Builder erstellt</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos; twice</source>
        <translation>%1 enthält &apos;%2&apos; doppelt</translation>
    </message>
    <message>
        <source>%1 holds two entries that differ only in case (&apos;%2&apos;)</source>
        <translation>%1 enthält zwei Einträge, die sich nur in der Groß-/Kleinschreibung unterscheiden (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; unpacks to %3 bytes, over the limit</source>
        <translation>%1: &apos;%2&apos; wird auf %3 Bytes entpackt, über dem Limit</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; cannot be read: %3</source>
        <translation>%1: &apos;%2&apos; kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 unpacks to more than the limit (%2 bytes); not installed</source>
        <translation>%1 wird auf mehr als das Limit (%2 Bytes) entpackt; nicht installiert</translation>
    </message>
    <message>
        <source>a zip bomb, or a wheel far larger than any real one</source>
        <translation>eine ZIP-Bombe oder ein Wheel, das weit größer ist als jedes echte</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3 bytes, its header says %4</source>
        <translation>%1: &apos;%2&apos; hat %3 Bytes, sein Header gibt %4 an</translation>
    </message>
    <message>
        <source>%1 is not a consistent zip file: %2</source>
        <translation>%1 ist keine stimmige ZIP-Datei: %2</translation>
    </message>
    <message>
        <source>a zip whose central directory and local headers disagree shows different files to different tools; no wheel builder makes one</source>
        <translation>eine ZIP-Datei, deren zentrales Verzeichnis und lokale Header sich widersprechen, zeigt verschiedenen Werkzeugen verschiedene Dateien; kein Wheel-Builder erzeugt so etwas</translation>
    </message>
    <message>
        <source>entry_points.txt: &apos;%1&apos; is not NAME = module:function</source>
        <translation>entry_points.txt: &apos;%1&apos; hat nicht die Form NAME = module:function</translation>
    </message>
    <message>
        <source>entry_points.txt: &apos;%1&apos; does not name module:function</source>
        <translation>entry_points.txt: &apos;%1&apos; benennt kein module:function</translation>
    </message>
    <message>
        <source>the entry point &apos;%1&apos; is not a plain file name</source>
        <translation>der Einstiegspunkt &apos;%1&apos; ist kein einfacher Dateiname</translation>
    </message>
    <message>
        <source>the entry point &apos;%1&apos; would replace the environment&apos;s interpreter</source>
        <translation>der Einstiegspunkt &apos;%1&apos; würde den Interpreter der Umgebung ersetzen</translation>
    </message>
    <message>
        <source>a wheel may not install a script named like Python itself</source>
        <translation>ein Wheel darf kein Skript installieren, das wie Python selbst heißt</translation>
    </message>
    <message>
        <source>%1: unknown .data folder &apos;%2&apos;</source>
        <translation>%1: unbekannter .data-Ordner &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the script &apos;%2&apos; is in a subfolder</source>
        <translation>%1: das Skript &apos;%2&apos; liegt in einem Unterordner</translation>
    </message>
    <message>
        <source>%1: the script &apos;%2&apos; would replace the environment&apos;s interpreter</source>
        <translation>%1: das Skript &apos;%2&apos; würde den Interpreter der Umgebung ersetzen</translation>
    </message>
    <message>
        <source>%1 holds two .dist-info folders (%2, %3)</source>
        <translation>%1 enthält zwei .dist-info-Ordner (%2, %3)</translation>
    </message>
    <message>
        <source>%1 has no .dist-info folder</source>
        <translation>%1 hat keinen .dist-info-Ordner</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not the package its file name says</source>
        <translation>%1 enthält %2, das nicht das Paket ist, das sein Dateiname angibt</translation>
    </message>
    <message>
        <source>%1 lacks %2/%3</source>
        <translation>in %1 fehlt %2/%3</translation>
    </message>
    <message>
        <source>%1 is a Wheel-Version this installer does not know (%2)</source>
        <translation>%1 hat eine Wheel-Version, die dieser Installer nicht kennt (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: RECORD lists &apos;%2&apos;, which the archive does not hold</source>
        <translation>%1: RECORD führt &apos;%2&apos; auf, das im Archiv nicht enthalten ist</translation>
    </message>
    <message>
        <source>%1: RECORD gives &apos;%2&apos; no usable hash (&apos;%3&apos;)</source>
        <translation>%1: RECORD gibt für &apos;%2&apos; keinen verwendbaren Hash an (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not match its hash in RECORD</source>
        <translation>%1: &apos;%2&apos; stimmt nicht mit seinem Hash in RECORD überein</translation>
    </message>
    <message>
        <source>the wheel was changed after it was built; do not install it</source>
        <translation>das Wheel wurde nach dem Bauen verändert; installieren Sie es nicht</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not have the size RECORD gives</source>
        <translation>%1: &apos;%2&apos; hat nicht die in RECORD angegebene Größe</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not listed in RECORD</source>
        <translation>%1: &apos;%2&apos; ist nicht in RECORD aufgeführt</translation>
    </message>
    <message>
        <source>every file of a wheel is listed in RECORD with its hash</source>
        <translation>jede Datei eines Wheels ist mit ihrem Hash in RECORD aufgeführt</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the gzip body is cut short</source>
        <translation>der gzip-Inhalt ist unvollständig</translation>
    </message>
    <message>
        <source>the gzip body is damaged (%1)</source>
        <translation>der gzip-Inhalt ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the gzip body decodes to more than %1 bytes</source>
        <translation>der gzip-Inhalt ergibt entpackt mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>bytes follow the end of the gzip body</source>
        <translation>nach dem Ende des gzip-Inhalts folgen weitere Bytes</translation>
    </message>
    <message>
        <source>the server did not answer with HTTP/1.x (it sent &quot;%1&quot;)</source>
        <translation>der Server hat nicht mit HTTP/1.x geantwortet (er sandte &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the response has an invalid Content-Length (%1)</source>
        <translation>die Antwort hat eine ungültige Content-Length (%1)</translation>
    </message>
    <message>
        <source>the server sent a body encoded as &quot;%1&quot;, which was not asked for</source>
        <translation>der Server sandte einen Inhalt in der Kodierung &quot;%1&quot;, die nicht angefragt war</translation>
    </message>
    <message>
        <source>cannot start decoding gzip</source>
        <translation>gzip-Dekodierung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the response head is longer than %1 bytes</source>
        <translation>der Kopf der Antwort ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a chunk size line is longer than 1024 bytes</source>
        <translation>eine Chunk-Größenzeile ist länger als 1024 Bytes</translation>
    </message>
    <message>
        <source>a chunk size is not a hexadecimal number</source>
        <translation>eine Chunk-Größe ist keine Hexadezimalzahl</translation>
    </message>
    <message>
        <source>a chunk does not end where its size said</source>
        <translation>ein Chunk endet nicht dort, wo seine Größe es angibt</translation>
    </message>
    <message>
        <source>the trailers are longer than %1 bytes</source>
        <translation>die Trailer sind länger als %1 Bytes</translation>
    </message>
</context>
</TS>
