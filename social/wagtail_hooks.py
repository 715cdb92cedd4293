"""Admin for social posts and feeds: Snippets → Social networks."""

from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from turnbackcrime import frontend_cache

from .models import SocialFeedSource, SocialPost


class SocialPostViewSet(SnippetViewSet):
    model = SocialPost
    icon = "globe"
    menu_label = _("Posts")
    list_display = [
        "short_text",  # the first column links to the edit view
        "handle",
        "network",
        "status",
        "source",
        "posted_at",
    ]
    list_filter = ["network", "status", "source"]
    search_fields = ["text", "handle", "link"]
    list_export = ["network", "handle", "text", "language", "link", "posted_at", "status", "source"]
    export_filename = "social-posts"
    ordering = ["-posted_at"]
    list_per_page = 50


class SocialFeedSourceViewSet(SnippetViewSet):
    model = SocialFeedSource
    icon = "link-external"
    menu_label = _("Feeds")
    list_display = [
        "name",
        "network",
        BooleanColumn("active", label=_("Active")),
        "last_fetched_at",
        "last_new_posts",
        "status_label",
    ]
    list_filter = ["network", "active"]
    search_fields = ["name", "feed_url"]


class SocialViewSetGroup(SnippetViewSetGroup):
    items = (SocialPostViewSet, SocialFeedSourceViewSet)
    menu_icon = "globe"
    menu_label = _("Social networks")
    menu_name = "social"


register_snippet(SocialViewSetGroup)


class SetPostStatusBulkAction(SnippetBulkAction):
    """Select posts in the listing, then approve or hide them in one go."""

    template_name = "social/bulk_actions/confirm_status.html"
    status = None

    @classproperty
    def models(cls):
        return [SocialPost]

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", snippet)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "action_label": self.display_name,
            "status_label": SocialPost.Status(self.status).label,
        }

    @classmethod
    def execute_action(cls, objects, **kwargs):
        count = SocialPost.objects.filter(pk__in=[post.pk for post in objects]).update(status=cls.status)
        frontend_cache.purge_snippet(SocialPost(status=cls.status))  # update() sends no post_save
        return count, 0


@hooks.register("register_bulk_action")
class ApprovePostsBulkAction(SetPostStatusBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve selected posts")
    action_priority = 10
    status = SocialPost.Status.APPROVED

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d post approved.", "%(count)d posts approved.", num_parent_objects) % {
            "count": num_parent_objects
        }


@hooks.register("register_bulk_action")
class HidePostsBulkAction(SetPostStatusBulkAction):
    display_name = _("Hide")
    action_type = "hide"
    aria_label = _("Hide selected posts")
    action_priority = 20
    status = SocialPost.Status.HIDDEN

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d post hidden.", "%(count)d posts hidden.", num_parent_objects) % {
            "count": num_parent_objects
        }
