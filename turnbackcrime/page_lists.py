"""Several short lists of pages of different types in one query, where each would cost one.

A page that shows the first few events, stories and news items of a country reads
them as `first_of_each({"events": …, "stories": …, "news": …}, 6)`: each list is
its page type's own queryset (filters, `order_by`, `select_related`, as its app
builds it for cards). The one query reads Wagtail's `Page` rows joined to each
type's row and its relations, for the pages among each list's first `limit` (a
subquery per list, with its own order and limit, in one UNION ALL); each list is
then put in its order in Python, from the same fields (dates, numbers: text is
refused, its collation being the database's). The lists must not share a page.
"""

import functools
import operator

from django.db import connection
from django.db.models import Case, CharField, IntegerField, Q, TextField, Value, When
from wagtail.models import Page


def _link(model):
    """The name that reaches `model`'s row from a `Page` (e.g. "eventpage"): a direct subclass only."""
    link = model._meta.parents.get(Page)
    if link is None:
        raise ValueError(f"{model.__name__} is not a direct subclass of Page")
    return link.remote_field.get_accessor_name()


def _related_paths(tree, prefix):
    """`select_related`'s nested dict as the lookups that name it again, under `prefix`."""
    for name, below in tree.items():
        path = f"{prefix}__{name}"
        yield path
        yield from _related_paths(below, path)


def _order(model, fields):
    """[(attribute, descending)] of `order_by` field names; text is refused (its collation is the
    database's, not Python's)."""
    order = []
    for field in fields:
        if not isinstance(field, str):
            raise ValueError(f"{model.__name__}: order by field names only")
        name = field.lstrip("-")
        target = model._meta.pk if name == "pk" else model._meta.get_field(name)
        if isinstance(target, CharField | TextField):
            raise ValueError(f"{model.__name__}: cannot order by text ({name}) outside the database")
        order.append((target.attname, field.startswith("-")))
    return order


def _compare(order, a, b):
    # As the database orders: NULL is the largest value on PostgreSQL, the smallest on SQLite.
    nulls_largest = connection.features.nulls_order_largest
    for attname, descending in order:
        x, y = getattr(a, attname), getattr(b, attname)
        if x == y:
            continue
        later = (x is None) == nulls_largest if x is None or y is None else x > y
        result = 1 if later else -1
        return -result if descending else result
    return 0


def first_of_each(lists, limit):
    """{name: the first `limit` pages of each queryset, in its order}, as instances of its type."""
    lists = dict(lists)
    kinds, related, orders, firsts = [], [], [], []
    for index, (name, queryset) in enumerate(lists.items()):
        query = queryset.query
        sliced = query.low_mark or query.high_mark is not None
        if sliced or query.annotations or queryset._prefetch_related_lookups:
            raise ValueError(f"{name}: give a plain queryset (no slice, annotation or prefetch)")
        if not query.order_by:
            raise ValueError(f"{name}: give the list its order")
        prefix = _link(queryset.model)
        first = queryset.values("pk")[:limit]
        firsts.append(first)
        kinds.append(When(Q(pk__in=first), then=Value(index)))
        related.append(prefix)
        if isinstance(query.select_related, dict):
            related.extend(_related_paths(query.select_related, prefix))
        orders.append(_order(queryset.model, query.order_by))
    # One IN over the lists' UNION ALL (a semi-join on the primary key); SQLite takes no
    # LIMIT inside a UNION: there, one IN per list.
    if connection.features.supports_slicing_ordering_in_compound:
        wanted = Q(pk__in=firsts[0].union(*firsts[1:], all=True))
    else:
        wanted = functools.reduce(operator.or_, (Q(pk__in=first) for first in firsts))
    rows = (
        Page.objects.annotate(list_index=Case(*kinds, default=None, output_field=IntegerField()))
        .filter(wanted)
        .select_related(*related)
        .order_by()
    )
    names = list(lists)
    found = {name: [] for name in names}
    for row in rows:
        name = names[row.list_index]
        found[name].append(getattr(row, _link(lists[name].model)))
    for name, order in zip(names, orders, strict=True):
        found[name].sort(key=functools.cmp_to_key(functools.partial(_compare, order)))
    return found
