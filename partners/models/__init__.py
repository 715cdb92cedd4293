"""Partners, partner news and pledges: one module per concept."""

from .news import PartnerNewsIndexPage, PartnerNewsPage
from .partner import Partner, PartnerKind
from .pledge import EmailState, Pledge, PledgePage, PledgerType, PledgeStatus

__all__ = [
    "EmailState",
    "Partner",
    "PartnerKind",
    "PartnerNewsIndexPage",
    "PartnerNewsPage",
    "Pledge",
    "PledgePage",
    "PledgeStatus",
    "PledgerType",
]
