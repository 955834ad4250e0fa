"""The training-time component that gives the heads the taxonomy feature (``spacy train --code``).

At run time ``jobmatch.spanmodel`` tags a line's taxonomy mentions itself; in training the
predicted docs are made afresh from each sentence's text, so this component (listed in
``[training] annotating_components``) tags them the same way."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from jobmatch.pipeline import find_skills_per_line
from jobmatch.spanmodel import tag_taxonomy_mentions


class TaxonomyTags:
    def __init__(self, categories: bool) -> None:
        self.categories = categories

    def __call__(self, doc: Doc) -> Doc:
        (mentions,) = find_skills_per_line([doc.text])
        return tag_taxonomy_mentions(doc, mentions, self.categories)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        docs = list(docs)
        for doc, mentions in zip(docs, find_skills_per_line([d.text for d in docs]), strict=True):
            yield tag_taxonomy_mentions(doc, mentions, self.categories)


@Language.factory("taxonomy_tags", default_config={"categories": False})
def make_taxonomy_tags(nlp: Language, name: str, categories: bool) -> TaxonomyTags:
    """``categories``: the tag names the skill's taxonomy category too (TAXB-language)."""
    return TaxonomyTags(categories)
