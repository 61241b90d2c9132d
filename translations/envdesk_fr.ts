<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Envdesk::Ui::DependenciesPage</name>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Optional (extra)</source>
        <translation>Optionnelle (extra)</translation>
    </message>
    <message>
        <source>Dependency group</source>
        <translation>Groupe de dépendances</translation>
    </message>
    <message>
        <source>Where the requirement goes</source>
        <translation>Où va l&apos;exigence</translation>
    </message>
    <message>
        <source>extra or group name, e.g. dev</source>
        <translation>nom de l&apos;extra ou du groupe, p. ex. dev</translation>
    </message>
    <message>
        <source>Extra or group name</source>
        <translation>Nom de l&apos;extra ou du groupe</translation>
    </message>
    <message>
        <source>Add &amp;to:</source>
        <translation>Ajouter &amp;à :</translation>
    </message>
    <message>
        <source>a PEP 508 requirement, e.g. requests&gt;=2.31; python_version &gt;= &quot;3.9&quot;</source>
        <translation>une exigence PEP 508, p. ex. requests&gt;=2.31; python_version &gt;= &quot;3.9&quot;</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation>E&amp;xigence :</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>dépendances</translation>
    </message>
    <message>
        <source>extra %1</source>
        <translation>extra %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>Type a requirement: a name, optionally with extras, versions and a marker.</source>
        <translation>Saisissez une exigence : un nom, éventuellement avec des extras, des versions et un marqueur.</translation>
    </message>
    <message>
        <source>Not a valid requirement: %1</source>
        <translation>Exigence non valide : %1</translation>
    </message>
    <message>
        <source>Name the extra or group.</source>
        <translation>Nommez l&apos;extra ou le groupe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid extra or group name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;extra ou de groupe valide.</translation>
    </message>
    <message>
        <source>Valid requirement on %1.</source>
        <translation>Exigence valide sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) on the indexes, the newest %1.</source>
        <translation>
            <numerusform>%n version sur les index, la plus récente %1.</numerusform>
            <numerusform>%n versions sur les index, la plus récente %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>R&amp;emplacer</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::EnvironmentPage</name>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation>Installé par</translation>
    </message>
    <message>
        <source>Installed packages</source>
        <translation>Paquets installés</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>No environment yet: %1. Sync creates it.</source>
        <translation>Pas encore d&apos;environnement : %1. Sync le crée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n package(s) in %3</source>
        <translation>
            <numerusform>%1 dans %2 : %n paquet dans %3</numerusform>
            <numerusform>%1 dans %2 : %n paquets dans %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::IndexListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>explicit</source>
        <translation>explicite</translation>
    </message>
    <message>
        <source>%1, priority %2, %3</source>
        <translation>%1, priorité %2, %3</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::IndexesPage</name>
    <message>
        <source>First index (safe, the default)</source>
        <translation>Premier index (sûr, par défaut)</translation>
    </message>
    <message>
        <source>A package comes only from the first index, in the order above, that has it. An attacker who publishes the same name on a later index (PyPI) is never asked. A 401 or 403 stops the search instead of falling through.</source>
        <translation>Un paquet vient uniquement du premier index, dans l&apos;ordre ci-dessus, qui l&apos;a. Un attaquant qui publie le même nom sur un index suivant (PyPI) n&apos;est jamais consulté. Un 401 ou 403 arrête la recherche au lieu de passer à l&apos;index suivant.</translation>
    </message>
    <message>
        <source>First match (unsafe)</source>
        <translation>Première correspondance (non sûr)</translation>
    </message>
    <message>
        <source>Every index is searched, in order, for a version that fits; the first index with a fitting version wins. A later index can supply a package the first one also has: pin private packages in Sources.</source>
        <translation>Chaque index est consulté, dans l&apos;ordre, pour une version qui convient ; le premier index qui en a une l&apos;emporte. Un index suivant peut fournir un paquet que le premier a aussi : épinglez les paquets privés dans Sources.</translation>
    </message>
    <message>
        <source>Best match (unsafe, like pip)</source>
        <translation>Meilleure version (non sûr, comme pip)</translation>
    </message>
    <message>
        <source>The best version from any index wins, as pip&apos;s --extra-index-url does. Anyone who can publish a higher version of your private package&apos;s name on any of these indexes gets it installed.</source>
        <translation>La meilleure version de n&apos;importe quel index l&apos;emporte, comme avec --extra-index-url de pip. Quiconque peut publier une version plus haute du nom de votre paquet privé sur l&apos;un de ces index la fait installer.</translation>
    </message>
    <message>
        <source>Move index</source>
        <translation>Déplacer l&apos;index</translation>
    </message>
    <message>
        <source>Indexes in priority order</source>
        <translation>Index par ordre de priorité</translation>
    </message>
    <message>
        <source>Asked in this order (drag to reorder):</source>
        <translation>Consultés dans cet ordre (glisser pour réordonner) :</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Raise the selected index&apos;s priority (Alt+Up in the list)</source>
        <translation>Augmenter la priorité de l&apos;index choisi (Alt+Haut dans la liste)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Lower the selected index&apos;s priority (Alt+Down in the list)</source>
        <translation>Baisser la priorité de l&apos;index choisi (Alt+Bas dans la liste)</translation>
    </message>
    <message>
        <source>Add &amp;index</source>
        <translation>Ajouter un &amp;index</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <source>Index strategy</source>
        <translation>Stratégie d&apos;index</translation>
    </message>
    <message>
        <source>Selected index</source>
        <translation>Index choisi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL :</translation>
    </message>
    <message>
        <source>Replaces PyPI as the default index</source>
        <translation>Remplace PyPI comme index par défaut</translation>
    </message>
    <message>
        <source>De&amp;fault:</source>
        <translation>Par &amp;défaut :</translation>
    </message>
    <message>
        <source>Only for packages pinned to it in Sources</source>
        <translation>Seulement pour les paquets épinglés à lui dans Sources</translation>
    </message>
    <message>
        <source>E&amp;xplicit:</source>
        <translation>E&amp;xplicite :</translation>
    </message>
    <message>
        <source>Simple API (PEP 503 / 691)</source>
        <translation>API Simple (PEP 503 / 691)</translation>
    </message>
    <message>
        <source>Flat (a page or folder of files)</source>
        <translation>Plat (une page ou un dossier de fichiers)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>When the index asks (auto)</source>
        <translation>Quand l&apos;index le demande (auto)</translation>
    </message>
    <message>
        <source>Always (fail without credentials)</source>
        <translation>Toujours (échouer sans identifiants)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Authenticate:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>e.g. 401, 403: treated like 404</source>
        <translation>p. ex. 401, 403 : traités comme 404</translation>
    </message>
    <message>
        <source>I&amp;gnore error codes:</source>
        <translation>I&amp;gnorer les codes d&apos;erreur :</translation>
    </message>
    <message>
        <source>&amp;Publish URL:</source>
        <translation>URL de &amp;publication :</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>&amp;Mot de passe ou jeton :</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>Enregistrer dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Remove from &amp;keychain</source>
        <translation>Retirer du trousseau (&amp;k)</translation>
    </message>
    <message>
        <source>&amp;Move credentials out of the URL into the keychain</source>
        <translation>&amp;Déplacer les identifiants de l&apos;URL vers le trousseau</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test report</source>
        <translation>Rapport du test de connexion</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Trust a CA certificate for this index…</source>
        <translation>Faire confiance à un certificat d&apos;AC pour cet index…</translation>
    </message>
    <message>
        <source>Set credentials…</source>
        <translation>Définir les identifiants…</translation>
    </message>
    <message>
        <source>Add index</source>
        <translation>Ajouter un index</translation>
    </message>
    <message>
        <source>Remove index %1</source>
        <translation>Supprimer l&apos;index %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of HTTP status codes</source>
        <translation>« %1 » n&apos;est pas une liste de codes d&apos;état HTTP</translation>
    </message>
    <message>
        <source>write them like 401, 403</source>
        <translation>écrivez-les comme 401, 403</translation>
    </message>
    <message>
        <source>Set the index strategy</source>
        <translation>Définir la stratégie d&apos;index</translation>
    </message>
    <message>
        <source>The CA certificate(s) to trust for this index</source>
        <translation>Les certificats d&apos;AC de confiance pour cet index</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Edit index %1</source>
        <translation>Modifier l&apos;index : %1</translation>
    </message>
    <message>
        <source>Select an index to see its credentials.</source>
        <translation>Choisissez un index pour voir ses identifiants.</translation>
    </message>
    <message>
        <source>The credentials are written in the index URL, in pyproject.toml: anyone who reads the file reads them. Move them into the keychain.</source>
        <translation>Les identifiants sont écrits dans l&apos;URL de l&apos;index, dans pyproject.toml : qui lit le fichier les lit. Déplacez-les dans le trousseau.</translation>
    </message>
    <message>
        <source>Looking for this index&apos;s credentials…</source>
        <translation>Recherche des identifiants de cet index…</translation>
    </message>
    <message>
        <source>No credentials found (URL, %1_USERNAME / _PASSWORD, .netrc, keychain). Requests go out without them.</source>
        <translation>Aucun identifiant trouvé (URL, %1_USERNAME / _PASSWORD, .netrc, trousseau). Les requêtes partent sans.</translation>
    </message>
    <message>
        <source>No credentials found; %1</source>
        <translation>Aucun identifiant trouvé ; %1</translation>
    </message>
    <message>
        <source>Credentials for user &apos;%1&apos; come from %2.</source>
        <translation>Les identifiants de l&apos;utilisateur « %1 » viennent de %2.</translation>
    </message>
    <message>
        <source>Give a user name and a password or token.</source>
        <translation>Donnez un nom d&apos;utilisateur et un mot de passe ou un jeton.</translation>
    </message>
    <message>
        <source>for a token without a user, uv and envdesk use the user name __token__</source>
        <translation>pour un jeton sans utilisateur, uv et envdesk utilisent le nom __token__</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Retiré du trousseau.</translation>
    </message>
    <message>
        <source>Moving the credentials into the keychain…</source>
        <translation>Déplacement des identifiants vers le trousseau…</translation>
    </message>
    <message>
        <source>the URL was left as it is</source>
        <translation>l&apos;URL est restée telle quelle</translation>
    </message>
    <message>
        <source>Move credentials into the keychain</source>
        <translation>Déplacer les identifiants vers le trousseau</translation>
    </message>
    <message>
        <source>The credentials are in the keychain and out of the URL; save the project to write the file.</source>
        <translation>Les identifiants sont dans le trousseau et plus dans l&apos;URL ; enregistrez le projet pour écrire le fichier.</translation>
    </message>
    <message>
        <source>Name this index first: per-index TLS settings are kept under its name.</source>
        <translation>Nommez d&apos;abord cet index : les réglages TLS par index sont rangés sous son nom.</translation>
    </message>
    <message>
        <source>Trust a CA for %1</source>
        <translation>Faire confiance à une AC pour %1</translation>
    </message>
    <message>
        <source>%1 now trusts the certificates in %2; save, then test again.</source>
        <translation>%1 fait maintenant confiance aux certificats de %2 ; enregistrez, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <source>connection test of %1: %2</source>
        <translation>test de connexion de %1 : %2</translation>
    </message>
    <message>
        <source>Allow TLS 1.0 and 1.1 for this index (weaker)</source>
        <translation>Autoriser TLS 1.0 et 1.1 pour cet index (plus faible)</translation>
    </message>
    <message>
        <source>Credentials come from the credential command &apos;%1&apos;, run when a request needs them (its token is kept in memory only).</source>
        <translation>Les identifiants viennent de la commande d&apos;identifiants « %1 », lancée quand une requête en a besoin (son jeton reste en mémoire seulement).</translation>
    </message>
    <message>
        <source>Allow old TLS for %1</source>
        <translation>Autoriser l&apos;ancien TLS pour %1</translation>
    </message>
    <message>
        <source>%1 may now use TLS 1.0 and 1.1; save, then test again.</source>
        <translation>%1 peut maintenant utiliser TLS 1.0 et 1.1 ; enregistrez, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>these versions are weak: ask the server&apos;s owners to upgrade</source>
        <translation>ces versions sont faibles : demandez aux responsables du serveur de le mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Cancel the test</source>
        <translation>&amp;Annuler le test</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Niveau minimal</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Show lines about this package</source>
        <translation>Afficher les lignes sur ce paquet</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Show lines about this index</source>
        <translation>Afficher les lignes sur cet index</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Garder la dernière ligne visible</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown lines when none is selected</source>
        <translation>Copier les lignes choisies, ou toutes les lignes affichées si aucune n&apos;est choisie</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>Fichiers journaux (*.log *.txt)</translation>
    </message>
    <message>
        <source>%1 older lines were dropped: the log keeps the newest %2.</source>
        <translation>%1 lignes plus anciennes ont été abandonnées : le journal garde les %2 plus récentes.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::LogModel</name>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::MainWindow</name>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Open or create a Python project to begin.</source>
        <translation>Ouvrez ou créez un projet Python pour commencer.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Projets &amp;récents :</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Create a project</source>
        <translation>Créer un projet</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Ouvrir un dossier de projet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Write pyproject.toml</source>
        <translation>Écrire pyproject.toml</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Resolve the dependencies without writing anything</source>
        <translation>Résoudre les dépendances sans rien écrire</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Resolve the dependencies and write pylock.toml</source>
        <translation>Résoudre les dépendances et écrire pylock.toml</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Make the project&apos;s .venv match pylock.toml (shows the plan first)</source>
        <translation>Aligner le .venv du projet sur pylock.toml (montre d&apos;abord le plan)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Stop what is running</source>
        <translation>Arrêter ce qui s&apos;exécute</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Run the connection doctor on the selected index</source>
        <translation>Lancer le diagnostic de connexion sur l&apos;index choisi</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>opened %1: %2 dependencies, %3 indexes</source>
        <translation>%1 ouvert : %2 dépendances, %3 index</translation>
    </message>
    <message>
        <source>Setting up %1…</source>
        <translation>Mise en place de %1…</translation>
    </message>
    <message>
        <source>The project is ready</source>
        <translation>Le projet est prêt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have changes that are not saved.</source>
        <translation>%1 a été modifié par un autre programme, et vous avez des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Reload the file and lose your changes, or keep editing (saving will then be refused until you reload).</source>
        <translation>Rechargez le fichier et perdez vos modifications, ou continuez (l&apos;enregistrement sera refusé jusqu&apos;au rechargement).</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep my changes</source>
        <translation>&amp;Garder mes modifications</translation>
    </message>
    <message>
        <source>cannot reload %1: %2</source>
        <translation>impossible de recharger %1 : %2</translation>
    </message>
    <message>
        <source>%1 changed on disk: reloaded</source>
        <translation>%1 modifié sur le disque : rechargé</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 rechargé : il a été modifié sur le disque</translation>
    </message>
    <message>
        <source>%1[*] — envdesk</source>
        <translation>%1[*] — envdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;requires-python: %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;requires-python : %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(toutes)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Warnings&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Avertissements&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>settings: %1</source>
        <translation>réglages : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source> (cache)</source>
        <translation> (cache)</translation>
    </message>
    <message>
        <source>Resolving: %1 packages decided, %2 metadata files</source>
        <translation>Résolution : %1 paquets décidés, %2 fichiers de métadonnées</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Résolution…</translation>
    </message>
    <message>
        <source>resolving %1</source>
        <translation>résolution de %1</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>interruption</translation>
    </message>
    <message>
        <source>No solution:
%1</source>
        <translation>Pas de solution :
%1</translation>
    </message>
    <message>
        <source>Resolved %1 packages for Python %2 in %3 s</source>
        <translation>%1 paquets résolus pour Python %2 en %3 s</translation>
    </message>
    <message>
        <source>resolved %1 packages</source>
        <translation>%1 paquets résolus</translation>
    </message>
    <message>
        <source>Locking %1…</source>
        <translation>Verrouillage de %1…</translation>
    </message>
    <message>
        <source>Planning the sync of %1…</source>
        <translation>Planification de la synchronisation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the environment:</source>
        <translation>
            <numerusform>%n modification de l&apos;environnement :</numerusform>
            <numerusform>%n modifications de l&apos;environnement :</numerusform>
        </translation>
    </message>
    <message>
        <source>sync declined</source>
        <translation>synchronisation refusée</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <source>Certificates &amp; Network</source>
        <translation>Certificats et réseau</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language changes the next time envdesk starts.</source>
        <translation>La langue change au prochain démarrage d&apos;envdesk.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Bring indexes, pins and requirements in from pip.conf, a Pipfile or requirements.txt</source>
        <translation>Reprendre les index, épinglages et exigences de pip.conf, d&apos;un Pipfile ou de requirements.txt</translation>
    </message>
    <message>
        <source>Import from pip.conf, a Pipfile or a requirements file</source>
        <translation>Importer depuis pip.conf, un Pipfile ou un fichier d&apos;exigences</translation>
    </message>
    <message>
        <source>pip and pipenv files (pip.conf pip.ini Pipfile *.txt *.in);;All files (*)</source>
        <translation>Fichiers pip et pipenv (pip.conf pip.ini Pipfile *.txt *.in);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>import %1: %2</source>
        <translation>import %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n change(s), not saved yet</source>
        <translation>
            <numerusform>%1 importé : %n modification, pas encore enregistrée</numerusform>
            <numerusform>%1 importé : %n modifications, pas encore enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n change(s). Review them, then save.</source>
        <translation>
            <numerusform>%1 importé : %n modification. Vérifiez-la, puis enregistrez.</numerusform>
            <numerusform>%1 importé : %n modifications. Vérifiez-les, puis enregistrez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:
%1</source>
        <translation>Avertissements :
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 matches the lock (%n package(s))</source>
        <translation>
            <numerusform>%1 correspond au verrou (%n paquet)</numerusform>
            <numerusform>%1 correspond au verrou (%n paquets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock for &amp;Every Environment</source>
        <translation>Verrouiller pour &amp;chaque environnement</translation>
    </message>
    <message>
        <source>Resolve for every Python the project&apos;s requires-python allows, on every platform, and write pylock.toml with a marker on each package that is not needed everywhere</source>
        <translation>Résoudre pour chaque Python que permet le requires-python du projet, sur chaque plateforme, et écrire pylock.toml avec un marqueur sur chaque paquet qui n&apos;est pas nécessaire partout</translation>
    </message>
    <message>
        <source>Locking %1 for every environment…</source>
        <translation>Verrouillage de %1 pour chaque environnement…</translation>
    </message>
    <message>
        <source>Install these dependency groups and extras too:</source>
        <translation>Installer aussi ces groupes de dépendances et extras :</translation>
    </message>
    <message>
        <source>Dependency groups</source>
        <translation>Groupes de dépendances</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Open a &amp;Terminal Here</source>
        <translation>Ouvrir un &amp;terminal ici</translation>
    </message>
    <message>
        <source>A terminal in the project&apos;s folder, inside .venv, where pip and uv reach the project&apos;s indexes with their credentials and certificates</source>
        <translation>Un terminal dans le dossier du projet, dans .venv, où pip et uv atteignent les index du projet avec leurs identifiants et certificats</translation>
    </message>
    <message>
        <source>The project has no .venv yet: sync first</source>
        <translation>Le projet n&apos;a pas encore de .venv : synchronisez d&apos;abord</translation>
    </message>
    <message>
        <source>envdesk-cli was not found beside envdesk or on PATH</source>
        <translation>envdesk-cli est introuvable à côté d&apos;envdesk ou dans PATH</translation>
    </message>
    <message>
        <source>no terminal program was found: set TERMINAL, or install one</source>
        <translation>aucun programme de terminal trouvé : définissez TERMINAL, ou installez-en un</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 n&apos;a pas pu être lancé</translation>
    </message>
    <message>
        <source>Terminal opened in %1</source>
        <translation>Terminal ouvert dans %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>cancelling: downloads stop, a build is stopped, each package stays whole</source>
        <translation>annulation : les téléchargements s’arrêtent, une construction est stoppée, chaque paquet reste entier</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>annulé : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>No solution: the requirements cannot all be met</source>
        <translation>Aucune solution : les exigences ne peuvent pas toutes être satisfaites</translation>
    </message>
    <message>
        <source>The requirements cannot all be met.</source>
        <translation>Les exigences ne peuvent pas toutes être satisfaites.</translation>
    </message>
    <message>
        <source>Trust a CA certificate for %1…</source>
        <translation>Faire confiance à un certificat d’AC pour %1…</translation>
    </message>
    <message>
        <source>The CA certificate(s) to trust for %1</source>
        <translation>Le ou les certificats d’AC auxquels faire confiance pour %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Set credentials for %1…</source>
        <translation>Définir les identifiants de %1…</translation>
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
        <source>Creating the environment of %1…</source>
        <translation>Création de l’environnement de %1…</translation>
    </message>
    <message numerus="yes">
        <source>the lock is made again first: %n package(s)</source>
        <translation>
            <numerusform>le verrou est d’abord refait : %n paquet</numerusform>
            <numerusform>le verrou est d’abord refait : %n paquets</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 with %2</source>
        <translation>%1 synchronisé avec %2</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::NetworkPage</name>
    <message>
        <source>Subject: %1 · Issuer: %2 · %3</source>
        <translation>Sujet : %1 · Émetteur : %2 · %3</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>EXPIRÉ le %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Per index: certificates, TLS and proxy</source>
        <translation>Par index : certificats, TLS et proxy</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>&amp;Index :</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a file for %1</source>
        <translation>Choisir un fichier pour %1</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>Lot d&apos;A&amp;C :</translation>
    </message>
    <message>
        <source>CA certificates to trust for this index</source>
        <translation>Certificats d&apos;AC de confiance pour cet index</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>C&amp;lient certificate:</source>
        <translation>Certificat c&amp;lient :</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Clé clie&amp;nt :</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Verify:</source>
        <translation>&amp;Vérifier :</translation>
    </message>
    <message>
        <source>Default (TLS 1.2)</source>
        <translation>Par défaut (TLS 1.2)</translation>
    </message>
    <message>
        <source>&amp;Minimum TLS:</source>
        <translation>TLS &amp;minimal :</translation>
    </message>
    <message>
        <source>the environment&apos;s proxy; or http://proxy:3128, or none</source>
        <translation>le proxy de l&apos;environnement ; ou http://proxy:3128, ou none</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>Hosts whose certificates are not checked (allow-insecure-host)</source>
        <translation>Hôtes dont les certificats ne sont pas vérifiés (allow-insecure-host)</translation>
    </message>
    <message>
        <source>Anyone on the network path to these hosts can pose as them and serve you any package. Prefer trusting the host&apos;s CA (above).</source>
        <translation>N&apos;importe qui sur le chemin réseau vers ces hôtes peut se faire passer pour eux et vous servir n&apos;importe quel paquet. Préférez faire confiance à l&apos;AC de l&apos;hôte (ci-dessus).</translation>
    </message>
    <message>
        <source>Insecure hosts</source>
        <translation>Hôtes non sûrs</translation>
    </message>
    <message>
        <source>host or host:port</source>
        <translation>hôte ou hôte:port</translation>
    </message>
    <message>
        <source>Host to add</source>
        <translation>Hôte à ajouter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Ajou&amp;ter</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <source>Machine-wide (environment and user settings)</source>
        <translation>Pour toute la machine (environnement et réglages utilisateur)</translation>
    </message>
    <message>
        <source>Also trust the &amp;system&apos;s certificate store (native-tls)</source>
        <translation>Faire aussi confiance au magasin de certificats du &amp;système (native-tls)</translation>
    </message>
    <message>
        <source>Machine-wide certificate and proxy settings</source>
        <translation>Réglages de certificats et de proxy de la machine</translation>
    </message>
    <message>
        <source>Remove insecure host</source>
        <translation>Retirer l&apos;hôte non sûr</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Certificats du système</translation>
    </message>
    <message>
        <source>Set %1 for %2</source>
        <translation>Définir %1 pour %2</translation>
    </message>
    <message>
        <source>Certificates of %1 are no longer checked.</source>
        <translation>Les certificats de %1 ne sont plus vérifiés.</translation>
    </message>
    <message>
        <source>anyone on the network path can pose as this index; trust its CA instead when you can</source>
        <translation>n&apos;importe qui sur le chemin réseau peut se faire passer pour cet index ; faites plutôt confiance à son AC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name (write it like pypi.corp.example or 10.0.0.5:8443)</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte (écrivez-le comme pypi.corp.example ou 10.0.0.5:8443)</translation>
    </message>
    <message>
        <source>Add insecure host</source>
        <translation>Ajouter un hôte non sûr</translation>
    </message>
    <message>
        <source>anyone on the network path can pose as this host; trust its CA instead when you can</source>
        <translation>n&apos;importe qui sur le chemin réseau peut se faire passer pour cet hôte ; faites plutôt confiance à son AC</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>PKCS#12 file: its password is asked for when it is used (envdesk does not keep it); the certificate cannot be shown without it.</source>
        <translation>Fichier PKCS#12 : son mot de passe est demandé à l&apos;usage (envdesk ne le garde pas) ; le certificat ne peut pas être affiché sans lui.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>use a PEM file (certificate, then key) or a PKCS#12 file (.p12, .pfx)</source>
        <translation>utilisez un fichier PEM (certificat, puis clé) ou PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>renew the certificate: servers refuse an expired one</source>
        <translation>renouvelez le certificat : les serveurs refusent un certificat expiré</translation>
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
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Where the project lives</source>
        <translation>Où vit le projet</translation>
    </message>
    <message>
        <source>envdesk writes pyproject.toml into this folder; it makes the folder when needed.</source>
        <translation>envdesk écrit pyproject.toml dans ce dossier ; il crée le dossier si besoin.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>The interpreter for the project&apos;s environment, from the ones on this machine.</source>
        <translation>L&apos;interpréteur de l&apos;environnement du projet, parmi ceux de cette machine.</translation>
    </message>
    <message>
        <source>Python interpreters</source>
        <translation>Interpréteurs Python</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implémentation</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Requires Python</source>
        <translation>Python requis</translation>
    </message>
    <message>
        <source>&amp;Requires Python:</source>
        <translation>&amp;Python requis :</translation>
    </message>
    <message>
        <source>Package index</source>
        <translation>Index de paquets</translation>
    </message>
    <message>
        <source>Where packages come from. A private index becomes the default index, in place of PyPI.</source>
        <translation>D&apos;où viennent les paquets. Un index privé devient l&apos;index par défaut, à la place de PyPI.</translation>
    </message>
    <message>
        <source>Kind of index</source>
        <translation>Type d&apos;index</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Index name</source>
        <translation>Nom de l&apos;index</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>Index URL</source>
        <translation>URL de l&apos;index</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Identifiants :</translation>
    </message>
    <message>
        <source>First dependencies</source>
        <translation>Premières dépendances</translation>
    </message>
    <message>
        <source>One requirement per line (PEP 508), e.g. requests&gt;=2.31. You can add more later.</source>
        <translation>Une exigence par ligne (PEP 508), p. ex. requests&gt;=2.31. Vous pourrez en ajouter plus tard.</translation>
    </message>
    <message>
        <source>&amp;Lock and sync the dependencies now (watch the log)</source>
        <translation>&amp;Verrouiller et synchroniser les dépendances maintenant (suivre dans le journal)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Looking for Python interpreters…</source>
        <translation>Recherche des interpréteurs Python…</translation>
    </message>
    <message>
        <source>interpreter skipped: %1</source>
        <translation>interpréteur ignoré : %1</translation>
    </message>
    <message>
        <source>No Python found: install python3, then try again.</source>
        <translation>Aucun Python trouvé : installez python3, puis réessayez.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a complete index URL</source>
        <translation>« %1 » n&apos;est pas une URL d&apos;index complète</translation>
    </message>
    <message>
        <source>replace every {placeholder} with your organization&apos;s value</source>
        <translation>remplacez chaque {espace réservé} par la valeur de votre organisation</translation>
    </message>
    <message>
        <source>dependency on line %1: %2</source>
        <translation>dépendance à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Choose a folder (a full path).</source>
        <translation>Choisissez un dossier (un chemin complet).</translation>
    </message>
    <message>
        <source>%1 already has a pyproject.toml.</source>
        <translation>%1 a déjà un pyproject.toml.</translation>
    </message>
    <message>
        <source>open it with Open Project instead, or choose another folder</source>
        <translation>ouvrez-le plutôt avec Ouvrir un projet, ou choisissez un autre dossier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid project name.</source>
        <translation>« %1 » n&apos;est pas un nom de projet valide.</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, starting and ending with a letter or digit</source>
        <translation>utilisez lettres, chiffres, « . », « - » et « _ », en commençant et finissant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>requires-python: %1</source>
        <translation>requires-python : %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Requirement to add</source>
        <translation>Exigence à ajouter</translation>
    </message>
    <message>
        <source>type a name: the index&apos;s projects and versions are offered</source>
        <translation>saisissez un nom : les projets et versions de l&apos;index sont proposés</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Not a valid requirement: %1</source>
        <translation>Exigence non valide : %1</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
    <message>
        <source>a Pipfile, requirements.txt or pip.conf (optional)</source>
        <translation>un Pipfile, requirements.txt ou pip.conf (facultatif)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>%1: %2 index(es), %3 dependencies, %4 source(s), %5 warning(s); imported when the project is created</source>
        <translation>%1 : %2 index, %3 dépendances, %4 source(s), %5 avertissement(s) ; importé à la création du projet</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Pipfile, requirements, pip.conf (Pipfile *.txt *.in pip.conf pip.ini);;All files (*)</source>
        <translation>Pipfile, exigences, pip.conf (Pipfile *.txt *.in pip.conf pip.ini);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::ProjectDocument</name>
    <message>
        <source>no project is open</source>
        <translation>aucun projet n&apos;est ouvert</translation>
    </message>
</context>
<context>
    <name>Envdesk::Ui::SourcesPage</name>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marqueur</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Package sources</source>
        <translation>Sources des paquets</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>Package to pin</source>
        <translation>Paquet à épingler</translation>
    </message>
    <message>
        <source>Index to pin it to</source>
        <translation>Index auquel l&apos;épingler</translation>
    </message>
    <message>
        <source>&amp;Pin to index</source>
        <translation>É&amp;pingler à l&apos;index</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Désépingler</translation>
    </message>
    <message>
        <source>P&amp;ackage:</source>
        <translation>P&amp;aquet :</translation>
    </message>
    <message>
        <source>comes only from</source>
        <translation>vient seulement de</translation>
    </message>
    <message>
        <source>Add a named index first (Indexes page)</source>
        <translation>Ajoutez d&apos;abord un index nommé (page Index)</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>index %1</translation>
    </message>
    <message>
        <source>path %1%2</source>
        <translation>chemin %1%2</translation>
    </message>
    <message>
        <source> (editable)</source>
        <translation> (modifiable)</translation>
    </message>
    <message>
        <source>URL %1</source>
        <translation>URL %1</translation>
    </message>
    <message>
        <source>git %1</source>
        <translation>git %1</translation>
    </message>
    <message>
        <source>workspace member</source>
        <translation>membre de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid package name</source>
        <translation>« %1 » n&apos;est pas un nom de paquet valide</translation>
    </message>
    <message>
        <source>Pin %1 to %2</source>
        <translation>Épingler %1 à %2</translation>
    </message>
    <message>
        <source>%1 now comes only from %2.</source>
        <translation>%1 vient maintenant seulement de %2.</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépingler %1</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (sur %2)</translation>
    </message>
    <message>
        <source>Found on more than one index and not pinned: %1.</source>
        <translation>Trouvés sur plus d&apos;un index et non épinglés : %1.</translation>
    </message>
    <message>
        <source>if one of them is your private package, pin it to its index so nobody can shadow it from another index (dependency confusion)</source>
        <translation>si l&apos;un d&apos;eux est votre paquet privé, épinglez-le à son index pour que personne ne puisse le masquer depuis un autre index (confusion de dépendances)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a wheel or sdist file</source>
        <translation>un fichier wheel ou sdist</translation>
    </message>
    <message>
        <source>a git repository</source>
        <translation>un dépôt git</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation>une URL</translation>
    </message>
    <message>
        <source>Where the package comes from</source>
        <translation>D&apos;où vient le paquet</translation>
    </message>
    <message>
        <source>path, or https://… / git URL</source>
        <translation>chemin, ou https://… / URL git</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Git branch, tag or commit</source>
        <translation>Branche, tag ou commit git</translation>
    </message>
    <message>
        <source>branch, tag or commit</source>
        <translation>branche, tag ou commit</translation>
    </message>
    <message>
        <source>&amp;Editable</source>
        <translation>&amp;Éditable</translation>
    </message>
    <message>
        <source>&amp;Set source</source>
        <translation>&amp;Définir la source</translation>
    </message>
    <message>
        <source>or comes from</source>
        <translation>ou provient de</translation>
    </message>
    <message>
        <source>Source folder</source>
        <translation>Dossier source</translation>
    </message>
    <message>
        <source>Wheel or sdist</source>
        <translation>Wheel ou sdist</translation>
    </message>
    <message>
        <source>Distributions (*.whl *.tar.gz *.zip)</source>
        <translation>Distributions (*.whl *.tar.gz *.zip)</translation>
    </message>
    <message>
        <source>Say where %1 comes from</source>
        <translation>Indiquez d&apos;où vient %1</translation>
    </message>
    <message>
        <source>There is no folder %1</source>
        <translation>Il n&apos;y a pas de dossier %1</translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation>Il n&apos;y a pas de fichier %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>Set the source of %1</source>
        <translation>Définir la source de %1</translation>
    </message>
    <message>
        <source>%1 now comes from %2.</source>
        <translation>%1 provient désormais de %2.</translation>
    </message>
    <message>
        <source>%1 now comes from %2, but the project does not depend on it</source>
        <translation>%1 provient désormais de %2, mais le projet n&apos;en dépend pas</translation>
    </message>
    <message>
        <source>add it on the Dependencies page: sources apply to the project&apos;s own dependencies</source>
        <translation>ajoutez-le dans la page Dépendances : les sources s&apos;appliquent aux dépendances du projet lui-même</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The envdesk desktop app: Python projects, their indexes, credentials and environments.</source>
        <translation>L&apos;application envdesk : projets Python, leurs index, identifiants et environnements.</translation>
    </message>
    <message>
        <source>A project folder or its pyproject.toml (default: the last project opened)</source>
        <translation>Un dossier de projet ou son pyproject.toml (par défaut : le dernier projet ouvert)</translation>
    </message>
    <message>
        <source>Write a PNG of every page, the log and the wizard into DIR, then quit</source>
        <translation>Écrire un PNG de chaque page, du journal et de l&apos;assistant dans DIR, puis quitter</translation>
    </message>
    <message>
        <source>The language of the window: en, de, fr or system (default: the preference)</source>
        <translation>La langue de la fenêtre : en, de, fr ou system (par défaut : la préférence)</translation>
    </message>
    <message>
        <source>With --screenshots: also test each index&apos;s connection and take the report</source>
        <translation>Avec --screenshots : tester aussi la connexion de chaque index et en capturer le rapport</translation>
    </message>
</context>
</TS>
