"""The count of public pledges against the pledge page's goal: one shape for the pledge
page, the home page's "Getting involved", the badge and the count API."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PledgeProgress:
    total: int
    goal: int | None = None
    deadline: date | None = None

    @property
    def has_goal(self):
        return bool(self.goal)

    @property
    def reached(self):
        return self.has_goal and self.total >= self.goal

    @property
    def percent(self):
        """Whole percent of the goal, at most 100 (the bar is full once the goal is reached)."""
        if not self.has_goal:
            return 0
        return min(100, self.total * 100 // self.goal)

    @property
    def bar_value(self):
        # <progress> caps its value at max itself; we keep the attribute honest too.
        return min(self.total, self.goal or 0)

    @property
    def remaining(self):
        return max(0, (self.goal or 0) - self.total)


def progress_for(page, total):
    """`page` is the PledgePage (or None: no goal)."""
    if page is None:
        return PledgeProgress(total)
    return PledgeProgress(total, page.goal, page.goal_deadline)
