"""A small xAPI client (standard library only) and Kusoma-shaped statements, for the LRS tests."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
import uuid

XAPI_VERSION = "1.0.3"
HOME_PAGE = "https://kusoma.org/learners"
VERB_ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
VERB_ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted"
KUSOMA_NS = uuid.UUID("6f1c2a4e-0b7d-5c1e-9a53-4b8f3e2d7c10")


class Lrs:
    """POST and GET /xAPI/statements with Basic auth and the xAPI version header."""

    def __init__(self, url: str, user: str, password: str, timeout: float = 30):
        self.url = url.rstrip("/")
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.headers = {
            "Authorization": f"Basic {token}",
            "X-Experience-API-Version": XAPI_VERSION,
            "Content-Type": "application/json",
        }
        self.timeout = timeout

    def request(self, method: str, path: str, body=None, headers=None):
        """Return (status, parsed JSON body or text or None, response headers)."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers={**self.headers, **(headers or {})}
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                status, raw, hdrs = r.status, r.read(), dict(r.headers)
        except urllib.error.HTTPError as e:
            status, raw, hdrs = e.code, e.read(), dict(e.headers)
        if not raw:
            return status, None, hdrs
        try:
            return status, json.loads(raw), hdrs
        except ValueError:
            return status, raw.decode(errors="replace"), hdrs

    def post(self, statements, **params):
        query = ("?" + urllib.parse.urlencode(params)) if params else ""
        status, body, _ = self.request("POST", "/xAPI/statements" + query, statements)
        return status, body

    def get_page(self, path_and_query: str):
        status, body, _ = self.request("GET", path_and_query)
        if status != 200:
            raise AssertionError(f"GET {path_and_query} answered {status}: {body}")
        return body

    def get_all(self, limit: int | None = None, max_pages: int = 10_000):
        """Every statement, following `more` links; returns (statements, pages fetched)."""
        path = "/xAPI/statements" + (f"?limit={limit}" if limit else "")
        statements, pages = [], 0
        while path and pages < max_pages:
            body = self.get_page(path)
            pages += 1
            statements.extend(body["statements"])
            path = body.get("more") or None
            if path and not path.startswith("/"):
                # `more` may be absolute per the spec; Ralph gives a path.
                path = urllib.parse.urlsplit(path)._replace(scheme="", netloc="").geturl()
        return statements, pages


def statement_id(attempt_uuid: str) -> str:
    """A statement id derived from an attempt's uuid (UUIDv5 in a Kusoma namespace)."""
    return str(uuid.uuid5(KUSOMA_NS, attempt_uuid))


def answered(
    attempt: str | None = None,
    learner: str | None = None,
    item_key: str = "letters/a#1",
    success: bool = True,
    session: str | None = None,
    group: str | None = None,
    timestamp: str = "2026-11-26T10:00:00.123Z",
) -> dict:
    """One attempt, exactly in the shape Kusoma exports."""
    attempt = attempt or str(uuid.uuid4())
    return {
        "id": statement_id(attempt),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": HOME_PAGE, "name": learner or str(uuid.uuid4())},
        },
        "verb": {"id": VERB_ANSWERED, "display": {"en-US": "answered"}},
        "object": {
            "objectType": "Activity",
            "id": "https://kusoma.org/packs/sw/items/" + urllib.parse.quote(item_key, safe=""),
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "name": {"en-US": f"Item {item_key}"},
                "interactionType": "choice",
            },
        },
        "result": {
            "success": success,
            "score": {"scaled": 1.0 if success else 0.0, "raw": 1 if success else 0, "min": 0, "max": 1},
            "duration": "PT2.35S",
            "response": "a",
        },
        "context": {
            "registration": session or str(uuid.uuid4()),
            "platform": "Kusoma",
            "language": "sw",
            "contextActivities": {
                "grouping": [
                    {"objectType": "Activity", "id": f"https://kusoma.org/groups/{group or uuid.uuid4()}"}
                ]
            },
            "extensions": {"https://kusoma.org/xapi/pack-version": "1.0.0"},
        },
        "timestamp": timestamp,
    }


def session_statement(
    verb: str,
    learner: str,
    session: str,
    scaled: float = 0.8,
    raw: int = 4,
    max_: int = 5,
    kind: str = "session",
) -> dict:
    """A session or assessment `completed`/`attempted` statement with score and duration."""
    word = verb.rsplit("/", 1)[1]
    return {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "account": {"homePage": HOME_PAGE, "name": learner}},
        "verb": {"id": verb, "display": {"en-US": word}},
        "object": {
            "objectType": "Activity",
            "id": f"https://kusoma.org/packs/sw/{kind}s/{session}",
            "definition": {
                "type": "http://adlnet.gov/expapi/activities/" + ("assessment" if kind == "assessment" else "lesson"),
                "name": {"en-US": f"Kusoma {kind}"},
            },
        },
        "result": {
            "success": scaled >= 0.8,
            "completion": verb == VERB_COMPLETED,
            "score": {"scaled": scaled, "raw": raw, "min": 0, "max": max_},
            "duration": "PT5M12.5S",
        },
        "context": {
            "registration": session,
            "platform": "Kusoma",
            "language": "sw",
            "extensions": {"https://kusoma.org/xapi/pack-version": "1.0.0"},
        },
        "timestamp": "2026-11-26T10:05:12.600Z",
    }
