<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Envdesk::Ui::DependenciesPage</name>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional (extra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the requirement goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra or group name, e.g. dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra or group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PEP 508 requirement, e.g. requests&gt;=2.31; python_version &gt;= &quot;3.9&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a requirement: a name, optionally with extras, versions and a marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid requirement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the extra or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid extra or group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid requirement on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) on the indexes, the newest %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::EnvironmentPage</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment yet: %1. Sync creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n package(s) in %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::IndexListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, priority %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::IndexesPage</name>
    <message>
        <source>First index (safe, the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package comes only from the first index, in the order above, that has it. An attacker who publishes the same name on a later index (PyPI) is never asked. A 401 or 403 stops the search instead of falling through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First match (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every index is searched, in order, for a version that fits; the first index with a fitting version wins. A later index can supply a package the first one also has: pin private packages in Sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match (unsafe, like pip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best version from any index wins, as pip&apos;s --extra-index-url does. Anyone who can publish a higher version of your private package&apos;s name on any of these indexes gets it installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes in priority order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked in this order (drag to reorder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the selected index&apos;s priority (Alt+Up in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the selected index&apos;s priority (Alt+Down in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces PyPI as the default index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for packages pinned to it in Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplicit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple API (PEP 503 / 691)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat (a page or folder of files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the index asks (auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always (fail without credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authenticate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 401, 403: treated like 404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;gnore error codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move credentials out of the URL into the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a CA certificate for this index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of HTTP status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write them like 401, 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the index strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate(s) to trust for this index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an index to see its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are written in the index URL, in pyproject.toml: anyone who reads the file reads them. Move them into the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for this index&apos;s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials found (URL, %1_USERNAME / _PASSWORD, .netrc, keychain). Requests go out without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials found; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials for user &apos;%1&apos; come from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user name and a password or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a token without a user, uv and envdesk use the user name __token__</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the credentials into the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move credentials into the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are in the keychain and out of the URL; save the project to write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this index first: per-index TLS settings are kept under its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a CA for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now trusts the certificates in %2; save, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test could not run; the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::LogDock</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lines about this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lines about this index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown lines when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older lines were dropped: the log keeps the newest %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::MainWindow</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a Python project to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write pyproject.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the dependencies without writing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the dependencies and write pylock.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the project&apos;s .venv match pylock.toml (shows the plan first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop what is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the connection doctor on the selected index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened %1: %2 dependencies, %3 indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup failed (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the file and lose your changes, or keep editing (saving will then be refused until you reload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk: reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — envdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;requires-python: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnings&lt;/h3&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving: %1 packages decided, %2 metadata files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling: the step that runs finishes, nothing after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No solution:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No solution (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1 packages for Python %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved %1 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock failed (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the sync of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the environment:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sync declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::NewProjectWizard</name>
    <message>
        <source>PyPI (the public index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonatype Nexus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Nexus user and password, or a user token (its name code and pass code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JFrog Artifactory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name and an identity token (or API key) from your Artifactory profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal access token with Packaging (read) scope; any user name works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CodeArtifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;aws&apos; and a token from &apos;aws codeartifact get-authorization-token&apos; (it expires after 12 hours: set it as the index&apos;s credential command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Artifact Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;oauth2accesstoken&apos; and a token from &apos;gcloud auth print-access-token&apos; (short-lived: set it as the index&apos;s credential command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab package registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deploy token or personal access token (read_package_registry); the user name is the token&apos;s name, or __token__.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever the index asks for; set it on the Indexes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the project lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envdesk writes pyproject.toml into this folder; it makes the folder when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interpreter for the project&apos;s environment, from the ones on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requires Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where packages come from. A private index becomes the default index, in place of PyPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One requirement per line (PEP 508), e.g. requests&gt;=2.31. You can add more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock and sync the dependencies now (watch the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Python interpreters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python found: install python3, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complete index URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace every {placeholder} with your organization&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency on line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder (a full path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a pyproject.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open it with Open Project instead, or choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid project name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting and ending with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires-python: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::ProjectDocument</name>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::SourcesPage</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package to pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index to pin it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin to index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ackage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a named index first (Indexes page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid package name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now comes only from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on more than one index and not pinned: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if one of them is your private package, pin it to its index so nobody can shadow it from another index (dependency confusion)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The envdesk desktop app: Python projects, their indexes, credentials and environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project folder or its pyproject.toml (default: the last project opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PNG of every page, the log and the wizard into DIR, then quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
