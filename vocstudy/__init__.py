"""vocstudy: read Chinese news about vocational education with evidence.

Load and clean a folder of articles, then ask which policy themes they push, which
regions they present as collaborating, and what events they report — every finding
traceable to sentences.

>>> import vocstudy as vs
>>> corpus = vs.load_corpus()          # doctest: +SKIP
"""

from ._parallel import close_workers
from .analyze import analyze
from .collaboration import collaborations
from .concordance import kwic
from .corpus import corpus_from_texts
from .event_extraction import article_events, date_status, event_counts, events
from .export import export, standard_tables
from .gazetteer import bloc_members, places
from .loading import cleaning_audit, load_corpus, stories
from .networks import collaboration_network, theme_network, write_network
from .policy_themes import load_theme_lexicon, theme_cooccurrence, theme_matrix, themes
from .summary import article_summary
from .text import sentences, split_sentences
from .tokens import keyness, term_frequency, tokenize
from .validation import score, validation_report, validation_sheet, wilson

__version__ = "0.1.0"

__all__ = [
    "analyze",
    "article_events",
    "article_summary",
    "bloc_members",
    "cleaning_audit",
    "close_workers",
    "collaboration_network",
    "collaborations",
    "corpus_from_texts",
    "date_status",
    "event_counts",
    "events",
    "export",
    "keyness",
    "kwic",
    "load_corpus",
    "load_theme_lexicon",
    "places",
    "score",
    "sentences",
    "stories",
    "split_sentences",
    "standard_tables",
    "term_frequency",
    "theme_cooccurrence",
    "theme_matrix",
    "theme_network",
    "themes",
    "tokenize",
    "validation_report",
    "validation_sheet",
    "wilson",
    "write_network",
]
