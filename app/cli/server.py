"""``cordee server``: hosting several practices on one PostgreSQL server (its administrator's commands).

* ``sql --database NAME --role NAME`` — prints the statements that create a practice's login role and database
  (for ``psql`` as the server's administrator), nothing else done;
* ``add-practice --admin-url URL --database NAME --role NAME [--password-file FILE]`` — runs them on the server
  ``--admin-url`` names (a superuser, or a role with CREATEROLE and CREATEDB) and prints the practice's URL.

The server module is imported inside the command: the other commands start without it.
"""

from __future__ import annotations

from app.cli.common import CliParser, read_secret_file


def register(sub) -> None:
    """The ``server`` command and its sub-commands."""
    p = sub.add_parser("server", help="several practices on one PostgreSQL server (administrator)")
    server_sub = p.add_subparsers(dest="server_command", parser_class=CliParser, required=True)
    for name, text in (("sql", "print the SQL that creates a practice's role and database"),
                       ("add-practice", "create a practice's role and database on the server")):
        c = server_sub.add_parser(name, help=text)
        c.add_argument("--database", required=True, help="the practice's database (lower case, digits, _)")
        c.add_argument("--role", required=True, help="the practice's login role (lower case, digits, _)")
        c.add_argument("--connection-limit", type=int, default=250, help="the role's connection limit")
        if name == "add-practice":
            c.add_argument("--admin-url", required=True,
                           help="postgresql+psycopg:// URL of the server's administrator (maintenance database)")
            c.add_argument("--password-file", help="the role's password (else set it later with \\password)")


def cmd_server(args) -> int:
    from app.services.storage import server_practices

    if args.server_command == "sql":
        statements = server_practices.server_statements(args.database, args.role,
                                                        connection_limit=args.connection_limit)
        print("\n".join(s + ";" for s in statements))
        print(f"\\connect {args.database}")
        print("\n".join(s + ";" for s in server_practices.database_statements(args.role)))
        return 0
    password = read_secret_file(args.password_file, "password_file") if args.password_file else None
    print(server_practices.add_practice(args.admin_url, args.database, args.role, password,
                                        connection_limit=args.connection_limit))
    return 0


HANDLERS = {"server": cmd_server}
