"""French and German translations of Cordée's interface texts, used by ``fill_translations.py fill``.

``COMMON`` maps an English source text to (French, German) in every context; ``BY_CONTEXT`` overrides it for one
context (``"Context|source"``). French follows the usage of practices in France and Romandy; German follows
Swiss usage (ss, not ß; "Dossier", "Hausarzt/Hausärztin"). In French, a plain space before ``: ; ? !`` becomes
a no-break space when the table is applied. Keep ``%1``, ``%2`` … and choose ``&`` accelerators that do not clash
within one menu.
"""

from __future__ import annotations

COMMON: dict[str, tuple[str, str]] = {
    # -- shared words -------------------------------------------------------------------------------------------
    "Username": ("Identifiant", "Benutzername"),
    "User name": ("Identifiant", "Benutzername"),
    "Family name": ("Nom de famille", "Nachname"),
    "Given names": ("Prénom(s)", "Vorname(n)"),
    "Birth name": ("Nom de naissance", "Geburtsname"),
    "Birth date": ("Date de naissance", "Geburtsdatum"),
    "Sex": ("Sexe", "Geschlecht"),
    "Name": ("Nom", "Name"),
    "City": ("Localité", "Ort"),
    "Country": ("Pays", "Land"),
    "Address": ("Adresse", "Adresse"),
    "Postal code": ("Code postal", "Postleitzahl"),
    "Phone": ("Téléphone", "Telefon"),
    "Preferred language": ("Langue préférée", "Bevorzugte Sprache"),
    "Médecin traitant": ("Médecin traitant", "Hausarzt/Hausärztin"),
    "External doctor": ("Médecin externe", "Externer Arzt/Ärztin"),
    "Notes": ("Remarques", "Notizen"),
    "INS": ("INS", "INS"),
    "INS number": ("Matricule INS", "INS-Nummer"),
    "INS identity status": ("Statut de l'identité INS", "Status der INS-Identität"),
    "AVS number": ("Numéro AVS", "AHV-Nummer"),
    "Insurance card number": ("N° de carte d'assuré", "Versichertenkartennummer"),
    "Female": ("Féminin", "Weiblich"),
    "Male": ("Masculin", "Männlich"),
    "Other": ("Autre", "Anderes"),
    "Unknown": ("Inconnu", "Unbekannt"),
    "France": ("France", "Frankreich"),
    "Switzerland": ("Suisse", "Schweiz"),
    "French": ("Français", "Französisch"),
    "German": ("Allemand", "Deutsch"),
    "English": ("Anglais", "Englisch"),
    "Italian": ("Italien", "Italienisch"),
    "Password": ("Mot de passe", "Passwort"),
    "New password": ("Nouveau mot de passe", "Neues Passwort"),
    "Current password": ("Mot de passe actuel", "Aktuelles Passwort"),
    "Profession": ("Profession", "Beruf"),
    "Roles": ("Rôles", "Rollen"),
    "Role": ("Rôle", "Rolle"),
    "RPPS number": ("N° RPPS", "RPPS-Nummer"),
    "ADELI number": ("N° ADELI", "ADELI-Nummer"),
    "GLN": ("GLN", "GLN"),
    "E-mail": ("E-mail", "E-Mail"),
    "Practice": ("Cabinet", "Praxis"),
    "Practice name": ("Nom du cabinet", "Name der Praxis"),
    "FINESS number": ("N° FINESS", "FINESS-Nummer"),
    "Language": ("Langue", "Sprache"),
    "PostgreSQL server": ("Serveur PostgreSQL", "PostgreSQL-Server"),
    "Practice passphrase": ("Phrase de passe du cabinet", "Passphrase der Praxis"),
    "Passphrase": ("Phrase de passe", "Passphrase"),
    "Recovery code": ("Code de récupération", "Wiederherstellungscode"),
    "Search": ("Rechercher", "Suchen"),
    "Close": ("Fermer", "Schliessen"),
    "Cancel": ("Annuler", "Abbrechen"),
    "Save": ("Enregistrer", "Speichern"),
    "Unlock": ("Déverrouiller", "Entsperren"),
    "Edit…": ("Modifier…", "Bearbeiten…"),
    "Checking…": ("Vérification…", "Wird geprüft…"),
    "Logged in as %1": ("Connecté(e) : %1", "Angemeldet als %1"),
    "%1: %2": ("%1 : %2", "%1: %2"),
    "Action": ("Action", "Aktion"),
    "User": ("Utilisateur", "Benutzer"),
    "Patient id": ("N° patient", "Patienten-ID"),
    "Outcome": ("Résultat", "Ergebnis"),
    "Nurse": ("Infirmier/Infirmière", "Pflegefachperson"),
    "Pharmacist": ("Pharmacien/Pharmacienne", "Apotheker/Apothekerin"),
    "Medical assistant": ("Assistant(e) médical(e)", "Medizinische Praxisassistenz"),

    # -- first-run assistant ------------------------------------------------------------------------------------
    "General practitioner": ("Médecin généraliste", "Hausarzt/Hausärztin"),
    "Practice coordinator": ("Coordinateur/Coordinatrice", "Praxiskoordination"),
    "Password (at least 12 characters)": ("Mot de passe (12 caractères au moins)", "Passwort (mindestens 12 Zeichen)"),
    "Password again": ("Confirmer le mot de passe", "Passwort wiederholen"),
    "RPPS or ADELI number (optional)": ("N° RPPS ou ADELI (facultatif)", "RPPS- oder ADELI-Nummer (optional)"),
    "GLN (optional)": ("GLN (facultatif)", "GLN (optional)"),
    "Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.": (
        "Identifiant : de 2 à 64 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par "
        "une lettre.",
        "Benutzername: 2 bis 64 Kleinbuchstaben, Ziffern, Punkte, Binde- oder Unterstriche, beginnend mit einem "
        "Buchstaben."),
    "%1: this field is required.": ("%1 : ce champ est obligatoire.", "%1: Dieses Feld ist obligatorisch."),
    "Profession: this field is required.": ("Profession : ce champ est obligatoire.",
                                            "Beruf: Dieses Feld ist obligatorisch."),
    "Password again: the two passwords are not the same.": (
        "Confirmer le mot de passe : les deux mots de passe ne sont pas identiques.",
        "Passwort wiederholen: Die beiden Passwörter stimmen nicht überein."),
    "Browse…": ("Parcourir…", "Durchsuchen…"),
    "Database file": ("Fichier de la base", "Datenbankdatei"),
    "Practice passphrase (at least 12 characters)": ("Phrase de passe du cabinet (12 caractères au moins)",
                                                     "Passphrase der Praxis (mindestens 12 Zeichen)"),
    "Passphrase again": ("Confirmer la phrase de passe", "Passphrase wiederholen"),
    "Create the database": ("Créer la base de données", "Datenbank erstellen"),
    "Location of the new database": ("Emplacement de la nouvelle base", "Speicherort der neuen Datenbank"),
    "Cordée database (*.db)": ("Base de données Cordée (*.db)", "Cordée-Datenbank (*.db)"),
    "Database file: please choose where to store the database.": (
        "Fichier de la base : choisissez où enregistrer la base de données.",
        "Datenbankdatei: Bitte wählen Sie, wo die Datenbank gespeichert wird."),
    "Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this "
    "assistant and open the existing database.": (
        "Fichier de la base : %1 existe déjà. Cordée ne remplace jamais une base de données ; choisissez un autre "
        "nom de fichier, ou fermez cet assistant et ouvrez la base existante.",
        "Datenbankdatei: %1 existiert bereits. Cordée ersetzt nie eine Datenbank; wählen Sie einen anderen "
        "Dateinamen, oder schliessen Sie diesen Assistenten und öffnen Sie die bestehende Datenbank."),
    "Passphrase again: the two passphrases are not the same.": (
        "Confirmer la phrase de passe : les deux phrases de passe ne sont pas identiques.",
        "Passphrase wiederholen: Die beiden Passphrasen stimmen nicht überein."),
    "Database file: the folder cannot be created (%1).": (
        "Fichier de la base : le dossier ne peut pas être créé (%1).",
        "Datenbankdatei: Der Ordner kann nicht erstellt werden (%1)."),
    "Creating the encrypted database… This takes a few seconds.": (
        "Création de la base de données chiffrée… Cela prend quelques secondes.",
        "Die verschlüsselte Datenbank wird erstellt… Dies dauert einige Sekunden."),
    "Save recovery sheet (PDF)…": ("Enregistrer la fiche de récupération (PDF)…",
                                   "Wiederherstellungsblatt speichern (PDF)…"),
    "I have printed or saved the recovery sheet and will keep it offline": (
        "J'ai imprimé ou enregistré la fiche de récupération et je la conserverai hors ligne",
        "Ich habe das Wiederherstellungsblatt gedruckt oder gespeichert und bewahre es offline auf"),
    "The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is "
    "shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can "
    "open the records.": (
        "La base de données est prête. Ce code de récupération l'ouvre si la phrase de passe est oubliée ou si le "
        "trousseau de clés est perdu. Il n'est affiché que maintenant : enregistrez la fiche de récupération, "
        "imprimez-la et conservez-la hors ligne en lieu sûr. Quiconque la détient peut ouvrir les dossiers.",
        "Die Datenbank ist bereit. Dieser Wiederherstellungscode öffnet sie, wenn die Passphrase vergessen wird oder "
        "der Schlüsselbund verloren geht. Er wird nur jetzt angezeigt: Speichern Sie das Wiederherstellungsblatt, "
        "drucken Sie es aus und bewahren Sie es offline an einem sicheren Ort auf. Wer es besitzt, kann die "
        "Dossiers öffnen."),
    "Save recovery sheet": ("Enregistrer la fiche de récupération", "Wiederherstellungsblatt speichern"),
    "PDF (*.pdf)": ("PDF (*.pdf)", "PDF (*.pdf)"),
    "Cordée — first start": ("Cordée — premier démarrage", "Cordée — erster Start"),
    "The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.": (
        "Le code de récupération ne pourra plus être affiché : enregistrez ou imprimez la fiche de récupération et "
        "cochez la case avant de fermer.",
        "Der Wiederherstellungscode kann nicht erneut angezeigt werden: Speichern oder drucken Sie das "
        "Wiederherstellungsblatt und setzen Sie das Häkchen, bevor Sie schliessen."),
    "The recovery sheet was saved to %1. Print it now, then keep it offline.": (
        "La fiche de récupération a été enregistrée dans %1. Imprimez-la maintenant, puis conservez-la hors ligne.",
        "Das Wiederherstellungsblatt wurde unter %1 gespeichert. Drucken Sie es jetzt aus und bewahren Sie es dann "
        "offline auf."),
    "The recovery sheet could not be saved: %1": ("La fiche de récupération n'a pas pu être enregistrée : %1",
                                                  "Das Wiederherstellungsblatt konnte nicht gespeichert werden: %1"),
    "Your practice": ("Votre cabinet", "Ihre Praxis"),
    "The name is printed on documents and letters.": ("Le nom figure sur les documents et les courriers.",
                                                      "Der Name erscheint auf Dokumenten und Briefen."),
    "First administrator": ("Premier administrateur", "Erste Administratorin / erster Administrator"),
    "This personal account manages staff accounts and settings. Every person in the practice will get their own "
    "account later.": (
        "Ce compte personnel gère les comptes du personnel et les paramètres. Chaque membre du cabinet recevra "
        "ensuite son propre compte.",
        "Dieses persönliche Konto verwaltet die Benutzerkonten und die Einstellungen. Jede Person der Praxis erhält "
        "später ein eigenes Konto."),
    "Encrypted database": ("Base de données chiffrée", "Verschlüsselte Datenbank"),
    "All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it "
    "is needed whenever the computer's keyring is not available. Choose a long sentence that you can remember.": (
        "Tous les dossiers sont conservés dans un fichier chiffré sur cet ordinateur. La phrase de passe du cabinet "
        "protège chaque dossier : elle est demandée chaque fois que le trousseau de clés de l'ordinateur n'est pas "
        "disponible. Choisissez une longue phrase dont vous vous souviendrez.",
        "Alle Dossiers werden in einer verschlüsselten Datei auf diesem Computer gespeichert. Die Passphrase der "
        "Praxis schützt jedes Dossier: Sie wird immer dann benötigt, wenn der Schlüsselbund des Computers nicht "
        "verfügbar ist. Wählen Sie einen langen Satz, den Sie sich merken können."),
    "The recovery code is shown only once, on this page.": (
        "Le code de récupération n'est affiché qu'une seule fois, sur cette page.",
        "Der Wiederherstellungscode wird nur einmal angezeigt, auf dieser Seite."),
    "FINESS number (optional)": ("N° FINESS (facultatif)", "FINESS-Nummer (optional)"),
    "GLN of the practice (optional)": ("GLN du cabinet (facultatif)", "GLN der Praxis (optional)"),
    "Practice name: please enter the name of the practice.": ("Nom du cabinet : saisissez le nom du cabinet.",
                                                              "Name der Praxis: Bitte geben Sie den Namen der "
                                                              "Praxis ein."),
    "Welcome to Cordée": ("Bienvenue dans Cordée", "Willkommen bei Cordée"),
    "This assistant sets up your practice: its name, the first administrator and the encrypted database that will "
    "hold the patient records.": (
        "Cet assistant configure votre cabinet : son nom, le premier administrateur et la base de données chiffrée "
        "qui contiendra les dossiers patients.",
        "Dieser Assistent richtet Ihre Praxis ein: ihren Namen, die erste Administratorin oder den ersten "
        "Administrator und die verschlüsselte Datenbank, die die Patientendossiers enthält."),

    # -- audit trail ----------------------------------------------------------------------------------------------
    "Audit trail": ("Journal d'audit", "Audit-Protokoll"),
    "Verify chain": ("Vérifier la chaîne", "Kette prüfen"),
    "Checks that no entry was changed, inserted or deleted outside Cordée.": (
        "Vérifie qu'aucune entrée n'a été modifiée, insérée ou supprimée en dehors de Cordée.",
        "Prüft, dass kein Eintrag ausserhalb von Cordée geändert, eingefügt oder gelöscht wurde."),
    "All actions": ("Toutes les actions", "Alle Aktionen"),
    "Logins": ("Connexions", "Anmeldungen"),
    "Screen lock": ("Verrouillage de l'écran", "Bildschirmsperre"),
    "Patient records": ("Dossiers patients", "Patientendossiers"),
    "Staff accounts": ("Comptes du personnel", "Benutzerkonten"),
    "Passwords": ("Mots de passe", "Passwörter"),
    "Practice settings": ("Paramètres du cabinet", "Praxiseinstellungen"),
    "All users": ("Tous les utilisateurs", "Alle Benutzer"),
    "any": ("tous", "alle"),
    "All outcomes": ("Tous les résultats", "Alle Ergebnisse"),
    "Success": ("Réussite", "Erfolg"),
    "Failure": ("Échec", "Fehlschlag"),
    "Between": ("Entre le", "Zwischen"),
    "and": ("et le", "und"),
    "%1 entries (newest first, at most 500).": ("%1 entrées (les plus récentes d'abord, 500 au plus).",
                                                "%1 Einträge (neueste zuerst, höchstens 500)."),
    "Checking the audit trail…": ("Vérification du journal d'audit…", "Das Audit-Protokoll wird geprüft…"),
    "The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.": (
        "Le journal d'audit est intact : %1 entrées vérifiées, rien n'a été modifié en dehors de Cordée.",
        "Das Audit-Protokoll ist unversehrt: %1 Einträge geprüft, nichts wurde ausserhalb von Cordée geändert."),
    "The audit trail was changed outside Cordée (%1 entries checked). Problems found:": (
        "Le journal d'audit a été modifié en dehors de Cordée (%1 entrées vérifiées). Problèmes constatés :",
        "Das Audit-Protokoll wurde ausserhalb von Cordée geändert (%1 Einträge geprüft). Gefundene Probleme:"),
    "Time": ("Heure", "Zeit"),
    "Record": ("Enregistrement", "Datensatz"),
    "Detail": ("Détail", "Detail"),
    "success": ("réussite", "Erfolg"),
    "failure": ("échec", "Fehlschlag"),

    # -- lock screen and login ----------------------------------------------------------------------------------
    "Cordée is locked": ("Cordée est verrouillé", "Cordée ist gesperrt"),
    "Type your password to continue.": ("Saisissez votre mot de passe pour continuer.",
                                        "Geben Sie Ihr Passwort ein, um fortzufahren."),
    "Log out": ("Se déconnecter", "Abmelden"),
    "Cordée — log in": ("Cordée — connexion", "Cordée — Anmeldung"),
    "You must choose a new password before you continue.": (
        "Vous devez choisir un nouveau mot de passe avant de continuer.",
        "Sie müssen ein neues Passwort wählen, bevor Sie fortfahren."),
    "New password again": ("Confirmer le nouveau mot de passe", "Neues Passwort wiederholen"),
    "Log in": ("Se connecter", "Anmelden"),
    "Change password": ("Changer le mot de passe", "Passwort ändern"),
    "The two new passwords differ; type the same password twice.": (
        "Les deux nouveaux mots de passe diffèrent ; saisissez deux fois le même mot de passe.",
        "Die beiden neuen Passwörter sind verschieden; geben Sie zweimal dasselbe Passwort ein."),
    "Saving…": ("Enregistrement…", "Wird gespeichert…"),

    # -- main window ----------------------------------------------------------------------------------------------
    "Search for a patient on the left and press Enter to open the chart.": (
        "Recherchez un patient à gauche et appuyez sur Entrée pour ouvrir son dossier.",
        "Suchen Sie links einen Patienten und drücken Sie die Eingabetaste, um das Dossier zu öffnen."),
    # menu "File": N R F V D Q / N U C S A B
    "&File": ("&Fichier", "&Datei"),
    "&New patient…": ("&Nouveau patient…", "&Neuer Patient…"),
    "&Find patient": ("&Rechercher un patient", "Patient s&uchen"),
    "&Close chart": ("&Fermer le dossier", "Dossier s&chliessen"),
    "&Lock": ("&Verrouiller", "&Sperren"),
    "Log &out": ("Se &déconnecter", "&Abmelden"),
    "&Quit": ("&Quitter", "&Beenden"),
    # menu bar: F A D / D V H; menu "Administration": P J M / P A E
    "&Administration": ("&Administration", "&Verwaltung"),
    "&Staff…": ("&Personnel…", "&Personal…"),
    "&Audit trail…": ("&Journal d'audit…", "&Audit-Protokoll…"),
    "S&ettings…": ("Para&mètres…", "&Einstellungen…"),
    "&Help": ("Ai&de", "&Hilfe"),
    "&About Cordée": ("À &propos de Cordée", "Ü&ber Cordée"),
    "This administration screen is not available in this version.": (
        "Cet écran d'administration n'est pas disponible dans cette version.",
        "Diese Verwaltungsansicht ist in dieser Version nicht verfügbar."),
    "Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.": (
        "Cordée %1 — plans de soins partagés, revues de médication et tâches déléguées pour les cabinets de groupe.",
        "Cordée %1 — gemeinsame Behandlungspläne, Medikationsüberprüfungen und delegierte Aufgaben für "
        "Gruppenpraxen."),
    "Cordée — %1": ("Cordée — %1", "Cordée — %1"),

    # -- patient chart ----------------------------------------------------------------------------------------------
    "Loading…": ("Chargement…", "Wird geladen…"),
    "Summary": ("Synthèse", "Übersicht"),
    "Medications": ("Médicaments", "Medikamente"),
    "Alerts": ("Alertes", "Warnungen"),
    "Care plan": ("Plan de soins", "Behandlungsplan"),
    "Tasks": ("Tâches", "Aufgaben"),
    "Documents": ("Documents", "Dokumente"),
    "This part of the chart is not available yet.": ("Cette partie du dossier n'est pas encore disponible.",
                                                      "Dieser Teil des Dossiers ist noch nicht verfügbar."),
    "Long-term conditions (ALD)": ("Affections de longue durée (ALD)", "Langzeiterkrankungen (ALD)"),
    "Conditions": ("Pathologies", "Erkrankungen"),
    "Allergies": ("Allergies", "Allergien"),
    "Last change": ("Dernière modification", "Letzte Änderung"),
    "The record could not be opened.": ("Le dossier n'a pas pu être ouvert.",
                                        "Das Dossier konnte nicht geöffnet werden."),
    "none recorded": ("aucune saisie", "nichts erfasst"),
    "Last changed by %1 on %2": ("Modifié en dernier par %1 le %2", "Zuletzt geändert von %1 am %2"),
    "%1 (%2 years)": ("%1 (%2 ans)", "%1 (%2 Jahre)"),
    "provisional": ("provisoire", "provisorisch"),
    "retrieved": ("récupérée", "abgerufen"),
    "validated": ("validée", "validiert"),
    "qualified": ("qualifiée", "qualifiziert"),
    "%1 (identity %2)": ("%1 (identité %2)", "%1 (Identität %2)"),
    "female": ("femme", "weiblich"),
    "male": ("homme", "männlich"),
    "other sex": ("autre sexe", "anderes Geschlecht"),
    "sex unknown": ("sexe inconnu", "Geschlecht unbekannt"),
    "INS %1": ("INS %1", "INS %1"),
    "AVS %1": ("AVS %1", "AHV %1"),
    "no national identifier": ("aucun identifiant national", "keine nationale Kennung"),
    "Born %1 · %2 · %3": ("Né(e) le %1 · %2 · %3", "Geboren am %1 · %2 · %3"),

    # -- patient form -----------------------------------------------------------------------------------------------
    "Edit patient %1": ("Modifier le patient %1", "Patient %1 bearbeiten"),
    "New patient": ("Nouveau patient", "Neuer Patient"),
    "(not a doctor of the practice)": ("(médecin hors du cabinet)", "(nicht Arzt/Ärztin der Praxis)"),
    "Reload": ("Recharger", "Neu laden"),
    "dd.mm.yyyy": ("jj.mm.aaaa", "tt.mm.jjjj"),
    "Type the birth date as 31.12.1950 or 31/12/1950.": ("Saisissez la date de naissance sous la forme 31.12.1950 "
                                                         "ou 31/12/1950.",
                                                         "Geben Sie das Geburtsdatum als 31.12.1950 oder "
                                                         "31/12/1950 ein."),
    "— choose —": ("— choisir —", "— wählen —"),
    "(no INS)": ("(sans INS)", "(keine INS)"),
    "Provisional": ("Provisoire", "Provisorisch"),
    "Retrieved": ("Récupérée", "Abgerufen"),
    "Validated": ("Validée", "Validiert"),
    "Qualified": ("Qualifiée", "Qualifiziert"),
    "Name and town of a doctor outside the practice": ("Nom et localité d'un médecin hors du cabinet",
                                                       "Name und Ort eines Arztes ausserhalb der Praxis"),
    "Identity": ("Identité", "Identität"),
    "Contact and care": ("Coordonnées et suivi", "Kontakt und Betreuung"),
    "Conditions, allergies and ALD": ("Pathologies, allergies et ALD", "Erkrankungen, Allergien und ALD"),

    # -- patient search -------------------------------------------------------------------------------------------
    "Search by name, birth date (dd.mm.yyyy) or identifier": (
        "Nom, date de naissance (jj.mm.aaaa) ou identifiant",
        "Name, Geburtsdatum (tt.mm.jjjj) oder Kennung"),
    "Your role does not give access to the patient register.": (
        "Votre rôle ne donne pas accès au registre des patients.",
        "Ihre Rolle gibt keinen Zugriff auf das Patientenregister."),
    "First %1 patients shown; type more to narrow the search.": (
        "Les %1 premiers patients sont affichés ; précisez la recherche.",
        "Die ersten %1 Patienten werden angezeigt; verfeinern Sie die Suche."),
    "No patient found.": ("Aucun patient trouvé.", "Kein Patient gefunden."),
    "1 patient": ("1 patient", "1 Patient"),
    "%1 patients": ("%1 patients", "%1 Patienten"),

    # -- problems ---------------------------------------------------------------------------------------------------
    "Add problem": ("Ajouter", "Hinzufügen"),
    "Remove problem": ("Supprimer", "Entfernen"),
    "Condition": ("Pathologie", "Erkrankung"),
    "Allergy": ("Allergie", "Allergie"),
    "Long-term condition (ALD)": ("Affection de longue durée (ALD)", "Langzeiterkrankung (ALD)"),
    "Kind": ("Type", "Art"),
    "Code (ICD-10 or ATC)": ("Code (CIM-10 ou ATC)", "Code (ICD-10 oder ATC)"),
    "Label": ("Libellé", "Bezeichnung"),

    # -- settings ---------------------------------------------------------------------------------------------------
    "Settings": ("Paramètres", "Einstellungen"),
    "This computer": ("Cet ordinateur", "Dieser Computer"),
    "Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the "
    "address of the practice's PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. "
    "The change takes effect at the next start of Cordée.": (
        "Laissez vide pour conserver les dossiers dans le fichier chiffré de cet ordinateur. Avec plusieurs postes, "
        "saisissez l'adresse du serveur PostgreSQL du cabinet ; TLS (sslmode) est obligatoire sauf si le serveur "
        "fonctionne sur cet ordinateur. Le changement prend effet au prochain démarrage de Cordée.",
        "Leer lassen, um die Dossiers in der verschlüsselten Datei auf diesem Computer zu behalten. Bei mehreren "
        "Arbeitsplätzen geben Sie die Adresse des PostgreSQL-Servers der Praxis ein; TLS (sslmode) ist "
        "erforderlich, ausser der Server läuft auf diesem Computer. Die Änderung gilt ab dem nächsten Start von "
        "Cordée."),
    "Practice (all workstations)": ("Cabinet (tous les postes)", "Praxis (alle Arbeitsplätze)"),
    " min": (" min", " Min."),
    "Lock the screen after": ("Verrouiller l'écran après", "Bildschirm sperren nach"),
    "Only an administrator can change the practice settings.": (
        "Seul un administrateur peut modifier les paramètres du cabinet.",
        "Nur eine Administratorin oder ein Administrator kann die Praxiseinstellungen ändern."),

    # -- staff administration ---------------------------------------------------------------------------------------
    "Show deactivated accounts": ("Afficher les comptes désactivés", "Deaktivierte Konten anzeigen"),
    "New…": ("Nouveau…", "Neu…"),
    "Deactivate": ("Désactiver", "Deaktivieren"),
    "Reset password…": ("Réinitialiser le mot de passe…", "Passwort zurücksetzen…"),
    "Reactivate": ("Réactiver", "Reaktivieren"),
    "The account was saved.": ("Le compte a été enregistré.", "Das Konto wurde gespeichert."),
    "Reactivate the account of %1?": ("Réactiver le compte de %1 ?", "Konto von %1 reaktivieren?"),
    "Deactivate the account of %1? The person can no longer log in; the account and its history are kept.": (
        "Désactiver le compte de %1 ? La personne ne pourra plus se connecter ; le compte et son historique sont "
        "conservés.",
        "Konto von %1 deaktivieren? Die Person kann sich nicht mehr anmelden; das Konto und sein Verlauf bleiben "
        "erhalten."),
    "The account of %1 was reactivated.": ("Le compte de %1 a été réactivé.", "Das Konto von %1 wurde reaktiviert."),
    "The account of %1 was deactivated.": ("Le compte de %1 a été désactivé.", "Das Konto von %1 wurde deaktiviert."),
    "The password of %1 was reset. They must choose a new one at the next login.": (
        "Le mot de passe de %1 a été réinitialisé. Un nouveau mot de passe devra être choisi à la prochaine "
        "connexion.",
        "Das Passwort von %1 wurde zurückgesetzt. Bei der nächsten Anmeldung muss ein neues gewählt werden."),
    "The account of %1 was unlocked.": ("Le compte de %1 a été déverrouillé.", "Das Konto von %1 wurde entsperrt."),
    "New staff account": ("Nouveau compte", "Neues Benutzerkonto"),
    "Edit the account of %1": ("Modifier le compte de %1", "Konto von %1 bearbeiten"),
    "Initial password": ("Mot de passe initial", "Anfangspasswort"),
    "at least 12 characters; to be changed at first login": (
        "12 caractères au moins ; à changer à la première connexion",
        "mindestens 12 Zeichen; bei der ersten Anmeldung zu ändern"),
    "Identifiers": ("Identifiants", "Kennungen"),
    "Active": ("Actif", "Aktiv"),
    "Locked": ("Bloqué", "Gesperrt"),
    "Yes": ("Oui", "Ja"),
    "No (deactivated)": ("Non (désactivé)", "Nein (deaktiviert)"),
    "Reset the password of %1": ("Réinitialiser le mot de passe de %1", "Passwort von %1 zurücksetzen"),
    "The user must choose a new password at the next login.": (
        "L'utilisateur devra choisir un nouveau mot de passe à la prochaine connexion.",
        "Die Person muss bei der nächsten Anmeldung ein neues Passwort wählen."),
    "Temporary password": ("Mot de passe temporaire", "Temporäres Passwort"),
    "Temporary password again": ("Confirmer le mot de passe temporaire", "Temporäres Passwort wiederholen"),
    "Temporary password again: the two passwords are not the same.": (
        "Confirmer le mot de passe temporaire : les deux mots de passe ne sont pas identiques.",
        "Temporäres Passwort wiederholen: Die beiden Passwörter stimmen nicht überein."),

    # -- unlocking the database ---------------------------------------------------------------------------------------
    "Open the practice database": ("Ouvrir la base de données du cabinet", "Datenbank der Praxis öffnen"),
    "The key of the database could not be read from this computer's keyring. Reason: %1. Enter the practice "
    "passphrase or the recovery code from the printed recovery sheet to open the database.": (
        "La clé de la base de données n'a pas pu être lue dans le trousseau de clés de cet ordinateur. Motif : %1. "
        "Saisissez la phrase de passe du cabinet ou le code de récupération de la fiche imprimée pour ouvrir la "
        "base de données.",
        "Der Schlüssel der Datenbank konnte nicht aus dem Schlüsselbund dieses Computers gelesen werden. Grund: %1. "
        "Geben Sie die Passphrase der Praxis oder den Wiederherstellungscode vom gedruckten "
        "Wiederherstellungsblatt ein, um die Datenbank zu öffnen."),
    "no keyring is available": ("aucun trousseau de clés n'est disponible", "kein Schlüsselbund verfügbar"),
    "Database file: %1": ("Fichier de la base : %1", "Datenbankdatei: %1"),
    "Recovery code: please type the code from the recovery sheet.": (
        "Code de récupération : saisissez le code de la fiche de récupération.",
        "Wiederherstellungscode: Bitte geben Sie den Code vom Wiederherstellungsblatt ein."),
    "Passphrase: please type the practice passphrase.": ("Phrase de passe : saisissez la phrase de passe du cabinet.",
                                                         "Passphrase: Bitte geben Sie die Passphrase der Praxis ein."),
    "Checking… This takes a few seconds.": ("Vérification… Cela prend quelques secondes.",
                                            "Wird geprüft… Dies dauert einige Sekunden."),
    "The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The "
    "database was not changed.": (
        "La phrase de passe ne correspond pas à cette base de données. Vérifiez le verrouillage des majuscules et la "
        "disposition du clavier, puis réessayez. La base de données n'a pas été modifiée.",
        "Die Passphrase passt nicht zu dieser Datenbank. Prüfen Sie die Feststelltaste und das Tastaturlayout und "
        "versuchen Sie es erneut. Die Datenbank wurde nicht verändert."),
    "The recovery code is not right for this database. Compare it with the recovery sheet of this database and try "
    "again. The database was not changed.": (
        "Le code de récupération ne correspond pas à cette base de données. Comparez-le avec la fiche de récupération "
        "de cette base, puis réessayez. La base de données n'a pas été modifiée.",
        "Der Wiederherstellungscode passt nicht zu dieser Datenbank. Vergleichen Sie ihn mit dem "
        "Wiederherstellungsblatt dieser Datenbank und versuchen Sie es erneut. Die Datenbank wurde nicht verändert."),
    "The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the "
    "database from a backup and keep the damaged file for analysis.": (
        "La clé est correcte, mais le fichier de la base est endommagé et illisible. Rien n'y a été écrit. "
        "Restaurez la base de données à partir d'une sauvegarde et conservez le fichier endommagé pour analyse.",
        "Der Schlüssel ist richtig, aber die Datenbankdatei ist beschädigt und kann nicht gelesen werden. Es wurde "
        "nichts hineingeschrieben. Stellen Sie die Datenbank aus einer Sicherung wieder her und bewahren Sie die "
        "beschädigte Datei zur Analyse auf."),
    "The database file %1 cannot be found. Check that the disk or the folder is available.": (
        "Le fichier de la base %1 est introuvable. Vérifiez que le disque ou le dossier est disponible.",
        "Die Datenbankdatei %1 wurde nicht gefunden. Prüfen Sie, ob das Laufwerk oder der Ordner verfügbar ist."),
    "The key file that belongs to this database is missing. Without it the database cannot be opened: restore the "
    "key file from the backup.": (
        "Le fichier de clés de cette base de données est manquant. Sans lui, la base ne peut pas être ouverte : "
        "restaurez le fichier de clés à partir de la sauvegarde.",
        "Die Schlüsseldatei dieser Datenbank fehlt. Ohne sie kann die Datenbank nicht geöffnet werden: Stellen Sie "
        "die Schlüsseldatei aus der Sicherung wieder her."),
    "The key file that belongs to this database is damaged. Restore the key file from the backup; the database "
    "itself was not changed.": (
        "Le fichier de clés de cette base de données est endommagé. Restaurez-le à partir de la sauvegarde ; la base "
        "elle-même n'a pas été modifiée.",
        "Die Schlüsseldatei dieser Datenbank ist beschädigt. Stellen Sie sie aus der Sicherung wieder her; die "
        "Datenbank selbst wurde nicht verändert."),
    "The key file was written by a newer version of Cordée. Install that version.": (
        "Le fichier de clés a été écrit par une version plus récente de Cordée. Installez cette version.",
        "Die Schlüsseldatei wurde von einer neueren Version von Cordée geschrieben. Installieren Sie diese Version."),
    "This database was used by a newer version of Cordée. Install that version to open it; the database was not "
    "changed.": (
        "Cette base de données a été utilisée par une version plus récente de Cordée. Installez cette version pour "
        "l'ouvrir ; la base n'a pas été modifiée.",
        "Diese Datenbank wurde von einer neueren Version von Cordée verwendet. Installieren Sie diese Version, um sie "
        "zu öffnen; die Datenbank wurde nicht verändert."),
    "This file is not encrypted. Cordée refuses to use an unencrypted database.": (
        "Ce fichier n'est pas chiffré. Cordée refuse d'utiliser une base de données non chiffrée.",
        "Diese Datei ist nicht verschlüsselt. Cordée verwendet keine unverschlüsselte Datenbank."),

    # -- service messages ---------------------------------------------------------------------------------------------
    "This record was changed by %1 at %2 since you opened it. Reload it, then make your change again.": (
        "Ce dossier a été modifié par %1 le %2 depuis que vous l'avez ouvert. Rechargez-le, puis refaites votre "
        "modification.",
        "Dieser Datensatz wurde seit dem Öffnen von %1 am %2 geändert. Laden Sie ihn neu und nehmen Sie Ihre "
        "Änderung erneut vor."),
    "Your role does not allow this action.": ("Votre rôle ne permet pas cette action.",
                                              "Ihre Rolle erlaubt diese Aktion nicht."),
    "Unexpected error: %1": ("Erreur inattendue : %1", "Unerwarteter Fehler: %1"),
}

BY_CONTEXT: dict[str, tuple[str, str]] = {
    # field labels in messages ("Problème 2 — code : …")
    "fields|Lock after inactivity (minutes)": ("Verrouillage après inactivité (minutes)",
                                               "Sperre nach Inaktivität (Minuten)"),
    "fields|Account status": ("État du compte", "Kontostatus"),
    "fields|Search": ("Recherche", "Suche"),
    "fields|Problems": ("Problèmes de santé", "Gesundheitsprobleme"),
    "fields|Problem %1": ("Problème %1", "Problem %1"),
    "fields|kind": ("type", "Art"),
    "fields|code": ("code", "Code"),
    "fields|label": ("libellé", "Bezeichnung"),
    "fields|%1 — %2": ("%1 — %2", "%1 — %2"),
    "fields|Regular doctor": ("Médecin traitant", "Hausarzt/Hausärztin"),
    "fields|Notes": ("Remarques", "Notizen"),
    # the patient list is narrow: short headers
    "PatientListModel|Given names": ("Prénom(s)", "Vorname(n)"),
    "PatientListModel|Name": ("Nom", "Name"),
    # staff roles
    "roles|Physician": ("Médecin", "Arzt/Ärztin"),
    "roles|Advanced practice nurse": ("Infirmier/Infirmière en pratique avancée", "Pflegeexpertin/-experte APN"),
    "roles|Coordinator": ("Coordinateur/Coordinatrice", "Koordination"),
    "roles|Administrator": ("Administrateur", "Administrator/in"),
    # first-run: the professions are what the staff list shows, keep them as in the staff form
    "AuditBrowserDialog|Search": ("Rechercher", "Suchen"),
}

PROBLEMS: dict[str, tuple[str, str]] = {
    "is required": ("est obligatoire", "ist obligatorisch"),
    "contains a forbidden character": ("contient un caractère interdit", "enthält ein unzulässiges Zeichen"),
    "must be FR or CH": ("doit être FR ou CH", "muss FR oder CH sein"),
    "must be 15 characters: 13 for the number and 2 for the key": (
        "doit comporter 15 caractères : 13 pour le numéro et 2 pour la clé",
        "muss 15 Zeichen lang sein: 13 für die Nummer und 2 für den Schlüssel"),
    "the control key does not match the number": ("la clé de contrôle ne correspond pas au numéro",
                                                  "der Kontrollschlüssel passt nicht zur Nummer"),
    "must be 13 digits starting with 756 (756.XXXX.XXXX.XX)": (
        "doit comporter 13 chiffres commençant par 756 (756.XXXX.XXXX.XX)",
        "muss 13 Ziffern haben und mit 756 beginnen (756.XXXX.XXXX.XX)"),
    "the check digit is wrong": ("le chiffre de contrôle est faux", "die Prüfziffer ist falsch"),
    "must be 10 to 20 digits": ("doit comporter de 10 à 20 chiffres", "muss 10 bis 20 Ziffern haben"),
    "must be 13 digits": ("doit comporter 13 chiffres", "muss 13 Ziffern haben"),
    "must be 11 digits": ("doit comporter 11 chiffres", "muss 11 Ziffern haben"),
    "must be 9 digits": ("doit comporter 9 chiffres", "muss 9 Ziffern haben"),
    "must be 9 characters (department + 7 digits)": ("doit comporter 9 caractères (département + 7 chiffres)",
                                                     "muss 9 Zeichen haben (Departement + 7 Ziffern)"),
    "this database already holds a practice": ("cette base de données contient déjà un cabinet",
                                               "diese Datenbank enthält bereits eine Praxis"),
    "must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter": (
        "doit comporter de 2 à 64 caractères : lettres minuscules, chiffres, . _ -, en commençant par une lettre",
        "muss 2 bis 64 Zeichen haben: Kleinbuchstaben, Ziffern, . _ -, beginnend mit einem Buchstaben"),
    "choose at least one role": ("choisissez au moins un rôle", "wählen Sie mindestens eine Rolle"),
    "is not an e-mail address": ("n'est pas une adresse e-mail", "ist keine E-Mail-Adresse"),
    "is already used by another account": ("est déjà utilisé par un autre compte",
                                           "wird bereits von einem anderen Konto verwendet"),
    "you cannot remove your own administrator role": ("vous ne pouvez pas retirer votre propre rôle d'administrateur",
                                                      "Sie können Ihre eigene Administratorrolle nicht entfernen"),
    "you cannot deactivate your own account": ("vous ne pouvez pas désactiver votre propre compte",
                                               "Sie können Ihr eigenes Konto nicht deaktivieren"),
    "is too easy to guess": ("est trop facile à deviner", "ist zu leicht zu erraten"),
    "must differ from the current password": ("doit être différent du mot de passe actuel",
                                              "muss sich vom aktuellen Passwort unterscheiden"),
    "is not your current password": ("n'est pas votre mot de passe actuel", "ist nicht Ihr aktuelles Passwort"),
    "must be a date like 31.12.1950 or 31/12/1950": ("doit être une date comme 31.12.1950 ou 31/12/1950",
                                                     "muss ein Datum wie 31.12.1950 oder 31/12/1950 sein"),
    "is not a real calendar date": ("n'est pas une date du calendrier valide", "ist kein gültiges Kalenderdatum"),
    "must not be in the future": ("ne doit pas être dans le futur", "darf nicht in der Zukunft liegen"),
    "must be after 1900": ("doit être postérieure à 1900", "muss nach 1900 liegen"),
    "must be F, M, X (other) or U (unknown)": ("doit être F, M, X (autre) ou U (inconnu)",
                                               "muss F, M, X (anderes) oder U (unbekannt) sein"),
    "must be one of fr, de, en, it": ("doit être fr, de, en ou it", "muss fr, de, en oder it sein"),
    "must contain only digits, spaces and + . ( ) -": ("ne doit contenir que des chiffres, des espaces et + . ( ) -",
                                                       "darf nur Ziffern, Leerzeichen und + . ( ) - enthalten"),
    "must be an active physician of the practice": ("doit être un médecin actif du cabinet",
                                                    "muss ein aktiver Arzt / eine aktive Ärztin der Praxis sein"),
    "must be PROV, RECUP, VALI or QUAL when an INS is given": (
        "doit être PROV, RECUP, VALI ou QUAL lorsqu'un INS est saisi",
        "muss PROV, RECUP, VALI oder QUAL sein, wenn eine INS angegeben ist"),
    "needs an INS number": ("nécessite un matricule INS", "erfordert eine INS-Nummer"),
    "kind must be condition, allergy or ald": ("le type doit être pathologie, allergie ou ALD",
                                               "die Art muss Erkrankung, Allergie oder ALD sein"),
    "must be an ATC code or class (e.g. J01C)": ("doit être un code ou une classe ATC (p. ex. J01C)",
                                                 "muss ein ATC-Code oder eine ATC-Klasse sein (z. B. J01C)"),
    "must be an ICD-10 code (e.g. I50.9)": ("doit être un code CIM-10 (p. ex. I50.9)",
                                            "muss ein ICD-10-Code sein (z. B. I50.9)"),
    "unknown user or wrong password": ("utilisateur inconnu ou mot de passe erroné",
                                       "unbekannter Benutzer oder falsches Passwort"),
    "this account is locked after too many failed logins; ask an administrator to unlock it": (
        "ce compte est bloqué après trop d'échecs de connexion ; demandez à un administrateur de le débloquer",
        "dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt; bitten Sie eine Administratorin "
        "oder einen Administrator, es zu entsperren"),
    "the key does not belong to this database": ("la clé n'appartient pas à cette base de données",
                                                 "der Schlüssel gehört nicht zu dieser Datenbank"),
    "the SQLite library in use is not SQLCipher": ("la bibliothèque SQLite utilisée n'est pas SQLCipher",
                                                   "die verwendete SQLite-Bibliothek ist nicht SQLCipher"),
    "wrong passphrase for this database": ("phrase de passe erronée pour cette base de données",
                                           "falsche Passphrase für diese Datenbank"),
    "wrong recovery code for this database": ("code de récupération erroné pour cette base de données",
                                              "falscher Wiederherstellungscode für diese Datenbank"),
    "enter the practice passphrase or the recovery code": (
        "saisissez la phrase de passe du cabinet ou le code de récupération",
        "geben Sie die Passphrase der Praxis oder den Wiederherstellungscode ein"),
    "the database URL must start with postgresql+psycopg://": (
        "l'adresse de la base de données doit commencer par postgresql+psycopg://",
        "die Datenbank-URL muss mit postgresql+psycopg:// beginnen"),
    "no allowed keyring backend on this computer": ("aucun trousseau de clés autorisé sur cet ordinateur",
                                                    "kein zugelassener Schlüsselbund auf diesem Computer"),
    "the keyring did not answer in time": ("le trousseau de clés n'a pas répondu à temps",
                                           "der Schlüsselbund hat nicht rechtzeitig geantwortet"),
    "the recorded keyring backend is not allowed": ("le trousseau de clés enregistré n'est pas autorisé",
                                                    "der gespeicherte Schlüsselbund ist nicht zugelassen"),
    "the keyring that holds the key is not available (keystore changed)": (
        "le trousseau de clés qui contient la clé n'est pas disponible (magasin de clés changé)",
        "der Schlüsselbund mit dem Schlüssel ist nicht verfügbar (Schlüsselspeicher gewechselt)"),
    "the keyring holds no key for this database": ("le trousseau de clés ne contient aucune clé pour cette base",
                                                   "der Schlüsselbund enthält keinen Schlüssel für diese Datenbank"),
    "is too long (at most %1 characters)": ("est trop long (%1 caractères au plus)", "ist zu lang (höchstens %1 Zeichen)"),
    "must be at least %1 characters long": ("doit comporter au moins %1 caractères", "muss mindestens %1 Zeichen lang sein"),
    "must be between %1 and %2 minutes": ("doit être compris entre %1 et %2 minutes",
                                          "muss zwischen %1 und %2 Minuten liegen"),
    "unknown role %1": ("rôle inconnu %1", "unbekannte Rolle %1"),
    "too many failed logins: wait %1 s before trying again": (
        "trop d'échecs de connexion : attendez %1 s avant de réessayer",
        "zu viele fehlgeschlagene Anmeldungen: Warten Sie %1 s, bevor Sie es erneut versuchen"),
    "staff member %1 does not exist": ("le membre du personnel %1 n'existe pas", "Mitarbeiter/in %1 existiert nicht"),
    "patient %1 does not exist": ("le patient %1 n'existe pas", "Patient %1 existiert nicht"),
    "%1 was written by a newer version of Cordée": ("%1 a été écrit par une version plus récente de Cordée",
                                                    "%1 wurde von einer neueren Version von Cordée geschrieben"),
    "the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)": (
        "le fichier de clés %1 est manquant : la base de données ne peut pas être déverrouillée sans lui "
        "(restaurez-le à partir de la sauvegarde)",
        "die Schlüsseldatei %1 fehlt: Ohne sie kann die Datenbank nicht entsperrt werden (aus der Sicherung "
        "wiederherstellen)"),
    "the key file %1 is damaged (%2)": ("le fichier de clés %1 est endommagé (%2)",
                                        "die Schlüsseldatei %1 ist beschädigt (%2)"),
    "%1 already exists; it is never replaced": ("%1 existe déjà ; il n'est jamais remplacé",
                                                "%1 existiert bereits; sie wird nie ersetzt"),
    "%1 already exists; Cordée never replaces a database": (
        "%1 existe déjà ; Cordée ne remplace jamais une base de données",
        "%1 existiert bereits; Cordée ersetzt nie eine Datenbank"),
    "%1 is an unencrypted database; Cordée refuses to use it": (
        "%1 est une base de données non chiffrée ; Cordée refuse de l'utiliser",
        "%1 ist eine unverschlüsselte Datenbank; Cordée verwendet sie nicht"),
    "%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.": (
        "%1 est illisible bien que la clé soit correcte : le fichier est endommagé (%2). Restaurez-le à partir "
        "d'une sauvegarde.",
        "%1 kann trotz richtigem Schlüssel nicht gelesen werden: Die Datei ist beschädigt (%2). Stellen Sie sie "
        "aus einer Sicherung wieder her."),
    "the folder %1 does not exist": ("le dossier %1 n'existe pas", "der Ordner %1 existiert nicht"),
    "no database at %1": ("aucune base de données à l'emplacement %1", "keine Datenbank unter %1"),
    "keyring error: %1": ("erreur du trousseau de clés : %1", "Fehler des Schlüsselbunds: %1"),
    "%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)": (
        "%1 n'est pas sur cet ordinateur : ajoutez ?sslmode=verify-full (TLS est obligatoire hors de la boucle "
        "locale)",
        "%1 ist nicht auf diesem Computer: Fügen Sie ?sslmode=verify-full hinzu (TLS ist ausserhalb von Loopback "
        "erforderlich)"),
    "cannot use the PostgreSQL server: %1": ("impossible d'utiliser le serveur PostgreSQL : %1",
                                             "der PostgreSQL-Server kann nicht verwendet werden: %1"),
    "this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée": (
        "cette base de données a le schéma %1, plus récent que ceux que connaît cette version de Cordée ; installez "
        "la version plus récente de Cordée",
        "diese Datenbank hat das Schema %1, das neuer ist, als diese Version von Cordée kennt; installieren Sie die "
        "neuere Version von Cordée"),
}

# English: the source text, except where the source is not English.
ENGLISH: dict[str, str] = {
    "Médecin traitant": "Regular doctor",
}


def _french_spacing(text: str) -> str:
    """French typography: a no-break space before : ; ? ! (so that they never start a line)."""
    for mark in ":;?!":
        text = text.replace(" " + mark, "\u00a0" + mark)
    return text


def lookup(language: str, context: str, source: str) -> str | None:
    """The translation of ``source`` in ``context``, or None when the table has none."""
    if language == "en":
        return ENGLISH.get(source, source)
    index = {"fr": 0, "de": 1}[language]
    pair = BY_CONTEXT.get(f"{context}|{source}")
    if pair is None and context == "problems":
        pair = PROBLEMS.get(source)
    if pair is None:
        pair = COMMON.get(source) or PROBLEMS.get(source)
    if pair is None:
        return None
    return _french_spacing(pair[index]) if language == "fr" else pair[index]

# -- medications, clinical values, protocols, tasks (added with those screens) ------------------------------------
COMMON.update({
    "Patient": ("Patient", "Patient"),
    "Staff member": ("Membre du personnel", "Mitarbeiter/in"),
    "ATC code": ("Code ATC", "ATC-Code"),
    "Catalogue reference": ("Référence du catalogue", "Katalogreferenz"),
    "Substance(s)": ("Substance(s)", "Wirkstoff(e)"),
    "Product name": ("Nom commercial", "Produktname"),
    "Strength": ("Dosage", "Stärke"),
    "Morning dose": ("Dose du matin", "Dosis morgens"),
    "Noon dose": ("Dose de midi", "Dosis mittags"),
    "Evening dose": ("Dose du soir", "Dosis abends"),
    "Night dose": ("Dose du coucher", "Dosis zur Nacht"),
    "Route": ("Voie", "Applikationsweg"),
    "Instructions": ("Consignes", "Anweisungen"),
    "Indication": ("Indication", "Indikation"),
    "Daily dose (mg)": ("Dose journalière (mg)", "Tagesdosis (mg)"),
    "Start date": ("Date de début", "Beginn"),
    "End date": ("Date de fin", "Ende"),
    "Renewal allowed until": ("Renouvellement autorisé jusqu'au", "Erneuerung erlaubt bis"),
    "Prescriber": ("Prescripteur", "Verordnende Person"),
    "Other prescriber": ("Autre prescripteur", "Andere verordnende Person"),
    "Reason for stopping": ("Motif de l'arrêt", "Grund für das Absetzen"),
    "Stop date": ("Date d'arrêt", "Absetzdatum"),
    "Measurement": ("Mesure", "Messung"),
    "Value": ("Valeur", "Wert"),
    "Date of measurement": ("Date de la mesure", "Messdatum"),
    "Protocol": ("Protocole", "Protokoll"),
    "Declaration reference": ("Référence de la déclaration", "Referenz der Meldung"),
    "Form of consent": ("Forme du consentement", "Form der Einwilligung"),
    "Consent given by": ("Consentement donné par", "Einwilligung erteilt von"),
    "Reason for leaving": ("Motif de sortie", "Austrittsgrund"),
    "Title": ("Titre", "Titel"),
    "Description": ("Description", "Beschreibung"),
    "Task type": ("Type de tâche", "Aufgabentyp"),
    "Priority": ("Priorité", "Priorität"),
    "Assigned to": ("Attribuée à", "Zugewiesen an"),
    "Pool": ("Groupe", "Pool"),
    "Due date": ("Échéance", "Fälligkeitsdatum"),
    "Due time": ("Heure d'échéance", "Fälligkeitszeit"),
    "Recurrence": ("Récurrence", "Wiederholung"),
    "Origin": ("Origine", "Herkunft"),
    "Act performed": ("Acte réalisé", "Durchgeführte Handlung"),
    "Status": ("Statut", "Status"),
    "Progress note": ("Avancement", "Bearbeitungsstand"),
    "Activation date": ("Date d'activation", "Aktivierungsdatum"),
    "Training date": ("Date de la formation", "Schulungsdatum"),
    "Since": ("Depuis le", "Seit"),
    "Date of consent": ("Date du consentement", "Datum der Einwilligung"),
    # catalogue and medication screens
    "Search the catalogue: substance (FR, DE, EN) or product name": (
        "Rechercher dans le catalogue : substance (FR, DE, EN) ou nom commercial",
        "Katalog durchsuchen: Wirkstoff (FR, DE, EN) oder Produktname"),
    "Catalogue search": ("Recherche dans le catalogue", "Katalogsuche"),
    "Type at least two letters.": ("Saisissez au moins deux lettres.", "Geben Sie mindestens zwei Buchstaben ein."),
    "%1 results": ("%1 résultats", "%1 Ergebnisse"),
    "Nothing found: you may keep the name as free text (not checked).": (
        "Aucun résultat : vous pouvez garder le nom en texte libre (non vérifié).",
        "Nichts gefunden: Sie können den Namen als Freitext behalten (nicht geprüft)."),
    "no ATC code": ("sans code ATC", "kein ATC-Code"),
    "Review findings": ("Résultats de la revue", "Befunde der Überprüfung"),
    "Selected finding": ("Résultat sélectionné", "Ausgewählter Befund"),
    "Select a finding to read it in full.": ("Sélectionnez un résultat pour le lire en entier.",
                                             "Wählen Sie einen Befund, um ihn vollständig zu lesen."),
    "Change medication": ("Modifier le médicament", "Medikament ändern"),
    "Add medication": ("Ajouter un médicament", "Medikament hinzufügen"),
    "(not a member of the practice)": ("(hors du cabinet)", "(nicht Mitglied der Praxis)"),
    "ATC %1 — checked by the review engine": ("ATC %1 — vérifié par le moteur de revue",
                                              "ATC %1 — von der Prüfregel-Engine geprüft"),
    "Choose an entry of the catalogue (Enter), or keep the name as free text.": (
        "Choisissez une entrée du catalogue (Entrée) ou gardez le nom en texte libre.",
        "Wählen Sie einen Katalogeintrag (Eingabetaste) oder behalten Sie den Namen als Freitext."),
    "Free text: not checked by the engine": ("Texte libre : non vérifié par le moteur",
                                             "Freitext: nicht von der Engine geprüft"),
    "(not given)": ("(non renseigné)", "(nicht angegeben)"),
    "Units per intake: 1, 0.5 or 1/2": ("Unités par prise : 1, 0.5 ou 1/2", "Einheiten pro Einnahme: 1, 0.5 oder 1/2"),
    "Keep as free text (not checked)": ("Garder en texte libre (non vérifié)", "Als Freitext behalten (nicht geprüft)"),
    "As needed": ("Si besoin", "Bei Bedarf"),
    "Self-medication (not prescribed)": ("Automédication (non prescrit)", "Selbstmedikation (nicht verordnet)"),
    "Pharmacist may adjust the dose": ("Le pharmacien peut adapter la dose", "Apotheke darf die Dosis anpassen"),
    "Medication": ("Médicament", "Medikament"),
    "Dosage": ("Posologie", "Dosierung"),
    "Morning": ("Matin", "Morgen"),
    "Noon": ("Midi", "Mittag"),
    "Evening": ("Soir", "Abend"),
    "Night": ("Coucher", "Nacht"),
    "Schedule": ("Horaire", "Einnahmeschema"),
    "Prescription": ("Prescription", "Verordnung"),
    "Start": ("Début", "Beginn"),
    "End": ("Fin", "Ende"),
    "Pharmacien correspondant": ("Pharmacien correspondant", "Korrespondierende Apotheke"),
    "Your role does not give access to the medication list.": (
        "Votre rôle ne donne pas accès à la liste des médicaments.",
        "Ihre Rolle gibt keinen Zugriff auf die Medikamentenliste."),
    "not recorded": ("non renseigné", "nicht erfasst"),
    "%1 lines · %2 findings (%3 serious)": ("%1 lignes · %2 résultats (%3 graves)",
                                            "%1 Zeilen · %2 Befunde (%3 schwerwiegend)"),
    "Add…": ("Ajouter…", "Hinzufügen…"),
    "Change…": ("Modifier…", "Ändern…"),
    "Stop…": ("Arrêter…", "Absetzen…"),
    "Show history": ("Afficher l'historique", "Verlauf anzeigen"),
    "History (changes and stopped lines)": ("Historique (modifications et lignes arrêtées)",
                                            "Verlauf (Änderungen und abgesetzte Zeilen)"),
    "Clinical values": ("Valeurs cliniques", "Klinische Werte"),
    "Record value…": ("Saisir une valeur…", "Wert erfassen…"),
    "Review": ("Revue", "Überprüfung"),
    "Record a clinical value": ("Saisir une valeur clinique", "Klinischen Wert erfassen"),
    "Measured on": ("Mesurée le", "Gemessen am"),
    "Stop %1": ("Arrêter %1", "%1 absetzen"),
    "Reason": ("Motif", "Grund"),
    "Stopped on": ("Arrêté le", "Abgesetzt am"),
})
ENGLISH["Pharmacien correspondant"] = "Designated pharmacist"
BY_CONTEXT.update({
    "fields|Strength": ("Dosage", "Stärke"),
    "MedicationDialog|Strength": ("Dosage", "Stärke"),
})
PROBLEMS.update({
    "must be a number of units like 1, 0.5 or 1/2": ("doit être un nombre d'unités comme 1, 0.5 ou 1/2",
                                                     "muss eine Anzahl Einheiten wie 1, 0.5 oder 1/2 sein"),
    "must be at most 100 units": ("doit être de 100 unités au plus", "darf höchstens 100 Einheiten betragen"),
    "is not a plausible date": ("n'est pas une date plausible", "ist kein plausibles Datum"),
    "must be a number": ("doit être un nombre", "muss eine Zahl sein"),
    "must be a complete ATC code like B01AA03": ("doit être un code ATC complet comme B01AA03",
                                                 "muss ein vollständiger ATC-Code wie B01AA03 sein"),
    "a substance or a product name is required": ("une substance ou un nom commercial est obligatoire",
                                                  "ein Wirkstoff oder ein Produktname ist erforderlich"),
    "must not be before the start date": ("ne doit pas précéder la date de début", "darf nicht vor dem Beginn liegen"),
    "must be at most 12 months after the start": ("doit être au plus 12 mois après le début",
                                                  "darf höchstens 12 Monate nach dem Beginn liegen"),
    "must be an active member of the practice": ("doit être un membre actif du cabinet",
                                                 "muss ein aktives Mitglied der Praxis sein"),
    "is not a known protocol": ("n'est pas un protocole connu", "ist kein bekanntes Protokoll"),
    "must be a past date after 1990": ("doit être une date passée, après 1990",
                                       "muss ein vergangenes Datum nach 1990 sein"),
    "must be oral, written or electronic": ("doit être oral, écrit ou électronique",
                                            "muss mündlich, schriftlich oder elektronisch sein"),
    "must be patient or representative": ("doit être le patient ou son représentant",
                                          "muss Patient/in oder Vertretung sein"),
    "is not a patient of the practice": ("n'est pas un patient du cabinet", "ist kein Patient der Praxis"),
    "is required (at most 200 characters)": ("est obligatoire (200 caractères au plus)",
                                             "ist obligatorisch (höchstens 200 Zeichen)"),
    "must be a time like 08:30": ("doit être une heure comme 08:30", "muss eine Uhrzeit wie 08:30 sein"),
    "must be 2–40 lower-case letters, digits or underscores": (
        "doit comporter de 2 à 40 lettres minuscules, chiffres ou tirets bas",
        "muss 2–40 Kleinbuchstaben, Ziffern oder Unterstriche enthalten"),
    "must be routine, urgent, asap or stat": ("doit être routine, urgent, asap ou stat",
                                              "muss routine, urgent, asap oder stat sein"),
    "choose either a person or a pool (one of the two)": ("choisissez une personne ou un groupe (l'un des deux)",
                                                          "wählen Sie eine Person oder einen Pool (eines von beiden)"),
    "must be an active clinical or front-desk member of the practice": (
        "doit être un membre actif du cabinet, soignant ou secrétariat",
        "muss ein aktives klinisches oder Empfangs-Mitglied der Praxis sein"),
    "needs a due date": ("nécessite une échéance", "erfordert ein Fälligkeitsdatum"),
    "needs a due date to start the series": ("nécessite une échéance pour démarrer la série",
                                             "erfordert ein Fälligkeitsdatum als Beginn der Serie"),
    "needs an origin type and a positive id": ("nécessite un type d'origine et un identifiant positif",
                                               "erfordert einen Herkunftstyp und eine positive ID"),
    "an act is only recorded for a protocol-bound task": (
        "un acte n'est enregistré que pour une tâche liée à un protocole",
        "eine Handlung wird nur bei protokollgebundenen Aufgaben erfasst"),
    "is not a task status": ("n'est pas un statut de tâche", "ist kein Aufgabenstatus"),
    "this task is not in one of your pools": ("cette tâche n'est dans aucun de vos groupes",
                                              "diese Aufgabe ist in keinem Ihrer Pools"),
    "must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3": (
        "doit être une règle iCalendar comme FREQ=MONTHLY;INTERVAL=3",
        "muss eine iCalendar-Regel wie FREQ=MONTHLY;INTERVAL=3 sein"),
    "must not contain DTSTART (the due date starts the series)": (
        "ne doit pas contenir DTSTART (l'échéance démarre la série)",
        "darf kein DTSTART enthalten (das Fälligkeitsdatum beginnt die Serie)"),
    "must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY": ("doit fixer FREQ à DAILY, WEEKLY, MONTHLY ou YEARLY",
                                                          "muss FREQ auf DAILY, WEEKLY, MONTHLY oder YEARLY setzen"),
    "must start with postgresql:// or postgresql+psycopg://": (
        "doit commencer par postgresql:// ou postgresql+psycopg://",
        "muss mit postgresql:// oder postgresql+psycopg:// beginnen"),
    "the server is not on this computer: add ?sslmode=verify-full (TLS is required)": (
        "le serveur n'est pas sur cet ordinateur : ajoutez ?sslmode=verify-full (TLS obligatoire)",
        "der Server ist nicht auf diesem Computer: Fügen Sie ?sslmode=verify-full hinzu (TLS erforderlich)"),
    "must not contain a password: put it in a .pgpass file": (
        "ne doit pas contenir de mot de passe : placez-le dans un fichier .pgpass",
        "darf kein Passwort enthalten: Legen Sie es in eine .pgpass-Datei"),
    "an absence lasts at most one year": ("une absence dure au plus un an", "eine Abwesenheit dauert höchstens ein Jahr"),
    "select at least one task": ("sélectionnez au moins une tâche", "wählen Sie mindestens eine Aufgabe"),
    "must be a whole number of days": ("doit être un nombre entier de jours", "muss eine ganze Zahl von Tagen sein"),
    "must be more than %1 and at most %2": ("doit être supérieur à %1 et au plus %2",
                                            "muss grösser als %1 und höchstens %2 sein"),
    "must be between %1 and %2": ("doit être compris entre %1 et %2", "muss zwischen %1 und %2 liegen"),
    "must be between %1 and %2 days": ("doit être compris entre %1 et %2 jours", "muss zwischen %1 und %2 Tagen liegen"),
    "task %1 does not exist": ("la tâche %1 n'existe pas", "Aufgabe %1 existiert nicht"),
    "absence %1 does not exist": ("l'absence %1 n'existe pas", "Abwesenheit %1 existiert nicht"),
    "must be one of %1": ("doit être l'une des valeurs : %1", "muss einer dieser Werte sein: %1"),
    "medication line %1 does not exist": ("la ligne de médicament %1 n'existe pas",
                                          "Medikamentenzeile %1 existiert nicht"),
    "enrolment %1 does not exist": ("l'inclusion %1 n'existe pas", "Einschreibung %1 existiert nicht"),
    "staff %1 does not adhere to %2": ("%1 n'adhère pas à %2", "%1 ist %2 nicht beigetreten"),
    "%1 is not of a profession this protocol delegates to (%2)": (
        "%1 n'exerce pas une profession à laquelle ce protocole délègue (%2)",
        "%1 hat keinen Beruf, an den dieses Protokoll delegiert (%2)"),
    "is not a valid iCalendar rule (%1)": ("n'est pas une règle iCalendar valide (%1)",
                                           "ist keine gültige iCalendar-Regel (%1)"),
    "%1 is on a network share; the encrypted file must stay on this computer's disk. For several workstations use a "
    "PostgreSQL server.": (
        "%1 est sur un partage réseau ; le fichier chiffré doit rester sur le disque de cet ordinateur. Pour "
        "plusieurs postes, utilisez un serveur PostgreSQL.",
        "%1 liegt auf einer Netzwerkfreigabe; die verschlüsselte Datei muss auf der Festplatte dieses Computers "
        "bleiben. Für mehrere Arbeitsplätze verwenden Sie einen PostgreSQL-Server."),
})
