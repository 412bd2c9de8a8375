"""JSON and JSON Lines: one object per article, ``text``/``body``/``content`` plus metadata."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import E, InputError
from kg.ingest.clean import _normalise_newlines, _split_lines
from kg.ingest.common import (
    Limits,
    Located,
    Result,
    _at,
    _build,
    _lost_punctuation,
    _parse_date,
    _slug,
    _whole_characters,
)


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    kinds = {dict: "an object", list: "a list", str: "a string", type(None): "null"}
    return kinds.get(type(value), "a number")


def _text_field(record: dict[str, Any]) -> str | None:
    return next(
        (record[k] for k in ("text", "body", "content") if isinstance(record.get(k), str)),
        None,
    )


def _first_field(record: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


# ----------------------------------------------------------------------- documents


class _FieldError(ValueError):
    """A JSON field of the wrong type; the message says which and what it should be."""


_STRING = "a string"
_ID = "a string or a number"
_OUTLET = 'a string or an object with a "name"'


def _field(record: dict[str, Any], key: str, expected: str = _STRING) -> str | None:
    """A metadata field as a stripped string (numbers allowed), None when missing,
    null or blank; any other type is an error, never silently dropped."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return _whole_characters(value.strip()) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if expected is _OUTLET and isinstance(value, dict):
        name = value.get("name")
        if name is None or isinstance(name, str):
            return (_whole_characters(name.strip()) or None) if name else None
        kind = _json_kind(name)
        raise _FieldError(E.FIELD_TYPE.format(field=f"{key}.name", kind=kind, expected=_STRING))
    raise _FieldError(E.FIELD_TYPE.format(field=key, kind=_json_kind(value), expected=expected))


def _from_record(
    record: Any, *, path: str, where: str | None, default_id: str, limits: Limits
) -> Result:
    """One JSON object (``text``/``body``/``content`` plus metadata) as a document.

    Fields kg does not know are ignored; a known field of the wrong type (a list for a
    title, a number for the text) is an error that names it.
    """
    if not isinstance(record, dict):
        return InputError(path, _at(where, E.NOT_OBJECT.format(kind=_json_kind(record))))
    body = next((k for k in ("text", "body", "content") if record.get(k) is not None), None)
    body = body or next((k for k in ("text", "body", "content") if k in record), None)
    if body is None:
        return InputError(path, _at(where, E.NO_TEXT))
    text = record[body]
    if not isinstance(text, str):
        problem = E.FIELD_TYPE.format(
            field=body, kind=_json_kind(text), expected="a string with the article body"
        )
        return InputError(path, _at(where, problem))
    raw_date = _first_field(record, "published", "date", "published_at", "publishedAt")
    try:
        published = _parse_date(raw_date)
    except ValueError:
        return InputError(path, _at(where, E.BAD_DATE.format(value=raw_date)))
    try:
        given_id = _field(record, "id", _ID)
        title = _field(record, "title")
        url = _field(record, "url")
        outlet = None
        for key in ("source", "outlet", "publisher"):
            outlet = _field(record, key, _OUTLET)
            if outlet:
                break
    except _FieldError as exc:
        return InputError(path, _at(where, str(exc)))
    source = _normalise_newlines(_whole_characters(_lost_punctuation(text)))
    return _build(
        _slug(given_id or "") or default_id,
        source,
        _split_lines(source),
        path=path,
        limits=limits,
        where=where,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
    )


def _json_value(exc: ValueError) -> str:
    """What json.loads refused beyond syntax: Python reads no number of over 4,300 digits."""
    return "a number of more than 4,300 digits" if "digits" in str(exc) else str(exc)


def _jsonl_records(
    text: str, path: str, ids: Callable[[int, Any], str], limits: Limits
) -> Iterator[Located]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, E.BAD_JSON.format(line=number, msg=exc.msg)), where
            continue
        except ValueError as exc:
            yield InputError(path, E.BAD_JSON.format(line=number, msg=_json_value(exc))), where
            continue
        except RecursionError:
            yield InputError(path, E.BAD_JSON.format(line=number, msg="nested too deeply")), where
            continue
        default_id = ids(number, record)
        yield (
            _from_record(record, path=path, where=where, default_id=default_id, limits=limits),
            where,
        )


def _json_records(
    data: Any, path: str, ids: Callable[[int, Any], str], single_id: str, limits: Limits
) -> Iterator[Located]:
    if isinstance(data, dict):
        yield (
            _from_record(data, path=path, where=None, default_id=single_id, limits=limits),
            None,
        )
    elif isinstance(data, list):
        for number, record in enumerate(data, 1):
            where = f"item {number}"
            default_id = ids(number, record)
            yield (
                _from_record(record, path=path, where=where, default_id=default_id, limits=limits),
                where,
            )
    else:
        yield InputError(path, E.JSON_TOP_LEVEL.format(kind=_json_kind(data))), None


def _read_json(text: str, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(path, E.BAD_JSON.format(line=exc.lineno, msg=exc.msg)), None
        return
    except ValueError as exc:
        yield InputError(path, E.BAD_JSON_VALUE.format(msg=_json_value(exc))), None
        return
    except RecursionError:
        yield InputError(path, E.BAD_JSON.format(line=1, msg="nested too deeply")), None
        return
    yield from _json_records(data, path, lambda n, _record: f"{stem}-{n}", stem, limits)


SUFFIXES = (".json", ".jsonl")


def read(source: str, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    """The reader interface (see :mod:`kg.ingest`): a JSON value or one object a line."""
    if path.lower().endswith(".jsonl"):
        yield from _jsonl_records(source, path, lambda n, _record: f"{stem}-{n}", limits)
    else:
        yield from _read_json(source, path, stem, limits)
