"""Every shop-wide setting, declared once with its type and default.

Per-workstation settings (window geometry, kiosk screen, workstation name) live in the
GUI's QSettings instead.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from app.core.errors import ValidationError

PAPER_SIZES = ("A4", "Letter")
LANGUAGES = {"en": "English", "he": "עברית", "fa": "فارسی"}


@dataclass(frozen=True)
class ShopSettings:
    shop_name: str = "My shop"
    currency: str = "EUR"  # ISO 4217
    region: str = "US"  # ISO 3166 code: the default for phone numbers
    language: str = "en"
    idle_lock_minutes: int = 5  # 0 = never
    lapsed_days: int = 30
    # Surveys and alerts
    alert_keywords: str = "rude,dirty,cold,slow,never again,disappointed"
    kiosk_idle_seconds: int = 30  # back to the welcome screen after this much silence
    kiosk_keep_partial: bool = False  # keep a half-answered survey (as partial) or drop it
    # The shop's own mail server, for alerts to the manager (empty host: no e-mail)
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_starttls: bool = True
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = ""
    alert_email: str = ""
    # Reports
    paper_size: str = "A4"  # A4 | Letter
    # Stewardship
    retention_years: int = 0  # propose erasing customers inactive this long; 0 = never
    backup_folder: str = ""  # empty: backups/ in the data folder (or e.g. a USB stick)

    @classmethod
    def from_stored(cls, stored: dict) -> ShopSettings:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in stored.items() if k in known})

    def with_changes(self, **changes) -> ShopSettings:
        updated = replace(self, **changes)
        updated.validate()
        return updated

    def validate(self) -> None:
        import phonenumbers  # noqa: PLC0415 - only needed here
        from babel.numbers import list_currencies  # noqa: PLC0415

        if not self.shop_name.strip():
            raise ValidationError("shop_name", "The shop needs a name.")
        if self.currency not in list_currencies():
            raise ValidationError("currency", "{code} is not a currency code.", code=self.currency)
        if self.region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError("region", "{code} is not a country code.", code=self.region)
        if self.language not in LANGUAGES:
            raise ValidationError("language", "Choose English, Hebrew or Persian.")
        if not 0 <= self.idle_lock_minutes <= 240:
            raise ValidationError("idle_lock_minutes", "Auto-lock must be 0 to 240 minutes.")
        if not 1 <= self.lapsed_days <= 3650:
            raise ValidationError("lapsed_days", "Lapsed after must be 1 to 3650 days.")
        if not 5 <= self.kiosk_idle_seconds <= 600:
            raise ValidationError("kiosk_idle_seconds", "The kiosk timeout must be 5 to 600 s.")
        if not 1 <= self.smtp_port <= 65535:
            raise ValidationError("smtp_port", "A mail server port is 1 to 65535.")
        if self.smtp_host and not (self.smtp_from and self.alert_email):
            raise ValidationError("alert_email", "Give the sender and the manager's address "
                                  "for alert e-mails.")

        if self.paper_size not in PAPER_SIZES:
            raise ValidationError("paper_size", "Choose A4 or Letter paper.")
        if not 0 <= self.retention_years <= 50:
            raise ValidationError("retention_years", "Keep customers 0 (for ever) to 50 years.")

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}
