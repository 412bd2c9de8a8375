"""Send an export to a triplestore over the SPARQL 1.1 Graph Store HTTP Protocol.

Every graph is sent with ``PUT``, which replaces the graph on the server. That makes a
push idempotent: pushing the same export twice leaves the same store, and pushing a
rebuilt TriG export in which one article was corrected replaces exactly that article's
graph (kg writes one named graph per source document, plus a corpus graph). A dataset
export (.trig, .nq) is split into its named graphs, each PUT to ``?graph=<IRI>``; a
single-graph export (.ttl, .nt, .jsonld) is PUT to ``?graph=<--graph>`` or ``?default``.

Graphs that are in the store but no longer in the export (an article dropped from the
corpus) are left alone: a Graph Store cannot list them, so deleting them is the user's
call (``DELETE ?graph=<IRI>`` or a SPARQL ``DROP GRAPH``).

Only the standard library speaks HTTP (urllib), so pushing needs no extra dependency;
it answers basic auth and the digest auth that Virtuoso's ``/sparql-graph-crud-auth``
asks for (see :class:`Client` for why the credentials go out before the graph does).
Credentials never go over plain ``http://`` to another machine unless the caller says
``insecure``, and no message repeats a password (:func:`masked`, :func:`credentials`).
"""

from __future__ import annotations

import base64
import hashlib
import html
import ipaddress
import re
import secrets
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.client import HTTPException
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError, shown
from .graphs import graph_file, reading

# Graphs travel as sorted N-Triples: the same graph gives the same bytes, and full IRIs
# keep clear of the prefixed-name escapes that stores read differently (Virtuoso keeps
# the "\\" of "\\/"). Oxigraph, Virtuoso 7.2, Fuseki and GraphDB all read this type.
CONTENT_TYPE = "application/n-triples; charset=utf-8"
# A graph IRI that no store holds. Deleting it changes nothing and costs the server
# nothing, yet needs the same rights as a PUT: the answer is the auth challenge (401),
# or a 404 when no credentials are needed.
PROBE_GRAPH = "urn:x-kg-push:auth-probe"
# Markup in an HTML error page; "<https://...>" (an IRI in the message) is not markup.
_TAG = re.compile(
    r"<!--.*?-->|<![^>]*>"  # comments, the doctype
    r"|<(script|style|head)\b.*?</\1\s*>"  # elements whose text is not the message
    r"|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>",  # tags
    re.S | re.I,
)
DEFAULT = None  # the key of the default graph among the parsed graphs


def push(
    path: str | Path,
    endpoint: str,
    graph: str | None = None,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 60.0,
    insecure: bool = False,
) -> Iterator[str]:
    """PUT every graph of the export at ``path`` to the Graph Store ``endpoint``.

    ``graph`` names the graph that a single-graph export (or a dataset's default-graph
    triples) goes into; without it they go into the server's default graph. Yields one
    line per graph pushed, e.g. ``PUT <https://...>: 1,234 triples (201 Created)``.
    The whole file is parsed before the first request, so a broken export changes
    nothing on the server. Credentials may be in the URL (``http://user:pw@host/…``);
    over ``http://`` to a host other than this machine they are refused unless
    ``insecure``. Raises :class:`~kg.errors.KgError` on any failure.
    """
    endpoint, user, password = credentials(endpoint, user, password)
    try:
        client = Client(endpoint, user, password, timeout, insecure)
        graphs = read_graphs(path)
        for name in sorted(graphs, key=lambda g: "" if g is DEFAULT else g):
            target = graph if name is DEFAULT else name
            status = client.put(graph_url(endpoint, target), ntriples(graphs[name]))
            label = "default graph" if target is None else f"<{target}>"
            yield f"PUT {label}: {len(graphs[name]):,} triples ({status})"
    except KgError as exc:  # a server may quote the request back: keep the secret out
        raise KgError(_scrub(str(exc), user, password)) from None


def masked(url: str) -> str:
    """``url`` with the password of its ``user:password@`` (if any) shown as ``***``."""
    scheme, sep, rest = url.partition("://")
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    userinfo, at, host = authority.rpartition("@")
    if not sep or not at or ":" not in userinfo:
        return url
    name = userinfo.partition(":")[0]
    return f"{scheme}://{name}:***@{host}{rest[len(authority) :]}"


def credentials(
    endpoint: str, user: str | None, password: str | None
) -> tuple[str, str | None, str | None]:
    """The endpoint without ``user:password@``, and the user and password to send.

    Credentials in the URL are taken out of it (percent-decoded) so that no request
    line, message or log holds them; they may not contradict --user/--password.
    """
    try:
        parts = urllib.parse.urlsplit(endpoint)
    except ValueError as exc:  # e.g. an unclosed "[" of an IPv6 address
        raise KgError(f"{masked(endpoint)}: not a URL ({exc})") from None
    if parts.username is None and parts.password is None:
        return endpoint, user, password
    url_user = urllib.parse.unquote(parts.username or "")
    url_password = None if parts.password is None else urllib.parse.unquote(parts.password)
    if user is not None and user != url_user:
        raise KgError(f"{masked(endpoint)}: the URL names one user and --user another; give one")
    if password is not None and url_password is not None and password != url_password:
        raise KgError(
            f"{masked(endpoint)}: the URL holds a password and --password "
            "(or $KG_PUSH_PASSWORD) another; give one"
        )
    host = parts.netloc.rpartition("@")[2]
    clean = urllib.parse.urlunsplit(parts._replace(netloc=host))
    return clean, url_user, password if password is not None else url_password


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine: localhost, 127.0.0.0/8 or ::1 (no DNS asked)."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _scrub(message: str, user: str | None, password: str | None) -> str:
    """``message`` with the password, in the forms a request carries it, as ``***``.

    A password shorter than four characters is left: masking it would garble the
    message, and it would not protect anything anyway.
    """
    if not password or len(password) < 4:
        return message
    forms = {password, urllib.parse.quote(password, safe=""), urllib.parse.quote(password)}
    forms.add(base64.b64encode(f"{user or ''}:{password}".encode()).decode())
    for form in sorted(forms, key=len, reverse=True):
        message = message.replace(form, "***")
    return message


def read_graphs(path: str | Path) -> dict[str | None, list[ox.Triple]]:
    """The export's triples by graph: IRI -> triples, :data:`DEFAULT` for the default graph.

    pyoxigraph parses ~10x faster than rdflib, which matters for 10,000-article builds.
    """
    path = graph_file(path)
    graphs: dict[str | None, list[ox.Triple]] = {}
    with reading(path) as rdf_format:
        for q in ox.parse(path=path, format=rdf_format):
            name = q.graph_name
            if isinstance(name, ox.BlankNode):
                raise KgError(
                    f"{shown(path)}: a graph named by a blank node ({name}) cannot be pushed"
                )
            key = DEFAULT if isinstance(name, ox.DefaultGraph) else name.value
            graphs.setdefault(key, []).append(q.triple)
    if not graphs:
        raise KgError(f"{shown(path)}: no triples in it; nothing to push")
    return graphs


def ntriples(triples: list[ox.Triple]) -> bytes:
    """The triples as sorted N-Triples: the same graph always gives the same bytes.

    Lines are split at "\\n" only: a literal may hold U+2028 or U+0085 unescaped, which
    ``str.splitlines`` would take for line ends.
    """
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    lines = sorted(line for line in data.split(b"\n") if line)
    return b"\n".join(lines) + b"\n" if lines else b""


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store URL of ``graph`` (None: the default graph) at ``endpoint``."""
    query = "default" if graph is None else "graph=" + urllib.parse.quote(graph, safe="")
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


# Hints for the statuses whose fix is on the user's side.
_MOVED = (301, 302, 303, 307, 308)  # urllib follows no redirect of a PUT or DELETE
_HINTS = {
    401: "check --user and --password",
    403: "this user may not write to the store (Virtuoso: push to /sparql-graph-crud-auth "
    "with --user, or grant SPARQL_UPDATE)",
}


class Client:
    """PUTs graphs to one Graph Store, with credentials ready before a graph is sent.

    Why not urllib's auth handlers: they send each request without credentials first and
    answer the 401. Virtuoso sends that 401 before reading the body and closes the
    connection, so a client still sending a large graph gets a broken pipe instead.
    Here a bodiless DELETE of :data:`PROBE_GRAPH` fetches the challenge; basic
    credentials are then sent with every request, digest ones computed from a fresh
    challenge each time.
    """

    def __init__(
        self,
        endpoint: str,
        user: str | None,
        password: str | None,
        timeout: float,
        insecure: bool = False,
    ) -> None:
        endpoint, user, password = credentials(endpoint, user, password)
        parts = urllib.parse.urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KgError(f"{endpoint}: not an http:// or https:// URL")
        try:
            parts.port  # noqa: B018 (urllib checks the port only when asked)
        except ValueError:  # not the URL: a password holding "/" lands here unmasked
            raise KgError(
                "the endpoint's port is not a number (characters like / ? # @ in a "
                "user or password in the URL must be percent-encoded)"
            ) from None
        if user is not None and password is None:
            raise KgError(
                f"{endpoint}: --user {user} needs a password "
                "(--password -, to be asked, or $KG_PUSH_PASSWORD)"
            )
        # Basic auth sends the password as it is; digest sends the user name, and a
        # man in the middle can answer with a basic-only challenge. Both need TLS off
        # this machine. Refused before any connection, since the scheme is only known
        # from the server's answer.
        if (
            user is not None
            and parts.scheme == "http"
            and not insecure
            and not is_loopback(parts.hostname)
        ):
            raise KgError(
                f"{endpoint}: credentials over plain http:// to another machine can be "
                "read on the way; use https://, or --insecure to send them anyway"
            )
        self.endpoint, self.user, self.password, self.timeout = endpoint, user, password, timeout
        self.scheme: str | None = None if user is not None else "none"  # once probed
        self.opener = urllib.request.build_opener()
        self.count = 0  # digest nonce count

    def put(self, url: str, body: bytes) -> str:
        """PUT ``body`` to ``url``; the status as "201 Created", or a KgError saying why not."""
        headers = {"Content-Type": CONTENT_TYPE}
        auth = self._authorization("PUT", url)
        if auth:
            headers["Authorization"] = auth
        request = urllib.request.Request(url, data=body, method="PUT", headers=headers)
        try:
            status, reason = self._open(request)
        except urllib.error.HTTPError as exc:
            raise _http_error(url, exc) from None
        except (BrokenPipeError, ConnectionResetError):
            raise self._cut_off(url) from None
        return f"{status} {reason}".strip()

    def _open(self, request: urllib.request.Request) -> tuple[int, str]:
        """Send ``request``; HTTP errors and a hang-up pass, other failures are KgErrors."""
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                response.read()
                return response.status, response.reason
        except urllib.error.HTTPError:
            raise
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (BrokenPipeError, ConnectionResetError)):
                raise reason from None
            if isinstance(reason, ConnectionRefusedError):
                what = "connection refused (is the server running, and is the port right?)"
            elif isinstance(reason, socket.gaierror):
                what = f"unknown host ({reason.strerror})"
            elif isinstance(reason, TimeoutError):
                what = f"no answer within {self.timeout:g} s"
            else:
                what = str(reason)
            raise KgError(f"{self.endpoint}: {what}") from None
        except TimeoutError:
            raise KgError(f"{self.endpoint}: no answer within {self.timeout:g} s") from None
        except (BrokenPipeError, ConnectionResetError):
            raise
        except (HTTPException, OSError, ValueError) as exc:
            raise KgError(f"{request.full_url}: {type(exc).__name__}: {exc}") from None

    def _authorization(self, method: str, url: str) -> str | None:
        """The Authorization header for a request, after probing for the challenge."""
        if self.scheme == "none":
            return None
        if self.scheme == "basic":
            token = base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
            return f"Basic {token}"
        challenge = self._challenge()  # digest: a fresh nonce for every request
        if challenge is None:
            return self._authorization(method, url)  # now basic or none
        return self._digest(challenge, method, url)

    def _challenge(self) -> dict[str, str] | None:
        """The server's digest challenge; None once the scheme is known to be basic/none."""
        probe = urllib.request.Request(graph_url(self.endpoint, PROBE_GRAPH), method="DELETE")
        try:
            self._open(probe)
        except urllib.error.HTTPError as exc:
            if exc.code == 401:
                offers = exc.headers.get_all("WWW-Authenticate") or []
                for offer in offers:  # digest before basic: it keeps the password off the wire
                    scheme, _, rest = offer.partition(" ")
                    if scheme.lower() == "digest":
                        self.scheme = "digest"
                        return urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
                if any(o.lower().startswith("basic") for o in offers):
                    self.scheme = "basic"
                    return None
                raise KgError(
                    f"{self.endpoint}: asks for an authentication kg push does not speak "
                    f"({', '.join(offers) or 'no WWW-Authenticate header'}); "
                    "it speaks basic and digest"
                ) from None
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.scheme = "none"  # the store did not ask: credentials are not needed
        return None

    def _digest(self, chal: dict[str, str], method: str, url: str) -> str:
        """An RFC 7616 digest answer (MD5 or SHA-256, qop auth) for ``method url``."""
        algorithm = chal.get("algorithm", "MD5")
        hashes = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}
        base = algorithm.upper().removesuffix("-SESS")
        if base not in hashes or ("qop" in chal and "auth" not in chal["qop"].split(",")):
            qop = chal.get("qop", "none")
            raise KgError(f"{self.endpoint}: unsupported digest (algorithm {algorithm}, qop {qop})")

        def h(text: str) -> str:
            return hashes[base](text.encode()).hexdigest()

        realm, nonce = chal.get("realm", ""), chal.get("nonce", "")
        parts = urllib.parse.urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        cnonce = secrets.token_hex(8)
        ha1 = h(f"{self.user}:{realm}:{self.password}")
        if algorithm.upper().endswith("-SESS"):
            ha1 = h(f"{ha1}:{nonce}:{cnonce}")
        ha2 = h(f"{method}:{uri}")
        fields = {"username": self.user, "realm": realm, "nonce": nonce, "uri": uri}
        if "qop" in chal:
            self.count += 1
            nc = f"{self.count:08x}"
            fields["response"] = h(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}")
            extra = f', qop=auth, nc={nc}, cnonce="{cnonce}"'
        else:
            fields["response"] = h(f"{ha1}:{nonce}:{ha2}")
            extra = ""
        if "opaque" in chal:
            fields["opaque"] = chal["opaque"]
        quoted = ", ".join(f'{k}="{v}"' for k, v in fields.items())
        return f"Digest {quoted}, algorithm={algorithm}{extra}"

    def _cut_off(self, url: str) -> KgError:
        """Why the server hung up while the graph was being sent, found out with a probe.

        A server may refuse a request before reading its body and close the connection;
        the client then sees a broken pipe, not the status. A bodiless request with the
        same credentials gets the status that explains it.
        """
        probe_url = graph_url(self.endpoint, PROBE_GRAPH)
        auth = self._authorization("DELETE", probe_url)
        headers = {"Authorization": auth} if auth else {}
        probe = urllib.request.Request(probe_url, headers=headers, method="DELETE")
        try:
            self._open(probe)
        except urllib.error.HTTPError as exc:
            if exc.code >= 400 and exc.code != 404:  # 404: the probe graph, as expected
                return _http_error(url, exc)
        except (KgError, BrokenPipeError, ConnectionResetError):
            pass
        return KgError(f"{url}: the server closed the connection while the graph was being sent")


def _http_error(url: str, exc: urllib.error.HTTPError) -> KgError:
    message = f"{url}: HTTP {exc.code} {exc.reason}{_server_says(exc)}"
    hint = _HINTS.get(exc.code)
    if exc.code in _MOVED:  # not followed, so credentials never go to another address
        where = exc.headers.get("Location") if exc.headers else None
        hint = "kg push follows no redirect; push to the new address if you trust it"
        hint += f": {masked(where)}" if where else ""
    return KgError(f"{message} ({hint})" if hint else message)


def _server_says(exc: urllib.error.HTTPError) -> str:
    """': ' and the server's error message, if its body has one.

    A plain-text body gives its first line. From an HTML error page the markup and the
    lines that only repeat the status are dropped and the rest is joined, so Virtuoso's
    page gives "Error 42000 SQ110:SECURITY: Permission denied ...", not "<html>".
    """
    try:
        text = exc.read(8192).decode("utf-8", "replace") if exc.fp else ""
    except Exception:  # the body is a courtesy; the status alone must still be reported
        return ""
    if text.lstrip().startswith("<"):
        chunks = (" ".join(html.unescape(c).split()) for c in _TAG.sub("\0", text).split("\0"))
        message = " ".join(c for c in chunks if c and not c.startswith("HTTP/"))
    else:
        message = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return ": " + message[:300] if message else ""
