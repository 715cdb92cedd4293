from .theme import CrimeTheme
from .topic import RelatedTopic, TopicIndexPage, TopicPage

__all__ = ["CrimeTheme", "RelatedTopic", "TopicIndexPage", "TopicPage"]
