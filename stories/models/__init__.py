from .index import StoryIndexPage
from .story import StoryPage, StoryTopic

__all__ = ["StoryIndexPage", "StoryPage", "StoryTopic"]
