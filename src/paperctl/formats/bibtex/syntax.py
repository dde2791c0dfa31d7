"""BibTeX syntax: a file cut into entries, every field kept as the file wrote it.

The rules are bibtex's own (``btxdoc``, ``bibtex.web``), which biber follows too:

* text outside entries is a comment; ``@comment`` is skipped;
* ``@string{name = value}`` defines a macro (names ignore case); the months
  ``jan`` ... ``dec`` are predefined by every style and by biber;
* ``@preamble{...}`` is read (and kept aside);
* an entry is ``@type{key, name = value, ...}``, or the same in parentheses;
* a value is one or more parts joined by ``#``: ``{braced}`` (braces nest, and a
  backslash does not escape a brace: bibtex counts them all), ``"quoted"`` (ends at a
  ``"`` outside braces), a number, or a macro name;
* a field repeated in an entry keeps its first value, with a warning.

Each field comes back twice: its ``source``, the value in BibTeX syntax ready to be
written back (file macros expanded, since an export carries no ``@string``; month
macros and macros the file does not define kept as names, as another ``.bib`` or the
style defines them), and its ``text``, the LaTeX the parts spell out.

A malformed entry (a brace never closed, a missing ``=``) is reported with its line
and the reason, and reading goes on at the next line that starts an entry, so a
broken entry costs only itself. Everything is a forward scan: ``str.find`` and
regular expressions without nested repetition, braces counted rather than recursed
into, so any file is read in time linear in its size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...bibfields import MONTH_NAMES, MONTHS


@dataclass
class Field:
    name: str  # lower case
    source: str  # the value as BibTeX: "{...}", "1986", "jul", "{10~} # jan"
    text: str  # the LaTeX text: macros expanded, parts joined, outer delimiters removed


@dataclass
class Entry:
    entry_type: str  # lower case
    key: str
    line: int  # 1-based line of its "@"
    fields: list[Field] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Syntax:
    entries: list[Entry] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, what)
    preambles: list[str] = field(default_factory=list)


class Malformed(Exception):
    pass


_HEAD = re.compile(r"@\s*([A-Za-z][\w\-:.+]*)\s*([{(])")
_LINE_ENTRY = re.compile(r"\n[ \t]*@[ \t]*[A-Za-z][\w\-]*[ \t]*[{(]")
_SPACE = re.compile(r"\s*")
_NAME = re.compile(r"[^\s\"#%'(),={}]+")
_KEY = re.compile(r"[^,\s{}()\"#%'=]*")
_NUMBER = re.compile(r"[0-9]+")
_BRACE_STOP = re.compile(r"[{}]|\n[ \t]*@")
_QUOTE_STOP = re.compile(r'[{}"]|\n[ \t]*@')
_CLOSE = {"{": "}", "(": ")"}
# The common field, read in one match: a name, "=", and one brace group without
# nested braces, one quoted string without braces, or a number; then the comma.
_SIMPLE_FIELD = re.compile(r'\s*([^\s"#%\'(),={}]+)\s*=\s*(?:\{([^{}]*)\}|"([^"{}]*)"|([0-9]+))(?!\s*#)\s*(,?)')

# A value's atoms: ("str", LaTeX), ("num", digits), ("month", "jan"), ("undef", name).
Atom = tuple[str, str]


class _Reader:
    def __init__(self, text: str, first_line: int, macros: dict[str, list[Atom]] | None):
        self.text = text
        self.pos = 0
        self.first_line = first_line
        self.macros: dict[str, list[Atom]] = macros if macros is not None else {}
        self._counted = (0, 0)  # (position, newlines before it): lines are counted forward only
        self.key = ""  # of the entry being read, for problems
        self.result = Syntax()

    def line_at(self, pos: int) -> int:
        """1-based line of *pos* (positions asked for never go backwards by much)."""
        at, lines = self._counted
        if pos >= at:
            lines += self.text.count("\n", at, pos)
        else:
            lines -= self.text.count("\n", pos, at)
        self._counted = (pos, lines)
        return lines + 1 + self.first_line

    def run(self) -> Syntax:
        text = self.text
        while True:
            at = text.find("@", self.pos)
            if at < 0:
                break
            head = _HEAD.match(text, at)
            if not head:
                self.pos = at + 1  # an "@" in free text (an e-mail address in a comment)
                continue
            kind = head.group(1).lower()
            self.pos = head.end()
            self.key = ""
            try:
                self._block(kind, head.group(2), at)
            except Malformed as exc:
                self._problem(at, kind, str(exc))
        return self.result

    def _problem(self, at: int, kind: str, why: str) -> None:
        what = f"malformed entry {self.key!r}" if self.key else f"malformed @{kind}"
        self.result.problems.append((self.line_at(at), f"{what}: {why}"))
        resume = _LINE_ENTRY.search(self.text, at + 1)
        self.pos = resume.start() + 1 if resume else len(self.text)

    def _block(self, kind: str, opening: str, at: int) -> None:
        closing = _CLOSE[opening]
        if kind == "comment":
            if opening == "{":
                try:
                    self._braced(self.pos)
                except Malformed:
                    pass  # bibtex reads what follows an unclosed @comment as free text
            return
        if kind == "preamble":
            atoms = self._value()
            self._expect(closing)
            self.result.preambles.append(_text(atoms))
            return
        if kind == "string":
            name = self._name("a macro name")
            self._expect("=")
            atoms = self._value()
            self._skip()
            if self._peek() == ",":
                self.pos += 1
            self._expect(closing)
            self.macros[name.lower()] = atoms
            return
        self._entry(kind, closing, at)

    def _entry(self, kind: str, closing: str, at: int) -> None:
        self._skip()
        key = _KEY.match(self.text, self.pos).group()  # type: ignore[union-attr]
        self.pos += len(key)
        self.key = key
        entry = Entry(kind, key, self.line_at(at))
        self._skip()
        seen: set[str] = set()
        if self._peek() == ",":
            self.pos += 1
            while True:
                simple = _SIMPLE_FIELD.match(self.text, self.pos)
                if simple and not (simple.group(2) and "\n" in simple.group(2) and
                                   _LINE_ENTRY.search(simple.group(2))):
                    braced, quoted, number = simple.group(2, 3, 4)
                    atom: Atom = ("num", number) if number is not None else \
                        ("str", braced if braced is not None else quoted)
                    self._add(entry, seen, simple.group(1).lower(), [atom])
                    self.pos = simple.end()
                    if simple.group(5):
                        continue
                self._skip()
                if self._peek() == closing:
                    break
                name = self._name("a field name").lower()
                self._expect("=")
                self._add(entry, seen, name, self._value())
                self._skip()
                if self._peek() != ",":
                    break
                self.pos += 1
        elif self._peek() != closing:
            raise Malformed("expected a comma after the key" if key else "no citation key")
        self._expect(closing)
        self.result.entries.append(entry)

    @staticmethod
    def _add(entry: Entry, seen: set[str], name: str, atoms: list[Atom]) -> None:
        if name in seen:
            entry.warnings.append(f"field {name!r} repeated; the first value is kept (as bibtex does)")
        else:
            seen.add(name)
            entry.fields.append(Field(name, _source(atoms), _text(atoms)))

    # -- tokens ----------------------------------------------------------------

    def _peek(self) -> str:
        return self.text[self.pos : self.pos + 1]

    def _skip(self) -> None:
        self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]

    def _expect(self, char: str) -> None:
        self._skip()
        if self._peek() != char:
            found = self._peek()
            raise Malformed(f"expected {char!r}" + (f", found {found!r}" if found else " before the end of the file"))
        self.pos += 1

    def _name(self, what: str) -> str:
        self._skip()
        match = _NAME.match(self.text, self.pos)
        if not match:
            found = self._peek()
            raise Malformed(f"expected {what}" + (f", found {found!r}" if found else " before the end of the file"))
        self.pos = match.end()
        return match.group()

    def _value(self) -> list[Atom]:
        atoms: list[Atom] = []
        while True:
            self._skip()
            ch = self._peek()
            if ch == "{":
                end = self._braced(self.pos)
                atoms.append(("str", self.text[self.pos + 1 : end - 1]))
                self.pos = end
            elif ch == '"':
                end = self._quoted(self.pos)
                atoms.append(("str", self.text[self.pos + 1 : end - 1]))
                self.pos = end
            elif ch.isdigit():
                number = _NUMBER.match(self.text, self.pos).group()  # type: ignore[union-attr]
                atoms.append(("num", number))
                self.pos += len(number)
            else:
                name = self._name("a value")
                atoms.extend(self._macro(name))
            self._skip()
            if self._peek() != "#":
                return atoms
            self.pos += 1

    def _macro(self, name: str) -> list[Atom]:
        lower = name.lower()
        if lower in self.macros:
            return self.macros[lower]
        if lower in MONTHS:
            return [("month", lower)]
        return [("undef", name)]

    def _braced(self, start: int) -> int:
        """The position just past the brace group opening at *start*."""
        depth, pos = 0, start
        while True:
            stop = _BRACE_STOP.search(self.text, pos)
            if stop is None:
                raise Malformed("a brace is never closed")
            char = stop.group()
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return stop.end()
            elif _LINE_ENTRY.match(self.text, stop.start()):
                raise Malformed(f"a brace is still open at the next entry (line {self.line_at(stop.start() + 1)})")
            pos = stop.end()

    def _quoted(self, start: int) -> int:
        """The position just past the quoted string opening at *start*."""
        depth, pos = 0, start + 1
        while True:
            stop = _QUOTE_STOP.search(self.text, pos)
            if stop is None:
                raise Malformed("a quote is never closed")
            char = stop.group()
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth < 0:
                    raise Malformed("a brace closes inside quotes that it did not open in")
            elif char == '"':
                if depth == 0:
                    return stop.end()
            elif _LINE_ENTRY.match(self.text, stop.start()):
                raise Malformed(f"a quote is still open at the next entry (line {self.line_at(stop.start() + 1)})")
            pos = stop.end()


def _merged(atoms: list[Atom]) -> list[Atom]:
    """Adjacent text and number atoms joined into one text atom."""
    out: list[Atom] = []
    for kind, value in atoms:
        if kind in ("str", "num") and out and out[-1][0] in ("str", "num"):
            out[-1] = ("str", out[-1][1] + value)
        else:
            out.append((kind, value))
    return out


def _source(atoms: list[Atom]) -> str:
    parts = []
    for kind, value in _merged(atoms):
        parts.append("{" + value + "}" if kind == "str" else value)
    return " # ".join(parts) if parts else "{}"


def _text(atoms: list[Atom]) -> str:
    out = []
    for kind, value in atoms:
        if kind == "month":
            out.append(MONTH_NAMES[MONTHS.index(value)])
        else:
            out.append(value)
    return "".join(out)


def parse(text: str, first_line: int = 0, macros: dict[str, list[Atom]] | None = None) -> Syntax:
    """Every entry of *text* (a file, or a piece of one starting at 0-based line
    *first_line*), with the problems found, in file order. *macros* holds the
    ``@string`` definitions read so far and receives this text's."""
    return _Reader(text, first_line, macros).run()
