"""SQLModel tables, one module per subject; import the module you need.

Each module imports the modules of the tables it refers to, so any table can be used on its own.
``app.models.registry`` imports them all (migrations and schema checks need the whole metadata);
start-up imports only what the first window shows, which keeps it quick.
"""
