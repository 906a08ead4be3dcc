<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>AuditActions</name>
    <message>
        <source>view</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archivage</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>lettre</translation>
    </message>
    <message>
        <source>print</source>
        <translation>impression</translation>
    </message>
    <message>
        <source>refer</source>
        <translation>aiguillage</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>login</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>user</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>restore backup</source>
        <translation>restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>purge</source>
        <translation>purge</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>scellement</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>tout utilisateur</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>toute action</translation>
    </message>
    <message>
        <source>any record (e.g. C-000123)</source>
        <translation>tout dossier (p. ex. C-000123)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>&amp;Who accessed this record…</source>
        <translation>&amp;Qui a consulté ce dossier…</translation>
    </message>
    <message>
        <source>A PDF of every access to the client in the record box</source>
        <translation>Un PDF de chaque accès au dossier du client inscrit dans la case Dossier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot show the audit log</source>
        <translation>Impossible d&apos;afficher le journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first (at most {limit})</source>
        <translation>
            <numerusform>%n entrée, la plus récente d&apos;abord (au plus {limit})</numerusform>
            <numerusform>%n entrées, les plus récentes d&apos;abord (au plus {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot check the audit log</source>
        <translation>Impossible de vérifier le journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %n entrée, non modifiée.</numerusform>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %n entrées, aucune modifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with</source>
        <translation>Le journal d&apos;audit a été altéré</translation>
    </message>
    <message>
        <source>Which client?</source>
        <translation>Quel client&#x202f;?</translation>
    </message>
    <message>
        <source>Type the client&apos;s intake id in the Record box.</source>
        <translation>Inscrivez le numéro de demande d&apos;accueil du client dans la case Dossier.</translation>
    </message>
    <message>
        <source>No access report</source>
        <translation>Aucun rapport d&apos;accès</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Enregistrer le rapport d&apos;accès</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>thérapeute</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>aiguillage</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>user</source>
        <translation>compte</translation>
    </message>
</context>
<context>
    <name>AvailabilityGrid</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <source>Tick or clear every {day} slot</source>
        <translation>Cocher ou décocher toutes les plages du {day}</translation>
    </message>
    <message>
        <source>Tick or clear every {part}</source>
        <translation>Cocher ou décocher chaque {part}</translation>
    </message>
    <message>
        <source>{day} {part}</source>
        <translation>{day} {part}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password of {user}</source>
        <translation>Changer le mot de passe de {user}</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>New password (10 or more characters):</source>
        <translation>Nouveau mot de passe (10 caractères ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Nouveau mot de passe, encore une fois&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Saved at another desk meanwhile: {record}</source>
        <translation>Enregistré entre-temps à un autre poste&#xa0;: {record}</translation>
    </message>
    <message>
        <source>Someone at another desk saved {record} after you opened it. Nothing is lost: choose, for each field below, the value to keep. Fields only one of you changed already show the changed value; fields you both changed are highlighted.</source>
        <translation>Quelqu&apos;un à un autre poste a enregistré {record} après que vous l&apos;avez ouvert. Rien n&apos;est perdu&#xa0;: choisissez, pour chaque champ ci-dessous, la valeur à garder. Les champs modifiés par une seule personne affichent déjà la nouvelle valeur&#x202f;; les champs modifiés des deux côtés sont surlignés.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours (this form)</source>
        <translation>La vôtre (ce formulaire)</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>L&apos;autre (enregistrée)</translation>
    </message>
    <message>
        <source>{field} (both changed)</source>
        <translation>{field} (modifié des deux côtés)</translation>
    </message>
    <message>
        <source>Yours: {field}</source>
        <translation>La vôtre&#xa0;: {field}</translation>
    </message>
    <message>
        <source>Theirs: {field}</source>
        <translation>L&apos;autre&#xa0;: {field}</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Enregistrer mes choix</translation>
    </message>
    <message>
        <source>Save the values ticked above, field by field</source>
        <translation>Enregistrer les valeurs cochées ci-dessus, champ par champ</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Garder toutes les miennes</translation>
    </message>
    <message>
        <source>Save the form as it is, over the other desk&apos;s values</source>
        <translation>Enregistrer le formulaire tel quel, par-dessus les valeurs de l&apos;autre poste</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Prendre toutes les autres</translation>
    </message>
    <message>
        <source>Drop your changes to these fields; keep what was saved</source>
        <translation>Abandonner vos changements à ces champs et garder ce qui a été enregistré</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>Nothing is saved yet; your form stays as it is</source>
        <translation>Rien n&apos;est encore enregistré&#x202f;; votre formulaire reste tel quel</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Try now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No connection to the database.&lt;/b&gt; {reason} Nothing you typed is lost: open forms keep their changes and are saved when the connection returns. OPCC Desk tries again every %n second(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Aucune connexion à la base de données.&lt;/b&gt; {reason} Rien de ce que vous avez tapé n&apos;est perdu&#xa0;: les formulaires ouverts gardent leurs changements et seront enregistrés au retour de la connexion. OPCC Desk réessaie chaque seconde.</numerusform>
            <numerusform>&lt;b&gt;Aucune connexion à la base de données.&lt;/b&gt; {reason} Rien de ce que vous avez tapé n&apos;est perdu&#xa0;: les formulaires ouverts gardent leurs changements et seront enregistrés au retour de la connexion. OPCC Desk réessaie toutes les %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWords</name>
    <message>
        <source>Export the waitlist</source>
        <translation>Exporter la liste d&apos;attente</translation>
    </message>
    <message>
        <source>The waitlist was not exported</source>
        <translation>La liste d&apos;attente n&apos;a pas été exportée</translation>
    </message>
    <message>
        <source>Waitlist exported</source>
        <translation>Liste d&apos;attente exportée</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) saved to {path}.</source>
        <translation>
            <numerusform>%n client enregistré dans {path}.</numerusform>
            <numerusform>%n clients enregistrés dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the referral list</source>
        <translation>Exporter la liste des aiguillages</translation>
    </message>
    <message>
        <source>The list was not exported</source>
        <translation>La liste n&apos;a pas été exportée</translation>
    </message>
    <message>
        <source>Referral list exported</source>
        <translation>Liste des aiguillages exportée</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) saved to {path}.</source>
        <translation>
            <numerusform>%n aiguillage enregistré dans {path}.</numerusform>
            <numerusform>%n aiguillages enregistrés dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Les deux mots de passe sont différents&#x202f;; tapez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Changements non enregistrés</translation>
    </message>
    <message>
        <source>{what} has changes that are not saved yet.</source>
        <translation>{what} contient des changements qui ne sont pas encore enregistrés.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Contact shown</source>
        <translation>Coordonnées affichées</translation>
    </message>
    <message>
        <source>Publish the referral directory</source>
        <translation>Publier le répertoire d&apos;aiguillage</translation>
    </message>
    <message>
        <source>Folder to publish into</source>
        <translation>Dossier de publication</translation>
    </message>
    <message>
        <source>a new folder, or one published before</source>
        <translation>un nouveau dossier, ou un dossier déjà publié</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Language of the printed handout</source>
        <translation>Langue du feuillet imprimé</translation>
    </message>
    <message>
        <source>Therapists who will be listed</source>
        <translation>Thérapeutes qui figureront au répertoire</translation>
    </message>
    <message>
        <source>The website has English and French pages; the printed handout is in the language chosen here. Publishing again replaces the folder in one step.</source>
        <translation>Le site Web a des pages en anglais et en français&#x202f;; le feuillet imprimé est dans la langue choisie ici. Une nouvelle publication remplace le dossier d&apos;un seul coup.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Handout in:</source>
        <translation>&amp;Feuillet en&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read the directory</source>
        <translation>Impossible de lire le répertoire</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Their own phone and email</source>
        <translation>Leurs propres téléphone et courriel</translation>
    </message>
    <message>
        <source>The clinic&apos;s intake contact</source>
        <translation>Les coordonnées d&apos;accueil de la clinique</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%n therapist(s) will be listed.</source>
        <translation>
            <numerusform>%n thérapeute figurera au répertoire.</numerusform>
            <numerusform>%n thérapeutes figureront au répertoire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asked not to be listed and will not appear.</source>
        <translation>
            <numerusform>%n a demandé à ne pas figurer au répertoire et n&apos;y apparaîtra pas.</numerusform>
            <numerusform>%n ont demandé à ne pas figurer au répertoire et n&apos;y apparaîtront pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chose to show their own phone and email; the others show the clinic&apos;s intake contact. Archived therapists and client records are never published.</source>
        <translation>
            <numerusform>%n a choisi d&apos;afficher ses propres téléphone et courriel&#x202f;; les autres affichent les coordonnées d&apos;accueil de la clinique. Les thérapeutes archivés et les dossiers des clients ne sont jamais publiés.</numerusform>
            <numerusform>%n ont choisi d&apos;afficher leurs propres téléphone et courriel&#x202f;; les autres affichent les coordonnées d&apos;accueil de la clinique. Les thérapeutes archivés et les dossiers des clients ne sont jamais publiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to publish the directory</source>
        <translation>Où publier le répertoire</translation>
    </message>
    <message>
        <source>Writing the website, directory.json and the handout…</source>
        <translation>Écriture du site Web, de directory.json et du feuillet…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication en cours…</translation>
    </message>
    <message>
        <source>Publish the directory</source>
        <translation>Publier le répertoire</translation>
    </message>
    <message>
        <source>Nothing was published; the folder is as it was before.</source>
        <translation>Rien n&apos;a été publié&#x202f;; le dossier est resté tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n therapist(s) to {folder}. Open it in the browser to look, or let the website copy the folder.</source>
        <translation>
            <numerusform>%n thérapeute publié dans {folder}. Ouvrez-le dans le navigateur pour le voir, ou laissez le site Web copier le dossier.</numerusform>
            <numerusform>%n thérapeutes publiés dans {folder}. Ouvrez-le dans le navigateur pour le voir, ou laissez le site Web copier le dossier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>This client may already be on file</source>
        <translation>Ce client est peut-être déjà au dossier</translation>
    </message>
    <message numerus="yes">
        <source>The intake just saved, &lt;b&gt;{name}&lt;/b&gt; ({id}), looks like %n client(s) already on file. If it is the same person, merge the new intake into the existing record: nothing is deleted, and its referrals and history move with it. If they are different people, keep both.</source>
        <translation>
            <numerusform>La demande d&apos;accueil qui vient d&apos;être enregistrée, &lt;b&gt;{name}&lt;/b&gt; ({id}), ressemble à ce client déjà au dossier. S&apos;il s&apos;agit de la même personne, fusionnez la nouvelle demande avec le dossier existant&#xa0;: rien n&apos;est supprimé, et ses aiguillages et son historique suivent. S&apos;il s&apos;agit de personnes différentes, gardez les deux.</numerusform>
            <numerusform>La demande d&apos;accueil qui vient d&apos;être enregistrée, &lt;b&gt;{name}&lt;/b&gt; ({id}), ressemble à ces %n clients déjà au dossier. S&apos;il s&apos;agit de la même personne, fusionnez la nouvelle demande avec le dossier existant&#xa0;: rien n&apos;est supprimé, et ses aiguillages et son historique suivent. S&apos;il s&apos;agit de personnes différentes, gardez les deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <source>Why it looks alike</source>
        <translation>Pourquoi il ressemble</translation>
    </message>
    <message>
        <source>{name}  (new)</source>
        <translation>{name}  (nouveau)</translation>
    </message>
    <message>
        <source>&amp;Merge into the selected record</source>
        <translation>&amp;Fusionner avec le dossier choisi</translation>
    </message>
    <message>
        <source>&amp;Keep both (different people)</source>
        <translation>&amp;Garder les deux (personnes différentes)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Merge the records</source>
        <translation>Fusionner les dossiers</translation>
    </message>
    <message>
        <source>Merge the new intake {new} into {name} ({kept})? {new} will be archived with a note pointing to {kept}; its referrals move over and blank contact details are filled in.</source>
        <translation>Fusionner la nouvelle demande d&apos;accueil {new} avec {name} ({kept})&#x202f;? {new} sera archivée avec une note renvoyant à {kept}&#x202f;; ses aiguillages suivent et les coordonnées manquantes sont complétées.</translation>
    </message>
    <message>
        <source>The records were not merged</source>
        <translation>Les dossiers n&apos;ont pas été fusionnés</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>OPCC Desk: first start</source>
        <translation>OPCC Desk&#xa0;: premier démarrage</translation>
    </message>
    <message>
        <source>Encrypt the database file (recommended for client records)</source>
        <translation>Chiffrer le fichier de la base de données (recommandé pour les dossiers des clients)</translation>
    </message>
    <message>
        <source>Welcome. First, create the administrator account. The administrator adds the other staff accounts later. Keep this password safe: without any account&apos;s password, an encrypted database cannot be opened.</source>
        <translation>Bienvenue. Créez d&apos;abord le compte d&apos;administration. L&apos;administrateur ajoutera ensuite les comptes des autres membres du personnel. Gardez ce mot de passe en lieu sûr&#xa0;: sans le mot de passe d&apos;au moins un compte, une base de données chiffrée ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Admin user name:</source>
        <translation>Nom d&apos;utilisateur de l&apos;administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password (10 or more characters):</source>
        <translation>Mot de passe (10 caractères ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Mot de passe, encore une fois&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Import intake file: {file}</source>
        <translation>Importer un fichier d&apos;accueil&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Intake id</source>
        <translation>Numéro d&apos;accueil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>May already be on file</source>
        <translation>Peut-être déjà au dossier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Keep this mapping and preview</source>
        <translation>&amp;Garder cette correspondance et prévisualiser</translation>
    </message>
    <message>
        <source>&amp;Back to the mapping</source>
        <translation>&amp;Retour à la correspondance</translation>
    </message>
    <message>
        <source>Import intake file: {file}: how to read it</source>
        <translation>Importer un fichier d&apos;accueil&#xa0;: {file}&#xa0;: comment le lire</translation>
    </message>
    <message>
        <source>The mapping was not kept</source>
        <translation>La correspondance n&apos;a pas été gardée</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#a31515&apos;&gt;The file cannot be imported:&lt;/b&gt; {problem}</source>
        <translation>&lt;b style=&apos;color:#a31515&apos;&gt;Le fichier ne peut pas être importé&#xa0;:&lt;/b&gt; {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>%n ligne&#xa0;: {new} nouvelle, {updated} mise à jour, {unchanged} inchangée.</numerusform>
            <numerusform>%n lignes&#xa0;: {new} nouvelles, {updated} mises à jour, {unchanged} inchangées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#a31515&apos;&gt;%n row(s) have problems.&lt;/b&gt; Correct the mapping (Back), or fix them in the file and open it again; nothing is imported until every row is right.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#a31515&apos;&gt;%n ligne a des problèmes.&lt;/b&gt; Corrigez la correspondance (Retour), ou corrigez-la dans le fichier et ouvrez-le de nouveau&#x202f;; rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</numerusform>
            <numerusform>&lt;b style=&apos;color:#a31515&apos;&gt;%n lignes ont des problèmes.&lt;/b&gt; Corrigez la correspondance (Retour), ou corrigez-les dans le fichier et ouvrez-le de nouveau&#x202f;; rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#a31515&apos;&gt;%n row(s) have problems.&lt;/b&gt; Fix them in the file and open it again; nothing is imported until every row is right.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#a31515&apos;&gt;%n ligne a des problèmes.&lt;/b&gt; Corrigez-la dans le fichier et ouvrez-le de nouveau&#x202f;; rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</numerusform>
            <numerusform>&lt;b style=&apos;color:#a31515&apos;&gt;%n lignes ont des problèmes.&lt;/b&gt; Corrigez-les dans le fichier et ouvrez-le de nouveau&#x202f;; rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) may already be on file.&lt;/b&gt; They are imported as new records; check them afterwards (merge or keep both).</source>
        <translation>
            <numerusform>&lt;b&gt;%n ligne est peut-être déjà au dossier.&lt;/b&gt; Elle est importée comme nouveau dossier&#x202f;; vérifiez-la ensuite (fusionner ou garder les deux).</numerusform>
            <numerusform>&lt;b&gt;%n lignes sont peut-être déjà au dossier.&lt;/b&gt; Elles sont importées comme nouveaux dossiers&#x202f;; vérifiez-les ensuite (fusionner ou garder les deux).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Intake file imported</source>
        <translation>Fichier d&apos;accueil importé</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Nouveaux&#xa0;: {new}, mis à jour&#xa0;: {updated}, inchangés&#xa0;: {unchanged}.</translation>
    </message>
</context>
<context>
    <name>KeyPicker</name>
    <message>
        <source>Type to filter the list…</source>
        <translation>Tapez pour filtrer la liste…</translation>
    </message>
    <message>
        <source>Filter {list}</source>
        <translation>Filtrer la liste {list}</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucun choix</translation>
    </message>
    <message>
        <source>Chosen ({count}): {labels}</source>
        <translation>Choix ({count})&#xa0;: {labels}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>The choice could not be saved ({error}). Check the folder {folder}.</source>
        <translation>Le choix n&apos;a pas pu être enregistré ({error}). Vérifiez le dossier {folder}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>OPCC Desk: sign in</source>
        <translation>OPCC Desk&#xa0;: connexion</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Client records are private. Sign in to open {where}.</source>
        <translation>Les dossiers des clients sont confidentiels. Connectez-vous pour ouvrir {where}.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>OPCC Desk: unexpected problem</source>
        <translation>OPCC Desk&#xa0;: problème inattendu</translation>
    </message>
    <message>
        <source>Something went wrong inside OPCC Desk. Your saved work is safe.
Please copy the report below and send it to your IT helper.</source>
        <translation>Un problème est survenu dans OPCC Desk. Votre travail enregistré est en sécurité.
Veuillez copier le rapport ci-dessous et l&apos;envoyer à votre soutien informatique.</translation>
    </message>
    <message>
        <source>OPCC Desk cannot open its database</source>
        <translation>OPCC Desk ne peut pas ouvrir sa base de données</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>Lan&amp;gue…</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Therapists</source>
        <translation>&amp;Thérapeutes</translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation>A&amp;iguillages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Therap&amp;ists</source>
        <translation>Thérap&amp;eutes</translation>
    </message>
    <message>
        <source>R&amp;eferrals</source>
        <translation>Aiguilla&amp;ges</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Name of the mapping</source>
        <translation>Nom de la correspondance</translation>
    </message>
    <message>
        <source>The mapping is kept under this name and offered for the next export</source>
        <translation>La correspondance est gardée sous ce nom et proposée pour la prochaine exportation</translation>
    </message>
    <message>
        <source>This file is not in the desk&apos;s own columns, so it is read through a mapping. Check each line: the client column each question fills, and what each answer means. Lines in red could not be read; correct them before going on.</source>
        <translation>Ce fichier n&apos;est pas dans les colonnes du poste d&apos;accueil&#xa0;: il est donc lu au moyen d&apos;une correspondance. Vérifiez chaque ligne&#xa0;: la colonne client que remplit chaque question, et ce que veut dire chaque réponse. Les lignes en rouge n&apos;ont pas pu être lues&#x202f;; corrigez-les avant de continuer.</translation>
    </message>
    <message>
        <source>Question in the export</source>
        <translation>Question dans l&apos;exportation</translation>
    </message>
    <message>
        <source>Client column</source>
        <translation>Colonne client</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Questions and the client columns they fill</source>
        <translation>Questions et colonnes client qu&apos;elles remplissent</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Client column for: %1</source>
        <translation>Colonne client pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer in the export</source>
        <translation>Réponse dans l&apos;exportation</translation>
    </message>
    <message>
        <source>Desk value</source>
        <translation>Valeur au poste</translation>
    </message>
    <message>
        <source>Answers and the desk values they become</source>
        <translation>Réponses et valeurs qu&apos;elles deviennent au poste</translation>
    </message>
    <message>
        <source>&amp;Mapping name:</source>
        <translation>Nom de la &amp;correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions&lt;/b&gt;, beside the first rows</source>
        <translation>&lt;b&gt;Questions&lt;/b&gt;, à côté des premières lignes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answers&lt;/b&gt;: type the desk&apos;s value (several with &apos;;&apos; between them), or — to leave the answer out</source>
        <translation>&lt;b&gt;Réponses&lt;/b&gt;&#xa0;: tapez la valeur du poste (plusieurs séparées par «&#xa0;;&#xa0;»), ou — pour laisser la réponse de côté</translation>
    </message>
    <message>
        <source>Not recognised: type the desk&apos;s value, or — to leave it out</source>
        <translation>Non reconnue&#xa0;: tapez la valeur du poste, ou — pour la laisser de côté</translation>
    </message>
    <message>
        <source>%1 of %2 questions go to client columns; %3 ignored.</source>
        <translation>%1 questions sur %2 vont dans des colonnes client&#x202f;; %3 ignorées.</translation>
    </message>
    <message>
        <source>%1 answer(s) could not be read:</source>
        <translation>Réponses illisibles (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Every answer has a desk value.</source>
        <translation>Chaque réponse a une valeur au poste.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working…</source>
        <translation>Travail en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Opening the clinic&apos;s records…</source>
        <translation>Ouverture des dossiers de la clinique…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Updating the clinic&apos;s database for this version of OPCC Desk.
This happens once and can take a minute on a large clinic. Please do not close the program.</source>
        <translation>Mise à jour de la base de données de la clinique pour cette version d&apos;OPCC Desk.
Cela ne se fait qu&apos;une fois et peut prendre une minute dans une grande clinique. Veuillez ne pas fermer le programme.</translation>
    </message>
    <message>
        <source>Updating the database…</source>
        <translation>Mise à jour de la base de données…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>OPCC Desk is locked</source>
        <translation>OPCC Desk est verrouillé</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>The window was locked because nobody used it for a while. Your unsaved work is kept. Type the password of {user} to go on.</source>
        <translation>La fenêtre a été verrouillée parce que personne ne l&apos;a utilisée depuis un moment. Votre travail non enregistré est conservé. Tapez le mot de passe de {user} pour continuer.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
    <message>
        <source>&amp;Remove selected…</source>
        <translation>&amp;Retirer le compte choisi…</translation>
    </message>
    <message>
        <source>New user name:</source>
        <translation>Nouveau nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Password (10 or more characters):</source>
        <translation>Mot de passe (10 caractères ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Mot de passe, encore une fois&#xa0;:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Verrouillé jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Remove an account</source>
        <translation>Retirer un compte</translation>
    </message>
    <message>
        <source>Remove the account &apos;{name}&apos;? They can no longer sign in; what they did stays in the audit log.</source>
        <translation>Retirer le compte «&#xa0;{name}&#xa0;»&#x202f;? Cette personne ne pourra plus se connecter&#x202f;; ce qu&apos;elle a fait reste dans le journal d&apos;audit.</translation>
    </message>
</context>
</TS>
