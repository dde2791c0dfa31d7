"""doi.org content negotiation: CSL-JSON for any registered DOI.

``GET {PAPERCTL_DOI_URL}/{doi}`` with ``Accept: application/vnd.citationstyles.csl+json``.
doi.org answers with a redirect to the registration agency (a Crossref DOI to
``api.crossref.org/v1/works/.../transform``, a DataCite DOI to
``api.datacite.org``): the one place where paperctl follows a redirect to
another host, and only to those agencies, over HTTPS (``REDIRECT_HOSTS``).
An unknown DOI is a 404 with an HTML page.
"""

from __future__ import annotations

from urllib.parse import quote

from .candidate import Candidate
from .crossref import from_csl_like
from .service import Service

REDIRECT_HOSTS = frozenset({"api.crossref.org", "data.crossref.org", "api.datacite.org", "data.datacite.org",
                            "data.crosscite.org"})


class DoiOrg(Service):
    name = "doi.org"
    prefix = "DOI"
    default_url = "https://doi.org"
    defaults = {"delay": 1.0, "redirect_hosts": REDIRECT_HOSTS}

    def csl(self, doi: str) -> Candidate | None:
        data = self.fetch_json(f"{self.base}/{quote(doi, safe='/')}",
                               {"Accept": "application/vnd.citationstyles.csl+json"})
        if data is None:
            return None
        if isinstance(data, list) and data:
            data = data[0]
        if not isinstance(data, dict) or not data.get("title"):
            raise self.unreadable("no CSL-JSON item with a title")
        return from_csl_like(data, "doi.org", doi)
