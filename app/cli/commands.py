"""The command-line sub-commands init, demo-data, audit, check, patients, smoke and review.

Service modules are imported inside each command: a command loads only what it uses, which keeps
``cordee smoke`` (measured from process start) and short commands quick.
"""

from __future__ import annotations

import os
import secrets
import sys
import time
from pathlib import Path

from app.cli.common import (
    EXIT_FAILED,
    CliParser,
    cli_context,
    cli_translations,
    db_options,
    one_line,
    open_database,
    read_passphrase,
    read_secret_file,
    whole_number,
)
from app.services.errors import CordeeError, ValidationError


def register(sub) -> None:
    """The sub-commands of this module, on the ``cordee`` parser's sub-parsers."""
    p = sub.add_parser("init", help="create a practice database")
    db_options(p)
    p.add_argument("--practice-name", default="Cabinet médical")
    p.add_argument("--country", default="FR", choices=["FR", "CH"])
    p.add_argument("--language", default="fr", choices=["fr", "de", "en"],
                   help="language of the texts Cordée writes into shared records (task titles, alert texts)")
    p.add_argument("--admin-user", default="admin")
    p.add_argument("--admin-password-file", help="file holding the first administrator's password")
    p.add_argument("--phone", help="the practice's phone number, printed on the documents handed to patients")
    p.add_argument("--email", help="the practice's e-mail address")
    p.add_argument("--address", help="the practice's street address (one line)")
    p.add_argument("--postal-code", help="the practice's postal code (FR: 5 digits, CH: 4 digits)")
    p.add_argument("--city", help="the practice's town or city")
    p.add_argument("--recovery-sheet", metavar="FILE",
                   help="write the recovery sheet (PDF holding the recovery code) to FILE, to print and keep "
                        "offline; FILE must not be in the database's folder or its backups' folder")

    p = sub.add_parser("demo-data", help="add a whole generated practice (patients and every capability's records)")
    db_options(p)
    p.add_argument("--patients", type=whole_number("--patients", 1, 1_000_000), required=True)
    p.add_argument("--seed", type=whole_number("--seed", 0, 2**32 - 1), default=1)
    p.add_argument("--patients-only", action="store_true", help="names and problems only (no other records)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("audit", help="audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", parser_class=CliParser, required=True)
    v = audit_sub.add_parser("verify", help="verify the hash chain and compare it with its anchors")
    db_options(v)
    v.add_argument("--anchors", action="append", default=[], metavar="FILE",
                   help="an anchor log or a syslog/journal export to compare with (repeatable)")
    v.add_argument("--backups", action="append", default=[], metavar="FOLDER",
                   help="a backup folder besides the default one (repeatable)")
    a = audit_sub.add_parser("anchor", help="write the chain's head to every anchor place now")
    db_options(a)
    k = audit_sub.add_parser("sink", help="show or set where the chain's anchors also go")
    db_options(k)
    k.add_argument("--set", dest="sink", metavar="SINK",
                   help="file:/path (append-only file), syslog, syslog:/socket, syslog:host:port, syslog+tcp:host:port")
    k.add_argument("--clear", action="store_true", help="no anchor sink")

    p = sub.add_parser("check", help="check the encrypted file and its audit trail, read-only")
    db_options(p)
    p.add_argument("--recovery-code-file", help="file holding the printed recovery code, instead of the passphrase")
    p.add_argument("--quick", action="store_true", help="only the encrypted pages (the check after each start)")

    p = sub.add_parser("patients", help="list matching patients (tab-separated)")
    db_options(p)
    p.add_argument("--search", default="")
    p.add_argument("--limit", type=whole_number("--limit", 1), default=100)

    p = sub.add_parser("smoke", help="open the main window offscreen and report readiness")
    db_options(p)
    p.add_argument("--all-screens", action="store_true",
                   help="also open a chart with every tab and every menu entry and dock of each feature")

    p = sub.add_parser("review", help="medication review of JSON / JSON Lines cases")
    p.add_argument("--input", required=True)
    p.add_argument("--output")


def cmd_init(args) -> int:
    from app.services.practice import practice_record as practice
    from app.services.practice.staff import StaffInput

    sheet = _checked_sheet_path(args)   # refused before anything is created
    if args.admin_password_file:
        admin_password = read_secret_file(args.admin_password_file, "--admin-password-file")
        temporary = False
    else:
        admin_password, temporary = "Tmp-" + secrets.token_urlsafe(12), True
    if args.db.startswith("postgresql"):
        from app.services.storage.database import connect_postgres

        db, new = connect_postgres(args.db), None
    else:
        from app.services.storage.database import begin_create
        from app.services.storage.staging import clean_interrupted

        path = Path(args.db)
        if path.parent.is_dir():
            for name in clean_interrupted(path.parent):
                print(f"removed {name}, left by an interrupted run")
        new = begin_create(path, read_passphrase(args))
        db = new.db
    try:
        ctx = cli_context(db)
        contact = practice.PracticeContact(phone=args.phone, email=args.email, address_line=args.address,
                                           postal_code=args.postal_code, city=args.city)
        practice.setup_practice(ctx, name=args.practice_name, country=args.country, admin=StaffInput(
            username=args.admin_user, family_name="Administrateur", given_names="Cabinet", profession="Administrateur",
            roles=["admin"]), admin_password=admin_password, language=args.language, contact=contact)
        if temporary:
            from app.services.practice.staff import list_staff, reset_password

            admin_id = list_staff(ctx)[0].id
            reset_password(ctx, admin_id, admin_password)
        if sheet is not None:
            _write_sheet(args, sheet, new)
    except BaseException:
        if new is not None:
            new.discard()   # nothing is left under the name asked for: a new run starts afresh
        else:
            db.close()
        raise
    if new is None:
        db.close()
    else:
        # The practice exists only once its recovery code has been shown (or written to the sheet): then published.
        if sheet is None:
            print(f"recovery code (shown once; print it and keep it offline): {new.recovery_code}", flush=True)
            print("no recovery sheet was printed: write the code down now and keep it offline; for a printable "
                  "sheet, create the practice with --recovery-sheet FILE (outside the database's folder)")
        else:
            print(f"recovery sheet written to {sheet} (the code is shown only there): print it, keep it offline, "
                  "then delete the file", flush=True)
        new.publish().close()
    print(f"created {args.db}")
    if temporary:
        print(f"administrator {args.admin_user}, temporary password (change at first login): {admin_password}")
    return 0


def _checked_sheet_path(args) -> Path | None:
    """Where ``--recovery-sheet`` writes, checked before the database is made: a new file name outside the
    database's folder and its backups' folder; None without the option."""
    if args.recovery_sheet is None:
        return None
    from app.services.practice.recovery_sheet import check_sheet_path

    if args.db.startswith("postgresql"):
        raise ValidationError("--recovery-sheet", "cli.recovery_sheet_needs_file")
    return check_sheet_path(Path(args.recovery_sheet), Path(args.db), "--recovery-sheet")


def _write_sheet(args, sheet: Path, new) -> None:
    from datetime import UTC, datetime

    from app.services.practice.recovery_sheet import write_recovery_sheet

    write_recovery_sheet(sheet, practice_name=args.practice_name, country=args.country,
                         database_location=str(Path(args.db).absolute()), db_uuid=new.db.db_uuid,
                         recovery_code=new.recovery_code, created_at=datetime.now(UTC), lang=args.language,
                         field="--recovery-sheet")


def _progress_bar(started: float):
    """A progress bar on stderr (a line per step where stderr is not a terminal)."""
    terminal = sys.stderr.isatty()

    def show(done: int, total: int) -> None:
        share = done / total
        bar = "#" * int(share * 30)
        text = f"[{bar:<30}] {share:4.0%} {done}/{total} patients, {time.perf_counter() - started:.0f} s"
        print(("\r" if terminal else "") + text, end="" if terminal and done < total else "\n", file=sys.stderr,
              flush=True)
    return show


def cmd_demo_data(args) -> int:
    from app.services.demo import base as demo
    from app.services.demo import whole_practice

    db = open_database(args)
    try:
        started = time.perf_counter()
        if args.patients_only:
            demo.generate_patients(cli_context(db), args.patients, args.seed)
        else:
            whole_practice.generate_practice(cli_context(db), args.patients, args.seed,
                                             progress=None if args.quiet else _progress_bar(started))
        print(f"added {args.patients} patients in {time.perf_counter() - started:.1f} s")
    finally:
        db.close()
    return 0


def cmd_audit(args) -> int:
    from app.services.practice import audit_trail

    db = open_database(args)
    try:
        ctx = cli_context(db)
        if args.audit_command == "anchor":
            return _said_anchor(audit_trail.anchor_now(ctx))
        if args.audit_command == "sink":
            if args.sink is not None or args.clear:
                outcome = audit_trail.set_anchor_sink(ctx, None if args.clear else args.sink)
                print(f"anchor sink: {audit_trail.anchor_sink(ctx) or '-'}")
                return _said_anchor(outcome)
            print(f"anchor sink: {audit_trail.anchor_sink(ctx) or '-'}")
            return 0
        report = audit_trail.verify(ctx, logs=args.anchors, backup_folders=args.backups)
    finally:
        db.close()
    return _said_report(report)


def _said_report(report) -> int:
    """``audit verify``: the chain's problems, then what each anchor place says (those that detect first)."""
    from app.ui.common.errors import code_text

    with cli_translations():
        for problem in report.problems:
            print(code_text(problem.code, **problem.params))
        for check in report.anchors:
            mark = "DETECTS" if check.detects else "ok"
            print(f"[{mark}] {code_text(check.finding.code, **check.finding.params)}")
    if report.ok:
        print(f"audit trail intact: {report.rows} rows")
        return 0
    problems = len(report.problems) + sum(c.detects for c in report.anchors)
    print(f"audit trail BROKEN: {problems} problems in {report.rows} rows", file=sys.stderr)
    return EXIT_FAILED


CHECK_NAMES = {"encrypted_pages": "encrypted pages (cipher_integrity_check)",
               "integrity": "structure (integrity_check)", "foreign_keys": "references (foreign_key_check)",
               "audit_trail": "audit trail (hash chain)"}


def cmd_check(args) -> int:
    """Run the checks on the file, read-only: each check's result on stdout, exit 1 when one failed."""
    from app.services.storage.database import check_encrypted
    from app.services.storage.health import FULL, QUICK

    if args.db.startswith("postgresql"):
        raise ValidationError("--db", "cli.check_needs_file")
    if args.recovery_code_file:
        secret = {"recovery_code": read_secret_file(args.recovery_code_file, "--recovery-code-file")}
    else:
        secret = {"passphrase": read_passphrase(args)}
    report = check_encrypted(Path(args.db), form=QUICK if args.quick else FULL, **secret)
    for check in report.checks:
        state = "FAILED" if check in report.failed else "ok" if check in report.ran else "not run"
        extra = f" ({report.audit_rows} rows)" if check == "audit_trail" and state == "ok" else ""
        print(f"{CHECK_NAMES[check]}: {state}{extra}")
    for detail in report.details:
        print(f"  {detail}")
    if report.ok:
        print(f"database check passed ({report.form}): {args.db}")
        return 0
    print(f"database check FAILED ({report.form}): {', '.join(report.failed)}", file=sys.stderr)
    return EXIT_FAILED
def _said_anchor(outcome) -> int:
    if outcome.anchor is not None:
        print(f"anchored row {outcome.anchor.seq} ({outcome.anchor.row_hash[:16]}…) at {outcome.anchor.at}")
    for place in outcome.written:
        print(f"written: {place}")
    for place in outcome.kept:
        print(f"kept (the anchor there is not on this chain; run cordee audit verify): {place}")
    for place, error in outcome.failed:
        print(f"cordee: anchor not written to {place}: {error}", file=sys.stderr)
    return EXIT_FAILED if outcome.failed else 0


def cmd_patients(args) -> int:
    from app.services.patients import records as patients

    db = open_database(args)
    try:
        ctx = cli_context(db)
        rows = patients.search_patients(ctx, args.search, limit=args.limit)
        with ctx.transaction() as session:
            ctx.audit(session, "patient.list", entity_type="patient", detail=f"command line, {len(rows)} rows")
    finally:
        db.close()
    for r in rows:
        print(f"{r.id}\t{r.family_name}\t{r.given_names}\t{r.birth_date.isoformat()}")
    return 0


def cmd_smoke(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    db = open_database(args, verify=False)   # as the program: the quick check runs after the list, off the UI
    try:
        from app.ui.shell.smoke import smoke

        report = smoke(cli_context(db), started, all_screens=args.all_screens)
    finally:
        db.close()
    if report.ready_ms is None or report.complete_ms is None:
        print("cordee smoke: the main window did not finish loading within 30 s", file=sys.stderr)
        return EXIT_FAILED
    print(f"ready_ms={report.ready_ms} complete_ms={report.complete_ms}")
    if args.all_screens:
        for screen in report.screens:
            print(f"opened {screen}")
        print(f"screens={len(report.screens)} charts_painted={report.charts_painted}")
    for error in report.errors:
        print(f"cordee smoke: {one_line(error)}", file=sys.stderr)
    return 0 if report.ok else EXIT_FAILED


def cmd_review(args) -> int:
    from app.services.medications.review.batch import run_review_file

    with cli_translations():
        return run_review_file(args.input, args.output, sys.stdout, sys.stderr, say=say_case_error)


def say_case_error(exc: CordeeError, line: int | None = None, case: int | None = None) -> str:
    """An error of ``cordee review`` in the command line's language, with the line or case and the JSON field."""
    from app.ui.common import errors

    field = getattr(exc, "field", None)
    if field is None:
        return one_line(errors.describe(exc))
    problem = errors.problem_text(exc)
    if line is not None:
        return one_line(errors.describe(CordeeError("medications.case_error_at_line", line=line, json_field=field,
                                                    problem=problem)))
    return one_line(errors.describe(CordeeError("medications.case_error_in_list", case=case or 1, json_field=field,
                                                problem=problem)))


HANDLERS = {"init": cmd_init, "demo-data": cmd_demo_data, "audit": cmd_audit, "check": cmd_check,
            "patients": cmd_patients, "smoke": cmd_smoke, "review": cmd_review}
