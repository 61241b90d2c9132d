<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Envdesk::Core::Build</name>
    <message>
        <source>the build of %1 was cancelled</source>
        <translation>la construction de %1 a été annulée</translation>
    </message>
    <message>
        <source>cannot build %1: %2</source>
        <translation>impossible de construire %1 : %2</translation>
    </message>
    <message>
        <source>last output of the backend:</source>
        <translation>dernière sortie du backend :</translation>
    </message>
    <message>
        <source>%1 declares no build-backend, so it is built with setuptools (PEP 517&apos;s fallback): make setuptools installable from the project&apos;s indexes, or declare [build-system] requires and build-backend in its pyproject.toml</source>
        <translation>%1 ne déclare pas de build-backend, il est donc construit avec setuptools (le repli prévu par PEP 517) : rendez setuptools installable depuis les index du projet, ou déclarez [build-system] requires et build-backend dans son pyproject.toml</translation>
    </message>
    <message>
        <source>the config setting &apos;%1&apos; is not KEY=VALUE</source>
        <translation>le paramètre de configuration &apos;%1&apos; n&apos;est pas de la forme KEY=VALUE</translation>
    </message>
    <message>
        <source>write each config setting as KEY=VALUE</source>
        <translation>écrivez chaque paramètre de configuration sous la forme KEY=VALUE</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 of the backend %2</source>
        <translation>%1 du backend %2</translation>
    </message>
    <message>
        <source>%1 was killed by a signal</source>
        <translation>%1 a été tué par un signal</translation>
    </message>
    <message>
        <source>the build needs the module %1, which is not in the build environment: add the project providing it to [build-system] requires</source>
        <translation>la construction nécessite le module %1, absent de l&apos;environnement de construction : ajoutez le projet qui le fournit à [build-system] requires</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 s&apos;est terminé avec le statut %2</translation>
    </message>
    <message>
        <source>%1 ended (exit status 0) without returning an answer</source>
        <translation>%1 s&apos;est terminé (statut de sortie 0) sans renvoyer de réponse</translation>
    </message>
    <message>
        <source>the backend %1 cannot be imported (running %2)</source>
        <translation>le backend %1 ne peut pas être importé (en exécutant %2)</translation>
    </message>
    <message>
        <source>the backend %1 is not installed in the build environment: add it to [build-system] requires</source>
        <translation>le backend %1 n&apos;est pas installé dans l&apos;environnement de construction : ajoutez-le à [build-system] requires</translation>
    </message>
    <message>
        <source>the backend %1 cannot be imported (running %2): it needs the module %3</source>
        <translation>le backend %1 ne peut pas être importé (en exécutant %2) : il nécessite le module %3</translation>
    </message>
    <message>
        <source>the module %1 is not installed in the build environment: add the project providing it to [build-system] requires</source>
        <translation>le module %1 n&apos;est pas installé dans l&apos;environnement de construction : ajoutez le projet qui le fournit à [build-system] requires</translation>
    </message>
    <message>
        <source>the backend %1 was loaded from %2, not from its backend-path (running %3)</source>
        <translation>le backend %1 a été chargé depuis %2, et non depuis son backend-path (en exécutant %3)</translation>
    </message>
    <message>
        <source>PEP 517: an in-tree backend must be found in a backend-path folder; check build-backend and backend-path in pyproject.toml</source>
        <translation>PEP 517 : un backend interne à l&apos;arborescence source doit se trouver dans un dossier de backend-path ; vérifiez build-backend et backend-path dans pyproject.toml</translation>
    </message>
    <message>
        <source>the backend %1 has no object %2 (running %3)</source>
        <translation>le backend %1 n&apos;a pas d&apos;objet %2 (en exécutant %3)</translation>
    </message>
    <message>
        <source>check build-backend in pyproject.toml</source>
        <translation>vérifiez build-backend dans pyproject.toml</translation>
    </message>
    <message>
        <source>%1 answered something unreadable</source>
        <translation>%1 a renvoyé une réponse illisible</translation>
    </message>
    <message>
        <source>its build requirements %1 cannot be installed: no installer was given</source>
        <translation>ses exigences de construction %1 ne peuvent pas être installées : aucun installateur n&apos;a été fourni</translation>
    </message>
    <message>
        <source>the build runs in an isolated environment that gets only the backend&apos;s requirements; they must be installable</source>
        <translation>la construction s&apos;exécute dans un environnement isolé qui ne reçoit que les exigences du backend ; elles doivent pouvoir être installées</translation>
    </message>
    <message>
        <source>cannot build %1: installing its build requirements %2 failed: %3</source>
        <translation>impossible de construire %1 : l&apos;installation de ses exigences de construction %2 a échoué : %3</translation>
    </message>
    <message>
        <source>the backend %1 answered %2 with %3, not a list of PEP 508 requirements</source>
        <translation>le backend %1 a répondu à %2 par %3, et non par une liste d&apos;exigences PEP 508</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot move the new %1 into %2</source>
        <translation>impossible de déplacer le nouveau %1 dans %2</translation>
    </message>
    <message>
        <source>the wheel %1 from %2 is damaged: %3</source>
        <translation>la wheel %1 produite par %2 est endommagée : %3</translation>
    </message>
    <message>
        <source>it holds the unsafe name &apos;%1&apos;</source>
        <translation>elle contient le nom dangereux &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file</source>
        <translation>&apos;%1&apos; n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it has two .dist-info folders, %1 and %2</source>
        <translation>elle a deux dossiers .dist-info, %1 et %2</translation>
    </message>
    <message>
        <source>it has no .dist-info folder</source>
        <translation>elle n&apos;a pas de dossier .dist-info</translation>
    </message>
    <message>
        <source>%1 of the backend %2 answered &apos;%3&apos;, which is not a wheel it wrote</source>
        <translation>%1 du backend %2 a répondu &apos;%3&apos;, qui n&apos;est pas une wheel qu&apos;il a écrite</translation>
    </message>
    <message>
        <source>%1 of the backend %2 built %3: %4</source>
        <translation>%1 du backend %2 a construit %3 : %4</translation>
    </message>
    <message>
        <source>%1 of the backend %2 answered &apos;%3&apos;, which is not a .dist-info folder it wrote</source>
        <translation>%1 du backend %2 a répondu &apos;%3&apos;, qui n&apos;est pas un dossier .dist-info qu&apos;il a écrit</translation>
    </message>
    <message>
        <source>%1 of the backend %2 wrote %3 without METADATA</source>
        <translation>%1 du backend %2 a écrit %3 sans METADATA</translation>
    </message>
    <message>
        <source>the backend %1 cannot build editable installs: it has no build_editable hook (PEP 660)</source>
        <translation>le backend %1 ne peut pas construire d&apos;installations éditables : il n&apos;a pas de hook build_editable (PEP 660)</translation>
    </message>
    <message>
        <source>install the project without editable mode, or require a version of the backend that supports PEP 660</source>
        <translation>installez le projet sans le mode éditable, ou exigez une version du backend qui prend en charge PEP 660</translation>
    </message>
    <message>
        <source>the backend %1 has no build_wheel hook</source>
        <translation>le backend %1 n&apos;a pas de hook build_wheel</translation>
    </message>
    <message>
        <source>PEP 517 requires build_wheel; check build-backend in pyproject.toml</source>
        <translation>PEP 517 exige build_wheel ; vérifiez build-backend dans pyproject.toml</translation>
    </message>
    <message>
        <source>a build needs a source tree, an output folder and a base interpreter</source>
        <translation>une construction nécessite une arborescence source, un dossier de sortie et un interpréteur de base</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>aucun dossier temporaire : %1</translation>
    </message>
    <message>
        <source>the source tree %1 is not a folder</source>
        <translation>l&apos;arborescence source %1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>build-system must be a table, not a %1</source>
        <translation>build-system doit être une table, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>[build-system] has no requires</source>
        <translation>[build-system] n&apos;a pas de requires</translation>
    </message>
    <message>
        <source>PEP 518: list what building needs, e.g. requires = [&quot;setuptools&gt;=61&quot;], or requires = [] for none</source>
        <translation>PEP 518 : listez ce dont la construction a besoin, par ex. requires = [&quot;setuptools&gt;=61&quot;], ou requires = [] s&apos;il n&apos;y a rien</translation>
    </message>
    <message>
        <source>build-system.requires must be an array of strings, not a %1</source>
        <translation>build-system.requires doit être un tableau de chaînes, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>build-system.requires holds a %1, not a string</source>
        <translation>build-system.requires contient une valeur de type %1, pas une chaîne</translation>
    </message>
    <message>
        <source>build-system.requires: %1</source>
        <translation>build-system.requires : %1</translation>
    </message>
    <message>
        <source>build-backend &apos;%1&apos; is not a module or module:object</source>
        <translation>build-backend &apos;%1&apos; n&apos;est ni un module ni un module:object</translation>
    </message>
    <message>
        <source>build-backend must be a string, not a %1</source>
        <translation>build-backend doit être une chaîne, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>PEP 517: e.g. build-backend = &quot;setuptools.build_meta&quot;</source>
        <translation>PEP 517 : par ex. build-backend = &quot;setuptools.build_meta&quot;</translation>
    </message>
    <message>
        <source>build-system.backend-path must be an array of strings, not a %1</source>
        <translation>build-system.backend-path doit être un tableau de chaînes, pas une valeur de type %1</translation>
    </message>
    <message>
        <source>PEP 517: backend-path lists folders inside the source tree, relative to it</source>
        <translation>PEP 517 : backend-path liste des dossiers de l&apos;arborescence source, relatifs à celle-ci</translation>
    </message>
    <message>
        <source>build-system.backend-path holds a %1, not a string</source>
        <translation>build-system.backend-path contient une valeur de type %1, pas une chaîne</translation>
    </message>
    <message>
        <source>backend-path entry &apos;%1&apos; is outside the source tree</source>
        <translation>l&apos;entrée de backend-path &apos;%1&apos; est hors de l&apos;arborescence source</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>a PAX header of unreasonable size</source>
        <translation>un en-tête PAX de taille déraisonnable</translation>
    </message>
    <message>
        <source>a malformed PAX header</source>
        <translation>un en-tête PAX mal formé</translation>
    </message>
    <message>
        <source>a PAX header with an invalid size</source>
        <translation>un en-tête PAX dont la taille est invalide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes by its PAX header and %3 by its tar header</source>
        <translation>&apos;%1&apos; fait %2 octets selon son en-tête PAX et %3 selon son en-tête tar</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a .tar.gz or .zip file</source>
        <translation>%1 ne peut pas être ouvert comme fichier .tar.gz ou .zip</translation>
    </message>
    <message>
        <source>a hostile or broken sdist; it was not unpacked</source>
        <translation>un sdist malveillant ou défectueux ; il n&apos;a pas été décompressé</translation>
    </message>
    <message>
        <source>%1 is not a consistent tar file: %2</source>
        <translation>%1 n&apos;est pas un fichier tar cohérent : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, an absolute path or one leaving the folder it is unpacked in</source>
        <translation>%1 contient &apos;%2&apos;, un chemin absolu ou qui sort du dossier où il est décompressé</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, a hard link to &apos;%3&apos;, which is not a file before it in the archive</source>
        <translation>%1 contient &apos;%2&apos;, un lien physique vers &apos;%3&apos;, qui n&apos;est pas un fichier placé avant lui dans l&apos;archive</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, a device, FIFO or socket</source>
        <translation>%1 contient &apos;%2&apos;, un périphérique, une FIFO ou un socket</translation>
    </message>
    <message>
        <source>%1 holds a file without a name</source>
        <translation>%1 contient un fichier sans nom</translation>
    </message>
    <message>
        <source>%1 has more than one top-level entry (&apos;%2&apos; and &apos;%3&apos;)</source>
        <translation>%1 a plus d&apos;une entrée de premier niveau (&apos;%2&apos; et &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>an sdist holds one folder, NAME-VERSION</source>
        <translation>un sdist contient un seul dossier, NAME-VERSION</translation>
    </message>
    <message>
        <source>%1: its top-level entry &apos;%2&apos; is not a folder</source>
        <translation>%1 : son entrée de premier niveau &apos;%2&apos; n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos; twice</source>
        <translation>%1 contient &apos;%2&apos; deux fois</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, inside the symbolic link &apos;%3&apos;</source>
        <translation>%1 contient &apos;%2&apos;, à l&apos;intérieur du lien symbolique &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, a symbolic link to &apos;%3&apos;, outside the source tree</source>
        <translation>%1 contient &apos;%2&apos;, un lien symbolique vers &apos;%3&apos;, hors de l&apos;arborescence source</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>impossible de créer son dossier</translation>
    </message>
    <message>
        <source>%1 unpacks to more than its limit (at &apos;%2&apos;): a decompression bomb, or an sdist far larger than sdists are</source>
        <translation>%1 dépasse sa limite une fois décompressé (à &apos;%2&apos;) : une bombe de décompression, ou un sdist bien plus gros que ne le sont les sdists</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; cannot be read: %3</source>
        <translation>%1 : &apos;%2&apos; ne peut pas être lu : %3</translation>
    </message>
    <message>
        <source>%1 changed while it was unpacked</source>
        <translation>%1 a changé pendant sa décompression</translation>
    </message>
    <message>
        <source>cannot move the unpacked %1 to %2</source>
        <translation>impossible de déplacer %1 décompressé vers %2</translation>
    </message>
    <message>
        <source>%1 already exists; %2 was not unpacked</source>
        <translation>%1 existe déjà ; %2 n&apos;a pas été décompressé</translation>
    </message>
    <message>
        <source>unpack into an empty folder</source>
        <translation>décompressez dans un dossier vide</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::BuildEnvironment</name>
    <message>
        <source>the build requirements %1 cannot be installed: %2</source>
        <translation>les exigences de construction %1 ne peuvent pas être installées : %2</translation>
    </message>
    <message>
        <source>cannot make a temporary folder to build %1 in</source>
        <translation>impossible de créer un dossier temporaire pour construire %1</translation>
    </message>
    <message>
        <source>the build backend of %1 wrote no METADATA into %2</source>
        <translation>le backend de construction n&apos;a écrit aucun METADATA dans %2 (source : %1)</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Cli</name>
    <message>
        <source>&apos;%1&apos; is not a valid index URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL d&apos;index valide</translation>
    </message>
    <message>
        <source>there is no index named &apos;%1&apos; in %2</source>
        <translation>il n&apos;y a pas d&apos;index nommé &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>give the index URL instead</source>
        <translation>indiquez plutôt l&apos;URL de l&apos;index</translation>
    </message>
    <message>
        <source>known indexes: %1</source>
        <translation>index connus : %1</translation>
    </message>
    <message>
        <source>Store the credentials of an index in the OS keychain, keyed by the index URL. The secret (password or token) is read from stdin, or asked for without echo on a terminal; it is never taken from the command line.</source>
        <translation>Enregistre les identifiants d&apos;un index dans le trousseau du système, sous l&apos;URL de l&apos;index. Le secret (mot de passe ou jeton) est lu sur stdin, ou demandé sans écho sur un terminal ; il n&apos;est jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>The project folder</source>
        <translation>Le dossier du projet</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>Le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The secret is a token: user name __token__</source>
        <translation>Le secret est un jeton : nom d&apos;utilisateur __token__</translation>
    </message>
    <message>
        <source>An index name of the project, or an index URL</source>
        <translation>Un nom d&apos;index du projet, ou une URL d&apos;index</translation>
    </message>
    <message>
        <source>auth set takes one INDEX (a name or a URL)</source>
        <translation>auth set prend un seul INDEX (un nom ou une URL)</translation>
    </message>
    <message>
        <source>give --username NAME (or --token) when the secret comes from stdin</source>
        <translation>indiquez --username NAME (ou --token) quand le secret vient de stdin</translation>
    </message>
    <message>
        <source>Username for %1: </source>
        <translation>Nom d&apos;utilisateur pour %1 : </translation>
    </message>
    <message>
        <source>Password or token for %1 (not shown): </source>
        <translation>Mot de passe ou jeton pour %1 (non affiché) : </translation>
    </message>
    <message>
        <source>no secret given on stdin</source>
        <translation>aucun secret fourni sur stdin</translation>
    </message>
    <message>
        <source>stored credentials for %1 (user %2) in the keychain</source>
        <translation>identifiants de %1 (utilisateur %2) enregistrés dans le trousseau</translation>
    </message>
    <message>
        <source>Show which credentials envdesk would use for an index and where they come from (URL, UV_INDEX_&lt;NAME&gt;_* variables, .netrc, keychain). The secret is shown only with --show-secret.</source>
        <translation>Affiche les identifiants qu&apos;envdesk utiliserait pour un index et leur provenance (URL, variables UV_INDEX_&lt;NAME&gt;_*, .netrc, trousseau). Le secret n&apos;est affiché qu&apos;avec --show-secret.</translation>
    </message>
    <message>
        <source>Also print the secret</source>
        <translation>Afficher aussi le secret</translation>
    </message>
    <message>
        <source>auth get takes one INDEX (a name or a URL)</source>
        <translation>auth get prend un seul INDEX (un nom ou une URL)</translation>
    </message>
    <message>
        <source>index:    %1</source>
        <translation>index :       %1</translation>
    </message>
    <message>
        <source>no credentials found (URL, variables, .netrc, keychain)</source>
        <translation>aucun identifiant trouvé (URL, variables, .netrc, trousseau)</translation>
    </message>
    <message>
        <source>username: %1</source>
        <translation>utilisateur : %1</translation>
    </message>
    <message>
        <source>source:   %1</source>
        <translation>source :      %1</translation>
    </message>
    <message>
        <source>secret:   %1</source>
        <translation>secret :      %1</translation>
    </message>
    <message>
        <source>Remove an index&apos;s credentials from the OS keychain.</source>
        <translation>Supprime les identifiants d&apos;un index du trousseau du système.</translation>
    </message>
    <message>
        <source>auth remove takes one INDEX (a name or a URL)</source>
        <translation>auth remove prend un seul INDEX (un nom ou une URL)</translation>
    </message>
    <message>
        <source>removed the keychain entry for %1</source>
        <translation>entrée du trousseau pour %1 supprimée</translation>
    </message>
    <message>
        <source>Move credentials written inside index URLs of pyproject.toml into the OS keychain, and take them out of the file. The keychain is written (and read back) before the file is.</source>
        <translation>Déplace les identifiants écrits dans les URL d&apos;index de pyproject.toml vers le trousseau du système, et les retire du fichier. Le trousseau est écrit (et relu) avant le fichier.</translation>
    </message>
    <message>
        <source>no index URL in %1 holds credentials; nothing to do</source>
        <translation>aucune URL d&apos;index de %1 ne contient d&apos;identifiants ; rien à faire</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>an unnamed index at line %1 holds credentials</source>
        <translation>un index sans nom à la ligne %1 contient des identifiants</translation>
    </message>
    <message>
        <source>give it a name first; nothing was changed</source>
        <translation>donnez-lui d&apos;abord un nom ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the keychain did not give back what was stored for &apos;%1&apos;</source>
        <translation>le trousseau n&apos;a pas restitué ce qui avait été enregistré pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file was not changed</source>
        <translation>le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>moved the credentials of &apos;%1&apos; (user %2) into the keychain</source>
        <translation>identifiants de &apos;%1&apos; (utilisateur %2) déplacés dans le trousseau</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Usage: envdesk-cli auth set|get|remove INDEX [--project DIR]
       envdesk-cli auth migrate [--project DIR]

  set      store an index&apos;s credentials in the OS keychain (secret from stdin or a prompt)
  get      show which credentials apply to an index and where they come from
  remove   remove an index&apos;s keychain entry
  migrate  move credentials out of pyproject.toml URLs into the keychain
</source>
        <translation>Usage : envdesk-cli auth set|get|remove INDEX [--project DIR]
        envdesk-cli auth migrate [--project DIR]

  set      enregistrer les identifiants d&apos;un index dans le trousseau du système (secret lu sur stdin ou demandé)
  get      afficher les identifiants applicables à un index et leur provenance
  remove   supprimer l&apos;entrée du trousseau d&apos;un index
  migrate  déplacer les identifiants des URL de pyproject.toml vers le trousseau
</translation>
    </message>
    <message>
        <source>Add requirements to the project (pyproject.toml)</source>
        <translation>Ajouter des exigences au projet (pyproject.toml)</translation>
    </message>
    <message>
        <source>Remove packages from the project</source>
        <translation>Retirer des paquets du projet</translation>
    </message>
    <message>
        <source>Indexes: add, remove, list-files, list-projects, test (the connection doctor)</source>
        <translation>Index : add, remove, list-files, list-projects, test (le diagnostic de connexion)</translation>
    </message>
    <message>
        <source>Credentials in the OS keychain: set, get, remove, migrate</source>
        <translation>Identifiants dans le trousseau du système : set, get, remove, migrate</translation>
    </message>
    <message>
        <source>Import indexes, pins and requirements from pip.conf, a Pipfile or requirements.txt</source>
        <translation>Importer les index, épinglages et exigences depuis pip.conf, un Pipfile ou requirements.txt</translation>
    </message>
    <message>
        <source>Create a project: pyproject.toml, its index, .venv, the first dependencies</source>
        <translation>Créer un projet : pyproject.toml, son index, .venv, les premières dépendances</translation>
    </message>
    <message>
        <source>Resolve and install packages into a virtual environment</source>
        <translation>Résoudre et installer des paquets dans un environnement virtuel</translation>
    </message>
    <message>
        <source>Resolve the project&apos;s dependencies into pylock.toml (PEP 751)</source>
        <translation>Résoudre les dépendances du projet dans pylock.toml (PEP 751)</translation>
    </message>
    <message>
        <source>Make a virtual environment match pylock.toml exactly</source>
        <translation>Rendre un environnement virtuel exactement conforme à pylock.toml</translation>
    </message>
    <message>
        <source>Show the locked dependencies as a tree (--invert PKG: what needs it)</source>
        <translation>Afficher les dépendances verrouillées sous forme d&apos;arbre (--invert PKG : ce qui en dépend)</translation>
    </message>
    <message>
        <source>Python interpreters: list the ones on this machine</source>
        <translation>Interpréteurs Python : lister ceux de cette machine</translation>
    </message>
    <message>
        <source>Create a virtual environment</source>
        <translation>Créer un environnement virtuel</translation>
    </message>
    <message>
        <source>Resolve requirements against the indexes (the PubGrub resolver)</source>
        <translation>Résoudre des exigences à partir des index (le résolveur PubGrub)</translation>
    </message>
    <message>
        <source>Sync, then run a command in the environment with the project&apos;s indexes, credentials and certificates</source>
        <translation>Synchroniser, puis lancer une commande dans l&apos;environnement avec les index, identifiants et certificats du projet</translation>
    </message>
    <message>
        <source>Write pylock.toml as a requirements file (pinned, with hashes)</source>
        <translation>Écrire pylock.toml comme fichier requirements (versions figées, avec empreintes)</translation>
    </message>
    <message>
        <source>Show the effective settings and where each comes from</source>
        <translation>Afficher les paramètres effectifs et la provenance de chacun</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 demande une valeur</translation>
    </message>
    <message>
        <source>--directory %1: no such folder</source>
        <translation>--directory %1 : dossier introuvable</translation>
    </message>
    <message>
        <source>--color takes auto, always or never, not &apos;%1&apos;</source>
        <translation>--color accepte auto, always ou never, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; before the command</source>
        <translation>option inconnue « %1 » avant la commande</translation>
    </message>
    <message>
        <source>Usage: envdesk-cli [GLOBAL OPTIONS] COMMAND [ARGS...]</source>
        <translation>Usage : envdesk-cli [OPTIONS GLOBALES] COMMANDE [ARGS...]</translation>
    </message>
    <message>
        <source>Manage Python projects, their indexes and environments from the command line.</source>
        <translation>Gérer les projets Python, leurs index et leurs environnements en ligne de commande.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name</source>
        <translation>Afficher cette aide, ou l&apos;aide d&apos;une commande après son nom</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Options globales (avant ou après la commande) :</translation>
    </message>
    <message>
        <source>Say more: index queries (-v), with their credential source and rule (-vv)</source>
        <translation>En dire plus : requêtes aux index (-v), avec la source des identifiants et la règle (-vv)</translation>
    </message>
    <message>
        <source>No progress lines (results, warnings and errors still)</source>
        <translation>Pas de lignes de progression (résultats, avertissements et erreurs restent)</translation>
    </message>
    <message>
        <source>No progress lines</source>
        <translation>Pas de lignes de progression</translation>
    </message>
    <message>
        <source>Use cached pages only (also UV_OFFLINE=1)</source>
        <translation>N&apos;utiliser que les pages en cache (aussi UV_OFFLINE=1)</translation>
    </message>
    <message>
        <source>The project (before the command: for every command that looks for one)</source>
        <translation>Le projet (avant la commande : pour toute commande qui en cherche un)</translation>
    </message>
    <message>
        <source>Run as if started in DIR</source>
        <translation>S&apos;exécuter comme si lancé dans DIR</translation>
    </message>
    <message>
        <source>auto, always or never (envdesk-cli prints no colours yet)</source>
        <translation>auto, always ou never (envdesk-cli n&apos;affiche pas encore de couleurs)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>envdesk-cli: unknown command &apos;%1&apos;. Run &apos;envdesk-cli --help&apos; for the list.</source>
        <translation>envdesk-cli : commande inconnue &apos;%1&apos;. Lancez &apos;envdesk-cli --help&apos; pour en voir la liste.</translation>
    </message>
    <message>
        <source>List the project names the indexes offer (their root listings), for name completion.</source>
        <translation>Liste les noms de projets proposés par les index (leurs listes racine), pour la complétion des noms.</translation>
    </message>
    <message>
        <source>List the files of a project that the indexes offer, as envdesk&apos;s index rules select them.</source>
        <translation>Liste les fichiers d&apos;un projet proposés par les index, tels que les règles d&apos;index d&apos;envdesk les sélectionnent.</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>The project (package) name</source>
        <translation>Le nom du projet (paquet)</translation>
    </message>
    <message>
        <source>Use this index as the default index</source>
        <translation>Utiliser cet index comme index par défaut</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Search this index first (repeatable)</source>
        <translation>Chercher d&apos;abord dans cet index (répétable)</translation>
    </message>
    <message>
        <source>first-index, unsafe-first-match or unsafe-best-match</source>
        <translation>first-index, unsafe-first-match ou unsafe-best-match</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (par défaut) ou json</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Revalidate cached pages</source>
        <translation>Revalider les pages en cache</translation>
    </message>
    <message>
        <source>Use cached pages only</source>
        <translation>N&apos;utiliser que les pages en cache</translation>
    </message>
    <message>
        <source>The cache folder</source>
        <translation>Le dossier du cache</translation>
    </message>
    <message>
        <source>Show every index query</source>
        <translation>Afficher chaque requête aux index</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <source>no arguments expected</source>
        <translation>aucun argument attendu</translation>
    </message>
    <message>
        <source>expected one PROJECT name</source>
        <translation>un seul nom de PROJECT attendu</translation>
    </message>
    <message>
        <source>--format is &apos;text&apos; or &apos;json&apos;</source>
        <translation>--format vaut &apos;text&apos; ou &apos;json&apos;</translation>
    </message>
    <message>
        <source>credentials: %1</source>
        <translation>identifiants : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No index has &apos;%1&apos;.</source>
        <translation>Aucun index ne propose &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Test the connection to an index and say what fails and how to fix it.</source>
        <translation>Teste la connexion à un index, indique ce qui échoue et comment y remédier.</translation>
    </message>
    <message>
        <source>NAME_OR_URL</source>
        <translation>NAME_OR_URL</translation>
    </message>
    <message>
        <source>An index name from the project, or an index URL</source>
        <translation>Un nom d&apos;index du projet, ou une URL d&apos;index</translation>
    </message>
    <message>
        <source>expected one index name or URL</source>
        <translation>un seul nom d&apos;index ou une seule URL attendu</translation>
    </message>
    <message>
        <source>Create a project in DIR (default: this folder; made when missing): pyproject.toml with [project] (name, version 0.1.0, requires-python), the index the preset names, and the first dependencies; then its .venv with the interpreter asked for; then, when dependencies were given, lock and sync. What the New Project window does, without a window. A folder that already has a pyproject.toml is left alone.</source>
        <translation>Crée un projet dans DIR (par défaut : ce dossier ; créé s&apos;il manque) : pyproject.toml avec [project] (nom, version 0.1.0, requires-python), l&apos;index du modèle et les premières dépendances ; puis son .venv avec l&apos;interpréteur demandé ; puis, si des dépendances sont données, verrouille et synchronise. Ce que fait la fenêtre Nouveau projet, sans fenêtre. Un dossier qui a déjà un pyproject.toml n&apos;est pas touché.</translation>
    </message>
    <message>
        <source>The project&apos;s name (default: the folder&apos;s name)</source>
        <translation>Le nom du projet (par défaut : le nom du dossier)</translation>
    </message>
    <message>
        <source>The interpreter for .venv: a version (3.12) or a path (default: the newest found)</source>
        <translation>L&apos;interpréteur de .venv : une version (3.12) ou un chemin (par défaut : le plus récent trouvé)</translation>
    </message>
    <message>
        <source>X.Y|PATH</source>
        <translation>X.Y|CHEMIN</translation>
    </message>
    <message>
        <source>requires-python (default: &gt;= the interpreter&apos;s X.Y)</source>
        <translation>requires-python (par défaut : &gt;= X.Y de l&apos;interpréteur)</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>The kind of index: %1 (default: pypi)</source>
        <translation>Le type d&apos;index : %1 (par défaut : pypi)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The index&apos;s URL (the preset&apos;s pattern with its {placeholders} filled in)</source>
        <translation>L&apos;URL de l&apos;index (le modèle avec ses {champs} remplis)</translation>
    </message>
    <message>
        <source>The index&apos;s name in pyproject.toml (default: the preset&apos;s)</source>
        <translation>Le nom de l&apos;index dans pyproject.toml (par défaut : celui du modèle)</translation>
    </message>
    <message>
        <source>A first dependency (repeatable)</source>
        <translation>Une première dépendance (répétable)</translation>
    </message>
    <message>
        <source>REQ</source>
        <translation>REQ</translation>
    </message>
    <message>
        <source>Do not create .venv (nor lock or sync)</source>
        <translation>Ne pas créer .venv (ni verrouiller ni synchroniser)</translation>
    </message>
    <message>
        <source>Do not lock and sync the first dependencies</source>
        <translation>Ne pas verrouiller ni synchroniser les premières dépendances</translation>
    </message>
    <message>
        <source>init takes one folder, not %1</source>
        <translation>init prend un dossier, pas %1</translation>
    </message>
    <message>
        <source>%1 already exists: nothing was changed</source>
        <translation>%1 existe déjà : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid project name: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting and ending with a letter or digit (give --name)</source>
        <translation>« %1 » n&apos;est pas un nom de projet valide : utilisez des lettres, chiffres, &apos;.&apos;, &apos;-&apos; et &apos;_&apos;, en commençant et finissant par une lettre ou un chiffre (indiquez --name)</translation>
    </message>
    <message>
        <source>--index-preset takes %1, not &apos;%2&apos;</source>
        <translation>--index-preset accepte %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--index-preset %1 needs --index-url: %2 with every {placeholder} filled in</source>
        <translation>--index-preset %1 demande --index-url : %2 avec chaque {champ} rempli</translation>
    </message>
    <message>
        <source>--index-url carries credentials: they would end up in pyproject.toml; give the URL without them and store them with envdesk-cli auth set</source>
        <translation>--index-url contient des identifiants : ils finiraient dans pyproject.toml ; donnez l&apos;URL sans eux et enregistrez-les avec envdesk-cli auth set</translation>
    </message>
    <message>
        <source>--index-url needs an --index-preset other than pypi (custom for any index)</source>
        <translation>--index-url demande un --index-preset autre que pypi (custom pour tout index)</translation>
    </message>
    <message>
        <source>--requires-python: %1</source>
        <translation>--requires-python : %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Credentials for %1: %2 Store them with: envdesk-cli auth set %3 --username USER</source>
        <translation>Identifiants pour %1 : %2 Enregistrez-les avec : envdesk-cli auth set %3 --username UTILISATEUR</translation>
    </message>
    <message>
        <source>The project was created; the dependencies could not be locked and synced yet (see above): fix that, then run envdesk-cli sync --project %1</source>
        <translation>Le projet a été créé ; les dépendances n&apos;ont pas encore pu être verrouillées et synchronisées (voir ci-dessus) : corrigez cela, puis lancez envdesk-cli sync --project %1</translation>
    </message>
    <message>
        <source>Resolve requirements for a virtual environment&apos;s interpreter and install them into it: wheels downloaded with their SHA-256 checked, every archive checked before it is written; folders, sdists and git checkouts (NAME @ file:///path, NAME @ git+URL@REV) built first through their PEP 517 backend. Packages already there at the chosen version are kept; others are replaced.</source>
        <translation>Résout des exigences pour l&apos;interpréteur d&apos;un environnement virtuel et les y installe : wheels téléchargées avec leur SHA-256 vérifié, chaque archive vérifiée avant d&apos;être écrite ; dossiers, sdists et extractions git (NOM @ file:///chemin, NOM @ git+URL@REV) construits d&apos;abord par leur backend PEP 517. Les paquets déjà présents dans la version choisie sont conservés ; les autres sont remplacés.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>REQ...</source>
        <translation>REQ...</translation>
    </message>
    <message>
        <source>The environment (default: .venv of the project, or ./.venv)</source>
        <translation>L&apos;environnement (par défaut : .venv du projet, ou ./.venv)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The default index</source>
        <translation>L&apos;index par défaut</translation>
    </message>
    <message>
        <source>An extra index</source>
        <translation>Un index supplémentaire</translation>
    </message>
    <message>
        <source>Install again what is already there</source>
        <translation>Réinstaller ce qui est déjà présent</translation>
    </message>
    <message>
        <source>give the requirements to install</source>
        <translation>indiquez les exigences à installer</translation>
    </message>
    <message>
        <source>Nothing to do: %1 packages already installed in %2</source>
        <translation>Rien à faire : %1 paquets déjà installés dans %2</translation>
    </message>
    <message>
        <source>Installed %1 packages in %2:</source>
        <translation>%1 paquets installés dans %2 :</translation>
    </message>
    <message>
        <source>The lock file (default: pylock.toml of the project)</source>
        <translation>Le fichier de verrouillage (par défaut : pylock.toml du projet)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>%1 is up to date (%2 packages)</source>
        <translation>%1 est à jour (%2 paquets)</translation>
    </message>
    <message>
        <source>%1 is not up to date; envdesk-cli lock would change:</source>
        <translation>%1 n&apos;est pas à jour ; envdesk-cli lock changerait :</translation>
    </message>
    <message>
        <source>(files, hashes or markers only)</source>
        <translation>(fichiers, hachages ou marqueurs uniquement)</translation>
    </message>
    <message>
        <source>Would lock %1 packages for Python %2 (%3) in %4 s: %5</source>
        <translation>%1 paquets seraient verrouillés pour Python %2 (%3) en %4 s : %5</translation>
    </message>
    <message>
        <source>Locked %1 packages for Python %2 (%3) in %4 s: %5</source>
        <translation>%1 paquets verrouillés pour Python %2 (%3) en %4 s : %5</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 est à jour</translation>
    </message>
    <message>
        <source>%1 not written (dry run)</source>
        <translation>%1 non écrit (simulation)</translation>
    </message>
    <message>
        <source>Resolve the project&apos;s dependencies and write them to pylock.toml (PEP 751) beside its pyproject.toml: every package with its index, files, hashes and sizes, for the environment it was resolved for (the project&apos;s .venv when there is one, else --python or python3). Versions already in the lock are kept while they still fit, unless --upgrade or --upgrade-package asks otherwise. Prints what changed. Exit code 0: written (or already current); 1: no solution, or --check found the lock out of date; 2: usage, configuration or network errors.</source>
        <translation>Résout les dépendances du projet et les écrit dans pylock.toml (PEP 751) à côté de son pyproject.toml : chaque paquet avec son index, ses fichiers, ses hachages et ses tailles, pour l&apos;environnement pour lequel il a été résolu (le .venv du projet s&apos;il existe, sinon --python ou python3). Les versions déjà présentes dans le fichier de verrouillage sont conservées tant qu&apos;elles conviennent encore, sauf si --upgrade ou --upgrade-package en décide autrement. Affiche ce qui a changé. Code de sortie 0 : écrit (ou déjà à jour) ; 1 : aucune solution, ou --check a trouvé le fichier de verrouillage obsolète ; 2 : erreurs d&apos;utilisation, de configuration ou de réseau.</translation>
    </message>
    <message>
        <source>Ignore the versions in the current lock</source>
        <translation>Ignorer les versions du fichier de verrouillage actuel</translation>
    </message>
    <message>
        <source>Ignore the current lock&apos;s version of this package (repeatable)</source>
        <translation>Ignorer la version de ce paquet dans le fichier de verrouillage actuel (répétable)</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Write here instead of pylock.toml beside the project</source>
        <translation>Écrire ici au lieu de pylock.toml à côté du projet</translation>
    </message>
    <message>
        <source>Write nothing; exit 1 when the lock is not up to date</source>
        <translation>Ne rien écrire ; code de sortie 1 si le fichier de verrouillage n&apos;est pas à jour</translation>
    </message>
    <message>
        <source>lock takes no requirements: it locks the project&apos;s dependencies (add them with envdesk-cli add)</source>
        <translation>lock ne prend pas d&apos;exigences : il verrouille les dépendances du projet (ajoutez-les avec envdesk-cli add)</translation>
    </message>
    <message>
        <source>there is no pyproject.toml at %1</source>
        <translation>il n&apos;y a pas de pyproject.toml dans %1</translation>
    </message>
    <message>
        <source>run it in a project folder, or give --project DIR</source>
        <translation>lancez-le dans un dossier de projet, ou indiquez --project DIR</translation>
    </message>
    <message>
        <source>%1 is a lock for every platform (--universal), and stays one: --python-platform cannot narrow it; write another file with -o FILE</source>
        <translation>%1 est un verrou pour toutes les plateformes (--universal), et le reste : --python-platform ne peut pas le restreindre ; écrivez un autre fichier avec -o FILE</translation>
    </message>
    <message>
        <source>Make a virtual environment match the project&apos;s pylock.toml exactly: install what is missing, replace what is at another version, remove what the lock does not list (pip, setuptools and wheel stay unless --remove-seed-tools). Every wheel is downloaded and checked against its hash, and every folder, sdist and git commit built (PEP 517; editable folders through PEP 660), before the environment is touched.</source>
        <translation>Aligne exactement un environnement virtuel sur le pylock.toml du projet : installe ce qui manque, remplace ce qui est dans une autre version, retire ce que le verrou ne liste pas (pip, setuptools et wheel restent, sauf avec --remove-seed-tools). Chaque wheel est téléchargée et vérifiée par son hash, et chaque dossier, sdist et commit git construit (PEP 517 ; dossiers éditables par PEP 660), avant que l&apos;environnement ne soit touché.</translation>
    </message>
    <message>
        <source>The environment (default: .venv beside the project)</source>
        <translation>L&apos;environnement (par défaut : .venv à côté du projet)</translation>
    </message>
    <message>
        <source>Print what would change, change nothing</source>
        <translation>Afficher ce qui changerait, sans rien modifier</translation>
    </message>
    <message>
        <source>Install again what is already at the locked version</source>
        <translation>Réinstaller ce qui est déjà dans la version verrouillée</translation>
    </message>
    <message>
        <source>Remove pip, setuptools and wheel too when the lock does not list them</source>
        <translation>Supprimer aussi pip, setuptools et wheel quand le fichier de verrouillage ne les liste pas</translation>
    </message>
    <message>
        <source>Sync the lock as it is, without locking first</source>
        <translation>Synchroniser le fichier de verrouillage tel quel, sans verrouiller d&apos;abord</translation>
    </message>
    <message>
        <source>Fail (exit code 1) instead of locking when the lock does not match the project</source>
        <translation>Échouer (code de sortie 1) au lieu de verrouiller quand le fichier de verrouillage ne correspond pas au projet</translation>
    </message>
    <message>
        <source>With --dry-run: text (default) or json (the plan as a value)</source>
        <translation>Avec --dry-run : text (par défaut) ou json (le plan comme valeur)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Install this dependency group too (repeatable)</source>
        <translation>Installer aussi ce groupe de dépendances (répétable)</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Leave this dependency group out (repeatable)</source>
        <translation>Omettre ce groupe de dépendances (répétable)</translation>
    </message>
    <message>
        <source>Install every dependency group</source>
        <translation>Installer tous les groupes de dépendances</translation>
    </message>
    <message>
        <source>Leave the dev group out</source>
        <translation>Omettre le groupe dev</translation>
    </message>
    <message>
        <source>Leave the default groups out (default-groups in [tool.uv]; default: dev)</source>
        <translation>Omettre les groupes par défaut (default-groups dans [tool.uv] ; par défaut : dev)</translation>
    </message>
    <message>
        <source>Install this extra&apos;s packages too (repeatable)</source>
        <translation>Installer aussi les paquets de cet extra (répétable)</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Install every extra&apos;s packages</source>
        <translation>Installer les paquets de tous les extras</translation>
    </message>
    <message>
        <source>Leave the project itself out (installed editable when it has a [build-system])</source>
        <translation>Omettre le projet lui-même (installé en mode éditable s&apos;il a un [build-system])</translation>
    </message>
    <message>
        <source>--format takes text or json, not &apos;%1&apos;</source>
        <translation>--format prend text ou json, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 matches %2 (%3 packages)</source>
        <translation>%1 correspond à %2 (%3 paquets)</translation>
    </message>
    <message>
        <source>Would change %1 (dry run, nothing changed):</source>
        <translation>%1 serait modifié (simulation, rien n&apos;a été modifié) :</translation>
    </message>
    <message>
        <source>Synced %1 with %2:</source>
        <translation>%1 synchronisé avec %2 :</translation>
    </message>
    <message>
        <source>Show the project&apos;s locked dependencies as a tree, from pylock.toml: each package with its version and what it depends on; a package already shown is marked (*). With --invert PKG: what depends on PKG, up to the project&apos;s own requirements.</source>
        <translation>Affiche les dépendances verrouillées du projet sous forme d&apos;arbre, à partir de pylock.toml : chaque paquet avec sa version et ce dont il dépend ; un paquet déjà affiché est marqué (*). Avec --invert PKG : ce qui dépend de PKG, jusqu&apos;aux exigences propres du projet.</translation>
    </message>
    <message>
        <source>Show what depends on this package</source>
        <translation>Afficher ce qui dépend de ce paquet</translation>
    </message>
    <message>
        <source>PKG</source>
        <translation>PKG</translation>
    </message>
    <message>
        <source>(not in the lock)</source>
        <translation>(absent du fichier de verrouillage)</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 n&apos;est pas dans %2</translation>
    </message>
    <message>
        <source>see envdesk-cli tree for what is locked</source>
        <translation>voir envdesk-cli tree pour ce qui est verrouillé</translation>
    </message>
    <message>
        <source>Edit pyproject.toml only, without locking or syncing</source>
        <translation>Modifier uniquement pyproject.toml, sans verrouiller ni synchroniser</translation>
    </message>
    <message>
        <source>cannot remove it</source>
        <translation>impossible de le supprimer</translation>
    </message>
    <message>
        <source>%1 and %2 were put back as they were: %3; --frozen edits the file without locking or syncing</source>
        <translation>%1 et %2 ont été remis tels qu&apos;ils étaient : %3 ; --frozen modifie le fichier sans verrouiller ni synchroniser</translation>
    </message>
    <message>
        <source>%1, and %2 and %3 could not be put back: %4</source>
        <translation>%1, et %2 et %3 n&apos;ont pas pu être remis : %4</translation>
    </message>
    <message>
        <source>the change could not be locked (see above)</source>
        <translation>la modification n&apos;a pas pu être verrouillée (voir ci-dessus)</translation>
    </message>
    <message>
        <source>the lower bounds could not be written</source>
        <translation>les bornes inférieures n&apos;ont pas pu être écrites</translation>
    </message>
    <message>
        <source>the change was locked, but the environment could not be synced (see above)</source>
        <translation>la modification a été verrouillée, mais l&apos;environnement n&apos;a pas pu être synchronisé (voir ci-dessus)</translation>
    </message>
    <message>
        <source>The project folder (default: the nearest folder upwards that has a pyproject.toml)</source>
        <translation>Le dossier du projet (par défaut : le dossier le plus proche, en remontant, qui contient un pyproject.toml)</translation>
    </message>
    <message>
        <source>Compile the installed modules to bytecode (also: compile-bytecode in the settings, UV_COMPILE_BYTECODE)</source>
        <translation>Compiler les modules installés en bytecode (aussi : compile-bytecode dans les paramètres, UV_COMPILE_BYTECODE)</translation>
    </message>
    <message>
        <source>--project %1 is a symbolic link that leads nowhere (a loop, or a missing target)</source>
        <translation>--project %1 est un lien symbolique qui ne mène nulle part (une boucle, ou une cible absente)</translation>
    </message>
    <message>
        <source>--project %1 does not exist</source>
        <translation>--project %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Add requirements to the project&apos;s dependencies, then lock and sync (unless --frozen). A requirement given without a version is written with a lower bound of the version locked (name&gt;=1.2), as uv does. When locking or syncing fails, pyproject.toml and pylock.toml are put back as they were.</source>
        <translation>Ajoute des exigences aux dépendances du projet, puis verrouille et synchronise (sauf avec --frozen). Une exigence donnée sans version est écrite avec la version verrouillée comme borne inférieure (name&gt;=1.2), comme le fait uv. Si le verrouillage ou la synchronisation échoue, pyproject.toml et pylock.toml sont remis tels qu&apos;ils étaient.</translation>
    </message>
    <message>
        <source>Requirements (PEP 508), e.g. &apos;requests&gt;=2.31&apos;</source>
        <translation>Exigences (PEP 508), par ex. &apos;requests&gt;=2.31&apos;</translation>
    </message>
    <message>
        <source>Add to this extra (optional-dependencies)</source>
        <translation>Ajouter à cet extra (optional-dependencies)</translation>
    </message>
    <message>
        <source>EXTRA</source>
        <translation>EXTRA</translation>
    </message>
    <message>
        <source>Add to this dependency group</source>
        <translation>Ajouter à ce groupe de dépendances</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>Pin the packages to this index (by name)</source>
        <translation>Épingler les paquets à cet index (par son nom)</translation>
    </message>
    <message>
        <source>name at least one requirement</source>
        <translation>indiquez au moins une exigence</translation>
    </message>
    <message>
        <source>--optional and --group cannot be combined</source>
        <translation>--optional et --group ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>Remove packages from the project&apos;s dependencies, then lock and sync (unless --frozen); removing the last one locks and syncs to an empty environment. When locking or syncing fails, pyproject.toml and pylock.toml are put back as they were.</source>
        <translation>Retire des paquets des dépendances du projet, puis verrouille et synchronise (sauf avec --frozen) ; retirer la dernière donne un verrou vide et un environnement vide. Si le verrouillage ou la synchronisation échoue, pyproject.toml et pylock.toml sont remis tels qu&apos;ils étaient.</translation>
    </message>
    <message>
        <source>Package names</source>
        <translation>Noms des paquets</translation>
    </message>
    <message>
        <source>PKG...</source>
        <translation>PKG...</translation>
    </message>
    <message>
        <source>Remove from this extra</source>
        <translation>Retirer de cet extra</translation>
    </message>
    <message>
        <source>Remove from this dependency group</source>
        <translation>Retirer de ce groupe de dépendances</translation>
    </message>
    <message>
        <source>name at least one package</source>
        <translation>indiquez au moins un paquet</translation>
    </message>
    <message>
        <source>Add a package index to [[tool.uv.index]].</source>
        <translation>Ajoute un index de paquets à [[tool.uv.index]].</translation>
    </message>
    <message>
        <source>The index name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>Le nom de l&apos;index (lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>The simple API root, or a folder</source>
        <translation>La racine de l&apos;API simple, ou un dossier</translation>
    </message>
    <message>
        <source>Use it instead of PyPI as the default index</source>
        <translation>L&apos;utiliser comme index par défaut à la place de PyPI</translation>
    </message>
    <message>
        <source>Use it only for packages pinned to it</source>
        <translation>Ne l&apos;utiliser que pour les paquets qui y sont épinglés</translation>
    </message>
    <message>
        <source>simple (default) or flat</source>
        <translation>simple (par défaut) ou flat</translation>
    </message>
    <message>
        <source>expected NAME and URL</source>
        <translation>NAME et URL attendus</translation>
    </message>
    <message>
        <source>--format is &apos;simple&apos; or &apos;flat&apos;, not &apos;%1&apos;</source>
        <translation>--format vaut &apos;simple&apos; ou &apos;flat&apos;, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the URL holds credentials, which would be written to pyproject.toml; nothing was written</source>
        <translation>l&apos;URL contient des identifiants, qui seraient écrits dans pyproject.toml ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>add the index without them, then store them in the keychain: envdesk-cli auth set %1 --username USER (the secret is read from stdin)</source>
        <translation>ajoutez l&apos;index sans eux, puis enregistrez-les dans le trousseau : envdesk-cli auth set %1 --username USER (le secret est lu sur stdin)</translation>
    </message>
    <message>
        <source>Added index &apos;%1&apos; to %2</source>
        <translation>Index &apos;%1&apos; ajouté à %2</translation>
    </message>
    <message>
        <source>Remove a package index from [[tool.uv.index]].</source>
        <translation>Retire un index de paquets de [[tool.uv.index]].</translation>
    </message>
    <message>
        <source>The index name</source>
        <translation>Le nom de l&apos;index</translation>
    </message>
    <message>
        <source>expected NAME</source>
        <translation>NAME attendu</translation>
    </message>
    <message>
        <source>Removed index &apos;%1&apos;</source>
        <translation>Index &apos;%1&apos; retiré</translation>
    </message>
    <message>
        <source>Usage: envdesk-cli index add NAME URL [--default] [--explicit] [--format flat] [--project DIR]</source>
        <translation>Usage: envdesk-cli index add NAME URL [--default] [--explicit] [--format flat] [--project DIR]</translation>
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
        <translation>Usage : envdesk-cli python list [--format text|json] [--no-cache]</translation>
    </message>
    <message>
        <source>List the Python interpreters on this machine (PATH, pyenv, /usr/bin, /usr/local/bin, uv, conda), newest first, with where each was found.</source>
        <translation>Liste les interpréteurs Python de cette machine (PATH, pyenv, /usr/bin, /usr/local/bin, uv, conda), du plus récent au plus ancien, avec l&apos;endroit où chacun a été trouvé.</translation>
    </message>
    <message>
        <source>Probe every interpreter again</source>
        <translation>Interroger à nouveau chaque interpréteur</translation>
    </message>
    <message>
        <source>no Python interpreter found</source>
        <translation>aucun interpréteur Python trouvé</translation>
    </message>
    <message>
        <source>Create a virtual environment (default: .venv beside the project&apos;s pyproject.toml, or in the current folder).</source>
        <translation>Crée un environnement virtuel (par défaut : .venv à côté du pyproject.toml du projet, ou dans le dossier courant).</translation>
    </message>
    <message>
        <source>Where to create it</source>
        <translation>Où le créer</translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation>[PATH]</translation>
    </message>
    <message>
        <source>The interpreter: a path, or a version (3.12) picked from the ones found; default: the newest that the project&apos;s requires-python admits</source>
        <translation>L&apos;interpréteur : un chemin, ou une version (3.12) choisie parmi ceux trouvés ; par défaut : le plus récent admis par le requires-python du projet</translation>
    </message>
    <message>
        <source>PYTHON</source>
        <translation>PYTHON</translation>
    </message>
    <message>
        <source>The name the activation scripts show</source>
        <translation>Le nom affiché par les scripts d&apos;activation</translation>
    </message>
    <message>
        <source>Replace an existing virtual environment there</source>
        <translation>Remplacer un environnement virtuel existant à cet endroit</translation>
    </message>
    <message>
        <source>Also see the base interpreter&apos;s packages</source>
        <translation>Voir aussi les paquets de l&apos;interpréteur de base</translation>
    </message>
    <message>
        <source>Install pip into it, from the project&apos;s indexes (or --index-url), as install does</source>
        <translation>Y installer pip, depuis les index du projet (ou --index-url), comme le fait install</translation>
    </message>
    <message>
        <source>With --seed: the default index</source>
        <translation>Avec --seed : l&apos;index par défaut</translation>
    </message>
    <message>
        <source>the requested interpreter is Python %1 (%2), which the project&apos;s requires-python &apos;%3&apos; (%4) does not admit</source>
        <translation>l&apos;interpréteur demandé est Python %1 (%2), que le requires-python &apos;%3&apos; du projet (%4) n&apos;admet pas</translation>
    </message>
    <message>
        <source>Created %1 with %2 %3 (%4)</source>
        <translation>%1 créé avec %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Activate it with: source %1/bin/activate</source>
        <translation>Activez-le avec : source %1/bin/activate</translation>
    </message>
    <message>
        <source>%1 was created, but pip could not be installed into it (see above); envdesk-cli install pip --venv %1 tries again</source>
        <translation>%1 a été créé, mais pip n&apos;a pas pu y être installé (voir ci-dessus) ; envdesk-cli install pip --venv %1 réessaie</translation>
    </message>
    <message>
        <source>Resolve for this Python (X.Y or X.Y.Z)</source>
        <translation>Résoudre pour ce Python (X.Y ou X.Y.Z)</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Resolve for this platform: linux, macos, windows, x86_64-manylinux_2_28, aarch64-apple-darwin, ... (with --python-version&apos;s Python, else the interpreter&apos;s version; default: the interpreter&apos;s own platform, or linux with --python-version)</source>
        <translation>Résoudre pour cette plateforme : linux, macos, windows, x86_64-manylinux_2_28, aarch64-apple-darwin, ... (avec la version de Python de --python-version, sinon celle de l&apos;interpréteur ; par défaut : la plateforme de l&apos;interpréteur, ou linux avec --python-version)</translation>
    </message>
    <message>
        <source>Resolve for this interpreter (probed)</source>
        <translation>Résoudre pour cet interpréteur (sondé)</translation>
    </message>
    <message>
        <source>disallow, allow, if-necessary, explicit, if-necessary-or-explicit (default: the settings&apos;, else if-necessary-or-explicit)</source>
        <translation>disallow, allow, if-necessary, explicit, if-necessary-or-explicit (par défaut : celui des paramètres, sinon if-necessary-or-explicit)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>highest (default), lowest or lowest-direct</source>
        <translation>highest (par défaut), lowest ou lowest-direct</translation>
    </message>
    <message>
        <source>Ignore files uploaded after this date (2024-05-01 or 2024-05-01T12:00:00Z)</source>
        <translation>Ignorer les fichiers publiés après cette date (2024-05-01 ou 2024-05-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Do not use wheels of this package (:all: for every one)</source>
        <translation>Ne pas utiliser les wheels de ce paquet (:all: pour tous)</translation>
    </message>
    <message>
        <source>Do not use sdists of this package (:all: for every one)</source>
        <translation>Ne pas utiliser les sdists de ce paquet (:all: pour tous)</translation>
    </message>
    <message>
        <source>Never build this package from source: its sdists are not used (:all: for every one)</source>
        <translation>Ne jamais construire ce paquet depuis les sources : ses sdists ne sont pas utilisés (:all: pour tous)</translation>
    </message>
    <message>
        <source>Resolve for every environment the project&apos;s requires-python allows (else every Python from the target&apos;s X.Y up), on every platform; each package says where it applies</source>
        <translation>Résoudre pour chaque environnement que permet le requires-python du projet (sinon chaque Python à partir du X.Y de la cible), sur chaque plateforme ; chaque paquet indique où il s&apos;applique</translation>
    </message>
    <message>
        <source>Revalidate every cached page</source>
        <translation>Revalider chaque page en cache</translation>
    </message>
    <message>
        <source>Use the cache only</source>
        <translation>Utiliser uniquement le cache</translation>
    </message>
    <message>
        <source>Show every index query on stderr</source>
        <translation>Afficher chaque requête d&apos;index sur stderr</translation>
    </message>
    <message>
        <source>--python-platform: %1 (%2)</source>
        <translation>--python-platform : %1 (%2)</translation>
    </message>
    <message>
        <source>--python-platform cannot be combined with --universal, which resolves for every platform</source>
        <translation>--python-platform ne peut pas être combiné avec --universal, qui résout pour toutes les plateformes</translation>
    </message>
    <message>
        <source>--python-platform %1 needs a Python version, and there is no python3 on PATH to take it from</source>
        <translation>--python-platform %1 demande une version de Python, et il n&apos;y a pas de python3 dans le PATH pour la prendre</translation>
    </message>
    <message>
        <source>give --python-version X.Y, or --python PATH</source>
        <translation>donnez --python-version X.Y, ou --python PATH</translation>
    </message>
    <message>
        <source>No solution for Python %1 (%2):</source>
        <translation>Aucune solution pour Python %1 (%2) :</translation>
    </message>
    <message>
        <source>Resolve requirements against the configured indexes and print the versions chosen. Exit code 0: resolved; 1: no solution (the explanation is on stderr); 2: usage, configuration or network errors.</source>
        <translation>Résout les exigences à partir des index configurés et affiche les versions choisies. Code de sortie 0 : résolu ; 1 : aucune solution (l&apos;explication est sur stderr) ; 2 : erreurs d&apos;utilisation, de configuration ou de réseau.</translation>
    </message>
    <message>
        <source>Requirements (default: the project&apos;s dependencies)</source>
        <translation>Exigences (par défaut : les dépendances du projet)</translation>
    </message>
    <message>
        <source>[REQ...]</source>
        <translation>[REQ...]</translation>
    </message>
    <message>
        <source>Read requirements (and index options) from a requirements file</source>
        <translation>Lire les exigences (et les options d&apos;index) depuis un fichier d&apos;exigences</translation>
    </message>
    <message>
        <source>nothing to resolve: give requirements, -r FILE, or a project with dependencies</source>
        <translation>rien à résoudre : indiquez des exigences, -r FILE, ou un projet avec des dépendances</translation>
    </message>
    <message>
        <source>Resolved %1 packages for Python %2 (%3) in %4 s: %5 decisions, %6 conflicts, %7 metadata files</source>
        <translation>%1 paquets résolus pour Python %2 (%3) en %4 s : %5 décisions, %6 conflits, %7 fichiers de métadonnées</translation>
    </message>
    <message>
        <source>The environments were solved in %1 parts (-v says why).</source>
        <translation>Les environnements ont été résolus en %1 parties (-v dit pourquoi).</translation>
    </message>
    <message>
        <source>Sync the project&apos;s environment (.venv beside pyproject.toml), then run COMMAND in it: its bin folder first on PATH, VIRTUAL_ENV set, and the project&apos;s indexes reachable the way uv and pip look for them: UV_INDEX_&lt;NAME&gt;_USERNAME / _PASSWORD for every index with credentials (from the keychain, .netrc, variables or a credential command), PIP_INDEX_URL (the default index) and PIP_EXTRA_INDEX_URL (the others in the project&apos;s order, explicit ones left out) with their credentials, one CA bundle of the machine&apos;s and the indexes&apos; CAs in SSL_CERT_FILE, REQUESTS_CA_BUNDLE and PIP_CERT, and an index&apos;s client certificate in SSL_CLIENT_CERT and PIP_CLIENT_CERT. Secrets go into COMMAND&apos;s environment only: never into a file or an argument. The exit code is COMMAND&apos;s.</source>
        <translation>Synchronise l&apos;environnement du projet (.venv à côté de pyproject.toml), puis y lance COMMANDE : son dossier bin en tête de PATH, VIRTUAL_ENV défini, et les index du projet accessibles comme uv et pip les cherchent : UV_INDEX_&lt;NOM&gt;_USERNAME / _PASSWORD pour chaque index avec identifiants (du trousseau, de .netrc, de variables ou d&apos;une credential-command), PIP_INDEX_URL (l&apos;index par défaut) et PIP_EXTRA_INDEX_URL (les autres dans l&apos;ordre du projet, sauf les explicites) avec leurs identifiants, un paquet de CA de la machine et des index dans SSL_CERT_FILE, REQUESTS_CA_BUNDLE et PIP_CERT, et le certificat client d&apos;un index dans SSL_CLIENT_CERT et PIP_CLIENT_CERT. Les secrets ne vont que dans l&apos;environnement de COMMANDE : jamais dans un fichier ni un argument. Le code de sortie est celui de COMMANDE.</translation>
    </message>
    <message>
        <source>Ends envdesk&apos;s options</source>
        <translation>Termine les options d&apos;envdesk</translation>
    </message>
    <message>
        <source>The program to run, and its arguments</source>
        <translation>Le programme à lancer, et ses arguments</translation>
    </message>
    <message>
        <source>Run without syncing first</source>
        <translation>Lancer sans synchroniser d&apos;abord</translation>
    </message>
    <message>
        <source>Fail instead of locking when the lock does not match the project</source>
        <translation>Échouer au lieu de verrouiller quand le verrou ne correspond pas au projet</translation>
    </message>
    <message>
        <source>usage: envdesk-cli run [--project DIR] [--no-sync] [--frozen | --locked] -- COMMAND [ARGS...]</source>
        <translation>usage : envdesk-cli run [--project DIR] [--no-sync] [--frozen | --locked] -- COMMANDE [ARGS...]</translation>
    </message>
    <message>
        <source>no pyproject.toml here or above: give --project DIR</source>
        <translation>aucun pyproject.toml ici ni au-dessus : indiquez --project DIR</translation>
    </message>
    <message>
        <source>%1 is not a virtual environment: run envdesk-cli sync first</source>
        <translation>%1 n&apos;est pas un environnement virtuel : lancez d&apos;abord envdesk-cli sync</translation>
    </message>
    <message>
        <source>the client certificate of index %1 (%2) is not passed on: SSL_CLIENT_CERT takes one PEM file with the certificate and an unencrypted key</source>
        <translation>le certificat client de l&apos;index %1 (%2) n&apos;est pas transmis : SSL_CLIENT_CERT prend un fichier PEM avec le certificat et une clé non chiffrée</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>Write the project&apos;s pylock.toml as a requirements file for tools that need one: every locked package pinned with ==, its marker, and --hash lines for every file the lock lists (pip&apos;s --require-hashes mode); folders as paths (-e when editable), git checkouts as NAME @ git+URL@COMMIT, direct files as NAME @ URL. No credentials are ever written.</source>
        <translation>Écrit le pylock.toml du projet comme fichier requirements pour les outils qui en ont besoin : chaque paquet verrouillé figé avec ==, son marqueur, et des lignes --hash pour chaque fichier du verrou (mode --require-hashes de pip) ; dossiers comme chemins (-e si éditables), dépôts git comme NOM @ git+URL@COMMIT, fichiers directs comme NOM @ URL. Aucun identifiant n&apos;est jamais écrit.</translation>
    </message>
    <message>
        <source>The lock file (default: pylock.toml beside the project)</source>
        <translation>Le fichier de verrou (par défaut : pylock.toml à côté du projet)</translation>
    </message>
    <message>
        <source>The format: requirements-txt (the only one)</source>
        <translation>Le format : requirements-txt (le seul)</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output</source>
        <translation>Écrire dans FICHIER (atomiquement) au lieu de la sortie standard</translation>
    </message>
    <message>
        <source>Leave the --hash lines out</source>
        <translation>Omettre les lignes --hash</translation>
    </message>
    <message>
        <source>Start with --index-url / --extra-index-url lines for the project&apos;s indexes (without credentials)</source>
        <translation>Commencer par des lignes --index-url / --extra-index-url pour les index du projet (sans identifiants)</translation>
    </message>
    <message>
        <source>Include this dependency group too (repeatable)</source>
        <translation>Inclure aussi ce groupe de dépendances (répétable)</translation>
    </message>
    <message>
        <source>Include every dependency group</source>
        <translation>Inclure tous les groupes de dépendances</translation>
    </message>
    <message>
        <source>Leave the default groups out</source>
        <translation>Omettre les groupes par défaut</translation>
    </message>
    <message>
        <source>Include this extra&apos;s packages too (repeatable)</source>
        <translation>Inclure aussi les paquets de cet extra (répétable)</translation>
    </message>
    <message>
        <source>Include every extra&apos;s packages</source>
        <translation>Inclure les paquets de tous les extras</translation>
    </message>
    <message>
        <source>--format takes requirements-txt, not &apos;%1&apos;</source>
        <translation>--format accepte requirements-txt, pas « %1 »</translation>
    </message>
    <message>
        <source># Exported by envdesk-cli from %1; edit the project, not this file.</source>
        <translation># Exporté par envdesk-cli depuis %1 ; modifiez le projet, pas ce fichier.</translation>
    </message>
    <message>
        <source>Print the effective settings of a project and where each value comes from: built-in defaults, the user&apos;s uv.toml, the project&apos;s uv.toml or [tool.uv], pip&apos;s variables, uv&apos;s variables and the command line (lowest precedence first). Secrets are never shown.</source>
        <translation>Affiche les paramètres effectifs d&apos;un projet et la provenance de chaque valeur : valeurs par défaut intégrées, uv.toml de l&apos;utilisateur, uv.toml du projet ou [tool.uv], variables de pip, variables d&apos;uv et ligne de commande (de la priorité la plus basse à la plus haute). Les secrets ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>An extra index, as a command line would give it (URL or NAME=URL)</source>
        <translation>Un index supplémentaire, tel qu&apos;une ligne de commande le donnerait (URL ou NAME=URL)</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>The default index (legacy form)</source>
        <translation>L&apos;index par défaut (forme historique)</translation>
    </message>
    <message>
        <source>An extra index (legacy form)</source>
        <translation>Un index supplémentaire (forme historique)</translation>
    </message>
    <message>
        <source>STRATEGY</source>
        <translation>STRATEGY</translation>
    </message>
    <message>
        <source>A host whose TLS is not verified</source>
        <translation>Un hôte dont le TLS n&apos;est pas vérifié</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Ignore pip&apos;s variables (PIP_INDEX_URL, PIP_CERT, ...)</source>
        <translation>Ignorer les variables de pip (PIP_INDEX_URL, PIP_CERT, ...)</translation>
    </message>
    <message>
        <source>The user-level uv.toml (default: $XDG_CONFIG_HOME/uv/uv.toml)</source>
        <translation>Le uv.toml de l&apos;utilisateur (par défaut : $XDG_CONFIG_HOME/uv/uv.toml)</translation>
    </message>
    <message>
        <source>envdesk-cli settings: unexpected argument &apos;%1&apos;</source>
        <translation>envdesk-cli settings : argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>envdesk-cli settings: --format is &apos;text&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
        <translation>envdesk-cli settings : --format vaut &apos;text&apos; ou &apos;json&apos;, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Bring an existing pip or pipenv setup into the project&apos;s pyproject.toml: indexes, trusted hosts, find-links and certificates from pip.conf / pip.ini; sources, packages and index pins from a Pipfile; options and requirements from a requirements file. Credentials in URLs are never copied; trusted hosts and verify_ssl = false become insecure hosts, with a warning.</source>
        <translation>Intègre une configuration pip ou pipenv existante dans le pyproject.toml du projet : index, hôtes de confiance, find-links et certificats depuis pip.conf / pip.ini ; sources, paquets et épinglages d&apos;index depuis un Pipfile ; options et exigences depuis un fichier d&apos;exigences. Les identifiants présents dans les URL ne sont jamais copiés ; les hôtes de confiance et verify_ssl = false deviennent des hôtes non sécurisés, avec un avertissement.</translation>
    </message>
    <message>
        <source>The project folder (default: the nearest folder upwards that has a pyproject.toml; created with a minimal [project] table when there is none)</source>
        <translation>Le dossier du projet (par défaut : le dossier le plus proche, en remontant, qui contient un pyproject.toml ; créé avec une table [project] minimale s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>Show what would change, write nothing</source>
        <translation>Afficher ce qui changerait, sans rien écrire</translation>
    </message>
    <message>
        <source>pip.conf, pip.ini, Pipfile, or a requirements file</source>
        <translation>pip.conf, pip.ini, Pipfile, ou un fichier d&apos;exigences</translation>
    </message>
    <message>
        <source>envdesk-cli import: give exactly one FILE to import (see --help)</source>
        <translation>envdesk-cli import : indiquez exactement un FILE à importer (voir --help)</translation>
    </message>
    <message>
        <source>no pyproject.toml: creating %1</source>
        <translation>pas de pyproject.toml : création de %1</translation>
    </message>
    <message>
        <source>dry run: %1 was not changed</source>
        <translation>simulation : %1 n&apos;a pas été modifié</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::ConnectionDoctor</name>
    <message>
        <source>none: connecting directly</source>
        <translation>aucun : connexion directe</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>les paramètres</translation>
    </message>
    <message>
        <source>%1 is an address, no lookup needed</source>
        <translation>%1 est une adresse, aucune résolution de nom nécessaire</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 ne peut pas être résolu : %2</translation>
    </message>
    <message>
        <source>The host name %1 does not resolve, so envdesk cannot reach the index at all.</source>
        <translation>Le nom d&apos;hôte %1 ne peut pas être résolu, envdesk ne peut donc pas du tout joindre l&apos;index.</translation>
    </message>
    <message>
        <source>check the index URL for typos; if the index is only reachable inside the company network, connect to the VPN first</source>
        <translation>vérifiez que l&apos;URL de l&apos;index ne contient pas de faute de frappe ; si l&apos;index n&apos;est accessible que depuis le réseau de l&apos;entreprise, connectez-vous d&apos;abord au VPN</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The proxy %1 (from %2) %3, so no request can get through it.</source>
        <translation>Le proxy %1 (depuis %2) %3, aucune requête ne peut donc passer par lui.</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>refused the connection</source>
        <translation>a refusé la connexion</translation>
    </message>
    <message>
        <source>fix %1, or add %2 to NO_PROXY if the index is reached directly</source>
        <translation>corrigez %1, ou ajoutez %2 à NO_PROXY si l&apos;index est joint directement</translation>
    </message>
    <message>
        <source>the proxy setting</source>
        <translation>le paramètre de proxy</translation>
    </message>
    <message>
        <source>Nothing answered at %1 within %2 seconds: a firewall drops the connection, or this network needs a proxy to reach it.</source>
        <translation>Rien n&apos;a répondu à %1 en %2 secondes : un pare-feu bloque la connexion, ou ce réseau nécessite un proxy pour l&apos;atteindre.</translation>
    </message>
    <message>
        <source>set HTTPS_PROXY if your company uses a proxy, or ask the network team whether %1 is reachable from here</source>
        <translation>définissez HTTPS_PROXY si votre entreprise utilise un proxy, ou demandez à l&apos;équipe réseau si %1 est accessible d&apos;ici</translation>
    </message>
    <message>
        <source>The connection to %1 was refused: nothing listens there. The index is down, or the port in the URL is wrong.</source>
        <translation>La connexion à %1 a été refusée : rien n&apos;écoute à cette adresse. L&apos;index est hors service, ou le port indiqué dans l&apos;URL est incorrect.</translation>
    </message>
    <message>
        <source>check the port in the index URL; if it is right, the index server is not running</source>
        <translation>vérifiez le port dans l&apos;URL de l&apos;index ; s&apos;il est correct, le serveur de l&apos;index n&apos;est pas démarré</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connecté à %1</translation>
    </message>
    <message>
        <source>checked through the proxy by the HTTP stage</source>
        <translation>vérifié via le proxy lors de l&apos;étape HTTP</translation>
    </message>
    <message>
        <source>plain HTTP: nothing is encrypted</source>
        <translation>HTTP simple : rien n&apos;est chiffré</translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos;, issued by &apos;%2&apos;, valid %3 to %4</source>
        <translation>certificat &apos;%1&apos;, émis par &apos;%2&apos;, valide du %3 au %4</translation>
    </message>
    <message>
        <source>protocol %1, cipher %2</source>
        <translation>protocole %1, chiffrement %2</translation>
    </message>
    <message>
        <source>client certificate offered: %1</source>
        <translation>certificat client présenté : %1</translation>
    </message>
    <message>
        <source>verification is OFF for this host (allow-insecure-host)%1</source>
        <translation>la vérification est DÉSACTIVÉE pour cet hôte (allow-insecure-host)%1</translation>
    </message>
    <message>
        <source>%1 without verification</source>
        <translation>%1 sans vérification</translation>
    </message>
    <message>
        <source>%1, certificate verified</source>
        <translation>%1, certificat vérifié</translation>
    </message>
    <message>
        <source>no TLS answer within the time allowed</source>
        <translation>pas de réponse TLS dans le délai imparti</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the server wants credentials (%1) and none were found</source>
        <translation>le serveur demande des identifiants (%1) et aucun n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>looked in: the index URL, %1_USERNAME / _PASSWORD, .netrc, the keychain</source>
        <translation>recherchés dans : l&apos;URL de l&apos;index, %1_USERNAME / _PASSWORD, .netrc, le trousseau</translation>
    </message>
    <message>
        <source>The index answered %1: it needs credentials, and envdesk found none for it.</source>
        <translation>L&apos;index a répondu %1 : il exige des identifiants, et envdesk n&apos;en a trouvé aucun.</translation>
    </message>
    <message>
        <source>set them in the keychain (envdesk-cli auth set %1), or in %2_USERNAME and %2_PASSWORD</source>
        <translation>définissez-les dans le trousseau (envdesk-cli auth set %1), ou dans %2_USERNAME et %2_PASSWORD</translation>
    </message>
    <message>
        <source>the server rejected the credentials from %1 (%2)</source>
        <translation>le serveur a rejeté les identifiants provenant de %1 (%2)</translation>
    </message>
    <message>
        <source>The server rejected the credentials from %1 (%2).</source>
        <translation>Le serveur a rejeté les identifiants provenant de %1 (%2).</translation>
    </message>
    <message>
        <source>the account may lack read permission on this repository, or the token expired: ask for access or renew the token, then update %1; or the URL is not the index&apos;s simple API root (it usually ends in /simple/), and the server forbids listing what is there</source>
        <translation>le compte n&apos;a peut-être pas le droit de lecture sur ce dépôt, ou le jeton a expiré : demandez l&apos;accès ou renouvelez le jeton, puis mettez à jour %1 ; ou bien l&apos;URL n&apos;est pas la racine de l&apos;API simple de l&apos;index (elle se termine généralement par /simple/), et le serveur interdit d&apos;en lister le contenu</translation>
    </message>
    <message>
        <source>the user name or token is wrong or expired: renew it and update %1</source>
        <translation>le nom d&apos;utilisateur ou le jeton est incorrect ou expiré : renouvelez-le et mettez à jour %1</translation>
    </message>
    <message>
        <source>the server requires a client certificate</source>
        <translation>le serveur exige un certificat client</translation>
    </message>
    <message>
        <source>The server requires a client certificate, and none was sent.</source>
        <translation>Le serveur exige un certificat client, et aucun n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>set your client certificate under Certificates (SSL_CLIENT_CERT, or client-cert for this index)</source>
        <translation>définissez votre certificat client sous Certificats (SSL_CLIENT_CERT, ou client-cert pour cet index)</translation>
    </message>
    <message>
        <source>accepted the credentials from %1</source>
        <translation>identifiants provenant de %1 acceptés</translation>
    </message>
    <message>
        <source>no credentials needed</source>
        <translation>aucun identifiant nécessaire</translation>
    </message>
    <message>
        <source>404 at the index root</source>
        <translation>404 à la racine de l&apos;index</translation>
    </message>
    <message>
        <source>The server answers, but %1 is not a package index root (404).</source>
        <translation>Le serveur répond, mais %1 n&apos;est pas la racine d&apos;un index de paquets (404).</translation>
    </message>
    <message>
        <source>check the URL: most index URLs end in /simple (Nexus: /repository/NAME/simple, Artifactory: /api/pypi/NAME/simple)</source>
        <translation>vérifiez l&apos;URL : la plupart des URL d&apos;index se terminent par /simple (Nexus : /repository/NAME/simple, Artifactory : /api/pypi/NAME/simple)</translation>
    </message>
    <message>
        <source>The index answered HTTP %1.</source>
        <translation>L&apos;index a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>the server is failing; try again later or ask its owners</source>
        <translation>le serveur est défaillant ; réessayez plus tard ou contactez ses responsables</translation>
    </message>
    <message>
        <source>%1, %2 projects listed</source>
        <translation>%1, %2 projets listés</translation>
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
        <translation>L&apos;index fonctionne : envdesk peut le joindre%1 et lire sa liste de projets.</translation>
    </message>
    <message>
        <source> with the credentials from %1</source>
        <translation> avec les identifiants provenant de %1</translation>
    </message>
    <message>
        <source> TLS verification is off for this host (allow-insecure-host).</source>
        <translation> La vérification TLS est désactivée pour cet hôte (allow-insecure-host).</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>names in the certificate: %1; host asked for: %2</source>
        <translation>noms dans le certificat : %1 ; hôte demandé : %2</translation>
    </message>
    <message>
        <source>the certificate names %1 only in its common name, a form RFC 6125 and the CA/Browser Forum retired: ask the server&apos;s owners for a certificate with a subjectAltName</source>
        <translation>le certificat ne nomme %1 que dans son nom commun (CN), une forme abandonnée par la RFC 6125 et le CA/Browser Forum : demandez aux responsables du serveur un certificat avec un subjectAltName</translation>
    </message>
    <message>
        <source>%1, certificate verified through its common name (obsolete)</source>
        <translation>%1, certificat vérifié par son nom commun (obsolète)</translation>
    </message>
    <message>
        <source>without credentials: HTTP %1</source>
        <translation>sans identifiants : HTTP %1</translation>
    </message>
    <message>
        <source>the token was refused (this server answers 404 for a bad token)</source>
        <translation>le jeton a été refusé (ce serveur répond 404 à un jeton invalide)</translation>
    </message>
    <message>
        <source>without credentials: HTTP %1; with the credentials from %2: HTTP 404</source>
        <translation>sans identifiants : HTTP %1 ; avec les identifiants de %2 : HTTP 404</translation>
    </message>
    <message>
        <source>The token was refused (this server answers 404 for a bad token): the index root asks for credentials, and answers 404 to the credentials from %1.</source>
        <translation>Le jeton a été refusé (ce serveur répond 404 à un jeton invalide) : la racine de l&apos;index demande des identifiants, et répond 404 aux identifiants de %1.</translation>
    </message>
    <message>
        <source>renew the token and update %1 (for AWS CodeArtifact: aws codeartifact get-authorization-token; a credential-command keeps it fresh)</source>
        <translation>renouvelez le jeton et mettez à jour %1 (pour AWS CodeArtifact : aws codeartifact get-authorization-token ; une credential-command le garde à jour)</translation>
    </message>
    <message>
        <source>404 at the index root, with and without credentials</source>
        <translation>404 à la racine de l&apos;index, avec et sans identifiants</translation>
    </message>
    <message>
        <source>%1 answers 404 with and without the credentials from %2: either it is not a package index root, or the server refuses the credentials and hides the index (GitLab answers 404 for both).</source>
        <translation>%1 répond 404 avec et sans les identifiants de %2 : soit ce n&apos;est pas la racine d&apos;un index de paquets, soit le serveur refuse les identifiants et cache l&apos;index (GitLab répond 404 dans les deux cas).</translation>
    </message>
    <message>
        <source>check the URL (GitLab: /api/v4/projects/ID/packages/pypi/simple), then the token and its read_api or read_package_registry scope, and update %1</source>
        <translation>vérifiez l&apos;URL (GitLab : /api/v4/projects/ID/packages/pypi/simple), puis le jeton et sa portée read_api ou read_package_registry, et mettez à jour %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Le test de connexion a été annulé.</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::DirectSource</name>
    <message>
        <source>the folder %1 (editable)</source>
        <translation>le dossier %1 (éditable)</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>le dossier %1</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>le fichier %1</translation>
    </message>
    <message>
        <source>git %1%2</source>
        <translation>git %1%2</translation>
    </message>
    <message>
        <source>%1 must be an array of strings</source>
        <translation>%1 doit être un tableau de chaînes</translation>
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
        <translation>%1 a deux sources : %2 (%3) et %4 (%5)</translation>
    </message>
    <message>
        <source>keep one of them</source>
        <translation>gardez-en une seule</translation>
    </message>
    <message>
        <source>the requirement %1</source>
        <translation>l&apos;exigence %1</translation>
    </message>
    <message>
        <source>%1 is the package %2, not %3</source>
        <translation>%1 est le paquet %2, pas %3</translation>
    </message>
    <message>
        <source>fix the package name or the source at %1</source>
        <translation>corrigez le nom du paquet ou la source (%1)</translation>
    </message>
    <message>
        <source>%1 declares %2 at %3, which is not a folder</source>
        <translation>%1 déclare %2 à l&apos;emplacement %3, qui n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>fix the path in [tool.uv.sources]</source>
        <translation>corrigez le chemin dans [tool.uv.sources]</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 declares %2 at %3, which cannot be read: %4</source>
        <translation>%1 déclare %2 à l&apos;emplacement %3, qui ne peut pas être lu : %4</translation>
    </message>
    <message>
        <source>%1 has no .dist-info/METADATA</source>
        <translation>%1 n&apos;a pas de .dist-info/METADATA</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::DoctorJob</name>
    <message>
        <source>The connection test has not run.</source>
        <translation>Le test de connexion n&apos;a pas été exécuté.</translation>
    </message>
    <message>
        <source>(%1 ms)</source>
        <translation>(%1 ms)</translation>
    </message>
    <message>
        <source>The connection test of %1 was cancelled.</source>
        <translation>Le test de connexion de %1 a été annulé.</translation>
    </message>
    <message>
        <source>%1 has no index named &apos;%2&apos;</source>
        <translation>%1 n&apos;a pas d&apos;index nommé &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an index URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL d&apos;index</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Git</name>
    <message>
        <source>the git URL %1 carries a password, which envdesk never passes to a program</source>
        <translation>l&apos;URL git %1 contient un mot de passe, qu&apos;envdesk ne transmet jamais à un programme</translation>
    </message>
    <message>
        <source>remove it from the URL and let git&apos;s credential helper hold it (git config credential.helper)</source>
        <translation>retirez-le de l&apos;URL et confiez-le au credential helper de git (git config credential.helper)</translation>
    </message>
    <message>
        <source>%1 is a git source, and git is not installed</source>
        <translation>%1 est une source git, et git n&apos;est pas installé</translation>
    </message>
    <message>
        <source>install git (apt install git)</source>
        <translation>installez git (apt install git)</translation>
    </message>
    <message>
        <source>there is no cache folder to check %1 out into</source>
        <translation>il n&apos;y a pas de dossier de cache où extraire %1</translation>
    </message>
    <message>
        <source>cancelled while git was %1</source>
        <translation>annulé pendant que git était en train de %1</translation>
    </message>
    <message>
        <source>git failed %1 for %2%3: %4</source>
        <translation>git a échoué (%1) pour %2%3 : %4</translation>
    </message>
    <message>
        <source>check the URL and the revision; git takes credentials from its credential helper or ssh keys, and envdesk does not let it prompt</source>
        <translation>vérifiez l&apos;URL et la révision ; git prend les identifiants dans son credential helper ou ses clés ssh, et envdesk ne le laisse pas les demander</translation>
    </message>
    <message>
        <source>cloning</source>
        <translation>cloner</translation>
    </message>
    <message>
        <source>cannot move the clone of %1 into %2</source>
        <translation>impossible de déplacer le clone de %1 vers %2</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>récupérer</translation>
    </message>
    <message>
        <source>%1 has no branch, tag or commit named %2</source>
        <translation>%1 n&apos;a pas de branche, de tag ou de commit nommé %2</translation>
    </message>
    <message>
        <source>check rev, tag or branch in [tool.uv.sources]</source>
        <translation>vérifiez rev, tag ou branch dans [tool.uv.sources]</translation>
    </message>
    <message>
        <source>checking out</source>
        <translation>extraire</translation>
    </message>
    <message>
        <source>cannot move the checkout of %1 into %2</source>
        <translation>impossible de déplacer l&apos;extraction de %1 vers %2</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 sent more than the %2 bytes the index announced; download stopped</source>
        <translation>%1 a envoyé plus que les %2 octets annoncés par l&apos;index ; téléchargement interrompu</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the proxy %1 requires authentication (407) for %2</source>
        <translation>le proxy %1 exige une authentification (407) pour %2</translation>
    </message>
    <message>
        <source>store the proxy&apos;s user name and password in the keychain: envdesk-cli auth set %1 --username USER (the password is read from stdin)</source>
        <translation>enregistrez le nom d&apos;utilisateur et le mot de passe du proxy dans le trousseau : envdesk-cli auth set %1 --username USER (le mot de passe est lu sur stdin)</translation>
    </message>
    <message>
        <source>the proxy %1 could not be used for %2: %3</source>
        <translation>le proxy %1 n&apos;a pas pu être utilisé pour %2 : %3</translation>
    </message>
    <message>
        <source>check HTTPS_PROXY / HTTP_PROXY (or the proxy set for this index); use NO_PROXY for hosts reached directly</source>
        <translation>vérifiez HTTPS_PROXY / HTTP_PROXY (ou le proxy défini pour cet index) ; utilisez NO_PROXY pour les hôtes joints directement</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (après %1 tentatives)</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (last to %2)</source>
        <translation>%1 redirige en boucle (dernière redirection vers %2)</translation>
    </message>
    <message>
        <source>the index is misconfigured; tell its administrators</source>
        <translation>l&apos;index est mal configuré ; prévenez ses administrateurs</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but the index announced %3</source>
        <translation>%1 fait %2 octets, mais l&apos;index en annonçait %3</translation>
    </message>
    <message>
        <source>%1 does not match its hash: expected sha256 %2, got %3</source>
        <translation>%1 ne correspond pas à son hachage : sha256 %2 attendu, %3 obtenu</translation>
    </message>
    <message>
        <source>the file was discarded; if this repeats, the index or a proxy is serving a different file than it lists</source>
        <translation>le fichier a été écarté ; si cela se reproduit, l&apos;index ou un proxy sert un fichier différent de celui qu&apos;il liste</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>the server, or a proxy in between, does not speak HTTP/1.1 correctly</source>
        <translation>le serveur, ou un proxy intermédiaire, ne parle pas correctement HTTP/1.1</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 octets sur %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>body truncated at %1</source>
        <translation>corps tronqué à %1</translation>
    </message>
    <message>
        <source>%1 timed out after %2, %3 times</source>
        <translation>%1 : délai dépassé après %2, %3 fois</translation>
    </message>
    <message>
        <source>%1 ended after %2, %3 times</source>
        <translation>%1 s’est arrêté après %2, %3 fois</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::HttpConnectionPool</name>
    <message>
        <source>the request header %1 contains a line break or a colon</source>
        <translation>l’en-tête de requête %1 contient un saut de ligne ou un deux-points</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Hôte %1 introuvable</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Import</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>le fichier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a distribution file, which cannot be installed editable; it was imported as a plain path source</source>
        <translation>&apos;%1&apos; est un fichier de distribution, qui ne peut pas être installé en mode éditable ; il a été importé comme simple source de chemin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes from %2, which does not exist</source>
        <translation>&apos;%1&apos; provient de %2, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>check the path before you lock</source>
        <translation>vérifiez le chemin avant de verrouiller (lock)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an editable git checkout; uv installs a git source as a normal package, so editable was dropped</source>
        <translation>&apos;%1&apos; est un checkout git éditable ; uv installe une source git comme un paquet normal, editable a donc été retiré</translation>
    </message>
    <message>
        <source>to edit it, clone the repository and make it a path source with editable = true</source>
        <translation>pour le modifier, clonez le dépôt et faites-en une source de chemin avec editable = true</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes from a %2 repository; [tool.uv.sources] takes git, url and path sources only, so it was not imported</source>
        <translation>&apos;%1&apos; provient d&apos;un dépôt %2 ; [tool.uv.sources] n&apos;accepte que les sources git, url et path, il n&apos;a donc pas été importé</translation>
    </message>
    <message>
        <source>publish it to one of your indexes, or point a url or path source at a built distribution</source>
        <translation>publiez-le sur l&apos;un de vos index, ou faites pointer une source url ou path vers une distribution construite</translation>
    </message>
    <message>
        <source>%1: certificates of %2 will not be checked (allow-insecure-host)</source>
        <translation>%1 : les certificats de %2 ne seront pas vérifiés (allow-insecure-host)</translation>
    </message>
    <message>
        <source>prefer trusting the host&apos;s CA: [tool.envdesk.index.NAME] ca-bundle</source>
        <translation>préférez faire confiance à l&apos;AC de l&apos;hôte : [tool.envdesk.index.NAME] ca-bundle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a section header</source>
        <translation>&apos;%1&apos; n&apos;est pas un en-tête de section</translation>
    </message>
    <message>
        <source>a section looks like [global]</source>
        <translation>une section ressemble à [global]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY = VALUE</source>
        <translation>&apos;%1&apos; n&apos;est pas de la forme KEY = VALUE</translation>
    </message>
    <message>
        <source>each line of pip&apos;s configuration is a [section], KEY = VALUE, or an indented continuation</source>
        <translation>chaque ligne de la configuration de pip est une [section], KEY = VALUE, ou une continuation indentée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes before any [section]</source>
        <translation>&apos;%1&apos; apparaît avant toute [section]</translation>
    </message>
    <message>
        <source>put it under [global]</source>
        <translation>placez-le sous [global]</translation>
    </message>
    <message>
        <source>trusted-host</source>
        <translation>trusted-host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not imported (envdesk takes indexes, trusted hosts, find-links and certificates from pip&apos;s configuration)</source>
        <translation>&apos;%1&apos; n&apos;est pas importé (envdesk reprend de la configuration de pip les index, hôtes de confiance, find-links et certificats)</translation>
    </message>
    <message>
        <source>[[source]] must be an array of tables</source>
        <translation>[[source]] doit être un tableau de tables</translation>
    </message>
    <message>
        <source>a [[source]] has no url</source>
        <translation>une [[source]] n&apos;a pas d&apos;url</translation>
    </message>
    <message>
        <source>add url = &quot;https://host/simple&quot;</source>
        <translation>ajoutez url = &quot;https://host/simple&quot;</translation>
    </message>
    <message>
        <source>the URL of &apos;%1&apos; uses environment variables (%2), which uv does not expand</source>
        <translation>l&apos;URL de &apos;%1&apos; utilise des variables d&apos;environnement (%2), qu&apos;uv ne développe pas</translation>
    </message>
    <message>
        <source>write the URL out and keep secrets in the keychain</source>
        <translation>écrivez l&apos;URL en entier et gardez les secrets dans le trousseau</translation>
    </message>
    <message>
        <source>verify_ssl = false</source>
        <translation>verify_ssl = false</translation>
    </message>
    <message>
        <source>[%1] must be a table</source>
        <translation>[%1] doit être une table</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in [%2] does not make a valid requirement: %3</source>
        <translation>&apos;%1&apos; dans [%2] ne forme pas une exigence valide : %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names the source &apos;%2&apos;, which the Pipfile does not define</source>
        <translation>&apos;%1&apos; désigne la source &apos;%2&apos;, que le Pipfile ne définit pas</translation>
    </message>
    <message>
        <source>[requires] %1 = &quot;%2&quot; is not imported</source>
        <translation>[requires] %1 = &quot;%2&quot; n&apos;est pas importé</translation>
    </message>
    <message>
        <source>set requires-python in [project], e.g. &quot;&gt;=%1&quot;</source>
        <translation>définissez requires-python dans [project], par ex. &quot;&gt;=%1&quot;</translation>
    </message>
    <message>
        <source>there is no folder %1 (from &apos;%2&apos;); not imported</source>
        <translation>il n&apos;y a pas de dossier %1 (de &apos;%2&apos;) ; non importé</translation>
    </message>
    <message>
        <source>paths are read relative to the requirements file&apos;s folder</source>
        <translation>les chemins sont lus relativement au dossier du fichier d&apos;exigences</translation>
    </message>
    <message>
        <source>cannot tell which package &apos;%1&apos; is without building it; not imported</source>
        <translation>impossible de savoir quel paquet est &apos;%1&apos; sans le construire ; non importé</translation>
    </message>
    <message>
        <source>write it as &apos;NAME @ %1&apos; or add #egg=NAME</source>
        <translation>écrivez-le &apos;NOM @ %1&apos; ou ajoutez #egg=NOM</translation>
    </message>
    <message>
        <source>give the folder a pyproject.toml with [project] name, or add #egg=NAME</source>
        <translation>donnez au dossier un pyproject.toml avec [project] name, ou ajoutez #egg=NOM</translation>
    </message>
    <message>
        <source>requirements files include each other too deeply</source>
        <translation>les fichiers d&apos;exigences s&apos;incluent les uns les autres trop profondément</translation>
    </message>
    <message>
        <source>--trusted-host</source>
        <translation>--trusted-host</translation>
    </message>
    <message>
        <source>the option &apos;%1&apos; is not imported</source>
        <translation>l&apos;option &apos;%1&apos; n&apos;est pas importée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid requirement: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas une exigence valide : %2</translation>
    </message>
    <message>
        <source>cannot tell what %1 is</source>
        <translation>impossible de déterminer ce qu&apos;est %1</translation>
    </message>
    <message>
        <source>import reads pip.conf / pip.ini, Pipfile and requirements files (*.txt, *.in)</source>
        <translation>import lit pip.conf / pip.ini, les Pipfile et les fichiers d&apos;exigences (*.txt, *.in)</translation>
    </message>
    <message>
        <source>index %1 is already there as &apos;%2&apos;</source>
        <translation>l&apos;index %1 est déjà présent sous le nom &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the project already has a default index: &apos;%1&apos; was added as an ordinary index</source>
        <translation>le projet a déjà un index par défaut : &apos;%1&apos; a été ajouté comme index ordinaire</translation>
    </message>
    <message>
        <source>added the index &apos;%1&apos; (%2)%3</source>
        <translation>index &apos;%1&apos; ajouté (%2)%3</translation>
    </message>
    <message>
        <source>, the default</source>
        <translation>, par défaut</translation>
    </message>
    <message>
        <source>, explicit</source>
        <translation>, explicite</translation>
    </message>
    <message>
        <source>added the insecure host %1</source>
        <translation>hôte non sécurisé %1 ajouté</translation>
    </message>
    <message>
        <source>added find-links %1</source>
        <translation>find-links %1 ajouté</translation>
    </message>
    <message>
        <source>pip&apos;s %1 = %2 was not applied: no index was imported to attach it to; set SSL_CERT_FILE or [tool.envdesk.index.NAME] %1</source>
        <translation>%1 = %2 de pip n&apos;a pas été appliqué : aucun index importé auquel le rattacher ; définissez SSL_CERT_FILE ou [tool.envdesk.index.NAME] %1</translation>
    </message>
    <message>
        <source>set %1 = %2 for the index &apos;%3&apos;</source>
        <translation>%1 = %2 défini pour l&apos;index &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 (%2) is this project itself; it was not added as a dependency</source>
        <translation>%1 (%2) est ce projet lui-même ; il n&apos;a pas été ajouté comme dépendance</translation>
    </message>
    <message>
        <source>%1 is already a dependency; kept as it is</source>
        <translation>%1 est déjà une dépendance ; conservé tel quel</translation>
    </message>
    <message>
        <source>added the dependency %1</source>
        <translation>dépendance %1 ajoutée</translation>
    </message>
    <message>
        <source>added %1 to the dev group</source>
        <translation>%1 ajouté au groupe dev</translation>
    </message>
    <message>
        <source>%1 already has a source; kept as it is</source>
        <translation>%1 a déjà une source ; conservée telle quelle</translation>
    </message>
    <message>
        <source>the index &apos;%1&apos;</source>
        <translation>l&apos;index &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the git repository %1</source>
        <translation>le dépôt git %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source> (editable)</source>
        <translation> (éditable)</translation>
    </message>
    <message>
        <source>%1 comes from %2</source>
        <translation>%1 provient de %2</translation>
    </message>
    <message>
        <source>the URL of &apos;%1&apos; holds credentials; they were not copied into pyproject.toml</source>
        <translation>l&apos;URL de &apos;%1&apos; contient des identifiants ; ils n&apos;ont pas été copiés dans pyproject.toml</translation>
    </message>
    <message>
        <source>let git&apos;s credential helper or ~/.netrc supply them for %1</source>
        <translation>laissez le credential helper de git ou ~/.netrc les fournir pour %1</translation>
    </message>
    <message>
        <source>the URL of the index &apos;%1&apos; holds credentials; they were not copied into pyproject.toml</source>
        <translation>l&apos;URL de l&apos;index &apos;%1&apos; contient des identifiants ; ils n&apos;ont pas été copiés dans pyproject.toml</translation>
    </message>
    <message>
        <source>store them in the keychain with &apos;envdesk-cli auth set %1&apos;, or set %2_USERNAME and %2_PASSWORD</source>
        <translation>enregistrez-les dans le trousseau avec &apos;envdesk-cli auth set %1&apos;, ou définissez %2_USERNAME et %2_PASSWORD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a version string nor a table; not imported</source>
        <translation>&apos;%1&apos; n&apos;est ni une chaîne de version ni une table ; non importé</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Index</name>
    <message>
        <source>the index answered something that is not a PEP 503/691 simple page; check the index URL (it usually ends in /simple)</source>
        <translation>l&apos;index a renvoyé autre chose qu&apos;une page simple PEP 503/691 ; vérifiez l&apos;URL de l&apos;index (elle se termine généralement par /simple)</translation>
    </message>
    <message>
        <source>the JSON root page of %1 is malformed: %2 at byte %3</source>
        <translation>la page racine JSON de %1 est mal formée : %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>the JSON page of %1 is malformed: %2 at byte %3</source>
        <translation>la page JSON de %1 est mal formée : %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>%1 speaks simple API version %2, which envdesk does not know</source>
        <translation>%1 utilise la version %2 de l&apos;API simple, qu&apos;envdesk ne connaît pas</translation>
    </message>
    <message>
        <source>the JSON page of %1 has no &quot;files&quot; list</source>
        <translation>la page JSON de %1 n&apos;a pas de liste &quot;files&quot;</translation>
    </message>
    <message>
        <source>a file entry on %1 has no filename or url</source>
        <translation>une entrée de fichier sur %1 n&apos;a pas de nom de fichier ou d&apos;URL</translation>
    </message>
    <message>
        <source>%1 answered with content type &apos;%2&apos;, not a simple API page</source>
        <translation>%1 a répondu avec le type de contenu &apos;%2&apos;, et non une page d&apos;API simple</translation>
    </message>
    <message>
        <source>not a ZIP archive: the end of the file is missing</source>
        <translation>ce n&apos;est pas une archive ZIP : la fin du fichier est manquante</translation>
    </message>
    <message>
        <source>not a ZIP archive: no end-of-central-directory record</source>
        <translation>ce n&apos;est pas une archive ZIP : aucun enregistrement de fin de répertoire central</translation>
    </message>
    <message>
        <source>damaged ZIP64 directory</source>
        <translation>répertoire ZIP64 endommagé</translation>
    </message>
    <message>
        <source>the ZIP directory points outside the file</source>
        <translation>le répertoire ZIP pointe en dehors du fichier</translation>
    </message>
    <message>
        <source>need more of the file: the directory starts at byte %1</source>
        <translation>une plus grande partie du fichier est nécessaire : le répertoire commence à l&apos;octet %1</translation>
    </message>
    <message>
        <source>damaged ZIP directory entry %1</source>
        <translation>entrée %1 du répertoire ZIP endommagée</translation>
    </message>
    <message>
        <source>the local header of %1 is not where the directory says</source>
        <translation>l&apos;en-tête local de %1 n&apos;est pas à l&apos;endroit indiqué par le répertoire</translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation>%1 est tronqué</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>cannot start decompression</source>
        <translation>impossible de démarrer la décompression</translation>
    </message>
    <message>
        <source>%1 does not decompress to its stated size</source>
        <translation>%1 ne se décompresse pas à sa taille déclarée</translation>
    </message>
    <message>
        <source>%1 uses compression method %2, which wheels do not use</source>
        <translation>%1 utilise la méthode de compression %2, que les wheels n&apos;utilisent pas</translation>
    </message>
    <message>
        <source>%1 fails its CRC-32 check</source>
        <translation>%1 échoue à la vérification CRC-32</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::IndexClient</name>
    <message>
        <source>index %1 has authenticate = &quot;never&quot; but credentials in its URL</source>
        <translation>l&apos;index %1 a authenticate = &quot;never&quot; mais des identifiants dans son URL</translation>
    </message>
    <message>
        <source>remove the credentials from the URL, or change authenticate</source>
        <translation>retirez les identifiants de l&apos;URL, ou modifiez authenticate</translation>
    </message>
    <message>
        <source>the index URL</source>
        <translation>l&apos;URL de l&apos;index</translation>
    </message>
    <message>
        <source>index %1 requires credentials (authenticate = &quot;always&quot;), but none were found</source>
        <translation>l&apos;index %1 exige des identifiants (authenticate = &quot;always&quot;), mais aucun n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>store them with &apos;envdesk-cli auth set %1&apos;, or set %2_USERNAME and _PASSWORD, or add the host to ~/.netrc</source>
        <translation>enregistrez-les avec &apos;envdesk-cli auth set %1&apos;, ou définissez %2_USERNAME et _PASSWORD, ou ajoutez l&apos;hôte à ~/.netrc</translation>
    </message>
    <message>
        <source>%1 is not in the cache, and envdesk is offline</source>
        <translation>%1 n&apos;est pas dans le cache, et envdesk est hors ligne</translation>
    </message>
    <message>
        <source>run once without --offline to fill the cache</source>
        <translation>exécutez une fois sans --offline pour remplir le cache</translation>
    </message>
    <message>
        <source>the proxy %1 requires authentication (407) for %2</source>
        <translation>le proxy %1 exige une authentification (407) pour %2</translation>
    </message>
    <message>
        <source>store the proxy&apos;s user name and password in the keychain: envdesk-cli auth set %1 --username USER (the password is read from stdin)</source>
        <translation>enregistrez le nom d&apos;utilisateur et le mot de passe du proxy dans le trousseau : envdesk-cli auth set %1 --username USER (le mot de passe est lu sur stdin)</translation>
    </message>
    <message>
        <source>no file of this project in the folder</source>
        <translation>aucun fichier de ce projet dans le dossier</translation>
    </message>
    <message>
        <source>index %1: %2</source>
        <translation>index %1 : %2</translation>
    </message>
    <message>
        <source>%1 is listed in ignore-error-codes: treated as not found</source>
        <translation>%1 figure dans ignore-error-codes : traité comme introuvable</translation>
    </message>
    <message>
        <source>not on this index</source>
        <translation>absent de cet index</translation>
    </message>
    <message>
        <source>index %1 answered HTTP %2 for %3</source>
        <translation>l&apos;index %1 a répondu HTTP %2 pour %3</translation>
    </message>
    <message>
        <source>the index is failing; try again later or ask its administrators</source>
        <translation>l&apos;index est défaillant ; réessayez plus tard ou contactez ses administrateurs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is pinned to the index &apos;%2&apos;, which is not defined</source>
        <translation>&apos;%1&apos; est épinglé à l&apos;index &apos;%2&apos;, qui n&apos;est pas défini</translation>
    </message>
    <message>
        <source>pinned to this index in [tool.uv.sources]</source>
        <translation>épinglé à cet index dans [tool.uv.sources]</translation>
    </message>
    <message>
        <source>first index that has the project (first-index)</source>
        <translation>premier index qui contient le projet (first-index)</translation>
    </message>
    <message>
        <source>%1 stops the search (first-index): no valid credentials</source>
        <translation>%1 arrête la recherche (first-index) : aucun identifiant valide</translation>
    </message>
    <message>
        <source>index %1 answered %2 for &apos;%3&apos; (%4): it could not be queried for lack of valid credentials, so envdesk does not look for &apos;%3&apos; on the indexes after it, which could serve a different package of the same name</source>
        <translation>l&apos;index %1 a répondu %2 pour &apos;%3&apos; (%4) : il n&apos;a pas pu être interrogé faute d&apos;identifiants valides, donc envdesk ne cherche pas &apos;%3&apos; dans les index suivants, qui pourraient servir un autre paquet du même nom</translation>
    </message>
    <message>
        <source>set credentials for this index (keychain, %1_USERNAME / _PASSWORD, .netrc), or add %2 to its ignore-error-codes if it hides missing packages behind %2</source>
        <translation>définissez des identifiants pour cet index (trousseau, %1_USERNAME / _PASSWORD, .netrc), ou ajoutez %2 à ses ignore-error-codes s&apos;il masque les paquets absents derrière un %2</translation>
    </message>
    <message>
        <source>%1 ignored by %2</source>
        <translation>%1 ignoré par %2</translation>
    </message>
    <message>
        <source>index %1 answered HTTP %2 for its project list (%3)</source>
        <translation>l&apos;index %1 a répondu HTTP %2 pour sa liste de projets (%3)</translation>
    </message>
    <message>
        <source>%1 has no SHA-256 on index %2, so it cannot be checked; not downloaded</source>
        <translation>%1 n&apos;a pas de SHA-256 sur l&apos;index %2, il ne peut donc pas être vérifié ; non téléchargé</translation>
    </message>
    <message>
        <source>ask the index&apos;s administrators to publish hashes</source>
        <translation>demandez aux administrateurs de l&apos;index de publier les hachages</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1 does not match its hash: expected sha256 %2, got %3</source>
        <translation>%1 ne correspond pas à son hachage : sha256 %2 attendu, %3 obtenu</translation>
    </message>
    <message>
        <source>%1 is a source distribution without a metadata file: its metadata needs a build</source>
        <translation>%1 est une distribution source sans fichier de métadonnées : ses métadonnées nécessitent une construction</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 has no .dist-info/METADATA: not a valid wheel</source>
        <translation>%1 n&apos;a pas de .dist-info/METADATA : ce n&apos;est pas un wheel valide</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to a range request</source>
        <translation>%1 a répondu HTTP %2 à une requête partielle (Range)</translation>
    </message>
    <message>
        <source>%1 names no file</source>
        <translation>%1 ne désigne aucun fichier</translation>
    </message>
    <message>
        <source>envdesk sends no index credentials for a url source: publish the file on one of your indexes, or download it and use a path source</source>
        <translation>envdesk n&apos;envoie pas d&apos;identifiants d&apos;index pour une source url : publiez le fichier sur l&apos;un de vos index, ou téléchargez-le et utilisez une source de chemin</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>impossible de déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>the token was refused (this server answers 404 for a bad token)</source>
        <translation>le jeton a été refusé (ce serveur répond 404 à un jeton invalide)</translation>
    </message>
    <message>
        <source>index %1: the token was refused (this server answers 404 for a bad token): the credentials from %2 got 404 for %3, and the index root asks for credentials without them</source>
        <translation>index %1 : le jeton a été refusé (ce serveur répond 404 à un jeton invalide) : les identifiants de %2 ont reçu 404 pour %3, et la racine de l&apos;index demande des identifiants sans eux</translation>
    </message>
    <message>
        <source>renew the token and update %1 (for AWS CodeArtifact: aws codeartifact get-authorization-token; a credential-command keeps it fresh)</source>
        <translation>renouvelez le jeton et mettez à jour %1 (pour AWS CodeArtifact : aws codeartifact get-authorization-token ; une credential-command le garde à jour)</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::IndexJobs</name>
    <message numerus="yes">
        <source>%1 lists %n project(s)</source>
        <translation>
            <numerusform>%1 liste %n projet</numerusform>
            <numerusform>%1 liste %n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>The index look-up was cancelled.</source>
        <translation>La consultation des index a été annulée.</translation>
    </message>
    <message>
        <source>certificates of %1 were not checked (allow-insecure-host or verify = false)</source>
        <translation>les certificats de %1 n&apos;ont pas été vérifiés (allow-insecure-host ou verify = false)</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::IndexSettings</name>
    <message>
        <source>%1 needs the keychain: %2</source>
        <translation>%1 a besoin du trousseau : %2</translation>
    </message>
    <message>
        <source>%1 uses ${keychain}, but the keychain has nothing for %2</source>
        <translation>%1 utilise ${keychain}, mais le trousseau ne contient rien pour %2</translation>
    </message>
    <message>
        <source>store it: envdesk-cli auth set %1 --token (the secret is read from stdin)</source>
        <translation>enregistrez-le : envdesk-cli auth set %1 --token (le secret est lu sur stdin)</translation>
    </message>
    <message>
        <source>%1 uses ${env:%2}, which is not set</source>
        <translation>%1 utilise ${env:%2}, qui n&apos;est pas défini</translation>
    </message>
    <message>
        <source>set %1 in the environment</source>
        <translation>définissez %1 dans l&apos;environnement</translation>
    </message>
    <message>
        <source>%1 header %2</source>
        <translation>%1, en-tête %2</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::IndexSetup</name>
    <message>
        <source>--index-strategy &apos;%1&apos; is not one of first-index, unsafe-first-match, unsafe-best-match</source>
        <translation>--index-strategy &apos;%1&apos; ne fait pas partie de first-index, unsafe-first-match, unsafe-best-match</translation>
    </message>
    <message>
        <source>UV_HTTP_TIMEOUT=&apos;%1&apos; is not a number of seconds</source>
        <translation>UV_HTTP_TIMEOUT=&apos;%1&apos; n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>set it to a whole number of seconds, e.g. 60, or unset it</source>
        <translation>donnez-lui un nombre entier de secondes, par ex. 60, ou supprimez-la</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Install</name>
    <message>
        <source>[dependency-groups] include each other in a circle: %1</source>
        <translation>[dependency-groups] s&apos;incluent en cercle : %1</translation>
    </message>
    <message>
        <source>remove one include-group of the circle</source>
        <translation>retirez un include-group du cercle</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Interpreters</name>
    <message>
        <source>no Python interpreter found that fits requires-python</source>
        <translation>aucun interpréteur Python trouvé qui corresponde à requires-python</translation>
    </message>
    <message>
        <source>no Python %1 found</source>
        <translation>aucun Python %1 trouvé</translation>
    </message>
    <message>
        <source>see envdesk-cli python list, or give --python /path/to/python</source>
        <translation>consultez envdesk-cli python list, ou indiquez --python /path/to/python</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Job</name>
    <message>
        <source>waiting for %1: no answer for %2 s</source>
        <translation>attente de %1 : aucune réponse depuis %2 s</translation>
    </message>
    <message>
        <source>waiting for index %1 (%2): no answer for %3 s</source>
        <translation>attente de l’index %1 (%2) : aucune réponse depuis %3 s</translation>
    </message>
    <message>
        <source> (cache)</source>
        <translation> (cache)</translation>
    </message>
    <message>
        <source>credentials: %1</source>
        <translation>identifiants : %1</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::JsonReader</name>
    <message>
        <source>the text ends where an object was expected</source>
        <translation>le texte s&apos;arrête là où un objet était attendu</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation>les objets et les tableaux sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>the text ends where an array was expected</source>
        <translation>le texte s&apos;arrête là où un tableau était attendu</translation>
    </message>
    <message>
        <source>an array was expected</source>
        <translation>un tableau était attendu</translation>
    </message>
    <message>
        <source>a value was read outside of any object or array</source>
        <translation>une valeur a été lue hors de tout objet ou tableau</translation>
    </message>
    <message>
        <source>the text ends inside an object or array</source>
        <translation>le texte s&apos;arrête à l&apos;intérieur d&apos;un objet ou d&apos;un tableau</translation>
    </message>
    <message>
        <source>a comma or &apos;}&apos; was expected</source>
        <translation>une virgule ou &apos;}&apos; était attendue</translation>
    </message>
    <message>
        <source>a comma or &apos;]&apos; was expected</source>
        <translation>une virgule ou &apos;]&apos; était attendue</translation>
    </message>
    <message>
        <source>a value was expected after the comma</source>
        <translation>une valeur était attendue après la virgule</translation>
    </message>
    <message>
        <source>a member name (a string) was expected</source>
        <translation>un nom de membre (une chaîne) était attendu</translation>
    </message>
    <message>
        <source>a colon was expected after the member name</source>
        <translation>deux-points étaient attendus après le nom du membre</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>le texte s&apos;arrête là où une valeur était attendue</translation>
    </message>
    <message>
        <source>a string was expected</source>
        <translation>une chaîne était attendue</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>une chaîne n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>a string is not valid UTF-8</source>
        <translation>une chaîne n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>a string holds an invalid \u escape</source>
        <translation>une chaîne contient un échappement \u invalide</translation>
    </message>
    <message>
        <source>a number was expected</source>
        <translation>un nombre était attendu</translation>
    </message>
    <message>
        <source>a number is malformed or out of range</source>
        <translation>un nombre est mal formé ou hors limites</translation>
    </message>
    <message>
        <source>an unknown word stands where a value was expected</source>
        <translation>un mot inconnu se trouve là où une valeur était attendue</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>true ou false était attendu</translation>
    </message>
    <message>
        <source>null was expected</source>
        <translation>null était attendu</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>une valeur était attendue</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>quelque chose suit la fin du document</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Lock</name>
    <message>
        <source>write the lock again with envdesk-cli lock</source>
        <translation>réécrivez le fichier de verrouillage avec envdesk-cli lock</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 n&apos;a pas de %2</translation>
    </message>
    <message>
        <source>%1: %2 must be a string, not %3</source>
        <translation>%1 : %2 doit être une chaîne, pas %3</translation>
    </message>
    <message>
        <source>%1: %2 must be an array of strings</source>
        <translation>%1 : %2 doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>%1: %2 is not a URL</source>
        <translation>%1 : %2 n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>%1: the URL carries credentials, which a lock file must never hold</source>
        <translation>%1 : l&apos;URL contient des identifiants, ce qu&apos;un fichier de verrouillage ne doit jamais contenir</translation>
    </message>
    <message>
        <source>remove them from the file (and change the password: it was written down); envdesk takes credentials from the keychain</source>
        <translation>retirez-les du fichier (et changez le mot de passe : il a été écrit en clair) ; envdesk prend les identifiants dans le trousseau</translation>
    </message>
    <message>
        <source>%1 must be a table</source>
        <translation>%1 doit être une table</translation>
    </message>
    <message>
        <source>%1 has neither url nor path</source>
        <translation>%1 n&apos;a ni url ni path</translation>
    </message>
    <message>
        <source>%1: size must be a non-negative integer</source>
        <translation>%1 : size doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>%1: upload-time must be a TOML date-time</source>
        <translation>%1 : upload-time doit être une date-heure TOML</translation>
    </message>
    <message>
        <source>%1 has no hashes: a locked file must say what it must hash to</source>
        <translation>%1 n&apos;a pas de hashes : un fichier verrouillé doit indiquer le hachage attendu</translation>
    </message>
    <message>
        <source>%1: hash %2 must be a string</source>
        <translation>%1 : le hachage %2 doit être une chaîne</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>write one with envdesk-cli lock</source>
        <translation>créez-en un avec envdesk-cli lock</translation>
    </message>
    <message>
        <source>the lock file</source>
        <translation>le fichier de verrouillage</translation>
    </message>
    <message>
        <source>lock-version %1 is not one envdesk reads (it reads 1.x)</source>
        <translation>lock-version %1 n&apos;est pas une version lue par envdesk (il lit les versions 1.x)</translation>
    </message>
    <message>
        <source>lock again with this version of envdesk, or upgrade envdesk</source>
        <translation>verrouillez à nouveau avec cette version d&apos;envdesk, ou mettez envdesk à jour</translation>
    </message>
    <message>
        <source>environments: %1 is not a marker: %2</source>
        <translation>environments : %1 n&apos;est pas un marqueur : %2</translation>
    </message>
    <message>
        <source>[tool.envdesk]</source>
        <translation>[tool.envdesk]</translation>
    </message>
    <message>
        <source>[tool.envdesk] universal is true or false</source>
        <translation>[tool.envdesk] universal vaut true ou false</translation>
    </message>
    <message>
        <source>packages must be an array of tables</source>
        <translation>packages doit être un tableau de tables</translation>
    </message>
    <message>
        <source>packages[%1]</source>
        <translation>packages[%1]</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>paquet %1</translation>
    </message>
    <message>
        <source>%1 has no valid version (envdesk installs only packages locked to a version)</source>
        <translation>%1 n&apos;a pas de version valide (envdesk n&apos;installe que des paquets verrouillés sur une version)</translation>
    </message>
    <message>
        <source>%1: %2 is not a marker</source>
        <translation>%1 : %2 n&apos;est pas un marqueur</translation>
    </message>
    <message>
        <source>%1: requires-python %2 is not a version specifier</source>
        <translation>%1 : requires-python %2 n&apos;est pas un spécificateur de version</translation>
    </message>
    <message>
        <source>%1: vcs</source>
        <translation>%1 : vcs</translation>
    </message>
    <message>
        <source>%1 is a %2 checkout; envdesk checks out git repositories only</source>
        <translation>%1 est une extraction %2 ; envdesk n&apos;extrait que des dépôts git</translation>
    </message>
    <message>
        <source>%1: directory</source>
        <translation>%1 : directory</translation>
    </message>
    <message>
        <source>%1: directory must be a table</source>
        <translation>%1 : directory doit être une table</translation>
    </message>
    <message>
        <source>%1: directory.editable must be true or false</source>
        <translation>%1 : directory.editable doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: archive</source>
        <translation>%1 : archive</translation>
    </message>
    <message>
        <source>%1: sdist</source>
        <translation>%1 : sdist</translation>
    </message>
    <message>
        <source>%1: wheels must be an array of tables</source>
        <translation>%1 : wheels doit être un tableau de tables</translation>
    </message>
    <message>
        <source>%1: wheels[%2]</source>
        <translation>%1 : wheels[%2]</translation>
    </message>
    <message>
        <source>%1: %2 is not a wheel&apos;s file name</source>
        <translation>%1 : %2 n&apos;est pas un nom de fichier wheel</translation>
    </message>
    <message>
        <source>%1 has no wheels, sdist, directory, archive or vcs</source>
        <translation>%1 n&apos;a ni wheels, ni sdist, ni directory, ni archive, ni vcs</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>check the folder&apos;s permissions and free space; the previous lock, if any, is unchanged</source>
        <translation>vérifiez les permissions du dossier et l&apos;espace libre ; le fichier de verrouillage précédent, s&apos;il existe, n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>lock for this environment: envdesk-cli lock --python %1</source>
        <translation>verrouillez pour cet environnement : envdesk-cli lock --python %1</translation>
    </message>
    <message>
        <source>%1 is for Python %2; this environment has Python %3</source>
        <translation>%1 est destiné à Python %2 ; cet environnement a Python %3</translation>
    </message>
    <message>
        <source>%1 was written for other environments (%2); this one is %3</source>
        <translation>%1 a été écrit pour d&apos;autres environnements (%2) ; celui-ci est %3</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Net</name>
    <message>
        <source>Connection test for %1 (%2)
</source>
        <translation>Test de connexion pour %1 (%2)
</translation>
    </message>
    <message>
        <source>Fix: %1
</source>
        <translation>Correctif : %1
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; without a value</source>
        <translation>&apos;%1&apos; sans valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; before any &apos;machine&apos; or &apos;default&apos;</source>
        <translation>&apos;%1&apos; avant tout &apos;machine&apos; ou &apos;default&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>a .netrc holds &apos;machine HOST login USER password SECRET&apos; entries</source>
        <translation>un .netrc contient des entrées &apos;machine HOST login USER password SECRET&apos;</translation>
    </message>
    <message>
        <source>the index URL</source>
        <translation>l&apos;URL de l&apos;index</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos; (%2) could not be started: %3</source>
        <translation>la commande d&apos;identifiants de l&apos;index &apos;%1&apos; (%2) n&apos;a pas pu être lancée : %3</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos; (%2) did not finish within %3 s</source>
        <translation>la commande d&apos;identifiants de l&apos;index &apos;%1&apos; (%2) ne s&apos;est pas terminée en %3 s</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos; (%2) failed (exit code %3)%4</source>
        <translation>la commande d&apos;identifiants de l&apos;index &apos;%1&apos; (%2) a échoué (code de sortie %3)%4</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos;</source>
        <translation>la commande d&apos;identifiants de l&apos;index &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the credential command of index &apos;%1&apos; printed JSON without a token or password</source>
        <translation>la commande d&apos;identifiants de l&apos;index &apos;%1&apos; a affiché du JSON sans jeton ni mot de passe</translation>
    </message>
    <message>
        <source>no host names</source>
        <translation>aucun nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the certificate of %1 names it only in its common name, a form RFC 6125 and the CA/Browser Forum retired: ask the server&apos;s owners for a certificate with a subjectAltName</source>
        <translation>le certificat de %1 ne le nomme que dans son nom commun (CN), une forme abandonnée par la RFC 6125 et le CA/Browser Forum : demandez aux responsables du serveur un certificat avec un subjectAltName</translation>
    </message>
    <message>
        <source>%1: no keychain is available (%2)</source>
        <translation>%1 : aucun trousseau n&apos;est disponible (%2)</translation>
    </message>
    <message>
        <source>envdesk keeps secrets only in the OS keychain and never in a file. On Linux, start a Secret Service (gnome-keyring or KeePassXC) in your session, or use the UV_INDEX_&lt;NAME&gt;_USERNAME / _PASSWORD variables or ~/.netrc instead</source>
        <translation>envdesk ne conserve les secrets que dans le trousseau du système, jamais dans un fichier. Sous Linux, démarrez un Secret Service (gnome-keyring ou KeePassXC) dans votre session, ou utilisez plutôt les variables UV_INDEX_&lt;NAME&gt;_USERNAME / _PASSWORD ou ~/.netrc</translation>
    </message>
    <message>
        <source>%1: the keychain refused access (%2)</source>
        <translation>%1 : le trousseau a refusé l&apos;accès (%2)</translation>
    </message>
    <message>
        <source>unlock the keychain and try again</source>
        <translation>déverrouillez le trousseau et réessayez</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the keychain did not return what was stored in it</source>
        <translation>le trousseau n&apos;a pas renvoyé ce qui y avait été stocké</translation>
    </message>
    <message>
        <source>reading the keychain</source>
        <translation>lecture du trousseau</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>writing to the keychain</source>
        <translation>écriture dans le trousseau</translation>
    </message>
    <message>
        <source>removing from the keychain</source>
        <translation>suppression du trousseau</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read: %2</source>
        <translation>le fichier CA %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>fix the path under Certificates (or SSL_CERT_FILE); envdesk does not fall back to the system store when a CA file is set</source>
        <translation>corrigez le chemin sous Certificats (ou SSL_CERT_FILE) ; envdesk ne se rabat pas sur le magasin système lorsqu&apos;un fichier CA est défini</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>le fichier CA %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>use a PEM file (-----BEGIN CERTIFICATE-----); DER files must be converted</source>
        <translation>utilisez un fichier PEM (-----BEGIN CERTIFICATE-----) ; les fichiers DER doivent être convertis</translation>
    </message>
    <message>
        <source>the CA folder %1 does not exist</source>
        <translation>le dossier CA %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the CA folder %1 holds no PEM certificate</source>
        <translation>le dossier CA %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the client certificate %1 cannot be read: %2</source>
        <translation>le certificat client %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>the PKCS#12 file %1 cannot be opened without its passphrase</source>
        <translation>le fichier PKCS#12 %1 ne peut pas être ouvert sans sa phrase secrète</translation>
    </message>
    <message>
        <source>the PKCS#12 file %1 cannot be opened: wrong passphrase, or not a PKCS#12 file</source>
        <translation>le fichier PKCS#12 %1 ne peut pas être ouvert : phrase secrète incorrecte, ou ce n&apos;est pas un fichier PKCS#12</translation>
    </message>
    <message>
        <source>store its passphrase in the keychain: envdesk-cli auth set %1 --token (the passphrase is read from stdin)</source>
        <translation>enregistrez sa phrase secrète dans le trousseau : envdesk-cli auth set %1 --token (la phrase secrète est lue sur stdin)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the client key %1 cannot be read: %2</source>
        <translation>la clé client %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>the private key in %1 is encrypted, and %2</source>
        <translation>la clé privée dans %1 est chiffrée, et %2</translation>
    </message>
    <message>
        <source>no passphrase is stored for it</source>
        <translation>aucune phrase secrète n&apos;est enregistrée pour elle</translation>
    </message>
    <message>
        <source>the stored passphrase does not open it</source>
        <translation>la phrase secrète enregistrée ne permet pas de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 holds no PEM private key</source>
        <translation>%1 ne contient aucune clé privée PEM</translation>
    </message>
    <message>
        <source>store its passphrase in the keychain: envdesk-cli auth set %1 --token (read from stdin)</source>
        <translation>enregistrez sa phrase secrète dans le trousseau : envdesk-cli auth set %1 --token (lue sur stdin)</translation>
    </message>
    <message>
        <source>SSL_CLIENT_CERT takes one PEM file with the certificate, then its key</source>
        <translation>SSL_CLIENT_CERT attend un seul fichier PEM contenant le certificat, puis sa clé</translation>
    </message>
    <message>
        <source>the certificate is signed by a CA envdesk does not trust (&apos;%1&apos;): add that CA&apos;s PEM file under Certificates (SSL_CERT_FILE, or ca-bundle for this index). Behind a corporate proxy that re-signs HTTPS, this is the proxy&apos;s root CA</source>
        <translation>le certificat est signé par une AC à laquelle envdesk ne fait pas confiance (&apos;%1&apos;) : ajoutez le fichier PEM de cette AC dans Certificats (SSL_CERT_FILE, ou ca-bundle pour cet index). Derrière un proxy d&apos;entreprise qui re-signe le HTTPS, il s&apos;agit de l&apos;AC racine du proxy</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>the server uses a self-signed certificate: add it as a CA under Certificates, or add &apos;%1&apos; to allow-insecure-host (turns verification off for that host)</source>
        <translation>le serveur utilise un certificat auto-signé : ajoutez-le comme AC dans Certificats, ou ajoutez &apos;%1&apos; à allow-insecure-host (désactive la vérification pour cet hôte)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate expired on %1: ask the server&apos;s owners to renew it</source>
        <translation>le certificat du serveur a expiré (date d&apos;expiration : %1) : demandez aux responsables du serveur de le renouveler</translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation>une date passée</translation>
    </message>
    <message>
        <source>the certificate is not valid yet: check this computer&apos;s clock</source>
        <translation>le certificat n&apos;est pas encore valide : vérifiez l&apos;horloge de cet ordinateur</translation>
    </message>
    <message>
        <source>the certificate is for %1, not %2: check the index URL</source>
        <translation>le certificat est émis pour %1, et non pour %2 : vérifiez l&apos;URL de l&apos;index</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>un autre hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; issued by &apos;%2&apos;, valid %3 to %4</source>
        <translation>&apos;%1&apos; émis par &apos;%2&apos;, valide du %3 au %4</translation>
    </message>
    <message>
        <source>TLS verification of %1 failed: %2. Chain: %3</source>
        <translation>la vérification TLS de %1 a échoué : %2. Chaîne : %3</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>aucun certificat reçu</translation>
    </message>
    <message>
        <source>the server may require a client certificate: set one under Certificates (SSL_CLIENT_CERT, or client-cert for this index)</source>
        <translation>le serveur exige peut-être un certificat client : configurez-en un dans Certificats (SSL_CLIENT_CERT, ou client-cert pour cet index)</translation>
    </message>
    <message>
        <source>the server and envdesk share no TLS version: the server probably speaks only TLS 1.0/1.1, which is disabled. Ask the server&apos;s owners to upgrade, or set min-tls for this index</source>
        <translation>le serveur et envdesk n&apos;ont aucune version de TLS en commun : le serveur ne parle probablement que TLS 1.0/1.1, qui sont désactivés. Demandez aux responsables du serveur de le mettre à niveau, ou définissez min-tls pour cet index</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>la négociation TLS avec %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Pep</name>
    <message>
        <source>invalid marker &apos;%1&apos;: %2 at position %3</source>
        <translation>marqueur non valide &apos;%1&apos; : %2 à la position %3</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>%1, found %2</source>
        <translation>%1, trouvé : %2</translation>
    </message>
    <message>
        <source>invalid requirement &apos;%1&apos;: %2 at position %3</source>
        <translation>exigence non valide &apos;%1&apos; : %2 à la position %3</translation>
    </message>
    <message>
        <source>%1line %2 is not valid UTF-8; the bad bytes were replaced</source>
        <translation>%1la ligne %2 n&apos;est pas de l&apos;UTF-8 valide ; les octets invalides ont été remplacés</translation>
    </message>
    <message>
        <source>line %1 continues a field, but no field came before it</source>
        <translation>la ligne %1 prolonge un champ, mais aucun champ ne la précède</translation>
    </message>
    <message>
        <source>line %1 is not &apos;Field: value&apos;: &apos;%2&apos;</source>
        <translation>la ligne %1 n&apos;est pas de la forme &apos;Field: value&apos; : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the metadata file is damaged</source>
        <translation>le fichier de métadonnées est endommagé</translation>
    </message>
    <message>
        <source>the metadata has no %1 field</source>
        <translation>les métadonnées n&apos;ont pas de champ %1</translation>
    </message>
    <message>
        <source>metadata version %1 is newer than envdesk knows (2.4); reading it as 2.4</source>
        <translation>la version de métadonnées %1 est plus récente que celles connues d&apos;envdesk (2.4) ; lecture en tant que 2.4</translation>
    </message>
    <message>
        <source>metadata version %1 is not supported (envdesk reads 1.0 to 2.4)</source>
        <translation>la version de métadonnées %1 n&apos;est pas prise en charge (envdesk lit les versions 1.0 à 2.4)</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be Dynamic (PEP 643)</source>
        <translation>&apos;%1&apos; ne peut pas être Dynamic (PEP 643)</translation>
    </message>
    <message>
        <source>Requires-Dist of %1 %2: %3</source>
        <translation>Requires-Dist de %1 %2 : %3</translation>
    </message>
    <message>
        <source>Requires-Python of %1 %2: %3</source>
        <translation>Requires-Python de %1 %2 : %3</translation>
    </message>
    <message>
        <source>invalid distribution file name &apos;%1&apos;: %2</source>
        <translation>nom de fichier de distribution invalide &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>a wheel&apos;s name ends in .whl</source>
        <translation>le nom d&apos;un wheel se termine par .whl</translation>
    </message>
    <message>
        <source>expected name-version[-build]-python-abi-platform, found %1 parts</source>
        <translation>name-version[-build]-python-abi-platform attendu, %1 parties trouvées</translation>
    </message>
    <message>
        <source>the project name &apos;%1&apos; is not escaped as PEP 427 asks</source>
        <translation>le nom de projet &apos;%1&apos; n&apos;est pas échappé comme l&apos;exige la PEP 427</translation>
    </message>
    <message>
        <source>the build tag &apos;%1&apos; does not start with a number</source>
        <translation>le tag de build &apos;%1&apos; ne commence pas par un chiffre</translation>
    </message>
    <message>
        <source>the build number is too large</source>
        <translation>le numéro de build est trop grand</translation>
    </message>
    <message>
        <source>a source distribution&apos;s name ends in .tar.gz or .zip</source>
        <translation>le nom d&apos;une distribution source se termine par .tar.gz ou .zip</translation>
    </message>
    <message>
        <source>expected name-version</source>
        <translation>name-version attendu</translation>
    </message>
    <message>
        <source>there is no &apos;%1&apos; on PATH</source>
        <translation>il n&apos;y a pas de &apos;%1&apos; dans le PATH</translation>
    </message>
    <message>
        <source>install Python, or give the interpreter&apos;s full path</source>
        <translation>installez Python, ou indiquez le chemin complet de l&apos;interpréteur</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not an executable program</source>
        <translation>%1 n&apos;est pas un programme exécutable</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu être lancé : %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds</source>
        <translation>%1 n&apos;a pas répondu dans les %2 secondes</translation>
    </message>
    <message>
        <source>the interpreter hangs at start; check its site-packages or startup files</source>
        <translation>l&apos;interpréteur se bloque au démarrage ; vérifiez son site-packages ou ses fichiers de démarrage</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)%3</source>
        <translation>%1 a échoué (code de sortie %2)%3</translation>
    </message>
    <message>
        <source>%1 did not answer like a Python interpreter (it printed &apos;%2&apos;)</source>
        <translation>%1 n&apos;a pas répondu comme un interpréteur Python (il a affiché &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>&apos;)&apos; attendu pour fermer le &apos;(&apos; en position %1</translation>
    </message>
    <message>
        <source>invalid \%1 escape in a quoted string</source>
        <translation>échappement \%1 invalide dans une chaîne entre guillemets</translation>
    </message>
    <message>
        <source>expected a marker variable or quoted string</source>
        <translation>variable de marqueur ou chaîne entre guillemets attendue</translation>
    </message>
    <message>
        <source>expected whitespace after &apos;not&apos;</source>
        <translation>espace attendu après &apos;not&apos;</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after &apos;not&apos;</source>
        <translation>&apos;in&apos; attendu après &apos;not&apos;</translation>
    </message>
    <message>
        <source>expected a marker operator, one of &lt;=, &lt;, !=, ==, &gt;=, &gt;, ~=, ===, in, not in</source>
        <translation>opérateur de marqueur attendu, parmi &lt;=, &lt;, !=, ==, &gt;=, &gt;, ~=, ===, in, not in</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a set: ask it with &apos;NAME&apos; in %1 or &apos;NAME&apos; not in %1</source>
        <translation>« %1 » est un ensemble : interrogez-le avec &apos;NOM&apos; in %1 ou &apos;NOM&apos; not in %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a marker variable</source>
        <translation>&apos;%1&apos; n&apos;est pas une variable de marqueur</translation>
    </message>
    <message>
        <source>cannot compare &apos;%1&apos; %2 &apos;%3&apos;: &apos;%1&apos; is not a version</source>
        <translation>impossible de comparer &apos;%1&apos; %2 &apos;%3&apos; : &apos;%1&apos; n&apos;est pas une version</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare &apos;%2&apos; and &apos;%3&apos;, which are not versions</source>
        <translation>&apos;%1&apos; ne peut pas comparer &apos;%2&apos; et &apos;%3&apos;, qui ne sont pas des versions</translation>
    </message>
    <message>
        <source>unexpected text after the marker</source>
        <translation>texte inattendu après le marqueur</translation>
    </message>
    <message>
        <source>expected a package name at the start</source>
        <translation>nom de paquet attendu au début</translation>
    </message>
    <message>
        <source>expected a comma between extra names</source>
        <translation>virgule attendue entre les noms d&apos;extras</translation>
    </message>
    <message>
        <source>expected an extra name after the comma</source>
        <translation>nom d&apos;extra attendu après la virgule</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; at position %1</source>
        <translation>&apos;]&apos; attendu pour fermer le &apos;[&apos; en position %1</translation>
    </message>
    <message>
        <source>expected the end or a semicolon (after %1)</source>
        <translation>fin ou point-virgule attendu (après %1)</translation>
    </message>
    <message>
        <source>expected a URL after &apos;@&apos;</source>
        <translation>URL attendue après &apos;@&apos;</translation>
    </message>
    <message>
        <source>expected whitespace after the URL</source>
        <translation>espace attendu après l&apos;URL</translation>
    </message>
    <message>
        <source>the URL and whitespace</source>
        <translation>l&apos;URL et l&apos;espace</translation>
    </message>
    <message>
        <source>invalid requirement &apos;%1&apos;: &apos;%2&apos; is not a valid file URL (write file:///absolute/path)</source>
        <translation>exigence invalide &apos;%1&apos; : &apos;%2&apos; n&apos;est pas une URL de fichier valide (écrivez file:///absolute/path)</translation>
    </message>
    <message>
        <source>invalid requirement &apos;%1&apos;: &apos;%2&apos; is not a URL with a scheme and a host</source>
        <translation>exigence invalide &apos;%1&apos; : &apos;%2&apos; n&apos;est pas une URL avec un schéma et un hôte</translation>
    </message>
    <message>
        <source>a direct reference looks like &apos;name @ https://host/path/name-1.0-py3-none-any.whl&apos;</source>
        <translation>une référence directe ressemble à &apos;name @ https://host/path/name-1.0-py3-none-any.whl&apos;</translation>
    </message>
    <message>
        <source>the name, with no valid version specifier</source>
        <translation>le nom, sans spécificateur de version valide</translation>
    </message>
    <message>
        <source>the version specifier</source>
        <translation>le spécificateur de version</translation>
    </message>
    <message>
        <source>expected the end of the requirement</source>
        <translation>fin de l&apos;exigence attendue</translation>
    </message>
    <message>
        <source> in &apos;%1&apos;</source>
        <translation> dans &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid version specifier &apos;%1&apos;%2: %3 at position %4</source>
        <translation>spécificateur de version invalide &apos;%1&apos;%2 : %3 en position %4</translation>
    </message>
    <message>
        <source>a specifier is an operator (==, !=, &lt;=, &gt;=, &lt;, &gt;, ~=, ===) followed by a version, e.g. &apos;&gt;=1.2&apos;, &apos;~=2.0&apos; or &apos;==1.4.*&apos;</source>
        <translation>un spécificateur est un opérateur (==, !=, &lt;=, &gt;=, &lt;, &gt;, ~=, ===) suivi d&apos;une version, par ex. &apos;&gt;=1.2&apos;, &apos;~=2.0&apos; ou &apos;==1.4.*&apos;</translation>
    </message>
    <message>
        <source>expected an operator, found nothing</source>
        <translation>opérateur attendu, rien trouvé</translation>
    </message>
    <message>
        <source>expected an operator such as &apos;&gt;=&apos; or &apos;==&apos;</source>
        <translation>opérateur attendu, tel que &apos;&gt;=&apos; ou &apos;==&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>expected a version after the operator</source>
        <translation>version attendue après l&apos;opérateur</translation>
    </message>
    <message>
        <source>&apos;.*&apos; is only allowed with == and !=</source>
        <translation>&apos;.*&apos; n&apos;est autorisé qu&apos;avec == et !=</translation>
    </message>
    <message>
        <source>only a release such as &apos;1.4&apos; may precede &apos;.*&apos;</source>
        <translation>seul un numéro de version tel que &apos;1.4&apos; peut précéder &apos;.*&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid version</source>
        <translation>&apos;%1&apos; n&apos;est pas une version valide</translation>
    </message>
    <message>
        <source>a local version label is only allowed with == and !=</source>
        <translation>une étiquette de version locale n&apos;est autorisée qu&apos;avec == et !=</translation>
    </message>
    <message>
        <source>&apos;~=&apos; needs a version with at least two components, such as &apos;~=1.4&apos;</source>
        <translation>&apos;~=&apos; nécessite une version d&apos;au moins deux composants, par ex. &apos;~=1.4&apos;</translation>
    </message>
    <message>
        <source>a local version label is not allowed with ~=</source>
        <translation>une étiquette de version locale n&apos;est pas autorisée avec ~=</translation>
    </message>
    <message>
        <source>invalid tag &apos;%1&apos;: expected interpreter-abi-platform, e.g. py3-none-any</source>
        <translation>tag invalide &apos;%1&apos; : interpreter-abi-platform attendu, par ex. py3-none-any</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>fin inattendue</translation>
    </message>
    <message>
        <source>invalid version &apos;%1&apos;: %2 at position %3%4</source>
        <translation>version invalide &apos;%1&apos; : %2 en position %3%4</translation>
    </message>
    <message>
        <source>a version looks like 1.2.3, 2.0rc1, 1.0.post2 or 1!2.0+local.7 (PEP 440)</source>
        <translation>une version ressemble à 1.2.3, 2.0rc1, 1.0.post2 ou 1!2.0+local.7 (PEP 440)</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>nombre trop grand</translation>
    </message>
    <message>
        <source>expected a release number</source>
        <translation>numéro de version attendu</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Project</name>
    <message>
        <source>envdesk could not make this edit without breaking the file (%1); nothing was written</source>
        <translation>envdesk n&apos;a pas pu effectuer cette modification sans casser le fichier (%1) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>PyPI (the public index)</source>
        <translation>PyPI (l&apos;index public)</translation>
    </message>
    <message>
        <source>No credentials.</source>
        <translation>Aucun identifiant.</translation>
    </message>
    <message>
        <source>Sonatype Nexus</source>
        <translation>Sonatype Nexus</translation>
    </message>
    <message>
        <source>A Nexus user and password, or a user token (its name code and pass code).</source>
        <translation>Un utilisateur et un mot de passe Nexus, ou un jeton utilisateur (son code de nom et son code de passe).</translation>
    </message>
    <message>
        <source>JFrog Artifactory</source>
        <translation>JFrog Artifactory</translation>
    </message>
    <message>
        <source>Your user name and an identity token (or API key) from your Artifactory profile.</source>
        <translation>Votre nom d&apos;utilisateur et un jeton d&apos;identité (ou une clé d&apos;API) de votre profil Artifactory.</translation>
    </message>
    <message>
        <source>Azure Artifacts</source>
        <translation>Azure Artifacts</translation>
    </message>
    <message>
        <source>A personal access token with Packaging (read) scope; any user name works.</source>
        <translation>Un jeton d&apos;accès personnel avec la portée Packaging (lecture) ; n&apos;importe quel nom d&apos;utilisateur convient.</translation>
    </message>
    <message>
        <source>AWS CodeArtifact</source>
        <translation>AWS CodeArtifact</translation>
    </message>
    <message>
        <source>User &apos;aws&apos; and a token from &apos;aws codeartifact get-authorization-token&apos; (it expires after 12 hours: set it as the index&apos;s credential command).</source>
        <translation>Utilisateur « aws » et un jeton de « aws codeartifact get-authorization-token » (il expire après 12 heures : définissez-le comme commande d&apos;identifiants de l&apos;index).</translation>
    </message>
    <message>
        <source>Google Artifact Registry</source>
        <translation>Google Artifact Registry</translation>
    </message>
    <message>
        <source>User &apos;oauth2accesstoken&apos; and a token from &apos;gcloud auth print-access-token&apos; (short-lived: set it as the index&apos;s credential command).</source>
        <translation>Utilisateur « oauth2accesstoken » et un jeton de « gcloud auth print-access-token » (de courte durée : définissez-le comme commande d&apos;identifiants de l&apos;index).</translation>
    </message>
    <message>
        <source>GitLab package registry</source>
        <translation>Registre de paquets GitLab</translation>
    </message>
    <message>
        <source>A deploy token or personal access token (read_package_registry); the user name is the token&apos;s name, or __token__.</source>
        <translation>Un jeton de déploiement ou d&apos;accès personnel (read_package_registry) ; le nom d&apos;utilisateur est le nom du jeton, ou __token__.</translation>
    </message>
    <message>
        <source>Another index</source>
        <translation>Un autre index</translation>
    </message>
    <message>
        <source>Whatever the index asks for; set it on the Indexes page.</source>
        <translation>Ce que l&apos;index demande ; réglez-le sur la page Index.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid project name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de projet valide</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting and ending with a letter or digit</source>
        <translation>utilisez des lettres, chiffres, &apos;.&apos;, &apos;-&apos; et &apos;_&apos;, en commençant et en finissant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>there is no pyproject.toml at %1</source>
        <translation>il n&apos;y a pas de pyproject.toml dans %1</translation>
    </message>
    <message>
        <source>create the project first (envdesk&apos;s New Project)</source>
        <translation>créez d&apos;abord le projet (Nouveau projet d&apos;envdesk)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not among the dependencies of %2</source>
        <translation>&apos;%1&apos; ne fait pas partie des dépendances de %2</translation>
    </message>
    <message>
        <source>an index named &apos;%1&apos; already exists (line %2)</source>
        <translation>un index nommé &apos;%1&apos; existe déjà (ligne %2)</translation>
    </message>
    <message>
        <source>choose another name, or edit the existing index</source>
        <translation>choisissez un autre nom, ou modifiez l&apos;index existant</translation>
    </message>
    <message>
        <source>the index &apos;%1&apos; is still used by &apos;%2&apos; in [tool.uv.sources] (line %3)</source>
        <translation>l&apos;index &apos;%1&apos; est encore utilisé par &apos;%2&apos; dans [tool.uv.sources] (ligne %3)</translation>
    </message>
    <message>
        <source>unpin the package first</source>
        <translation>désépinglez d&apos;abord le paquet</translation>
    </message>
    <message>
        <source>there is no index named &apos;%1&apos;</source>
        <translation>il n&apos;existe aucun index nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no index number %1</source>
        <translation>il n&apos;existe pas d&apos;index numéro %1</translation>
    </message>
    <message>
        <source>[tool.envdesk.index.%1] holds settings for &apos;%1&apos;; rename that table too, by hand, before renaming the index</source>
        <translation>[tool.envdesk.index.%1] contient des réglages pour &apos;%1&apos; ; renommez cette table à la main avant de renommer l&apos;index</translation>
    </message>
    <message>
        <source>there is no index named &apos;%1&apos; to pin &apos;%2&apos; to</source>
        <translation>il n&apos;existe aucun index nommé &apos;%1&apos; auquel épingler &apos;%2&apos;</translation>
    </message>
    <message>
        <source>add the index first</source>
        <translation>ajoutez d&apos;abord l&apos;index</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no source in [tool.uv.sources]</source>
        <translation>&apos;%1&apos; n&apos;a pas de source dans [tool.uv.sources]</translation>
    </message>
    <message>
        <source>this project has no file to save to</source>
        <translation>ce projet n&apos;a pas de fichier où enregistrer</translation>
    </message>
    <message>
        <source>%1 changed on disk since envdesk read it; nothing was written</source>
        <translation>%1 a été modifié sur le disque depuis qu&apos;envdesk l&apos;a lu ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>reload the file and make the change again</source>
        <translation>rechargez le fichier et refaites la modification</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 must be a %2, not a %3</source>
        <translation>%1 doit être de type %2, pas %3</translation>
    </message>
    <message>
        <source>%1 must hold strings, not a %2</source>
        <translation>%1 doit contenir des chaînes, pas des valeurs de type %2</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;, which is not one of: %3</source>
        <translation>%1 vaut &apos;%2&apos;, qui ne fait pas partie de : %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid requirement: %3</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas une exigence valide : %3</translation>
    </message>
    <message>
        <source>a requirement looks like &apos;requests&gt;=2.31&apos; or &apos;numpy; python_version &gt;= &quot;3.10&quot;&apos;</source>
        <translation>une exigence ressemble à &apos;requests&gt;=2.31&apos; ou &apos;numpy; python_version &gt;= &quot;3.10&quot;&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (kept as it is)</source>
        <translation>clé inconnue &apos;%1&apos; dans %2 (conservée telle quelle)</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>l&apos;URL est vide</translation>
    </message>
    <message>
        <source>a URL cannot contain spaces</source>
        <translation>une URL ne peut pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; (use https://, http:// or file://)</source>
        <translation>schéma non pris en charge &apos;%1&apos; (utilisez https://, http:// ou file://)</translation>
    </message>
    <message>
        <source>the URL has no host</source>
        <translation>l&apos;URL n&apos;a pas d&apos;hôte</translation>
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
        <translation>[project] name &apos;%1&apos; n&apos;est pas un nom de paquet valide</translation>
    </message>
    <message>
        <source>[project] version</source>
        <translation>[project] version</translation>
    </message>
    <message>
        <source>[project] version: %1</source>
        <translation>[project] version : %1</translation>
    </message>
    <message>
        <source>[project] requires-python</source>
        <translation>[project] requires-python</translation>
    </message>
    <message>
        <source>[project] requires-python: %1</source>
        <translation>[project] requires-python : %1</translation>
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
        <translation>%1 inclut le groupe &apos;%2&apos;, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 must hold requirement strings or { include-group = &quot;name&quot; }</source>
        <translation>%1 doit contenir des chaînes d&apos;exigence ou { include-group = &quot;name&quot; }</translation>
    </message>
    <message>
        <source>each %1 entry</source>
        <translation>chaque entrée de %1</translation>
    </message>
    <message>
        <source>index &apos;%1&apos;</source>
        <translation>l&apos;index &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an unnamed index</source>
        <translation>un index sans nom</translation>
    </message>
    <message>
        <source>the index name</source>
        <translation>le nom de l&apos;index</translation>
    </message>
    <message>
        <source>index name &apos;%1&apos; may only contain ASCII letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>le nom d&apos;index &apos;%1&apos; ne peut contenir que des lettres ASCII, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>index name &apos;%1&apos; is used twice</source>
        <translation>le nom d&apos;index &apos;%1&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <source>give each %1 a name of its own</source>
        <translation>donnez à chaque %1 un nom qui lui est propre</translation>
    </message>
    <message>
        <source>%1 has no url</source>
        <translation>%1 n&apos;a pas d&apos;url</translation>
    </message>
    <message>
        <source>add url = &quot;https://host/simple&quot;</source>
        <translation>ajoutez url = &quot;https://host/simple&quot;</translation>
    </message>
    <message>
        <source>the url of %1</source>
        <translation>l&apos;url de %1</translation>
    </message>
    <message>
        <source>the url &apos;%1&apos; of %2 is not valid: %3</source>
        <translation>l&apos;url &apos;%1&apos; de %2 n&apos;est pas valide : %3</translation>
    </message>
    <message>
        <source>%1 has credentials in its URL, which end up in version control</source>
        <translation>%1 contient des identifiants dans son URL, qui se retrouvent dans le contrôle de version</translation>
    </message>
    <message>
        <source>move them to the keychain (envdesk-cli auth migrate) or to %1_USERNAME / %1_PASSWORD</source>
        <translation>déplacez-les dans le trousseau (envdesk-cli auth migrate) ou dans %1_USERNAME / %1_PASSWORD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of %2</source>
        <translation>&apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>an index with explicit = true needs a name</source>
        <translation>un index avec explicit = true doit avoir un nom</translation>
    </message>
    <message>
        <source>add name = &quot;...&quot; so that [tool.uv.sources] can refer to it</source>
        <translation>ajoutez name = &quot;...&quot; pour que [tool.uv.sources] puisse y faire référence</translation>
    </message>
    <message>
        <source>%1 is marked default = true, but an index above (line %2) already is</source>
        <translation>%1 est marqué default = true, mais un index situé plus haut (ligne %2) l&apos;est déjà</translation>
    </message>
    <message>
        <source>only one index can replace PyPI as the default</source>
        <translation>un seul index peut remplacer PyPI comme index par défaut</translation>
    </message>
    <message>
        <source>the format of %1</source>
        <translation>le format de %1</translation>
    </message>
    <message>
        <source>&apos;authenticate&apos; of %1</source>
        <translation>&apos;authenticate&apos; de %1</translation>
    </message>
    <message>
        <source>&apos;ignore-error-codes&apos; of %1</source>
        <translation>&apos;ignore-error-codes&apos; de %1</translation>
    </message>
    <message>
        <source>&apos;ignore-error-codes&apos; of %1 must hold HTTP status codes (100 to 599)</source>
        <translation>&apos;ignore-error-codes&apos; de %1 doit contenir des codes d&apos;état HTTP (100 à 599)</translation>
    </message>
    <message>
        <source>&apos;cache-control&apos; of %1</source>
        <translation>&apos;cache-control&apos; de %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in the cache-control of %2</source>
        <translation>clé inconnue &apos;%1&apos; dans le cache-control de %2</translation>
    </message>
    <message>
        <source>cache-control.%1 of %2</source>
        <translation>cache-control.%1 de %2</translation>
    </message>
    <message>
        <source>&apos;publish-url&apos; of %1</source>
        <translation>&apos;publish-url&apos; de %1</translation>
    </message>
    <message>
        <source>[tool.uv.sources]</source>
        <translation>[tool.uv.sources]</translation>
    </message>
    <message>
        <source>the source of &apos;%1&apos;</source>
        <translation>la source de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must have exactly one of index, path, url, git or workspace</source>
        <translation>%1 doit avoir exactement un des champs index, path, url, git ou workspace</translation>
    </message>
    <message>
        <source>%1: index</source>
        <translation>%1 : index</translation>
    </message>
    <message>
        <source>%1 names the index &apos;%2&apos;, which is not defined in this file</source>
        <translation>%1 désigne l&apos;index &apos;%2&apos;, qui n&apos;est pas défini dans ce fichier</translation>
    </message>
    <message>
        <source>add a [[tool.uv.index]] with name = &quot;%1&quot;, or fix the name</source>
        <translation>ajoutez un [[tool.uv.index]] avec name = &quot;%1&quot;, ou corrigez le nom</translation>
    </message>
    <message>
        <source>%1: use only one of rev, tag and branch</source>
        <translation>%1 : utilisez un seul des champs rev, tag et branch</translation>
    </message>
    <message>
        <source>%1: marker</source>
        <translation>%1 : marker</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot name both an extra and a group</source>
        <translation>%1 ne peut pas désigner à la fois un extra et un groupe</translation>
    </message>
    <message>
        <source>%1: %2 belongs to a git source</source>
        <translation>%1 : %2 appartient à une source git</translation>
    </message>
    <message>
        <source>%1: subdirectory belongs to a git or url source</source>
        <translation>%1 : subdirectory appartient à une source git ou url</translation>
    </message>
    <message>
        <source>%1: only a path or workspace source can be editable</source>
        <translation>%1 : seule une source path ou workspace peut être éditable</translation>
    </message>
    <message>
        <source>clone the repository and use a path source with editable = true</source>
        <translation>clonez le dépôt et utilisez une source de chemin avec editable = true</translation>
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
        <translation>index-url &apos;%1&apos; n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>extra-index-url &apos;%1&apos; is not valid: %2</source>
        <translation>extra-index-url &apos;%1&apos; n&apos;est pas valide : %2</translation>
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
        <translation>%1 concerne un index que ce fichier ne définit pas</translation>
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
        <translation>%1, en-tête %2</translation>
    </message>
    <message>
        <source>%1 header %2 holds its value in the file, which ends up in version control</source>
        <translation>%1 : l&apos;en-tête %2 contient sa valeur en clair dans le fichier, qui se retrouve dans le contrôle de version</translation>
    </message>
    <message>
        <source>write &quot;${keychain}&quot; (the index&apos;s keychain secret, set with envdesk-cli auth set) or &quot;${env:VARIABLE}&quot; in its place</source>
        <translation>écrivez à la place &quot;${keychain}&quot; (le secret de l&apos;index dans le trousseau, défini avec envdesk-cli auth set) ou &quot;${env:VARIABLE}&quot;</translation>
    </message>
    <message>
        <source>%1 credential-command</source>
        <translation>%1 credential-command</translation>
    </message>
    <message>
        <source>%1 credential-command is empty</source>
        <translation>%1 credential-command est vide</translation>
    </message>
    <message>
        <source>give the program and its arguments, e.g. [&quot;aws&quot;, &quot;codeartifact&quot;, ...]</source>
        <translation>indiquez le programme et ses arguments, par ex. [&quot;aws&quot;, &quot;codeartifact&quot;, ...]</translation>
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
        <translation>%1 credential-lifetime doit être un nombre de secondes, 0 ou plus</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in [tool.envdesk] (kept as it is)</source>
        <translation>clé inconnue &apos;%1&apos; dans [tool.envdesk] (conservée telle quelle)</translation>
    </message>
    <message>
        <source>invalid TOML: %1</source>
        <translation>TOML invalide : %1</translation>
    </message>
    <message>
        <source>invalid TOML: %1 (in &apos;%2&apos;)</source>
        <translation>TOML invalide : %1 (dans &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>fix the file by hand at the line shown; nothing was changed</source>
        <translation>corrigez le fichier à la main à la ligne indiquée ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a table</source>
        <translation>&apos;%1&apos; n&apos;est pas une table</translation>
    </message>
    <message>
        <source>no array element at &apos;%1&apos;</source>
        <translation>aucun élément de tableau à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1.%2&apos; is a table of its own; envdesk replaces values only</source>
        <translation>&apos;%1.%2&apos; est une table à part entière ; envdesk ne remplace que des valeurs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot take new keys</source>
        <translation>&apos;%1&apos; ne peut pas recevoir de nouvelles clés</translation>
    </message>
    <message>
        <source>envdesk could not set &apos;%1&apos; in this file&apos;s layout; nothing was written</source>
        <translation>envdesk n&apos;a pas pu définir &apos;%1&apos; dans la structure de ce fichier ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a single entry envdesk can remove</source>
        <translation>&apos;%1&apos; n&apos;est pas une entrée unique qu&apos;envdesk peut supprimer</translation>
    </message>
    <message>
        <source>no array to append to</source>
        <translation>aucun tableau auquel ajouter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an array</source>
        <translation>&apos;%1&apos; n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>no element %1 in &apos;%2&apos;</source>
        <translation>aucun élément %1 dans &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no element %1 or %2 in &apos;%3&apos;</source>
        <translation>aucun élément %1 ou %2 dans &apos;%3&apos;</translation>
    </message>
    <message>
        <source>cannot find that table in the file</source>
        <translation>impossible de trouver cette table dans le fichier</translation>
    </message>
    <message>
        <source>cannot reorder &apos;%1&apos;: another table sits between the tables of one of its elements</source>
        <translation>impossible de réordonner &apos;%1&apos; : une autre table se trouve entre les tables de l&apos;un de ses éléments</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an array of tables</source>
        <translation>&apos;%1&apos; n&apos;est pas un tableau de tables</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::ProjectJobs</name>
    <message>
        <source>--prerelease is disallow, allow, if-necessary, explicit or if-necessary-or-explicit, not &apos;%1&apos;</source>
        <translation>--prerelease vaut disallow, allow, if-necessary, explicit ou if-necessary-or-explicit, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--resolution is highest, lowest or lowest-direct, not &apos;%1&apos;</source>
        <translation>--resolution vaut highest, lowest ou lowest-direct, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>exclude-newer &apos;%1&apos; is not a date (2024-05-01) or a time (2024-05-01T12:00:00Z)</source>
        <translation>exclude-newer &apos;%1&apos; n&apos;est ni une date (2024-05-01) ni une heure (2024-05-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>there is no pyproject.toml at %1</source>
        <translation>il n&apos;y a pas de pyproject.toml dans %1</translation>
    </message>
    <message>
        <source>run it in a project folder, or give --project DIR</source>
        <translation>lancez-le dans un dossier de projet, ou indiquez --project DIR</translation>
    </message>
    <message>
        <source>the current lock cannot be read, so nothing of it is kept: %1</source>
        <translation>le fichier de verrouillage actuel ne peut pas être lu, rien n&apos;en est donc conservé : %1</translation>
    </message>
    <message>
        <source>%1 %2: the index listed no file with a hash, so it cannot be locked</source>
        <translation>%1 %2 : l&apos;index n&apos;a listé aucun fichier avec un hachage, il ne peut donc pas être verrouillé</translation>
    </message>
    <message>
        <source>ask the index&apos;s administrators to publish hashes (PEP 503 #sha256=)</source>
        <translation>demandez aux administrateurs de l&apos;index de publier les hachages (PEP 503 #sha256=)</translation>
    </message>
    <message>
        <source>%1 has no environment yet: envdesk-cli sync (without --dry-run) creates %2 first</source>
        <translation>%1 n&apos;a pas encore d&apos;environnement : envdesk-cli sync (sans --dry-run) crée d&apos;abord %2</translation>
    </message>
    <message>
        <source>Created %1 with %2 %3 (%4)</source>
        <translation>%1 créé avec %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Activate it with: source %1/bin/activate</source>
        <translation>Activez-le avec : source %1/bin/activate</translation>
    </message>
    <message>
        <source>%1 was made for another environment than %2; run envdesk-cli lock, or sync without --locked</source>
        <translation>%1 a été créé pour un autre environnement que %2 ; lancez envdesk-cli lock, ou sync sans --locked</translation>
    </message>
    <message>
        <source>%1 does not match the dependencies of %2; run envdesk-cli lock, or sync without --locked</source>
        <translation>%1 ne correspond pas aux dépendances de %2 ; lancez envdesk-cli lock, ou sync sans --locked</translation>
    </message>
    <message>
        <source>%1 was made for another environment; locking for %2 (%3)</source>
        <translation>%1 a été créé pour un autre environnement ; verrouillage pour %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 has no dependency group &apos;%2&apos; (it has: %3)</source>
        <translation>%1 n&apos;a pas de groupe de dépendances « %2 » (il a : %3)</translation>
    </message>
    <message>
        <source>%1 has no extra &apos;%2&apos; (it has: %3)</source>
        <translation>%1 n&apos;a pas d&apos;extra « %2 » (il a : %3)</translation>
    </message>
    <message>
        <source>%1 changed after this sync was planned; nothing was changed</source>
        <translation>%1 a changé après la planification de cette synchronisation ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>plan the sync again to see what it would do now</source>
        <translation>planifiez à nouveau la synchronisation pour voir ce qu’elle ferait maintenant</translation>
    </message>
    <message>
        <source>the environment %1 changed after this sync was planned; nothing was changed</source>
        <translation>l’environnement %1 a changé après la planification de cette synchronisation ; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::ResolveJob</name>
    <message>
        <source>nothing to resolve</source>
        <translation>rien à résoudre</translation>
    </message>
    <message>
        <source>give requirements, or a project with dependencies</source>
        <translation>indiquez des exigences, ou un projet avec des dépendances</translation>
    </message>
    <message>
        <source>there is no python3 on PATH to resolve for</source>
        <translation>aucun python3 dans le PATH pour lequel résoudre</translation>
    </message>
    <message>
        <source>give a Python version (X.Y) or an interpreter</source>
        <translation>indiquez une version de Python (X.Y) ou un interpréteur</translation>
    </message>
    <message>
        <source>files of %1 left out: %2</source>
        <translation>fichiers de %1 écartés : %2</translation>
    </message>
    <message>
        <source>%1 was not found on any index asked (-v shows each query); check its name, or the index it is on</source>
        <translation>%1 n&apos;a été trouvé sur aucun des index interrogés (-v affiche chaque requête) ; vérifiez son nom, ou l&apos;index sur lequel il se trouve</translation>
    </message>
    <message>
        <source>%1 has prereleases the prerelease mode left out (newest: %2); --prerelease allow, or a requirement that names one (%1&gt;=%2), would consider them</source>
        <translation>%1 a des préversions écartées par le mode prerelease (la plus récente : %2) ; --prerelease allow, ou une exigence qui en désigne une (%1&gt;=%2), permettrait de les prendre en compte</translation>
    </message>
    <message>
        <source>%1 is on the explicit index &apos;%2&apos;, which serves only the packages pinned to it: pin it in [tool.uv.sources] (%1 = { index = &quot;%2&quot; })</source>
        <translation>%1 est sur l&apos;index explicite &apos;%2&apos;, qui ne sert que les paquets épinglés à lui : épinglez-le dans [tool.uv.sources] (%1 = { index = &quot;%2&quot; })</translation>
    </message>
    <message>
        <source>%1 has prereleases that would meet &apos;%2&apos; (newest: %3), which the prerelease mode left out; --prerelease allow, or a requirement that names one (%1&gt;=%3), would consider them</source>
        <translation>%1 a des préversions qui satisferaient &apos;%2&apos; (la plus récente : %3), que le mode de préversions a écartées ; --prerelease allow, ou une exigence qui en nomme une (%1&gt;=%3), les prendrait en compte</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>l&apos;index</translation>
    </message>
    <message>
        <source>%1 comes from %2 (%3), which must be built, and --no-build forbids building it</source>
        <translation>la source de %1 est %2 (%3), qui doit être construit, et --no-build interdit de le construire</translation>
    </message>
    <message>
        <source>allow the build (drop --no-build for it), or point the source at a wheel</source>
        <translation>autorisez la construction (sans --no-build pour lui), ou faites pointer la source vers une wheel</translation>
    </message>
    <message>
        <source>requires-python &apos;%1&apos; is not a range of Python versions</source>
        <translation>requires-python &apos;%1&apos; n&apos;est pas un intervalle de versions de Python</translation>
    </message>
    <message>
        <source>write it as a PEP 440 specifier, e.g. &gt;=3.9</source>
        <translation>écrivez-le comme un spécificateur PEP 440, par ex. &gt;=3.9</translation>
    </message>
    <message>
        <source>every platform</source>
        <translation>toutes les plateformes</translation>
    </message>
    <message>
        <source>environments: %1 is not a marker: %2</source>
        <translation>environments : %1 n&apos;est pas un marqueur : %2</translation>
    </message>
    <message>
        <source>fix [tool.uv] environments in pyproject.toml</source>
        <translation>corrigez [tool.uv] environments dans pyproject.toml</translation>
    </message>
    <message>
        <source>[tool.uv] environments allow no Python that requires-python &apos;%1&apos; allows</source>
        <translation>[tool.uv] environments n&apos;autorisent aucun Python que requires-python &apos;%1&apos; autorise</translation>
    </message>
    <message>
        <source>widen requires-python or the environments</source>
        <translation>élargissez requires-python ou les environments</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Resolver</name>
    <message>
        <source>the resolution was cancelled</source>
        <translation>la résolution a été annulée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Python version</source>
        <translation>&apos;%1&apos; n&apos;est pas une version de Python</translation>
    </message>
    <message>
        <source>give X.Y or X.Y.Z, e.g. 3.12</source>
        <translation>indiquez X.Y ou X.Y.Z, par ex. 3.12</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos;</source>
        <translation>plateforme inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>use linux, macos, windows, x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu, x86_64-manylinux_2_NN, aarch64-apple-darwin, x86_64-apple-darwin or x86_64-pc-windows-msvc</source>
        <translation>utilisez linux, macos, windows, x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu, x86_64-manylinux_2_NN, aarch64-apple-darwin, x86_64-apple-darwin ou x86_64-pc-windows-msvc</translation>
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
        <translation>publié le %1, après exclude-newer</translation>
    </message>
    <message>
        <source>yanked</source>
        <translation>retiré (yanked)</translation>
    </message>
    <message>
        <source>requires Python %1</source>
        <translation>nécessite Python %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3) requires Python %4</source>
        <translation>%1 %2 (%3) nécessite Python %4</translation>
    </message>
    <message>
        <source>no tag this Python supports</source>
        <translation>aucun tag pris en charge par ce Python</translation>
    </message>
    <message>
        <source>no file of %1 %2 was listed</source>
        <translation>aucun fichier de %1 %2 n&apos;a été listé</translation>
    </message>
    <message>
        <source>it requires Python %1</source>
        <translation>il nécessite Python %1</translation>
    </message>
    <message>
        <source>internal resolver error: %1</source>
        <translation>erreur interne du résolveur : %1</translation>
    </message>
    <message>
        <source>it requires %1 from a URL (%2), which only the project itself can declare</source>
        <translation>il nécessite %1 depuis une URL (%2), ce que seul le projet lui-même peut déclarer</translation>
    </message>
    <message>
        <source>the resolution was stopped after %1 steps without an answer</source>
        <translation>la résolution a été arrêtée après %1 étapes sans réponse</translation>
    </message>
    <message>
        <source>pin some versions to narrow the search</source>
        <translation>fixez certaines versions pour restreindre la recherche</translation>
    </message>
    <message>
        <source>the requirements split the environments into more than %1 parts</source>
        <translation>les exigences divisent les environnements en plus de %1 parties</translation>
    </message>
    <message>
        <source>narrow requires-python, or give the packages that differ by environment one requirement</source>
        <translation>restreignez requires-python, ou donnez une seule exigence aux paquets qui diffèrent selon l&apos;environnement</translation>
    </message>
    <message>
        <source>For the environments where %1:
</source>
        <translation>Pour les environnements où %1 :
</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Settings</name>
    <message>
        <source>%1=&apos;%2&apos;: %3</source>
        <translation>%1=&apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>fix or unset %1</source>
        <translation>corrigez ou supprimez %1</translation>
    </message>
    <message>
        <source>not a yes/no value</source>
        <translation>n&apos;est pas une valeur oui/non</translation>
    </message>
    <message>
        <source>use true or false (1 / 0, yes / no also work)</source>
        <translation>utilisez true ou false (1 / 0, yes / no fonctionnent aussi)</translation>
    </message>
    <message>
        <source>not one of: %1</source>
        <translation>n&apos;est pas l&apos;une des valeurs : %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1 exists, so [tool.uv] in %2 is ignored, as uv ignores it</source>
        <translation>%1 existe, donc [tool.uv] dans %2 est ignoré, comme le fait uv</translation>
    </message>
    <message>
        <source>keep the settings in one of the two files</source>
        <translation>conservez les paramètres dans un seul des deux fichiers</translation>
    </message>
    <message>
        <source>pip&apos;s settings (PIP_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) are read below uv&apos;s own; uv itself ignores them</source>
        <translation>les paramètres de pip (PIP_*, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) sont lus avec une priorité inférieure à ceux de uv ; uv lui-même les ignore</translation>
    </message>
    <message>
        <source>set [tool.envdesk] read-pip-config = false to ignore them</source>
        <translation>définissez [tool.envdesk] read-pip-config = false pour les ignorer</translation>
    </message>
    <message>
        <source>the index &apos;%1&apos; from %2 is shadowed by an index of the same name defined above it</source>
        <translation>l&apos;index &apos;%1&apos; de %2 est masqué par un index du même nom défini au-dessus de lui</translation>
    </message>
    <message>
        <source>the default index %1 from %2 is overridden by %3 from %4</source>
        <translation>l&apos;index par défaut %1 de %2 est remplacé par %3 de %4</translation>
    </message>
    <message>
        <source>no-index is set (%1): only find-links and flat indexes are used</source>
        <translation>no-index est défini (%1) : seuls find-links et les index plats sont utilisés</translation>
    </message>
    <message>
        <source>Configuration files (lowest precedence first):</source>
        <translation>Fichiers de configuration (du moins prioritaire au plus prioritaire) :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <source>Indexes, in the order they are asked:</source>
        <translation>Index, dans l&apos;ordre où ils sont interrogés :</translation>
    </message>
    <message>
        <source>credentials from %1</source>
        <translation>identifiants provenant de %1</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>overrides %1 (%2)</source>
        <translation>remplace %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Sync</name>
    <message numerus="yes">
        <source>compiled %n module(s) to bytecode</source>
        <translation>
            <numerusform>%n module compilé en bytecode</numerusform>
            <numerusform>%n modules compilés en bytecode</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no SHA-256 to be checked against; not installed</source>
        <translation>%1 n&apos;a pas de SHA-256 à vérifier ; non installé</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not match its hash: expected sha256 %2, got %3</source>
        <translation>%1 ne correspond pas à son hachage : sha256 %2 attendu, %3 obtenu</translation>
    </message>
    <message>
        <source>the file changed after it was locked; lock again if the change is wanted</source>
        <translation>le fichier a changé après son verrouillage ; verrouillez à nouveau si la modification est voulue</translation>
    </message>
    <message>
        <source>the lock has two entries for %1 that both apply to this environment</source>
        <translation>le fichier de verrouillage contient deux entrées pour %1 qui s&apos;appliquent toutes deux à cet environnement</translation>
    </message>
    <message>
        <source>write the lock again with envdesk-cli lock</source>
        <translation>réécrivez le fichier de verrouillage avec envdesk-cli lock</translation>
    </message>
    <message>
        <source>%1 %2 requires Python %3; this environment has %4</source>
        <translation>%1 %2 nécessite Python %3 ; cet environnement a %4</translation>
    </message>
    <message>
        <source>lock for this environment&apos;s Python: envdesk-cli lock --python %1</source>
        <translation>verrouillez pour le Python de cet environnement : envdesk-cli lock --python %1</translation>
    </message>
    <message>
        <source>%1 %2 has no wheel for this environment (%3) and no sdist; locked wheels: %4</source>
        <translation>%1 %2 n&apos;a pas de wheel pour cet environnement (%3) ni de sdist ; wheels verrouillées : %4</translation>
    </message>
    <message>
        <source>lock a version that has a wheel for this environment, or build the wheel yourself and add its folder as a flat index</source>
        <translation>verrouillez une version qui a une wheel pour cet environnement, ou construisez la wheel vous-même et ajoutez son dossier comme index plat</translation>
    </message>
    <message>
        <source>cancelled; every package is either installed whole or not at all</source>
        <translation>annulé ; chaque paquet est soit installé entièrement, soit pas du tout</translation>
    </message>
    <message>
        <source>sync again to finish</source>
        <translation>synchronisez à nouveau pour terminer</translation>
    </message>
    <message>
        <source>downloaded %1</source>
        <translation>%1 téléchargé</translation>
    </message>
    <message>
        <source>%1 must be built, and this caller gave no interpreter to build it with</source>
        <translation>%1 doit être construit, et cet appelant n&apos;a fourni aucun interpréteur pour le construire</translation>
    </message>
    <message>
        <source>building %1 from %2</source>
        <translation>construction de %1 à partir de %2</translation>
    </message>
    <message>
        <source>built %1</source>
        <translation>%1 construit</translation>
    </message>
    <message>
        <source>bytecode: some modules did not compile: %1</source>
        <translation>bytecode : certains modules n&apos;ont pas été compilés : %1</translation>
    </message>
    <message>
        <source>link-mode %1 (from %2) is not one envdesk supports</source>
        <translation>link-mode %1 (de %2) n&apos;est pas pris en charge par envdesk</translation>
    </message>
    <message>
        <source>use hardlink (the default), clone or copy</source>
        <translation>utilisez hardlink (par défaut), clone ou copy</translation>
    </message>
    <message>
        <source>%1 is not a virtual environment</source>
        <translation>%1 n&apos;est pas un environnement virtuel</translation>
    </message>
    <message>
        <source>create it first: envdesk-cli venv %1</source>
        <translation>créez-le d&apos;abord : envdesk-cli venv %1</translation>
    </message>
    <message>
        <source>%1 did not say where its site-packages is</source>
        <translation>%1 n&apos;a pas indiqué où se trouve son site-packages</translation>
    </message>
    <message>
        <source>another process (its lock file %1 does not say which yet)</source>
        <translation>un autre processus (son fichier de verrou %1 ne l&apos;indique pas encore)</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>processus %1 (%2) sur %3</translation>
    </message>
    <message>
        <source>waiting for %1, which is changing %2</source>
        <translation>en attente de %1, qui modifie %2</translation>
    </message>
    <message>
        <source>%1 has been changing %2 for longer than %3 s</source>
        <translation>%1 modifie %2 depuis plus de %3 s</translation>
    </message>
    <message>
        <source>wait for it and try again (ENVDESK_LOCK_TIMEOUT sets how long to wait); if that process is not envdesk, remove %1</source>
        <translation>attendez qu&apos;il se termine puis réessayez (ENVDESK_LOCK_TIMEOUT définit la durée d&apos;attente) ; si ce processus n&apos;est pas envdesk, supprimez %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
    <message>
        <source>check that the environment&apos;s folder is writable</source>
        <translation>vérifiez que le dossier de l&apos;environnement est accessible en écriture</translation>
    </message>
    <message>
        <source>removed the empty %1 an interrupted removal left</source>
        <translation>%1, vide et laissé par une suppression interrompue, a été supprimé</translation>
    </message>
    <message>
        <source>cannot read the install journal %1</source>
        <translation>impossible de lire le journal d&apos;installation %1</translation>
    </message>
    <message>
        <source>check the environment&apos;s permissions</source>
        <translation>vérifiez les permissions de l&apos;environnement</translation>
    </message>
    <message>
        <source>undid the interrupted install of %1</source>
        <translation>installation interrompue de %1 annulée</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Venv</name>
    <message>
        <source>%1 is itself in a virtual environment (%2)</source>
        <translation>%1 se trouve lui-même dans un environnement virtuel (%2)</translation>
    </message>
    <message>
        <source>create the environment from a base interpreter (envdesk-cli python list)</source>
        <translation>créez l&apos;environnement à partir d&apos;un interpréteur de base (envdesk-cli python list)</translation>
    </message>
    <message>
        <source>Python %1 (%2) cannot host a virtual environment: envdesk makes PEP 405 environments, which need Python 3.3 or later</source>
        <translation>Python %1 (%2) ne peut pas accueillir d&apos;environnement virtuel : envdesk crée des environnements PEP 405, qui demandent Python 3.3 ou plus récent</translation>
    </message>
    <message>
        <source>pick a Python 3 interpreter (envdesk-cli python list)</source>
        <translation>choisissez un interpréteur Python 3 (envdesk-cli python list)</translation>
    </message>
    <message>
        <source>the interpreter %1 does not exist any more</source>
        <translation>l&apos;interpréteur %1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is already a virtual environment</source>
        <translation>%1 est déjà un environnement virtuel</translation>
    </message>
    <message>
        <source>%1 is not empty and not a virtual environment; nothing was changed</source>
        <translation>%1 n&apos;est pas vide et n&apos;est pas un environnement virtuel ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>use --clear to replace it</source>
        <translation>utilisez --clear pour le remplacer</translation>
    </message>
    <message>
        <source>choose an empty or new folder</source>
        <translation>choisissez un dossier vide ou nouveau</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d&apos;écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot move the new environment to %1</source>
        <translation>impossible de déplacer le nouvel environnement vers %1</translation>
    </message>
</context>
<context>
    <name>Envdesk::Core::Wheel</name>
    <message>
        <source>%1 was not installed: its paths could not be journaled first</source>
        <translation>%1 n&apos;a pas été installé : ses chemins n&apos;ont pas pu être journalisés au préalable</translation>
    </message>
    <message>
        <source>cannot write %1; nothing of %2 stays installed</source>
        <translation>impossible d&apos;écrire %1 ; rien de %2 ne reste installé</translation>
    </message>
    <message>
        <source>%1 has no readable RECORD; nothing was removed</source>
        <translation>%1 n&apos;a pas de RECORD lisible ; rien n&apos;a été supprimé</translation>
    </message>
    <message>
        <source>remove it by hand, or reinstall over it with --clear of the environment</source>
        <translation>supprimez-le à la main, ou réinstallez par-dessus avec --clear de l&apos;environnement</translation>
    </message>
    <message>
        <source>left alone, outside the environment: %1</source>
        <translation>laissé en place, hors de l&apos;environnement : %1</translation>
    </message>
    <message>
        <source>an empty entry name</source>
        <translation>un nom d&apos;entrée vide</translation>
    </message>
    <message>
        <source>an absolute or Windows path &apos;%1&apos;</source>
        <translation>un chemin absolu ou Windows &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a path leaving the target &apos;%1&apos;</source>
        <translation>un chemin qui sort de la cible &apos;%1&apos;</translation>
    </message>
    <message>
        <source>it cannot be read again</source>
        <translation>il ne peut pas être relu</translation>
    </message>
    <message>
        <source>the central directory puts &apos;%1&apos; where no local header is</source>
        <translation>le répertoire central place &apos;%1&apos; là où il n&apos;y a pas d&apos;en-tête local</translation>
    </message>
    <message>
        <source>the local header of &apos;%1&apos; names another file than the central directory does</source>
        <translation>l&apos;en-tête local de &apos;%1&apos; nomme un autre fichier que le répertoire central</translation>
    </message>
    <message>
        <source>its local headers and its central directory list different files</source>
        <translation>ses en-têtes locaux et son répertoire central listent des fichiers différents</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip file: %2</source>
        <translation>%1 ne peut pas être ouvert comme fichier zip : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos;, which is not a regular file (a link or a device)</source>
        <translation>%1 contient &apos;%2&apos;, qui n&apos;est pas un fichier ordinaire (un lien ou un périphérique)</translation>
    </message>
    <message>
        <source>wheels hold plain files only; this one was not made by a wheel builder</source>
        <translation>les wheels ne contiennent que des fichiers ordinaires ; celle-ci n&apos;a pas été produite par un outil de construction de wheels</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos; twice</source>
        <translation>%1 contient &apos;%2&apos; deux fois</translation>
    </message>
    <message>
        <source>%1 holds two entries that differ only in case (&apos;%2&apos;)</source>
        <translation>%1 contient deux entrées qui ne diffèrent que par la casse (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; unpacks to %3 bytes, over the limit</source>
        <translation>%1 : &apos;%2&apos; se décompresse en %3 octets, au-delà de la limite</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; cannot be read: %3</source>
        <translation>%1 : &apos;%2&apos; ne peut pas être lu : %3</translation>
    </message>
    <message>
        <source>%1 unpacks to more than the limit (%2 bytes); not installed</source>
        <translation>%1 se décompresse au-delà de la limite (%2 octets) ; non installé</translation>
    </message>
    <message>
        <source>a zip bomb, or a wheel far larger than any real one</source>
        <translation>une bombe zip, ou une wheel bien plus grosse que n&apos;importe quelle wheel réelle</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is %3 bytes, its header says %4</source>
        <translation>%1 : &apos;%2&apos; fait %3 octets, son en-tête indique %4</translation>
    </message>
    <message>
        <source>%1 is not a consistent zip file: %2</source>
        <translation>%1 n&apos;est pas un fichier zip cohérent : %2</translation>
    </message>
    <message>
        <source>a zip whose central directory and local headers disagree shows different files to different tools; no wheel builder makes one</source>
        <translation>un zip dont le répertoire central et les en-têtes locaux se contredisent montre des fichiers différents selon l&apos;outil ; aucun constructeur de wheels n&apos;en produit</translation>
    </message>
    <message>
        <source>entry_points.txt: &apos;%1&apos; is not NAME = module:function</source>
        <translation>entry_points.txt : &apos;%1&apos; n&apos;est pas de la forme NAME = module:function</translation>
    </message>
    <message>
        <source>entry_points.txt: &apos;%1&apos; does not name module:function</source>
        <translation>entry_points.txt : &apos;%1&apos; ne désigne pas de module:function</translation>
    </message>
    <message>
        <source>the entry point &apos;%1&apos; is not a plain file name</source>
        <translation>le point d&apos;entrée &apos;%1&apos; n&apos;est pas un simple nom de fichier</translation>
    </message>
    <message>
        <source>the entry point &apos;%1&apos; would replace the environment&apos;s interpreter</source>
        <translation>le point d&apos;entrée &apos;%1&apos; remplacerait l&apos;interpréteur de l&apos;environnement</translation>
    </message>
    <message>
        <source>a wheel may not install a script named like Python itself</source>
        <translation>une wheel ne peut pas installer de script portant le nom de Python lui-même</translation>
    </message>
    <message>
        <source>%1: unknown .data folder &apos;%2&apos;</source>
        <translation>%1 : dossier .data inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the script &apos;%2&apos; is in a subfolder</source>
        <translation>%1 : le script &apos;%2&apos; est dans un sous-dossier</translation>
    </message>
    <message>
        <source>%1: the script &apos;%2&apos; would replace the environment&apos;s interpreter</source>
        <translation>%1 : le script &apos;%2&apos; remplacerait l&apos;interpréteur de l&apos;environnement</translation>
    </message>
    <message>
        <source>%1 holds two .dist-info folders (%2, %3)</source>
        <translation>%1 contient deux dossiers .dist-info (%2, %3)</translation>
    </message>
    <message>
        <source>%1 has no .dist-info folder</source>
        <translation>%1 n&apos;a pas de dossier .dist-info</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not the package its file name says</source>
        <translation>%1 contient %2, qui n&apos;est pas le paquet qu&apos;indique son nom de fichier</translation>
    </message>
    <message>
        <source>%1 lacks %2/%3</source>
        <translation>il manque %2/%3 dans %1</translation>
    </message>
    <message>
        <source>%1 is a Wheel-Version this installer does not know (%2)</source>
        <translation>%1 a une Wheel-Version que cet installateur ne connaît pas (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: RECORD lists &apos;%2&apos;, which the archive does not hold</source>
        <translation>%1 : RECORD liste &apos;%2&apos;, que l&apos;archive ne contient pas</translation>
    </message>
    <message>
        <source>%1: RECORD gives &apos;%2&apos; no usable hash (&apos;%3&apos;)</source>
        <translation>%1 : RECORD ne donne à &apos;%2&apos; aucun hachage utilisable (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not match its hash in RECORD</source>
        <translation>%1 : &apos;%2&apos; ne correspond pas à son hachage dans RECORD</translation>
    </message>
    <message>
        <source>the wheel was changed after it was built; do not install it</source>
        <translation>la wheel a été modifiée après sa construction ; ne l&apos;installez pas</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not have the size RECORD gives</source>
        <translation>%1 : &apos;%2&apos; n&apos;a pas la taille indiquée par RECORD</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not listed in RECORD</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas listé dans RECORD</translation>
    </message>
    <message>
        <source>every file of a wheel is listed in RECORD with its hash</source>
        <translation>chaque fichier d&apos;une wheel est listé dans RECORD avec son hachage</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the gzip body is cut short</source>
        <translation>le corps gzip est incomplet</translation>
    </message>
    <message>
        <source>the gzip body is damaged (%1)</source>
        <translation>le corps gzip est endommagé (%1)</translation>
    </message>
    <message>
        <source>the gzip body decodes to more than %1 bytes</source>
        <translation>le corps gzip décompressé dépasse %1 octets</translation>
    </message>
    <message>
        <source>bytes follow the end of the gzip body</source>
        <translation>des octets suivent la fin du corps gzip</translation>
    </message>
    <message>
        <source>the server did not answer with HTTP/1.x (it sent &quot;%1&quot;)</source>
        <translation>le serveur n’a pas répondu en HTTP/1.x (il a envoyé &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the response has an invalid Content-Length (%1)</source>
        <translation>la réponse a un Content-Length invalide (%1)</translation>
    </message>
    <message>
        <source>the server sent a body encoded as &quot;%1&quot;, which was not asked for</source>
        <translation>le serveur a envoyé un corps encodé en &quot;%1&quot;, qui n’était pas demandé</translation>
    </message>
    <message>
        <source>cannot start decoding gzip</source>
        <translation>impossible de démarrer le décodage gzip</translation>
    </message>
    <message>
        <source>the response head is longer than %1 bytes</source>
        <translation>l’en-tête de la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <source>a chunk size line is longer than 1024 bytes</source>
        <translation>une ligne de taille de bloc dépasse 1024 octets</translation>
    </message>
    <message>
        <source>a chunk size is not a hexadecimal number</source>
        <translation>une taille de bloc n’est pas un nombre hexadécimal</translation>
    </message>
    <message>
        <source>a chunk does not end where its size said</source>
        <translation>un bloc ne se termine pas là où sa taille l’indiquait</translation>
    </message>
    <message>
        <source>the trailers are longer than %1 bytes</source>
        <translation>les champs de fin dépassent %1 octets</translation>
    </message>
</context>
</TS>
