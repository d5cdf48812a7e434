"""The only code that touches the database: models, migrations, the raw archive and queries."""
