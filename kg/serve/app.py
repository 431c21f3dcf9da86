"""The SPARQL endpoint and the analysts' pages: a Starlette app over the store.

Routes (see ``make_app``):
- ``/sparql``: SPARQL 1.1 Protocol, GET and POST (form, ``application/sparql-query``,
  and, only when enabled with a token, ``application/sparql-update``);
- ``/queries`` and ``/queries/{name}?param=value``: the shipped query library;
- ``/``: the YASGUI editor with a form per library query; ``/entity/{key}``:
  an entity's page (``/entity?name=`` finds it by any spelling, ``/search?q=``
  lists matches as JSON); ``/claim?iri=``: a canonical claim and its reports;
  ``/map``: the places on a map (``/map/places``: its data);
  ``/graph?iri=``: an entity's neighbourhood as JSON for the graph view.

Every query runs in a killable worker process (``serve_worker``) after the
SERVICE/LOAD check (``serve_guard``); this process only routes and renders.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .worker import GRAPH_TYPES, RESULT_TYPES, Answer, Job, QueryPool

log = logging.getLogger("kg.serve")

STATIC = Path(__file__).resolve().parent / "static"

# ``format=`` values and media types -> (result format, graph format).
_FORMAT_ALIASES = {
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None),
    "tsv": ("tsv", None), "turtle": (None, "turtle"), "ttl": (None, "turtle"),
    "ntriples": (None, "ntriples"), "nt": (None, "ntriples"), "n-triples": (None, "ntriples"),
    "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"), "rdfxml": (None, "rdfxml"),
}
_MEDIA = {
    **{media: (key, None) for key, media in RESULT_TYPES.items()},
    **{media: (None, key) for key, media in GRAPH_TYPES.items()},
    "application/json": ("json", "jsonld"), "application/xml": ("xml", "rdfxml"),
    "text/xml": ("xml", "rdfxml"), "text/plain": (None, "ntriples"),
    "application/x-turtle": (None, "turtle"),
}


@dataclass(frozen=True)
class Settings:
    """What the endpoint allows. Updates need both ``allow_updates`` and a
    ``token`` (sent as ``Authorization: Bearer TOKEN``)."""

    timeout: float = 10.0  # seconds per query
    max_rows: int = 10_000  # rows or triples per answer
    max_body: int = 1_000_000  # bytes per request body
    workers: int = 3  # query workers: one for ad-hoc queries, two kept for the library and the pages
    per_client: int = 2  # ad-hoc queries one client address may have running at once
    max_memory_mb: int | None = 2048  # heap per query worker (None: no limit)
    allow_updates: bool = False
    token: str | None = None
    isolate_network: bool = True
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "code": code}, status_code=status)


def _answer_response(answer: Answer) -> Response:
    headers = {"X-KG-Truncated": "true"} if answer.truncated else {}
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type,
                    headers=headers)


def negotiate(accept: str | None, fmt: str | None) -> tuple[str, str]:
    """(result format, graph format) from a ``format`` parameter, else the
    Accept header (q-values honoured), else JSON and Turtle.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", None)
    ('xml', 'turtle')
    >>> negotiate(None, "nt")
    ('json', 'ntriples')
    """
    result, graph = "json", "turtle"
    if fmt:
        pair = _FORMAT_ALIASES.get(fmt.lower()) or _MEDIA.get(fmt.lower())
        if pair is None:
            raise HTTPException(400, f"unknown format {fmt!r}")
        return pair[0] or result, pair[1] or graph
    ranked = []
    for i, item in enumerate((accept or "").split(",")):
        media, _, params = item.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media.strip().lower() in _MEDIA and q > 0:
            ranked.append((-q, i, _MEDIA[media.strip().lower()]))
    ranked.sort()
    result = next((p[0] for _, _, p in ranked if p[0]), result)
    graph = next((p[1] for _, _, p in ranked if p[1]), graph)
    return result, graph


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (checked on the
    header and again while streaming, since the header can lie or be absent)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


class Endpoint:
    """The request handlers, sharing one worker pool and the settings."""

    def __init__(self, store_path: str, settings: Settings):
        self.settings = settings
        self.store_path = store_path
        self.pool = QueryPool(store_path, size=settings.workers, timeout=settings.timeout,
                              max_rows=settings.max_rows, isolate=settings.isolate_network,
                              max_memory_mb=settings.max_memory_mb, per_client=settings.per_client)

    async def run(self, job: Job, client: str | None = None) -> Answer:
        """Run ``job`` in a query worker; ``client`` (an address) marks an
        ad-hoc query, which gets a bounded share of the workers."""
        return await run_in_threadpool(self.pool.run, job, client)

    def _authorised(self, request: Request) -> bool:
        token = self.settings.token
        given = request.headers.get("authorization", "")
        return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())

    async def sparql(self, request: Request) -> Response:
        """SPARQL 1.1 Protocol: query via GET or POST, update via POST."""
        query, update = None, None
        if request.method == "GET":
            query = request.query_params.get("query")
            update = request.query_params.get("update")
        else:
            body = await read_body(request, self.settings.max_body)
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-query":
                query = body.decode("utf-8", "replace")
            elif ctype == "application/sparql-update":
                update = body.decode("utf-8", "replace")
            elif ctype == "application/x-www-form-urlencoded":
                from urllib.parse import parse_qs

                form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                query = (form.get("query") or [None])[0]
                update = (form.get("update") or [None])[0]
            else:
                return _error(415, "E402", f"unsupported content type {ctype!r}; use "
                              "application/sparql-query or a form with 'query'")
        if update is not None:
            return await self._update(request, update)
        if not query:
            return _error(400, "E402", "missing 'query' parameter")
        result_fmt, graph_fmt = negotiate(request.headers.get("accept"),
                                          request.query_params.get("format"))
        client = request.client.host if request.client else "unknown"
        answer = await self.run(Job(query, result_fmt, graph_fmt), client)
        if answer.status == 400:
            from .guard import is_update

            if await run_in_threadpool(is_update, query):
                return _error(403, "E403", "updates are refused on the query operation "
                              "(the endpoint is read-only)")
        return _answer_response(answer)

    async def _update(self, request: Request, text: str) -> Response:
        if request.method != "POST":
            return _error(405, "E403", "updates must be sent with POST")
        if not self.settings.allow_updates:
            return _error(403, "E403", "updates are refused: the endpoint is read-only "
                          "(start kg serve with --allow-updates and a token to enable them)")
        if not self._authorised(request):
            return _error(401, "E403", "updates need 'Authorization: Bearer TOKEN'")
        client = request.client.host if request.client else "unknown"
        return _answer_response(await self.run(Job(text, update=True), client))

    async def list_queries(self, request: Request) -> Response:
        from .library import library_json

        return JSONResponse(await run_in_threadpool(library_json))

    async def named_query(self, request: Request) -> Response:
        from .library import bind_named

        params = {k: v for k, v in request.query_params.items() if k != "format"}
        job_or_error = await run_in_threadpool(bind_named, request.path_params["name"], params)
        if isinstance(job_or_error, Answer):
            return _answer_response(job_or_error)
        text, subs = job_or_error
        result_fmt, graph_fmt = negotiate(request.headers.get("accept"),
                                          request.query_params.get("format"))
        return _answer_response(await self.run(Job(text, result_fmt, graph_fmt, subs)))

    async def index(self, request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    async def page_config(self, request: Request) -> Response:
        from .pages import page_config

        return JSONResponse(page_config())

    async def entity(self, request: Request) -> Response:
        from .pages import entity_page
        from .search import entity_by_name

        if "key" not in request.path_params and "name" in request.query_params:
            return await entity_by_name(self, request)
        return await entity_page(self, request)

    async def search(self, request: Request) -> Response:
        from .search import search_json

        return await search_json(self, request)

    async def names(self, request: Request) -> Response:
        from .search import names_json

        return await names_json(self, request)

    async def claim(self, request: Request) -> Response:
        from .claims import claim_page

        return await claim_page(self, request)

    async def map_page(self, request: Request) -> Response:
        from .results import render

        return render("map.html")

    async def map_places(self, request: Request) -> Response:
        from .places import places_json

        return await places_json(self, request)

    async def graph(self, request: Request) -> Response:
        from .pages import graph_json

        return await graph_json(self, request)


# Sent on every response (issue 15): scripts and everything else only from this
# origin, no inline script (the pages load theirs from /static), no framing.
# Inline styles stay allowed: the vendored editor sets them, and a style runs no code.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


class SecurityHeaders:
    """ASGI middleware adding ``SECURITY_HEADERS`` to every response, errors
    and refusals included (it wraps the host check too)."""

    def __init__(self, app):
        self.app = app
        self.headers = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *[(k, v) for k, v in self.headers if k not in names]]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _store_path(store) -> str:
    """A store directory from a path or an object with ``.path`` (kg.graph.store.Store)."""
    path = getattr(store, "path", store)
    path = os.fspath(path)
    if not Path(path).is_dir():
        raise FileNotFoundError(f"{path}: E302 store directory does not exist")
    return path


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def make_app(store, settings: Settings | None = None, host: str = "127.0.0.1") -> Starlette:
    """The endpoint app over ``store`` (a store directory or ``kg.graph.store.Store``).

    On a loopback address only ``Host: 127.0.0.1``/``localhost`` requests are
    answered, so a web page cannot reach the endpoint through DNS rebinding.
    """
    settings = settings or Settings()
    if settings.allow_updates and not settings.token:
        raise ValueError("updates need a token: pass one with --token or $KG_SERVE_TOKEN")
    ep = Endpoint(_store_path(store), settings)

    async def on_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)  # the trace stays in the log
        response = _error(500, "E500", "internal error (see the server log)")
        response.headers.update(SECURITY_HEADERS)  # answered outside the middleware
        return response

    async def on_http(request: Request, exc: HTTPException) -> Response:
        return _error(exc.status_code, "E402" if exc.status_code < 500 else "E500", str(exc.detail))

    middleware = [Middleware(SecurityHeaders)]
    if _loopback(host):
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts)))
    routes = [
        Route("/", ep.index),
        Route("/sparql", ep.sparql, methods=["GET", "POST"]),
        Route("/queries", ep.list_queries),
        Route("/queries/{name}", ep.named_query),
        Route("/entity", ep.entity),
        Route("/entity/{key:path}", ep.entity),
        Route("/graph", ep.graph),
        Route("/search", ep.search),
        Route("/names", ep.names),
        Route("/claim", ep.claim),
        Route("/map", ep.map_page),
        Route("/map/places", ep.map_places),
        Route("/page-config", ep.page_config),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        ep.pool.close()

    app = Starlette(routes=routes, middleware=middleware, debug=False,
                    exception_handlers={Exception: on_error, HTTPException: on_http},
                    lifespan=lifespan)
    app.state.endpoint = ep
    return app


def serve(store, host: str = "127.0.0.1", port: int = 7878, settings: Settings | None = None) -> None:
    """Run the endpoint with Uvicorn until interrupted."""
    import uvicorn

    app = make_app(store, settings, host=host)
    isolated = app.state.endpoint.pool.network_isolated
    log.warning("query workers %s network access", "have no" if isolated else "still have")
    if not _loopback(host):
        log.warning("kg serve is listening on %s: reachable from other machines", host)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
