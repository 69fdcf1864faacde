"""A faster __init__ for the small frozen dataclasses made thousands of times a minute (tokens, parts, dues).

    @quick_init
    @dataclass(frozen=True)
    class Token: ...

A frozen dataclass sets each field through object.__setattr__ (a lookup and a call per field: a 14-field Due costs
~2 us). Its instances keep their fields in __dict__, so an __init__ that fills __dict__ at once makes the same
object; equality, hashing, repr and replace() stay the dataclass's own. `quick_replace` is replace() for such an
instance: its __dict__ copied with the changes, as the one-step __init__ would make it.
"""
from __future__ import annotations

import dataclasses

def quick_init(cls: type) -> type:
    """`cls` (a frozen dataclass without slots, __post_init__, default factories or InitVars) with a __init__ that
    fills the instance's __dict__ in one step; any other class is given back as it is."""
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__slots__") or hasattr(cls, "__post_init__") or \
            any(f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only for f in fields):
        return cls
    defaults = {f"_d_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_d_{f.name}" for f in fields)
    body = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    namespace: dict = {}
    exec(f"def __init__(self, {params}):\n    self.__dict__.update({{{body}}})\n", defaults, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    cls._quick_init = init                 # (quick_replace's mark: this class's __init__ only fills __dict__)
    return cls


def quick_replace(obj, **changes):
    """dataclasses.replace(obj, **changes) for an instance of a quick_init class: its fields copied at once (no
    __init__ to run: quick_init's only fills __dict__), a name that is no field refused as replace() refuses it."""
    cls, fields = type(obj), obj.__dict__
    if cls.__dict__.get("_quick_init") is not cls.__init__ or not changes.keys() <= fields.keys():
        return dataclasses.replace(obj, **changes)
    new = object.__new__(type(obj))
    new.__dict__.update(fields)
    new.__dict__.update(changes)
    return new
