"""vocstudy: read Chinese news about vocational education with evidence.

Load and clean a folder of articles, then ask which policy themes they push, which
regions they present as collaborating, and what events they report — every finding
traceable to sentences.

>>> import vocstudy as vs
>>> corpus = vs.load_corpus()          # doctest: +SKIP
"""

from .analyze import analyze
from .collaboration import collaborations
from .concordance import kwic
from .corpus import corpus_from_texts
from .event_extraction import date_status, event_counts, events
from .gazetteer import bloc_members, places
from .loading import cleaning_audit, load_corpus
from .policy_themes import load_theme_lexicon, theme_cooccurrence, theme_matrix, themes
from .summary import article_summary
from .text import sentences, split_sentences
from .tokens import keyness, term_frequency, tokenize

__version__ = "0.1.0"

__all__ = [
    "analyze",
    "article_summary",
    "bloc_members",
    "cleaning_audit",
    "collaborations",
    "corpus_from_texts",
    "date_status",
    "event_counts",
    "events",
    "keyness",
    "kwic",
    "load_corpus",
    "load_theme_lexicon",
    "places",
    "sentences",
    "split_sentences",
    "term_frequency",
    "theme_cooccurrence",
    "theme_matrix",
    "themes",
    "tokenize",
]
