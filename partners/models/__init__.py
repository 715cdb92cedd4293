"""Partners, partner news and pledges: one module per concept."""

from .news import PartnerNewsIndexPage, PartnerNewsPage
from .partner import Partner, PartnerKind
from .pledge import Pledge, PledgePage, PledgerType, PledgeStatus

__all__ = [
    "Partner",
    "PartnerKind",
    "PartnerNewsIndexPage",
    "PartnerNewsPage",
    "Pledge",
    "PledgePage",
    "PledgeStatus",
    "PledgerType",
]
