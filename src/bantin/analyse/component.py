"""The contract every per-article analysis component follows, and the chain that runs them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol, runtime_checkable

from ..errors import PipelineError
from ..models import AnalysedArticle, Article, extend


@runtime_checkable
class Component(Protocol):
    """A pure function of one article, with its name, version and field contract.

    ``requires`` lists the ``AnalysedArticle`` fields (beyond ``Article``'s own) it reads;
    ``assigns`` the fields it fills. ``Analyser`` checks the chain when it is built.
    """

    name: ClassVar[str]
    version: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, article: AnalysedArticle) -> AnalysedArticle: ...


def check_chain(components: Sequence[Component]) -> None:
    """Raise ``PipelineError`` when a component reads a field no earlier component assigns."""
    known = set(Article.model_fields)
    fields = set(AnalysedArticle.model_fields)
    for component in components:
        unknown = (set(component.requires) | set(component.assigns)) - fields
        if unknown:
            raise PipelineError(
                f"component '{component.name}' names fields AnalysedArticle does not have: "
                f"{', '.join(sorted(unknown))}"
            )
        missing = set(component.requires) - known
        if missing:
            raise PipelineError(
                f"component '{component.name}' requires {', '.join(sorted(missing))}, "
                "which no earlier component assigns: reorder the components"
            )
        known |= set(component.assigns)


class Analyser:
    """Runs a chain of components over one article: ``Analyser()(article) -> AnalysedArticle``."""

    def __init__(self, components: Sequence[Component] | None = None) -> None:
        if components is None:
            from . import default_components

            components = default_components()
        check_chain(components)
        self.components = tuple(components)

    def __call__(self, article: Article) -> AnalysedArticle:
        analysed = extend(article, AnalysedArticle)
        for component in self.components:
            analysed = component(analysed)
        stages = {c.name: c.version for c in self.components}
        return analysed.model_copy(update={"stages": stages})
