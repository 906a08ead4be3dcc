<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>Access</name>
    <message>
        <source>reception</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>director</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>therapists</source>
        <translation>thérapeutes</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>aiguillages</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>lettres</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportation</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>rapports</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>journal d&apos;audit</translation>
    </message>
    <message>
        <source>users</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>over_capacity</source>
        <translation>aiguillage au-delà de la capacité</translation>
    </message>
    <message>
        <source>mail_server</source>
        <translation>serveur de courriel</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({permission}); it needs a reception account.</source>
        <translation>Votre rôle ({role}) ne permet pas cette action ({permission})&#x202f;; elle exige un compte d&apos;accueil.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({permission}); it needs a director account.</source>
        <translation>Votre rôle ({role}) ne permet pas cette action ({permission})&#x202f;; elle exige un compte de direction.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this ({permission}); it needs an admin account.</source>
        <translation>Votre rôle ({role}) ne permet pas cette action ({permission})&#x202f;; elle exige un compte administrateur.</translation>
    </message>
</context>
<context>
    <name>AccessReport</name>
    <message>
        <source>There is no client with intake id &apos;{client}&apos;.</source>
        <translation>Aucun client ne porte le numéro de demande d&apos;accueil «&#xa0;{client}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Cannot use that: use at least {count} characters.</source>
        <translation>Impossible d&apos;utiliser ce choix&#xa0;: utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Cannot use that: the password must not be the user name.</source>
        <translation>Impossible d&apos;utiliser ce choix&#xa0;: le mot de passe ne doit pas être le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Cannot use that: use more different characters.</source>
        <translation>Impossible d&apos;utiliser ce choix&#xa0;: utilisez des caractères plus variés.</translation>
    </message>
    <message>
        <source>Cannot use that: a user name has 2 to 40 characters.</source>
        <translation>Impossible d&apos;utiliser ce choix&#xa0;: un nom d&apos;utilisateur compte de 2 à 40 caractères.</translation>
    </message>
    <message>
        <source>Cannot use that: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only.</source>
        <translation>Impossible d&apos;utiliser ce choix&#xa0;: utilisez seulement des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot sign in: the user name or password is wrong.</source>
        <translation>Connexion impossible&#xa0;: le nom d&apos;utilisateur ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>Cannot sign in: the account is locked after repeated wrong passwords until {time}. Try again then, or ask an admin.</source>
        <translation>Connexion impossible&#xa0;: le compte est verrouillé jusqu&apos;à {time} après plusieurs mots de passe erronés. Réessayez à ce moment-là ou adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>This database already has accounts; sign in as an admin instead.</source>
        <translation>Cette base de données a déjà des comptes&#x202f;; connectez-vous plutôt avec un compte administrateur.</translation>
    </message>
    <message>
        <source>There is already a user named &apos;{name}&apos;.</source>
        <translation>Il existe déjà un utilisateur nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>You cannot remove your own account; ask another admin.</source>
        <translation>Vous ne pouvez pas retirer votre propre compte&#x202f;; demandez-le à un autre administrateur.</translation>
    </message>
    <message>
        <source>There is no user named &apos;{name}&apos;.</source>
        <translation>Il n&apos;y a aucun utilisateur nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no active user named &apos;{name}&apos;.</source>
        <translation>Il n&apos;y a aucun utilisateur actif nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in before changing a password.</source>
        <translation>Connectez-vous avant de changer un mot de passe.</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>Le mot de passe actuel est erroné&#x202f;; rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>To change your own password, give your current one (leave out the name).</source>
        <translation>Pour changer votre propre mot de passe, indiquez votre mot de passe actuel (sans nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Sign in with the database key before setting a password.</source>
        <translation>Connectez-vous avec la clé de la base de données avant de définir un mot de passe.</translation>
    </message>
    <message>
        <source>Cannot sign in: {reason}.</source>
        <translation>Connexion impossible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot sign in: the database&apos;s key was being changed when the program stopped, and this account cannot open the new key; &apos;{name}&apos; must sign in once to finish it.</source>
        <translation>Connexion impossible&#xa0;: la clé de la base de données était en cours de changement quand le programme s&apos;est arrêté, et ce compte ne peut pas ouvrir la nouvelle clé&#x202f;; «&#xa0;{name}&#xa0;» doit se connecter une fois pour terminer le changement.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>The audit log is busy at another desk; try the action again.</source>
        <translation>Le journal d&apos;audit est occupé à un autre poste&#x202f;; refaites l&apos;action.</translation>
    </message>
    <message>
        <source>the seal file {file} cannot be read ({error})</source>
        <translation>le fichier de scellement {file} ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>the seal file {file} is damaged or is not one OPCC Desk wrote</source>
        <translation>le fichier de scellement {file} est endommagé ou n&apos;a pas été écrit par OPCC Desk</translation>
    </message>
    <message>
        <source>Your account does not hold the audit key; a director or admin must seal.</source>
        <translation>Votre compte ne détient pas la clé d&apos;audit&#x202f;; le scellement doit être fait par un compte de direction ou administrateur.</translation>
    </message>
    <message>
        <source>{at}, {action} by {user}</source>
        <translation>{at}, {action} par {user}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>entry {id} ({when}) does not match the chain: it was changed, or an entry before it was removed</source>
        <translation>l&apos;entrée {id} ({when}) ne correspond pas à la chaîne&#xa0;: elle a été modifiée, ou une entrée précédente a été supprimée</translation>
    </message>
    <message>
        <source>the log ends after {count} entries but {written} were written: entries at its end were removed</source>
        <translation>le journal s&apos;arrête après {count} entrées, mais {written} ont été écrites&#xa0;: des entrées ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>the log ends after {count} entries, but {sealed} were sealed on {at} by {user}: entries at its end were removed</source>
        <translation>le journal s&apos;arrête après {count} entrées, mais {sealed} ont été scellées le {at} par {user}&#xa0;: des entrées ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>{sealed} entries were sealed on {at} by {user}, ending with entry {last}, and the log no longer holds them as sealed: entries at its end were removed, or entries up to entry {id} were changed and the chain recomputed</source>
        <translation>{sealed} entrées ont été scellées le {at} par {user}, jusqu&apos;à l&apos;entrée {last}, et le journal ne les contient plus telles qu&apos;elles ont été scellées&#xa0;: des entrées ont été supprimées à la fin, ou des entrées jusqu&apos;à l&apos;entrée {id} ont été modifiées et la chaîne recalculée</translation>
    </message>
    <message>
        <source>entry {id} ({when}) is a seal that says nothing: it was changed</source>
        <translation>l&apos;entrée {id} ({when}) est un scellement vide&#xa0;: elle a été modifiée</translation>
    </message>
    <message>
        <source>entry {id} ({when}) was sealed with another audit key than the one your account holds: the key copies were replaced</source>
        <translation>l&apos;entrée {id} ({when}) a été scellée avec une autre clé d&apos;audit que celle de votre compte&#xa0;: les copies de la clé ont été remplacées</translation>
    </message>
    <message>
        <source>the seal in entry {id} ({when}) does not match the entries before it: they were changed and the chain recomputed, or entries were removed</source>
        <translation>le scellement de l&apos;entrée {id} ({when}) ne correspond pas aux entrées qui la précèdent&#xa0;: elles ont été modifiées et la chaîne recalculée, ou des entrées ont été supprimées</translation>
    </message>
    <message>
        <source>the seal file {file} was not made with the audit key: it was replaced or edited</source>
        <translation>le fichier de scellement {file} n&apos;a pas été fait avec la clé d&apos;audit&#xa0;: il a été remplacé ou modifié</translation>
    </message>
    <message>
        <source>the seal file {file} beside the database is missing, so entries cut from the end of the log would not show. If the database was moved or copied without it, a director or admin can run &apos;opcc-desk audit seal&apos; to seal the log as it is now</source>
        <translation>le fichier de scellement {file} manque à côté de la base de données&#x202f;; des entrées retranchées à la fin du journal ne se verraient donc pas. Si la base de données a été déplacée ou copiée sans ce fichier, un compte de direction ou administrateur peut lancer «&#xa0;opcc-desk audit seal&#xa0;» pour sceller le journal tel qu&apos;il est maintenant</translation>
    </message>
    <message>
        <source>the log no longer holds the entries sealed on {at} by {user}: entries were removed or rewritten</source>
        <translation>le journal ne contient plus les entrées scellées le {at} par {user}&#xa0;: des entrées ont été supprimées ou réécrites</translation>
    </message>
    <message>
        <source>Your account does not hold the audit key, so it cannot give the {role} role; ask an admin who holds it.</source>
        <translation>Votre compte ne détient pas la clé d&apos;audit et ne peut donc pas attribuer le rôle {role}&#x202f;; adressez-vous à un administrateur qui la détient.</translation>
    </message>
</context>
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
        <translation>Nature</translation>
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
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
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
    <name>Backup</name>
    <message>
        <source>the file does not open as an OPCC Desk database ({kind}); it may be damaged, cut short, or made with another key</source>
        <translation>le fichier ne s&apos;ouvre pas comme une base de données OPCC Desk ({kind})&#x202f;; il est peut-être endommagé, incomplet ou fait avec une autre clé</translation>
    </message>
    <message>
        <source>the database check failed ({result})</source>
        <translation>la vérification de la base de données a échoué ({result})</translation>
    </message>
    <message>
        <source>row counts differ from the live database in {tables}</source>
        <translation>le nombre de lignes diffère de celui de la base de données en service dans {tables}</translation>
    </message>
    <message>
        <source>this command backs up the embedded database; for a PostgreSQL server use pg_dump (see the README&apos;s section for the IT helper)</source>
        <translation>cette commande sauvegarde la base de données intégrée&#x202f;; pour un serveur PostgreSQL, utilisez pg_dump (voir la section du README destinée au soutien informatique)</translation>
    </message>
    <message>
        <source>{target}: cannot write the backup ({reason})</source>
        <translation>{target}&#xa0;: impossible d&apos;écrire la sauvegarde ({reason})</translation>
    </message>
    <message>
        <source>the backup does not open with this user name and password: it was made when your password may have been different; use the password you had then</source>
        <translation>la sauvegarde ne s&apos;ouvre pas avec ce nom d&apos;utilisateur et ce mot de passe&#xa0;: elle a été faite à une époque où votre mot de passe était peut-être différent&#x202f;; utilisez le mot de passe que vous aviez alors</translation>
    </message>
    <message>
        <source>{name} is not encrypted but the live database is; restoring it would leave the clinic&apos;s records unprotected. Use an encrypted backup</source>
        <translation>{name} n&apos;est pas chiffrée, alors que la base de données en service l&apos;est&#x202f;; la restaurer laisserait les dossiers de la clinique sans protection. Utilisez une sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>{database} already holds a database; sign in to it to restore over it, or name a new place with --db</source>
        <translation>{database} contient déjà une base de données&#x202f;; connectez-vous à celle-ci pour restaurer par-dessus, ou indiquez un autre emplacement avec --db</translation>
    </message>
    <message>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}&#xa0;: impossible de créer le dossier ({reason})</translation>
    </message>
    <message>
        <source>{source}: there is no such file</source>
        <translation>{source}&#xa0;: ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>{key_file}: {problem}</source>
        <translation>{key_file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>this backup has staff accounts: sign in with --user NAME</source>
        <translation>cette sauvegarde contient des comptes du personnel&#xa0;: connectez-vous avec --user NOM</translation>
    </message>
    <message>
        <source>{name} is encrypted but its key file {key_file} is not beside it; copy the key file made with the backup into the same folder</source>
        <translation>{name} est chiffrée, mais son fichier de clés {key_file} n&apos;est pas à côté&#x202f;; copiez dans le même dossier le fichier de clés fait avec la sauvegarde</translation>
    </message>
    <message>
        <source>the file is an SQLite database but not an OPCC Desk backup</source>
        <translation>le fichier est une base de données SQLite, mais pas une sauvegarde d&apos;OPCC Desk</translation>
    </message>
    <message>
        <source>the backup has no active account named &apos;{username}&apos;; an admin of that time must restore it</source>
        <translation>la sauvegarde ne contient aucun compte actif nommé «&#xa0;{username}&#xa0;»&#x202f;; un administrateur de cette époque doit la restaurer</translation>
    </message>
    <message>
        <source>in this backup &apos;{username}&apos; is a reception account; an admin of that time must restore it</source>
        <translation>dans cette sauvegarde, «&#xa0;{username}&#xa0;» est un compte d&apos;accueil&#x202f;; un administrateur de cette époque doit la restaurer</translation>
    </message>
    <message>
        <source>in this backup &apos;{username}&apos; is a director account; an admin of that time must restore it</source>
        <translation>dans cette sauvegarde, «&#xa0;{username}&#xa0;» est un compte de direction&#x202f;; un administrateur de cette époque doit la restaurer</translation>
    </message>
    <message>
        <source>nothing was restored: {reason}</source>
        <translation>rien n&apos;a été restauré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{live}: cannot write the restored database ({reason})</source>
        <translation>{live}&#xa0;: impossible d&apos;écrire la base de données restaurée ({reason})</translation>
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
    <name>Choices</name>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Nonbinary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Couple</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Child (under 13)</source>
        <translation>Enfant (moins de 13 ans)</translation>
    </message>
    <message>
        <source>Teen (13–17)</source>
        <translation>Adolescent (13 à 17 ans)</translation>
    </message>
    <message>
        <source>Adult (18–64)</source>
        <translation>Adulte (18 à 64 ans)</translation>
    </message>
    <message>
        <source>Senior (65 and over)</source>
        <translation>Aîné (65 ans et plus)</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>teen</source>
        <translation>adolescent</translation>
    </message>
    <message>
        <source>adult</source>
        <translation>adulte</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>aîné</translation>
    </message>
    <message>
        <source>In person or virtual</source>
        <translation>En personne ou en ligne</translation>
    </message>
    <message>
        <source>In person only</source>
        <translation>En personne seulement</translation>
    </message>
    <message>
        <source>Virtual only</source>
        <translation>En ligne seulement</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>Adolescent</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Aîné</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Senior therapist</source>
        <translation>Thérapeute principal</translation>
    </message>
    <message>
        <source>Associate (supervised, lower cost)</source>
        <translation>Associé (supervisé, coût moindre)</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Intake id</source>
        <translation>N° de demande d&apos;accueil</translation>
    </message>
    <message>
        <source>e.g. C-104</source>
        <translation>p. ex. C-104</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Today, when saved</source>
        <translation>Aujourd&apos;hui, à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>If not the first name</source>
        <translation>S&apos;il diffère du prénom</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>p. ex. elle, iel</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <source>From date of birth</source>
        <translation>Selon la date de naissance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Give an email, a phone number, or both.</source>
        <translation>Indiquez un courriel, un numéro de téléphone, ou les deux.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>name@example.ca</source>
        <translation>nom@exemple.ca</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>For mailed letters</source>
        <translation>Pour les lettres envoyées par la poste</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>M5V 2T6</source>
        <translation>K1N 6N5</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>The client agrees to be contacted</source>
        <translation>Le client accepte d&apos;être contacté</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Consentement au courriel</translation>
    </message>
    <message>
        <source>Agrees to receive health information by email</source>
        <translation>Accepte de recevoir des renseignements de santé par courriel</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Motifs de consultation</translation>
    </message>
    <message>
        <source>Preferred approach (if any)</source>
        <translation>Approche souhaitée (s&apos;il y a lieu)</translation>
    </message>
    <message>
        <source>Therapist gender</source>
        <translation>Genre du thérapeute</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Aucune préférence</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City, for in-person sessions</source>
        <translation>Ville, pour les séances en personne</translation>
    </message>
    <message>
        <source>Most they can pay</source>
        <translation>Montant maximal</translation>
    </message>
    <message>
        <source>e.g. 90</source>
        <translation>p. ex. 90</translation>
    </message>
    <message>
        <source>per session</source>
        <translation>par séance</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>When the client can attend. Click a day or a time of day to tick the whole line.</source>
        <translation>Quand le client peut venir. Cliquez sur un jour ou un moment de la journée pour cocher toute la ligne.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything the matching or the therapist should know</source>
        <translation>Ce que le jumelage ou le thérapeute devrait savoir</translation>
    </message>
    <message>
        <source>is required; type or pick a language from the list</source>
        <translation>est obligatoire&#x202f;; tapez ou choisissez une langue dans la liste</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not in the list of languages; type or pick one from the list</source>
        <translation>«&#xa0;{typed}&#xa0;» n&apos;est pas dans la liste des langues&#x202f;; tapez ou choisissez-en une dans la liste</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>From date of birth ({group})</source>
        <translation>Selon la date de naissance ({group})</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open the intake form to change the record</source>
        <translation>Ouvrir la demande d&apos;accueil pour modifier le dossier</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Ajouter un &amp;contact…</translation>
    </message>
    <message>
        <source>Log a call, voicemail, email, text or visit with this client</source>
        <translation>Consigner un appel, un message vocal, un courriel, un texto ou une visite avec ce client</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>The client&apos;s referrals</source>
        <translation>Les aiguillages du client</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Steps of the chosen referral</source>
        <translation>Étapes de l&apos;aiguillage choisi</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Stored letters of the chosen referral</source>
        <translation>Lettres conservées de l&apos;aiguillage choisi</translation>
    </message>
    <message>
        <source>&amp;Open letter…</source>
        <translation>&amp;Ouvrir la lettre…</translation>
    </message>
    <message>
        <source>Show the chosen letter exactly as it was made, to print or save it again</source>
        <translation>Afficher la lettre choisie telle qu&apos;elle a été faite, pour l&apos;imprimer ou l&apos;enregistrer de nouveau</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation>Qui a pris contact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Aiguillage</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Correc&amp;t…</source>
        <translation>Co&amp;rriger…</translation>
    </message>
    <message>
        <source>Correct the chosen entry; what it said before is kept in its history</source>
        <translation>Corriger l&apos;entrée choisie&#x202f;; ce qu&apos;elle disait avant est gardé dans son historique</translation>
    </message>
    <message>
        <source>&amp;Strike out…</source>
        <translation>&amp;Barrer…</translation>
    </message>
    <message>
        <source>Mark the chosen entry as a mistake; it stays in the log, struck out</source>
        <translation>Marquer l&apos;entrée choisie comme une erreur&#x202f;; elle reste au journal, barrée</translation>
    </message>
    <message>
        <source>A contact never moves a referral: when the client has reached the therapist, move the referral on the Referrals tab.</source>
        <translation>Un contact ne fait jamais avancer un aiguillage&#xa0;: quand le client a joint le thérapeute, faites avancer l&apos;aiguillage dans l&apos;onglet Aiguillages.</translation>
    </message>
    <message>
        <source>Client {name} ({id})</source>
        <translation>Client {name} ({id})</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Referrals (%n)</source>
        <translation>
            <numerusform>&amp;Aiguillages (%n)</numerusform>
            <numerusform>&amp;Aiguillages (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact &amp;log (%n)</source>
        <translation>
            <numerusform>&amp;Journal des contacts (%n)</numerusform>
            <numerusform>&amp;Journal des contacts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waiting list (waiting)</source>
        <translation>&amp;Liste d&apos;attente (en attente)</translation>
    </message>
    <message>
        <source>&amp;Waiting list</source>
        <translation>&amp;Liste d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>Lin&amp;ked records (%n)</source>
        <translation>
            <numerusform>Dossiers li&amp;és (%n)</numerusform>
            <numerusform>Dossiers li&amp;és (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the client&apos;s page</source>
        <translation>Impossible de lire la page du client</translation>
    </message>
    <message>
        <source>Intake id {id}</source>
        <translation>Demande d&apos;accueil {id}</translation>
    </message>
    <message>
        <source>goes by {name}</source>
        <translation>se fait appeler {name}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Groupe d&apos;âge</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Motifs de consultation</translation>
    </message>
    <message>
        <source>Approaches asked for</source>
        <translation>Approches souhaitées</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Therapist gender</source>
        <translation>Genre du thérapeute</translation>
    </message>
    <message>
        <source>Highest fee</source>
        <translation>Tarif maximal</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Consentement à être contacté</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}&#xa0;:</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>Aucun aiguillage pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Referral {number} to {therapist}: {status}</source>
        <translation>Aiguillage {number} vers {therapist}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Created ({status})</source>
        <translation>Créé ({status})</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>Struck out ({reason}) {note}</source>
        <translation>Barrée ({reason}) {note}</translation>
    </message>
    <message>
        <source>{note} (corrected)</source>
        <translation>{note} (corrigée)</translation>
    </message>
    <message>
        <source>Not on the waiting list, now or before.</source>
        <translation>N&apos;est pas et n&apos;a jamais été sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting since {since}&lt;/b&gt;, {priority} priority (added by {who}).</source>
        <translation>&lt;b&gt;En attente depuis le {since}&lt;/b&gt;, priorité {priority} (inscrit par {who}).</translation>
    </message>
    <message>
        <source>Waited from {since} until {closed}, {priority} priority: {reason}.</source>
        <translation>En attente du {since} au {closed}, priorité {priority}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>No other record was merged into this one.</source>
        <translation>Aucun autre dossier n&apos;a été fusionné avec celui-ci.</translation>
    </message>
    <message>
        <source>{name} ({id}) was merged into this record on {day} by {who}.</source>
        <translation>{name} ({id}) a été fusionné avec ce dossier le {day} par {who}.</translation>
    </message>
    <message>
        <source>This record was merged into {name} ({id}) on {day} by {who}.</source>
        <translation>Ce dossier a été fusionné avec {name} ({id}) le {day} par {who}.</translation>
    </message>
    <message>
        <source>{name} ({id}) looked alike and was kept apart on {day} by {who}: not the same person.</source>
        <translation>{name} ({id}) se ressemblaient et ont été gardés séparés le {day} par {who}&#xa0;: ce n&apos;est pas la même personne.</translation>
    </message>
    <message>
        <source>{number}: {therapist} ({status})</source>
        <translation>{number}&#xa0;: {therapist} ({status})</translation>
    </message>
    <message>
        <source>Strike out a contact entry</source>
        <translation>Barrer une entrée du journal des contacts</translation>
    </message>
    <message>
        <source>Why is the entry of {when} a mistake? It stays in the log, struck out.</source>
        <translation>Pourquoi l&apos;entrée du {when} est-elle une erreur&#x202f;? Elle reste au journal, barrée.</translation>
    </message>
    <message>
        <source>The entry was not struck out</source>
        <translation>L&apos;entrée n&apos;a pas été barrée</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Intake id</source>
        <translation>Nº d&apos;accueil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Goes by</source>
        <translation>Se fait appeler</translation>
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
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date d&apos;accueil</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Aiguillages en cours</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Name, email, phone or intake id</source>
        <translation>Nom, courriel, téléphone ou nº d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Add client…</source>
        <translation>Ajo&amp;uter un client…</translation>
    </message>
    <message>
        <source>Could not load clients</source>
        <translation>Impossible de charger les clients</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archiver le client</translation>
    </message>
    <message>
        <source>Archive client {id}? It will be hidden from the list and from matching. Nothing is deleted: tick &apos;Show archived&apos; to find it and restore it.</source>
        <translation>Archiver le client {id}&#x202f;? Il sera masqué de la liste et du jumelage. Rien n&apos;est supprimé&#xa0;: cochez «&#xa0;Afficher les archivés&#xa0;» pour le retrouver et le restaurer.</translation>
    </message>
    <message>
        <source>Could not archive the client</source>
        <translation>Impossible d&apos;archiver le client</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Find &amp;matches…</source>
        <translation>Trouver des &amp;jumelages…</translation>
    </message>
    <message>
        <source>Rank the therapists who can take the selected client</source>
        <translation>Classer les thérapeutes qui peuvent recevoir le client choisi</translation>
    </message>
    <message>
        <source>Put on &amp;waitlist…</source>
        <translation>Mettre en liste d&apos;atte&amp;nte…</translation>
    </message>
    <message>
        <source>Keep the selected client waiting until a suitable therapist has room</source>
        <translation>Garder le client choisi en attente jusqu&apos;à ce qu&apos;un thérapeute qui lui convient ait de la place</translation>
    </message>
</context>
<context>
    <name>ClinicDetails</name>
    <message>
        <source>The logo file is larger than 2 MB; choose a smaller picture.</source>
        <translation>Le fichier du logo dépasse 2 Mo&#x202f;; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>The logo is not a picture that can be printed; choose a PNG or JPEG file.</source>
        <translation>Le logo n&apos;est pas une image qui peut être imprimée&#x202f;; choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The logo is too small to print (under 16 pixels on a side); choose a larger picture, ideally 300 pixels wide or more.</source>
        <translation>Le logo est trop petit pour être imprimé (moins de 16 pixels de côté)&#x202f;; choisissez une image plus grande, idéalement d&apos;au moins 300 pixels de largeur.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name; it heads every letter.</source>
        <translation>Indiquez le nom du centre&#x202f;; il figure en tête de chaque lettre.</translation>
    </message>
    <message>
        <source>The email {problem}.</source>
        <translation>Le courriel {problem}.</translation>
    </message>
    <message>
        <source>The phone {problem}.</source>
        <translation>Le téléphone {problem}.</translation>
    </message>
    <message>
        <source>The postal code {problem}.</source>
        <translation>Le code postal {problem}.</translation>
    </message>
    <message>
        <source>&apos;{province}&apos; is not a province; write its two letters, such as ON or QC.</source>
        <translation>«&#xa0;{province}&#xa0;» n&apos;est pas une province&#x202f;; inscrivez ses deux lettres, par exemple ON ou QC.</translation>
    </message>
    <message>
        <source>The letter form is &apos;full&apos; or &apos;short&apos;.</source>
        <translation>La forme de la lettre est «&#xa0;full&#xa0;» (complète) ou «&#xa0;short&#xa0;» (courte).</translation>
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
    <name>Consent</name>
    <message>
        <source>Client {client} has not agreed to be contacted, so no referral was made: record the client&apos;s consent on their intake form first.</source>
        <translation>Le client {client} n&apos;a pas accepté d&apos;être joint&#x202f;; aucun aiguillage n&apos;a donc été fait&#xa0;: inscrivez d&apos;abord son consentement dans sa demande d&apos;accueil.</translation>
    </message>
    <message>
        <source>Client {client} has not agreed to be contacted, so no letter was made: record the client&apos;s consent on their intake form first.</source>
        <translation>Le client {client} n&apos;a pas accepté d&apos;être joint&#x202f;; aucune lettre n&apos;a donc été faite&#xa0;: inscrivez d&apos;abord son consentement dans sa demande d&apos;accueil.</translation>
    </message>
    <message>
        <source>Client {client} was not saved: &apos;Consent&apos; (consent_to_contact) is not ticked; tick it once the client has agreed to be contacted; without it nothing is saved.</source>
        <translation>Le client {client} n&apos;a pas été enregistré&#xa0;: la case «&#xa0;Consentement&#xa0;» (consent_to_contact) n&apos;est pas cochée. Cochez-la une fois que le client a accepté d&apos;être joint&#x202f;; sans elle, rien n&apos;est enregistré.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Clients without consent</source>
        <translation>Clients sans consentement</translation>
    </message>
    <message>
        <source>Clients without consent to be contacted</source>
        <translation>Clients sans consentement à être joints</translation>
    </message>
    <message>
        <source>&amp;Open intake form…</source>
        <translation>&amp;Ouvrir la demande d&apos;accueil…</translation>
    </message>
    <message>
        <source>Tick Consent on the form once the client has agreed to be contacted</source>
        <translation>Cochez Consentement dans le formulaire une fois que le client a accepté d&apos;être joint</translation>
    </message>
    <message>
        <source>Could not list the clients</source>
        <translation>Impossible d&apos;afficher la liste des clients</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have not agreed to be contacted: they get no referral and no letter. Ask them, then record the consent on their intake form.</source>
        <translation>
            <numerusform>%n client n&apos;a pas accepté d&apos;être joint&#xa0;: aucun aiguillage ni aucune lettre. Demandez-lui, puis inscrivez le consentement dans sa demande d&apos;accueil.</numerusform>
            <numerusform>%n clients n&apos;ont pas accepté d&apos;être joints&#xa0;: aucun aiguillage ni aucune lettre. Demandez-leur, puis inscrivez le consentement dans leur demande d&apos;accueil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every client has agreed to be contacted.</source>
        <translation>Tous les clients ont accepté d&apos;être joints.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a contact: client {id}</source>
        <translation>Ajouter un contact&#xa0;: client {id}</translation>
    </message>
    <message>
        <source>Correct contact entry {number}</source>
        <translation>Corriger l&apos;entrée de contact {number}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>None in particular</source>
        <translation>Aucun en particulier</translation>
    </message>
    <message>
        <source>What was said or agreed, in a few words (no more than {limit} characters)</source>
        <translation>Ce qui a été dit ou convenu, en quelques mots ({limit} caractères au plus)</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Direction of the contact</source>
        <translation>Sens du contact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand il a eu lieu</translation>
    </message>
    <message>
        <source>Referral it was about</source>
        <translation>Aiguillage concerné</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Aiguillage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>{used} of {limit} characters</source>
        <translation>{used} caractères sur {limit}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Nothing was saved. Please fix:</source>
        <translation>Rien n&apos;a été enregistré. Veuillez corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>is required; choose one from the list</source>
        <translation>est obligatoire&#x202f;; choisissez une valeur dans la liste</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Desk to client</source>
        <translation>De l&apos;accueil au client</translation>
    </message>
    <message>
        <source>Client to desk</source>
        <translation>Du client à l&apos;accueil</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Wrong number or address</source>
        <translation>Mauvais numéro ou adresse</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Non distribué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction of the contact</source>
        <translation>Sens du contact</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>About referral</source>
        <translation>Aiguillage concerné</translation>
    </message>
    <message>
        <source>The contact was not saved: {problems}.</source>
        <translation>Le contact n&apos;a pas été enregistré&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>Client {client} is archived; restore the record first.</source>
        <translation>Le dossier du client {client} est archivé&#x202f;; restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no contact entry {id}.</source>
        <translation>Il n&apos;y a aucune entrée de contact {id}.</translation>
    </message>
    <message>
        <source>Someone else changed contact entry {id} after you opened it; nothing was saved. Open the client&apos;s page again and redo your change.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié l&apos;entrée de contact {id} après que vous l&apos;avez ouverte&#x202f;; rien n&apos;a été enregistré. Rouvrez la page du client et refaites votre modification.</translation>
    </message>
    <message>
        <source>Contact entry {id} is struck out; log a new contact instead.</source>
        <translation>L&apos;entrée de contact {id} est barrée&#x202f;; inscrivez plutôt un nouveau contact.</translation>
    </message>
    <message>
        <source>Contact entry {id} is struck out already.</source>
        <translation>L&apos;entrée de contact {id} est déjà barrée.</translation>
    </message>
    <message>
        <source>there is no referral {id}</source>
        <translation>il n&apos;y a aucun aiguillage nº {id}</translation>
    </message>
    <message>
        <source>referral {id} is not one of client {client}&apos;s; choose one of theirs or none</source>
        <translation>l&apos;aiguillage {id} n&apos;est pas un des aiguillages du client {client}&#x202f;; choisissez-en un des siens ou aucun</translation>
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
    <name>Database</name>
    <message>
        <source>Someone at another desk changed this record at the same moment; nothing was saved. Open it again and redo the change.</source>
        <translation>Quelqu&apos;un à un autre poste a modifié ce dossier au même moment&#x202f;; rien n&apos;a été enregistré. Rouvrez-le et refaites la modification.</translation>
    </message>
    <message>
        <source>The database is busy at another desk; wait a moment and try again.</source>
        <translation>La base de données est occupée à un autre poste&#x202f;; attendez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The database server is restarting; wait a moment and try again. Your unsaved work is kept.</source>
        <translation>Le serveur de base de données redémarre&#x202f;; attendez un instant et réessayez. Votre travail non enregistré est conservé.</translation>
    </message>
    <message>
        <source>The database took too long to answer and stopped looking; nothing was changed. Type fewer words, or more letters of a name.</source>
        <translation>La base de données a mis trop de temps à répondre et a cessé de chercher&#x202f;; rien n&apos;a été changé. Tapez moins de mots, ou plus de lettres d&apos;un nom.</translation>
    </message>
    <message>
        <source>The disk is full; free some space, then try again. Nothing was saved.</source>
        <translation>Le disque est plein&#x202f;; libérez de l&apos;espace, puis réessayez. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The database file is read-only; ask your IT helper to check its permissions.</source>
        <translation>Le fichier de la base de données est en lecture seule&#x202f;; demandez à votre soutien informatique de vérifier ses autorisations.</translation>
    </message>
    <message>
        <source>The database server cannot be reached; check the network, then try again.</source>
        <translation>Le serveur de base de données est injoignable&#x202f;; vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The database could not complete the action; nothing was saved. Try again.</source>
        <translation>La base de données n&apos;a pas pu terminer l&apos;action&#x202f;; rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>{path} is not an empty, unencrypted database file; copy into a new file name, or into the clinic&apos;s PostgreSQL server</source>
        <translation>{path} n&apos;est pas un fichier de base de données vide et non chiffré&#x202f;; copiez vers un nouveau nom de fichier ou vers le serveur PostgreSQL de la clinique</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database address OPCC Desk can use; write e.g. postgresql+psycopg://user@server/dbname</source>
        <translation>«&#xa0;{url}&#xa0;» n&apos;est pas une adresse de base de données qu&apos;OPCC Desk peut utiliser&#x202f;; inscrivez par exemple postgresql+psycopg://utilisateur@serveur/nom_de_la_base</translation>
    </message>
    <message>
        <source>{target} already exists; an encrypted copy goes into a new file name</source>
        <translation>{target} existe déjà&#x202f;; une copie chiffrée va dans un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>the copy would hold every client record in an unencrypted file, and this database has no staff accounts to encrypt it for. Create the accounts first (see &apos;init&apos; in the README), or, for demonstration data only, add --unencrypted</source>
        <translation>la copie contiendrait tous les dossiers des clients dans un fichier non chiffré, et cette base de données n&apos;a aucun compte du personnel pour lequel la chiffrer. Créez d&apos;abord les comptes (voir «&#xa0;init&#xa0;» dans le README) ou, pour des données de démonstration seulement, ajoutez --unencrypted</translation>
    </message>
    <message>
        <source>an encrypted copy needs {user}&apos;s password to lock its key with; give it when asked (or in OPCC_DESK_PASSWORD)</source>
        <translation>une copie chiffrée exige le mot de passe de {user} pour verrouiller sa clé&#x202f;; donnez-le lorsqu&apos;il est demandé (ou dans OPCC_DESK_PASSWORD)</translation>
    </message>
    <message>
        <source>{table}: {rows} rows</source>
        <translation>{table}&#xa0;: {rows} lignes</translation>
    </message>
    <message>
        <source>{target} already holds data ({listed}); OPCC Desk copies only into an empty database, so nothing is mixed or overwritten. Nothing was changed. Create a new, empty database for the copy.</source>
        <translation>{target} contient déjà des données ({listed})&#x202f;; OPCC Desk ne copie que dans une base de données vide, pour que rien ne soit mélangé ni écrasé. Rien n&apos;a été modifié. Créez une nouvelle base de données vide pour la copie.</translation>
    </message>
    <message>
        <source>letter {letter} arrived with bytes that do not match its stored hash; nothing was committed</source>
        <translation>la lettre {letter} est arrivée avec un contenu qui ne correspond pas à son empreinte enregistrée&#x202f;; rien n&apos;a été validé</translation>
    </message>
    <message>
        <source>{file}: cannot write the key file ({reason})</source>
        <translation>{file}&#xa0;: impossible d&apos;écrire le fichier de clés ({reason})</translation>
    </message>
    <message>
        <source>the source and the target are the same database; nothing to do</source>
        <translation>la source et la destination sont la même base de données&#x202f;; il n&apos;y a rien à faire</translation>
    </message>
    <message>
        <source>the source database is not at this program&apos;s schema; run &apos;db upgrade&apos; on it first</source>
        <translation>la base de données source n&apos;a pas la structure de cette version du programme&#x202f;; exécutez d&apos;abord «&#xa0;db upgrade&#xa0;» sur celle-ci</translation>
    </message>
    <message>
        <source>the copy to {target} stopped ({kind}: {detail}); nothing was committed to the target</source>
        <translation>la copie vers {target} s&apos;est arrêtée ({kind}&#xa0;: {detail})&#x202f;; rien n&apos;a été validé dans la destination</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>the source has tables this version of OPCC Desk does not know ({tables}); use the program version that made it</source>
        <translation>la source contient des tables que cette version d&apos;OPCC Desk ne connaît pas ({tables})&#x202f;; utilisez la version du programme qui l&apos;a créée</translation>
    </message>
    <message>
        <source>table {table}: {sent} rows sent but {arrived} arrived or their contents differ; nothing was committed</source>
        <translation>table {table}&#xa0;: {sent} lignes envoyées, mais {arrived} arrivées, ou leur contenu diffère&#x202f;; rien n&apos;a été validé</translation>
    </message>
</context>
<context>
    <name>DatabaseInUse</name>
    <message>
        <source>the database is being restored from a backup; try again in a moment</source>
        <translation>la base de données est en cours de restauration à partir d&apos;une sauvegarde&#x202f;; réessayez dans un moment</translation>
    </message>
    <message>
        <source>another OPCC Desk window or command has this database open; close it and try again</source>
        <translation>une autre fenêtre ou commande d&apos;OPCC Desk a cette base de données ouverte&#x202f;; fermez-la et réessayez</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This database already holds clients or therapists; demo data goes into an empty database only. Use --db with a new file, e.g. --db sqlite:///demo.sqlite3</source>
        <translation>Cette base de données contient déjà des clients ou des thérapeutes&#x202f;; les données de démonstration vont seulement dans une base de données vide. Utilisez --db avec un nouveau fichier, p. ex. --db sqlite:///demo.sqlite3</translation>
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
    <name>Directory</name>
    <message>
        <source>The directory&apos;s handout can be made in English (en) or French (fr), not &apos;{language}&apos;.</source>
        <translation>Le répertoire à remettre peut être fait en anglais (en) ou en français (fr), pas en «&#xa0;{language}&#xa0;».</translation>
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
        <source>The new client and the clients who look alike</source>
        <translation>Le nouveau client et les clients qui lui ressemblent</translation>
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
    <name>Duplicates</name>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>Un dossier ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>Client {client} is archived already; restore it to merge it.</source>
        <translation>Le dossier du client {client} est déjà archivé&#x202f;; restaurez-le pour le fusionner.</translation>
    </message>
    <message>
        <source>similar name ({score}%), same {details}</source>
        <translation>nom semblable ({score} %)&#x202f;; en commun&#xa0;: {details}</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
</context>
<context>
    <name>EmailLetters</name>
    <message>
        <source>No mail server is set up, so letters cannot be sent by email. An admin sets it up under Security → Mail server… (or opcc-desk email set).</source>
        <translation>Aucun serveur de courriel n&apos;est configuré&#x202f;; les lettres ne peuvent donc pas être envoyées par courriel. Un administrateur le configure sous Sécurité → Serveur de courriel… (ou avec opcc-desk email set).</translation>
    </message>
    <message>
        <source>The letter was not sent. A connection without TLS is only allowed to a mail server on this computer (localhost); &apos;{host}&apos; is not. Use --tls or --starttls.</source>
        <translation>La lettre n&apos;a pas été envoyée. Une connexion sans TLS n&apos;est permise que vers un serveur de courriel situé sur cet ordinateur (localhost)&#x202f;; ce n&apos;est pas le cas de «&#xa0;{host}&#xa0;». Utilisez --tls ou --starttls.</translation>
    </message>
    <message>
        <source>There is no referral {referral}.</source>
        <translation>Il n&apos;y a pas d&apos;aiguillage {referral}.</translation>
    </message>
    <message>
        <source>Client {client} has not agreed to be contacted, so the letter was not sent. Record the client&apos;s consent on their intake form first.</source>
        <translation>Le client {client} n&apos;a pas accepté d&apos;être joint&#x202f;; la lettre n&apos;a donc pas été envoyée. Inscrivez d&apos;abord son consentement dans sa demande d&apos;accueil.</translation>
    </message>
    <message>
        <source>Client {client} has not agreed to receive health information by email, so the letter was not sent. Record their consent on the intake form (“Agrees to receive health information by email”), or print the letter instead.</source>
        <translation>Le client {client} n&apos;a pas accepté de recevoir des renseignements de santé par courriel&#x202f;; la lettre n&apos;a donc pas été envoyée. Inscrivez son consentement dans la demande d&apos;accueil («&#xa0;Accepte de recevoir des renseignements de santé par courriel&#xa0;»), ou imprimez plutôt la lettre.</translation>
    </message>
    <message>
        <source>Client {client} has no email address; add it on the intake form, or print the letter instead.</source>
        <translation>Le client {client} n&apos;a pas d&apos;adresse courriel&#x202f;; ajoutez-la dans la demande d&apos;accueil, ou imprimez plutôt la lettre.</translation>
    </message>
    <message>
        <source>Referral {referral}&apos;s letter is gone; it was sent all the same.</source>
        <translation>La lettre de l&apos;aiguillage {referral} n&apos;existe plus&#x202f;; elle a tout de même été envoyée.</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server refused the account name or password. An admin can check them under Security → Mail server….</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel a refusé le nom du compte ou le mot de passe. Un administrateur peut les vérifier sous Sécurité → Serveur de courriel….</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server refused the client&apos;s address. Check the address on the intake form.</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel a refusé l&apos;adresse du client. Vérifiez l&apos;adresse dans la demande d&apos;accueil.</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server at {where} does not offer STARTTLS. An admin should choose TLS, or the port that offers STARTTLS (often 587).</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel {where} n&apos;offre pas STARTTLS. Un administrateur devrait choisir TLS, ou le port qui offre STARTTLS (souvent 587).</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server at {where} closed the connection before it accepted the letter. Try again in a moment.</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel {where} a fermé la connexion avant d&apos;accepter la lettre. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server at {where} refused it ({code}). Try again later, or ask whoever runs the mail server.</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel {where} l&apos;a refusée ({code}). Réessayez plus tard, ou adressez-vous à la personne qui gère le serveur de courriel.</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server at {where} did not accept it.</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel {where} ne l&apos;a pas acceptée.</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server at {where} could not prove who it is (its certificate is not trusted). Ask whoever runs the mail server.</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel {where} n&apos;a pas pu prouver son identité (son certificat n&apos;est pas reconnu). Adressez-vous à la personne qui gère le serveur de courriel.</translation>
    </message>
    <message>
        <source>The letter was not sent: no secure connection could be made with {where}. Check the port and the TLS/STARTTLS choice under Security → Mail server….</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: aucune connexion sécurisée n&apos;a pu être établie avec {where}. Vérifiez le port et le choix TLS/STARTTLS sous Sécurité → Serveur de courriel….</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server at {where} did not answer in time. Check the network, then try again.</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel {where} n&apos;a pas répondu à temps. Vérifiez le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The letter was not sent: the mail server at {where} cannot be reached. Check the network and the server&apos;s name and port.</source>
        <translation>La lettre n&apos;a pas été envoyée&#xa0;: le serveur de courriel {where} est injoignable. Vérifiez le réseau ainsi que le nom et le port du serveur.</translation>
    </message>
</context>
<context>
    <name>EmailSend</name>
    <message>
        <source>Send by email</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <source>Send the letter for referral {referral} to {address} as an encrypted PDF?

Then read the client the passphrase that opens it, by phone. It is shown only once and never sent by email.</source>
        <translation>Envoyer la lettre de l&apos;aiguillage {referral} à {address} en PDF chiffré&#x202f;?

Lisez ensuite au client, au téléphone, la phrase secrète qui l&apos;ouvre. Elle n&apos;est affichée qu&apos;une fois et n&apos;est jamais envoyée par courriel.</translation>
    </message>
    <message>
        <source>Referral {referral} has ended: its status is {status}. The letter would send the client to a therapist for a referral that is no longer open.

Send it anyway?</source>
        <translation>L&apos;aiguillage {referral} est terminé&#xa0;: son statut est «&#xa0;{status}&#xa0;». La lettre enverrait la personne vers une ou un thérapeute pour un aiguillage qui n&apos;est plus ouvert.

L&apos;envoyer quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Sending the letter…</source>
        <translation>Envoi de la lettre…</translation>
    </message>
    <message>
        <source>The letter (version {version}) was sent to {address}. Read this passphrase to the client by phone, letter by letter; they type it, dashes included, to open the attached PDF. It is not kept anywhere and will not be shown again.</source>
        <translation>La lettre (version {version}) a été envoyée à {address}. Lisez cette phrase secrète au client au téléphone, lettre par lettre&#x202f;; il la tape, tirets compris, pour ouvrir le PDF joint. Elle n&apos;est conservée nulle part et ne sera plus affichée.</translation>
    </message>
    <message>
        <source>Passphrase for the client</source>
        <translation>Phrase secrète pour le client</translation>
    </message>
</context>
<context>
    <name>FieldProblems</name>
    <message>
        <source>is required; please fill it in</source>
        <translation>est obligatoire&#x202f;; veuillez le remplir</translation>
    </message>
    <message>
        <source>is required; write yes or no</source>
        <translation>est obligatoire&#x202f;; répondez oui ou non</translation>
    </message>
    <message>
        <source>is required; write an amount in dollars such as 150</source>
        <translation>est obligatoire&#x202f;; inscrivez un montant en dollars, p. ex. 150</translation>
    </message>
    <message>
        <source>is too long for an email address (254 characters at most)</source>
        <translation>est trop long pour une adresse courriel (254 caractères au plus)</translation>
    </message>
    <message>
        <source>is {length} characters long; shorten it to {limit} or fewer</source>
        <translation>compte {length} caractères&#x202f;; raccourcissez-le à {limit} ou moins</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid email address; it should look like name@example.ca</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse courriel valide&#x202f;; elle devrait ressembler à nom@exemple.ca</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid phone number; write 10 digits such as 416-555-0134</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un numéro de téléphone valide&#x202f;; inscrivez 10 chiffres, p. ex. 416-555-0134</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Canadian postal code; it should look like M5V 2T6</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code postal canadien&#x202f;; il devrait ressembler à K1N 6N5</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 1990-04-23</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date&#x202f;; écrivez-la sous la forme AAAA-MM-JJ, p. ex. 1990-04-23</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date&#x202f;; écrivez AAAA-MM-JJ ou AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <source>{day} is not in the past; check the year</source>
        <translation>{day} n&apos;est pas dans le passé&#x202f;; vérifiez l&apos;année</translation>
    </message>
    <message>
        <source>{day} is too long ago; check the year</source>
        <translation>{day} est trop loin dans le passé&#x202f;; vérifiez l&apos;année</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must be zero or more, written without a sign</source>
        <translation>«&#xa0;{value}&#xa0;» doit être zéro ou plus, écrit sans signe</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount; write a number such as 150 or 92.50</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un montant&#x202f;; inscrivez un nombre, p. ex. 150 ou 92.50</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount; write a number such as 150</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un montant&#x202f;; inscrivez un nombre, p. ex. 150</translation>
    </message>
    <message>
        <source>{amount} is more than {limit}; check the amount</source>
        <translation>{amount} dépasse {limit}&#x202f;; vérifiez le montant</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; write digits only, e.g. 10</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre entier&#x202f;; inscrivez seulement des chiffres, p. ex. 10</translation>
    </message>
    <message>
        <source>{number} must be between {minimum} and {maximum}</source>
        <translation>{number} doit être entre {minimum} et {maximum}</translation>
    </message>
    <message>
        <source>tick it once the client has agreed to be contacted; without it nothing is saved</source>
        <translation>cochez-le quand le client a accepté d&apos;être contacté&#x202f;; sans cela, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>is in the future; log a contact once it has happened</source>
        <translation>est dans le futur&#x202f;; consignez un contact une fois qu&apos;il a eu lieu</translation>
    </message>
    <message>
        <source>give an email address or a phone number so the desk can reach the client</source>
        <translation>donnez une adresse courriel ou un numéro de téléphone pour que l&apos;accueil puisse joindre le client</translation>
    </message>
    <message>
        <source>contains invisible text-direction characters ({codes}) that change how the name is shown; retype the name without them</source>
        <translation>contient des caractères invisibles de sens d&apos;écriture ({codes}) qui changent l&apos;affichage du nom&#x202f;; retapez le nom sans eux</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no; write yes or no</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est ni oui ni non&#x202f;; écrivez oui ou non</translation>
    </message>
    <message>
        <source>is required; use one or more of {allowed}</source>
        <translation>est obligatoire&#x202f;; utilisez une ou plusieurs des valeurs {allowed}</translation>
    </message>
    <message>
        <source>is required; use one of {allowed}</source>
        <translation>est obligatoire&#x202f;; utilisez une des valeurs {allowed}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed; use {allowed}</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas permis&#x202f;; utilisez {allowed}</translation>
    </message>
    <message>
        <source>is required; give at least one catalogue key</source>
        <translation>est obligatoire&#x202f;; donnez au moins une clé du catalogue</translation>
    </message>
    <message>
        <source>{listed} not in the catalogue; use keys such as {examples}</source>
        <translation>absent du catalogue&#xa0;: {listed}&#x202f;; utilisez des clés comme {examples}</translation>
    </message>
    <message>
        <source>is required; use a two-letter code such as en or fr</source>
        <translation>est obligatoire&#x202f;; utilisez un code de deux lettres comme en ou fr</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a two-letter language code (ISO 639-1) such as en, fr, fa</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de langue de deux lettres (ISO 639-1) comme en, fr, fa</translation>
    </message>
    <message>
        <source>is required; list language codes such as en;fr</source>
        <translation>est obligatoire&#x202f;; indiquez des codes de langue séparés par des points-virgules, comme en et fr</translation>
    </message>
    <message>
        <source>{slots} not a time slot; use DAY_PART such as mon_evening or sat_morning</source>
        <translation>plage horaire inconnue&#xa0;: {slots}&#x202f;; utilisez JOUR_MOMENT comme mon_evening ou sat_morning</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must not contain spaces or &apos;;&apos;</source>
        <translation>«&#xa0;{value}&#xa0;» ne doit contenir ni espace ni «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; contains invisible characters ({codes}) that make it look like another id; retype it</source>
        <translation>«&#xa0;{value}&#xa0;» contient des caractères invisibles ({codes}) qui le font ressembler à un autre identifiant&#x202f;; retapez-le</translation>
    </message>
    <message>
        <source>has {count} entries; keep it to 20 or fewer</source>
        <translation>compte {count} éléments&#x202f;; gardez-en 20 au plus</translation>
    </message>
    <message>
        <source>{amount} is above the full fee {fee}; it must be lower or empty</source>
        <translation>{amount} dépasse le tarif complet de {fee}&#x202f;; il doit être plus bas, ou vide</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not fit the date of birth ({derived}); leave the age group empty or correct one of them</source>
        <translation>«&#xa0;{value}&#xa0;» ne correspond pas à la date de naissance ({derived})&#x202f;; laissez le groupe d&apos;âge vide ou corrigez l&apos;un des deux</translation>
    </message>
    <message>
        <source>{day} is in the future; check the date</source>
        <translation>{day} est dans le futur&#x202f;; vérifiez la date</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path}: cannot write the file ({reason}); choose another folder.</source>
        <translation>{path}&#xa0;: impossible d&apos;écrire le fichier ({reason})&#x202f;; choisissez un autre dossier.</translation>
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
    <name>FollowUpSettingsDialog</name>
    <message>
        <source>Follow-up delays</source>
        <translation>Délais de suivi</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>aucun suivi</translation>
    </message>
    <message>
        <source>{status}:</source>
        <translation>{status}&#xa0;:</translation>
    </message>
    <message>
        <source>Skip Ontario statutory holidays as well as weekends</source>
        <translation>Sauter les jours fériés de l&apos;Ontario en plus des fins de semaine</translation>
    </message>
    <message>
        <source>How long after a referral reaches each status the desk checks on it. A booked referral with a first-session date is due on that date.</source>
        <translation>Combien de temps après qu&apos;un aiguillage atteint chaque statut l&apos;accueil fait un suivi. Un aiguillage avec rendez-vous et date de première séance est à suivre à cette date.</translation>
    </message>
    <message numerus="yes">
        <source> business day(s)</source>
        <translation>
            <numerusform> jour ouvrable</numerusform>
            <numerusform> jours ouvrables</numerusform>
        </translation>
    </message>
    <message>
        <source>The delays were not saved</source>
        <translation>Les délais n&apos;ont pas été enregistrés</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Also show what is due later</source>
        <translation>Afficher aussi les suivis à venir</translation>
    </message>
    <message>
        <source>Referrals that need a follow-up</source>
        <translation>Aiguillages qui demandent un suivi</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>Aucun suivi à faire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Could not load the follow-ups</source>
        <translation>Impossible de charger les suivis</translation>
    </message>
    <message>
        <source>Needs follow-up: {count}</source>
        <translation>Suivis à faire&#xa0;: {count}</translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n en retard)</numerusform>
            <numerusform>(%n en retard)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>none logged</source>
        <translation>aucun consigné</translation>
    </message>
    <message>
        <source>{when}, {kind}: {outcome}</source>
        <translation>{when}, {kind}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>The newest entry of the client&apos;s contact log (struck-out ones left out)</source>
        <translation>L&apos;entrée la plus récente du journal des contacts du client (sans les entrées barrées)</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <source>the mapping names column(s) the file does not have: {columns}; check that this is the export of the right form, or correct the mapping</source>
        <translation>la correspondance nomme des colonnes que le fichier n&apos;a pas&#xa0;: {columns}&#x202f;; vérifiez qu&apos;il s&apos;agit bien de l&apos;export du bon formulaire, ou corrigez la correspondance</translation>
    </message>
    <message>
        <source>the mapping fills no column for: {columns}; add the question that answers each one under [columns]</source>
        <translation>la correspondance ne remplit aucune colonne pour&#xa0;: {columns}&#x202f;; ajoutez sous [columns] la question qui répond à chacune</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is not in the mapping and was ignored</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» n&apos;est pas dans la correspondance et a été ignorée</translation>
    </message>
    <message>
        <source>{problem}: the same submission time, name and contact, so the form was sent twice; delete one of the two rows from the export</source>
        <translation>{problem}&#xa0;: même heure d&apos;envoi, même nom et mêmes coordonnées, donc le formulaire a été envoyé deux fois&#x202f;; supprimez l&apos;une des deux lignes de l&apos;export</translation>
    </message>
    <message>
        <source>column {columns}: {problem}</source>
        <translation>colonne {columns}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>column {columns}, answer {answers}: not in the mapping and not a value the desk knows ({problem}); add it under [values.{field}]</source>
        <translation>colonne {columns}, réponse {answers}&#xa0;: absente de la correspondance et inconnue de l&apos;accueil ({problem})&#x202f;; ajoutez-la sous [values.{field}]</translation>
    </message>
    <message>
        <source>column {columns}, answer {answers}: {problem}; or give its layout under [dates] {field}</source>
        <translation>colonne {columns}, réponse {answers}&#xa0;: {problem}&#x202f;; ou indiquez sa forme sous [dates] {field}</translation>
    </message>
    <message>
        <source>column {columns}, answer {answers}: {problem}</source>
        <translation>colonne {columns}, réponse {answers}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: there is no such mapping file; check the name</source>
        <translation>{path}&#xa0;: ce fichier de correspondance n&apos;existe pas&#x202f;; vérifiez le nom</translation>
    </message>
    <message>
        <source>{path}: the mapping cannot be read ({reason})</source>
        <translation>{path}&#xa0;: la correspondance ne peut pas être lue ({reason})</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Give the mapping a name, such as the form&apos;s title.</source>
        <translation>Donnez un nom à la correspondance, par exemple le titre du formulaire.</translation>
    </message>
    <message>
        <source>The mapping&apos;s name is too long; keep it to {limit} characters.</source>
        <translation>Le nom de la correspondance est trop long&#x202f;; limitez-le à {limit} caractères.</translation>
    </message>
    <message>
        <source>The saved mapping &apos;{name}&apos; is damaged: {problem}</source>
        <translation>La correspondance gardée «&#xa0;{name}&#xa0;» est endommagée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The mapping cannot be kept: {problem}</source>
        <translation>La correspondance ne peut pas être gardée&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>OPCC Desk: user guide</source>
        <translation>OPCC Desk&#xa0;: guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>F1 opens this guide from anywhere in the window.</source>
        <translation>F1 ouvre ce guide depuis n&apos;importe où dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the file lacks required column(s): {columns}; add them to the header row</source>
        <translation>il manque au fichier une ou des colonnes obligatoires&#xa0;: {columns}&#x202f;; ajoutez-les à la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is not used by OPCC Desk and will be ignored</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» n&apos;est pas utilisée par OPCC Desk et sera ignorée</translation>
    </message>
    <message>
        <source>repeats the id of line {line}</source>
        <translation>reprend l&apos;identifiant de la ligne {line}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: {count} row(s) have problems; nothing was imported</source>
        <translation>{path}&#xa0;: {count} ligne(s) comportent des problèmes&#x202f;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the file is larger than 200 MB; split it into parts</source>
        <translation>le fichier dépasse 200 Mo&#x202f;; divisez-le en plusieurs parties</translation>
    </message>
    <message>
        <source>there is no such file; check the name and folder</source>
        <translation>ce fichier n&apos;existe pas&#x202f;; vérifiez son nom et son dossier</translation>
    </message>
    <message>
        <source>this is a folder, not a file; choose the file itself</source>
        <translation>c&apos;est un dossier et non un fichier&#x202f;; choisissez le fichier lui-même</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>le fichier ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: line {line} holds a character in another encoding (often Windows or Latin-1). Open it in Excel and use File &gt; Save As &gt; &apos;CSV UTF-8 (Comma delimited)&apos;, or in LibreOffice tick &apos;Edit filter settings&apos; when saving and choose &apos;Unicode (UTF-8)&apos;, then import it again</source>
        <translation>le fichier n&apos;est pas du texte UTF-8&#xa0;: la ligne {line} contient un caractère dans un autre encodage (souvent Windows ou Latin-1). Ouvrez-le dans Excel et choisissez Fichier &gt; Enregistrer sous &gt; «&#xa0;CSV UTF-8 (délimité par des virgules)&#xa0;», ou, dans LibreOffice, cochez «&#xa0;Éditer les paramètres du filtre&#xa0;» à l&apos;enregistrement et choisissez «&#xa0;Unicode (UTF-8)&#xa0;», puis importez-le de nouveau</translation>
    </message>
    <message>
        <source>the file is not a text file; choose a CSV or JSON file</source>
        <translation>le fichier n&apos;est pas un fichier texte&#x202f;; choisissez un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the header row cannot be read as CSV ({error})</source>
        <translation>la ligne d&apos;en-tête ne peut pas être lue comme du CSV ({error})</translation>
    </message>
    <message>
        <source>the row starting on line {line} cannot be read as CSV ({error}); a quote (&quot;) is probably opened and never closed, or stands in the middle of a cell; check that row&apos;s quotes</source>
        <translation>la rangée qui commence à la ligne {line} ne peut pas être lue comme du CSV ({error})&#x202f;; un guillemet (&quot;) est sans doute ouvert sans jamais être fermé, ou se trouve au milieu d&apos;une cellule&#x202f;; vérifiez les guillemets de cette rangée</translation>
    </message>
    <message>
        <source>the header row names column(s) {columns} more than once; keep one of each</source>
        <translation>la ligne d&apos;en-tête nomme plus d&apos;une fois la ou les colonnes {columns}&#x202f;; n&apos;en gardez qu&apos;une de chaque</translation>
    </message>
    <message>
        <source>has {cells} cells but the header has {width}; check for a missing or extra comma, or a stray quote</source>
        <translation>compte {cells} cellules, mais l&apos;en-tête en compte {width}&#x202f;; cherchez une virgule manquante ou en trop, ou un guillemet égaré</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened here is closed only on line {end}, so the rows between were read as one cell; remove the stray quote or close it</source>
        <translation>un guillemet (&quot;) ouvert ici n&apos;est fermé qu&apos;à la ligne {end}&#x202f;; les rangées entre les deux ont donc été lues comme une seule cellule&#x202f;; retirez le guillemet égaré ou fermez-le</translation>
    </message>
    <message>
        <source>the JSON is broken at line {line}, column {column} ({error})</source>
        <translation>le JSON est invalide à la ligne {line}, colonne {column} ({error})</translation>
    </message>
    <message>
        <source>the JSON must be a list of objects, one per row</source>
        <translation>le JSON doit être une liste d&apos;objets, un par ligne</translation>
    </message>
    <message>
        <source>the header row has misspelled column name(s): {guesses} Correct the header</source>
        <translation>la ligne d&apos;en-tête contient un ou des noms de colonnes mal orthographiés&#xa0;: {guesses} Corrigez l&apos;en-tête</translation>
    </message>
    <message>
        <source>&apos;{column}&apos;: did you mean &apos;{guess}&apos;?</source>
        <translation>«&#xa0;{column}&#xa0;»&#xa0;: vouliez-vous dire «&#xa0;{guess}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>the therapists file lacks required column(s): {columns}; add them to the header row</source>
        <translation>il manque au fichier des thérapeutes une ou des colonnes obligatoires&#xa0;: {columns}&#x202f;; ajoutez-les à la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>the clients file lacks required column(s): {columns}; add them to the header row</source>
        <translation>il manque au fichier des clients une ou des colonnes obligatoires&#xa0;: {columns}&#x202f;; ajoutez-les à la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <translation>ligne {line}&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>row: {problem}</source>
        <translation>ligne entière&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>line {line} ({id}): {problems}</source>
        <translation>ligne {line} ({id})&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is not used by OPCC Desk and was ignored</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» n&apos;est pas utilisée par OPCC Desk et a été ignorée</translation>
    </message>
    <message>
        <source>referrals cannot be imported; they are made by matching</source>
        <translation>les aiguillages ne peuvent pas être importés&#x202f;; ils sont faits par le jumelage</translation>
    </message>
    <message>
        <source>the file has no rows, only a header; add one row per record below it</source>
        <translation>le fichier n&apos;a pas de lignes, seulement un en-tête&#x202f;; ajoutez en dessous une ligne par dossier</translation>
    </message>
    <message>
        <source>repeats the id of line {line}; ids must be unique</source>
        <translation>reprend l&apos;identifiant de la ligne {line}&#x202f;; chaque identifiant doit être unique</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; looks like the id &apos;{earlier}&apos; of line {line} (they differ only in upper/lower case); use one spelling</source>
        <translation>«&#xa0;{id}&#xa0;» ressemble à l&apos;identifiant «&#xa0;{earlier}&#xa0;» de la ligne {line} (seules les majuscules et minuscules diffèrent)&#x202f;; utilisez une seule graphie</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; differs only in upper/lower case from the stored id &apos;{stored}&apos;; write &apos;{stored}&apos; to update that record, or choose an id that is clearly different</source>
        <translation>«&#xa0;{id}&#xa0;» ne diffère de l&apos;identifiant enregistré «&#xa0;{stored}&#xa0;» que par les majuscules et minuscules&#x202f;; écrivez «&#xa0;{stored}&#xa0;» pour mettre ce dossier à jour, ou choisissez un identifiant nettement différent</translation>
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
        <source>Rows of the file and what happens to each</source>
        <translation>Lignes du fichier et ce qu&apos;il advient de chacune</translation>
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
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;The file cannot be imported:&lt;/b&gt; {problem}</source>
        <translation>&lt;b style=&apos;color:{colour}&apos;&gt;Le fichier ne peut pas être importé&#xa0;:&lt;/b&gt; {problem}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;%n row(s) have problems.&lt;/b&gt; Correct the mapping (Back), or fix them in the file and open it again; nothing is imported until every row is right.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:{colour}&apos;&gt;%n ligne a des problèmes.&lt;/b&gt; Corrigez la correspondance (Retour), ou corrigez-la dans le fichier et ouvrez-le de nouveau&#x202f;; rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</numerusform>
            <numerusform>&lt;b style=&apos;color:{colour}&apos;&gt;%n lignes ont des problèmes.&lt;/b&gt; Corrigez la correspondance (Retour), ou corrigez-les dans le fichier et ouvrez-le de nouveau&#x202f;; rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;%n row(s) have problems.&lt;/b&gt; Fix them in the file and open it again; nothing is imported until every row is right.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:{colour}&apos;&gt;%n ligne a des problèmes.&lt;/b&gt; Corrigez-la dans le fichier et ouvrez-le de nouveau&#x202f;; rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</numerusform>
            <numerusform>&lt;b style=&apos;color:{colour}&apos;&gt;%n lignes ont des problèmes.&lt;/b&gt; Corrigez-les dans le fichier et ouvrez-le de nouveau&#x202f;; rien n&apos;est importé tant que toutes les lignes ne sont pas correctes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>%n ligne&#xa0;: {new} nouvelle, {updated} mise à jour, {unchanged} inchangée.</numerusform>
            <numerusform>%n lignes&#xa0;: {new} nouvelles, {updated} mises à jour, {unchanged} inchangées.</numerusform>
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
    <name>KeyFile</name>
    <message>
        <source>the database was given a new key; an admin must set a new password for this account (opcc-desk user password NAME)</source>
        <translation>la base de données a reçu une nouvelle clé&#x202f;; un administrateur doit définir un nouveau mot de passe pour ce compte (opcc-desk user password NOM)</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>le nom d&apos;utilisateur ou le mot de passe est erroné</translation>
    </message>
    <message>
        <source>this account is locked after repeated wrong passwords until {time}; try again then or ask an admin</source>
        <translation>ce compte est verrouillé jusqu&apos;à {time} après plusieurs mots de passe erronés&#x202f;; réessayez à ce moment-là ou adressez-vous à un administrateur</translation>
    </message>
    <message>
        <source>the key file {name} beside the database cannot be read ({error}); restore it from a backup</source>
        <translation>le fichier de clé {name} à côté de la base de données ne peut pas être lu ({error})&#x202f;; restaurez-le à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>the key file {name} is not one OPCC Desk wrote</source>
        <translation>le fichier de clé {name} n&apos;a pas été écrit par OPCC Desk</translation>
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
    <name>LetterActions</name>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettre…</translation>
    </message>
    <message>
        <source>Preview, print or save the selected referral&apos;s letter, or make a new version</source>
        <translation>Afficher, imprimer ou enregistrer la lettre de l&apos;aiguillage choisi, ou en faire une nouvelle version</translation>
    </message>
    <message>
        <source>Letters for &amp;selected…</source>
        <translation>Lettres de la &amp;sélection…</translation>
    </message>
    <message>
        <source>Save a letter for every selected referral in a folder (a stored letter is used as it is; referrals without one get a new one)</source>
        <translation>Enregistrer une lettre pour chaque aiguillage choisi dans un dossier (une lettre déjà conservée est reprise telle quelle&#x202f;; les aiguillages sans lettre en reçoivent une nouvelle)</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>En&amp;voyer par courriel…</translation>
    </message>
    <message>
        <source>Send the selected referral&apos;s newest letter to the client as an encrypted PDF (with their consent); you then read them the passphrase by phone</source>
        <translation>Envoyer au client la plus récente lettre de l&apos;aiguillage choisi en PDF chiffré (avec son consentement)&#x202f;; vous lui lisez ensuite la phrase secrète au téléphone</translation>
    </message>
    <message>
        <source>Referral letters</source>
        <translation>Lettres d&apos;aiguillage</translation>
    </message>
    <message>
        <source>These letters will show example clinic details (name, address, phone, who signs), not your clinic&apos;s. The director can set them under File &gt; Clinic details.

Make and save the letters anyway?</source>
        <translation>Ces lettres porteront des coordonnées de clinique fictives (nom, adresse, téléphone, signataire), et non celles de votre clinique. La direction peut les saisir sous Fichier &gt; Coordonnées de la clinique.

Faire et enregistrer les lettres quand même&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Save %n letter(s) in which folder?</source>
        <translation>
            <numerusform>Dans quel dossier enregistrer %n lettre&#x202f;?</numerusform>
            <numerusform>Dans quel dossier enregistrer les %n lettres&#x202f;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Letter for referral {referral}</source>
        <translation>Lettre de l&apos;aiguillage {referral}</translation>
    </message>
    <message>
        <source>Stored versions</source>
        <translation>Versions conservées</translation>
    </message>
    <message>
        <source>Language of a new version</source>
        <translation>Langue d&apos;une nouvelle version</translation>
    </message>
    <message>
        <source>These letters use example clinic details (name, address, phone, who signs). The director sets the clinic&apos;s own under File &gt; Clinic details; until then, check before a letter leaves the desk.</source>
        <translation>Ces lettres portent des coordonnées de clinique fictives (nom, adresse, téléphone, signataire). La direction saisit celles de la clinique sous Fichier &gt; Coordonnées de la clinique&#x202f;; d&apos;ici là, vérifiez chaque lettre avant qu&apos;elle quitte l&apos;accueil.</translation>
    </message>
    <message>
        <source>This letter cannot be mailed: the client&apos;s address is incomplete (a street and a postal code are needed). It can still be handed over or emailed.</source>
        <translation>Cette lettre ne peut pas être postée&#xa0;: l&apos;adresse du client est incomplète (il faut une rue et un code postal). Elle peut quand même être remise en main propre ou envoyée par courriel.</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Nouvelle version</translation>
    </message>
    <message>
        <source>Send by e&amp;mail…</source>
        <translation>En&amp;voyer par courriel…</translation>
    </message>
    <message>
        <source>Send the newest version to the client as an encrypted PDF</source>
        <translation>Envoyer au client la version la plus récente en PDF chiffré</translation>
    </message>
    <message>
        <source>Make the letter again from today&apos;s records; the old one is kept</source>
        <translation>Refaire la lettre à partir des dossiers d&apos;aujourd&apos;hui&#x202f;; l&apos;ancienne est conservée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>New versions in:</source>
        <translation>Nouvelles versions en&#xa0;:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referral {referral}&lt;/b&gt;: letter to {client}</source>
        <translation>&lt;b&gt;Aiguillage {referral}&lt;/b&gt;&#xa0;: lettre à {client}</translation>
    </message>
    <message>
        <source>This letter shows example clinic details (name, address, phone, who signs), not your clinic&apos;s. The director can set them under File &gt; Clinic details.

Use this letter anyway?</source>
        <translation>Cette lettre porte des coordonnées de clinique fictives (nom, adresse, téléphone, signataire), et non celles de votre clinique. La direction peut les saisir sous Fichier &gt; Coordonnées de la clinique.

Utiliser cette lettre quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Some characters of this letter cannot be printed by the program&apos;s fonts and show as empty boxes: {characters}. Check the spelling in the record.</source>
        <translation>Certains caractères de cette lettre ne peuvent pas être imprimés avec les polices du programme et s&apos;affichent comme des cases vides&#xa0;: {characters}. Vérifiez l&apos;orthographe dans le dossier.</translation>
    </message>
    <message>
        <source>Version {version}: {when} by {user}, {language}</source>
        <translation>Version {version}&#xa0;: {when} par {user}, {language}</translation>
    </message>
    <message>
        <source>Version {version}: {when}, {language}</source>
        <translation>Version {version}&#xa0;: {when}, {language}</translation>
    </message>
    <message>
        <source>No letter yet</source>
        <translation>Aucune lettre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Version {version} sent by email to {address} on {when} by {user}</source>
        <translation>Version {version} envoyée par courriel à {address} le {when} par {user}</translation>
    </message>
    <message>
        <source>Characters that cannot be printed</source>
        <translation>Caractères impossibles à imprimer</translation>
    </message>
    <message>
        <source>These characters of the letter cannot be printed by the program&apos;s fonts and would show as empty boxes:

{characters}

Check the spelling in the record first. Make the letter anyway?</source>
        <translation>Ces caractères de la lettre ne peuvent pas être imprimés avec les polices du programme et s&apos;afficheraient comme des cases vides&#xa0;:

{characters}

Vérifiez d&apos;abord l&apos;orthographe dans le dossier. Faire la lettre quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Letter not made</source>
        <translation>Lettre non produite</translation>
    </message>
    <message>
        <source>Referral has ended</source>
        <translation>Aiguillage terminé</translation>
    </message>
    <message>
        <source>Referral {referral} has ended: its status is {status}. A letter would send the client to a therapist for a referral that is no longer open.

Make the letter anyway?</source>
        <translation>L&apos;aiguillage {referral} est terminé&#xa0;: son état est «&#xa0;{status}&#xa0;». Une lettre dirigerait le client vers un thérapeute pour un aiguillage qui n&apos;est plus ouvert.

Faire la lettre quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The letter could not be opened for printing.</source>
        <translation>La lettre n&apos;a pas pu être ouverte pour l&apos;impression.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation>Lettre non enregistrée</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <source>{hour}:{minute}</source>
        <translation>{hour} h {minute}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in {folder}.</source>
        <translation>Enregistrées dans {folder}.</translation>
    </message>
    <message>
        <source>Not made:</source>
        <translation>Non produites&#xa0;:</translation>
    </message>
    <message>
        <source>No letter was made.</source>
        <translation>Aucune lettre n&apos;a été produite.</translation>
    </message>
    <message>
        <source>Letter {number} of {total}…</source>
        <translation>Lettre {number} sur {total}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Referral letters</source>
        <translation>Lettres d&apos;aiguillage</translation>
    </message>
    <message>
        <source>Making letters…</source>
        <translation>Production des lettres…</translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message numerus="yes">
        <source>Stopped at Cancel: %n letter(s) saved of {total}.</source>
        <translation>
            <numerusform>Arrêté à Annuler&#xa0;: %n lettre enregistrée sur {total}.</numerusform>
            <numerusform>Arrêté à Annuler&#xa0;: %n lettres enregistrées sur {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new letter(s) made and stored.</source>
        <translation>
            <numerusform>%n nouvelle lettre produite et conservée.</numerusform>
            <numerusform>%n nouvelles lettres produites et conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) already stored were used as they are.</source>
        <translation>
            <numerusform>%n lettre déjà conservée a été reprise telle quelle.</numerusform>
            <numerusform>%n lettres déjà conservées ont été reprises telles quelles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Clinic details</source>
        <translation>Coordonnées de la clinique</translation>
    </message>
    <message>
        <source>The clinic&apos;s name, as on its sign</source>
        <translation>Le nom de la clinique, comme sur son enseigne</translation>
    </message>
    <message>
        <source>Street and suite</source>
        <translation>Rue et bureau</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Name, credentials (e.g. Dana Roy, RP)</source>
        <translation>Nom, titres (p. ex. Dana Roy, PA)</translation>
    </message>
    <message>
        <source>e.g. Clinical director</source>
        <translation>p. ex. Directrice clinique</translation>
    </message>
    <message>
        <source>Full: the whole explanation (up to two pages)</source>
        <translation>Complète&#xa0;: toute l&apos;explication (jusqu&apos;à deux pages)</translation>
    </message>
    <message>
        <source>Short: one page, the approach in a paragraph</source>
        <translation>Courte&#xa0;: une page, l&apos;approche en un paragraphe</translation>
    </message>
    <message>
        <source>Print a logo</source>
        <translation>Imprimer un logo</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Use the standard mark</source>
        <translation>Utiliser la marque standard</translation>
    </message>
    <message>
        <source>Centre&apos;s name:</source>
        <translation>Nom du centre&#xa0;:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue&#xa0;:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province&#xa0;:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site Web&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signée par&#xa0;:</translation>
    </message>
    <message>
        <source>Their role:</source>
        <translation>Sa fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Closing (English):</source>
        <translation>Salutation (anglais)&#xa0;:</translation>
    </message>
    <message>
        <source>Closing (French):</source>
        <translation>Salutation (français)&#xa0;:</translation>
    </message>
    <message>
        <source>Letter form:</source>
        <translation>Forme de la lettre&#xa0;:</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Letters show example details until these are saved</source>
        <translation>Les lettres portent des coordonnées fictives tant que celles-ci ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>Welcome. Before the first letter, enter the clinic&apos;s own details: until they are saved, letters show example ones.</source>
        <translation>Bienvenue. Avant la première lettre, saisissez les coordonnées de la clinique&#xa0;: tant qu&apos;elles ne sont pas enregistrées, les lettres portent des coordonnées fictives.</translation>
    </message>
    <message>
        <source>Shown at the top of every referral letter and summary; the letter ends with the closing line and the person who signs. Letters already made keep the details they were printed with.</source>
        <translation>Affichées en haut de chaque lettre d&apos;aiguillage et de chaque sommaire&#x202f;; la lettre se termine par la salutation et le nom de la personne qui signe. Les lettres déjà produites gardent les coordonnées avec lesquelles elles ont été imprimées.</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s logo</source>
        <translation>Choisir le logo du centre</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>{path}: cannot read the file ({why}).</source>
        <translation>{path}&#xa0;: impossible de lire le fichier ({why}).</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Clinic details not saved</source>
        <translation>Coordonnées de la clinique non enregistrées</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>These letters use example clinic details (name, address, phone, signatory); the director sets the clinic&apos;s own under File &gt; Clinic details, or with &apos;opcc-desk clinic set&apos;.</source>
        <translation>Ces lettres portent des coordonnées de clinique fictives (nom, adresse, téléphone, signataire)&#x202f;; la direction saisit celles de la clinique sous Fichier &gt; Coordonnées de la clinique, ou avec «&#xa0;opcc-desk clinic set&#xa0;».</translation>
    </message>
    <message>
        <source>This letter cannot be mailed: the client&apos;s address is incomplete (a street and a postal code are needed). It can still be handed over or emailed.</source>
        <translation>Cette lettre ne peut pas être postée&#xa0;: l&apos;adresse du client est incomplète (il faut une rue et un code postal). Elle peut quand même être remise en main propre ou envoyée par courriel.</translation>
    </message>
    <message>
        <source>Referral {referral}: the letter holds characters that no font of the program can print, so they would come out as empty boxes: {characters}. Check the spelling in the record, or make the letter anyway.</source>
        <translation>Aiguillage {referral}&#xa0;: la lettre contient des caractères qu&apos;aucune police du programme ne peut imprimer&#x202f;; ils sortiraient comme des cases vides&#xa0;: {characters}. Vérifiez l&apos;orthographe dans le dossier, ou faites quand même la lettre.</translation>
    </message>
    <message>
        <source>Referral {referral} has ended (closed): a letter would send the client to a therapist for a referral that is no longer open.</source>
        <translation>L&apos;aiguillage {referral} est terminé (fermé)&#xa0;: une lettre dirigerait le client vers un thérapeute pour un aiguillage qui n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>Referral {referral} has ended (declined): a letter would send the client to a therapist for a referral that is no longer open.</source>
        <translation>L&apos;aiguillage {referral} est terminé (refusé)&#xa0;: une lettre dirigerait le client vers un thérapeute pour un aiguillage qui n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>Referral {referral} has ended (no_response): a letter would send the client to a therapist for a referral that is no longer open.</source>
        <translation>L&apos;aiguillage {referral} est terminé (sans réponse)&#xa0;: une lettre dirigerait le client vers un thérapeute pour un aiguillage qui n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>Referral {referral} has ended (withdrawn): a letter would send the client to a therapist for a referral that is no longer open.</source>
        <translation>L&apos;aiguillage {referral} est terminé (retiré)&#xa0;: une lettre dirigerait le client vers un thérapeute pour un aiguillage qui n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>Referral {referral} has ended ({status}): a letter would send the client to a therapist for a referral that is no longer open.</source>
        <translation>L&apos;aiguillage {referral} est terminé ({status})&#xa0;: une lettre dirigerait le client vers un thérapeute pour un aiguillage qui n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>Letters can be made in English (en) or French (fr), not &apos;{requested}&apos;.</source>
        <translation>Les lettres peuvent être faites en anglais (en) ou en français (fr), pas en «&#xa0;{requested}&#xa0;».</translation>
    </message>
    <message>
        <source>The client&apos;s language is {language}; letters come in English or French, so this one is in English.</source>
        <translation>La langue du client ({language}) n&apos;est pas offerte&#xa0;: les lettres sont en anglais ou en français, celle-ci est donc en anglais.</translation>
    </message>
    <message>
        <source>There is no referral with number {referral}.</source>
        <translation>Il n&apos;y a pas d&apos;aiguillage portant le numéro {referral}.</translation>
    </message>
    <message>
        <source>Referral {referral} has no letter yet.</source>
        <translation>L&apos;aiguillage {referral} n&apos;a pas encore de lettre.</translation>
    </message>
    <message>
        <source>Referral {referral} has no letter version {version}.</source>
        <translation>L&apos;aiguillage {referral} n&apos;a pas de lettre en version {version}.</translation>
    </message>
    <message>
        <source>Another desk made a letter for referral {referral} at the same moment; open the referral&apos;s letters again.</source>
        <translation>Un autre poste a fait une lettre pour l&apos;aiguillage {referral} au même moment&#x202f;; rouvrez les lettres de l&apos;aiguillage.</translation>
    </message>
    <message>
        <source>The stored letter {version} of referral {referral} does not match its fingerprint: it was changed outside the program. Make a new version.</source>
        <translation>La lettre enregistrée {version} de l&apos;aiguillage {referral} ne correspond pas à son empreinte&#xa0;: elle a été modifiée hors du programme. Faites une nouvelle version.</translation>
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
    <name>Mail server</name>
    <message>
        <source>Your account has no copy of the mail key yet, so the mail server&apos;s password cannot be kept. Sign out and in again after an admin who has sent or set up mail has signed in, or ask an admin to set your password again.</source>
        <translation>Votre compte n&apos;a pas encore de copie de la clé du courriel&#x202f;; le mot de passe du serveur de courriel ne peut donc pas être conservé. Déconnectez-vous et reconnectez-vous après la connexion d&apos;un administrateur qui a déjà envoyé ou configuré le courriel, ou demandez à un administrateur de redéfinir votre mot de passe.</translation>
    </message>
    <message>
        <source>Your account has no copy of the mail key yet, so the mail server&apos;s password cannot be opened. Sign out and in again after an admin who has sent or set up mail has signed in, or ask an admin to set your password again.</source>
        <translation>Votre compte n&apos;a pas encore de copie de la clé du courriel&#x202f;; le mot de passe du serveur de courriel ne peut donc pas être ouvert. Déconnectez-vous et reconnectez-vous après la connexion d&apos;un administrateur qui a déjà envoyé ou configuré le courriel, ou demandez à un administrateur de redéfinir votre mot de passe.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password was kept with another mail key and cannot be opened; an admin must set it again (opcc-desk email set, or Security → Mail server…).</source>
        <translation>Le mot de passe du serveur de courriel a été conservé avec une autre clé du courriel et ne peut pas être ouvert&#x202f;; un administrateur doit le redéfinir (opcc-desk email set, ou Sécurité → Serveur de courriel…).</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>A connection without TLS is only allowed to a mail server on this computer (localhost); &apos;{host}&apos; is not. Use --tls or --starttls.</source>
        <translation>Une connexion sans TLS n&apos;est permise qu&apos;avec un serveur de courriel sur cet ordinateur (localhost)&#x202f;; «&#xa0;{host}&#xa0;» n&apos;en est pas un. Utilisez --tls ou --starttls.</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s host name, e.g. smtp.example.ca.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur de courriel, p. ex. smtp.example.ca.</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s port (1 to 65535), e.g. 465 or 587.</source>
        <translation>Indiquez le port du serveur de courriel (1 à 65535), p. ex. 465 ou 587.</translation>
    </message>
    <message>
        <source>Choose tls, starttls or plain for the connection.</source>
        <translation>Choisissez tls, starttls ou plain pour la connexion.</translation>
    </message>
    <message>
        <source>Give the address letters are sent from, e.g. intake@clinic.ca.</source>
        <translation>Indiquez l&apos;adresse d&apos;où partent les lettres, p. ex. accueil@clinique.ca.</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an email address; give the address letters are sent from, e.g. intake@clinic.ca.</source>
        <translation>«&#xa0;{address}&#xa0;» n&apos;est pas une adresse courriel&#x202f;; indiquez l&apos;adresse d&apos;où partent les lettres, p. ex. accueil@clinique.ca.</translation>
    </message>
    <message>
        <source>Give the password of the mail account.</source>
        <translation>Indiquez le mot de passe du compte de courriel.</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <source>Mail server</source>
        <translation>Serveur de courriel</translation>
    </message>
    <message>
        <source>TLS (often port 465)</source>
        <translation>TLS (souvent le port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (often port 587)</source>
        <translation>STARTTLS (souvent le port 587)</translation>
    </message>
    <message>
        <source>No encryption: only a server on this computer</source>
        <translation>Sans chiffrement&#xa0;: seulement un serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Empty when the server needs no sign-in</source>
        <translation>Vide si le serveur ne demande pas de connexion</translation>
    </message>
    <message>
        <source>Kept (encrypted); type to replace it</source>
        <translation>Conservé (chiffré)&#x202f;; tapez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>The mail account&apos;s password</source>
        <translation>Le mot de passe du compte de courriel</translation>
    </message>
    <message>
        <source>intake@clinic.ca</source>
        <translation>accueil@clinique.ca</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Send from:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Letters go out as encrypted PDFs through this server. The password is kept encrypted with a key only signed-in staff can open; it is never shown again.</source>
        <translation>Les lettres partent par ce serveur en PDF chiffrés. Le mot de passe est conservé chiffré avec une clé que seul le personnel connecté peut ouvrir&#x202f;; il n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>Mail server not saved</source>
        <translation>Serveur de courriel non enregistré</translation>
    </message>
    <message>
        <source>Give the password of the account {user}.</source>
        <translation>Indiquez le mot de passe du compte {user}.</translation>
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
        <source>Database: {location}</source>
        <translation>Base de données&#xa0;: {location}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <source>New &amp;therapist…</source>
        <translation>Nouveau &amp;thérapeute…</translation>
    </message>
    <message>
        <source>&amp;Matching settings…</source>
        <translation>Paramètres de &amp;jumelage…</translation>
    </message>
    <message>
        <source>Clinic &amp;details…</source>
        <translation>Coordonnées de la c&amp;linique…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Therap&amp;ists</source>
        <translation>Thérap&amp;eutes</translation>
    </message>
    <message>
        <source>&amp;Publish directory…</source>
        <translation>Publier le &amp;répertoire…</translation>
    </message>
    <message>
        <source>R&amp;eferrals</source>
        <translation>Aiguilla&amp;ges</translation>
    </message>
    <message>
        <source>&amp;Needs follow-up</source>
        <translation>&amp;Suivis à faire</translation>
    </message>
    <message>
        <source>&amp;Waitlist…</source>
        <translation>&amp;Liste d&apos;attente…</translation>
    </message>
    <message>
        <source>&amp;Import intake file…</source>
        <translation>&amp;Importer un fichier d&apos;accueil…</translation>
    </message>
    <message>
        <source>Export &amp;referral list…</source>
        <translation>Exporter la liste des &amp;aiguillages…</translation>
    </message>
    <message>
        <source>Export wait&amp;list…</source>
        <translation>Exporter la liste d&apos;a&amp;ttente…</translation>
    </message>
    <message>
        <source>&amp;Follow-up delays…</source>
        <translation>&amp;Délais de suivi…</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>Referral &amp;summary…</source>
        <translation>&amp;Sommaire des aiguillages…</translation>
    </message>
    <message>
        <source>Clients without &amp;consent…</source>
        <translation>Clients sans &amp;consentement…</translation>
    </message>
    <message>
        <source>Sec&amp;urity</source>
        <translation>Sécu&amp;rité</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>&amp;Comptes du personnel…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Modifier mon mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Idle lock time…</source>
        <translation>&amp;Délai de verrouillage…</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>Serveur de c&amp;ourriel…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;About OPCC Desk</source>
        <translation>À &amp;propos d&apos;OPCC Desk</translation>
    </message>
    <message>
        <source>Close the window for the next person, who signs in with their own account</source>
        <translation>Fermer la fenêtre pour la personne suivante, qui se connecte avec son propre compte</translation>
    </message>
    <message>
        <source>This database has no staff accounts: nobody is signed in</source>
        <translation>Cette base de données n&apos;a pas de comptes du personnel&#xa0;: personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>About OPCC Desk</source>
        <translation>À propos d&apos;OPCC Desk</translation>
    </message>
    <message>
        <source>OPCC Desk {version}
Intake, therapist directory, matching and referral letters.

In a crisis, call or text 9-8-8 (Canada), any hour.</source>
        <translation>OPCC Desk {version}
Accueil, répertoire des thérapeutes, jumelage et lettres d&apos;aiguillage.

En situation de crise, appelez ou textez le 9-8-8 (Canada), à toute heure.</translation>
    </message>
    <message>
        <source>Cannot open the client</source>
        <translation>Impossible d&apos;ouvrir le client</translation>
    </message>
    <message>
        <source>Cannot open the client&apos;s page</source>
        <translation>Impossible d&apos;ouvrir la page du client</translation>
    </message>
    <message>
        <source>Cannot open the therapist</source>
        <translation>Impossible d&apos;ouvrir le thérapeute</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Referrals (%n to follow up)</source>
        <translation>
            <numerusform>A&amp;iguillages (%n à suivre)</numerusform>
            <numerusform>A&amp;iguillages (%n à suivre)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check for duplicates</source>
        <translation>Impossible de vérifier les doublons</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Merged into client {id}; nothing was deleted.</source>
        <translation>Fusionné dans le client {id}&#x202f;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Waiting clients this therapist fits</source>
        <translation>Clients en attente qui conviennent à ce thérapeute</translation>
    </message>
    <message>
        <source>Therapist {id} now fits:

{listed}

Nobody has been contacted. Open the waitlist to refer them.</source>
        <translation>Le thérapeute {id} convient maintenant à&#xa0;:

{listed}

Personne n&apos;a été joint. Ouvrez la liste d&apos;attente pour les aiguiller.</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Import an intake file</source>
        <translation>Importer un fichier d&apos;accueil</translation>
    </message>
    <message>
        <source>Intake files (*.csv *.json)</source>
        <translation>Fichiers d&apos;accueil (*.csv *.json)</translation>
    </message>
    <message>
        <source>Follow-up delays</source>
        <translation>Délais de suivi</translation>
    </message>
    <message>
        <source>Cannot find matches</source>
        <translation>Impossible de trouver des jumelages</translation>
    </message>
    <message>
        <source>Referral {id} created (proposed).</source>
        <translation>Aiguillage {id} créé (proposé).</translation>
    </message>
    <message>
        <source>Clients without consent</source>
        <translation>Clients sans consentement</translation>
    </message>
    <message>
        <source>Matching settings</source>
        <translation>Paramètres de jumelage</translation>
    </message>
    <message>
        <source>Clinic details</source>
        <translation>Coordonnées de la clinique</translation>
    </message>
    <message>
        <source>The clinic&apos;s details (name, address, who signs the letters) are not set yet, so letters show example ones. Please ask the director to enter them under File &gt; Clinic details.</source>
        <translation>Les coordonnées de la clinique (nom, adresse, signataire des lettres) ne sont pas encore saisies&#xa0;: les lettres montrent des exemples. Demandez à la direction de les saisir sous Fichier &gt; Coordonnées de la clinique.</translation>
    </message>
    <message>
        <source>Referral summary</source>
        <translation>Sommaire des aiguillages</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>This database has no staff accounts, so no passwords.</source>
        <translation>Cette base de données n&apos;a pas de comptes du personnel, donc pas de mots de passe.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Sauvegardes (*.sqlite3)</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Aucune sauvegarde n&apos;a été faite</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Saved and checked: {rows} rows in {path}.</source>
        <translation>Enregistrée et vérifiée&#xa0;: {rows} lignes dans {path}.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in the database with this backup? Changes made since the backup will be gone. OPCC Desk closes afterwards; open it again to go on.</source>
        <translation>Remplacer tout le contenu de la base de données par cette sauvegarde&#x202f;? Les changements faits depuis la sauvegarde seront perdus. OPCC Desk se ferme ensuite&#x202f;; rouvrez-le pour continuer.</translation>
    </message>
    <message>
        <source>Your password ({user}) as it was when the backup was made:</source>
        <translation>Votre mot de passe ({user}) tel qu&apos;il était au moment de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>{error}. The live data is untouched.</source>
        <translation>{error}. Les données en service sont intactes.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration faite</translation>
    </message>
    <message>
        <source>The backup is in place. OPCC Desk will now close.</source>
        <translation>La sauvegarde est en place. OPCC Desk va maintenant se fermer.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de courriel</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without use:</source>
        <translation>Verrouiller la fenêtre après ce nombre de minutes sans utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>The database answers again.</source>
        <translation>La base de données répond de nouveau.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
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
    <name>MatchBreakdown</name>
    <message>
        <source>The client named no concerns; counted as half</source>
        <translation>Le client n&apos;a nommé aucune préoccupation&#x202f;; compté à moitié</translation>
    </message>
    <message>
        <source>Does not specialise in the client&apos;s concern</source>
        <translation>Ne se spécialise pas dans la préoccupation du client</translation>
    </message>
    <message>
        <source>Specialises in the client&apos;s concern: {concerns}</source>
        <translation>Se spécialise dans la préoccupation du client&#xa0;: {concerns}</translation>
    </message>
    <message>
        <source>Specialises in none of the client&apos;s {total} concerns</source>
        <translation>Ne se spécialise dans aucune des {total} préoccupations du client</translation>
    </message>
    <message>
        <source>Specialises in {shared} of the client&apos;s {total} concerns: {concerns}</source>
        <translation>Se spécialise dans {shared} des {total} préoccupations du client&#xa0;: {concerns}</translation>
    </message>
    <message>
        <source>Lists no approach</source>
        <translation>N&apos;indique aucune approche</translation>
    </message>
    <message>
        <source>{approach}: the client asked for it</source>
        <translation>{approach}&#xa0;: approche demandée par le client</translation>
    </message>
    <message>
        <source>{approach}; the client named no concerns, so counted as half</source>
        <translation>{approach}&#x202f;; le client n&apos;a nommé aucune préoccupation, donc compté à moitié</translation>
    </message>
    <message>
        <source>{approach} helps with the client&apos;s concern (link strength {strength} of {most})</source>
        <translation>{approach}&#xa0;: aide pour la préoccupation du client (force du lien {strength} sur {most})</translation>
    </message>
    <message>
        <source>{approach} does not address the client&apos;s concern (link strength {strength} of {most})</source>
        <translation>{approach}&#xa0;: ne vise pas la préoccupation du client (force du lien {strength} sur {most})</translation>
    </message>
    <message>
        <source>{approach} helps with {helped} of the client&apos;s {total} concerns (link strength {strength} of {most})</source>
        <translation>{approach}&#xa0;: aide pour {helped} des {total} préoccupations du client (force du lien {strength} sur {most})</translation>
    </message>
    <message>
        <source>{detail}; does not offer {approaches}, which the client asked for</source>
        <translation>{detail}&#x202f;; n&apos;offre pas ce que le client a demandé&#xa0;: {approaches}</translation>
    </message>
    <message>
        <source>The client gave no free times; counted as half</source>
        <translation>Le client n&apos;a donné aucun moment libre&#x202f;; compté à moitié</translation>
    </message>
    <message>
        <source>The therapist lists no free times; counted as half</source>
        <translation>Le thérapeute n&apos;indique aucun moment libre&#x202f;; compté à moitié</translation>
    </message>
    <message>
        <source>No free times in common</source>
        <translation>Aucun moment libre en commun</translation>
    </message>
    <message>
        <source>1 free time in common (full marks at {enough}): {times}</source>
        <translation>1 moment libre en commun (tous les points à partir de {enough})&#xa0;: {times}</translation>
    </message>
    <message>
        <source>{count} free times in common (full marks at {enough}): {times}</source>
        <translation>{count} moments libres en commun (tous les points à partir de {enough})&#xa0;: {times}</translation>
    </message>
    <message>
        <source>The client gave no budget</source>
        <translation>Le client n&apos;a indiqué aucun budget</translation>
    </message>
    <message>
        <source>Full fee {fee} is within the {budget} budget</source>
        <translation>Le plein tarif de {fee} respecte le budget de {budget}</translation>
    </message>
    <message>
        <source>Only the sliding scale (from {low}) fits the {budget} budget; the full fee is {fee}</source>
        <translation>Seule l&apos;échelle mobile (à partir de {low}) respecte le budget de {budget}&#x202f;; le plein tarif est de {fee}</translation>
    </message>
    <message>
        <source>Fee {fee} is above the {budget} budget, even on the sliding scale</source>
        <translation>Le tarif de {fee} dépasse le budget de {budget}, même selon l&apos;échelle mobile</translation>
    </message>
    <message>
        <source>No referrals in the last 90 days</source>
        <translation>Aucun aiguillage au cours des 90 derniers jours</translation>
    </message>
    <message>
        <source>1 referral in the last 90 days</source>
        <translation>1 aiguillage au cours des 90 derniers jours</translation>
    </message>
    <message>
        <source>{count} referrals in the last 90 days</source>
        <translation>{count} aiguillages au cours des 90 derniers jours</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Therapist</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Raison principale</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Fair spread</source>
        <translation>Répartition équitable</translation>
    </message>
    <message>
        <source>Find matches: client {client}</source>
        <translation>Trouver des jumelages&#xa0;: client {client}</translation>
    </message>
    <message>
        <source>Leave out therapists this client was already referred to</source>
        <translation>Exclure les thérapeutes vers qui ce client a déjà été aiguillé</translation>
    </message>
    <message>
        <source>Therapists who fit, best first</source>
        <translation>Thérapeutes qui conviennent, du meilleur au moins bon</translation>
    </message>
    <message>
        <source>Why this therapist fits</source>
        <translation>Pourquoi ce thérapeute convient</translation>
    </message>
    <message>
        <source>&amp;Refer to this therapist</source>
        <translation>&amp;Aiguiller vers ce thérapeute</translation>
    </message>
    <message>
        <source>Put on the &amp;waitlist…</source>
        <translation>Inscrire sur la &amp;liste d&apos;attente…</translation>
    </message>
    <message>
        <source>Cannot find matches</source>
        <translation>Impossible de trouver des jumelages</translation>
    </message>
    <message>
        <source>No therapist fits every need right now</source>
        <translation>Aucun thérapeute ne répond à tous les besoins pour l&apos;instant</translation>
    </message>
    <message>
        <source>You can ask the client whether a need can change (for example virtual sessions, or another language), or keep the client waiting until a suitable therapist has room.</source>
        <translation>Vous pouvez demander au client si un besoin peut changer (par exemple des séances en ligne, ou une autre langue), ou le garder en attente jusqu&apos;à ce qu&apos;un thérapeute qui convient ait de la place.</translation>
    </message>
    <message>
        <source>The referral was not created</source>
        <translation>L&apos;aiguillage n&apos;a pas été créé</translation>
    </message>
    <message>
        <source>Therapist {therapist} is at capacity</source>
        <translation>Le thérapeute {therapist} est à pleine capacité</translation>
    </message>
    <message numerus="yes">
        <source>{therapist} has %n open referral(s) (capacity {capacity}). Why refer over capacity? (kept in the audit log)</source>
        <translation>
            <numerusform>{therapist} a %n aiguillage ouvert (capacité&#xa0;: {capacity}). Pourquoi aiguiller au-delà de la capacité&#x202f;? (noté dans le journal d&apos;audit)</numerusform>
            <numerusform>{therapist} a %n aiguillages ouverts (capacité&#xa0;: {capacity}). Pourquoi aiguiller au-delà de la capacité&#x202f;? (noté dans le journal d&apos;audit)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}, goes by {preferred}</source>
        <translation>{name}, se fait appeler {preferred}</translation>
    </message>
    <message>
        <source>up to {fee} a session</source>
        <translation>jusqu&apos;à {fee} la séance</translation>
    </message>
    <message>
        <source>Concerns: {concerns}</source>
        <translation>Préoccupations&#xa0;: {concerns}</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source>Has not agreed to be contacted: no referral can be made until the consent is recorded on the intake form.</source>
        <translation>N&apos;a pas consenti à être contacté&#xa0;: aucun aiguillage n&apos;est possible tant que le consentement n&apos;est pas inscrit sur le formulaire de demande d&apos;accueil.</translation>
    </message>
    <message>
        <source>No approach listed</source>
        <translation>Aucune approche indiquée</translation>
    </message>
    <message>
        <source>{approach} · score {score}</source>
        <translation>{approach} · pointage {score}</translation>
    </message>
    <message>
        <source>Rules relaxed in the settings:</source>
        <translation>Règles assouplies dans les paramètres&#xa0;:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>MatchSettingsDialog</name>
    <message>
        <source>Accepting new clients</source>
        <translation>Accepte de nouveaux clients</translation>
    </message>
    <message>
        <source>Below their limit of open referrals</source>
        <translation>Sous sa limite d&apos;aiguillages ouverts</translation>
    </message>
    <message>
        <source>Speaks the client&apos;s language</source>
        <translation>Parle la langue du client</translation>
    </message>
    <message>
        <source>Offers in-person or virtual sessions as the client asked</source>
        <translation>Offre des séances en personne ou en ligne, comme le client l&apos;a demandé</translation>
    </message>
    <message>
        <source>For in-person sessions, sees clients in the client&apos;s city</source>
        <translation>Pour les séances en personne, reçoit dans la ville du client</translation>
    </message>
    <message>
        <source>Works with the client type (individual, couple or family)</source>
        <translation>Travaille avec ce type de client (individu, couple ou famille)</translation>
    </message>
    <message>
        <source>Works with the client&apos;s age group</source>
        <translation>Travaille avec le groupe d&apos;âge du client</translation>
    </message>
    <message>
        <source>Fee fits the client&apos;s budget, at full fee or on the sliding scale</source>
        <translation>Le tarif convient au budget du client, au plein tarif ou selon l&apos;échelle mobile</translation>
    </message>
    <message>
        <source>Is the gender the client asked for</source>
        <translation>Est du genre demandé par le client</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>share of the client&apos;s concerns the therapist specialises in</source>
        <translation>part des préoccupations du client dans lesquelles le thérapeute se spécialise</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>full marks for an approach the client asked for; otherwise how strongly the catalogue links the therapist&apos;s best approach to the client&apos;s concerns</source>
        <translation>tous les points pour une approche demandée par le client&#x202f;; sinon, la force du lien que le catalogue établit entre la meilleure approche du thérapeute et les préoccupations du client</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>times the client and the therapist are both free (three shared times or more earn full marks)</source>
        <translation>moments où le client et le thérapeute sont tous deux libres (trois moments communs ou plus donnent tous les points)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>full marks when the full fee fits the budget, less when only the sliding scale does</source>
        <translation>tous les points si le plein tarif convient au budget, moins si seule l&apos;échelle mobile convient</translation>
    </message>
    <message>
        <source>Fair spread</source>
        <translation>Répartition équitable</translation>
    </message>
    <message>
        <source>therapists with fewer referrals in the last 90 days rank higher</source>
        <translation>les thérapeutes ayant reçu moins d&apos;aiguillages dans les 90 derniers jours sont mieux classés</translation>
    </message>
    <message>
        <source>Matching settings</source>
        <translation>Paramètres du jumelage</translation>
    </message>
    <message>
        <source>How much each criterion counts in the 0–100 score</source>
        <translation>Poids de chaque critère dans le pointage sur 100</translation>
    </message>
    <message>
        <source>{criterion}:</source>
        <translation>{criterion}&#xa0;:</translation>
    </message>
    <message>
        <source>Only the proportions matter: the score is always out of 100.</source>
        <translation>Seules les proportions comptent&#xa0;: le pointage est toujours sur 100.</translation>
    </message>
    <message>
        <source>Hard rules (a ticked rule is relaxed: it no longer removes anyone)</source>
        <translation>Règles strictes (une règle cochée est assouplie&#xa0;: elle n&apos;exclut plus personne)</translation>
    </message>
    <message>
        <source>Relax: {rule}</source>
        <translation>Assouplir&#xa0;: {rule}</translation>
    </message>
    <message>
        <source>Matches that break a relaxed rule still show it as a warning, so the desk can tell the client.</source>
        <translation>Les jumelages qui enfreignent une règle assouplie l&apos;affichent quand même en avertissement, pour que l&apos;accueil puisse en informer le client.</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Check the weights</source>
        <translation>Vérifiez les poids</translation>
    </message>
    <message>
        <source>Every weight is 0, so every score would be 0. Set at least one above 0.</source>
        <translation>Tous les poids sont à 0&#xa0;: tous les pointages seraient donc de 0. Mettez-en au moins un au-dessus de 0.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>times</source>
        <translation>moments</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>les individus</translation>
    </message>
    <message>
        <source>couples</source>
        <translation>les couples</translation>
    </message>
    <message>
        <source>families</source>
        <translation>les familles</translation>
    </message>
    <message>
        <source>children</source>
        <translation>les enfants</translation>
    </message>
    <message>
        <source>teens</source>
        <translation>les adolescents</translation>
    </message>
    <message>
        <source>adults</source>
        <translation>les adultes</translation>
    </message>
    <message>
        <source>seniors</source>
        <translation>les aînés</translation>
    </message>
    <message>
        <source>a woman</source>
        <translation>une femme</translation>
    </message>
    <message>
        <source>a man</source>
        <translation>un homme</translation>
    </message>
    <message>
        <source>nonbinary</source>
        <translation>une personne non binaire</translation>
    </message>
    <message>
        <source>Lists no approach yet; ask the therapist how they work</source>
        <translation>N&apos;indique encore aucune approche&#x202f;; demandez au thérapeute sa façon de travailler</translation>
    </message>
    <message>
        <source>Offers {approach}</source>
        <translation>Approche offerte&#xa0;: {approach}</translation>
    </message>
    <message>
        <source>Offers {approach}, which often helps with {strong}</source>
        <translation>Approche offerte&#xa0;: {approach}&#x202f;; elle est souvent utile pour ce que vous vivez&#xa0;: {strong}</translation>
    </message>
    <message>
        <source>Offers {approach}, which can help with {weak}</source>
        <translation>Approche offerte&#xa0;: {approach}&#x202f;; elle peut être utile pour ce que vous vivez&#xa0;: {weak}</translation>
    </message>
    <message>
        <source>Offers {approach}, which often helps with {strong}, and can help with {weak}</source>
        <translation>Approche offerte&#xa0;: {approach}&#x202f;; elle est souvent utile pour ce que vous vivez&#xa0;: {strong}, et peut aussi être utile pour ceci&#xa0;: {weak}</translation>
    </message>
    <message>
        <source>Offers {approach}, as you asked</source>
        <translation>Offre l&apos;approche que vous avez demandée&#xa0;: {approach}</translation>
    </message>
    <message>
        <source>Offers {approach}, as you asked; it often helps with {strong}</source>
        <translation>Offre l&apos;approche que vous avez demandée&#xa0;: {approach}&#x202f;; elle est souvent utile pour ce que vous vivez&#xa0;: {strong}</translation>
    </message>
    <message>
        <source>Offers {approach}, as you asked; it can help with {weak}</source>
        <translation>Offre l&apos;approche que vous avez demandée&#xa0;: {approach}&#x202f;; elle peut être utile pour ce que vous vivez&#xa0;: {weak}</translation>
    </message>
    <message>
        <source>Offers {approach}, as you asked; it often helps with {strong}, and can help with {weak}</source>
        <translation>Offre l&apos;approche que vous avez demandée&#xa0;: {approach}&#x202f;; elle est souvent utile pour ce que vous vivez&#xa0;: {strong}, et peut aussi être utile pour ceci&#xa0;: {weak}</translation>
    </message>
    <message>
        <source>Specialises in {concerns}</source>
        <translation>A une expertise pour ce dont vous nous avez parlé&#xa0;: {concerns}</translation>
    </message>
    <message>
        <source>Speaks {language}</source>
        <translation>Parle {language}</translation>
    </message>
    <message>
        <source>Sees clients in person in {city}</source>
        <translation>Reçoit en personne à {city}</translation>
    </message>
    <message>
        <source>Free on {times}, like you</source>
        <translation>Libre {times}, comme vous</translation>
    </message>
    <message>
        <source>Fee of {fee} fits the budget</source>
        <translation>Le tarif de {fee} respecte votre budget</translation>
    </message>
    <message>
        <source>Sliding scale from {fee} fits the budget</source>
        <translation>L&apos;échelle mobile, à partir de {fee}, respecte votre budget</translation>
    </message>
    <message>
        <source>Is {gender}, as you asked</source>
        <translation>Est {gender}, comme vous l&apos;avez demandé</translation>
    </message>
    <message>
        <source>Not accepting new clients right now</source>
        <translation>N&apos;accepte pas de nouveaux clients pour le moment</translation>
    </message>
    <message>
        <source>Already at their limit of {capacity} open referrals</source>
        <translation>A déjà atteint sa limite de {capacity} aiguillages ouverts</translation>
    </message>
    <message>
        <source>Does not speak {language}</source>
        <translation>Ne parle pas {language}</translation>
    </message>
    <message>
        <source>Does not see clients in person</source>
        <translation>Ne reçoit pas en personne</translation>
    </message>
    <message>
        <source>Does not offer virtual sessions</source>
        <translation>N&apos;offre pas de séances en ligne</translation>
    </message>
    <message>
        <source>Lists neither in-person nor virtual sessions</source>
        <translation>N&apos;indique ni séances en personne ni séances en ligne</translation>
    </message>
    <message>
        <source>Does not see clients in person in {city}</source>
        <translation>Ne reçoit pas en personne à {city}</translation>
    </message>
    <message>
        <source>Does not usually work with {group}</source>
        <translation>Ne travaille habituellement pas avec {group}</translation>
    </message>
    <message>
        <source>Fee of {fee} is above the {budget} budget, even on the sliding scale</source>
        <translation>Le tarif de {fee} dépasse le budget de {budget}, même selon l&apos;échelle mobile</translation>
    </message>
    <message>
        <source>Is not {gender}, which you asked for</source>
        <translation>N&apos;est pas {gender}, contrairement à ce que vous avez demandé</translation>
    </message>
    <message>
        <source>Does not meet the rule &apos;{rule}&apos;</source>
        <translation>Ne respecte pas la règle «&#xa0;{rule}&#xa0;»</translation>
    </message>
    <message>
        <source>Client {client} is archived; restore the record before matching.</source>
        <translation>Le dossier du client {client} est archivé&#x202f;; restaurez-le avant le jumelage.</translation>
    </message>
</context>
<context>
    <name>NoMatch</name>
    <message>
        <source>1 therapist is not accepting new clients</source>
        <translation>1 thérapeute n&apos;accepte pas de nouveaux clients</translation>
    </message>
    <message>
        <source>{count} therapists are not accepting new clients</source>
        <translation>{count} thérapeutes n&apos;acceptent pas de nouveaux clients</translation>
    </message>
    <message>
        <source>1 therapist is full (at their limit of open referrals)</source>
        <translation>1 thérapeute est complet (limite d&apos;aiguillages ouverts atteinte)</translation>
    </message>
    <message>
        <source>{count} therapists are full (at their limit of open referrals)</source>
        <translation>{count} thérapeutes sont complets (limite d&apos;aiguillages ouverts atteinte)</translation>
    </message>
    <message>
        <source>1 therapist does not offer sessions in {language}</source>
        <translation>1 thérapeute n&apos;offre pas de séances en {language}</translation>
    </message>
    <message>
        <source>{count} therapists do not offer sessions in {language}</source>
        <translation>{count} thérapeutes n&apos;offrent pas de séances en {language}</translation>
    </message>
    <message>
        <source>1 therapist does not see clients in person</source>
        <translation>1 thérapeute ne reçoit pas en personne</translation>
    </message>
    <message>
        <source>{count} therapists do not see clients in person</source>
        <translation>{count} thérapeutes ne reçoivent pas en personne</translation>
    </message>
    <message>
        <source>1 therapist does not offer virtual sessions</source>
        <translation>1 thérapeute n&apos;offre pas de séances en ligne</translation>
    </message>
    <message>
        <source>{count} therapists do not offer virtual sessions</source>
        <translation>{count} thérapeutes n&apos;offrent pas de séances en ligne</translation>
    </message>
    <message>
        <source>1 therapist does not list in-person or virtual sessions</source>
        <translation>1 thérapeute n&apos;indique ni séances en personne ni séances en ligne</translation>
    </message>
    <message>
        <source>{count} therapists do not list in-person or virtual sessions</source>
        <translation>{count} thérapeutes n&apos;indiquent ni séances en personne ni séances en ligne</translation>
    </message>
    <message>
        <source>1 therapist does not see clients in person in {city}</source>
        <translation>1 thérapeute ne reçoit pas en personne à {city}</translation>
    </message>
    <message>
        <source>{count} therapists do not see clients in person in {city}</source>
        <translation>{count} thérapeutes ne reçoivent pas en personne à {city}</translation>
    </message>
    <message>
        <source>1 therapist does not work with {group}</source>
        <translation>1 thérapeute ne travaille pas avec {group}</translation>
    </message>
    <message>
        <source>{count} therapists do not work with {group}</source>
        <translation>{count} thérapeutes ne travaillent pas avec {group}</translation>
    </message>
    <message>
        <source>1 therapist charges more than {budget}, even on the sliding scale</source>
        <translation>1 thérapeute demande plus de {budget}, même selon l&apos;échelle mobile</translation>
    </message>
    <message>
        <source>{count} therapists charge more than {budget}, even on the sliding scale</source>
        <translation>{count} thérapeutes demandent plus de {budget}, même selon l&apos;échelle mobile</translation>
    </message>
    <message>
        <source>1 therapist is not a woman</source>
        <translation>1 thérapeute n&apos;est pas une femme</translation>
    </message>
    <message>
        <source>{count} therapists are not women</source>
        <translation>{count} thérapeutes ne sont pas des femmes</translation>
    </message>
    <message>
        <source>1 therapist is not a man</source>
        <translation>1 thérapeute n&apos;est pas un homme</translation>
    </message>
    <message>
        <source>{count} therapists are not men</source>
        <translation>{count} thérapeutes ne sont pas des hommes</translation>
    </message>
    <message>
        <source>1 therapist is not nonbinary</source>
        <translation>1 thérapeute n&apos;est pas une personne non binaire</translation>
    </message>
    <message>
        <source>{count} therapists are not nonbinary</source>
        <translation>{count} thérapeutes ne sont pas des personnes non binaires</translation>
    </message>
    <message>
        <source>1 therapist fails the rule &apos;{rule}&apos;</source>
        <translation>1 thérapeute ne respecte pas la règle «&#xa0;{rule}&#xa0;»</translation>
    </message>
    <message>
        <source>{count} therapists fail the rule &apos;{rule}&apos;</source>
        <translation>{count} thérapeutes ne respectent pas la règle «&#xa0;{rule}&#xa0;»</translation>
    </message>
    <message>
        <source>No therapist is accepting new clients</source>
        <translation>Aucun thérapeute n&apos;accepte de nouveaux clients</translation>
    </message>
    <message>
        <source>No therapist accepting new clients has room for another referral</source>
        <translation>Aucun thérapeute qui accepte de nouveaux clients n&apos;a de place pour un autre aiguillage</translation>
    </message>
    <message>
        <source>No therapist left has room for another referral</source>
        <translation>Aucun thérapeute restant n&apos;a de place pour un autre aiguillage</translation>
    </message>
    <message>
        <source>No therapist accepting new clients offers sessions in {language}</source>
        <translation>Aucun thérapeute qui accepte de nouveaux clients n&apos;offre de séances en {language}</translation>
    </message>
    <message>
        <source>No therapist left offers sessions in {language}</source>
        <translation>Aucun thérapeute restant n&apos;offre de séances en {language}</translation>
    </message>
    <message>
        <source>No therapist left sees clients in person</source>
        <translation>Aucun thérapeute restant ne reçoit en personne</translation>
    </message>
    <message>
        <source>No therapist left offers virtual sessions</source>
        <translation>Aucun thérapeute restant n&apos;offre de séances en ligne</translation>
    </message>
    <message>
        <source>No therapist left lists in-person or virtual sessions</source>
        <translation>Aucun thérapeute restant n&apos;indique de séances en personne ou en ligne</translation>
    </message>
    <message>
        <source>No therapist left sees clients in person in {city}</source>
        <translation>Aucun thérapeute restant ne reçoit en personne à {city}</translation>
    </message>
    <message>
        <source>No therapist left works with {group}</source>
        <translation>Aucun thérapeute restant ne travaille avec {group}</translation>
    </message>
    <message>
        <source>No therapist left fits a budget of {budget}, even on the sliding scale</source>
        <translation>Aucun thérapeute restant ne respecte un budget de {budget}, même selon l&apos;échelle mobile</translation>
    </message>
    <message>
        <source>No therapist left is {gender}</source>
        <translation>Aucun thérapeute restant n&apos;est {gender}</translation>
    </message>
    <message>
        <source>No therapist left meets the rule &apos;{rule}&apos;</source>
        <translation>Aucun thérapeute restant ne respecte la règle «&#xa0;{rule}&#xa0;»</translation>
    </message>
    <message>
        <source>Every therapist in the directory is archived</source>
        <translation>Tous les thérapeutes du répertoire sont archivés</translation>
    </message>
    <message>
        <source>No therapists are in the directory yet</source>
        <translation>Le répertoire ne compte encore aucun thérapeute</translation>
    </message>
    <message>
        <source>Every therapist who fits has already been tried for this client</source>
        <translation>Tous les thérapeutes qui conviennent ont déjà été essayés pour ce client</translation>
    </message>
    <message>
        <source>1 therapist already tried for this client was left out</source>
        <translation>1 thérapeute déjà essayé pour ce client a été écarté</translation>
    </message>
    <message>
        <source>{count} therapists already tried for this client were left out</source>
        <translation>{count} thérapeutes déjà essayés pour ce client ont été écartés</translation>
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
    <name>People</name>
    <message>
        <source>There is no client with intake id &apos;{id}&apos;.</source>
        <translation>Il n&apos;y a aucun client avec le nº d&apos;accueil «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no therapist with directory id &apos;{id}&apos;.</source>
        <translation>Il n&apos;y a aucun thérapeute avec le nº au répertoire «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>A client with intake id &apos;{id}&apos; already exists; choose another id.</source>
        <translation>Un client avec le nº d&apos;accueil «&#xa0;{id}&#xa0;» existe déjà&#x202f;; choisissez un autre numéro.</translation>
    </message>
    <message>
        <source>A therapist with directory id &apos;{id}&apos; already exists; choose another id.</source>
        <translation>Un thérapeute avec le nº au répertoire «&#xa0;{id}&#xa0;» existe déjà&#x202f;; choisissez un autre numéro.</translation>
    </message>
    <message>
        <source>A client with intake id &apos;{taken}&apos; already exists, and &apos;{id}&apos; differs from it only in upper/lower case; choose an id that is clearly different.</source>
        <translation>Un client avec le nº d&apos;accueil «&#xa0;{taken}&#xa0;» existe déjà, et «&#xa0;{id}&#xa0;» n&apos;en diffère que par les majuscules et minuscules&#x202f;; choisissez un numéro nettement différent.</translation>
    </message>
    <message>
        <source>A therapist with directory id &apos;{taken}&apos; already exists, and &apos;{id}&apos; differs from it only in upper/lower case; choose an id that is clearly different.</source>
        <translation>Un thérapeute avec le nº au répertoire «&#xa0;{taken}&#xa0;» existe déjà, et «&#xa0;{id}&#xa0;» n&apos;en diffère que par les majuscules et minuscules&#x202f;; choisissez un numéro nettement différent.</translation>
    </message>
    <message>
        <source>A client with intake id &apos;{id}&apos; was just added at another desk; nothing was saved. Choose another id.</source>
        <translation>Un client avec le nº d&apos;accueil «&#xa0;{id}&#xa0;» vient d&apos;être ajouté à un autre poste&#x202f;; rien n&apos;a été enregistré. Choisissez un autre numéro.</translation>
    </message>
    <message>
        <source>A therapist with directory id &apos;{id}&apos; was just added at another desk; nothing was saved. Choose another id.</source>
        <translation>Un thérapeute avec le nº au répertoire «&#xa0;{id}&#xa0;» vient d&apos;être ajouté à un autre poste&#x202f;; rien n&apos;a été enregistré. Choisissez un autre numéro.</translation>
    </message>
    <message>
        <source>Someone else saved this client ({id}) after you opened it. Close the form, open the record again and redo your change.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce client ({id}) après que vous l&apos;avez ouvert. Fermez le formulaire, rouvrez le dossier et refaites votre modification.</translation>
    </message>
    <message>
        <source>Someone else saved this therapist ({id}) after you opened it. Close the form, open the record again and redo your change.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré ce thérapeute ({id}) après que vous l&apos;avez ouvert. Fermez le formulaire, rouvrez le dossier et refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Needs an admin account</source>
        <translation>Exige un compte administrateur</translation>
    </message>
    <message>
        <source>Needs a director or admin account</source>
        <translation>Exige un compte de direction ou administrateur</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <source>{target}: the folder {parent} does not exist; create it first or choose another place.</source>
        <translation>{target}&#xa0;: le dossier {parent} n&apos;existe pas&#x202f;; créez-le d&apos;abord ou choisissez un autre endroit.</translation>
    </message>
    <message>
        <source>{target} is a file, not a folder; choose a new folder name for the directory.</source>
        <translation>{target} est un fichier et non un dossier&#x202f;; choisissez un nouveau nom de dossier pour le répertoire.</translation>
    </message>
    <message>
        <source>{target} already holds other files and is not a directory published by OPCC Desk; choose a new or empty folder, so that nothing there is lost.</source>
        <translation>{target} contient déjà d&apos;autres fichiers et n&apos;est pas un répertoire publié par OPCC Desk&#x202f;; choisissez un dossier nouveau ou vide, pour que rien n&apos;y soit perdu.</translation>
    </message>
    <message>
        <source>{target}: the program may not write in {parent}; choose a folder you can write to, or ask your IT helper for access.</source>
        <translation>{target}&#xa0;: le programme n&apos;a pas le droit d&apos;écrire dans {parent}&#x202f;; choisissez un dossier où vous pouvez écrire, ou demandez l&apos;accès à votre soutien informatique.</translation>
    </message>
    <message>
        <source>{target}: cannot write in {parent} ({reason}); choose another folder.</source>
        <translation>{target}&#xa0;: impossible d&apos;écrire dans {parent} ({reason})&#x202f;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>{target}: the directory could not be written ({reason}); the previous publication, if any, is unchanged. Free some space or choose another folder.</source>
        <translation>{target}&#xa0;: le répertoire n&apos;a pas pu être écrit ({reason})&#x202f;; la publication précédente, s&apos;il y en a une, est intacte. Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Client {id}: {name}</source>
        <translation>Client {id}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Ce client</translation>
    </message>
    <message>
        <source>client {id}</source>
        <translation>le dossier du client {id}</translation>
    </message>
    <message>
        <source>{label}: {choice}</source>
        <translation>{label}&#xa0;: {choice}</translation>
    </message>
    <message>
        <source>Type or pick a language</source>
        <translation>Tapez ou choisissez une langue</translation>
    </message>
    <message>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} caractères</translation>
    </message>
    <message>
        <source>Fields marked * are required.  Enter moves to the next field.  Ctrl+S saves, Esc closes.</source>
        <translation>Les champs marqués * sont obligatoires.  Entrée passe au champ suivant.  Ctrl+S enregistre, Échap ferme.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Enregistrer et fermer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the field marked in red ({labels}).</source>
        <translation>Pas encore enregistré&#xa0;: veuillez corriger le champ marqué en rouge ({labels}).</translation>
    </message>
    <message>
        <source>Not saved yet: please fix the {count} fields marked in red ({labels}).</source>
        <translation>Pas encore enregistré&#xa0;: veuillez corriger les {count} champs marqués en rouge ({labels}).</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>{label}: tick at least one (required)</source>
        <translation>{label}&#xa0;: cochez-en au moins un (obligatoire)</translation>
    </message>
    <message>
        <source>{label} {message}</source>
        <translation>{label} {message}</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{title} (archived)</source>
        <translation>{title} (archivé)</translation>
    </message>
    <message>
        <source>The id of a saved record cannot change.</source>
        <translation>Le numéro d&apos;un dossier enregistré ne peut pas changer.</translation>
    </message>
    <message>
        <source>is already taken; choose another id</source>
        <translation>est déjà pris&#x202f;; choisissez un autre numéro</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>{message} What you typed stays in this form and is saved as soon as the database answers again (or press Save to try now).</source>
        <translation>{message} Ce que vous avez tapé reste dans ce formulaire et sera enregistré dès que la base de données répondra de nouveau (ou appuyez sur Enregistrer pour réessayer maintenant).</translation>
    </message>
    <message>
        <source>Another desk saved this record after you opened it. Your changes are still here; press Save again to compare the two and choose.</source>
        <translation>Un autre poste a enregistré ce dossier après que vous l&apos;avez ouvert. Vos changements sont toujours là&#x202f;; appuyez de nouveau sur Enregistrer pour comparer les deux et choisir.</translation>
    </message>
    <message>
        <source>New therapist</source>
        <translation>Nouveau thérapeute</translation>
    </message>
    <message>
        <source>Therapist {id}: {name}</source>
        <translation>Thérapeute {id}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>This therapist</source>
        <translation>Ce thérapeute</translation>
    </message>
    <message>
        <source>therapist {id}</source>
        <translation>la fiche du thérapeute {id}</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>{text} ({note})</source>
        <translation>{text} ({note})</translation>
    </message>
</context>
<context>
    <name>Referral lifecycle</name>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contacté</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>rendez-vous pris</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>no_response</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>this referral is already {status}; it cannot change any more</source>
        <translation>cet aiguillage a déjà le statut «&#xa0;{status}&#xa0;»&#x202f;; il ne peut plus changer</translation>
    </message>
    <message>
        <source>a referral that is {current} cannot become {new}; it can become {options}</source>
        <translation>un aiguillage au statut «&#xa0;{current}&#xa0;» ne peut pas passer à «&#xa0;{new}&#xa0;»&#x202f;; il peut passer à&#xa0;: {options}</translation>
    </message>
    <message>
        <source>say why the referral is {status} (--reason)</source>
        <translation>indiquez pourquoi l&apos;aiguillage passe au statut «&#xa0;{status}&#xa0;» (--reason)</translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Aiguillé le</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Therapist {therapist} is at capacity ({open} open referrals, capacity {capacity}); choose another therapist, or a director can refer over capacity with a reason.</source>
        <translation>Le thérapeute {therapist} est à pleine capacité (aiguillages en cours&#xa0;: {open}, capacité&#xa0;: {capacity})&#x202f;; choisissez un autre thérapeute, ou la direction peut aiguiller au-delà de la capacité en donnant une raison.</translation>
    </message>
    <message>
        <source>Referring over capacity needs a reason: therapist {therapist} has {open} open referrals and capacity {capacity}.</source>
        <translation>Un aiguillage au-delà de la capacité exige une raison&#xa0;: thérapeute {therapist}, aiguillages en cours&#xa0;: {open}, capacité&#xa0;: {capacity}.</translation>
    </message>
    <message>
        <source>&apos;{approach}&apos; is not an approach in the catalogue</source>
        <translation>«&#xa0;{approach}&#xa0;» n&apos;est pas une approche du catalogue</translation>
    </message>
    <message>
        <source>The client is archived; restore the record before referring.</source>
        <translation>Le dossier du client est archivé&#x202f;; restaurez-le avant d&apos;aiguiller.</translation>
    </message>
    <message>
        <source>The therapist is archived; restore the record before referring.</source>
        <translation>Le dossier du thérapeute est archivé&#x202f;; restaurez-le avant d&apos;aiguiller.</translation>
    </message>
    <message>
        <source>There is no referral with id {id}.</source>
        <translation>Il n&apos;y a aucun aiguillage nº {id}.</translation>
    </message>
    <message>
        <source>Referral {id}: {why}.</source>
        <translation>Aiguillage {id}&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>Referral {id} is still {status}; end it before matching again.</source>
        <translation>L&apos;aiguillage {id} a encore le statut «&#xa0;{status}&#xa0;»&#x202f;; terminez-le avant de refaire le jumelage.</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Letter se&amp;nt</source>
        <translation>Lettre e&amp;nvoyée</translation>
    </message>
    <message>
        <source>Client cont&amp;acted therapist</source>
        <translation>Le client a &amp;joint le thérapeute</translation>
    </message>
    <message>
        <source>First session &amp;booked</source>
        <translation>Première séance réser&amp;vée</translation>
    </message>
    <message>
        <source>First sessio&amp;n held</source>
        <translation>Première séa&amp;nce tenue</translation>
    </message>
    <message>
        <source>Close (therap&amp;y ended)</source>
        <translation>Fermer (t&amp;hérapie terminée)</translation>
    </message>
    <message>
        <source>&amp;Declined…</source>
        <translation>Ref&amp;usé…</translation>
    </message>
    <message>
        <source>No resp&amp;onse</source>
        <translation>Sans rép&amp;onse</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>Retiré (&amp;désistement)…</translation>
    </message>
    <message>
        <source>The referral letter went to the client</source>
        <translation>La lettre d&apos;aiguillage a été envoyée au client</translation>
    </message>
    <message>
        <source>The client and the therapist have spoken</source>
        <translation>Le client et le thérapeute se sont parlé</translation>
    </message>
    <message>
        <source>A first session is booked</source>
        <translation>Une première séance est réservée</translation>
    </message>
    <message>
        <source>The first session took place; therapy goes on</source>
        <translation>La première séance a eu lieu&#x202f;; la thérapie se poursuit</translation>
    </message>
    <message>
        <source>Therapy finished</source>
        <translation>Thérapie terminée</translation>
    </message>
    <message>
        <source>The client or the therapist said no (you will be asked why)</source>
        <translation>Le client ou le thérapeute a refusé (on vous demandera pourquoi)</translation>
    </message>
    <message>
        <source>The client could not be reached</source>
        <translation>Le client n&apos;a pas pu être joint</translation>
    </message>
    <message>
        <source>The client no longer wants this referral (you will be asked why)</source>
        <translation>Le client ne veut plus de cet aiguillage (on vous demandera pourquoi)</translation>
    </message>
    <message>
        <source>urgent priority</source>
        <translation>priorité urgente</translation>
    </message>
    <message>
        <source>high priority</source>
        <translation>priorité haute</translation>
    </message>
    <message>
        <source>normal priority</source>
        <translation>priorité normale</translation>
    </message>
    <message>
        <source>low priority</source>
        <translation>priorité basse</translation>
    </message>
    <message numerus="yes">
        <source>• {name} ({id}), {priority}, waiting %n day(s)</source>
        <translation>
            <numerusform>• {name} ({id}), {priority}, en attente depuis %n jour</numerusform>
            <numerusform>• {name} ({id}), {priority}, en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Tous les aiguillages</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>En cours seulement</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>Save every referral to a CSV file for a spreadsheet</source>
        <translation>Enregistrer tous les aiguillages dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Client name or intake id, referral number, therapist</source>
        <translation>Nom ou nº d&apos;accueil du client, nº d&apos;aiguillage, thérapeute</translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation>Rechercher des aiguillages</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <source>Choose a referral to see its history and next steps</source>
        <translation>Choisissez un aiguillage pour voir son historique et les prochaines étapes</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>Match a&amp;gain…</source>
        <translation>&amp;Jumeler à nouveau…</translation>
    </message>
    <message>
        <source>Find another therapist for this client, leaving out the ones already tried</source>
        <translation>Trouver un autre thérapeute pour ce client, sans ceux déjà essayés</translation>
    </message>
    <message>
        <source>First session on:</source>
        <translation>Première séance le&#xa0;:</translation>
    </message>
    <message>
        <source>Save date</source>
        <translation>Enregistrer la date</translation>
    </message>
    <message>
        <source>The follow-up falls due on that day.</source>
        <translation>Le suivi est dû ce jour-là.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>History of the chosen referral</source>
        <translation>Historique de l&apos;aiguillage choisi</translation>
    </message>
    <message>
        <source>Could not load referrals</source>
        <translation>Impossible de charger les aiguillages</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) found</source>
        <translation>
            <numerusform>%n aiguillage trouvé</numerusform>
            <numerusform>%n aiguillages trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n aiguillage</numerusform>
            <numerusform>%n aiguillages</numerusform>
        </translation>
    </message>
    <message>
        <source>This referral has ended; its history is kept below.</source>
        <translation>Cet aiguillage est terminé&#x202f;; son historique est conservé ci-dessous.</translation>
    </message>
    <message>
        <source>Several referrals are selected: choose one to move it</source>
        <translation>Plusieurs aiguillages sont sélectionnés&#xa0;: choisissez-en un pour le faire avancer</translation>
    </message>
    <message>
        <source>Referral {id}: {client} ({client_id}) with {therapist} ({therapist_id}) · {status}</source>
        <translation>Aiguillage {id}&#xa0;: {client} ({client_id}) avec {therapist} ({therapist_id}) · {status}</translation>
    </message>
    <message>
        <source>Could not load the referral&apos;s history</source>
        <translation>Impossible de charger l&apos;historique de l&apos;aiguillage</translation>
    </message>
    <message>
        <source>No date saved yet: the follow-up is due a week after booking.</source>
        <translation>Aucune date enregistrée&#xa0;: le suivi est dû une semaine après la prise de rendez-vous.</translation>
    </message>
    <message>
        <source>Created ({status})</source>
        <translation>Créé ({status})</translation>
    </message>
    <message>
        <source>Referral {id}: {status}</source>
        <translation>Aiguillage {id}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Why did the referral end as “{status}”? (kept in its history)</source>
        <translation>Pourquoi l&apos;aiguillage s&apos;est-il terminé ainsi («&#xa0;{status}&#xa0;»)&#x202f;? (conservé dans son historique)</translation>
    </message>
    <message>
        <source>Referral {id}</source>
        <translation>Aiguillage {id}</translation>
    </message>
    <message>
        <source>Mark referral {id} as &apos;{status}&apos;? This ends the referral; it cannot be reopened.</source>
        <translation>Marquer l&apos;aiguillage {id} comme «&#xa0;{status}&#xa0;»&#x202f;? Cela met fin à l&apos;aiguillage&#x202f;; il ne pourra pas être rouvert.</translation>
    </message>
    <message>
        <source>The referral was not changed</source>
        <translation>L&apos;aiguillage n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>Waiting clients this therapist now fits</source>
        <translation>Clients en attente qui conviennent maintenant à ce thérapeute</translation>
    </message>
    <message>
        <source>{therapist} ({id}) has room again and fits:

{listed}

Nobody has been contacted. Open the waitlist to refer them.</source>
        <translation>{therapist} ({id}) a de nouveau de la place et convient à&#xa0;:

{listed}

Personne n&apos;a été joint. Ouvrez la liste d&apos;attente pour les aiguiller.</translation>
    </message>
    <message>
        <source>The date was not saved</source>
        <translation>La date n&apos;a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>Rekey</name>
    <message>
        <source>{problem}; nothing was changed</source>
        <translation>{problem}&#x202f;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>nothing was changed: {reason}</source>
        <translation>rien n&apos;a été modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; was removed, but the database could not be given a new key: {reason}; then run &apos;opcc-desk db rekey&apos;</source>
        <translation>«&#xa0;{username}&#xa0;» a été supprimé, mais la base de données n&apos;a pas pu recevoir une nouvelle clé&#xa0;: {reason}&#x202f;; exécutez ensuite «&#xa0;opcc-desk db rekey&#xa0;»</translation>
    </message>
    <message>
        <source>only an encrypted database file has a key to change</source>
        <translation>seul un fichier de base de données chiffré a une clé à changer</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Referral summary</source>
        <translation>Sommaire des aiguillages</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>{clinic} · Referral summary, {start} to {end}</source>
        <translation>{clinic} · Sommaire des aiguillages du {start} au {end}</translation>
    </message>
    <message>
        <source>Made on {date}. Counts cover referrals made in this period; who is still waiting is as of the day it was made. Confidential: it names clients.</source>
        <translation>Fait le {date}. Les chiffres portent sur les aiguillages faits pendant cette période&#x202f;; les personnes encore en attente sont celles du jour où il a été fait. Confidentiel&#xa0;: il nomme des clients.</translation>
    </message>
    <message>
        <source>Made on {date} by {user}. Counts cover referrals made in this period; who is still waiting is as of the day it was made. Confidential: it names clients.</source>
        <translation>Fait le {date} par {user}. Les chiffres portent sur les aiguillages faits pendant cette période&#x202f;; les personnes encore en attente sont celles du jour où il a été fait. Confidentiel&#xa0;: il nomme des clients.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} de {pages}</translation>
    </message>
    <message>
        <source>Confidential: personal health information. Keep it locked away and shred it when no longer needed.</source>
        <translation>Confidentiel&#xa0;: renseignements personnels sur la santé. Gardez-le sous clé et déchiquetez-le lorsqu&apos;il n&apos;est plus utile.</translation>
    </message>
    <message>
        <source>Referrals over the period, and what became of them</source>
        <translation>Les aiguillages de la période et ce qu&apos;il en est advenu</translation>
    </message>
    <message>
        <source>By status today</source>
        <translation>Par statut aujourd&apos;hui</translation>
    </message>
    <message>
        <source>By approach</source>
        <translation>Par approche</translation>
    </message>
    <message>
        <source>By therapist</source>
        <translation>Par thérapeute</translation>
    </message>
    <message>
        <source>Why referrals fell through</source>
        <translation>Pourquoi des aiguillages n&apos;ont pas abouti</translation>
    </message>
    <message>
        <source>Who is still waiting</source>
        <translation>Qui attend encore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Aiguillages</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Thérapeute</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouverts</translation>
    </message>
    <message>
        <source>Fell through</source>
        <translation>Non aboutis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Raison donnée</translation>
    </message>
    <message>
        <source>Waiting since intake</source>
        <translation>Attente depuis la demande d&apos;accueil</translation>
    </message>
    <message>
        <source>On an open referral</source>
        <translation>Avec un aiguillage ouvert</translation>
    </message>
    <message>
        <source>Not referred, or to refer again</source>
        <translation>Pas encore aiguillés, ou à aiguiller de nouveau</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Intake id</source>
        <translation>Nº d&apos;accueil</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Date d&apos;accueil</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>People who came in (intakes in the period)</source>
        <translation>Personnes venues à l&apos;accueil (demandes d&apos;accueil de la période)</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Aiguillages faits</translation>
    </message>
    <message>
        <source>Clients referred</source>
        <translation>Clients aiguillés</translation>
    </message>
    <message>
        <source>Reached a first session</source>
        <translation>Ont mené à une première séance</translation>
    </message>
    <message>
        <source>Still open, no first session yet</source>
        <translation>Encore ouverts, sans première séance pour l&apos;instant</translation>
    </message>
    <message>
        <source>Median time from intake to first referral</source>
        <translation>Délai médian de la demande d&apos;accueil au premier aiguillage</translation>
    </message>
    <message>
        <source>Median time from referral to first session</source>
        <translation>Délai médian de l&apos;aiguillage à la première séance</translation>
    </message>
    <message>
        <source>People still waiting today</source>
        <translation>Personnes encore en attente aujourd&apos;hui</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>{days} day (of {count})</source>
        <translation>{days} jour (sur {count})</translation>
    </message>
    <message>
        <source>{days} days (of {count})</source>
        <translation>{days} jours (sur {count})</translation>
    </message>
    <message>
        <source>No referrals in this period.</source>
        <translation>Aucun aiguillage pendant cette période.</translation>
    </message>
    <message>
        <source>No referral of this period fell through.</source>
        <translation>Tous les aiguillages de cette période ont abouti ou sont encore ouverts.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n&apos;est en attente.</translation>
    </message>
    <message>
        <source>The {shown} people who have waited longest, of {total}.</source>
        <translation>Les {shown} personnes qui attendent depuis le plus longtemps, sur {total}.</translation>
    </message>
    <message>
        <source>Everyone still waiting, longest wait first.</source>
        <translation>Toutes les personnes encore en attente, de la plus longue attente à la plus courte.</translation>
    </message>
    <message>
        <source>Up to 1 week</source>
        <translation>Jusqu&apos;à 1 semaine</translation>
    </message>
    <message>
        <source>1 to 4 weeks</source>
        <translation>De 1 à 4 semaines</translation>
    </message>
    <message>
        <source>1 to 3 months</source>
        <translation>De 1 à 3 mois</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>De 3 à 6 mois</translation>
    </message>
    <message>
        <source>More than 6 months</source>
        <translation>Plus de 6 mois</translation>
    </message>
    <message>
        <source>No approach recorded</source>
        <translation>Aucune approche inscrite</translation>
    </message>
    <message>
        <source>Open referral, no first session yet</source>
        <translation>Aiguillage ouvert, sans première séance</translation>
    </message>
    <message>
        <source>To refer again (fell through)</source>
        <translation>À aiguiller de nouveau (non abouti)</translation>
    </message>
    <message>
        <source>Not referred yet</source>
        <translation>Pas encore aiguillé</translation>
    </message>
    <message>
        <source>Jan {year}</source>
        <translation>janv. {year}</translation>
    </message>
    <message>
        <source>Feb {year}</source>
        <translation>févr. {year}</translation>
    </message>
    <message>
        <source>Mar {year}</source>
        <translation>mars {year}</translation>
    </message>
    <message>
        <source>Apr {year}</source>
        <translation>avr. {year}</translation>
    </message>
    <message>
        <source>May {year}</source>
        <translation>mai {year}</translation>
    </message>
    <message>
        <source>Jun {year}</source>
        <translation>juin {year}</translation>
    </message>
    <message>
        <source>Jul {year}</source>
        <translation>juil. {year}</translation>
    </message>
    <message>
        <source>Aug {year}</source>
        <translation>août {year}</translation>
    </message>
    <message>
        <source>Sep {year}</source>
        <translation>sept. {year}</translation>
    </message>
    <message>
        <source>Oct {year}</source>
        <translation>oct. {year}</translation>
    </message>
    <message>
        <source>Nov {year}</source>
        <translation>nov. {year}</translation>
    </message>
    <message>
        <source>Dec {year}</source>
        <translation>déc. {year}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Referral summary</source>
        <translation>Sommaire des aiguillages</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Make summary</source>
        <translation>&amp;Produire le sommaire</translation>
    </message>
    <message>
        <source>Choose the period, then Make summary. Referrals made on both days count.</source>
        <translation>Choisissez la période, puis Produire le sommaire. Les aiguillages faits le premier et le dernier jour comptent.</translation>
    </message>
    <message>
        <source>Summary preview</source>
        <translation>Aperçu du sommaire</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au&#xa0;:</translation>
    </message>
    <message>
        <source>Check the dates</source>
        <translation>Vérifiez les dates</translation>
    </message>
    <message>
        <source>Counting referrals…</source>
        <translation>Décompte des aiguillages…</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Production du sommaire…</translation>
    </message>
    <message>
        <source>The summary was not made.</source>
        <translation>Le sommaire n&apos;a pas été produit.</translation>
    </message>
    <message>
        <source>Referral summary for {start} to {end}.</source>
        <translation>Sommaire des aiguillages du {start} au {end}.</translation>
    </message>
    <message>
        <source>Save the referral summary</source>
        <translation>Enregistrer le sommaire des aiguillages</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>Sommaire non enregistré</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The period starts on {start}, after it ends on {end}; give the earlier date first.</source>
        <translation>La période commence le {start}, après sa fin le {end}&#x202f;; indiquez d&apos;abord la date la plus ancienne.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Say why these records are purged (e.g. &apos;retention period of 10 years&apos;).</source>
        <translation>Indiquez pourquoi ces dossiers sont purgés (p. ex. «&#xa0;période de conservation de 10 ans&#xa0;»).</translation>
    </message>
    <message>
        <source>The date must be in the past.</source>
        <translation>La date doit être passée.</translation>
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
    <name>ServerLogins</name>
    <message>
        <source>the desk login&apos;s rights are set on a PostgreSQL server only</source>
        <translation>les droits de la connexion des postes ne se règlent que sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&apos;{desk}&apos; is not a plain login name; use lower-case letters, digits and &apos;_&apos;</source>
        <translation>«&#xa0;{desk}&#xa0;» n&apos;est pas un nom de connexion simple&#x202f;; utilisez des lettres minuscules, des chiffres et «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <source>the server has no login named &apos;{desk}&apos;; create it first (see the README, &apos;Two logins on the server&apos;)</source>
        <translation>le serveur n&apos;a aucune connexion nommée «&#xa0;{desk}&#xa0;»&#x202f;; créez-la d&apos;abord (voir le README, «&#xa0;Two logins on the server&#xa0;»)</translation>
    </message>
    <message>
        <source>run this with the owner&apos;s login, not with the desk login itself</source>
        <translation>exécutez ceci avec la connexion du propriétaire, et non avec la connexion des postes elle-même</translation>
    </message>
    <message>
        <source>only the login that owns the tables (the one that ran &apos;db upgrade&apos;) can set the desk login&apos;s rights; nothing was changed</source>
        <translation>seule la connexion propriétaire des tables (celle qui a exécuté «&#xa0;db upgrade&#xa0;») peut régler les droits de la connexion des postes&#x202f;; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose between {minimum} and {maximum} minutes.</source>
        <translation>Choisissez entre {minimum} et {maximum} minutes.</translation>
    </message>
    <message>
        <source>Give the follow-up delay for {statuses} as 0 to 60 business days.</source>
        <translation>Indiquez le délai de suivi pour {statuses} en jours ouvrables, de 0 à 60.</translation>
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
    <name>SystemReason</name>
    <message>
        <source>No such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>le disque ou la ressource est occupé</translation>
    </message>
</context>
<context>
    <name>TherapistEditor</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Directory id</source>
        <translation>N° au répertoire</translation>
    </message>
    <message>
        <source>e.g. T-7</source>
        <translation>p. ex. T-7</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>p. ex. elle, iel</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titres professionnels</translation>
    </message>
    <message>
        <source>e.g. RP, MSW, RSW</source>
        <translation>p. ex. PA, M.S.S., TSI</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>N° de permis</translation>
    </message>
    <message>
        <source>e.g. CRPO 012345</source>
        <translation>p. ex. OPAO 012345</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>name@example.ca</source>
        <translation>nom@exemple.ca</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>A few sentences for clients: who they are and how they work</source>
        <translation>Quelques phrases pour les clients&#xa0;: qui est la personne et comment elle travaille</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <source>Specialises in</source>
        <translation>Spécialités</translation>
    </message>
    <message>
        <source>Clients and sessions</source>
        <translation>Clients et séances</translation>
    </message>
    <message>
        <source>Works with</source>
        <translation>Travaille avec</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Groupes d&apos;âge</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Office locations</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>e.g. Toronto; Mississauga</source>
        <translation>p. ex. Ottawa&#x202f;; Sudbury</translation>
    </message>
    <message>
        <source>Fees and openings</source>
        <translation>Tarifs et places</translation>
    </message>
    <message>
        <source>Full fee</source>
        <translation>Tarif plein</translation>
    </message>
    <message>
        <source>e.g. 150</source>
        <translation>p. ex. 150</translation>
    </message>
    <message>
        <source>per session</source>
        <translation>par séance</translation>
    </message>
    <message>
        <source>Sliding scale from</source>
        <translation>Échelle mobile à partir de</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>empty = no sliding scale</source>
        <translation>vide = pas d&apos;échelle mobile</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>Accepting new clients</source>
        <translation>Accepte de nouveaux clients</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Listed in the published directory</source>
        <translation>Figure dans le répertoire publié</translation>
    </message>
    <message>
        <source>Directory contact</source>
        <translation>Coordonnées au répertoire</translation>
    </message>
    <message>
        <source>Show their own phone and email (otherwise the clinic&apos;s intake contact)</source>
        <translation>Afficher son propre téléphone et son courriel (sinon, les coordonnées d&apos;accueil de la clinique)</translation>
    </message>
    <message>
        <source>Most open referrals</source>
        <translation>Aiguillages ouverts au plus</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>empty = no limit</source>
        <translation>vide = sans limite</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
</context>
<context>
    <name>TherapistTableModel</name>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Directory id</source>
        <translation>Nº au répertoire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Titres</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Sliding scale from</source>
        <translation>Tarif dégressif dès</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Accepte</translation>
    </message>
    <message>
        <source>Open / capacity</source>
        <translation>En cours / capacité</translation>
    </message>
    <message>
        <source>Open referrals, and the most this therapist takes at once</source>
        <translation>Aiguillages en cours, et le maximum que ce thérapeute accepte à la fois</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>TherapistsTab</name>
    <message>
        <source>Search therapists</source>
        <translation>Rechercher des thérapeutes</translation>
    </message>
    <message>
        <source>Name, email, phone or directory id</source>
        <translation>Nom, courriel, téléphone ou nº au répertoire</translation>
    </message>
    <message>
        <source>&amp;Add therapist…</source>
        <translation>Ajo&amp;uter un thérapeute…</translation>
    </message>
    <message>
        <source>Could not load therapists</source>
        <translation>Impossible de charger les thérapeutes</translation>
    </message>
    <message>
        <source>Archive therapist</source>
        <translation>Archiver le thérapeute</translation>
    </message>
    <message>
        <source>Archive therapist {id}? It will be hidden from the list and from matching. Nothing is deleted: tick &apos;Show archived&apos; to find it and restore it.</source>
        <translation>Archiver le thérapeute {id}&#x202f;? Il sera masqué de la liste et du jumelage. Rien n&apos;est supprimé&#xa0;: cochez «&#xa0;Afficher les archivés&#xa0;» pour le retrouver et le restaurer.</translation>
    </message>
    <message>
        <source>Could not archive the therapist</source>
        <translation>Impossible d&apos;archiver le thérapeute</translation>
    </message>
    <message numerus="yes">
        <source>%n therapist(s)</source>
        <translation>
            <numerusform>%n thérapeute</numerusform>
            <numerusform>%n thérapeutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Therapists</source>
        <translation>Thérapeutes</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>OPCC Desk is locked</source>
        <translation>OPCC Desk est verrouillé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
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
<context>
    <name>Waitlist</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Put on the waitlist</source>
        <translation>Inscrire sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Client {id} waits until a suitable therapist has room.
Priority:</source>
        <translation>Le client {id} attend qu&apos;un thérapeute qui lui convient ait de la place.
Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>The client was not put on the waitlist</source>
        <translation>Le client n&apos;a pas été inscrit sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>Sur la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Client {id} is on the waitlist (priority: {priority}). OPCC Desk lists them when a therapist who fits has room.</source>
        <translation>Le client {id} est sur la liste d&apos;attente (priorité&#xa0;: {priority}). OPCC Desk le signale quand un thérapeute qui lui convient a de la place.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Could go to now</source>
        <translation>Pourrait aller chez</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Therapists who fit every need and have room today (best first)</source>
        <translation>Thérapeutes qui répondent à tous les besoins et ont de la place aujourd&apos;hui (le meilleur d&apos;abord)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Client {client} is archived; restore the record first.</source>
        <translation>Le dossier du client {client} est archivé&#x202f;; restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Client {client} was put on the waitlist at another desk at the same moment; that entry is kept and nothing was changed here. Open the waitlist to change its priority or note.</source>
        <translation>Le client {client} a été mis en liste d&apos;attente à un autre poste au même moment&#x202f;; cette inscription est conservée et rien n&apos;a été changé ici. Ouvrez la liste d&apos;attente pour changer sa priorité ou sa note.</translation>
    </message>
    <message>
        <source>The waitlist note was not saved: {problem}.</source>
        <translation>La note de liste d&apos;attente n&apos;a pas été enregistrée&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Client {client} is not on the waitlist; put them on it to keep a note.</source>
        <translation>Le client {client} n&apos;est pas en liste d&apos;attente&#x202f;; inscrivez-le pour garder une note.</translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message>
        <source>Waitlist</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Waiting clients</source>
        <translation>Clients en attente</translation>
    </message>
    <message>
        <source>Find &amp;matches…</source>
        <translation>Trouver des &amp;jumelages…</translation>
    </message>
    <message>
        <source>&amp;Take off the waitlist…</source>
        <translation>&amp;Retirer de la liste…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>Write or change the note kept with this entry</source>
        <translation>Écrire ou modifier la note gardée avec cette inscription</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Could not load the waitlist</source>
        <translation>Impossible de charger la liste d&apos;attente</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) waiting; {ready} could be referred now. Most urgent and longest waiting first. Nobody is contacted automatically.</source>
        <translation>
            <numerusform>%n client en attente&#x202f;; aiguillables dès maintenant&#xa0;: {ready}. Les plus urgents et ceux qui attendent depuis le plus longtemps d&apos;abord. Personne n&apos;est contacté automatiquement.</numerusform>
            <numerusform>%n clients en attente&#x202f;; aiguillables dès maintenant&#xa0;: {ready}. Les plus urgents et ceux qui attendent depuis le plus longtemps d&apos;abord. Personne n&apos;est contacté automatiquement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the waitlist</source>
        <translation>Retirer de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Why is client {id} no longer waiting?</source>
        <translation>Pourquoi le client {id} n&apos;attend-il plus&#x202f;?</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Waitlist note</source>
        <translation>Note de liste d&apos;attente</translation>
    </message>
    <message>
        <source>A note for {client}&apos;s waitlist entry (leave empty to clear it):</source>
        <translation>Une note pour l&apos;inscription de {client} sur la liste d&apos;attente (laissez vide pour l&apos;effacer)&#xa0;:</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>La note n&apos;a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>WithoutConsentModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Intake id</source>
        <translation>Nº d&apos;accueil</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date d&apos;accueil</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Aiguillages en cours</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
</TS>
