from .country import CountryIndexPage, CountryPage
from .reporting import ReportingContact, ReportingPurpose
from .toolkit import MaterialKind, ToolkitMaterial, ToolkitPage

__all__ = [
    "CountryIndexPage",
    "CountryPage",
    "MaterialKind",
    "ReportingContact",
    "ReportingPurpose",
    "ToolkitMaterial",
    "ToolkitPage",
]
