"""vocstudy: read Chinese news about vocational education with evidence.

>>> import vocstudy as vs
>>> corpus = vs.load_corpus()          # doctest: +SKIP
"""

from .corpus import corpus_from_texts
from .text import sentences, split_sentences

__version__ = "0.1.0"

__all__ = ["corpus_from_texts", "sentences", "split_sentences"]
