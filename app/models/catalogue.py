"""Products the practice imported into its drug catalogue (BDPM folder, Swiss product list)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.base import utcnow


class CatalogueProduct(SQLModel, table=True):
    """One imported product, keyed by its source and its code there (CIS for the BDPM, GTIN for the Swiss list);
    a later import of the same source updates it in place."""

    __tablename__ = "catalogue_product"
    __table_args__ = (UniqueConstraint("source", "code", name="uq_catalogue_product_source_code"),)

    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=10)          # "bdpm" or "swiss"
    code: str = Field(max_length=20)
    name: str = Field(max_length=400)
    atc: str | None = Field(default=None, max_length=7, index=True)
    country: str = Field(max_length=2)
    form: str = Field(default="", max_length=200)
    imported_at: datetime = Field(default_factory=utcnow)
