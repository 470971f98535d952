"""The record contract as pydantic models; `python -m schemas` exports their JSON Schema."""
from .agreement import Agreement
from .common import Date, Span
from .manifest import Entry, Manifest
from .person import Person, Role
from .quote import Quote
from .record import SCHEMA_VERSION, Document, Record
from .visit import Destination, Meeting, Visit

__all__ = ["Agreement", "Date", "Destination", "Document", "Entry", "Manifest", "Meeting", "Person", "Quote",
           "Record", "Role", "SCHEMA_VERSION", "Span", "Visit"]
