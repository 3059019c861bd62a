"""Ralph's LRS app (`ralph.api:app`) with its file-system backend appending, not creating.

Ralph 5.1.0's fs backend writes each POST with its default operation, CREATE, which
refuses an existing file: the first POST that stores anything creates
data/fs_lrs.jsonl, and every later one answers 500 "Statements bulk indexation failed"
(log: "fs_lrs.jsonl already exists and overwrite is not allowed with operation_type
create or index"). The same holds in 4.2.0 and 5.0.1. Appending is what an LRS needs,
and is one of the operations the backend supports, so this makes it the default before
the app builds its backend. Nothing else of Ralph changes: validation, duplicate checks,
paging and auth are Ralph's own.

uvicorn loads it as `ralph_fs_app:app` (with --app-dir tests/lrs); ralph_server.py does.
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402

__all__ = ["app"]
