#!/usr/bin/env python3
"""Probe Ralph with statements in Kusoma's shape and print what it answers.

Run with the Ralph venv's Python (it also checks the statements against Ralph's strict
xAPI models, which need `ralph` importable):

    tests/lrs/ralph.sh install && target/lrs-venv/bin/python tests/lrs/probe_ralph.py

The findings are written up in tests/lrs/README.md; this script is how to see them again
(for instance after changing the pinned version).
"""

from __future__ import annotations

import copy
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ralph_server import RalphServer  # noqa: E402
from xapi_client import (  # noqa: E402
    VERB_ATTEMPTED,
    VERB_COMPLETED,
    Lrs,
    answered,
    session_statement,
)


def show(label, status, body=None):
    text = "" if body is None else str(body)
    if len(text) > 300:
        text = text[:300] + "..."
    print(f"{label:<62} {status}  {text}")


def strict_check(label, statement):
    """What Ralph's strict pydantic model of an xAPI statement says (the LRS is laxer)."""
    try:
        from pydantic import ValidationError
        from ralph.models.xapi.base.statements import BaseXapiStatement
    except ImportError:
        print(f"{label:<62} (ralph not importable here: strict check skipped)")
        return
    try:
        BaseXapiStatement.model_validate(statement)
        print(f"{label:<62} strict model: valid")
    except ValidationError as e:
        errs = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors())
        print(f"{label:<62} strict model: INVALID: {errs}")


def main():
    with RalphServer() as srv:
        lrs = Lrs(srv.url, srv.user, srv.password)
        count = lambda: len(lrs.get_all()[0])  # noqa: E731
        learner, session, group = (str(uuid.uuid4()) for _ in range(3))
        s1 = answered(learner=learner, session=session, group=group)

        print("== headers and auth")
        st, body, hdrs = lrs.request("POST", "/xAPI/statements", [answered()], headers={"X-Experience-API-Version": ""})
        show("POST without X-Experience-API-Version (empty)", st, body)
        bare = Lrs(srv.url, srv.user, srv.password)
        bare.headers.pop("X-Experience-API-Version")
        st, body = bare.post([answered()])
        show("POST with no version header at all", st, body)
        st, body, hdrs = lrs.request("POST", "/xAPI/statements", [answered()], headers={"X-Experience-API-Version": "2.0.0"})
        show("POST with X-Experience-API-Version: 2.0.0", st, body)
        show("  response headers", sorted(k for k in hdrs))
        st, body = Lrs(srv.url, srv.user, "wrong").post([answered()])
        show("POST with a wrong password", st, body)
        noauth = Lrs(srv.url, srv.user, srv.password)
        noauth.headers.pop("Authorization")
        st, body = noauth.post([answered()])
        show("POST without Authorization", st, body)
        st, body = noauth.request("GET", "/__heartbeat__")[:2]
        show("GET /__heartbeat__ without auth", st, body)

        print("== one statement, replays")
        st, body = lrs.post([s1])
        show("POST [answered] (Kusoma shape)", st, body)
        show("  id returned == our id", body == [s1["id"]] if isinstance(body, list) else body)
        st, body = lrs.post([s1])
        show("replay: same id, same content", st, body)
        st, body = lrs.post(s1)
        show("replay as a single object (not a list)", st, body)
        reordered = {k: s1[k] for k in reversed(list(s1))}
        st, body = lrs.post([reordered])
        show("replay with keys in another order", st, body)
        changed = copy.deepcopy(s1)
        changed["result"]["success"] = False
        st, body = lrs.post([changed])
        show("same id, different result.success", st, body)
        ts = copy.deepcopy(s1)
        ts["timestamp"] = "2026-11-26T10:00:00.123000+00:00"
        st, body = lrs.post([ts])
        show("same id, same instant written +00:00 instead of Z", st, body)
        disp = copy.deepcopy(s1)
        disp["verb"]["display"] = {"sw": "alijibu"}
        st, body = lrs.post([disp])
        show("same id, different verb.display only", st, body)
        st, body, _ = lrs.request("PUT", f"/xAPI/statements?statementId={s1['id']}", s1)
        show("PUT ?statementId= replay", st, body)
        st, body, _ = lrs.request("GET", f"/xAPI/statements?statementId={s1['id']}")
        show("GET ?statementId=", st, sorted(body.get("statements", [{}])[0].keys()) if isinstance(body, dict) else body)
        stored = body["statements"][0]
        show("  stored == sent (minus stored/authority)",
             {k: v for k, v in stored.items() if k not in ("stored", "authority")} == s1)

        print("== batches")
        before = count()
        good = [answered(learner=learner, session=session) for _ in range(2)]
        bad = answered()
        del bad["actor"]
        st, body = lrs.post([good[0], bad, good[1]])
        show("batch [valid, no actor, valid]", st, body)
        show("  statements stored by it", count() - before)
        bad_id = answered()
        bad_id["id"] = "not-a-uuid"
        st, body = lrs.post([good[0], bad_id])
        show("batch [valid, id not a UUID]", st, body)
        st, body = lrs.post([good[0], good[0]])
        show("batch with the same id twice", st, body)
        st, body = lrs.post([])
        show("empty batch []", st, body)
        st, body = lrs.post([s1, good[0]])
        show("batch [already stored, new]", st, body)
        st, body = lrs.post([good[1], bad], partialSuccess="true")
        show("?partialSuccess=true [new, no actor]", st, body)
        st, body = lrs.post([s1, good[1]])
        show("batch all already stored", st, body)

        print("== what the LRS accepts that the xAPI spec does not (lax validation)")
        cases = {}
        c = answered(); c["result"]["score"]["scaled"] = 2.5; cases["score.scaled 2.5 (spec: -1..1)"] = c
        c = answered(); c["context"]["registration"] = "session-1"; cases["context.registration not a UUID"] = c
        c = answered(); c["context"]["language"] = "not a language!"; cases["context.language not RFC 5646"] = c
        c = answered(); c["result"]["duration"] = "2.35 seconds"; cases["result.duration not ISO 8601"] = c
        c = answered(); c["timestamp"] = "yesterday"; cases["timestamp not ISO 8601"] = c
        c = answered(); c["verb"]["id"] = "answered"; cases["verb.id not an IRI"] = c
        c = answered(); c["object"]["id"] = "items/a"; cases["object.id not an IRI"] = c
        c = answered(); c["actor"]["account"]["homePage"] = "kusoma"; cases["account.homePage not an IRL"] = c
        c = answered(); c["actor"] = {"objectType": "Agent", "name": "x"}; cases["actor without an IFI"] = c
        c = answered(); c["context"]["extensions"] = {"pack-version": "1"}; cases["extension key not an IRI"] = c
        c = answered(); c["object"]["definition"]["description"] = {}; cases["empty language map"] = c
        c = answered(); c["context"]["contextActivities"]["grouping"][0]["id"] = "https://kusoma.org/groups/a.b"; cases["key with a dot in a value (fine)"] = c
        c = answered(); c["context"]["extensions"] = {"https://kusoma.org/xapi/pack.version": "1"}; cases["extension key with a dot"] = c
        for label, stmt in cases.items():
            st, body = lrs.post([stmt])
            show("LRS: " + label, st, body)

        print("== Ralph's strict xAPI model (ralph.models.xapi BaseXapiStatement)")
        strict_check("answered, Kusoma shape", answered())
        strict_check("answered, failure", answered(success=False))
        strict_check("completed (session)", session_statement(VERB_COMPLETED, learner, session))
        strict_check("attempted (assessment)", session_statement(VERB_ATTEMPTED, learner, session, kind="assessment"))
        for label, stmt in cases.items():
            strict_check("strict: " + label, stmt)
        c = answered(); c["object"]["definition"]["choices"] = [{"id": "a", "description": {"sw": "a"}}]
        c["object"]["definition"]["correctResponsesPattern"] = ["a"]
        strict_check("answered with choices + correctResponsesPattern", c)
        c = answered(); c["context"]["language"] = "sw-KE"
        strict_check("context.language sw-KE", c)
        c = answered(); c["result"]["score"] = {"scaled": 1.0}
        strict_check("score with scaled only", c)

        print("== completed / attempted")
        for verb, kind in ((VERB_COMPLETED, "session"), (VERB_ATTEMPTED, "assessment"), (VERB_COMPLETED, "assessment")):
            st, body = lrs.post([session_statement(verb, learner, session, kind=kind)])
            show(f"POST {verb.rsplit('/', 1)[1]} ({kind})", st, body)

        print("== paging")
        st, body = lrs.post([answered(learner=learner) for _ in range(237)])
        show("POST a batch of 237", st, f"{len(body)} ids" if isinstance(body, list) else body)
        total = count()
        for limit in (None, 50, 100, 500, 0):
            t = time.monotonic()
            statements, pages = lrs.get_all(limit=limit)
            ids = [s["id"] for s in statements]
            show(f"GET all, limit={limit}", f"{len(statements)} statements in {pages} pages",
                 f"unique ids {len(set(ids))}, {time.monotonic() - t:.2f}s")
        first = lrs.get_page("/xAPI/statements?limit=2")
        show("first page ?limit=2: more =", first.get("more"))
        newest = first["statements"][0]["id"], first["statements"][0]["timestamp"]
        show("  first statement of the first page (id, timestamp)", newest)
        # exactly a multiple of the page size
        n = len(lrs.get_all()[0])
        limit = n // 2 if n % 2 == 0 else None
        if limit:
            _, pages = lrs.get_all(limit=limit)
            show(f"{n} statements with limit={limit} (a divisor)", f"{pages} pages")
        show("total now", total)
        import json as _json
        import urllib.parse as _up
        a = s1
        for name, value in (
            ("agent", _json.dumps(a["actor"])),
            ("registration", a["context"]["registration"]),
            ("verb", a["verb"]["id"]),
            ("activity", a["object"]["id"]),
        ):
            page = lrs.get_page("/xAPI/statements?" + _up.urlencode({name: value}))
            show(f"GET ?{name}= (the first statement's)", f"{len(page['statements'])} statements")

        print("== batch size")
        for size in (1000, 5000):
            batch = [answered(learner=learner) for _ in range(size)]
            t = time.monotonic()
            st, body = lrs.post(batch)
            show(f"POST a batch of {size}", st, f"{len(body) if isinstance(body, list) else body} in {time.monotonic() - t:.2f}s")
        t = time.monotonic()
        st, body = lrs.post(batch)
        show("replay of that batch of 5000", st, f"{body} in {time.monotonic() - t:.2f}s")
        show("LRS file size (bytes)", srv.lrs_file.stat().st_size)


if __name__ == "__main__":
    main()
