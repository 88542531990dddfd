"""Quote audit across two versions of an article (imports no Qt)."""

from reader.audit.audit import audit_quotes
from reader.audit.model import QuoteAudit

__all__ = ["QuoteAudit", "audit_quotes"]
