"""Several short lists of pages of different types in one query, where each would cost one.

A page that shows the first few events, stories and news items of a country reads
them as `first_of_each({"events": …, "stories": …, "news": …}, 6)`: each list is
its page type's own queryset (filters, `order_by`, `select_related`, as its app
builds it for cards). The one query reads Wagtail's `Page` rows joined to each
type's row and its relations, for the pages among each list's first `limit`: a
subquery per list, with its own order and limit, in one UNION ALL, each compiled by
Django once and used in the WHERE and in the CASE that says which list. Each list
is then put in its order in Python, from the same fields (dates, numbers: text is
refused, its collation being the database's). The lists must not share a page.
Measured on the country page: as fast as the four queries it replaces.
"""

import functools

from django.db import connection
from django.db.models import BooleanField, CharField, IntegerField, TextField
from django.db.models.expressions import RawSQL
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
    related, orders, firsts, params = [], [], [], []
    for name, queryset in lists.items():
        query = queryset.query
        sliced = query.low_mark or query.high_mark is not None
        if sliced or query.annotations or queryset._prefetch_related_lookups:
            raise ValueError(f"{name}: give a plain queryset (no slice, annotation or prefetch)")
        if not query.order_by:
            raise ValueError(f"{name}: give the list its order")
        prefix = _link(queryset.model)
        related.append(prefix)
        if isinstance(query.select_related, dict):
            related.extend(_related_paths(query.select_related, prefix))
        orders.append(_order(queryset.model, query.order_by))
        # Each list's first pages (its own order and limit), compiled once, used twice below.
        sql, first_params = queryset.values("pk")[:limit].query.sql_with_params()
        firsts.append(sql)
        params.append(first_params)
    page_id = f"{connection.ops.quote_name(Page._meta.db_table)}.{connection.ops.quote_name('id')}"
    # Which list a page is in; and the pages wanted: one IN over the lists' UNION ALL (a
    # semi-join on the primary key). SQLite takes no LIMIT inside a UNION: one IN per list.
    which = " ".join(f"WHEN {page_id} IN ({sql}) THEN {index}" for index, sql in enumerate(firsts))
    if connection.features.supports_slicing_ordering_in_compound:
        wanted = f"{page_id} IN ({' UNION ALL '.join(f'({sql})' for sql in firsts)})"
    else:
        wanted = " OR ".join(f"{page_id} IN ({sql})" for sql in firsts)
    every = [param for first_params in params for param in first_params]
    # Raw SQL only for what Django compiled above, its parameters kept apart: each list's
    # subquery compiled once, not once per use (compiling them cost more than the queries saved).
    list_index = RawSQL(f"CASE {which} END", every, output_field=IntegerField())  # noqa: S611
    rows = (
        Page.objects.annotate(list_index=list_index)
        .filter(RawSQL(wanted, every, output_field=BooleanField()))  # noqa: S611
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
