"""Database layer: SQLAlchemy models, engine, repositories (flush, never commit), migrations."""
