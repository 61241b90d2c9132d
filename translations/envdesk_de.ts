<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Envdesk::Ui::DependenciesPage</name>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Optional (extra)</source>
        <translation>Optional (Extra)</translation>
    </message>
    <message>
        <source>Dependency group</source>
        <translation>Abhängigkeitsgruppe</translation>
    </message>
    <message>
        <source>Where the requirement goes</source>
        <translation>Wohin die Anforderung kommt</translation>
    </message>
    <message>
        <source>extra or group name, e.g. dev</source>
        <translation>Name des Extras oder der Gruppe, z. B. dev</translation>
    </message>
    <message>
        <source>Extra or group name</source>
        <translation>Name des Extras oder der Gruppe</translation>
    </message>
    <message>
        <source>Add &amp;to:</source>
        <translation>Hinzufügen &amp;zu:</translation>
    </message>
    <message>
        <source>a PEP 508 requirement, e.g. requests&gt;=2.31; python_version &gt;= &quot;3.9&quot;</source>
        <translation>eine PEP-508-Anforderung, z. B. requests&gt;=2.31; python_version &gt;= &quot;3.9&quot;</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation>An&amp;forderung:</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation>Extra %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Type a requirement: a name, optionally with extras, versions and a marker.</source>
        <translation>Geben Sie eine Anforderung ein: ein Name, wahlweise mit Extras, Versionen und einem Marker.</translation>
    </message>
    <message>
        <source>Not a valid requirement: %1</source>
        <translation>Keine gültige Anforderung: %1</translation>
    </message>
    <message>
        <source>Name the extra or group.</source>
        <translation>Benennen Sie das Extra oder die Gruppe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid extra or group name.</source>
        <translation>„%1“ ist kein gültiger Name für ein Extra oder eine Gruppe.</translation>
    </message>
    <message>
        <source>Valid requirement on %1.</source>
        <translation>Gültige Anforderung an %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) on the indexes, the newest %1.</source>
        <translation>
            <numerusform>%n Version auf den Indizes, die neueste %1.</numerusform>
            <numerusform>%n Versionen auf den Indizes, die neueste %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::EnvironmentPage</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation>Installiert von</translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation>Installierte Pakete</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>No environment yet: %1. Sync creates it.</source>
        <translation>Noch keine Umgebung: %1. Sync legt sie an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n package(s) in %3</source>
        <translation>
            <numerusform>%1 in %2: %n Paket in %3</numerusform>
            <numerusform>%1 in %2: %n Pakete in %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::IndexListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>explizit</translation>
    </message>
    <message>
        <source>%1, priority %2, %3</source>
        <translation>%1, Priorität %2, %3</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::IndexesPage</name>
    <message>
        <source>First index (safe, the default)</source>
        <translation>Erster Index (sicher, Standard)</translation>
    </message>
    <message>
        <source>A package comes only from the first index, in the order above, that has it. An attacker who publishes the same name on a later index (PyPI) is never asked. A 401 or 403 stops the search instead of falling through.</source>
        <translation>Ein Paket kommt nur vom ersten Index in der obigen Reihenfolge, der es hat. Wer denselben Namen auf einem späteren Index (PyPI) veröffentlicht, wird nie gefragt. Ein 401 oder 403 beendet die Suche, statt zum nächsten Index weiterzugehen.</translation>
    </message>
    <message>
        <source>First match (unsafe)</source>
        <translation>Erster Treffer (unsicher)</translation>
    </message>
    <message>
        <source>Every index is searched, in order, for a version that fits; the first index with a fitting version wins. A later index can supply a package the first one also has: pin private packages in Sources.</source>
        <translation>Jeder Index wird der Reihe nach nach einer passenden Version durchsucht; der erste Index mit einer passenden Version gewinnt. Ein späterer Index kann ein Paket liefern, das auch der erste hat: Heften Sie private Pakete unter „Quellen“ an.</translation>
    </message>
    <message>
        <source>Best match (unsafe, like pip)</source>
        <translation>Beste Version (unsicher, wie pip)</translation>
    </message>
    <message>
        <source>The best version from any index wins, as pip&apos;s --extra-index-url does. Anyone who can publish a higher version of your private package&apos;s name on any of these indexes gets it installed.</source>
        <translation>Die beste Version von irgendeinem Index gewinnt, wie bei pips --extra-index-url. Wer auf einem dieser Indizes eine höhere Version unter dem Namen Ihres privaten Pakets veröffentlichen kann, bekommt sie installiert.</translation>
    </message>
    <message>
        <source>Move index</source>
        <translation>Index verschieben</translation>
    </message>
    <message>
        <source>Indexes in priority order</source>
        <translation>Indizes nach Priorität</translation>
    </message>
    <message>
        <source>Asked in this order (drag to reorder):</source>
        <translation>In dieser Reihenfolge gefragt (zum Umordnen ziehen):</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Raise the selected index&apos;s priority (Alt+Up in the list)</source>
        <translation>Priorität des gewählten Index erhöhen (Alt+Hoch in der Liste)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Lower the selected index&apos;s priority (Alt+Down in the list)</source>
        <translation>Priorität des gewählten Index senken (Alt+Runter in der Liste)</translation>
    </message>
    <message>
        <source>Add &amp;index</source>
        <translation>&amp;Index hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Index strategy</source>
        <translation>Index-Strategie</translation>
    </message>
    <message>
        <source>Selected index</source>
        <translation>Gewählter Index</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>Replaces PyPI as the default index</source>
        <translation>Ersetzt PyPI als Standardindex</translation>
    </message>
    <message>
        <source>De&amp;fault:</source>
        <translation>Stan&amp;dard:</translation>
    </message>
    <message>
        <source>Only for packages pinned to it in Sources</source>
        <translation>Nur für Pakete, die unter „Quellen“ an ihn geheftet sind</translation>
    </message>
    <message>
        <source>E&amp;xplicit:</source>
        <translation>E&amp;xplizit:</translation>
    </message>
    <message>
        <source>Simple API (PEP 503 / 691)</source>
        <translation>Simple API (PEP 503 / 691)</translation>
    </message>
    <message>
        <source>Flat (a page or folder of files)</source>
        <translation>Flach (eine Seite oder ein Ordner mit Dateien)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>When the index asks (auto)</source>
        <translation>Wenn der Index fragt (auto)</translation>
    </message>
    <message>
        <source>Always (fail without credentials)</source>
        <translation>Immer (ohne Zugangsdaten scheitern)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Authenticate:</source>
        <translation>&amp;Authentifizieren:</translation>
    </message>
    <message>
        <source>e.g. 401, 403: treated like 404</source>
        <translation>z. B. 401, 403: wie 404 behandelt</translation>
    </message>
    <message>
        <source>I&amp;gnore error codes:</source>
        <translation>Fehlercodes i&amp;gnorieren:</translation>
    </message>
    <message>
        <source>&amp;Publish URL:</source>
        <translation>&amp;Veröffentlichungs-URL:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Pass&amp;wort oder Token:</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remove from &amp;keychain</source>
        <translation>Aus dem Sch&amp;lüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Move credentials out of the URL into the keychain</source>
        <translation>Zugangsdaten aus der URL in den Schlüsselbund &amp;verschieben</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test report</source>
        <translation>Bericht des Verbindungstests</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Trust a CA certificate for this index…</source>
        <translation>Einem CA-Zertifikat für diesen Index vertrauen …</translation>
    </message>
    <message>
        <source>Set credentials…</source>
        <translation>Zugangsdaten festlegen …</translation>
    </message>
    <message>
        <source>Add index</source>
        <translation>Index hinzufügen</translation>
    </message>
    <message>
        <source>Remove index %1</source>
        <translation>Index %1 entfernen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of HTTP status codes</source>
        <translation>„%1“ ist keine Liste von HTTP-Statuscodes</translation>
    </message>
    <message>
        <source>write them like 401, 403</source>
        <translation>schreiben Sie sie wie 401, 403</translation>
    </message>
    <message>
        <source>Set the index strategy</source>
        <translation>Index-Strategie festlegen</translation>
    </message>
    <message>
        <source>The CA certificate(s) to trust for this index</source>
        <translation>Die CA-Zertifikate, denen für diesen Index vertraut wird</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Edit index %1</source>
        <translation>Index bearbeiten: %1</translation>
    </message>
    <message>
        <source>Select an index to see its credentials.</source>
        <translation>Wählen Sie einen Index, um seine Zugangsdaten zu sehen.</translation>
    </message>
    <message>
        <source>The credentials are written in the index URL, in pyproject.toml: anyone who reads the file reads them. Move them into the keychain.</source>
        <translation>Die Zugangsdaten stehen in der Index-URL in pyproject.toml: Wer die Datei liest, liest sie mit. Verschieben Sie sie in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Looking for this index&apos;s credentials…</source>
        <translation>Zugangsdaten dieses Index werden gesucht …</translation>
    </message>
    <message>
        <source>No credentials found (URL, %1_USERNAME / _PASSWORD, .netrc, keychain). Requests go out without them.</source>
        <translation>Keine Zugangsdaten gefunden (URL, %1_USERNAME / _PASSWORD, .netrc, Schlüsselbund). Anfragen gehen ohne sie hinaus.</translation>
    </message>
    <message>
        <source>No credentials found; %1</source>
        <translation>Keine Zugangsdaten gefunden; %1</translation>
    </message>
    <message>
        <source>Credentials for user &apos;%1&apos; come from %2.</source>
        <translation>Zugangsdaten für Benutzer „%1“ kommen aus %2.</translation>
    </message>
    <message>
        <source>Give a user name and a password or token.</source>
        <translation>Geben Sie einen Benutzernamen und ein Passwort oder Token an.</translation>
    </message>
    <message>
        <source>for a token without a user, uv and envdesk use the user name __token__</source>
        <translation>für ein Token ohne Benutzer verwenden uv und envdesk den Benutzernamen __token__</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Moving the credentials into the keychain…</source>
        <translation>Zugangsdaten werden in den Schlüsselbund verschoben …</translation>
    </message>
    <message>
        <source>the URL was left as it is</source>
        <translation>die URL blieb unverändert</translation>
    </message>
    <message>
        <source>Move credentials into the keychain</source>
        <translation>Zugangsdaten in den Schlüsselbund verschieben</translation>
    </message>
    <message>
        <source>The credentials are in the keychain and out of the URL; save the project to write the file.</source>
        <translation>Die Zugangsdaten sind im Schlüsselbund und nicht mehr in der URL; speichern Sie das Projekt, um die Datei zu schreiben.</translation>
    </message>
    <message>
        <source>Name this index first: per-index TLS settings are kept under its name.</source>
        <translation>Benennen Sie diesen Index zuerst: TLS-Einstellungen pro Index stehen unter seinem Namen.</translation>
    </message>
    <message>
        <source>Trust a CA for %1</source>
        <translation>Einer CA für %1 vertrauen</translation>
    </message>
    <message>
        <source>%1 now trusts the certificates in %2; save, then test again.</source>
        <translation>%1 vertraut jetzt den Zertifikaten in %2; speichern, dann erneut testen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>connection test of %1: %2</source>
        <translation>Verbindungstest von %1: %2</translation>
    </message>
    <message>
        <source>Allow TLS 1.0 and 1.1 for this index (weaker)</source>
        <translation>TLS 1.0 und 1.1 für diesen Index erlauben (schwächer)</translation>
    </message>
    <message>
        <source>Credentials come from the credential command &apos;%1&apos;, run when a request needs them (its token is kept in memory only).</source>
        <translation>Die Zugangsdaten kommen vom Credential-Befehl „%1“, der läuft, wenn eine Anfrage sie braucht (sein Token bleibt nur im Speicher).</translation>
    </message>
    <message>
        <source>Allow old TLS for %1</source>
        <translation>Altes TLS für %1 erlauben</translation>
    </message>
    <message>
        <source>%1 may now use TLS 1.0 and 1.1; save, then test again.</source>
        <translation>%1 darf jetzt TLS 1.0 und 1.1 verwenden; speichern, dann erneut testen.</translation>
    </message>
    <message>
        <source>these versions are weak: ask the server&apos;s owners to upgrade</source>
        <translation>diese Versionen sind schwach: Bitten Sie die Betreiber des Servers um ein Upgrade</translation>
    </message>
    <message>
        <source>&amp;Cancel the test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Show lines about this package</source>
        <translation>Zeilen zu diesem Paket zeigen</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Show lines about this index</source>
        <translation>Zeilen zu diesem Index zeigen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Die neueste Zeile sichtbar halten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown lines when none is selected</source>
        <translation>Die gewählten Zeilen kopieren, oder alle gezeigten, wenn keine gewählt ist</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Protokolldateien (*.log *.txt)</translation>
    </message>
    <message>
        <source>%1 older lines were dropped: the log keeps the newest %2.</source>
        <translation>%1 ältere Zeilen wurden verworfen: Das Protokoll behält die neuesten %2.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::LogModel</name>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::MainWindow</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open or create a Python project to begin.</source>
        <translation>Öffnen oder erstellen Sie ein Python-Projekt, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Zuletzt geöffnete Projekte:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Ein Projekt erstellen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Einen Projektordner öffnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Write pyproject.toml</source>
        <translation>pyproject.toml schreiben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Resolve the dependencies without writing anything</source>
        <translation>Die Abhängigkeiten auflösen, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>Resolve the dependencies and write pylock.toml</source>
        <translation>Die Abhängigkeiten auflösen und pylock.toml schreiben</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Make the project&apos;s .venv match pylock.toml (shows the plan first)</source>
        <translation>Die .venv des Projekts an pylock.toml angleichen (zeigt zuerst den Plan)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop what is running</source>
        <translation>Anhalten, was gerade läuft</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Run the connection doctor on the selected index</source>
        <translation>Den Verbindungsdoktor auf den gewählten Index anwenden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>opened %1: %2 dependencies, %3 indexes</source>
        <translation>%1 geöffnet: %2 Abhängigkeiten, %3 Indizes</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>%1 wird eingerichtet …</translation>
    </message>
    <message>
        <source>The project is ready</source>
        <translation>Das Projekt ist bereit</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have changes that are not saved.</source>
        <translation>%1 wurde von einem anderen Programm geändert, und Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Reload the file and lose your changes, or keep editing (saving will then be refused until you reload).</source>
        <translation>Laden Sie die Datei neu und verlieren Sie Ihre Änderungen, oder bearbeiten Sie weiter (Speichern wird dann bis zum Neuladen verweigert).</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>Meine Änderungen &amp;behalten</translation>
    </message>
    <message>
        <source>cannot reload %1: %2</source>
        <translation>%1 kann nicht neu geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk: reloaded</source>
        <translation>%1 auf der Festplatte geändert: neu geladen</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 neu geladen: Die Datei wurde auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>%1[*] — envdesk</source>
        <translation>%1[*] — envdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;requires-python: %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;requires-python: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnings&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Warnungen&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source> (cache)</source>
        <translation> (Cache)</translation>
    </message>
    <message>
        <source>Resolving: %1 packages decided, %2 metadata files</source>
        <translation>Auflösung: %1 Pakete entschieden, %2 Metadatendateien</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird aufgelöst …</translation>
    </message>
    <message>
        <source>resolving %1</source>
        <translation>%1 wird aufgelöst</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <source>No solution:
%1</source>
        <translation>Keine Lösung:
%1</translation>
    </message>
    <message>
        <source>Resolved %1 packages for Python %2 in %3 s</source>
        <translation>%1 Pakete für Python %2 in %3 s aufgelöst</translation>
    </message>
    <message>
        <source>resolved %1 packages</source>
        <translation>%1 Pakete aufgelöst</translation>
    </message>
    <message>
        <source>Locking %1…</source>
        <translation>%1 wird festgeschrieben …</translation>
    </message>
    <message>
        <source>Planning the sync of %1…</source>
        <translation>Synchronisierung von %1 wird geplant …</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the environment:</source>
        <translation>
            <numerusform>%n Änderung an der Umgebung:</numerusform>
            <numerusform>%n Änderungen an der Umgebung:</numerusform>
        </translation>
    </message>
    <message>
        <source>sync declined</source>
        <translation>Synchronisierung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert …</translation>
    </message>
    <message>
        <source>Certificates &amp; Network</source>
        <translation>Zertifikate &amp; Netzwerk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time envdesk starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von envdesk.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Bring indexes, pins and requirements in from pip.conf, a Pipfile or requirements.txt</source>
        <translation>Indizes, Anheftungen und Anforderungen aus pip.conf, einem Pipfile oder requirements.txt übernehmen</translation>
    </message>
    <message>
        <source>Import from pip.conf, a Pipfile or a requirements file</source>
        <translation>Aus pip.conf, einem Pipfile oder einer Anforderungsdatei importieren</translation>
    </message>
    <message>
        <source>pip and pipenv files (pip.conf pip.ini Pipfile *.txt *.in);;All files (*)</source>
        <translation>pip- und pipenv-Dateien (pip.conf pip.ini Pipfile *.txt *.in);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>import %1: %2</source>
        <translation>Import %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n change(s), not saved yet</source>
        <translation>
            <numerusform>%1 importiert: %n Änderung, noch nicht gespeichert</numerusform>
            <numerusform>%1 importiert: %n Änderungen, noch nicht gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n change(s). Review them, then save.</source>
        <translation>
            <numerusform>%1 importiert: %n Änderung. Prüfen Sie sie, dann speichern.</numerusform>
            <numerusform>%1 importiert: %n Änderungen. Prüfen Sie sie, dann speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:
%1</source>
        <translation>Warnungen:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 matches the lock (%n package(s))</source>
        <translation>
            <numerusform>%1 entspricht der Sperrdatei (%n Paket)</numerusform>
            <numerusform>%1 entspricht der Sperrdatei (%n Pakete)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock for &amp;Every Environment</source>
        <translation>Für &amp;jede Umgebung festschreiben</translation>
    </message>
    <message>
        <source>Resolve for every Python the project&apos;s requires-python allows, on every platform, and write pylock.toml with a marker on each package that is not needed everywhere</source>
        <translation>Für jedes Python, das requires-python des Projekts zulässt, auf jeder Plattform auflösen und pylock.toml mit einer Markierung an jedem Paket schreiben, das nicht überall gebraucht wird</translation>
    </message>
    <message>
        <source>Locking %1 for every environment…</source>
        <translation>%1 wird für jede Umgebung festgeschrieben…</translation>
    </message>
    <message>
        <source>Install these dependency groups and extras too:</source>
        <translation>Diese Abhängigkeitsgruppen und Extras auch installieren:</translation>
    </message>
    <message>
        <source>Dependency groups</source>
        <translation>Abhängigkeitsgruppen</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Open a &amp;Terminal Here</source>
        <translation>&amp;Terminal hier öffnen</translation>
    </message>
    <message>
        <source>A terminal in the project&apos;s folder, inside .venv, where pip and uv reach the project&apos;s indexes with their credentials and certificates</source>
        <translation>Ein Terminal im Ordner des Projekts, in .venv, in dem pip und uv die Indizes des Projekts mit ihren Zugangsdaten und Zertifikaten erreichen</translation>
    </message>
    <message>
        <source>The project has no .venv yet: sync first</source>
        <translation>Das Projekt hat noch keine .venv: zuerst synchronisieren</translation>
    </message>
    <message>
        <source>envdesk-cli was not found beside envdesk or on PATH</source>
        <translation>envdesk-cli wurde weder neben envdesk noch in PATH gefunden</translation>
    </message>
    <message>
        <source>no terminal program was found: set TERMINAL, or install one</source>
        <translation>kein Terminalprogramm gefunden: setzen Sie TERMINAL oder installieren Sie eines</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Terminal opened in %1</source>
        <translation>Terminal in %1 geöffnet</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>cancelling: downloads stop, a build is stopped, each package stays whole</source>
        <translation>wird abgebrochen: Downloads enden, ein Build wird gestoppt, jedes Paket bleibt ganz</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>No solution: the requirements cannot all be met</source>
        <translation>Keine Lösung: die Anforderungen lassen sich nicht alle erfüllen</translation>
    </message>
    <message>
        <source>The requirements cannot all be met.</source>
        <translation>Die Anforderungen lassen sich nicht alle erfüllen.</translation>
    </message>
    <message>
        <source>Trust a CA certificate for %1…</source>
        <translation>Einem CA-Zertifikat für %1 vertrauen…</translation>
    </message>
    <message>
        <source>The CA certificate(s) to trust for %1</source>
        <translation>Die CA-Zertifikate, denen für %1 vertraut werden soll</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Set credentials for %1…</source>
        <translation>Zugangsdaten für %1 setzen…</translation>
    </message>
    <message>
        <source>Locked %1 packages for Python %2 (%3) in %4 s: %5</source>
        <translation>%1 Pakete für Python %2 (%3) in %4 s gesperrt: %5</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 ist aktuell</translation>
    </message>
    <message>
        <source>Creating the environment of %1…</source>
        <translation>Umgebung von %1 wird angelegt…</translation>
    </message>
    <message numerus="yes">
        <source>the lock is made again first: %n package(s)</source>
        <translation>
            <numerusform>die Sperrdatei wird zuerst neu erstellt: %n Paket</numerusform>
            <numerusform>die Sperrdatei wird zuerst neu erstellt: %n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 with %2</source>
        <translation>%1 mit %2 abgeglichen</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::NetworkPage</name>
    <message>
        <source>Subject: %1 · Issuer: %2 · %3</source>
        <translation>Inhaber: %1 · Aussteller: %2 · %3</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>ABGELAUFEN am %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Per index: certificates, TLS and proxy</source>
        <translation>Pro Index: Zertifikate, TLS und Proxy</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>&amp;Index:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Eine Datei für %1 wählen</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bündel:</translation>
    </message>
    <message>
        <source>CA certificates to trust for this index</source>
        <translation>CA-Zertifikate, denen für diesen Index vertraut wird</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>C&amp;lient certificate:</source>
        <translation>C&amp;lient-Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Das Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>&amp;Verify:</source>
        <translation>&amp;Prüfen:</translation>
    </message>
    <message>
        <source>Default (TLS 1.2)</source>
        <translation>Standard (TLS 1.2)</translation>
    </message>
    <message>
        <source>&amp;Minimum TLS:</source>
        <translation>&amp;Mindest-TLS:</translation>
    </message>
    <message>
        <source>the environment&apos;s proxy; or http://proxy:3128, or none</source>
        <translation>der Proxy der Umgebung; oder http://proxy:3128, oder none</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Hosts whose certificates are not checked (allow-insecure-host)</source>
        <translation>Hosts, deren Zertifikate nicht geprüft werden (allow-insecure-host)</translation>
    </message>
    <message>
        <source>Anyone on the network path to these hosts can pose as them and serve you any package. Prefer trusting the host&apos;s CA (above).</source>
        <translation>Jeder auf dem Netzwerkweg zu diesen Hosts kann sich als sie ausgeben und Ihnen beliebige Pakete liefern. Vertrauen Sie besser der CA des Hosts (oben).</translation>
    </message>
    <message>
        <source>Insecure hosts</source>
        <translation>Unsichere Hosts</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>Host oder Host:Port</translation>
    </message>
    <message>
        <source>Host to add</source>
        <translation>Hinzuzufügender Host</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Entf&amp;ernen</translation>
    </message>
    <message>
        <source>Machine-wide (environment and user settings)</source>
        <translation>Rechnerweit (Umgebung und Benutzereinstellungen)</translation>
    </message>
    <message>
        <source>Also trust the &amp;system&apos;s certificate store (native-tls)</source>
        <translation>Auch dem Zertifikatsspeicher des &amp;Systems vertrauen (native-tls)</translation>
    </message>
    <message>
        <source>Machine-wide certificate and proxy settings</source>
        <translation>Rechnerweite Zertifikats- und Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>Remove insecure host</source>
        <translation>Unsicheren Host entfernen</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>Set %1 for %2</source>
        <translation>%1 für %2 festlegen</translation>
    </message>
    <message>
        <source>Certificates of %1 are no longer checked.</source>
        <translation>Zertifikate von %1 werden nicht mehr geprüft.</translation>
    </message>
    <message>
        <source>anyone on the network path can pose as this index; trust its CA instead when you can</source>
        <translation>jeder auf dem Netzwerkweg kann sich als dieser Index ausgeben; vertrauen Sie besser seiner CA</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (write it like pypi.corp.example or 10.0.0.5:8443)</source>
        <translation>„%1“ ist kein Hostname (schreiben Sie ihn wie pypi.corp.example oder 10.0.0.5:8443)</translation>
    </message>
    <message>
        <source>Add insecure host</source>
        <translation>Unsicheren Host hinzufügen</translation>
    </message>
    <message>
        <source>anyone on the network path can pose as this host; trust its CA instead when you can</source>
        <translation>jeder auf dem Netzwerkweg kann sich als dieser Host ausgeben; vertrauen Sie besser seiner CA</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>PKCS#12 file: its password is asked for when it is used (envdesk does not keep it); the certificate cannot be shown without it.</source>
        <translation>PKCS#12-Datei: Ihr Passwort wird bei der Verwendung abgefragt (envdesk speichert es nicht); ohne es kann das Zertifikat nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>use a PEM file (certificate, then key) or a PKCS#12 file (.p12, .pfx)</source>
        <translation>verwenden Sie eine PEM-Datei (Zertifikat, dann Schlüssel) oder eine PKCS#12-Datei (.p12, .pfx)</translation>
    </message>
    <message>
        <source>renew the certificate: servers refuse an expired one</source>
        <translation>erneuern Sie das Zertifikat: Server lehnen ein abgelaufenes ab</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::NewProjectWizard</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Where the project lives</source>
        <translation>Wo das Projekt liegt</translation>
    </message>
    <message>
        <source>envdesk writes pyproject.toml into this folder; it makes the folder when needed.</source>
        <translation>envdesk schreibt pyproject.toml in diesen Ordner; es legt den Ordner bei Bedarf an.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>The interpreter for the project&apos;s environment, from the ones on this machine.</source>
        <translation>Der Interpreter für die Umgebung des Projekts, aus denen auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Python interpreters</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementierung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Requires Python</source>
        <translation>Benötigtes Python</translation>
    </message>
    <message>
        <source>&amp;Requires Python:</source>
        <translation>Benötigtes &amp;Python:</translation>
    </message>
    <message>
        <source>Package index</source>
        <translation>Paketindex</translation>
    </message>
    <message>
        <source>Where packages come from. A private index becomes the default index, in place of PyPI.</source>
        <translation>Woher Pakete kommen. Ein privater Index wird anstelle von PyPI zum Standardindex.</translation>
    </message>
    <message>
        <source>Kind of index</source>
        <translation>Art des Index</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Index name</source>
        <translation>Indexname</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Index URL</source>
        <translation>Index-URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>First dependencies</source>
        <translation>Erste Abhängigkeiten</translation>
    </message>
    <message>
        <source>One requirement per line (PEP 508), e.g. requests&gt;=2.31. You can add more later.</source>
        <translation>Eine Anforderung pro Zeile (PEP 508), z. B. requests&gt;=2.31. Weitere können Sie später hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Lock and sync the dependencies now (watch the log)</source>
        <translation>Abhängigkeiten jetzt &amp;festschreiben und synchronisieren (im Protokoll verfolgen)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Looking for Python interpreters…</source>
        <translation>Python-Interpreter werden gesucht …</translation>
    </message>
    <message>
        <source>interpreter skipped: %1</source>
        <translation>Interpreter übersprungen: %1</translation>
    </message>
    <message>
        <source>No Python found: install python3, then try again.</source>
        <translation>Kein Python gefunden: Installieren Sie python3 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complete index URL</source>
        <translation>„%1“ ist keine vollständige Index-URL</translation>
    </message>
    <message>
        <source>replace every {placeholder} with your organization&apos;s value</source>
        <translation>ersetzen Sie jeden {Platzhalter} durch den Wert Ihrer Organisation</translation>
    </message>
    <message>
        <source>dependency on line %1: %2</source>
        <translation>Abhängigkeit in Zeile %1: %2</translation>
    </message>
    <message>
        <source>Choose a folder (a full path).</source>
        <translation>Wählen Sie einen Ordner (einen vollständigen Pfad).</translation>
    </message>
    <message>
        <source>%1 already has a pyproject.toml.</source>
        <translation>%1 hat bereits eine pyproject.toml.</translation>
    </message>
    <message>
        <source>open it with Open Project instead, or choose another folder</source>
        <translation>öffnen Sie sie stattdessen mit „Projekt öffnen“, oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid project name.</source>
        <translation>„%1“ ist kein gültiger Projektname.</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting and ending with a letter or digit</source>
        <translation>verwenden Sie Buchstaben, Ziffern, „.“, „-“ und „_“, Anfang und Ende ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>requires-python: %1</source>
        <translation>requires-python: %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Requirement to add</source>
        <translation>Hinzuzufügende Anforderung</translation>
    </message>
    <message>
        <source>type a name: the index&apos;s projects and versions are offered</source>
        <translation>Namen eingeben: Projekte und Versionen des Index werden angeboten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Not a valid requirement: %1</source>
        <translation>Keine gültige Anforderung: %1</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgehend von:</translation>
    </message>
    <message>
        <source>a Pipfile, requirements.txt or pip.conf (optional)</source>
        <translation>eine Pipfile, requirements.txt oder pip.conf (optional)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>%1: %2 index(es), %3 dependencies, %4 source(s), %5 warning(s); imported when the project is created</source>
        <translation>%1: %2 Index(e), %3 Abhängigkeiten, %4 Quelle(n), %5 Warnung(en); wird beim Anlegen des Projekts importiert</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <source>Pipfile, requirements, pip.conf (Pipfile *.txt *.in pip.conf pip.ini);;All files (*)</source>
        <translation>Pipfile, Anforderungen, pip.conf (Pipfile *.txt *.in pip.conf pip.ini);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::ProjectDocument</name>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt ist geöffnet</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::SourcesPage</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Package sources</source>
        <translation>Paketquellen</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Package to pin</source>
        <translation>Anzuheftendes Paket</translation>
    </message>
    <message>
        <source>Index to pin it to</source>
        <translation>Index, an den es geheftet wird</translation>
    </message>
    <message>
        <source>&amp;Pin to index</source>
        <translation>An Index &amp;heften</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>P&amp;ackage:</source>
        <translation>P&amp;aket:</translation>
    </message>
    <message>
        <source>comes only from</source>
        <translation>kommt nur von</translation>
    </message>
    <message>
        <source>Add a named index first (Indexes page)</source>
        <translation>Fügen Sie zuerst einen benannten Index hinzu (Seite „Indizes“)</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>path %1%2</source>
        <translation>Pfad %1%2</translation>
    </message>
    <message>
        <source> (editable)</source>
        <translation> (editierbar)</translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation>URL %1</translation>
    </message>
    <message>
        <source>git %1</source>
        <translation>Git %1</translation>
    </message>
    <message>
        <source>workspace member</source>
        <translation>Workspace-Mitglied</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid package name</source>
        <translation>„%1“ ist kein gültiger Paketname</translation>
    </message>
    <message>
        <source>Pin %1 to %2</source>
        <translation>%1 an %2 heften</translation>
    </message>
    <message>
        <source>%1 now comes only from %2.</source>
        <translation>%1 kommt jetzt nur von %2.</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>Found on more than one index and not pinned: %1.</source>
        <translation>Auf mehr als einem Index gefunden und nicht angeheftet: %1.</translation>
    </message>
    <message>
        <source>if one of them is your private package, pin it to its index so nobody can shadow it from another index (dependency confusion)</source>
        <translation>wenn eines davon Ihr privates Paket ist, heften Sie es an seinen Index, damit niemand es von einem anderen Index aus überdecken kann (Dependency Confusion)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>einem Ordner</translation>
    </message>
    <message>
        <source>a wheel or sdist file</source>
        <translation>einer Wheel- oder Sdist-Datei</translation>
    </message>
    <message>
        <source>a git repository</source>
        <translation>einem git-Repository</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>einer URL</translation>
    </message>
    <message>
        <source>Where the package comes from</source>
        <translation>Woher das Paket stammt</translation>
    </message>
    <message>
        <source>path, or https://… / git URL</source>
        <translation>Pfad, oder https://… / git-URL</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Git branch, tag or commit</source>
        <translation>Git-Branch, -Tag oder -Commit</translation>
    </message>
    <message>
        <source>branch, tag or commit</source>
        <translation>Branch, Tag oder Commit</translation>
    </message>
    <message>
        <source>&amp;Editable</source>
        <translation>&amp;Editierbar</translation>
    </message>
    <message>
        <source>&amp;Set source</source>
        <translation>Quelle &amp;setzen</translation>
    </message>
    <message>
        <source>or comes from</source>
        <translation>oder stammt aus</translation>
    </message>
    <message>
        <source>Source folder</source>
        <translation>Quellordner</translation>
    </message>
    <message>
        <source>Wheel or sdist</source>
        <translation>Wheel oder Sdist</translation>
    </message>
    <message>
        <source>Distributions (*.whl *.tar.gz *.zip)</source>
        <translation>Distributionen (*.whl *.tar.gz *.zip)</translation>
    </message>
    <message>
        <source>Say where %1 comes from</source>
        <translation>Geben Sie an, woher %1 stammt</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>Es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>Es gibt keine Datei %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>&apos;%1&apos; ist keine URL</translation>
    </message>
    <message>
        <source>Set the source of %1</source>
        <translation>Quelle von %1 setzen</translation>
    </message>
    <message>
        <source>%1 now comes from %2.</source>
        <translation>%1 stammt jetzt aus %2.</translation>
    </message>
    <message>
        <source>%1 now comes from %2, but the project does not depend on it</source>
        <translation>%1 stammt jetzt aus %2, aber das Projekt hängt nicht davon ab</translation>
    </message>
    <message>
        <source>add it on the Dependencies page: sources apply to the project&apos;s own dependencies</source>
        <translation>fügen Sie es auf der Seite Abhängigkeiten hinzu: Quellen gelten für die eigenen Abhängigkeiten des Projekts</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The envdesk desktop app: Python projects, their indexes, credentials and environments.</source>
        <translation>Die envdesk-Desktop-App: Python-Projekte, ihre Indizes, Zugangsdaten und Umgebungen.</translation>
    </message>
    <message>
        <source>A project folder or its pyproject.toml (default: the last project opened)</source>
        <translation>Ein Projektordner oder seine pyproject.toml (Standard: das zuletzt geöffnete Projekt)</translation>
    </message>
    <message>
        <source>Write a PNG of every page, the log and the wizard into DIR, then quit</source>
        <translation>Ein PNG jeder Seite, des Protokolls und des Assistenten nach DIR schreiben, dann beenden</translation>
    </message>
    <message>
        <source>The language of the window: en, de, fr or system (default: the preference)</source>
        <translation>Die Sprache des Fensters: en, de, fr oder system (Standard: die Einstellung)</translation>
    </message>
    <message>
        <source>With --screenshots: also test each index&apos;s connection and take the report</source>
        <translation>Mit --screenshots: auch die Verbindung jedes Index testen und den Bericht aufnehmen</translation>
    </message>
</context>
</TS>
