"""The drug catalogue (substances and products, FR and CH names) and its importers (BDPM, Swiss list)."""

__all__ = ["drug_catalogue", "search", "bdpm_import", "swiss_import", "practice_import"]
