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
    "Alerts": ("Alertes", "Meldungen"),
    "Care plan": ("Plan de soins", "Betreuungsplan"),
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
    "must be fr, de or en": ("doit être fr, de ou en", "muss fr, de oder en sein"),
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


#: Texts with a count (``self.tr("%n alert(s)", "", n)``): (French, German, English) forms. French uses
#: the singular for 0 and 1, German and English for 1 only; Qt picks the form from the count.
PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "%n result(s)": (("%n résultat", "%n résultats"), ("%n Treffer", "%n Treffer"), ("%n result", "%n results")),
    "%n line(s)": (("%n ligne", "%n lignes"), ("%n Zeile", "%n Zeilen"), ("%n line", "%n lines")),
    "%n finding(s)": (("%n signalement", "%n signalements"), ("%n Befund", "%n Befunde"),
                      ("%n finding", "%n findings")),
    "%n serious": (("%n grave", "%n graves"), ("%n schwerwiegend", "%n schwerwiegend"), ("%n serious", "%n serious")),
    "%n open task(s)": (("%n tâche ouverte", "%n tâches ouvertes"), ("%n offene Aufgabe", "%n offene Aufgaben"),
                        ("%n open task", "%n open tasks")),
    "%n fall(s) due during the absence (select them to reassign).": (
        ("%n arrive à échéance pendant l'absence (sélectionnez-la pour la réattribuer).",
         "%n arrivent à échéance pendant l'absence (sélectionnez-les pour les réattribuer)."),
        ("%n wird während der Abwesenheit fällig (zum Neuzuweisen auswählen).",
         "%n werden während der Abwesenheit fällig (zum Neuzuweisen auswählen)."),
        ("%n falls due during the absence (select it to reassign).",
         "%n fall due during the absence (select them to reassign).")),
    "%n day(s) late": (("%n jour de retard", "%n jours de retard"), ("%n Tag überfällig", "%n Tage überfällig"),
                       ("%n day late", "%n days late")),
    "%n patient(s)": (("%n patient", "%n patients"), ("%n Patient/in", "%n Patient/innen"),
                      ("%n patient", "%n patients")),
    "%n patient(s) match": (("%n patient correspond", "%n patients correspondent"),
                            ("%n Patient/in entspricht", "%n Patient/innen entsprechen"),
                            ("%n patient matches", "%n patients match")),
    "%n recall task(s) would be created.": (
        ("%n tâche de rappel serait créée.", "%n tâches de rappel seraient créées."),
        ("%n Erinnerungsaufgabe würde erstellt.", "%n Erinnerungsaufgaben würden erstellt."),
        ("%n recall task would be created.", "%n recall tasks would be created.")),
    "%n recall task(s) created for the medical assistants' pool.": (
        ("%n tâche de rappel créée pour le pool des assistantes médicales.",
         "%n tâches de rappel créées pour le pool des assistantes médicales."),
        ("%n Erinnerungsaufgabe für den Pool der MPA erstellt.", "%n Erinnerungsaufgaben für den Pool der MPA erstellt."),
        ("%n recall task created for the medical assistants' pool.",
         "%n recall tasks created for the medical assistants' pool.")),
    "%n entry(ies) (newest first, at most 500).": (
        ("%n entrée (les plus récentes d'abord, 500 au plus).", "%n entrées (les plus récentes d'abord, 500 au plus)."),
        ("%n Eintrag (neueste zuerst, höchstens 500).", "%n Einträge (neueste zuerst, höchstens 500)."),
        ("%n entry (newest first, at most 500).", "%n entries (newest first, at most 500).")),
    "%n alert(s)": (("%n alerte", "%n alertes"), ("%n Meldung", "%n Meldungen"), ("%n alert", "%n alerts")),
    "%n waiting for an answer": (("%n en attente de réponse", "%n en attente de réponse"),
                                 ("%n wartet auf Antwort", "%n warten auf Antwort"),
                                 ("%n waiting for an answer", "%n waiting for an answer")),
}


def lookup_plural(language: str, source: str) -> tuple[str, ...] | None:
    """The plural forms of a counted text in ``language``, or None when the table has none."""
    forms = PLURALS.get(source)
    if forms is None:
        return None
    chosen = forms[{"fr": 0, "de": 1, "en": 2}[language]]
    return tuple(_french_spacing(f) for f in chosen) if language == "fr" else chosen


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
    "Pool": ("Pool", "Pool"),
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
    "choose either a person or a pool (one of the two)": ("choisissez une personne ou un pool (l'un des deux)",
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
    "this task is not in one of your pools": ("cette tâche n'est dans aucun de vos pools",
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

# -- tasks, worklists, protocols, recalls, renewals ----------------------------------------------------------------
COMMON.update({
    "Record absence": ("Enregistrer une absence", "Abwesenheit erfassen"),
    "Reassign selected tasks": ("Réattribuer les tâches sélectionnées", "Ausgewählte Aufgaben neu zuweisen"),
    "From / to": ("Du / au", "Von / bis"),
    "Absence": ("Absence", "Abwesenheit"),
    "Give to": ("Confier à", "Übergeben an"),
    "pool: %1": ("pool : %1", "Pool: %1"),
    "%1 open tasks; %2 fall due during the absence (select them to reassign).": (
        "%1 tâches ouvertes ; %2 arrivent à échéance pendant l'absence (sélectionnez-les pour les réattribuer).",
        "%1 offene Aufgaben; %2 werden während der Abwesenheit fällig (zum Neuzuweisen auswählen)."),
    "New task": ("Nouvelle tâche", "Neue Aufgabe"),
    "Task": ("Tâche", "Aufgabe"),
    "No patient": ("Aucun patient", "Kein Patient"),
    "Physicians": ("Médecins", "Ärztinnen und Ärzte"),
    "Pharmacists": ("Pharmaciens", "Apothekerinnen und Apotheker"),
    "Advanced practice nurses": ("Infirmiers en pratique avancée", "Pflegeexpertinnen/-experten APN"),
    "Nurses": ("Infirmiers", "Pflegefachpersonen"),
    "Medical assistants": ("Assistants médicaux", "Medizinische Praxisassistenz"),
    "Coordinators": ("Coordinateurs", "Koordination"),
    "— nobody: offer to a pool —": ("— personne : proposer à un pool —", "— niemand: einem Pool anbieten —"),
    "— no pool —": ("— aucun pool —", "— kein Pool —"),
    "— not under a protocol —": ("— hors protocole —", "— ohne Delegationsprotokoll —"),
    "routine": ("courante", "Routine"),
    "urgent": ("urgente", "dringend"),
    "as soon as possible": ("dès que possible", "so bald wie möglich"),
    "immediately": ("immédiate", "sofort"),
    "asap": ("dès que possible", "baldmöglichst"),
    "stat": ("immédiate", "sofort"),
    "hh:mm (optional)": ("hh:mm (facultatif)", "hh:mm (optional)"),
    "e.g. FREQ=MONTHLY;INTERVAL=3 (every 3 months)": ("p. ex. FREQ=MONTHLY;INTERVAL=3 (tous les 3 mois)",
                                                       "z. B. FREQ=MONTHLY;INTERVAL=3 (alle 3 Monate)"),
    "Result (when completing) or reason (cancel, hold, failure)": (
        "Résultat (à la clôture) ou motif (annulation, suspension, échec)",
        "Ergebnis (beim Abschliessen) oder Grund (Abbruch, Pausieren, Misserfolg)"),
    "Type": ("Type", "Art"),
    "Act": ("Acte", "Handlung"),
    "Due": ("Échéance", "Fällig"),
    "Repeats": ("Récurrence", "Wiederholung"),
    "Business status": ("Avancement", "Bearbeitungsstand"),
    "Result / reason": ("Résultat / motif", "Ergebnis / Grund"),
    "Accept": ("Accepter", "Annehmen"),
    "Put on hold": ("Suspendre", "Pausieren"),
    "Complete": ("Terminer", "Abschliessen"),
    "Failed": ("Échec", "Misserfolg"),
    "Cancel task": ("Annuler la tâche", "Aufgabe abbrechen"),
    "Claim": ("Prendre en charge", "Übernehmen"),
    "%1 (last change by %2)": ("%1 (dernière modification par %2)", "%1 (letzte Änderung durch %2)"),
    "requested": ("demandée", "angefordert"),
    "accepted": ("acceptée", "angenommen"),
    "in progress": ("en cours", "in Bearbeitung"),
    "on hold": ("suspendue", "pausiert"),
    "completed": ("terminée", "abgeschlossen"),
    "cancelled": ("annulée", "abgebrochen"),
    "failed": ("échouée", "misslungen"),
    "&New task for this patient…": ("&Nouvelle tâche pour ce patient…", "&Neue Aufgabe für diesen Patienten…"),
    "Protocol enrolment…": ("Inclusion dans un protocole…", "Einschreibung in ein Protokoll…"),
    "Results written to the chart": ("Résultats versés au dossier", "Ins Dossier übernommene Ergebnisse"),
    "none yet": ("aucun pour l'instant", "noch keine"),
    "&Protocols…": ("Pr&otocoles de coopération…", "&Delegationsprotokolle…"),
    "&My tasks": ("&Mes tâches", "&Meine Aufgaben"),
    "&New task…": ("&Nouvelle tâche…", "&Neue Aufgabe…"),
    "&Recall patients…": ("&Rappel de patients…", "Patienten-&Recall…"),
    "&Tasks": ("&Tâches", "&Aufgaben"),
    "Filter (patient, task, status…)": ("Filtrer (patient, tâche, statut…)", "Filtern (Patient, Aufgabe, Status…)"),
    "Show closed": ("Afficher les clôturées", "Abgeschlossene zeigen"),
    "My tasks": ("Mes tâches", "Meine Aufgaben"),
    "Overdue": ("En retard", "Überfällig"),
    "Escalated": ("Escaladée", "Eskaliert"),
    "Absences": ("Absences", "Abwesenheiten"),
    "&Open": ("&Ouvrir", "Ö&ffnen"),
    "&Claim": ("Prendre en c&harge", "Übe&rnehmen"),
    "C&hart": ("Dossi&er", "D&ossier"),
    "&Print today…": ("&Imprimer la journée…", "&Tagesliste drucken…"),
    "Tasks (%1)": ("Tâches (%1)", "Aufgaben (%1)"),
    "Save the day's worklist": ("Enregistrer la liste de travail du jour", "Tages-Arbeitsliste speichern"),
    "Worklist of %1 — %2": ("Liste de travail de %1 — %2", "Arbeitsliste von %1 — %2"),
    "Printed by %1": ("Imprimé par %1", "Gedruckt von %1"),
    "No task due.": ("Aucune tâche à échéance.", "Keine Aufgabe fällig."),
    "Protocol / act": ("Protocole / acte", "Protokoll / Handlung"),
    "Done": ("Fait", "Erledigt"),
    "Delegation protocols": ("Protocoles de coopération", "Delegationsprotokolle"),
    "Activate for the practice": ("Activer pour le cabinet", "Für die Praxis aktivieren"),
    "Withdraw": ("Retirer", "Zurückziehen"),
    "training date dd.mm.yyyy": ("date de formation jj.mm.aaaa", "Schulungsdatum tt.mm.jjjj"),
    "Record adherence": ("Enregistrer l'adhésion", "Beitritt erfassen"),
    "Staff adherence": ("Adhésion des professionnels", "Beitritt der Mitarbeitenden"),
    "Adherent": ("Adhérent", "Beigetreten"),
    "written": ("écrit", "schriftlich"),
    "oral": ("oral", "mündlich"),
    "electronic": ("électronique", "elektronisch"),
    "the patient": ("le patient", "die Patientin / der Patient"),
    "a representative": ("un représentant", "eine Vertretung"),
    "Enrol the patient": ("Inclure le patient", "Patient einschreiben"),
    "Patient enrolment (consent)": ("Inclusion du patient (consentement)", "Einschreibung (Einwilligung)"),
    "Consent date": ("Date du consentement", "Datum der Einwilligung"),
    "Consent given": ("Consentement donné", "Einwilligung erteilt"),
    "Consent by": ("Consentement de", "Einwilligung durch"),
    "active": ("actif", "aktiv"),
    "Delegates: %1": ("Délégants : %1", "Delegierende: %1"),
    "Acts: %1": ("Actes : %1", "Handlungen: %1"),
    "Report to the doctor: %1": ("Compte rendu au médecin : %1", "Rückmeldung an den Arzt: %1"),
    "To verify: %1": ("À vérifier : %1", "Zu prüfen: %1"),
    "Active since %1": ("Actif depuis le %1", "Aktiv seit %1"),
    "nobody yet": ("personne pour l'instant", "noch niemand"),
    "Recall patients": ("Rappel de patients", "Patienten-Recall"),
    "e.g. hba1c-2026-q1 (running it again creates no duplicates)": (
        "p. ex. hba1c-2026-t1 (la relancer ne crée pas de doublons)",
        "z. B. hba1c-2026-q1 (erneutes Ausführen erzeugt keine Duplikate)"),
    "ICD-10 prefixes, e.g. E11, I50": ("préfixes CIM-10, p. ex. E11, I50", "ICD-10-Präfixe, z. B. E11, I50"),
    "ATC prefixes, e.g. A10, B01AA": ("préfixes ATC, p. ex. A10, B01AA", "ATC-Präfixe, z. B. A10, B01AA"),
    "dd.mm.yyyy (default: today)": ("jj.mm.aaaa (par défaut : aujourd'hui)", "tt.mm.jjjj (Standard: heute)"),
    "Campaign name": ("Nom de la campagne", "Name der Kampagne"),
    "Task title": ("Titre de la tâche", "Titel der Aufgabe"),
    "Age from": ("Âge de", "Alter von"),
    "Age to": ("Âge jusqu'à", "Alter bis"),
    "No task of type": ("Aucune tâche du type", "Keine Aufgabe vom Typ"),
    "…done since (months)": ("…réalisée depuis (mois)", "…erledigt seit (Monaten)"),
    "&Preview": ("&Aperçu", "&Vorschau"),
    "&Create tasks": ("&Créer les tâches", "Aufgaben &erstellen"),
    "%1 patients match; %2 recall tasks would be created.": (
        "%1 patients correspondent ; %2 tâches de rappel seraient créées.",
        "%1 Patienten entsprechen den Kriterien; %2 Recall-Aufgaben würden erstellt."),
    "%1 recall tasks created for the medical assistants' pool.": (
        "%1 tâches de rappel créées dans le pool des assistants médicaux.",
        "%1 Recall-Aufgaben für den Pool der MPA erstellt."),
    "Type a name or a birth date (dd.mm.yyyy)": ("Saisissez un nom ou une date de naissance (jj.mm.aaaa)",
                                                 "Namen oder Geburtsdatum (tt.mm.jjjj) eingeben"),
    "No patient chosen": ("Aucun patient choisi", "Kein Patient gewählt"),
    "No patient found": ("Aucun patient trouvé", "Kein Patient gefunden"),
    "Patient: %1": ("Patient : %1", "Patient: %1"),
})

# -- doctor–pharmacist alerts, inbox, reconciliation, review worksheet ----------------------------------------------
COMMON.update({
    "Alert #%1": ("Alerte n° %1", "Meldung Nr. %1"),
    "Alert and thread": ("Alerte et échanges", "Meldung und Verlauf"),
    "Comment, reason for refusal, question or reply": ("Commentaire, motif du refus, question ou réponse",
                                                       "Kommentar, Ablehnungsgrund, Frage oder Antwort"),
    "Modify…": ("Modifier…", "Ändern…"),
    "Refuse": ("Refuser", "Ablehnen"),
    "Ask a question": ("Poser une question", "Eine Frage stellen"),
    "Reply": ("Répondre", "Antworten"),
    "Print…": ("Imprimer…", "Drucken…"),
    "Open chart": ("Ouvrir le dossier", "Dossier öffnen"),
    "Your answer": ("Votre réponse", "Ihre Antwort"),
    "Save the alert as PDF": ("Enregistrer l'alerte en PDF", "Meldung als PDF speichern"),
    "Alerts of the patient": ("Alertes du patient", "Meldungen zu diesem Patienten"),
    "Raise alert…": ("Émettre une alerte…", "Meldung erstellen…"),
    "Open…": ("Ouvrir…", "Öffnen…"),
    "Print medication plan…": ("Imprimer le plan de médication…", "Medikationsplan drucken…"),
    "Print alerts…": ("Imprimer les alertes…", "Meldungen drucken…"),
    "Reconciliation after hospital…": ("Conciliation de sortie…", "Abgleich nach Austritt…"),
    "Review worksheet…": ("Bilan de médication…", "Medikationsreview…"),
    "%1 alerts · %2 waiting for an answer": ("%1 alertes · %2 en attente de réponse",
                                             "%1 Meldungen · %2 warten auf Antwort"),
    "Save as PDF": ("Enregistrer en PDF", "Als PDF speichern"),
    "Saved %1": ("Enregistré : %1", "Gespeichert: %1"),
    "State": ("État", "Stand"),
    "Urgency": ("Urgence", "Dringlichkeit"),
    "Problem": ("Problème", "Problem"),
    "From": ("De", "Von"),
    "To": ("À", "An"),
    "Reply by": ("Réponse attendue le", "Antwort bis"),
    "Last step": ("Dernière étape", "Letzter Schritt"),
    "Read": ("Lue", "Gelesen"),
    "Question asked": ("Question posée", "Frage gestellt"),
    "Question answered": ("Question répondue", "Frage beantwortet"),
    "Accepted": ("Acceptée", "Angenommen"),
    "Modified": ("Modifiée", "Geändert"),
    "Refused": ("Refusée", "Abgelehnt"),
    "Waiting": ("En attente", "Wartend"),
    "Urgent": ("Urgente", "Dringend"),
    "Within 24 h": ("Sous 24 h", "Innert 24 h"),
    "Routine": ("Courante", "Routine"),
    "Raised": ("Émise", "Erstellt"),
    "Question": ("Question", "Frage"),
    "Escalated to the coordinator": ("Escaladée au coordinateur", "An die Koordination eskaliert"),
    "Reopened": ("Rouverte", "Wieder eröffnet"),
    "Received": ("Reçues", "Empfangen"),
    "Sent": ("Envoyées", "Gesendet"),
    "All alerts": ("Toutes les alertes", "Alle Meldungen"),
    "new drug in the combination: %1": ("nouveau médicament dans l'association : %1",
                                        "neues Medikament in der Kombination: %1"),
    "dose increased for %1: %2 → %3": ("dose augmentée pour %1 : %2 → %3", "Dosis erhöht für %1: %2 → %3"),
    "renal function band changed: %1 → %2": ("classe de fonction rénale modifiée : %1 → %2",
                                              "Nierenfunktionsstufe geändert: %1 → %2"),
    "the patient is now %1 or older": ("le patient a désormais %1 ans ou plus", "der Patient ist jetzt %1 oder älter"),
    "stopped": ("arrêté", "abgesetzt"),
    "changed": ("modifié", "geändert"),
    "added": ("ajouté", "hinzugefügt"),
    "A&lerts": ("A&lertes", "&Meldungen"),
    "&Inbox": ("&Boîte de réception", "&Posteingang"),
    "Box:": ("Boîte :", "Ordner:"),
    "All": ("Toutes", "Alle"),
    "Alerts (%1)": ("Alertes (%1)", "Meldungen (%1)"),
    "Difference": ("Écart", "Abweichung"),
    "Before the stay": ("Avant le séjour", "Vor dem Aufenthalt"),
    "At discharge": ("À la sortie", "Beim Austritt"),
    "Decision": ("Décision", "Entscheid"),
    "Explanation": ("Justification", "Begründung"),
    "Stopped": ("Arrêté", "Abgesetzt"),
    "Dose changed": ("Dose modifiée", "Dosis geändert"),
    "Substituted": ("Substitué", "Ersetzt"),
    "Unchanged": ("Inchangé", "Unverändert"),
    "Intentional, documented": ("Intentionnel, documenté", "Beabsichtigt, dokumentiert"),
    "To be clarified": ("À clarifier", "Abzuklären"),
    "Keep current line": ("Garder la ligne actuelle", "Aktuelle Zeile behalten"),
    "Answer with another change": ("Répondre par une autre modification", "Mit einer anderen Änderung antworten"),
    "Change the doses": ("Modifier les doses", "Dosen ändern"),
    "Stop": ("Arrêter", "Absetzen"),
    "morning": ("matin", "morgens"),
    "noon": ("midi", "mittags"),
    "evening": ("soir", "abends"),
    "night": ("coucher", "zur Nacht"),
    "Change": ("Modification", "Änderung"),
    "New doses": ("Nouvelles doses", "Neue Dosen"),
    "Comment": ("Commentaire", "Kommentar"),
    "Raise an alert": ("Émettre une alerte", "Meldung erstellen"),
    "The patient's médecin traitant": ("Le médecin traitant du patient", "Hausarzt/Hausärztin des Patienten"),
    "Medications concerned": ("Médicaments concernés", "Betroffene Medikamente"),
    "Clinical context": ("Contexte clinique", "Klinischer Kontext"),
    "Proposed intervention": ("Intervention proposée", "Vorgeschlagene Intervention"),
    "Details of the proposal": ("Détails de la proposition", "Einzelheiten des Vorschlags"),
    "Raise alert": ("Émettre l'alerte", "Meldung senden"),
    "Medication reconciliation after a hospital stay": ("Conciliation médicamenteuse après hospitalisation",
                                                        "Medikationsabgleich nach Spitalaufenthalt"),
    "Paste the discharge list's eMediplan code (CHMED16A…)": (
        "Collez le code eMediplan de l'ordonnance de sortie (CHMED16A…)",
        "eMediplan-Code der Austrittsmedikation einfügen (CHMED16A…)"),
    "Add a line…": ("Ajouter une ligne…", "Zeile hinzufügen…"),
    "Change the line…": ("Modifier la ligne…", "Zeile ändern…"),
    "Remove the line": ("Supprimer la ligne", "Zeile entfernen"),
    "Compare with the current list": ("Comparer avec la liste actuelle", "Mit der aktuellen Liste vergleichen"),
    "Hospital / department": ("Hôpital / service", "Spital / Abteilung"),
    "Discharge date": ("Date de sortie", "Austrittsdatum"),
    "Discharge lines": ("Traitement de sortie", "Austrittsmedikation"),
    "or eMediplan code": ("ou code eMediplan", "oder eMediplan-Code"),
    "Why (required for an intentional change)": ("Pourquoi (obligatoire pour un changement intentionnel)",
                                                 "Warum (bei beabsichtigter Änderung obligatorisch)"),
    "Save decision": ("Enregistrer la décision", "Entscheid speichern"),
    "Send as alert": ("Envoyer en alerte", "Als Meldung senden"),
    "Validate the reconciled list": ("Valider la liste conciliée", "Abgeglichene Liste validieren"),
    "validated by %1": ("validée par %1", "validiert von %1"),
    "draft": ("brouillon", "Entwurf"),
    "Enter the discharge lines or paste the eMediplan code first.": (
        "Saisissez d'abord le traitement de sortie ou collez le code eMediplan.",
        "Erfassen Sie zuerst die Austrittsmedikation oder fügen Sie den eMediplan-Code ein."),
    "Change a discharge line": ("Modifier une ligne de sortie", "Austrittszeile ändern"),
    "Add a discharge line": ("Ajouter une ligne de sortie", "Austrittszeile hinzufügen"),
    "Choose a catalogue entry (Enter) or keep free text.": (
        "Choisissez une entrée du catalogue (Entrée) ou gardez le texte libre.",
        "Katalogeintrag wählen (Eingabetaste) oder Freitext behalten."),
    "Choose a catalogue entry or type a product or substance name.": (
        "Choisissez une entrée du catalogue ou saisissez un nom commercial ou une substance.",
        "Katalogeintrag wählen oder Produkt- bzw. Wirkstoffnamen eingeben."),
    "Morning-noon-evening-night": ("Matin-midi-soir-coucher", "Morgen-Mittag-Abend-Nacht"),
    "as needed": ("si besoin", "bei Bedarf"),
    "self-medication": ("automédication", "Selbstmedikation"),
    "not checked by the engine": ("non vérifié par le moteur", "nicht von der Engine geprüft"),
    "not checked": ("non vérifié", "nicht geprüft"),
    "Flags": ("Indicateurs", "Merkmale"),
    "Units per intake (morning, noon, evening, night)": ("Unités par prise (matin, midi, soir, coucher)",
                                                         "Einheiten pro Einnahme (morgens, mittags, abends, nachts)"),
    "When": ("Quand", "Wann"),
    "Who": ("Qui", "Wer"),
    "Details": ("Détails", "Details"),
    "stopped on %1: %2": ("arrêté le %1 : %2", "abgesetzt am %1: %2"),
    "eGFR": ("DFGe", "eGFR"),
    "Weight": ("Poids", "Gewicht"),
    "Creatinine": ("Créatinine", "Kreatinin"),
    "Height": ("Taille", "Grösse"),
    "Potassium": ("Potassium", "Kalium"),
    "Sodium": ("Sodium", "Natrium"),
    "INR": ("INR", "INR"),
    "HbA1c": ("HbA1c", "HbA1c"),
    "Systolic blood pressure": ("Pression artérielle systolique", "Systolischer Blutdruck"),
    "Diastolic blood pressure": ("Pression artérielle diastolique", "Diastolischer Blutdruck"),
    "Heart rate": ("Fréquence cardiaque", "Herzfrequenz"),
    "QTc": ("QTc", "QTc"),
    "From the selected finding, or from scratch when none is selected": (
        "À partir du résultat sélectionné, ou vierge si aucun n'est sélectionné",
        "Aus dem ausgewählten Befund oder leer, wenn keiner ausgewählt ist"),
    "Contraindicated": ("Contre-indiqué", "Kontraindiziert"),
    "Avoid": ("À éviter", "Vermeiden"),
    "Precaution": ("Précaution d'emploi", "Vorsicht"),
    "Take into account": ("À prendre en compte", "Zu berücksichtigen"),
    "Not evaluable": ("Non évaluable", "Nicht beurteilbar"),
    "Not checked by the engine": ("Non vérifié par le moteur", "Nicht von der Engine geprüft"),
    "Interaction": ("Interaction", "Interaktion"),
    "Duplication": ("Redondance", "Doppelverordnung"),
    "Inappropriate in the elderly": ("Inapproprié chez la personne âgée", "Ungeeignet bei älteren Menschen"),
    "Renal dose": ("Adaptation rénale", "Nierendosierung"),
    "Anticholinergic burden": ("Charge anticholinergique", "Anticholinerge Last"),
    "QT prolongation": ("Allongement du QT", "QT-Verlängerung"),
    "Drug–disease": ("Médicament–pathologie", "Arzneimittel–Erkrankung"),
    "Polypharmacy": ("Polymédication", "Polypharmazie"),
    "Free text without an ATC code: no interaction, dose or allergy check.": (
        "Texte libre sans code ATC : aucune vérification d'interaction, de dose ni d'allergie.",
        "Freitext ohne ATC-Code: keine Prüfung von Interaktionen, Dosis oder Allergien."),
    "Recommendation: %1": ("Recommandation : %1", "Empfehlung: %1"),
    "Anticholinergic score %1%2:": ("Score anticholinergique %1%2 :", "Anticholinerger Score %1%2:"),
    "Drugs involved: %1": ("Médicaments en cause : %1", "Beteiligte Medikamente: %1"),
    "Source: %1": ("Source : %1", "Quelle: %1"),
    "Medication review worksheet": ("Fiche de bilan de médication", "Arbeitsblatt Medikationsreview"),
    "Bilan partagé de médication (FR)": ("Bilan partagé de médication (FR)", "Bilan partagé de médication (FR)"),
    "Polymedikations-Check (CH)": ("Polymedikations-Check (CH)", "Polymedikations-Check (CH)"),
    "Start a worksheet": ("Commencer une fiche", "Arbeitsblatt beginnen"),
    "Scheme": ("Dispositif", "Programm"),
    "Eligibility": ("Éligibilité", "Anspruchsberechtigung"),
    "Interview": ("Entretien", "Gespräch"),
    "Analysis": ("Analyse", "Analyse"),
    "Advice to the doctor": ("Avis au médecin", "Empfehlung an den Arzt"),
    "Follow-up": ("Suivi", "Verlaufskontrolle"),
    "Findings": ("Résultats", "Befunde"),
    "Annotation": ("Annotation", "Anmerkung"),
    "Conclusion": ("Conclusion", "Schlussfolgerung"),
    "Report PDF…": ("Rapport PDF…", "Bericht als PDF…"),
    "Save the worksheet as a PDF report (an audited export)": (
        "Enregistrer la fiche comme rapport PDF (export tracé dans le journal d'audit)",
        "Arbeitsblatt als PDF-Bericht speichern (protokollierter Export)"),
    "Eligible": ("Éligible", "Anspruchsberechtigt"),
    "Not eligible": ("Non éligible", "Nicht anspruchsberechtigt"),
    "No finding.": ("Aucun résultat.", "Kein Befund."),
    "Save the review report": ("Enregistrer le rapport du bilan", "Review-Bericht speichern"),
    "Report written to %1": ("Rapport enregistré dans %1", "Bericht gespeichert unter %1"),
})

# -- care plans (PPCS) -----------------------------------------------------------------------------------------------
COMMON.update({
    "Start a care plan…": ("Commencer un plan de soins…", "Betreuungsplan beginnen…"),
    "Edit details…": ("Modifier les informations…", "Angaben bearbeiten…"),
    "Validate…": ("Valider…", "Validieren…"),
    "Put into action": ("Mettre en œuvre", "In Kraft setzen"),
    "Revise": ("Réviser", "Überarbeiten"),
    "Close…": ("Clôturer…", "Abschliessen…"),
    "History…": ("Historique…", "Verlauf…"),
    "Print plan…": ("Imprimer le plan…", "Plan drucken…"),
    "Patient sheet…": ("Fiche patient…", "Patientenblatt…"),
    "Care circle": ("Cercle de soins", "Betreuungsnetz"),
    "Problems and needs": ("Problèmes et besoins", "Probleme und Bedürfnisse"),
    "Shared goals": ("Objectifs partagés", "Gemeinsame Ziele"),
    "Actions": ("Actions", "Massnahmen"),
    "Unmet needs": ("Besoins non couverts", "Ungedeckte Bedürfnisse"),
    "Remove": ("Retirer", "Entfernen"),
    "Record progress…": ("Noter l'avancement…", "Fortschritt erfassen…"),
    "This patient has no care plan yet.": ("Ce patient n'a pas encore de plan de soins.",
                                           "Für diesen Patienten gibt es noch keinen Betreuungsplan."),
    "Care plan v%1 — %2 · référent %3": ("Plan de soins v%1 — %2 · référent %3",
                                         "Betreuungsplan v%1 — %2 · Bezugsperson %3"),
    "%1 of %2 actions done": ("%1 actions réalisées sur %2", "%1 von %2 Massnahmen erledigt"),
    "No care plan": ("Aucun plan de soins", "Kein Betreuungsplan"),
    "New care plan": ("Nouveau plan de soins", "Neuer Betreuungsplan"),
    "Care plan details": ("Informations du plan de soins", "Angaben zum Betreuungsplan"),
    "Care plan item": ("Élément du plan de soins", "Element des Betreuungsplans"),
    "Progress of the action": ("Avancement de l'action", "Fortschritt der Massnahme"),
    "Patient's agreement on": ("Accord du patient le", "Einverständnis des Patienten am"),
    "How the agreement was obtained": ("Modalité de recueil de l'accord", "Wie das Einverständnis eingeholt wurde"),
    "Validate the care plan": ("Valider le plan de soins", "Betreuungsplan validieren"),
    "Close the care plan": ("Clôturer le plan de soins", "Betreuungsplan abschliessen"),
    "care-plan.pdf": ("plan-de-soins.pdf", "betreuungsplan.pdf"),
    "patient-sheet.pdf": ("fiche-patient.pdf", "patientenblatt.pdf"),
    "Save the PDF": ("Enregistrer le PDF", "PDF speichern"),
    "Review date": ("Date de réévaluation", "Überprüfungsdatum"),
    "Patient's expectations and preferences": ("Attentes et préférences du patient",
                                               "Erwartungen und Präferenzen des Patienten"),
    "Advance directives": ("Directives anticipées", "Patientenverfügung"),
    "Trusted person": ("Personne de confiance", "Vertrauensperson"),
    "Alert procedure": ("Procédure d'alerte", "Notfallprozedere"),
    "by %1; patient's agreement on %2 (%3)": ("par %1 ; accord du patient le %2 (%3)",
                                              "von %1; Einverständnis des Patienten am %2 (%3)"),
    "Closed": ("Clôturé", "Abgeschlossen"),
    "Draft": ("Brouillon", "Entwurf"),
    "Being revised": ("En révision", "In Überarbeitung"),
    "Medical": ("Médical", "Medizinisch"),
    "Psychological": ("Psychologique", "Psychisch"),
    "Social": ("Social", "Sozial"),
    "Environmental": ("Environnemental", "Umfeld"),
    "High": ("Haute", "Hoch"),
    "Medium": ("Moyenne", "Mittel"),
    "Low": ("Basse", "Niedrig"),
    "In progress": ("En cours", "In Arbeit"),
    "Achieved": ("Atteint", "Erreicht"),
    "Not achieved": ("Non atteint", "Nicht erreicht"),
    "Abandoned": ("Abandonné", "Aufgegeben"),
    "Prevention": ("Prévention", "Prävention"),
    "Care": ("Soins", "Behandlung"),
    "Support": ("Accompagnement", "Unterstützung"),
    "Planned": ("Prévue", "Geplant"),
    "Not done": ("Non réalisée", "Nicht erledigt"),
    "Cancelled": ("Annulée", "Abgebrochen"),
    "Practice staff": ("Équipe du cabinet", "Praxisteam"),
    "Hospital service": ("Service hospitalier", "Spitalabteilung"),
    "Home nursing": ("Soins infirmiers à domicile", "Spitex"),
    "DAC (coordination support)": ("DAC (dispositif d'appui à la coordination)", "DAC (Koordinationsstelle)"),
    "Social worker": ("Travailleur social", "Sozialarbeit"),
    "Family caregiver": ("Proche aidant", "Betreuende Angehörige"),
    "Not known": ("Inconnu", "Unbekannt"),
    "Yes": ("Oui", "Ja"),
    "No": ("Non", "Nein"),
    "Référent": ("Référent", "Bezugsperson"),
    "Medical situation": ("Situation médicale", "Medizinische Situation"),
    "Psychological situation": ("Situation psychologique", "Psychische Situation"),
    "Social situation": ("Situation sociale", "Soziale Situation"),
    "Environmental situation": ("Situation environnementale", "Wohn- und Lebensumfeld"),
    "Advance directives dated": ("Directives anticipées datées du", "Patientenverfügung vom"),
    "Where they are kept": ("Lieu de conservation", "Aufbewahrungsort"),
    "Trusted person's contact": ("Coordonnées de la personne de confiance", "Kontakt der Vertrauensperson"),
    "Designated on": ("Désignée le", "Bestimmt am"),
    "Alert procedure (who to call)": ("Procédure d'alerte (qui appeler)", "Notfallprozedere (wen anrufen)"),
    "Practice staff member": ("Membre du cabinet", "Mitarbeitende/r der Praxis"),
    "Contact": ("Coordonnées", "Kontakt"),
    "Period": ("Période", "Zeitraum"),
    "Responsible": ("Responsable", "Verantwortlich"),
    "Organisation": ("Structure", "Organisation"),
    "Until": ("Jusqu'au", "Bis"),
    "Domain": ("Domaine", "Bereich"),
    "Problem or need": ("Problème ou besoin", "Problem oder Bedürfnis"),
    "Raised by": ("Signalé par", "Gemeldet von"),
    "Objective": ("Objectif", "Ziel"),
    "Measure": ("Indicateur de suivi", "Messgrösse"),
    "Target date": ("Date cible", "Zieldatum"),
    "Problems addressed": ("Problèmes concernés", "Betroffene Probleme"),
    "Responsible person": ("Personne responsable", "Verantwortliche Person"),
    "…or a role": ("…ou un rôle", "…oder eine Rolle"),
    "…or an outside contact": ("…ou un intervenant extérieur", "…oder eine externe Kontaktperson"),
    "Repeat (iCalendar rule, e.g. FREQ=WEEKLY)": ("Répétition (règle iCalendar, p. ex. FREQ=WEEKLY)",
                                                  "Wiederholung (iCalendar-Regel, z. B. FREQ=WEEKLY)"),
    "Goal": ("Objectif", "Ziel"),
    "Need or goal not met": ("Besoin ou objectif non couvert", "Ungedecktes Bedürfnis oder Ziel"),
    "Reported to the territory": ("Signalé au territoire", "Der Region gemeldet"),
    "Reported on": ("Signalé le", "Gemeldet am"),
    "Care plan history": ("Historique du plan de soins", "Verlauf des Betreuungsplans"),
    "Saved": ("Enregistré le", "Gespeichert am"),
    "By": ("Par", "Von"),
    "Plan version": ("Version du plan", "Planversion"),
    "Select a version to see what it changed, or two versions to compare them.": (
        "Sélectionnez une version pour voir ses modifications, ou deux versions pour les comparer.",
        "Wählen Sie eine Version, um ihre Änderungen zu sehen, oder zwei Versionen, um sie zu vergleichen."),
    "No difference.": ("Aucune différence.", "Kein Unterschied."),
    "Care &plans": ("&Plans de soins", "&Betreuungspläne"),
    "Plans to &review…": ("Plans à &réévaluer…", "Zu &überprüfende Pläne…"),
    "Care plans to review": ("Plans de soins à réévaluer", "Zu überprüfende Betreuungspläne"),
    "%1 days late": ("%1 jours de retard", "%1 Tage überfällig"),
    "in %1 days": ("dans %1 jours", "in %1 Tagen"),
})

# -- hospital events, documents, referrals, meetings, indicators -----------------------------------------------------
COMMON.update({
    "Record a hospital event": ("Enregistrer un événement hospitalier", "Spitalereignis erfassen"),
    "Emergency visit": ("Passage aux urgences", "Notfallbesuch"),
    "Admission": ("Hospitalisation", "Spitaleintritt"),
    "Discharge": ("Sortie", "Spitalaustritt"),
    "Hospital": ("Hôpital", "Spital"),
    "Shared record (DMP/EPD)": ("Dossier partagé (DMP/DEP)", "Patientendossier (DMP/EPD)"),
    "Patient or relative": ("Patient ou proche", "Patient oder Angehörige"),
    "Date": ("Date", "Datum"),
    "Facility": ("Établissement", "Einrichtung"),
    "Source": ("Source", "Quelle"),
    "Added": ("Ajouté le", "Hinzugefügt am"),
    "File": ("Fichier", "Datei"),
    "Size": ("Taille", "Grösse"),
    "&Record event…": ("&Enregistrer un événement…", "&Ereignis erfassen…"),
    "&Attach document…": ("&Joindre un document…", "Dokument anhän&gen…"),
    "&Open document": ("&Ouvrir le document", "Dokument ö&ffnen"),
    "Hospital events": ("Événements hospitaliers", "Spitalereignisse"),
    "Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).": (
        "Passages aux urgences fréquents : %1 passages en 12 mois jusqu'au %2 (alerte de coordination %3).",
        "Häufige Notfallbesuche: %1 Besuche innert 12 Monaten bis %2 (Koordinationsmeldung %3)."),
    "open": ("ouverte", "offen"),
    "acknowledged": ("prise en compte", "zur Kenntnis genommen"),
    "Attach a document": ("Joindre un document", "Dokument anhängen"),
    "Documents (*.pdf *.png *.jpg *.jpeg *.txt)": ("Documents (*.pdf *.png *.jpg *.jpeg *.txt)",
                                                   "Dokumente (*.pdf *.png *.jpg *.jpeg *.txt)"),
    "This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is "
    "then written to a private temporary folder and stays there until the computer cleans it.": (
        "Ce PDF ne peut pas être affiché dans Cordée sur cet ordinateur. Vous pouvez l'ouvrir dans votre lecteur "
        "PDF : une copie lisible est alors écrite dans un dossier temporaire privé et y reste jusqu'à ce que "
        "l'ordinateur le nettoie.",
        "Dieses PDF kann auf diesem Computer nicht in Cordée angezeigt werden. Sie können es in Ihrem PDF-Reader "
        "öffnen: Dann wird eine lesbare Kopie in einen privaten temporären Ordner geschrieben und bleibt dort, bis "
        "der Computer ihn bereinigt."),
    "Open outside Cordée…": ("Ouvrir hors de Cordée…", "Ausserhalb von Cordée öffnen…"),
    "Readable copy on this computer": ("Copie lisible sur cet ordinateur", "Lesbare Kopie auf diesem Computer"),
    "A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?": (
        "Une copie lisible (non chiffrée) de ce document sera écrite dans un dossier temporaire privé. Continuer ?",
        "Eine lesbare (unverschlüsselte) Kopie dieses Dokuments wird in einen privaten temporären Ordner "
        "geschrieben. Fortfahren?"),
    "New referral": ("Nouvel adressage", "Neue Überweisung"),
    "e.g. Dr Weber, cardiologist — Hôpital de la Tour": ("p. ex. Dr Weber, cardiologue — Hôpital de la Tour",
                                                         "z. B. Dr. Weber, Kardiologe — Hôpital de la Tour"),
    "Within 48 h": ("Sous 48 h", "Innert 48 h"),
    "Within 7 days": ("Sous 7 jours", "Innert 7 Tagen"),
    "Scheduled": ("Programmé", "Geplant"),
    "Advice only": ("Avis seul", "Nur Beratung"),
    "The clinical question for the specialist": ("La question clinique posée au spécialiste",
                                                 "Die klinische Fragestellung an die Fachperson"),
    "Choose a patient to see their documents.": ("Choisissez un patient pour voir ses documents.",
                                                 "Wählen Sie einen Patienten, um seine Dokumente zu sehen."),
    "To (specialist or service)": ("À (spécialiste ou service)", "An (Fachperson oder Dienst)"),
    "Specialty": ("Spécialité", "Fachgebiet"),
    "Clinical question": ("Question clinique", "Klinische Fragestellung"),
    "Requested on": ("Demandé le", "Angefordert am"),
    "Attach documents": ("Joindre des documents", "Dokumente anhängen"),
    "Your role does not give access to the documents.": ("Votre rôle ne donne pas accès aux documents.",
                                                         "Ihre Rolle gibt keinen Zugriff auf die Dokumente."),
    "This patient has no documents.": ("Ce patient n'a aucun document.", "Für diesen Patienten gibt es keine Dokumente."),
    "Referrals": ("Adressages", "Überweisungen"),
    "Requested": ("Demandé", "Angefordert"),
    "Booked": ("RDV pris", "Termin vereinbart"),
    "Seen": ("Patient vu", "Konsultation erfolgt"),
    "Report received": ("Compte rendu reçu", "Bericht erhalten"),
    "Target": ("Délai cible", "Frist"),
    "Appointment": ("Rendez-vous", "Termin"),
    "overdue": ("en retard", "überfällig"),
    "booked late": ("RDV tardif", "Termin zu spät"),
    "Answer": ("Réponse", "Antwort"),
    "Overdue only": ("En retard seulement", "Nur überfällige"),
    "Answer (report received) or reason (cancel)": ("Réponse (compte rendu reçu) ou motif (annulation)",
                                                    "Antwort (Bericht erhalten) oder Grund (Absage)"),
    "New referral…": ("Nouvel adressage…", "Neue Überweisung…"),
    "Cancel referral": ("Annuler l'adressage", "Überweisung absagen"),
    "New concertation meeting": ("Nouvelle réunion de concertation", "Neue Fallbesprechung"),
    "Monthly": ("Mensuelle", "Monatlich"),
    "Ad hoc": ("Ponctuelle", "Ad hoc"),
    "CPTS": ("CPTS", "CPTS"),
    "Quality circle": ("Cercle de qualité", "Qualitätszirkel"),
    "e.g. Dr Lambert (geriatrician), home-care service": ("p. ex. Dr Lambert (gériatre), service de soins à domicile",
                                                          "z. B. Dr. Lambert (Geriater), Spitex"),
    "Participants": ("Participants", "Teilnehmende"),
    "Outside participants": ("Participants extérieurs", "Externe Teilnehmende"),
    "Concertation meetings": ("Réunions de concertation", "Fallbesprechungen"),
    "Note": ("Note", "Notiz"),
    "Patients": ("Patients", "Patienten"),
    "Discussion": ("Discussion", "Diskussion"),
    "Decisions": ("Décisions", "Entscheide"),
    "Search the records (words of the question, discussion, decisions)": (
        "Rechercher dans les comptes rendus (mots de la question, de la discussion, des décisions)",
        "Protokolle durchsuchen (Wörter aus Frage, Diskussion, Entscheiden)"),
    "New meeting…": ("Nouvelle réunion…", "Neue Besprechung…"),
    "Add a patient…": ("Ajouter un patient…", "Patient hinzufügen…"),
    "Record the discussion…": ("Consigner la discussion…", "Diskussion festhalten…"),
    "Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in "
    "force.": (
        "Patients complexes discutés au cours des 12 derniers mois : %1 sur %2 (%3). Complexe : ALD et 75 ans ou "
        "plus, ou plan de soins en vigueur.",
        "In den letzten 12 Monaten besprochene komplexe Patienten: %1 von %2 (%3). Komplex: ALD und 75 oder älter, "
        "oder ein gültiger Betreuungsplan."),
    "Choose a meeting first.": ("Choisissez d'abord une réunion.", "Wählen Sie zuerst eine Besprechung."),
    "Choose a patient record first.": ("Choisissez d'abord le dossier d'un patient.",
                                       "Wählen Sie zuerst einen Patienteneintrag."),
    "Add a patient to the meeting of %1": ("Ajouter un patient à la réunion du %1",
                                           "Patient zur Besprechung vom %1 hinzufügen"),
    "The question asked to the team": ("La question posée à l'équipe", "Die Frage an das Team"),
    "Meeting record — %1": ("Compte rendu de réunion — %1", "Besprechungsprotokoll — %1"),
    "Create a task": ("Créer une tâche", "Aufgabe erstellen"),
    "Revise the care plan": ("Réviser le plan de soins", "Betreuungsplan überarbeiten"),
    "Summary of the discussion": ("Synthèse de la discussion", "Zusammenfassung der Diskussion"),
    "What was decided": ("Ce qui a été décidé", "Was entschieden wurde"),
    "dd.mm.yyyy (optional)": ("jj.mm.aaaa (facultatif)", "tt.mm.jjjj (optional)"),
    "New decision": ("Nouvelle décision", "Neuer Entscheid"),
    "Add decision": ("Ajouter la décision", "Entscheid hinzufügen"),
    "No decision yet": ("Aucune décision pour l'instant", "Noch kein Entscheid"),
    "&Coordination": ("&Coordination", "&Koordination"),
    "&Meetings…": ("&Réunions de concertation…", "&Fallbesprechungen…"),
    "&Referrals…": ("&Adressages…", "Ü&berweisungen…"),
    "Team &indicators…": ("&Indicateurs d'équipe…", "Team-&Kennzahlen…"),
    "Team indicators": ("Indicateurs d'équipe", "Team-Kennzahlen"),
    "&Show": ("&Afficher", "&Anzeigen"),
    "Export &PDF…": ("Exporter en &PDF…", "&PDF exportieren…"),
    "Export &CSV…": ("Exporter en &CSV…", "&CSV exportieren…"),
    "to": ("au", "bis"),
    "Section": ("Rubrique", "Bereich"),
    "Indicator": ("Indicateur", "Kennzahl"),
    "Unit": ("Unité", "Einheit"),
    "Export the indicators": ("Exporter les indicateurs", "Kennzahlen exportieren"),
    "Written to %1": ("Enregistré dans %1", "Gespeichert unter %1"),
})

# -- same English word, different meaning per screen -------------------------------------------------------------------
BY_CONTEXT.update({
    "AlertTexts|Open": ("Ouverte", "Offen"),
    "AlertTexts|Reply": ("Réponse", "Antwort"),
    "WorklistPanel|Escalated": ("Escaladées", "Eskaliert"),
    "ItemModel|Added": ("Ajouté", "Hinzugefügt"),
    "ReferralWindow|Cancelled": ("Annulé", "Abgesagt"),
    "ReferralWindow|To": ("Destinataire", "An"),
    "RaiseAlertDialog|To": ("Destinataire", "An"),
    "Words|Done": ("Réalisée", "Erledigt"),
    "Words|From": ("Du", "Von"),
    "DashboardWindow|From": ("Du", "Von"),
    "DashboardWindow|Monthly": ("Par mois", "Pro Monat"),
    "DashboardWindow|Period": ("Période", "Zeitraum"),
    "TaskDialog|Failed": ("Échec", "Misslungen"),
    # service field labels ("Date de réévaluation : est obligatoire …")
    "fields|Conditions (ICD-10 codes)": ("Pathologies (codes CIM-10)", "Erkrankungen (ICD-10-Codes)"),
    "fields|Task not done": ("Tâche non réalisée", "Nicht erledigte Aufgabe"),
    "fields|Not done for (months)": ("Non réalisée depuis (mois)", "Nicht erledigt seit (Monaten)"),
    "fields|Renewed until": ("Renouvelé jusqu'au", "Verlängert bis"),
    "fields|New dose": ("Nouvelle dose", "Neue Dosis"),
    "fields|Note": ("Note", "Notiz"),
    "fields|Result": ("Résultat", "Ergebnis"),
    "fields|Reason for the status": ("Motif du statut", "Grund für den Status"),
    "fields|Escalation delay (days)": ("Délai d'escalade (jours)", "Eskalationsfrist (Tage)"),
    "fields|Tasks": ("Tâches", "Aufgaben"),
    "fields|Reason": ("Motif", "Grund"),
    "fields|Review finding": ("Résultat de la revue", "Befund der Überprüfung"),
    "fields|Problem category": ("Catégorie de problème", "Problemkategorie"),
    "fields|Problem": ("Problème", "Problem"),
    "fields|Proposed intervention": ("Intervention proposée", "Vorgeschlagene Intervention"),
    "fields|Intervention details": ("Détails de l'intervention", "Einzelheiten der Intervention"),
    "fields|Medications concerned": ("Médicaments concernés", "Betroffene Medikamente"),
    "fields|Proposed changes": ("Modifications proposées", "Vorgeschlagene Änderungen"),
    "fields|Changes made": ("Modifications effectuées", "Vorgenommene Änderungen"),
    "fields|Urgency": ("Urgence", "Dringlichkeit"),
    "fields|Reply expected by": ("Réponse attendue le", "Antwort erwartet bis"),
    "fields|Recipient": ("Destinataire", "Empfänger/in"),
    "fields|Question": ("Question", "Frage"),
    "fields|Reply": ("Réponse", "Antwort"),
    "fields|Comment": ("Commentaire", "Kommentar"),
    "fields|State": ("État", "Stand"),
    "fields|Inbox folder": ("Dossier de la boîte de réception", "Ordner des Posteingangs"),
    "fields|Discharge date": ("Date de sortie", "Austrittsdatum"),
    "fields|Decision": ("Décision", "Entscheid"),
    "fields|Send as": ("Envoyer comme", "Senden als"),
    "fields|Kind of review": ("Type de bilan", "Art des Reviews"),
    "fields|Annotations": ("Annotations", "Anmerkungen"),
    "fields|Conclusion": ("Conclusion", "Schlussfolgerung"),
    "fields|eMediplan": ("eMediplan", "eMediplan"),
    "fields|eGFR": ("DFGe", "eGFR"),
    "fields|Weight (kg)": ("Poids (kg)", "Gewicht (kg)"),
    "fields|Creatinine (µmol/l)": ("Créatinine (µmol/l)", "Kreatinin (µmol/l)"),
    "fields|Kind": ("Type", "Art"),
    "fields|Referent": ("Référent", "Bezugsperson"),
    "fields|Advance directives": ("Directives anticipées", "Patientenverfügung"),
    "fields|Date of the advance directives": ("Date des directives anticipées", "Datum der Patientenverfügung"),
    "fields|Where the advance directives are kept": ("Lieu de conservation des directives anticipées",
                                                     "Aufbewahrungsort der Patientenverfügung"),
    "fields|Trusted person": ("Personne de confiance", "Vertrauensperson"),
    "fields|Trusted person's contact": ("Coordonnées de la personne de confiance", "Kontakt der Vertrauensperson"),
    "fields|Trusted person designated on": ("Personne de confiance désignée le", "Vertrauensperson bestimmt am"),
    "fields|Review date": ("Date de réévaluation", "Überprüfungsdatum"),
    "fields|Date of the patient's agreement": ("Date de l'accord du patient", "Datum des Einverständnisses"),
    "fields|How the patient agreed": ("Modalité de l'accord du patient", "Art des Einverständnisses"),
    "fields|Validated by": ("Validé par", "Validiert von"),
    "fields|Reason for closing": ("Motif de clôture", "Grund für den Abschluss"),
    "fields|Shared goals": ("Objectifs partagés", "Gemeinsame Ziele"),
    "fields|Category": ("Catégorie", "Kategorie"),
    "fields|Organisation": ("Structure", "Organisation"),
    "fields|Domain": ("Domaine", "Bereich"),
    "fields|Source": ("Source", "Quelle"),
    "fields|Goal": ("Objectif", "Ziel"),
    "fields|How it is measured": ("Indicateur de suivi", "Messgrösse"),
    "fields|Target date": ("Date cible", "Zieldatum"),
    "fields|Problems addressed": ("Problèmes concernés", "Betroffene Probleme"),
    "fields|Type of action": ("Type d'action", "Art der Massnahme"),
    "fields|Responsible": ("Responsable", "Verantwortlich"),
    "fields|Responsible role": ("Rôle responsable", "Verantwortliche Rolle"),
    "fields|Other responsible": ("Autre responsable", "Andere verantwortliche Person"),
    "fields|Outcome": ("Résultat", "Ergebnis"),
    "fields|Reported on": ("Signalé le", "Gemeldet am"),
    "fields|Date": ("Date", "Datum"),
    "fields|Facility": ("Établissement", "Einrichtung"),
    "fields|File content": ("Contenu du fichier", "Dateiinhalt"),
    "fields|File name": ("Nom du fichier", "Dateiname"),
    "fields|Hospital event": ("Événement hospitalier", "Spitalereignis"),
    "fields|Referral": ("Adressage", "Überweisung"),
    "fields|Destination folder": ("Dossier de destination", "Zielordner"),
    "fields|Specialty": ("Spécialité", "Fachgebiet"),
    "fields|Clinical question": ("Question clinique", "Klinische Fragestellung"),
    "fields|Requested on": ("Demandé le", "Angefordert am"),
    "fields|Reason for cancelling": ("Motif d'annulation", "Grund der Absage"),
    "fields|Specialist's answer": ("Réponse du spécialiste", "Antwort der Fachperson"),
    "fields|Meeting date": ("Date de la réunion", "Datum der Besprechung"),
    "fields|Participants": ("Participants", "Teilnehmende"),
    "fields|Outside participants": ("Participants extérieurs", "Externe Teilnehmende"),
    "fields|Discussion": ("Discussion", "Diskussion"),
    "fields|From": ("Du", "Von"),
    "fields|To": ("Au", "Bis"),
    "fields|Format": ("Format", "Format"),
    "fields|Proposed change %1": ("Modification proposée %1", "Vorgeschlagene Änderung %1"),
    "fields|Change %1": ("Modification %1", "Änderung %1"),
    "fields|action": ("action", "Aktion"),
    "fields|reason": ("motif", "Grund"),
    "fields|medication": ("médicament", "Medikament"),
    "fields|new medication": ("nouveau médicament", "neues Medikament"),
})

# -- problems raised by the coordination services ------------------------------------------------------------------
PROBLEMS.update({
    "must be 2–60 letters, digits, dots, dashes or underscores": (
        "doit comporter de 2 à 60 lettres, chiffres, points, tirets ou tirets bas",
        "muss 2–60 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche enthalten"),
    "must not be below the minimum age": ("ne doit pas être inférieur à l'âge minimum",
                                          "darf nicht unter dem Mindestalter liegen"),
    "give both the task type and the number of months": ("indiquez à la fois le type de tâche et le nombre de mois",
                                                         "geben Sie sowohl den Aufgabentyp als auch die Anzahl Monate an"),
    "give at least one criterion (age, condition, medication or task not done)": (
        "indiquez au moins un critère (âge, pathologie, médicament ou tâche non réalisée)",
        "geben Sie mindestens ein Kriterium an (Alter, Erkrankung, Medikament oder nicht erledigte Aufgabe)"),
    "must be a whole number": ("doit être un nombre entier", "muss eine ganze Zahl sein"),
    "must be renewal or dose_adjustment": ("doit être renewal (renouvellement) ou dose_adjustment (adaptation de dose)",
                                           "muss renewal (Verlängerung) oder dose_adjustment (Dosisanpassung) sein"),
    "must be after today": ("doit être postérieure à aujourd'hui", "muss nach dem heutigen Tag liegen"),
    "must be a medication of this patient": ("doit être un médicament de ce patient",
                                             "muss ein Medikament dieses Patienten sein"),
    "is a stopped medication": ("est un médicament arrêté", "ist ein abgesetztes Medikament"),
    "must be stop, change or add": ("doit être stop (arrêt), change (modification) ou add (ajout)",
                                    "muss stop (Absetzen), change (Änderung) oder add (Hinzufügen) sein"),
    "must be a patient of the practice": ("doit être un patient du cabinet", "muss ein Patient der Praxis sein"),
    "must be an SFPC problem code (1.1 to 1.10)": ("doit être un code de problème SFPC (1.1 à 1.10)",
                                                   "muss ein SFPC-Problemcode sein (1.1 bis 1.10)"),
    "at least one medication is required (except for an untreated indication)": (
        "au moins un médicament est obligatoire (sauf pour une indication non traitée)",
        "mindestens ein Medikament ist erforderlich (ausser bei einer unbehandelten Indikation)"),
    "must be urgent, 24h or routine": ("doit être urgent, 24h ou routine", "muss urgent, 24h oder routine sein"),
    "must not be in the past": ("ne doit pas être dans le passé", "darf nicht in der Vergangenheit liegen"),
    "must be within a year": ("doit être dans moins d'un an", "muss innerhalb eines Jahres liegen"),
    "is required: the patient has no médecin traitant in the practice": (
        "est obligatoire : le patient n'a pas de médecin traitant au cabinet",
        "ist obligatorisch: Der Patient hat keinen Hausarzt / keine Hausärztin in der Praxis"),
    "is not a current finding of this patient's review": (
        "n'est pas un résultat actuel de la revue de ce patient",
        "ist kein aktueller Befund der Überprüfung dieses Patienten"),
    "there is no question waiting for a reply": ("aucune question n'attend de réponse",
                                                 "es wartet keine Frage auf eine Antwort"),
    "the proposal holds no medication change to make: answer 'modified' with the change you make": (
        "la proposition ne contient aucune modification de traitement à effectuer : répondez « modifiée » avec la "
        "modification que vous faites",
        "der Vorschlag enthält keine Medikamentenänderung: Antworten Sie mit «geändert» und der Änderung, die Sie "
        "vornehmen"),
    "the change made is required": ("la modification effectuée est obligatoire",
                                    "die vorgenommene Änderung ist obligatorisch"),
    "this reconciliation is already validated": ("cette conciliation est déjà validée",
                                                 "dieser Abgleich ist bereits validiert"),
    "is required (hospital and department)": ("est obligatoire (hôpital et service)",
                                              "ist obligatorisch (Spital und Abteilung)"),
    "must be intentional_documented, to_be_clarified or keep_current": (
        "doit être intentionnel documenté, à clarifier ou garder la ligne actuelle",
        "muss «beabsichtigt, dokumentiert», «abzuklären» oder «aktuelle Zeile behalten» sein"),
    "an intentional change must be documented (why it was made)": (
        "un changement intentionnel doit être justifié (pourquoi il a été fait)",
        "eine beabsichtigte Änderung muss begründet werden (warum sie vorgenommen wurde)"),
    "an added drug has no current line to keep": ("un médicament ajouté n'a pas de ligne actuelle à garder",
                                                  "ein hinzugefügtes Medikament hat keine aktuelle Zeile zum Behalten"),
    "only a difference to be clarified can be sent": ("seul un écart à clarifier peut être envoyé",
                                                      "nur eine abzuklärende Abweichung kann gesendet werden"),
    "must be alert or task": ("doit être alerte ou tâche", "muss Meldung oder Aufgabe sein"),
    "must be bpm or pmc": ("doit être bpm (bilan partagé de médication) ou pmc (Polymedikations-Check)",
                           "muss bpm (Bilan partagé de médication) oder pmc (Polymedikations-Check) sein"),
    "must not be before the previous step": ("ne doit pas précéder l'étape précédente",
                                             "darf nicht vor dem vorherigen Schritt liegen"),
    "must start with CHMED16A1 (or CHMED16A0)": ("doit commencer par CHMED16A1 (ou CHMED16A0)",
                                                 "muss mit CHMED16A1 (oder CHMED16A0) beginnen"),
    "is not a readable CHMED16A payload": ("n'est pas un contenu CHMED16A lisible", "ist kein lesbarer CHMED16A-Inhalt"),
    "must be yes when a date or a place is given": ("doit être « oui » lorsqu'une date ou un lieu est indiqué",
                                                    "muss «Ja» sein, wenn ein Datum oder ein Ort angegeben ist"),
    "is required when a contact or a designation date is given": (
        "est obligatoire lorsque des coordonnées ou une date de désignation sont indiquées",
        "ist obligatorisch, wenn ein Kontakt oder ein Bestimmungsdatum angegeben ist"),
    "must be an e-mail address like name@example.org": ("doit être une adresse e-mail comme nom@exemple.org",
                                                        "muss eine E-Mail-Adresse wie name@beispiel.ch sein"),
    "must be problems of this plan": ("doivent être des problèmes de ce plan", "müssen Probleme dieses Plans sein"),
    "choose one responsible: a person, a role or an outside contact": (
        "choisissez un seul responsable : une personne, un rôle ou un intervenant extérieur",
        "wählen Sie eine verantwortliche Stelle: eine Person, eine Rolle oder eine externe Kontaktperson"),
    "must be a goal of this plan": ("doit être un objectif de ce plan", "muss ein Ziel dieses Plans sein"),
    "is only given when the need was reported to the territory": (
        "n'est indiqué que si le besoin a été signalé au territoire",
        "wird nur angegeben, wenn das Bedürfnis der Region gemeldet wurde"),
    "only for a member of the practice": ("uniquement pour un membre du cabinet", "nur für Mitglieder der Praxis"),
    "only the patient's médecin traitant can validate the plan": (
        "seul le médecin traitant du patient peut valider le plan",
        "nur der Hausarzt / die Hausärztin des Patienten kann den Plan validieren"),
    "is required before the plan is validated": ("est obligatoire avant la validation du plan",
                                                 "ist vor der Validierung des Plans obligatorisch"),
    "a plan needs at least one shared goal to be validated": (
        "un plan doit comporter au moins un objectif partagé pour être validé",
        "ein Plan braucht mindestens ein gemeinsames Ziel, um validiert zu werden"),
    "a closed plan cannot be changed": ("un plan clôturé ne peut pas être modifié",
                                        "ein abgeschlossener Plan kann nicht geändert werden"),
    "is not a part of a care plan": ("n'est pas un élément d'un plan de soins", "ist kein Teil eines Betreuungsplans"),
    "already has a care plan that is not closed": ("a déjà un plan de soins non clôturé",
                                                   "hat bereits einen nicht abgeschlossenen Betreuungsplan"),
    "this alert has already been acknowledged": ("cette alerte a déjà été prise en compte",
                                                 "diese Meldung wurde bereits zur Kenntnis genommen"),
    "must be a PDF, a PNG or JPEG image, or a text file": (
        "doit être un PDF, une image PNG ou JPEG, ou un fichier texte",
        "muss ein PDF, ein PNG- oder JPEG-Bild oder eine Textdatei sein"),
    "is empty": ("est vide", "ist leer"),
    "the folder does not exist": ("le dossier n'existe pas", "der Ordner existiert nicht"),
    "is not an event of this patient": ("n'est pas un événement de ce patient", "ist kein Ereignis dieses Patienten"),
    "is not a referral of this patient": ("n'est pas un adressage de ce patient",
                                          "ist keine Überweisung dieses Patienten"),
    "must be ed_visit, admission or discharge": ("doit être passage aux urgences, hospitalisation ou sortie",
                                                 "muss Notfallbesuch, Spitaleintritt oder Spitalaustritt sein"),
    "must be hospital, dmp, patient or other": ("doit être hôpital, DMP, patient ou autre",
                                                "muss Spital, DMP, Patient oder andere sein"),
    "must be pdf or csv": ("doit être pdf ou csv", "muss pdf oder csv sein"),
    "must not be before the start of the period": ("ne doit pas précéder le début de la période",
                                                   "darf nicht vor dem Beginn des Zeitraums liegen"),
    "must be monthly, ad_hoc, cpts or quality_circle": (
        "doit être mensuelle, ponctuelle, CPTS ou cercle de qualité",
        "muss monatlich, ad hoc, CPTS oder Qualitätszirkel sein"),
    "a meeting needs at least one participant": ("une réunion doit avoir au moins un participant",
                                                 "eine Besprechung braucht mindestens eine teilnehmende Person"),
    "the patient has no open care plan to revise": ("le patient n'a pas de plan de soins ouvert à réviser",
                                                    "der Patient hat keinen offenen Betreuungsplan zum Überarbeiten"),
    "must be active members of the practice": ("doivent être des membres actifs du cabinet",
                                               "müssen aktive Mitglieder der Praxis sein"),
    "must be note, task or care_plan": ("doit être note, tâche ou plan de soins",
                                        "muss Notiz, Aufgabe oder Betreuungsplan sein"),
    "must not be before the request": ("ne doit pas précéder la demande", "darf nicht vor der Anfrage liegen"),
    "must not be before the visit": ("ne doit pas précéder la consultation", "darf nicht vor der Konsultation liegen"),
    "must be p1_48h, p2_7d, p3_scheduled or advice": (
        "doit être sous 48 h, sous 7 jours, programmé ou avis seul",
        "muss innert 48 h, innert 7 Tagen, geplant oder nur Beratung sein"),
    "must be within the last year and not in the future": (
        "doit se situer dans l'année écoulée et pas dans le futur",
        "muss im letzten Jahr und nicht in der Zukunft liegen"),
    "is not a referral status": ("n'est pas un statut d'adressage", "ist kein Überweisungsstatus"),
    # templates
    "alert %1 does not exist": ("l'alerte %1 n'existe pas", "Meldung %1 existiert nicht"),
    "this alert is already closed (%1)": ("cette alerte est déjà close (%1)", "diese Meldung ist bereits abgeschlossen (%1)"),
    "medication line %1 is not on this patient's list": ("la ligne de médicament %1 ne figure pas sur la liste de ce "
                                                         "patient",
                                                         "Medikamentenzeile %1 steht nicht auf der Liste dieses "
                                                         "Patienten"),
    "already has an open alert (#%1)": ("fait déjà l'objet d'une alerte ouverte (n° %1)",
                                        "hat bereits eine offene Meldung (Nr. %1)"),
    "was kept as is by the doctor on %1 (alert #%2) and nothing relevant has changed since": (
        "a été maintenu tel quel par le médecin le %1 (alerte n° %2) et rien de pertinent n'a changé depuis",
        "wurde vom Arzt am %1 unverändert belassen (Meldung Nr. %2), und seither hat sich nichts Relevantes "
        "geändert"),
    "patient %1 has no care plan": ("le patient %1 n'a pas de plan de soins", "Patient %1 hat keinen Betreuungsplan"),
    "a %1 plan cannot become %2 (possible: %3)": (
        "un plan au statut « %1 » ne peut pas passer au statut « %2 » (possibles : %3)",
        "ein Plan im Status «%1» kann nicht in den Status «%2» wechseln (möglich: %3)"),
    "a %1 plan cannot be changed: revise it first": (
        "un plan au statut « %1 » ne peut pas être modifié : révisez-le d'abord",
        "ein Plan im Status «%1» kann nicht geändert werden: Überarbeiten Sie ihn zuerst"),
    "care plan %1 has no version %2": ("le plan de soins %1 n'a pas de version %2",
                                       "Betreuungsplan %1 hat keine Version %2"),
    "care plan %1 does not exist": ("le plan de soins %1 n'existe pas", "Betreuungsplan %1 existiert nicht"),
    "%1 %2 is not part of care plan %3": ("l'élément %1 %2 ne fait pas partie du plan de soins %3",
                                          "Element %1 %2 gehört nicht zu Betreuungsplan %3"),
    "DAUM alert %1 does not exist": ("l'alerte DAUM %1 n'existe pas", "DAUM-Meldung %1 existiert nicht"),
    "is too large (%1 MB; at most %2 MB per document)": ("est trop volumineux (%1 Mo ; %2 Mo au plus par document)",
                                                         "ist zu gross (%1 MB; höchstens %2 MB pro Dokument)"),
    "document %1 does not exist": ("le document %1 n'existe pas", "Dokument %1 existiert nicht"),
    "cannot write %1: %2": ("impossible d'écrire %1 : %2", "%1 kann nicht geschrieben werden: %2"),
    "hospital event %1 does not exist": ("l'événement hospitalier %1 n'existe pas", "Spitalereignis %1 existiert nicht"),
    "the period must be at most %1 months": ("la période doit être de %1 mois au plus",
                                             "der Zeitraum darf höchstens %1 Monate betragen"),
    "meeting %1 does not exist": ("la réunion %1 n'existe pas", "Besprechung %1 existiert nicht"),
    "meeting record %1 does not exist": ("le compte rendu de réunion %1 n'existe pas",
                                         "Besprechungsprotokoll %1 existiert nicht"),
    "«%1» is not a valid code prefix": ("« %1 » n'est pas un préfixe de code valide", "«%1» ist kein gültiges Code-Präfix"),
    "reconciliation %1 does not exist": ("la conciliation %1 n'existe pas", "Abgleich %1 existiert nicht"),
    "reconciliation item %1 does not exist": ("la ligne de conciliation %1 n'existe pas",
                                              "Abgleichszeile %1 existiert nicht"),
    "still to be clarified: line %1": ("encore à clarifier : ligne %1", "noch abzuklären: Zeile %1"),
    "%1 must be between %2 and %3": ("%1 doit être compris entre %2 et %3", "%1 muss zwischen %2 und %3 liegen"),
    "%1 must be a number": ("%1 doit être un nombre", "%1 muss eine Zahl sein"),
    "referral %1 does not exist": ("l'adressage %1 n'existe pas", "Überweisung %1 existiert nicht"),
    "worksheet %1 does not exist": ("la fiche %1 n'existe pas", "Arbeitsblatt %1 existiert nicht"),
    "%1 is not a finding of this worksheet": ("%1 n'est pas un résultat de cette fiche",
                                              "%1 ist kein Befund dieses Arbeitsblatts"),
})

# -- team indicators (app/ui/indicator_texts.py) ---------------------------------------------------------------------
COMMON.update({
    "Care plans": ("Plans de soins", "Betreuungspläne"),
    "Delegated tasks": ("Tâches déléguées", "Delegierte Aufgaben"),
    "Meetings": ("Réunions de concertation", "Fallbesprechungen"),
    "Emergency visits": ("Passages aux urgences", "Notfallbesuche"),
    "Active care plans (month end)": ("Plans de soins actifs (fin de mois)", "Aktive Betreuungspläne (Monatsende)"),
    "Reviews due": ("Réévaluations dues", "Fällige Überprüfungen"),
    "Reviews done on time": ("Réévaluations faites à temps", "Rechtzeitige Überprüfungen"),
    "Alerts raised": ("Alertes émises", "Erstellte Meldungen"),
    "Alerts answered": ("Alertes répondues", "Beantwortete Meldungen"),
    "Median answer time": ("Délai médian de réponse", "Mediane Antwortzeit"),
    "Acceptance rate": ("Taux d'acceptation", "Annahmequote"),
    "Delegated tasks done": ("Tâches déléguées réalisées", "Erledigte delegierte Aufgaben"),
    "Delegated tasks overdue (month end)": ("Tâches déléguées en retard (fin de mois)",
                                            "Überfällige delegierte Aufgaben (Monatsende)"),
    "Concertation meetings": ("Réunions de concertation", "Fallbesprechungen"),
    "Patients discussed": ("Patients discutés", "Besprochene Patienten"),
    "Complex patients discussed": ("Patients complexes discutés", "Besprochene komplexe Patienten"),
    "Frequent ED users (≥ 4 in 12 months)": ("Recours fréquents aux urgences (≥ 4 en 12 mois)",
                                             "Häufige Notfallbesuche (≥ 4 in 12 Monaten)"),
    "DAUM alerts raised": ("Alertes DAUM émises", "Erstellte DAUM-Meldungen"),
    "Referrals overdue (month end)": ("Adressages en retard (fin de mois)", "Überfällige Überweisungen (Monatsende)"),
    "count": ("nombre", "Anzahl"),
    "hours": ("heures", "Stunden"),
    "days": ("jours", "Tage"),
    "within 48 h": ("sous 48 h", "innert 48 h"),
    "within 7 days": ("sous 7 jours", "innert 7 Tagen"),
    "scheduled": ("programmés", "geplant"),
    "advice only": ("avis seul", "nur Beratung"),
    "Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.": (
        "Patient complexe : une affection de longue durée (ALD) et 75 ans ou plus, ou un plan de soins en vigueur.",
        "Komplexer Patient: eine Langzeiterkrankung (ALD) und 75 oder älter, oder ein gültiger Betreuungsplan."),
    "Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).": (
        "Recours fréquent aux urgences : 4 passages ou plus dans les 12 mois précédant la fin du mois (règle DAUM).",
        "Häufige Notfallnutzung: 4 oder mehr Notfallbesuche in den 12 Monaten bis Monatsende (DAUM-Regel)."),
    "Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).": (
        "Taux d'acceptation : alertes acceptées ÷ alertes répondues (acceptées, modifiées ou refusées).",
        "Annahmequote: angenommene Meldungen ÷ beantwortete Meldungen (angenommen, geändert oder abgelehnt)."),
    "Done — %1": ("Réalisées — %1", "Erledigt — %1"),
    "Referrals %1": ("Adressages %1", "Überweisungen %1"),
    "Median delay, %1": ("Délai médian, %1", "Medianer Verzug, %1"),
})
BY_CONTEXT.update({
    "DashboardWindow|Alerts": ("Alertes", "Meldungen"),
    "DashboardWindow|Referrals": ("Adressages", "Überweisungen"),
})

# The practice's language for the texts Cordée writes into shared records.
COMMON.update({
    "Language of shared texts": ("Langue des textes partagés", "Sprache der gemeinsamen Texte"),
    "Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this "
    "language.": ("Les titres de tâches et textes d'alerte rédigés par Cordée sont lus par toute l'équipe : ils sont "
                  "écrits dans cette langue.",
                  "Aufgabentitel und Meldungstexte, die Cordée selbst verfasst, liest das ganze Team: Sie werden in "
                  "dieser Sprache geschrieben."),
})

# Texts of the alert and reconciliation dialogs that sat inside f-strings, out of lupdate's sight.
COMMON.update({
    "reply by %1": ("réponse attendue le %1", "Antwort bis %1"),
    "From %1 to %2": ("De %1 à %2", "Von %1 an %2"),
    "Thread": ("Échanges", "Verlauf"),
    "alert": ("alerte", "Meldung"),
    "task": ("tâche", "Aufgabe"),
})

# Administration → Backups.
COMMON.update({
    "Backups": ("Sauvegardes", "Sicherungen"),
    "&Backups…": ("&Sauvegardes…", "&Sicherungen…"),
    "A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every "
    "table's row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies "
    "on a medium stored away from this computer.": (
        "Une sauvegarde est une copie chiffrée de toute la base du cabinet, contrôlée après écriture (intégrité, "
        "nombre de lignes de chaque table, journal d'audit). Elle s'ouvre avec la phrase de passe du cabinet ou le "
        "code de récupération. Gardez-en des copies sur un support rangé loin de cet ordinateur.",
        "Eine Sicherung ist eine verschlüsselte Kopie der ganzen Praxisdatenbank, nach dem Schreiben geprüft "
        "(Integrität, Zeilenzahl jeder Tabelle, Audit-Protokoll). Sie öffnet sich mit der Praxis-Passphrase oder dem "
        "Wiederherstellungscode. Bewahren Sie Kopien auf einem Datenträger fern von diesem Computer auf."),
    "Choose…": ("Choisir…", "Wählen…"),
    "Folder": ("Dossier", "Ordner"),
    "Back up now": ("Sauvegarder maintenant", "Jetzt sichern"),
    "Written on": ("Écrite le", "Geschrieben am"),
    "Audit events": ("Événements d'audit", "Audit-Einträge"),
    "This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server's "
    "administrator.": ("Ce cabinet travaille sur un serveur PostgreSQL : il est sauvegardé sur le serveur (pg_dump), "
                       "par l'administrateur du serveur.",
                       "Diese Praxis arbeitet mit einem PostgreSQL-Server: Er wird auf dem Server gesichert "
                       "(pg_dump), durch dessen Administrator."),
    "Backup folder": ("Dossier des sauvegardes", "Sicherungsordner"),
    "Writing and checking the backup…": ("Écriture et contrôle de la sauvegarde…", "Sicherung wird geschrieben und "
                                                                                    "geprüft…"),
    "Backup written and verified: %1 (%2 patients).": ("Sauvegarde écrite et vérifiée : %1 (%2 patients).",
                                                        "Sicherung geschrieben und geprüft: %1 (%2 Patienten)."),
    "a PostgreSQL server is backed up on the server (pg_dump), not here": (
        "un serveur PostgreSQL se sauvegarde sur le serveur (pg_dump), pas ici",
        "ein PostgreSQL-Server wird auf dem Server gesichert (pg_dump), nicht hier"),
})

# Backups: problems and the field.
PROBLEMS.update({
    "the restored database does not hold what the backup recorded": (
        "la base restaurée ne contient pas ce que la sauvegarde a enregistré",
        "die wiederhergestellte Datenbank enthält nicht, was die Sicherung festgehalten hat"),
    "%1 already exists; Cordée never replaces a database (restore to a new name)": (
        "%1 existe déjà ; Cordée ne remplace jamais une base (restaurez sous un nouveau nom)",
        "%1 existiert bereits; Cordée ersetzt nie eine Datenbank (unter neuem Namen wiederherstellen)"),
    "%1 in the backup %2 has changed since it was written; use another backup": (
        "%1 dans la sauvegarde %2 a changé depuis son écriture ; utilisez une autre sauvegarde",
        "%1 in der Sicherung %2 hat sich seit dem Schreiben verändert; eine andere Sicherung verwenden"),
    "%1 is not a Cordée backup (no manifest.json)": ("%1 n'est pas une sauvegarde Cordée (pas de manifest.json)",
                                                     "%1 ist keine Cordée-Sicherung (kein manifest.json)"),
    "the backup %1 lacks %2": ("il manque %2 dans la sauvegarde %1", "in der Sicherung %1 fehlt %2"),
    "the backup could not be verified (%1); the database itself is untouched": (
        "la sauvegarde n'a pas pu être vérifiée (%1) ; la base elle-même n'a pas été modifiée",
        "die Sicherung konnte nicht geprüft werden (%1); die Datenbank selbst ist unverändert"),
    "cannot write a backup in %1: %2": ("impossible d'écrire une sauvegarde dans %1 : %2",
                                        "in %1 kann keine Sicherung geschrieben werden: %2"),
    "the manifest of %1 is damaged (%2)": ("le manifeste de %1 est endommagé (%2)",
                                           "das Manifest von %1 ist beschädigt (%2)"),
})
COMMON.update({"Database": ("Base de données", "Datenbank")})

# The doctor's "modified" answer: replacing a medication.
COMMON.update({
    "Replace by another medication": ("Remplacer par un autre médicament", "Durch ein anderes Medikament ersetzen"),
    "No medication chosen": ("Aucun médicament choisi", "Kein Medikament gewählt"),
    "New medication": ("Nouveau médicament", "Neues Medikament"),
    "Replaced by: %1": ("Remplacé par : %1", "Ersetzt durch: %1"),
    "New medication: choose it in the catalogue.": ("Nouveau médicament : choisissez-le dans le catalogue.",
                                                    "Neues Medikament: im Katalog auswählen."),
})

# The program's daily backup (status bar).
COMMON.update({
    "The daily backup failed: %1": ("La sauvegarde quotidienne a échoué : %1", "Die tägliche Sicherung ist "
                                                                               "fehlgeschlagen: %1"),
    "Daily backup written and verified.": ("Sauvegarde quotidienne écrite et vérifiée.",
                                           "Tägliche Sicherung geschrieben und geprüft."),
})

# Two counted statements joined in one line (French typography: a no-break space before the semicolon).
COMMON.update({"%1; %2": ("%1 ; %2", "%1; %2")})
