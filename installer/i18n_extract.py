"""Find every translatable message in src/custody, with the context Qt looks it up in at run time.

Used by ``installer/update_translations.py`` (writes the .ts catalogues) and by the catalogue tests. Reads the
code with :mod:`ast` (pyside6-lupdate's Python parser files module-level helpers such as ``tr("…")`` under an
empty context, misreads ``tr = QCoreApplication.translate`` and loses constants passed by name). Recognised:

- ``N_("Context", "text")``, ``QT_TRANSLATE_NOOP("Context", "text")``, ``QT_TR_NOOP("text")`` (class context);
- ``QCoreApplication.translate("Context", "text"[, disambiguation, n])`` and local aliases of it;
- ``self.tr("text"[, disambiguation, n])`` / ``cls.tr`` / ``Class.tr``: the enclosing class's name (PySide6 walks
  the class hierarchy, so the class that defines the method is the context that matters);
- module helpers ``def tr(text): return QCoreApplication.translate(CTX, text)`` (also when imported elsewhere);
- a text given by name: a module or class string constant, or any value of a module/class dict, tuple or list of
  strings (``tr(AWAY[status])``, ``tr(LABELS.get(k, k))``).

A call with ``n`` (third positional argument after the text, or ``n=``) is a plural (numerus) message.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "custody"


@dataclass
class Module:
    name: str
    tree: ast.Module
    consts: dict[str, ast.expr] = field(default_factory=dict)  # module-level NAME = <expr>
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    helpers: dict[str, ast.expr] = field(default_factory=dict)  # function name -> context expression
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local name -> (module, name)


@dataclass
class Catalogue:
    """context -> [(source, numerus)] in first-seen order, plus what could not be resolved (for review)."""
    messages: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)

    def add(self, ctx: str, text: str, numerus: bool) -> None:
        if not text:
            return
        bucket = self.messages.setdefault(ctx, [])
        for i, (t, num) in enumerate(bucket):
            if t == text:
                if numerus and not num:
                    bucket[i] = (t, True)
                return
        bucket.append((text, numerus))


def _module_name(path: Path, src: Path) -> str:
    rel = path.relative_to(src.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _load(src: Path) -> dict[str, Module]:
    mods: dict[str, Module] = {}
    for path in sorted(src.rglob("*.py")):
        name = _module_name(path, src)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        mod = Module(name, tree)
        for node in tree.body:
            targets: list[ast.expr] = []
            value = None
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            for t in targets:
                if isinstance(t, ast.Name) and value is not None:
                    mod.consts[t.id] = value
            if isinstance(node, ast.ClassDef):
                mod.classes[node.name] = node
            elif isinstance(node, ast.ImportFrom) and node.module:
                base = node.module
                if node.level:
                    pkg = name.split(".")[: -node.level] if not path.name == "__init__.py" else name.split(".")
                    if path.name == "__init__.py" and node.level > 1:
                        pkg = name.split(".")[: -(node.level - 1)]
                    base = ".".join([*pkg, node.module])
                for alias in node.names:
                    mod.imports[alias.asname or alias.name] = (base, alias.name)
        mods[name] = mod
    return mods


def _is_translate(func: ast.expr, aliases: set[str]) -> bool:
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return isinstance(func.value, ast.Name) and func.value.id in ("QCoreApplication", "QApplication",
                                                                     "QGuiApplication")
    return isinstance(func, ast.Name) and func.id in aliases


class _Extractor:
    def __init__(self, mods: dict[str, Module]) -> None:
        self.mods = mods
        self.cat = Catalogue()
        for mod in mods.values():
            for node in mod.tree.body:
                if isinstance(node, ast.FunctionDef):
                    ctx = self._helper_context(node)
                    if ctx is not None:
                        mod.helpers[node.name] = ctx
                elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
                    lam = node.value
                    if (lam.args.args and isinstance(lam.body, ast.Call) and _is_translate(lam.body.func, set())
                            and len(lam.body.args) >= 2 and isinstance(lam.body.args[1], ast.Name)
                            and lam.body.args[1].id == lam.args.args[0].arg):
                        for t in node.targets:
                            if isinstance(t, ast.Name):
                                mod.helpers[t.id] = lam.body.args[0]

    @staticmethod
    def _helper_context(fn: ast.FunctionDef) -> ast.expr | None:
        """``def f(text): return QCoreApplication.translate(<ctx>, text)`` -> <ctx>."""
        if not fn.args.args or len(fn.body) < 1:
            return None
        param = fn.args.args[0].arg
        ret = fn.body[-1]
        if not (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)):
            return None
        call = ret.value
        if (_is_translate(call.func, set()) and len(call.args) >= 2 and isinstance(call.args[1], ast.Name)
                and call.args[1].id == param):
            return call.args[0]
        return None

    # --- resolving names to strings -------------------------------------------------------------------------
    def _lookup(self, mod: Module, name: str, depth: int = 0) -> tuple[Module, ast.expr] | None:
        if name in mod.consts:
            return mod, mod.consts[name]
        if name in mod.imports and depth < 5:
            target, attr = mod.imports[name]
            other = self.mods.get(target)
            if other is not None:
                return self._lookup(other, attr, depth + 1)
        return None

    def _helper(self, mod: Module, name: str, depth: int = 0) -> tuple[Module, ast.expr] | None:
        if name in mod.helpers:
            return mod, mod.helpers[name]
        if name in mod.imports and depth < 5:
            target, attr = mod.imports[name]
            other = self.mods.get(target)
            if other is not None:
                return self._helper(other, attr, depth + 1)
        return None

    def strings(self, mod: Module, cls: ast.ClassDef | None, node: ast.expr, many: bool = False) -> list[str] | None:
        """The string(s) ``node`` stands for; None when it cannot be known from the code."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.strings(mod, cls, node.left), self.strings(mod, cls, node.right)
            if left and right and len(left) == len(right) == 1:
                return [left[0] + right[0]]
            return None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
                "N_", "QT_TRANSLATE_NOOP") and len(node.args) == 2:
            return self.strings(mod, cls, node.args[1])
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TR_NOOP":
            return self.strings(mod, cls, node.args[0])
        if isinstance(node, ast.Name):
            found = self._lookup(mod, node.id)
            if found:
                return self.strings(found[0], None, found[1], many)
            return None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
            if cls is not None:
                value = self._class_attr(mod, cls, node.attr)
                if value is not None:
                    return self.strings(value[0], value[1], value[2], many)
            return None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in mod.classes:
            c = mod.classes[node.value.id]
            value = self._class_attr(mod, c, node.attr)
            if value is not None:
                return self.strings(value[0], value[1], value[2], many)
            return None
        if isinstance(node, ast.Subscript):
            return self.strings(mod, cls, node.value, many=True)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"):
            return self.strings(mod, cls, node.func.value, many=True)
        if many and isinstance(node, ast.Dict):
            out: list[str] = []
            for v in node.values:
                got = self.strings(mod, cls, v) if v is not None else None
                if got is None:
                    return None
                out += got
            return out
        if many and isinstance(node, ast.Tuple | ast.List):
            out = []
            for v in node.elts:
                got = self.strings(mod, cls, v, many=True)
                if got is None:
                    return None
                out += got
            return out
        return None

    def _class_attr(self, mod: Module, cls: ast.ClassDef, attr: str,
                    depth: int = 0) -> tuple[Module, ast.ClassDef, ast.expr] | None:
        for node in cls.body:
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name) and t.id == attr:
                        return mod, cls, node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == attr \
                    and node.value is not None:
                return mod, cls, node.value
        if depth < 5:
            for base in cls.bases:
                if isinstance(base, ast.Name):
                    if base.id in mod.classes:
                        found = self._class_attr(mod, mod.classes[base.id], attr, depth + 1)
                    else:
                        imp = mod.imports.get(base.id)
                        other = self.mods.get(imp[0]) if imp else None
                        found = (self._class_attr(other, other.classes[imp[1]], attr, depth + 1)
                                 if other and imp and imp[1] in other.classes else None)
                    if found:
                        return found
        return None

    def context(self, mod: Module, cls: ast.ClassDef | None, node: ast.expr) -> str | None:
        got = self.strings(mod, cls, node)
        return got[0] if got and len(got) == 1 else None

    # --- walking ------------------------------------------------------------------------------------------
    def run(self) -> Catalogue:
        for mod in self.mods.values():
            self._walk(mod, mod.tree, None, set())
        return self.cat

    def _walk(self, mod: Module, node: ast.AST, cls: ast.ClassDef | None, aliases: set[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self._walk(mod, child, child, set())
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                local = set(aliases)
                for sub in ast.walk(child):
                    if isinstance(sub, ast.Assign) and _is_translate(sub.value, set()) and isinstance(
                            sub.value, ast.Attribute):
                        local.update(t.id for t in sub.targets if isinstance(t, ast.Name))
                self._walk(mod, child, cls, local)
                continue
            if isinstance(child, ast.Call):
                self._call(mod, cls, child, aliases)
            self._walk(mod, child, cls, aliases)

    def _where(self, mod: Module, node: ast.AST) -> str:
        return f"{mod.name}:{getattr(node, 'lineno', '?')}"

    def _emit(self, mod: Module, cls: ast.ClassDef | None, ctx: str | None, text_node: ast.expr, numerus: bool,
              call: ast.Call) -> None:
        if ctx is None:
            self.cat.unresolved.append(f"{self._where(mod, call)} context not known: {ast.unparse(call)[:120]}")
            return
        texts = self.strings(mod, cls, text_node)
        if texts is None:
            if isinstance(text_node, ast.JoinedStr):
                self.cat.unresolved.append(f"{self._where(mod, call)} f-string cannot be translated: "
                                           f"{ast.unparse(call)[:120]}")
            else:
                self.cat.unresolved.append(f"{self._where(mod, call)} [{ctx}] text given at run time: "
                                           f"{ast.unparse(call)[:120]}")
            return
        for text in texts:
            self.cat.add(ctx, text, numerus)

    def _call(self, mod: Module, cls: ast.ClassDef | None, call: ast.Call, aliases: set[str]) -> None:
        func = call.func
        args = call.args
        has_n = any(k.arg == "n" for k in call.keywords)
        if isinstance(func, ast.Name) and func.id in ("N_", "QT_TRANSLATE_NOOP") and len(args) == 2:
            self._emit(mod, cls, self.context(mod, cls, args[0]), args[1], False, call)
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" and args:
            self._emit(mod, cls, cls.name if cls else None, args[0], False, call)
        elif _is_translate(func, aliases) and len(args) >= 2:
            self._emit(mod, cls, self.context(mod, cls, args[0]), args[1], len(args) >= 4 or has_n, call)
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                ctx = cls.name if cls else None
            elif isinstance(owner, ast.Name):
                ctx = owner.id
            else:
                ctx = None
            self._emit(mod, cls, ctx, args[0], len(args) >= 3 or has_n, call)
        elif isinstance(func, ast.Name) and args:
            helper = self._helper(mod, func.id)
            if helper is not None:
                self._emit(mod, cls, self.context(helper[0], None, helper[1]), args[0], False, call)


def extract(src: Path = SRC) -> Catalogue:
    """Every message in the code under ``src``: see the module docstring; plus the captions of the report
    renderers (context "Report", installer/i18n_report_captions.py)."""
    from i18n_report_captions import (
        LABEL_TEMPLATE_CONTEXT,
        REPORT_CONTEXT,
        label_template_texts,
        report_captions,
    )

    cat = _Extractor(_load(src)).run()
    extra = ((REPORT_CONTEXT, report_captions(Path(src) / "reports")),
             (LABEL_TEMPLATE_CONTEXT, label_template_texts(Path(src).parents[1] / "resources" / "labels")))
    for context, texts in extra:
        if texts:
            bucket = cat.messages.setdefault(context, [])
            bucket.extend((t, False) for t in texts if (t, False) not in bucket)
    return cat


if __name__ == "__main__":
    cat = extract()
    total = sum(len(v) for v in cat.messages.values())
    print(f"{total} messages in {len(cat.messages)} contexts; not resolved:")
    for line in cat.unresolved:
        print("  ", line)
